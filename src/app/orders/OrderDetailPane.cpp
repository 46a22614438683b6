#include "OrderDetailPane.h"

#include "OrdersTableModel.h"
#include "services/ServiceClient.h"
#include "services/capabilities/CartCapability.h"
#include "services/htk/HtkClient.h"

#include <QDateTime>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace kontor::gui {

namespace {

bool isFlag(const QString& key)
{
    return key.startsWith(QLatin1String("status_")) || key.contains(QLatin1String("express_delivery")) ||
           key == QLatin1String("vat_included") || key == QLatin1String("order_approval") ||
           key == QLatin1String("auth_micropayment");
}

bool isAmount(const QString& key)
{
    return (key.contains(QLatin1String("amount")) || key.contains(QLatin1String("total")) ||
            key.contains(QLatin1String("charges")) || key.contains(QLatin1String("surcharge"))) &&
           !isFlag(key);
}

bool isDate(const QString& key)
{
    return key.endsWith(QLatin1String("date")) || key.startsWith(QLatin1String("date_")) ||
           key == QLatin1String("date_paid");
}

} // namespace

QString OrderDetailPane::groupOf(const QString& key)
{
    if (key.contains(QLatin1String("deliver_address")))
        return tr("Delivery address");
    if (key.contains(QLatin1String("invoice_address")))
        return tr("Invoice address");
    if (key.contains(QLatin1String("payment")) || key.contains(QLatin1String("bank")) ||
        key.contains(QLatin1String("depositor")) || key == QLatin1String("date_paid") ||
        key == QLatin1String("status_paid"))
        return tr("Payment");
    if (isAmount(key) || key.contains(QLatin1String("discount")) || key.startsWith(QLatin1String("vat")))
        return tr("Amounts");
    if (isDate(key))
        return tr("Dates");
    if (isFlag(key))
        return tr("Flags");
    return tr("Order");
}

QString OrderDetailPane::valueText(const QString& key, const QString& value)
{
    const QString v = value.trimmed();
    if (isFlag(key) && (v == QLatin1String("0") || v == QLatin1String("1"))) {
        if (key == QLatin1String("status_paid"))
            return v == QLatin1String("1") ? tr("paid") : tr("not paid");
        return v == QLatin1String("1") ? tr("yes") : tr("no");
    }
    if (isDate(key) || key == QLatin1String("cdate") || key == QLatin1String("mdate"))
        return OrdersTableModel::dateText(v);
    if (isAmount(key))
        return OrdersTableModel::amountText(v, QString());
    return value;
}

OrderDetailPane::OrderDetailPane(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_state(new QLabel(this))
    , m_fieldsBox(new QWidget)
    , m_form(new QFormLayout(m_fieldsBox))
    , m_items(new QStandardItemModel(this))
    , m_itemsView(new QTableView(this))
{
    setObjectName(QStringLiteral("orderDetail"));
    m_title->setObjectName(QStringLiteral("orderDetailTitle"));
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_title->setFont(font);
    m_title->setTextFormat(Qt::PlainText);
    m_state->setObjectName(QStringLiteral("orderDetailState"));
    m_state->setWordWrap(true);
    auto* close = new QToolButton(this);
    close->setObjectName(QStringLiteral("orderDetailClose"));
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Close the order (Esc)"));
    close->setAccessibleName(tr("Close the order"));
    close->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(close, &QToolButton::clicked, this, &OrderDetailPane::closeRequested);

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_fieldsBox);

    m_itemsView->setObjectName(QStringLiteral("orderDetailItems"));
    m_itemsView->setAccessibleName(tr("Items of the order"));
    m_itemsView->setModel(m_items);
    m_itemsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_itemsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_itemsView->verticalHeader()->hide();
    m_itemsView->horizontalHeader()->setStretchLastSection(true);
    m_itemsView->setWordWrap(false);

    auto* head = new QHBoxLayout;
    head->addWidget(m_title, 1);
    head->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->addLayout(head);
    layout->addWidget(m_state);
    layout->addWidget(scroll, 3);
    layout->addWidget(m_itemsView, 2);
    setMinimumWidth(320);
}

void OrderDetailPane::clear()
{
    ++m_generation;
    m_loading = false;
    m_orderId.clear();
    m_shown.clear();
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_items->clear();
    m_title->clear();
    m_state->clear();
}

void OrderDetailPane::showOrder(const Profile& profile, const OrderSummary& order, ServiceClient* client)
{
    clear();
    m_orderId = order.id;
    const QString number = order.number.isEmpty() ? order.id : order.number;
    m_title->setText(tr("Order %1").arg(number));
    // At once what the list knows; the full record follows.
    FieldList known = {{QStringLiteral("status"), profile.statusLabel(order.status)},
                       {QStringLiteral("created"), OrdersTableModel::dateText(order.created)}};
    if (!order.customer.isEmpty())
        known << qMakePair(QStringLiteral("customer"), order.customer);
    if (!order.amount.isEmpty())
        known << qMakePair(QStringLiteral("amount"), order.amount);
    known += order.extra;
    showFields(known);
    showItems(order.items);
    if (!client)
        return;
    const quint64 generation = m_generation;
    if (CartCapability* cart = client->cart()) {
        m_loading = true;
        m_state->setText(tr("Loading the cart…"));
        cart->loadCart(number, this, [this, generation, profile](const Result<Cart>& result) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!result.ok())
                return showProblem(result.error);
            m_state->clear();
            FieldList fields = result.value.fields;
            for (auto& [key, value] : fields) {
                if (key == QLatin1String("order_status"))
                    value = profile.statusLabel(value);
            }
            showFields(fields);
            showItems(result.value.items);
        });
    } else if (auto* htk = qobject_cast<HtkClient*>(client)) {
        m_loading = true;
        m_state->setText(tr("Loading the order…"));
        htk->order(order.id, this, [this, generation](const Result<FieldList>& result) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!result.ok())
                return showProblem(result.error);
            m_state->clear();
            showFields(result.value);
        });
    }
}

void OrderDetailPane::showProblem(const Error& error)
{
    m_state->setText(tr("The full order could not be loaded: %1").arg(error.message));
}

void OrderDetailPane::showFields(const FieldList& fields)
{
    m_shown.clear();
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    // Groups in a fixed order, fields in the service's order within each.
    const QStringList order = {tr("Order"),   tr("Delivery address"), tr("Invoice address"),
                               tr("Payment"), tr("Amounts"),          tr("Dates"),
                               tr("Flags")};
    QMap<QString, FieldList> groups;
    for (const auto& [key, value] : fields) {
        if (value.trimmed().isEmpty())
            continue; // an empty field says nothing
        groups[groupOf(key)].append({key, value});
    }
    for (const QString& group : order) {
        const FieldList members = groups.value(group);
        if (members.isEmpty())
            continue;
        auto* heading = new QLabel(group, m_fieldsBox);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        m_form->addRow(heading);
        for (const auto& [key, value] : members) {
            auto* label = new QLabel(key, m_fieldsBox);
            label->setTextFormat(Qt::PlainText);
            auto* shown = new QLabel(valueText(key, value), m_fieldsBox);
            shown->setTextFormat(Qt::PlainText);
            shown->setWordWrap(true);
            shown->setTextInteractionFlags(Qt::TextSelectableByMouse);
            m_form->addRow(label, shown);
            m_shown.append({group + QLatin1Char('/') + key, shown->text()});
        }
    }
}

void OrderDetailPane::showItems(const QList<CartItem>& items)
{
    m_items->clear();
    m_items->setHorizontalHeaderLabels({tr("Type"), tr("Name"), tr("Quantity"), tr("Amount")});
    for (const CartItem& i : items) {
        QList<QStandardItem*> row;
        row << new QStandardItem(i.typeName.isEmpty() ? i.type : i.typeName) << new QStandardItem(i.name)
            << new QStandardItem(i.quantity) << new QStandardItem(OrdersTableModel::amountText(i.amount, QString()));
        row.last()->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_items->appendRow(row);
    }
    m_itemsView->setVisible(!items.isEmpty());
    m_itemsView->resizeColumnsToContents();
}

} // namespace kontor::gui
