#include "StatusChangeDialog.h"

#include "audit/AuditLog.h"
#include "services/printlounge/PrintloungeClient.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kontor::gui {

namespace {
enum Column { OrderColumn, CustomerColumn, CurrentColumn, ResultColumn, ColumnCount };
}

StatusChangeDialog::StatusChangeDialog(PrintloungeClient* client, const Profile& profile, AuditLog* audit,
                                       QList<Order> orders, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_profile(profile)
    , m_audit(audit)
    , m_orders(std::move(orders))
    , m_heading(new QLabel(this))
    , m_status(new QComboBox(this))
    , m_statusHint(new QLabel(this))
    , m_table(new QTableWidget(static_cast<int>(m_orders.size()), ColumnCount, this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("statusChangeDialog"));
    setWindowTitle(tr("Change order status — %1").arg(profile.name));

    m_heading->setObjectName(QStringLiteral("statusChangeHeading"));
    m_heading->setWordWrap(true);
    m_heading->setText(
        m_orders.size() == 1
            ? tr("Order %1 of '%2' gets a new status.").arg(m_orders.first().code, profile.name)
            : tr("These %1 orders of '%2' get a new status.").arg(QLocale().toString(m_orders.size()), profile.name));

    m_status->setObjectName(QStringLiteral("statusChangeStatus"));
    m_status->setEditable(true);
    m_status->setInsertPolicy(QComboBox::NoInsert);
    for (auto it = profile.statusNames.cbegin(); it != profile.statusNames.cend(); ++it)
        m_status->addItem(profile.statusLabel(it.key()), it.key());
    m_status->setCurrentIndex(-1);
    m_status->lineEdit()->setPlaceholderText(tr("A status name or its number, e.g. 62"));
    m_status->setMinimumContentsLength(24);
    m_statusHint->setObjectName(QStringLiteral("statusChangeHint"));
    m_statusHint->setWordWrap(true);
    m_statusHint->setText(profile.statusNames.isEmpty()
                              ? tr("This profile has no status names yet: type the shop's status number. "
                                   "Names can be given in the profile's settings.")
                              : tr("Choose a status, or type the shop's status number."));

    auto* form = new QFormLayout;
    auto* statusLabel = new QLabel(tr("&New status:"), this);
    statusLabel->setBuddy(m_status);
    form->addRow(statusLabel, m_status);
    form->addRow(QString(), m_statusHint);

    m_table->setObjectName(QStringLiteral("statusChangeOrders"));
    m_table->setAccessibleName(tr("Orders to change"));
    m_table->setHorizontalHeaderLabels({tr("Order"), tr("Customer"), tr("Current status"), tr("Result")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < m_orders.size(); ++row) {
        const Order& o = m_orders.at(row);
        m_table->setItem(row, OrderColumn, new QTableWidgetItem(o.code));
        m_table->setItem(row, CustomerColumn, new QTableWidgetItem(o.customer));
        m_table->setItem(row, CurrentColumn, new QTableWidgetItem(profile.statusLabel(o.status)));
        m_table->setItem(row, ResultColumn, new QTableWidgetItem());
    }
    // A column no order fills (printlounge's list has no customer) is left out.
    bool anyCustomer = false;
    for (const Order& o : std::as_const(m_orders))
        anyCustomer = anyCustomer || !o.customer.isEmpty();
    m_table->setColumnHidden(CustomerColumn, !anyCustomer);
    m_table->resizeColumnsToContents();

    m_progress->setObjectName(QStringLiteral("statusChangeProgress"));
    m_progress->setRange(0, static_cast<int>(m_orders.size()));
    m_progress->setValue(0);
    m_progress->hide();
    m_summary->setObjectName(QStringLiteral("statusChangeSummary"));
    m_summary->setWordWrap(true);
    m_summary->hide();

    m_apply = m_buttons->addButton(tr("Change status"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("statusChangeApply"));
    m_apply->setDefault(true);
    m_close = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_close->setObjectName(QStringLiteral("statusChangeClose"));
    connect(m_apply, &QPushButton::clicked, this, &StatusChangeDialog::apply);
    connect(m_close, &QPushButton::clicked, this, &StatusChangeDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);

    // A number typed, or a name chosen; "Versandt (62)" typed by hand counts too.
    connect(m_status, &QComboBox::currentTextChanged, this, &StatusChangeDialog::updateApplyButton);
    updateApplyButton();
    resize(620, 420);
}

QString StatusChangeDialog::chosenStatus() const
{
    const QString text = m_status->currentText().trimmed();
    const int index = m_status->findText(text);
    if (index >= 0)
        return m_status->itemData(index).toString();
    static const QRegularExpression number(QStringLiteral("^\\d{1,9}$"));
    static const QRegularExpression labelled(QStringLiteral("\\((\\d{1,9})\\)$"));
    if (number.match(text).hasMatch())
        return text;
    const QRegularExpressionMatch m = labelled.match(text);
    if (m.hasMatch())
        return m.captured(1);
    // A name typed without its number: the status whose name it is.
    for (auto it = m_profile.statusNames.cbegin(); it != m_profile.statusNames.cend(); ++it) {
        if (it.value().compare(text, Qt::CaseInsensitive) == 0)
            return it.key();
    }
    return {};
}

void StatusChangeDialog::setChosenStatus(const QString& code)
{
    const int index = m_status->findData(code);
    if (index >= 0)
        m_status->setCurrentIndex(index);
    else
        m_status->setEditText(code);
}

void StatusChangeDialog::updateApplyButton()
{
    if (m_changer)
        return;
    const QString code = chosenStatus();
    m_apply->setEnabled(!code.isEmpty() && !m_orders.isEmpty());
    if (code.isEmpty()) {
        m_apply->setText(tr("Change status"));
        if (!m_status->currentText().trimmed().isEmpty())
            m_statusHint->setText(tr("\"%1\" is not a status of this shop. Type its number, e.g. 62.")
                                      .arg(m_status->currentText().trimmed()));
        return;
    }
    const QString label = m_profile.statusLabel(code);
    m_apply->setText(m_orders.size() == 1
                         ? tr("Change order %1 to %2").arg(m_orders.first().code, label)
                         : tr("Change %1 orders to %2").arg(QLocale().toString(m_orders.size()), label));
    m_statusHint->setText(tr("Every change is recorded in the history."));
}

bool StatusChangeDialog::isRunning() const
{
    return m_changer && m_changer->isRunning();
}

void StatusChangeDialog::apply()
{
    const QString code = chosenStatus();
    if (code.isEmpty() || m_changer)
        return;
    if (!m_client) {
        m_summary->setText(tr("The profile was closed; nothing was changed."));
        m_summary->show();
        return;
    }
    QStringList codes;
    for (const Order& o : std::as_const(m_orders))
        codes.append(o.code);
    m_changer = new StatusChanger(m_client, m_profile, m_audit, codes, code, this);
    connect(m_changer, &StatusChanger::orderFinished, this, &StatusChangeDialog::onOrderFinished);
    connect(m_changer, &StatusChanger::finished, this, &StatusChangeDialog::onFinished);
    m_status->setEnabled(false);
    m_apply->setEnabled(false);
    m_close->setText(tr("Stop"));
    m_progress->show();
    m_summary->setText(tr("Changing the status to %1…").arg(m_profile.statusLabel(code)));
    m_summary->show();
    for (int row = 0; row < m_table->rowCount(); ++row)
        m_table->item(row, ResultColumn)->setText(tr("Waiting…"));
    m_changer->start();
}

void StatusChangeDialog::onOrderFinished(const StatusChangeResult& result)
{
    m_progress->setValue(m_changer ? m_changer->finishedCount() : m_progress->value() + 1);
    for (int row = 0; row < m_orders.size(); ++row) {
        if (m_orders.at(row).code != result.code)
            continue;
        QTableWidgetItem* item = m_table->item(row, ResultColumn);
        if (result.changed) {
            item->setText(tr("Changed to %1").arg(m_profile.statusLabel(result.newStatus)));
            item->setForeground(QColor(0x1b, 0x7f, 0x3b));
            m_table->item(row, CurrentColumn)->setText(m_profile.statusLabel(result.newStatus));
            emit orderStatusChanged(m_profile.id, result.code, result.newStatus);
        } else {
            QString text;
            switch (result.outcome) {
            case AuditEntry::Outcome::Refused:
                text = tr("Refused by the shop: %1").arg(result.message);
                break;
            default:
                text = tr("Not changed: %1").arg(result.message);
                break;
            }
            item->setText(text);
            item->setToolTip(text);
            item->setForeground(result.error.kind == Error::Kind::Cancelled ? palette().color(QPalette::PlaceholderText)
                                                                            : QColor(0xb0, 0x1c, 0x1c));
        }
        break;
    }
}

void StatusChangeDialog::onFinished(int changed, int notChanged)
{
    m_close->setText(tr("Close"));
    m_progress->setValue(m_progress->maximum());
    const QLocale locale;
    if (notChanged == 0)
        m_summary->setText(changed == 1 ? tr("The order has its new status.")
                                        : tr("All %1 orders have their new status.").arg(locale.toString(changed)));
    else
        m_summary->setText(tr("Changed: %1. Not changed: %2 (the reason is on each order's line).")
                               .arg(locale.toString(changed), locale.toString(notChanged)));
    m_table->resizeColumnToContents(CurrentColumn);
    m_table->resizeColumnToContents(ResultColumn);
    emit changesFinished(changed, notChanged);
}

void StatusChangeDialog::reject()
{
    if (isRunning()) {
        // Stop sending; what is on its way finishes and is recorded. The dialog stays to show it.
        m_changer->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace kontor::gui
