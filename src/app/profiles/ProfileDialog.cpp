#include "ProfileDialog.h"

#include "CertificateDialog.h"
#include "Icons.h"
#include "Logging.h"
#include "ProfileHints.h"
#include "profile/ProfileStore.h"
#include "profile/SecretStore.h"
#include "services/Capabilities.h"
#include "services/ServiceClient.h"
#include "ui_ProfileDialog.h"

#include <QAction>
#include <QApplication>
#include <QFormLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QScreen>
#include <QScrollArea>
#include <QSet>
#include <QShowEvent>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QUuid>
#include <algorithm>
#include <functional>

namespace kontor::gui {

namespace {

QUrl urlFromText(const QString& typed)
{
    QString text = typed.trimmed();
    // People type "shop.example.com"; the secure scheme is the one to assume.
    if (!text.isEmpty() && !text.contains(QLatin1String("://")))
        text.prepend(QLatin1String("https://"));
    return QUrl(text, QUrl::StrictMode);
}

void setTextColour(QWidget* widget, const QColor& colour)
{
    QPalette pal = widget->palette();
    pal.setColor(QPalette::WindowText, colour);
    widget->setPalette(pal);
}

// Services whose orders carry a status code (printlounge 61, htk 0-4): those codes get the shop's names.
// VirtualPOS has no status field (Kontor words its flags itself); the other services list no orders.
bool namesStatuses(Service s)
{
    return offers(s, Capability::Orders) && s != Service::Virtpos;
}

// Only printlounge's status change has a method to choose (its document allows PUT and PATCH).
bool choosesStatusMethod(Service s)
{
    return s == Service::Printlounge;
}

enum StatusColumn { CodeColumn, NameColumn };

// A status code is a whole number: its editor takes digits only, and "061" is stored as "61".
class StatusCodeDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        Q_UNUSED(option);
        Q_UNUSED(index);
        auto* edit = new QLineEdit(parent);
        edit->setFrame(false);
        edit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,9}")), edit));
        edit->setAccessibleName(ProfileDialog::tr("Status code"));
        return edit;
    }

    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        const QString text = static_cast<QLineEdit*>(editor)->text().trimmed();
        model->setData(index, text.isEmpty() ? QString() : QString::number(text.toLongLong()), Qt::EditRole);
    }
};

bool isStatusCode(const QString& code)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,9}$"));
    return digits.match(code).hasMatch();
}

const QColor SuccessColour(0x1e, 0x6e, 0x2c);
const QColor ErrorColour(0xb0, 0x2a, 0x21);
const QColor WarningColour(0x8a, 0x5a, 0x00);

} // namespace

ProfileDialog::ProfileDialog(ProfileStore* store, SecretStore* secrets, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::ProfileDialog)
    , m_store(store)
    , m_secrets(secrets)
{
    m_ui->setupUi(this);
    wrapInScrollArea();
    setWindowTitle(tr("New profile"));
    m_ui->testBusy->hide();
    m_ui->testIconLabel->hide();
    m_ui->insecureWarningLabel->hide();
    m_ui->trustButton->hide();
    QColor hintColour = palette().color(QPalette::WindowText);
    hintColour.setAlphaF(0.72);
    setTextColour(m_ui->authHintLabel, hintColour);
    setTextColour(m_ui->secretHintLabel, hintColour);
    setTextColour(m_ui->proxyHintLabel, hintColour);
    setTextColour(m_ui->insecureWarningLabel, WarningColour);
    setTextColour(m_ui->problemsLabel, ErrorColour);
    setTextColour(m_ui->statusNamesProblemLabel, ErrorColour);
    // A wrapped line in a form's field column gets the column's whole width only if it asks to expand;
    // otherwise it wraps at its own narrow size hint and is cut at the bottom.
    for (QLabel* label :
         {m_ui->authHintLabel, m_ui->secretHintLabel, m_ui->statusNamesProblemLabel, m_ui->proxyHintLabel}) {
        label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        // QFormLayout sizes a wrapped row by the label's narrowest width: a sane one keeps rows from
        // being several lines taller than their text.
        label->setMinimumWidth(fontMetrics().averageCharWidth() * 40);
    }
    m_ui->statusForm->setRowVisible(m_ui->statusNamesProblemLabel, false);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Save profile"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    m_proxyFields = {m_ui->proxyTypeCombo, m_ui->proxyHostEdit, m_ui->proxyPortEdit, m_ui->proxyUserEdit};
    fillCombos();
    alignLabelColumns();

    // Advanced: folded until opened, or until it holds a problem.
    m_ui->advancedGroup->hide();
    connect(m_ui->advancedToggle, &QToolButton::toggled, this, [this](bool open) {
        m_ui->advancedToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_ui->advancedGroup->setVisible(open);
        fitHeight();
    });

    // Show the secret: an eye on the field, hidden again whenever the dialog opens.
    m_showSecretAction = new QAction(this);
    m_showSecretAction->setObjectName(QStringLiteral("showSecretAction"));
    m_showSecretAction->setCheckable(true);
    m_ui->secretEdit->addAction(m_showSecretAction, QLineEdit::TrailingPosition);
    connect(m_showSecretAction, &QAction::toggled, this, &ProfileDialog::setSecretShown);
    setSecretShown(false);

    // A line under each field that can be wrong; it speaks once the field has been left.
    for (QWidget* field : {static_cast<QWidget*>(m_ui->nameEdit), static_cast<QWidget*>(m_ui->baseUrlEdit),
                           static_cast<QWidget*>(m_ui->headerNameEdit), static_cast<QWidget*>(m_ui->userEdit),
                           static_cast<QWidget*>(m_ui->secretEdit), static_cast<QWidget*>(m_ui->totalTimeoutSpin),
                           static_cast<QWidget*>(m_ui->pinEdit), static_cast<QWidget*>(m_ui->proxyHostEdit),
                           static_cast<QWidget*>(m_ui->proxyPortEdit)}) {
        addErrorLabel(field);
        m_leaveMarks.insert(field, field);
    }
    // The three time limits are judged together, under the last of them.
    m_leaveMarks.insert(m_ui->connectTimeoutSpin, m_ui->totalTimeoutSpin);
    m_leaveMarks.insert(m_ui->inactivityTimeoutSpin, m_ui->totalTimeoutSpin);
    m_leaveMarks.insert(m_ui->statusNamesTable, m_ui->statusNamesTable);
    connect(qApp, &QApplication::focusChanged, this, &ProfileDialog::onFocusChanged);

    QTableWidget* table = m_ui->statusNamesTable;
    table->setItemDelegateForColumn(CodeColumn, new StatusCodeDelegate(table));
    table->horizontalHeader()->setSectionResizeMode(CodeColumn, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setHighlightSections(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    // Room for three names without making the dialog taller than a small screen; more scroll.
    table->setFixedHeight(table->horizontalHeader()->sizeHint().height() +
                          3 * table->verticalHeader()->defaultSectionSize() + 2 * table->frameWidth());
    m_ui->removeStatusButton->setEnabled(false);
    connect(m_ui->addStatusButton, &QPushButton::clicked, this, &ProfileDialog::addStatusName);
    connect(m_ui->removeStatusButton, &QPushButton::clicked, this, &ProfileDialog::removeStatusNames);
    auto* removeKey = new QAction(tr("Remove the selected status names"), table);
    removeKey->setShortcut(QKeySequence::Delete);
    // With the focus in the table or a cell editor; an editor keeps its own Delete (it overrides the shortcut).
    removeKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(removeKey, &QAction::triggered, this, &ProfileDialog::removeStatusNames);
    table->addAction(removeKey);
    connect(table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        // A name typed in (or left empty) finishes a row: from then on the table says what is wrong with it.
        if (!m_filling && item->column() == NameColumn)
            m_checked.insert(m_ui->statusNamesTable);
        onStatusNamesChanged();
    });
    connect(table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_ui->removeStatusButton->setEnabled(!m_saving && !m_ui->statusNamesTable->selectedItems().isEmpty());
    });

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ProfileDialog::reject);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ProfileDialog::startTest);
    connect(m_ui->trustButton, &QPushButton::clicked, this, &ProfileDialog::showCertificate);
    connect(m_ui->serviceCombo, &QComboBox::currentIndexChanged, this, &ProfileDialog::onServiceChanged);
    for (QLineEdit* edit : {m_ui->nameEdit, m_ui->baseUrlEdit, m_ui->headerNameEdit, m_ui->userEdit, m_ui->secretEdit,
                            m_ui->pinEdit, m_ui->proxyHostEdit, m_ui->proxyPortEdit, m_ui->proxyUserEdit})
        connect(edit, &QLineEdit::textChanged, this, &ProfileDialog::onFormChanged);
    for (QComboBox* combo : {m_ui->formatCombo, m_ui->authKindCombo, m_ui->proxyModeCombo, m_ui->proxyTypeCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &ProfileDialog::onFormChanged);
    for (QSpinBox* spin : {m_ui->connectTimeoutSpin, m_ui->inactivityTimeoutSpin, m_ui->totalTimeoutSpin})
        connect(spin, &QSpinBox::valueChanged, this, &ProfileDialog::onFormChanged);
    connect(m_ui->insecureCheck, &QCheckBox::toggled, this, &ProfileDialog::onFormChanged);
    // The manual proxy's rows come and go like a fold: the dialog's height follows both ways.
    connect(m_ui->proxyModeCombo, &QComboBox::currentIndexChanged, this, [this] { fitHeight(); });

    loadForm(Profile::defaultsFor(Service::Printlounge));
    // The scroll area never scrolls sideways: it is at least as wide as the form needs, beside its scroll bar.
    m_scroll->setMinimumWidth(m_scroll->widget()->minimumSizeHint().width() +
                              style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 2);
    // Wide enough that the longest translated label and the hints wrap into a few lines, not dozens; as tall as
    // the form (a scroll area's own size hint stops at 24 lines).
    const QSize form = m_scroll->widget()->sizeHint();
    const QSize chrome = sizeHint() - m_scroll->sizeHint();
    resize(QSize(qMax(chrome.width() + form.width() + style()->pixelMetric(QStyle::PM_ScrollBarExtent),
                      fontMetrics().averageCharWidth() * 80),
                 chrome.height() + form.height()));
}

ProfileDialog::~ProfileDialog()
{
    // A cell still being edited is committed when the dialog hides, after the form is gone: nobody may hear it.
    disconnect(m_ui->statusNamesTable, nullptr, this, nullptr);
    // Nor the focus leaving a field that is being destroyed (a dialog deleted while one of its fields has the
    // focus: the fields' tables are gone by then).
    disconnect(qApp, &QApplication::focusChanged, this, &ProfileDialog::onFocusChanged);
}

void ProfileDialog::alignLabelColumns()
{
    // Four groups, one column of fields: the same label width makes them line up.
    const QList<QLabel*> labels{
        m_ui->nameLabel,           m_ui->serviceLabel,           m_ui->baseUrlLabel,      m_ui->formatLabel,
        m_ui->authKindLabel,       m_ui->headerNameLabel,        m_ui->userLabel,         m_ui->secretLabel,
        m_ui->connectTimeoutLabel, m_ui->inactivityTimeoutLabel, m_ui->totalTimeoutLabel, m_ui->pinLabel,
        m_ui->statusNamesLabel,    m_ui->statusMethodLabel,      m_ui->proxyModeLabel,    m_ui->proxyTypeLabel,
        m_ui->proxyHostLabel,      m_ui->proxyPortLabel,         m_ui->proxyUserLabel};
    int width = 0;
    for (QLabel* label : labels)
        width = qMax(width, label->sizeHint().width());
    for (QLabel* label : labels)
        label->setMinimumWidth(width);
}

void ProfileDialog::fillCombos()
{
    for (Service s : {Service::Printlounge, Service::Htk, Service::Virtpos, Service::Webshippy})
        m_ui->serviceCombo->addItem(Icons::service(s), serviceDisplayName(s), serviceId(s));
    m_ui->formatCombo->addItem(tr("JSON"), formatId(WireFormat::Json));
    m_ui->formatCombo->addItem(tr("XML"), formatId(WireFormat::Xml));
    m_ui->authKindCombo->addItem(ProfileHints::noAuthText(Service::Printlounge), static_cast<int>(net::AuthKind::None));
    m_ui->authKindCombo->addItem(tr("HTTP Basic"), static_cast<int>(net::AuthKind::Basic));
    m_ui->authKindCombo->addItem(tr("Bearer token"), static_cast<int>(net::AuthKind::Bearer));
    m_ui->authKindCombo->addItem(tr("Key in a named header"), static_cast<int>(net::AuthKind::Header));
    m_ui->statusMethodCombo->addItem(tr("PUT (default)"), QStringLiteral("put"));
    m_ui->statusMethodCombo->addItem(tr("PATCH"), QStringLiteral("patch"));
    // A profile has no "system" choice: the system's proxy is one of the application's settings.
    using Mode = net::ProxyConfig::Mode;
    m_ui->proxyModeCombo->addItem(tr("Use the application's setting"), net::ProxyConfig::modeId(Mode::Application));
    m_ui->proxyModeCombo->addItem(tr("No proxy (connect directly)"), net::ProxyConfig::modeId(Mode::None));
    m_ui->proxyModeCombo->addItem(tr("Manual proxy"), net::ProxyConfig::modeId(Mode::Manual));
    m_proxyFields.setUp();
}

void ProfileDialog::setProfile(const Profile& profile)
{
    m_original = profile;
    m_editing = true;
    setWindowTitle(tr("Edit profile '%1'").arg(profile.name));
    loadForm(profile);
}

void ProfileDialog::loadForm(const Profile& profile)
{
    m_filling = true;
    m_ui->nameEdit->setText(profile.name);
    m_ui->serviceCombo->setCurrentIndex(m_ui->serviceCombo->findData(serviceId(profile.service)));
    m_ui->baseUrlEdit->setText(profile.baseUrl.toString());
    m_ui->formatCombo->setCurrentIndex(m_ui->formatCombo->findData(formatId(profile.format)));
    m_ui->authKindCombo->setCurrentIndex(m_ui->authKindCombo->findData(static_cast<int>(profile.authKind)));
    m_ui->headerNameEdit->setText(QString::fromLatin1(profile.authHeaderName));
    m_ui->userEdit->setText(profile.user);
    m_ui->secretEdit->clear();
    m_ui->insecureCheck->setChecked(profile.allowInsecureHttp);
    m_ui->connectTimeoutSpin->setValue(qMax(1, profile.timeouts.connectMs / 1000));
    m_ui->inactivityTimeoutSpin->setValue(qMax(1, profile.timeouts.inactivityMs / 1000));
    m_ui->totalTimeoutSpin->setValue(qMax(1, profile.timeouts.totalMs / 1000));
    m_ui->pinEdit->setText(QString::fromLatin1(profile.pinnedSha256));
    m_ui->statusMethodCombo->setCurrentIndex(profile.patchesStatus() ? 1 : 0);
    m_ui->proxyModeCombo->setCurrentIndex(
        qMax(0, m_ui->proxyModeCombo->findData(net::ProxyConfig::modeId(profile.proxy.mode))));
    m_proxyFields.load(profile.proxy);
    loadStatusNames(profile);
    m_filling = false;
    // A loaded profile is judged afresh: nothing is said until a field is left or Save is pressed.
    m_checked.clear();
    m_saveTried = false;
    // Open where the profile has something unusual in it, so nobody is surprised by a hidden setting.
    setAdvancedOpen(profile.allowInsecureHttp || !profile.pinnedSha256.isEmpty() ||
                    profile.proxy.mode != net::ProxyConfig::Mode::Application);
    updateFieldStates();
    updateValidation();
    clearTestResult();
}

Profile ProfileDialog::profileFromForm() const
{
    Profile p = m_editing ? m_original : Profile();
    p.name = m_ui->nameEdit->text().trimmed();
    p.service = serviceFromId(m_ui->serviceCombo->currentData().toString()).value_or(Service::Printlounge);
    p.baseUrl = urlFromText(m_ui->baseUrlEdit->text());
    p.format = serviceHasFormats(p.service)
                   ? formatFromId(m_ui->formatCombo->currentData().toString()).value_or(WireFormat::Json)
                   : WireFormat::Json;
    p.authKind = static_cast<net::AuthKind>(m_ui->authKindCombo->currentData().toInt());
    p.authHeaderName =
        p.authKind == net::AuthKind::Header ? m_ui->headerNameEdit->text().trimmed().toLatin1() : QByteArray();
    p.user = ProfileHints::needsUser(p) ? m_ui->userEdit->text().trimmed() : QString();
    p.allowInsecureHttp = m_ui->insecureCheck->isChecked();
    p.timeouts.connectMs = m_ui->connectTimeoutSpin->value() * 1000;
    p.timeouts.inactivityMs = m_ui->inactivityTimeoutSpin->value() * 1000;
    p.timeouts.totalMs = m_ui->totalTimeoutSpin->value() * 1000;
    p.pinnedSha256 = net::normalizeSha256(m_ui->pinEdit->text());
    p.proxy = net::ProxyConfig();
    p.proxy.mode = proxyModeFromForm();
    if (p.proxy.mode == net::ProxyConfig::Mode::Manual)
        m_proxyFields.readInto(p.proxy);
    // Where the form does not show them, the profile keeps what it had.
    if (namesStatuses(p.service))
        p.statusNames = statusNamesFromForm();
    if (choosesStatusMethod(p.service)) {
        const bool patch = m_ui->statusMethodCombo->currentData().toString() == QLatin1String("patch");
        // PUT is the default: stored as no choice at all, as ProfileStore reads it back.
        p.statusMethod = patch ? QStringLiteral("patch") : (p.patchesStatus() ? QString() : p.statusMethod);
    }
    p.demo = false;
    return p;
}

QStringList ProfileDialog::problems() const
{
    QStringList reasons;
    for (const auto& [field, reason] : fieldProblems())
        reasons << reason;
    if (namesStatuses(profileFromForm().service))
        reasons << statusNameProblems();
    return reasons;
}

QList<std::pair<QWidget*, QString>> ProfileDialog::fieldProblems() const
{
    QList<std::pair<QWidget*, QString>> found;
    const Profile p = profileFromForm();
    const QStringList core = p.validate();
    // The core says what is wrong, not where: a problem belongs to the field that, made valid alone, ends it.
    // New rules in Profile::validate() thus land under their field, or below the form when no field claims them.
    const std::pair<QWidget*, std::function<void(Profile&)>> neutral[] = {
        {m_ui->nameEdit, [](Profile& q) { q.name = QStringLiteral("n"); }},
        {m_ui->baseUrlEdit, [](Profile& q) { q.baseUrl = QUrl(QStringLiteral("https://shop.example.com")); }},
        {m_ui->headerNameEdit, [](Profile& q) { q.authHeaderName = "X-Api-Key"; }},
        {m_ui->userEdit, [](Profile& q) { q.user = QStringLiteral("u"); }},
        {m_ui->pinEdit, [](Profile& q) { q.pinnedSha256.clear(); }},
        {m_ui->totalTimeoutSpin, [](Profile& q) { q.timeouts = net::Timeouts(); }},
    };
    QStringList claimed;
    for (const auto& [field, makeValid] : neutral) {
        Profile fixed = p;
        makeValid(fixed);
        const QStringList remaining = fixed.validate();
        for (const QString& reason : core) {
            if (!remaining.contains(reason) && !claimed.contains(reason)) {
                found.append({field, reason});
                claimed << reason;
            }
        }
    }
    for (const QString& reason : core) {
        if (!claimed.contains(reason))
            found.append({nullptr, reason});
    }
    for (const Profile& other : m_store->profiles()) {
        if (!p.name.isEmpty() && other.id != p.id && other.name.compare(p.name, Qt::CaseInsensitive) == 0) {
            found.append(
                {m_ui->nameEdit, tr("Another profile is already called '%1'. Choose another name.").arg(p.name)});
            break;
        }
    }
    if (!m_ui->pinEdit->text().trimmed().isEmpty() && net::normalizeSha256(m_ui->pinEdit->text()).isEmpty())
        found.append({m_ui->pinEdit, tr("The trusted certificate must be given as its SHA-256 fingerprint: 64 "
                                        "hexadecimal digits, colons allowed.")});
    if (proxyModeFromForm() == net::ProxyConfig::Mode::Manual) {
        if (const QString problem = m_proxyFields.hostProblem(); !problem.isEmpty())
            found.append({m_ui->proxyHostEdit, problem});
        if (const QString problem = m_proxyFields.portProblem(); !problem.isEmpty())
            found.append({m_ui->proxyPortEdit, problem});
    }
    // Editing: an empty field keeps the stored secret, unless the old profile had none to keep.
    const bool hadSecret = m_editing && m_original.needsSecret();
    if (p.needsSecret() && m_ui->secretEdit->text().isEmpty() && !hadSecret)
        found.append({m_ui->secretEdit, tr("Enter the password or API key your provider gave you.")});
    return found;
}

QString ProfileDialog::shownProblem(const QWidget* field) const
{
    if (field == m_ui->statusNamesTable)
        return m_ui->statusNamesProblemLabel->isVisibleTo(this) ? m_ui->statusNamesProblemLabel->text() : QString();
    QLabel* label = m_errorLabels.value(const_cast<QWidget*>(field));
    return label && !label->isHidden() ? label->text() : QString();
}

void ProfileDialog::addErrorLabel(QWidget* field)
{
    auto* form = qobject_cast<QFormLayout*>(field->parentWidget()->layout());
    Q_ASSERT(form);
    int row = -1;
    QFormLayout::ItemRole role;
    form->getWidgetPosition(field, &row, &role);
    auto* label = new QLabel(field->parentWidget());
    label->setObjectName(field->objectName() + QStringLiteral("Error"));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setMinimumWidth(fontMetrics().averageCharWidth() * 40);
    label->setAccessibleName(tr("Problem"));
    setTextColour(label, ErrorColour);
    form->insertRow(row + 1, static_cast<QWidget*>(nullptr), label);
    form->setRowVisible(label, false);
    m_errorLabels.insert(field, label);
}

void ProfileDialog::onFocusChanged(QWidget* old, QWidget* now)
{
    // A field that takes the focus is scrolled into view, however it got it (Save going to the first problem).
    if (now && m_scroll && m_scroll->widget()->isAncestorOf(now))
        // Only a move inside this dialog counts: switching to another window is not leaving a field.
        if (!old || !now || !isAncestorOf(now) || m_filling)
            return;
    bool changed = false;
    for (auto it = m_leaveMarks.cbegin(); it != m_leaveMarks.cend(); ++it) {
        QWidget* w = it.key();
        const bool wasIn = w == old || w->isAncestorOf(old);
        const bool isIn = w == now || w->isAncestorOf(now);
        if (wasIn && !isIn && !m_checked.contains(it.value())) {
            m_checked.insert(it.value());
            changed = true;
        }
    }
    if (changed)
        updateValidation();
}

void ProfileDialog::revealAllProblems()
{
    m_saveTried = true;
    for (QWidget* field : m_errorLabels.keys())
        m_checked.insert(field);
    m_checked.insert(m_ui->statusNamesTable);
    updateValidation();
    // The person's eyes go where the first problem is.
    QWidget* w = m_ui->nameEdit;
    do {
        if (!shownProblem(w).isEmpty() && w->isEnabled()) {
            w->setFocus(Qt::OtherFocusReason);
            break;
        }
        w = w->nextInFocusChain();
    } while (w && w != m_ui->nameEdit);
}

bool ProfileDialog::isAdvancedOpen() const
{
    return m_ui->advancedToggle->isChecked();
}

void ProfileDialog::setAdvancedOpen(bool open)
{
    m_ui->advancedToggle->setChecked(open);
}

void ProfileDialog::setSecretShown(bool shown)
{
    m_showSecretAction->setChecked(shown);
    m_ui->secretEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    m_showSecretAction->setIcon(shown ? Icons::hideSecret() : Icons::showSecret());
    const QString text = shown ? tr("Hide the password or key") : tr("Show the password or key");
    m_showSecretAction->setText(text);
    m_showSecretAction->setToolTip(text);
    for (QObject* o : m_showSecretAction->associatedObjects()) {
        if (auto* button = qobject_cast<QToolButton*>(o))
            button->setAccessibleName(text);
    }
}

void ProfileDialog::wrapInScrollArea()
{
    // Everything above the buttons scrolls: with Advanced open and a manual proxy the form is taller than a
    // 768-pixel screen, and the buttons must stay in reach. The dialog is as tall as its content where the
    // screen allows (fitHeight), so the scroll bar only appears where it has to.
    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("formContent"));
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    QVBoxLayout* main = m_ui->mainLayout;
    while (main->count() > 0 && main->itemAt(0)->widget() != m_ui->buttonBox) {
        QLayoutItem* item = main->takeAt(0);
        if (QWidget* w = item->widget()) {
            delete item;
            contentLayout->addWidget(w);
        } else if (QLayout* l = item->layout()) {
            contentLayout->addLayout(l);
        } else {
            contentLayout->addItem(item);
        }
    }
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("formScroll"));
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setWidget(content);
    main->insertWidget(0, m_scroll, 1);
    // The moved fields went to the end of the focus chain: the buttons go back behind them, so that the dialog
    // opens with the first field focused and Tab ends on Save and Cancel.
    m_ui->buttonBox->setParent(nullptr);
    main->addWidget(m_ui->buttonBox);
}

void ProfileDialog::fitHeight(bool shrink)
{
    // Wrapped lines need the height their text takes at the dialog's width, which a window's minimum size
    // does not know: lines appearing grow the dialog, folding grows or shrinks it. The width stays. Never
    // taller than the screen's free height: the form scrolls there (wrapInScrollArea).
    if (!isVisible())
        return;
    QWidget* content = m_scroll->widget();
    // Rows shown or hidden inside the groups reach the scrolled form's layout as posted layout requests: they
    // are applied now, so the height below is the one of what is shown.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    content->layout()->activate();
    layout()->activate();
    const int viewportWidth = m_scroll->viewport()->width();
    const int contentHeight = content->layout()->hasHeightForWidth()
                                  ? content->layout()->totalHeightForWidth(viewportWidth)
                                  : content->sizeHint().height();
    int wanted = height() - m_scroll->height() + qMax(contentHeight, content->minimumSizeHint().height());
    if (const QScreen* s = screen()) {
        const int frame = frameGeometry().height() - geometry().height();
        wanted = qMin(wanted, s->availableGeometry().height() - frame);
    }
    if (wanted > height() || (shrink && wanted < height()))
        resize(width(), wanted);
}

void ProfileDialog::showEvent(QShowEvent* event)
{
    setSecretShown(false);
    QDialog::showEvent(event);
    // An edited profile may open with Advanced unfolded: the height follows what is shown.
    if (!event->spontaneous())
        fitHeight();
}

void ProfileDialog::onServiceChanged()
{
    if (m_filling)
        return;
    // A new service brings its own sign-in method and format, as its vendor documents them.
    const Service s = serviceFromId(m_ui->serviceCombo->currentData().toString()).value_or(Service::Printlounge);
    const Profile defaults = Profile::defaultsFor(s);
    m_filling = true;
    m_ui->authKindCombo->setCurrentIndex(m_ui->authKindCombo->findData(static_cast<int>(defaults.authKind)));
    m_ui->formatCombo->setCurrentIndex(m_ui->formatCombo->findData(formatId(defaults.format)));
    m_filling = false;
    onFormChanged();
}

void ProfileDialog::onFormChanged()
{
    if (m_filling)
        return;
    // The last test said something about other values: it no longer applies.
    cancelTest();
    clearTestResult();
    updateFieldStates();
    updateValidation();
}

void ProfileDialog::updateFieldStates()
{
    const Profile p = profileFromForm();
    m_ui->authKindCombo->setItemText(0, ProfileHints::noAuthText(p.service));
    m_ui->authHintLabel->setText(ProfileHints::recommendedAuthHint(p.service));
    const bool formats = serviceHasFormats(p.service);
    m_ui->formatCombo->setEnabled(formats && !m_saving);
    m_ui->formatCombo->setToolTip(formats ? tr("How the service sends its data. Leave JSON unless your provider "
                                               "says otherwise.")
                                          : tr("%1 always sends JSON.").arg(serviceDisplayName(p.service)));
    m_ui->signInForm->setRowVisible(m_ui->headerNameEdit, p.authKind == net::AuthKind::Header);
    const bool user = ProfileHints::needsUser(p);
    m_ui->userLabel->setEnabled(user);
    m_ui->userEdit->setEnabled(user && !m_saving);
    m_ui->userEdit->setPlaceholderText(user ? QString() : tr("not needed"));
    const bool secret = p.needsSecret();
    m_ui->secretLabel->setText(ProfileHints::secretLabel(p));
    m_ui->secretLabel->setEnabled(secret);
    m_ui->secretEdit->setEnabled(secret && !m_saving);
    const bool hadSecret = m_editing && m_original.needsSecret();
    m_ui->secretEdit->setPlaceholderText(!secret ? tr("not needed") : hadSecret ? tr("unchanged") : QString());
    m_ui->secretHintLabel->setText(ProfileHints::secretHint(p.service));
    m_ui->signInForm->setRowVisible(m_ui->secretHintLabel, secret);
    m_showSecretAction->setVisible(secret);
    m_ui->advancedForm->setRowVisible(m_ui->insecureWarningLabel, m_ui->insecureCheck->isChecked());
    m_ui->statusGroup->setVisible(namesStatuses(p.service));
    m_ui->advancedForm->setRowVisible(m_ui->statusMethodCombo, choosesStatusMethod(p.service));
    // A proxy's own fields only for a proxy of the profile's own.
    const bool manualProxy = p.proxy.mode == net::ProxyConfig::Mode::Manual;
    for (QWidget* field : m_proxyFields.widgets())
        m_ui->advancedForm->setRowVisible(field, manualProxy);
    m_ui->advancedForm->setRowVisible(m_ui->proxyHintLabel, manualProxy);
}

net::ProxyConfig::Mode ProfileDialog::proxyModeFromForm() const
{
    return net::ProxyConfig::modeFromId(m_ui->proxyModeCombo->currentData().toString())
        .value_or(net::ProxyConfig::Mode::Application);
}

void ProfileDialog::updateValidation()
{
    QHash<QWidget*, QStringList> byField;
    QStringList general;
    for (const auto& [field, reason] : fieldProblems()) {
        if (field)
            byField[field] << reason;
        else
            general << QStringLiteral("• ") + reason;
    }
    bool advancedProblem = false;
    for (auto it = m_errorLabels.cbegin(); it != m_errorLabels.cend(); ++it) {
        QWidget* field = it.key();
        const QStringList reasons =
            field->isVisibleTo(this) || m_ui->advancedGroup->isAncestorOf(field) ? byField.value(field) : QStringList();
        // Put right, a field is quiet again until it is left with a new problem.
        if (reasons.isEmpty())
            m_checked.remove(field);
        const bool show = m_checked.contains(field) && !reasons.isEmpty();
        it.value()->setText(reasons.join(QLatin1Char('\n')));
        auto* form = qobject_cast<QFormLayout*>(field->parentWidget()->layout());
        form->setRowVisible(it.value(), show && form->isRowVisible(field));
        field->setAccessibleDescription(show ? it.value()->text() : QString());
        if (show && m_ui->advancedGroup->isAncestorOf(field))
            advancedProblem = true;
    }
    // Plain http is allowed in Advanced: the address's problem says so, and the box must be in sight.
    const Profile p = profileFromForm();
    if (m_checked.contains(m_ui->baseUrlEdit) && p.usesInsecureHttp() && !p.allowInsecureHttp)
        advancedProblem = true;
    // Problems no field owns (and a failed save) are listed below the form once Save has been pressed.
    m_ui->problemsLabel->setText(general.join(QLatin1Char('\n')));
    m_ui->problemsLabel->setVisible(m_saveTried && !general.isEmpty());

    // The status table's problems are shown beside the table.
    const QStringList statusReasons = m_ui->statusGroup->isVisibleTo(this) ? statusNameProblems() : QStringList();
    if (statusReasons.isEmpty())
        m_checked.remove(m_ui->statusNamesTable);
    m_ui->statusNamesProblemLabel->setText(statusReasons.join(QLatin1Char('\n')));
    // The whole row, so that an empty message leaves no gap under the table.
    m_ui->statusForm->setRowVisible(m_ui->statusNamesProblemLabel,
                                    m_checked.contains(m_ui->statusNamesTable) && !statusReasons.isEmpty());
    if (advancedProblem && !isAdvancedOpen())
        setAdvancedOpen(true);
    // Save and Test stay available: pressed too early, they show every problem instead of failing silently.
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_saving);
    m_ui->testButton->setEnabled(!m_saving);
    fitHeight(false);
}

void ProfileDialog::startTest()
{
    cancelTest();
    if (!problems().isEmpty()) {
        revealAllProblems();
        return;
    }
    const Profile p = profileFromForm();
    const QString typed = m_ui->secretEdit->text();
    const quint64 generation = ++m_testGeneration;
    showTestRunning();
    if (typed.isEmpty() && m_editing && p.needsSecret()) {
        // "Unchanged": test with the stored secret, fetched without waiting.
        m_testPending = true;
        m_secrets->read(m_original.id, this, [this, p, generation](const Result<QString>& secret) {
            if (generation != m_testGeneration)
                return;
            m_testPending = false;
            if (!secret.ok()) {
                showTestResult(false, secret.error.message);
                return;
            }
            runTest(p, secret.value, generation);
        });
        return;
    }
    runTest(p, typed, generation);
}

void ProfileDialog::runTest(const Profile& profile, const QString& secret, quint64 generation)
{
    m_client = ServiceClient::create(profile, secret);
    if (!m_client) {
        showTestResult(false, tr("Kontor cannot talk to this service."));
        return;
    }
    m_client->testConnection(this, [this, generation](const Result<ConnectionInfo>& result) {
        if (generation != m_testGeneration)
            return;
        // This runs from the event loop, but the client may still be unwinding: delete it later.
        if (m_client)
            m_client.release()->deleteLater();
        if (result.ok()) {
            const QString summary = result.value.summary;
            showTestResult(true, summary.isEmpty() ? tr("The connection works.")
                                                   : tr("The connection works. %1").arg(summary));
        } else {
            qCInfo(lcApp) << "connection test failed:" << Error::kindName(result.error.kind) << result.error.detail;
            showTestResult(false,
                           result.error.message.isEmpty() ? tr("The connection test failed.") : result.error.message);
            m_lastCertificate = result.error.certificate;
            m_ui->trustButton->setVisible(m_lastCertificate.has_value());
        }
    });
}

void ProfileDialog::cancelTest()
{
    const bool running = isTesting();
    ++m_testGeneration;
    m_testPending = false;
    m_client.reset(); // deleting the client aborts its request
    if (running)
        clearTestResult();
}

void ProfileDialog::showTestRunning()
{
    m_ui->testIconLabel->hide();
    m_ui->testBusy->show();
    setTextColour(m_ui->testResultLabel, palette().color(QPalette::WindowText));
    m_ui->testResultLabel->setText(tr("Testing the connection…"));
}

void ProfileDialog::showTestResult(bool ok, const QString& text)
{
    m_ui->testBusy->hide();
    m_ui->testIconLabel->setPixmap((ok ? Icons::ok() : Icons::error()).pixmap(18, 18));
    m_ui->testIconLabel->show();
    setTextColour(m_ui->testResultLabel, ok ? SuccessColour : ErrorColour);
    m_ui->testResultLabel->setText(text);
    m_ui->testResultLabel->setAccessibleDescription(text);
}

void ProfileDialog::showCertificate()
{
    if (!m_lastCertificate)
        return;
    const Profile p = profileFromForm();
    auto* dialog = new CertificateDialog(p.name, p.baseUrl.host(), *m_lastCertificate, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CertificateDialog::trusted, this, [this](const QString& sha256) {
        m_ui->pinEdit->setText(sha256);
        startTest(); // the person wants to know at once that it now works
    });
    dialog->open();
}

void ProfileDialog::clearTestResult()
{
    m_ui->trustButton->hide();
    m_ui->testBusy->hide();
    m_ui->testIconLabel->hide();
    m_ui->testResultLabel->clear();
}

void ProfileDialog::loadStatusNames(const Profile& profile)
{
    QTableWidget* table = m_ui->statusNamesTable;
    const QSignalBlocker blocker(table);
    table->setRowCount(0);
    QStringList codes = profile.statusNames.keys();
    // Numbers in numeric order (9 before 10); anything else after them, as text.
    std::sort(codes.begin(), codes.end(), [](const QString& a, const QString& b) {
        const bool na = isStatusCode(a), nb = isStatusCode(b);
        if (na != nb)
            return na;
        return na ? a.toLongLong() < b.toLongLong() : a < b;
    });
    for (const QString& code : std::as_const(codes)) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, CodeColumn, new QTableWidgetItem(code));
        table->setItem(row, NameColumn, new QTableWidgetItem(profile.statusNames.value(code)));
    }
    m_ui->removeStatusButton->setEnabled(false);
}

QMap<QString, QString> ProfileDialog::statusNamesFromForm() const
{
    QMap<QString, QString> names;
    const QTableWidget* table = m_ui->statusNamesTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QTableWidgetItem* code = table->item(row, CodeColumn);
        const QTableWidgetItem* name = table->item(row, NameColumn);
        const QString c = code ? code->text().trimmed() : QString();
        const QString n = name ? name->text().trimmed() : QString();
        if (!c.isEmpty() && !n.isEmpty())
            names.insert(c, n);
    }
    return names;
}

QStringList ProfileDialog::statusNameProblems() const
{
    QStringList reasons;
    QSet<QString> seen, reported;
    const QTableWidget* table = m_ui->statusNamesTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QTableWidgetItem* codeItem = table->item(row, CodeColumn);
        const QTableWidgetItem* nameItem = table->item(row, NameColumn);
        const QString code = codeItem ? codeItem->text().trimmed() : QString();
        const QString name = nameItem ? nameItem->text().trimmed() : QString();
        if (code.isEmpty()) {
            reasons << tr("Row %1: enter the status code, a whole number such as 61.").arg(row + 1);
            continue;
        }
        if (!isStatusCode(code))
            reasons << tr("Row %1: '%2' is not a status code. Status codes are whole numbers, such as 61.")
                           .arg(row + 1)
                           .arg(code);
        else if (seen.contains(code) && !reported.contains(code)) {
            reasons << tr("The status code %1 is named twice. Give each code one name.").arg(code);
            reported.insert(code);
        }
        seen.insert(code);
        if (name.isEmpty())
            reasons << tr("Row %1: give the status code %2 a name.").arg(row + 1).arg(code);
    }
    return reasons;
}

void ProfileDialog::addStatusName()
{
    QTableWidget* table = m_ui->statusNamesTable;
    const int row = table->rowCount();
    {
        const QSignalBlocker blocker(table);
        table->insertRow(row);
        table->setItem(row, CodeColumn, new QTableWidgetItem);
        table->setItem(row, NameColumn, new QTableWidgetItem);
    }
    onStatusNamesChanged();
    // The person types the code at once, then Tab to the name.
    table->setCurrentCell(row, CodeColumn);
    table->setFocus(Qt::OtherFocusReason);
    table->editItem(table->item(row, CodeColumn));
}

void ProfileDialog::removeStatusNames()
{
    QTableWidget* table = m_ui->statusNamesTable;
    QList<int> rows;
    for (const QModelIndex& index : table->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    {
        const QSignalBlocker blocker(table);
        for (int row : std::as_const(rows))
            table->removeRow(row);
    }
    if (table->rowCount() > 0) {
        table->selectRow(qMin(rows.last(), table->rowCount() - 1));
        table->setFocus(Qt::OtherFocusReason);
    } else {
        m_ui->addStatusButton->setFocus(Qt::OtherFocusReason);
    }
    m_ui->removeStatusButton->setEnabled(!table->selectedItems().isEmpty());
    onStatusNamesChanged();
}

void ProfileDialog::onStatusNamesChanged()
{
    if (m_filling)
        return;
    // Names do not change how Kontor connects: a test result stays valid.
    updateValidation();
}

void ProfileDialog::commitStatusEdit()
{
    // Save by keyboard (Alt+S, Enter) leaves a cell being edited open: what it shows is what the person means.
    QTableWidget* table = m_ui->statusNamesTable;
    QWidget* editor = table->indexWidget(table->currentIndex());
    if (!editor)
        return;
    // The view's own slots, as the delegate would call them: the text goes in and the editor goes away.
    QMetaObject::invokeMethod(table, "commitData", Qt::DirectConnection, Q_ARG(QWidget*, editor));
    QMetaObject::invokeMethod(table, "closeEditor", Qt::DirectConnection, Q_ARG(QWidget*, editor),
                              Q_ARG(QAbstractItemDelegate::EndEditHint, QAbstractItemDelegate::NoHint));
}

void ProfileDialog::accept()
{
    if (m_saving)
        return;
    commitStatusEdit();
    if (!problems().isEmpty()) {
        revealAllProblems();
        return;
    }
    Profile p = profileFromForm();
    if (p.id.isEmpty()) {
        // Known before anything is stored, so the secret and the profile share it (and a retry reuses it).
        if (m_newId.isEmpty())
            m_newId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        p.id = m_newId;
    }
    const QString secret = m_ui->secretEdit->text();
    if (secret.isEmpty() || !p.needsSecret()) {
        storeProfile(p);
        return;
    }
    // The secret first: once the profile appears in the sidebar, its orders load with it at once.
    setSaving(true);
    m_secrets->write(p.id, secret, this, [this, p](const Result<bool>& written) {
        setSaving(false);
        if (!written.ok()) {
            m_ui->problemsLabel->setText(
                tr("The password or API key could not be saved, so the profile was not saved either: %1")
                    .arg(written.error.message));
            m_ui->problemsLabel->show();
            return;
        }
        storeProfile(p);
    });
}

void ProfileDialog::storeProfile(const Profile& profile)
{
    const Error stored = m_store->upsert(profile);
    if (!stored.ok()) {
        m_ui->problemsLabel->setText(stored.message);
        m_ui->problemsLabel->show();
        return;
    }
    m_store->saveAsync();
    finishSaving(profile.id);
}

void ProfileDialog::finishSaving(const QString& profileId)
{
    m_ui->secretEdit->clear();
    emit profileSaved(profileId);
    QDialog::accept();
}

void ProfileDialog::setSaving(bool saving)
{
    m_saving = saving;
    for (QWidget* w : {static_cast<QWidget*>(m_ui->connectionGroup), static_cast<QWidget*>(m_ui->signInGroup),
                       static_cast<QWidget*>(m_ui->statusGroup), static_cast<QWidget*>(m_ui->advancedGroup)})
        w->setEnabled(!saving);
    if (saving) {
        m_ui->testIconLabel->hide();
        m_ui->testBusy->show();
        setTextColour(m_ui->testResultLabel, palette().color(QPalette::WindowText));
        m_ui->testResultLabel->setText(tr("Saving…"));
    } else {
        clearTestResult();
    }
    updateFieldStates();
    updateValidation();
}

void ProfileDialog::done(int result)
{
    cancelTest();
    setSecretShown(false);
    QDialog::done(result);
}

} // namespace kontor::gui
