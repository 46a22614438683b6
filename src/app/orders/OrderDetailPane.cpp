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

QString OrderDetailPane::labelOf(const QString& key)
{
    // The address parts: the group heading already says which address.
    static const QLatin1String addressPrefixes[] = {QLatin1String("order_deliver_address_"),
                                                    QLatin1String("invoice_address_")};
    for (const QLatin1String& prefix : addressPrefixes) {
        if (!key.startsWith(prefix))
            continue;
        const QString part = key.mid(prefix.size());
        if (part == QLatin1String("company"))
            return tr("Company");
        if (part == QLatin1String("cost_center"))
            return tr("Cost centre");
        if (part == QLatin1String("country"))
            return tr("Country");
        if (part == QLatin1String("country_code"))
            return tr("Country code");
        if (part == QLatin1String("customer_order_number"))
            return tr("Customer's order number");
        if (part == QLatin1String("department"))
            return tr("Department");
        if (part == QLatin1String("email"))
            return tr("E-mail");
        if (part == QLatin1String("fax"))
            return tr("Fax");
        if (part == QLatin1String("firstname"))
            return tr("First name");
        if (part == QLatin1String("lastname"))
            return tr("Last name");
        if (part == QLatin1String("name"))
            return tr("Name");
        if (part == QLatin1String("phone"))
            return tr("Phone");
        if (part == QLatin1String("street"))
            return tr("Street");
        if (part == QLatin1String("title"))
            return tr("Title");
        if (part == QLatin1String("town"))
            return tr("Town");
        if (part == QLatin1String("zip"))
            return tr("Postcode");
        break;
    }
    if (key == QLatin1String("id"))
        return tr("Internal ID");
    if (key == QLatin1String("order_id"))
        return tr("Internal ID");
    if (key == QLatin1String("client_id"))
        return tr("Client");
    if (key == QLatin1String("order_customer_id"))
        return tr("Customer number");
    if (key == QLatin1String("order_customer_user_id"))
        return tr("Customer's user ID");
    if (key == QLatin1String("order_budgetgroup_user_id"))
        return tr("Budget group user");
    if (key == QLatin1String("order_code"))
        return tr("Order number");
    if (key == QLatin1String("order_number"))
        return tr("Order sequence number");
    if (key == QLatin1String("order_desc"))
        return tr("Description");
    if (key == QLatin1String("order_tax_id"))
        return tr("VAT ID");
    if (key == QLatin1String("order_user_name"))
        return tr("Ordered by");
    if (key == QLatin1String("order_delivery_method"))
        return tr("Delivery method");
    if (key == QLatin1String("order_comment"))
        return tr("Comment");
    if (key == QLatin1String("order_language"))
        return tr("Language");
    if (key == QLatin1String("order_status"))
        return tr("Status");
    if (key == QLatin1String("status"))
        return tr("Item status");
    if (key == QLatin1String("invoice_number"))
        return tr("Invoice number");
    if (key == QLatin1String("individual_invoice_number"))
        return tr("Own invoice number");
    if (key == QLatin1String("individual_order_code"))
        return tr("Own order number");
    if (key == QLatin1String("coupon_code"))
        return tr("Coupon code");
    if (key == QLatin1String("cost_center"))
        return tr("Cost centre");
    if (key == QLatin1String("packages"))
        return tr("Packages");
    if (key == QLatin1String("weight"))
        return tr("Weight");
    if (key == QLatin1String("remark"))
        return tr("Remark");
    if (key == QLatin1String("jobname"))
        return tr("Job name");
    if (key == QLatin1String("serviceprovider_id"))
        return tr("Service provider");
    if (key == QLatin1String("serviceprovider_x_id"))
        return tr("Service provider reference");
    if (key == QLatin1String("serviceprovider_status"))
        return tr("Service provider status");
    if (key == QLatin1String("cart_table"))
        return tr("Cart table");
    if (key == QLatin1String("printshop"))
        return tr("Print shop");
    if (key == QLatin1String("approved_by"))
        return tr("Approved by");
    if (key == QLatin1String("approval_email"))
        return tr("Approval e-mail");
    if (key == QLatin1String("order_approval_explaination"))
        return tr("Approval note");
    if (key == QLatin1String("order_budgetgruppe"))
        return tr("Budget group");
    if (key == QLatin1String("order_budged"))
        return tr("Budget");
    if (key == QLatin1String("order_budget_before"))
        return tr("Budget before");
    if (key == QLatin1String("order_budget_booking"))
        return tr("Budget booked");
    if (key == QLatin1String("order_budget_booking_after"))
        return tr("Budget after");
    if (key == QLatin1String("customer"))
        return tr("Customer");
    if (key == QLatin1String("created"))
        return tr("Created");
    if (key == QLatin1String("amount"))
        return tr("Amount");
    if (key == QLatin1String("currency"))
        return tr("Currency");
    if (key == QLatin1String("order_payment_method"))
        return tr("Payment method");
    if (key == QLatin1String("payment_interface"))
        return tr("Payment provider");
    if (key == QLatin1String("order_bank_code"))
        return tr("Bank code");
    if (key == QLatin1String("order_bank_name"))
        return tr("Bank");
    if (key == QLatin1String("order_depositor"))
        return tr("Account holder");
    if (key == QLatin1String("date_paid"))
        return tr("Paid on");
    if (key == QLatin1String("status_paid"))
        return tr("Paid");
    if (key == QLatin1String("auth_micropayment"))
        return tr("Micropayment authorised");
    if (key == QLatin1String("order_total"))
        return tr("Total");
    if (key == QLatin1String("gross_amount"))
        return tr("Gross amount");
    if (key == QLatin1String("net_amount"))
        return tr("Net amount");
    if (key == QLatin1String("vat_amount"))
        return tr("VAT");
    if (key == QLatin1String("shipping_charges"))
        return tr("Shipping charges");
    if (key == QLatin1String("order_express_delivery_surcharge"))
        return tr("Express surcharge");
    if (key == QLatin1String("budgedgroup_discount"))
        return tr("Budget group discount");
    if (key == QLatin1String("budgedgroup_discount_amount"))
        return tr("Budget group discount amount");
    if (key == QLatin1String("vat_included"))
        return tr("VAT included");
    if (key == QLatin1String("s_total"))
        return tr("Total");
    if (key == QLatin1String("s_ntotal"))
        return tr("Net total");
    if (key == QLatin1String("s_vat"))
        return tr("VAT");
    if (key == QLatin1String("cdate"))
        return tr("Created");
    if (key == QLatin1String("mdate"))
        return tr("Last changed");
    if (key == QLatin1String("pdate"))
        return tr("Printed");
    if (key == QLatin1String("sdate"))
        return tr("Shipped");
    if (key == QLatin1String("rdate"))
        return tr("Reminded");
    if (key == QLatin1String("date_of_invoice"))
        return tr("Invoice date");
    if (key == QLatin1String("order_delivery_date"))
        return tr("Delivery date");
    if (key == QLatin1String("order_express_delivery"))
        return tr("Express delivery");
    if (key == QLatin1String("order_approval"))
        return tr("Needs approval");
    if (key == QLatin1String("reorder"))
        return tr("Reorder");
    if (key == QLatin1String("mailing"))
        return tr("Mailing");
    if (key == QLatin1String("send_reminder"))
        return tr("Send reminder");
    if (key == QLatin1String("direct_download"))
        return tr("Direct download");
    if (key == QLatin1String("pdf_download_only"))
        return tr("PDF download only");
    if (key == QLatin1String("do_not_calculate"))
        return tr("Not calculated");
    if (key == QLatin1String("order_type_pdf"))
        return tr("PDF order");
    if (key == QLatin1String("order_type_print_job"))
        return tr("Print job");
    if (key == QLatin1String("show"))
        return tr("Shown");
    return key;
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
            auto* label = new QLabel(labelOf(key), m_fieldsBox);
            label->setTextFormat(Qt::PlainText);
            label->setToolTip(tr("Called %1 by the service").arg(key));
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
