#include "SettingsDialog.h"

#include "Logging.h"
#include "net/ProxyConfig.h"
#include "profile/ProfileStore.h"
#include "profile/SecretStore.h"
#include "settings/DataPaths.h"
#include "ui_SettingsDialog.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QShowEvent>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace kontor::gui {

namespace {

// The confirmation of "Clear all local data…": one check box per item with its size; profiles unticked.
class ClearDataDialog : public QDialog
{
public:
    ClearDataDialog(const QList<LocalData::Entry>& entries, QWidget* parent)
        : QDialog(parent)
    {
        setObjectName(QStringLiteral("clearDataDialog"));
        setWindowTitle(SettingsDialog::tr("Clear local data"));
        auto* layout = new QVBoxLayout(this);
        auto* intro = new QLabel(SettingsDialog::tr("Tick what to remove from this computer. This cannot be undone."));
        intro->setWordWrap(true);
        layout->addWidget(intro);
        for (const LocalData::Entry& e : entries) {
            QString text = SettingsDialog::itemText(e.item);
            if (!e.files.isEmpty())
                text = SettingsDialog::tr("%1 (%2)").arg(text, QLocale().formattedDataSize(e.bytes));
            auto* box = new QCheckBox(text, this);
            box->setObjectName(QStringLiteral("clearItem%1").arg(static_cast<int>(e.item)));
            box->setChecked(e.item != LocalData::Item::Profiles);
            box->setProperty("item", static_cast<int>(e.item));
            layout->addWidget(box);
            m_boxes << box;
        }
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
        QPushButton* clear = buttons->addButton(SettingsDialog::tr("C&lear"), QDialogButtonBox::DestructiveRole);
        clear->setObjectName(QStringLiteral("clearConfirmButton"));
        connect(clear, &QPushButton::clicked, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        layout->addWidget(buttons);
    }

    QList<LocalData::Item> chosen() const
    {
        QList<LocalData::Item> items;
        for (QCheckBox* box : m_boxes) {
            if (box->isChecked())
                items << static_cast<LocalData::Item>(box->property("item").toInt());
        }
        return items;
    }

private:
    QList<QCheckBox*> m_boxes;
};

} // namespace

SettingsDialog::SettingsDialog(ProfileStore* store, SecretStore* secrets, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::SettingsDialog)
    , m_store(store)
    , m_secrets(secrets)
    , m_preferences(store->configDir())
    , m_places(LocalData::currentPlaces(store->configDir()))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowModality(Qt::WindowModal);

    // Each language in its own words, so that a person who cannot read the current one still finds theirs.
    m_ui->languageCombo->addItem(tr("System default"), QStringLiteral("system"));
    m_ui->languageCombo->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageCombo->addItem(QStringLiteral("Magyar"), QStringLiteral("hu"));
    m_ui->languageCombo->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    m_proxyFields = {m_ui->proxyTypeCombo, m_ui->proxyHostEdit, m_ui->proxyPortEdit, m_ui->proxyUserEdit,
                     m_ui->proxyPasswordEdit};
    m_proxyFields.setUp();
    for (QLabel* error : {m_ui->proxyHostError, m_ui->proxyPortError}) {
        QPalette p = error->palette();
        p.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
        error->setPalette(p);
        error->setStyleSheet({});
    }

    for (QRadioButton* r : {m_ui->proxySystemRadio, m_ui->proxyNoneRadio, m_ui->proxyManualRadio})
        connect(r, &QRadioButton::toggled, this, &SettingsDialog::validateProxy);
    connect(m_ui->proxyHostEdit, &QLineEdit::textChanged, this, &SettingsDialog::validateProxy);
    connect(m_ui->proxyPortEdit, &QLineEdit::textChanged, this, &SettingsDialog::validateProxy);
    connect(m_ui->openFolderButton, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(dataDirectory())); });
    connect(m_ui->changeFolderButton, &QPushButton::clicked, this, [this] {
        auto* picker = new QFileDialog(this, tr("Where Kontor keeps its data"), m_ui->dataPathLabel->text());
        picker->setFileMode(QFileDialog::Directory);
        picker->setOption(QFileDialog::ShowDirsOnly);
        picker->setAttribute(Qt::WA_DeleteOnClose);
        connect(picker, &QFileDialog::fileSelected, this, [this](const QString& dir) {
            m_ui->dataPathLabel->setText(QDir::toNativeSeparators(dir));
            updateDataNote();
        });
        picker->open();
    });
    connect(m_ui->defaultFolderButton, &QPushButton::clicked, this, [this] {
        m_ui->dataPathLabel->setText(QDir::toNativeSeparators(defaultDataDirectory()));
        updateDataNote();
    });
    connect(m_ui->clearButton, &QPushButton::clicked, this, &SettingsDialog::confirmClear);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    // One small ini, read once when the dialog opens.
    setValues(m_preferences.load());
    m_loadedDataDir = m_ui->dataPathLabel->text();
    updateDataNote();
}

SettingsDialog::~SettingsDialog() = default;

QString SettingsDialog::itemText(LocalData::Item item)
{
    switch (item) {
    case LocalData::Item::UploadJournal:
        return tr("Upload journal (unfinished uploads can no longer be resumed)");
    case LocalData::Item::AuditHistory:
        return tr("History of changes sent to the shops");
    case LocalData::Item::Logs:
        return tr("Log files");
    case LocalData::Item::LayoutSettings:
        return tr("Window layout and column settings");
    case LocalData::Item::Profiles:
        return tr("Saved profiles and their passwords and keys in the keychain");
    }
    return {};
}

void SettingsDialog::setValues(const AppPreferences::Values& v)
{
    m_ui->languageCombo->setCurrentIndex(std::max(0, m_ui->languageCombo->findData(v.language)));
    m_ui->connectSpin->setValue(v.timeouts.connectMs / 1000);
    m_ui->inactivitySpin->setValue(v.timeouts.inactivityMs / 1000);
    m_ui->totalSpin->setValue(v.timeouts.totalMs / 1000);
    m_ui->parallelSpin->setRange(AppPreferences::MinParallel, AppPreferences::MaxParallel);
    m_ui->parallelSpin->setValue(v.parallelUploads);
    m_ui->proxySystemRadio->setChecked(v.proxy.mode == net::ProxyConfig::Mode::System);
    m_ui->proxyNoneRadio->setChecked(v.proxy.mode == net::ProxyConfig::Mode::None);
    m_ui->proxyManualRadio->setChecked(v.proxy.mode == net::ProxyConfig::Mode::Manual);
    m_proxyFields.load(v.proxy);
    m_ui->dataPathLabel->setText(
        QDir::toNativeSeparators(v.dataDirectory.isEmpty() ? defaultDataDirectory() : v.dataDirectory));
    validateProxy();
}

AppPreferences::Values SettingsDialog::values() const
{
    AppPreferences::Values v;
    v.language = m_ui->languageCombo->currentData().toString();
    v.timeouts.connectMs = m_ui->connectSpin->value() * 1000;
    v.timeouts.inactivityMs = m_ui->inactivitySpin->value() * 1000;
    v.timeouts.totalMs = std::max(m_ui->totalSpin->value(), m_ui->inactivitySpin->value()) * 1000;
    v.parallelUploads = m_ui->parallelSpin->value();
    v.proxy.mode = m_ui->proxyManualRadio->isChecked() ? net::ProxyConfig::Mode::Manual
                   : m_ui->proxyNoneRadio->isChecked() ? net::ProxyConfig::Mode::None
                                                       : net::ProxyConfig::Mode::System;
    m_proxyFields.readInto(v.proxy);
    const QString dir = QDir::fromNativeSeparators(m_ui->dataPathLabel->text());
    v.dataDirectory = QDir::cleanPath(dir) == QDir::cleanPath(defaultDataDirectory()) ? QString() : dir;
    return v;
}

void SettingsDialog::validateProxy()
{
    const bool manual = m_ui->proxyManualRadio->isChecked();
    m_proxyFields.setEnabled(manual);
    // Errors show once something was typed; an empty manual form only keeps OK disabled.
    const QString host = manual ? m_proxyFields.hostProblem() : QString();
    const QString port = manual ? m_proxyFields.portProblem() : QString();
    m_ui->proxyHostError->setText(host);
    m_ui->proxyHostError->setVisible(!host.isEmpty() && !m_ui->proxyHostEdit->text().isEmpty());
    m_ui->proxyPortError->setText(port);
    m_ui->proxyPortError->setVisible(!port.isEmpty() && !m_ui->proxyPortEdit->text().isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(host.isEmpty() && port.isEmpty());
    fitContents();
}

void SettingsDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    fitContents();
}

void SettingsDialog::fitContents()
{
    // A line that appears (an error, a note) or wraps in a long language never pushes another one out of sight:
    // the dialog grows to the height its layout needs at its width.
    QLayout* root = layout();
    if (!root || !isVisible())
        return;
    root->activate();
    const int needed =
        root->hasHeightForWidth() ? root->totalHeightForWidth(width()) : root->totalMinimumSize().height();
    if (needed > height())
        resize(width(), needed);
}

void SettingsDialog::updateDataNote()
{
    const bool changed = m_ui->dataPathLabel->text() != m_loadedDataDir && !m_loadedDataDir.isEmpty();
    QString note = changed ? tr("The new folder is used from the next start. Kontor does not move the files; "
                                "move them yourself while Kontor is closed.")
                           : QString();
    if (!qEnvironmentVariableIsEmpty("KONTOR_DATA_DIR"))
        note = tr("KONTOR_DATA_DIR is set and decides the folder while it is set.");
    m_ui->dataNote->setText(note);
    m_ui->dataNote->setVisible(!note.isEmpty());
    fitContents();
}

void SettingsDialog::accept()
{
    validateProxy();
    if (!m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    const AppPreferences::Values v = values();
    if (!m_preferences.save(v)) {
        m_ui->clearResultLabel->setText(
            tr("The settings could not be saved to %1.").arg(QDir::toNativeSeparators(m_preferences.filePath())));
        return;
    }
    // Now: new profiles' timeouts, the upload default and the proxy. The data folder and the language wait
    // for the next start.
    AppPreferences::Values process = v;
    process.dataDirectory = AppPreferences::current().dataDirectory;
    AppPreferences::applyToProcess(process);
    net::applyApplicationProxy(v.proxy);
    if (v.proxy.mode == net::ProxyConfig::Mode::Manual && !v.proxy.user.isEmpty() && m_secrets) {
        if (v.proxy.password.isEmpty())
            m_secrets->remove(AppPreferences::proxyPasswordKey(), m_secrets, [](const Result<bool>&) {});
        else
            m_secrets->write(AppPreferences::proxyPasswordKey(), v.proxy.password, m_secrets,
                             [](const Result<bool>& r) {
                                 if (!r.ok())
                                     qCWarning(lcApp).noquote() << "proxy password not stored:" << r.error.detail;
                             });
    }
    emit saved();
    QDialog::accept();
}

void SettingsDialog::confirmClear()
{
    if (m_uploadRunning && m_uploadRunning()) {
        m_ui->clearResultLabel->setText(tr("An invoice upload is running. Clear local data once it has finished."));
        return;
    }
    if (m_clearing)
        return;
    auto* watcher = new QFutureWatcher<QList<LocalData::Entry>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        auto* confirm = new ClearDataDialog(watcher->result(), this);
        confirm->setAttribute(Qt::WA_DeleteOnClose);
        connect(confirm, &QDialog::accepted, this, [this, confirm] { clearItems(confirm->chosen()); });
        confirm->open();
    });
    watcher->setFuture(QtConcurrent::run([places = m_places] { return LocalData::survey(places); }));
}

void SettingsDialog::clearItems(const QList<LocalData::Item>& items)
{
    if (m_uploadRunning && m_uploadRunning()) {
        m_ui->clearResultLabel->setText(tr("An invoice upload is running. Clear local data once it has finished."));
        return;
    }
    if (items.isEmpty() || m_clearing)
        return;
    m_clearing = true;
    m_ui->clearButton->setEnabled(false);
    m_ui->clearResultLabel->setText(tr("Clearing…"));
    QList<LocalData::Item> files = items;
    int profiles = 0;
    if (files.removeAll(LocalData::Item::Profiles) > 0 && m_store) {
        // Through the store, so the window's list and the file agree; the secrets through the keychain.
        QStringList ids;
        for (const Profile& p : m_store->profiles()) {
            if (!p.demo)
                ids << p.id;
        }
        for (const QString& id : std::as_const(ids)) {
            if (m_secrets)
                m_secrets->remove(id, m_secrets, [](const Result<bool>&) {});
            m_store->remove(id);
        }
        m_store->saveAsync();
        profiles = static_cast<int>(ids.size());
    }
    auto* watcher = new QFutureWatcher<LocalData::Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, profiles] {
        watcher->deleteLater();
        const LocalData::Outcome outcome = watcher->result();
        QString summary = tr("Removed %n file(s).", nullptr, static_cast<int>(outcome.removed.size()));
        if (profiles > 0)
            summary += QLatin1Char(' ') + tr("Removed %n profile(s) and their secrets.", nullptr, profiles);
        if (!outcome.failed.isEmpty())
            summary += QLatin1Char(' ') + tr("%n file(s) could not be removed; see the log.", nullptr,
                                             static_cast<int>(outcome.failed.size()));
        m_ui->clearResultLabel->setText(summary);
        m_ui->clearButton->setEnabled(true);
        m_clearing = false;
        emit cleared(summary);
    });
    watcher->setFuture(QtConcurrent::run([places = m_places, files] { return LocalData::clear(places, files); }));
}

QString SettingsDialog::clearResultText() const
{
    return m_ui->clearResultLabel->text();
}

} // namespace kontor::gui
