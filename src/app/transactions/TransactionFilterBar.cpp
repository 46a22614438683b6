#include "TransactionFilterBar.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace kontor::gui {

namespace {

// A date edit's "Any": its lowest date, shown as the word instead.
const QDate NoDate(2000, 1, 1);

QDateEdit* makeDateEdit(QWidget* parent, const QString& anyText)
{
    auto* edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(NoDate);
    edit->setSpecialValueText(anyText);
    edit->setDate(NoDate);
    QString format = QLocale().dateFormat(QLocale::ShortFormat); // with the whole year, as the list shows it
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    edit->setDisplayFormat(format);
    return edit;
}

} // namespace

TransactionFilterBar::TransactionFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_invoice(new QComboBox(this))
    , m_from(makeDateEdit(this, tr("Any")))
    , m_to(makeDateEdit(this, tr("Any")))
    , m_role(new QComboBox(this))
    , m_apply(new QPushButton(tr("Apply filters"), this))
    , m_clear(new QPushButton(tr("Clear filters"), this))
{
    setObjectName(QStringLiteral("transactionFilterBar"));
    m_invoice->setObjectName(QStringLiteral("transactionFilter_invoiceStatus"));
    m_invoice->addItem(tr("Any"), QString());
    m_invoice->addItem(tr("Invoiced"), QStringLiteral("invoiced"));
    m_invoice->addItem(tr("Not invoiced"), QStringLiteral("uninvoiced"));
    m_invoice->addItem(tr("Error", "an invoice's state"), QStringLiteral("error"));
    m_invoice->setToolTip(tr("Only the transactions whose invoice is in this state"));
    m_from->setObjectName(QStringLiteral("transactionFilter_dateFrom"));
    m_from->setToolTip(tr("Only the transactions on or after this day"));
    m_to->setObjectName(QStringLiteral("transactionFilter_dateTo"));
    m_to->setToolTip(tr("Only the transactions on or before this day"));
    m_role->setObjectName(QStringLiteral("transactionFilter_role"));
    m_role->addItem(tr("Any"), QString());
    m_role->addItem(tr("Supplier"), QStringLiteral("supplier"));
    m_role->addItem(tr("Retailer"), QStringLiteral("retailer"));
    m_role->setToolTip(tr("Only the transactions in which you are the supplier, or the retailer"));
    m_apply->setObjectName(QStringLiteral("transactionFilterApply"));
    m_apply->setToolTip(tr("Load the transactions again, only those the marketplace finds with these "
                           "filters"));
    m_clear->setObjectName(QStringLiteral("transactionFilterClear"));
    m_clear->setToolTip(tr("Load every transaction again, without filters"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto addField = [this, layout](const QString& text, QWidget* input) {
        auto* label = new QLabel(text, this);
        label->setBuddy(input);
        QString name = text;
        name.remove(QLatin1Char('&'));
        if (name.endsWith(QLatin1Char(':')))
            name.chop(1);
        input->setAccessibleName(name);
        layout->addWidget(label);
        layout->addWidget(input);
        layout->addSpacing(6);
    };
    addField(tr("&Invoice:"), m_invoice);
    addField(tr("F&rom:"), m_from);
    addField(tr("&To:"), m_to);
    addField(tr("&Your role:"), m_role);
    layout->addStretch(1);
    layout->addWidget(m_apply);
    layout->addWidget(m_clear);
    setTabOrder(m_invoice, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_role);
    setTabOrder(m_role, m_apply);
    setTabOrder(m_apply, m_clear);

    // A "from" after the "to" finds nothing: said at once, and not applied.
    const auto checkDays = [this] {
        const bool wrong = m_from->date() != NoDate && m_to->date() != NoDate && m_from->date() > m_to->date();
        m_apply->setEnabled(!wrong);
        m_apply->setToolTip(wrong ? tr("The “from” day is after the “to” day: no transaction can match. Change "
                                       "one of them.")
                                  : tr("Load the transactions again, only those the marketplace finds with these "
                                       "filters"));
        for (QDateEdit* edit : {m_from, m_to}) {
            edit->setProperty("invalid", wrong);
            edit->setStyleSheet(wrong ? QStringLiteral("QDateEdit { border: 1px solid #c62828; }") : QString());
        }
    };
    connect(m_from, &QDateEdit::dateChanged, this, checkDays);
    connect(m_to, &QDateEdit::dateChanged, this, checkDays);
    connect(m_apply, &QPushButton::clicked, this, &TransactionFilterBar::applied);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        clear();
        emit applied();
    });
}

QString TransactionFilterBar::dayOf(const QDateEdit* edit)
{
    return edit->date() == NoDate ? QString() : edit->date().toString(QStringLiteral("yyyy-MM-dd"));
}

TransactionFilter TransactionFilterBar::filter() const
{
    TransactionFilter f;
    f.invoiceStatus = m_invoice->currentData().toString();
    f.dateFrom = dayOf(m_from);
    f.dateTo = dayOf(m_to);
    f.role = m_role->currentData().toString();
    return f;
}

QString TransactionFilterBar::summary() const
{
    QStringList parts;
    if (m_invoice->currentIndex() > 0)
        parts << tr("invoice: %1").arg(m_invoice->currentText());
    if (m_from->date() != NoDate)
        parts << tr("from %1").arg(m_from->text());
    if (m_to->date() != NoDate)
        parts << tr("to %1").arg(m_to->text());
    if (m_role->currentIndex() > 0)
        parts << tr("your role: %1").arg(m_role->currentText());
    return parts.join(QLatin1String(", "));
}

void TransactionFilterBar::clear()
{
    m_invoice->setCurrentIndex(0);
    m_from->setDate(NoDate);
    m_to->setDate(NoDate);
    m_role->setCurrentIndex(0);
}

} // namespace kontor::gui
