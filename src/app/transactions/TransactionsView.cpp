#include "TransactionsView.h"

#include "StatusBadgeDelegate.h"
#include "TransactionFilterBar.h"
#include "TransactionsTableModel.h"
#include "services/ServiceClient.h"
#include "services/capabilities/TransactionsCapability.h"

#include <QDateTime>
#include <QFontMetrics>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace kontor::gui {

namespace {

// The invoice's state with a colour that means something: green when invoiced, amber while not, red on error.
class InvoiceBadgeDelegate : public StatusBadgeDelegate
{
public:
    using StatusBadgeDelegate::StatusBadgeDelegate;

protected:
    QColor fillFor(const QModelIndex& index, const QPalette& palette) const override
    {
        const QString status = index.data(TransactionsTableModel::InvoiceStatusRole).toString();
        const int hue = status == QLatin1String("invoiced")     ? 120
                        : status == QLatin1String("uninvoiced") ? 40
                        : status == QLatin1String("error")      ? 0
                                                                : -1;
        if (hue < 0)
            return StatusBadgeDelegate::fillFor(index, palette);
        const bool dark = palette.color(QPalette::Base).lightness() < 128;
        return dark ? QColor::fromHsl(hue, 90, 70) : QColor::fromHsl(hue, 160, 215);
    }
};

} // namespace

TransactionsView::TransactionsView(ClientRegistry* clients, QWidget* parent)
    : TransactionsView(clients, new TransactionsTableModel, parent)
{}

TransactionsView::TransactionsView(ClientRegistry* clients, TransactionsTableModel* model, QWidget* parent)
    : RecordsView(clients, model,
                  {tr("Loading transactions…"), tr("No transactions"), tr("The transactions could not be loaded"),
                   tr("The transactions could not be loaded."), tr("Search transactions…"),
                   tr("Show only the loaded transactions whose id, supplier, retailer, product names, payment id or "
                      "invoice number contain this text"),
                   tr("Load more transactions"), tr("Transactions"), QStringLiteral("transactions"),
                   tr("transactions")},
                  parent)
    , m_model(model)
    , m_filterBar(new TransactionFilterBar(this))
{
    m_model->setParent(this);
    proxyModel()->setFilterRole(TransactionsTableModel::SearchRole);
    setBarBelowHeader(m_filterBar);
    connect(m_filterBar, &TransactionFilterBar::applied, this, [this] {
        m_filter = m_filterBar->filter();
        m_filterSummary = m_filterBar->summary();
        reload();
    });
    table()->setItemDelegateForColumn(TransactionsTableModel::Invoice,
                                      new InvoiceBadgeDelegate(TransactionsTableModel::InvoiceStatusRole, table()));

    QHeaderView* columns = table()->horizontalHeader();
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(TransactionsTableModel::Products, QHeaderView::Stretch);
    // Wide enough for the words of each state and for a date in this language; the products get the rest.
    const QFontMetrics metrics = table()->fontMetrics();
    const auto widest = [&metrics](const QStringList& texts) {
        int width = 0;
        for (const QString& text : texts)
            width = qMax(width, metrics.horizontalAdvance(text));
        return width;
    };
    const QDateTime sample(QDate(2025, 12, 28), QTime(23, 58));
    table()->setColumnWidth(TransactionsTableModel::Id, 115);
    table()->setColumnWidth(TransactionsTableModel::Date,
                            widest({TransactionsTableModel::dateText(sample),
                                    model->headerData(TransactionsTableModel::Date, Qt::Horizontal).toString()}) +
                                24);
    table()->setColumnWidth(TransactionsTableModel::Supplier, 160);
    table()->setColumnWidth(TransactionsTableModel::Retailer, 160);
    table()->setColumnWidth(TransactionsTableModel::Payment,
                            widest({TransactionsTableModel::paymentStateText(QStringLiteral("paid")),
                                    TransactionsTableModel::paymentStateText(QStringLiteral("unpaid")),
                                    TransactionsTableModel::paymentStateText(QStringLiteral("refunded"))}) +
                                24);
    table()->setColumnWidth(TransactionsTableModel::PaymentId, 95);
    table()->setColumnWidth(TransactionsTableModel::Invoice,
                            widest({TransactionsTableModel::invoiceStateText(QStringLiteral("invoiced")),
                                    TransactionsTableModel::invoiceStateText(QStringLiteral("uninvoiced")),
                                    TransactionsTableModel::invoiceStateText(QStringLiteral("error"))}) +
                                36); // the badge's padding and margins
    table()->setColumnWidth(TransactionsTableModel::InvoiceNumber, 175);
}

QString TransactionsView::titleFor(const Profile& profile) const
{
    return tr("%1 — Transactions").arg(profile.name);
}

QString TransactionsView::statusText(const Profile& profile) const
{
    return tr("Loading transactions from '%1'…").arg(profile.name);
}

QString TransactionsView::emptyText(const Profile& profile) const
{
    if (!m_filterSummary.isEmpty())
        return tr("'%1' has no transactions that match the filters (%2). Clear the filters to see every transaction.")
            .arg(profile.name, m_filterSummary);
    return tr("'%1' has no marketplace transactions yet.").arg(profile.name);
}

QString TransactionsView::countText(int shown, int total) const
{
    if (shown == total)
        return tr("Transactions shown: %1").arg(total);
    return tr("Transactions matching the search: %1 of %2").arg(shown).arg(total);
}

void TransactionsView::clearRows()
{
    m_model->clear();
}

void TransactionsView::fetchPage(ServiceClient* client, bool firstPage, quint64 generation)
{
    TransactionsCapability* transactions = client ? client->transactions() : nullptr;
    if (!transactions) {
        pageFailed(generation, firstPage,
                   Error::make(Error::Kind::Unsupported,
                               tr("Marketplace transactions are listed for Webshippy profiles only.")));
        return;
    }
    if (m_filterProfileId != profile().id) {
        // Another profile: its list starts without the filters chosen for the one before.
        m_filterProfileId = profile().id;
        m_filterBar->clear();
        m_filter = TransactionFilter();
        m_filterSummary.clear();
    }
    // The marketplace sends every matching transaction in one answer: there is no further page.
    transactions->listTransactions(m_filter, this, [this, generation](const Result<QList<Transaction>>& r) {
        if (!isCurrent(generation))
            return;
        if (!r.ok()) {
            pageFailed(generation, true, r.error);
            return;
        }
        m_model->setTransactions(r.value);
        pageLoaded(generation, true, true);
    });
}

} // namespace kontor::gui
