#include "printlounge/PrintloungeCart.h"

#include "common/FakeData.h"
#include "common/SeededRandom.h"

namespace kontor::sandbox {

using ojson = nlohmann::ordered_json;

const int PrintloungeCart::kDocumentedTypes[20] = {1,  2,  3,  4,  5,  6,  7,  8,  9,  10,
                                                   11, 12, 13, 14, 15, 16, 17, 18, 19, 101};

namespace {

const char* const kZeroDate = "0000-00-00 00:00:00";

std::string s(const QString& text)
{
    return text.toStdString();
}

double amount(qint64 cents)
{
    return static_cast<double>(cents) / 100.0;
}

int vatRate(Lang lang)
{
    return lang == Lang::Hu ? 27 : lang == Lang::Ru ? 20 : 19;
}

struct Line
{
    int type = 1;
    int parent = 0; // index into the lines, +1; 0 for none
    QString text;
    int quantity = 1;
    qint64 grossCents = 0;
};

qint64 signedAmount(int type, SeededRandom& random)
{
    switch (type) {
    case 9:
    case 10:
    case 12:
    case 17:
    case 18:
        return -random.range(100, 2500);
    case 6:
    case 7:
    case 13:
        return 0;
    default:
        return random.range(150, 4900);
    }
}

ojson item(const Line& line, int position, const PrintloungeService::Order& order, const QString& created,
           const QString& modified, int vat, SeededRandom& random)
{
    const int itemId = order.id * 100 + position;
    const qint64 net = (line.grossCents * 100) / (100 + vat);
    ojson i;
    i["id"] = itemId;
    i["client_id"] = 1234;
    i["order_id"] = order.id;
    i["parent_id"] = line.parent > 0 ? order.id * 100 + line.parent : 0;
    i["type"] = line.type;
    i["aid"] = line.type == 1 ? 231000 + random.range(0, 999) : 0;
    i["article_type"] = line.type == 1 ? random.range(1, 30) : 0;
    i["persdata"] = "";
    i["persdata_array"] = "";
    i["additional_fields_array"] = "";
    i["cart_additional_fields_array"] = "";
    i["article_options_remark"] = "";
    i["quantity"] = line.quantity;
    i["quantity_value"] = 1;
    i["remark"] = "";
    i["filename"] = line.type == 1 ? QStringLiteral("druckdaten_%1.pdf").arg(itemId).toStdString() : "";
    i["pdf_filenames"] = "";
    i["cost_center"] = "";
    i["mdate"] = s(modified);
    i["cdate"] = s(created);
    i["rdate"] = kZeroDate;
    i["r_remark"] = "";
    i["r_short"] = "";
    i["r_email"] = "";
    i["s_desc"] = s(line.text);
    i["s_quantity_value"] = line.quantity;
    i["s_cost_center"] = "";
    i["s_total"] = s(FakeData::money(line.grossCents));
    i["s_ntotal"] = amount(net);
    i["s_vat"] = vat;
    i["mailing_count"] = 0;
    i["status"] = order.orderStatus >= 63 ? "done" : "open";
    i["send_reminder"] = 0;
    i["printshop"] = 0;
    i["payment_interface"] = 0;
    i["md5"] = s(random.hex(32));
    i["show"] = 1;
    i["jobname"] = line.type == 1 ? s(QStringLiteral("Auftrag %1-%2").arg(order.id).arg(position)) : "";
    i["premium_interactive_editor"] = 0;
    i["premium_image_upload"] = 0;
    i["page_count"] = line.type == 1 ? random.range(1, 16) : 0;
    i["download_count"] = 0;
    i["article_options"] = "";
    i["pdf_download_only"] = 0;
    i["local_order_workflow_step_id"] = 0;
    i["uploadpath"] = "";
    i["direct_download"] = 0;
    i["cart_addresses_array"] = 0;
    i["serviceprovider_id"] = line.type == 4 ? 7 : 0;
    i["serviceprovider_status"] = "";
    i["order_number"] = order.id - 1000;
    i["do_not_calculate"] = 0;
    i["postage_graduation"] = 0;
    i["ftp_checksum"] = "";
    i["ftp_download"] = 0;
    i["ftp_error"] = 0;
    i["data_id"] = 0;
    i["status_sendmail"] = 1;
    i["reorder"] = 0;
    i["article_reorder"] = 0;
    i["voucher"] = 0;
    i["voucher_id"] = 0;
    i["voucher_array"] = "";
    i["approval_address_id"] = 0;
    i["mailing"] = line.type == 16 ? 1 : 0;
    i["report_group_id"] = 0;
    return i;
}

} // namespace

ojson PrintloungeCart::build(const PrintloungeService::Order& order, quint32 sandboxSeed)
{
    SeededRandom random(order.seed ^ SeededRandom::derive(sandboxSeed, 0xCA27));
    const Lang lang = FakeData::language(random, Lang::De);
    const FakePerson deliver = FakeData::person(random, lang);
    const bool separateInvoice = random.chance(0.3);
    const FakePerson invoice = separateInvoice ? FakeData::person(random, lang) : deliver;
    const int vat = vatRate(lang);
    const QString created = FakeData::dateTime(order.created);
    const QString modified = FakeData::dateTime(order.modified);

    QList<Line> lines;
    const int articles = random.range(1, 3);
    for (int a = 0; a < articles; ++a) {
        const FakeGoods g = FakeData::printProduct(random, lang);
        Line l;
        l.type = 1;
        l.text = g.name;
        static const int kQuantities[] = {100, 250, 500, 1000, 2500, 5000};
        l.quantity = random.pick(kQuantities);
        l.grossCents = g.priceCents * random.range(1, 4);
        lines.append(l);
        if (random.chance(0.25))
            lines.append(Line{5, int(lines.size()), FakeData::cartItemText(5, lang), 1, random.range(300, 1500)});
    }
    const int extra = kDocumentedTypes[order.rank % 20];
    if (extra == 1) {
        const FakeGoods g = FakeData::printProduct(random, lang);
        lines.append(Line{1, 0, g.name, 500, g.priceCents});
    } else {
        const bool needsParent = extra == 5 || extra == 15 || extra == 12;
        lines.append(
            Line{extra, needsParent ? 1 : 0, FakeData::cartItemText(extra, lang), 1, signedAmount(extra, random)});
    }
    if (order.rank % 11 == 5)
        lines.append(Line{kUndocumentedType, 0, QStringLiteral("Sonderposition (intern)"), 1, random.range(100, 900)});
    static const int kShipping[] = {499, 590, 999, 1490};
    const qint64 shipping = random.pick(kShipping);
    lines.append(Line{2, 0, FakeData::cartItemText(2, lang), 1, shipping});
    if (random.chance(0.3))
        lines.append(Line{11, 0, FakeData::cartItemText(11, lang), 1, 0});

    qint64 gross = 0;
    for (const Line& l : lines)
        gross += l.grossCents;
    const qint64 net = gross * 100 / (100 + vat);

    const bool paid = order.statusPaid != 0;
    const bool printed = order.orderStatus >= 62;
    const bool shipped = order.orderStatus >= 63;
    ojson c;
    c["id"] = order.id;
    c["client_id"] = 1234;
    c["order_customer_id"] = 3000 + random.range(0, 999);
    c["order_budgetgroup_user_id"] = random.chance(0.2) ? 564000 + random.range(0, 999) : 0;
    c["order_budgetgruppe"] = random.chance(0.2) ? "Marketing" : "";
    c["order_code"] = s(PrintloungeService::orderCode(order));
    c["order_number"] = order.id - 1000;
    c["order_desc"] = s(FakeData::comment(random, lang));
    c["order_total"] = amount(gross);
    c["order_deliver_address_company"] = s(deliver.company);
    c["order_deliver_address_company2"] = "";
    c["order_deliver_address_name"] = s(deliver.fullName);
    c["order_deliver_address_firstname"] = s(deliver.first);
    c["order_deliver_address_lastname"] = s(deliver.last);
    c["order_deliver_address_title"] = s(deliver.title);
    c["order_deliver_address_street"] = s(deliver.street);
    c["order_deliver_address_zip"] = deliver.zip.toInt();
    c["order_deliver_address_town"] = s(deliver.town);
    c["order_deliver_address_country_code"] = s(deliver.countryCode);
    c["order_deliver_address_email"] = s(deliver.email);
    c["order_deliver_address_email2"] = "";
    c["order_payment_method"] = random.range(0, 3);
    c["order_deliver_address_department"] = random.chance(0.3) ? "Einkauf" : "";
    c["order_deliver_address_cost_center"] = random.chance(0.3) ? s(QString::number(random.range(1000, 9999))) : "";
    c["order_deliver_address_customer_order_number"] =
        random.chance(0.4) ? s(QStringLiteral("PO-%1").arg(random.range(10000, 99999))) : "";
    c["order_deliver_address_phone"] = s(deliver.phone);
    c["order_deliver_address_fax"] = "";
    c["order_deliver_address_country"] = s(deliver.country);
    c["order_bank_code"] = "";
    c["order_bank_name"] = "";
    c["order_depositor"] = "";
    c["order_tax_id"] =
        random.chance(0.3) ? s(deliver.countryCode + QString::number(random.range(100000000, 999999999))) : "";
    c["invoice_address_company1"] = s(invoice.company);
    c["invoice_address_company2"] = "";
    c["invoice_address_company3"] = "";
    c["invoice_address_title"] = s(invoice.title);
    c["invoice_address_name"] = s(invoice.fullName);
    c["invoice_address_firstname"] = s(invoice.first);
    c["invoice_address_lastname"] = s(invoice.last);
    c["invoice_address_phone"] = s(invoice.phone);
    c["invoice_address_street"] = s(invoice.street);
    c["invoice_address_zip"] = invoice.zip.toInt();
    c["invoice_address_town"] = s(invoice.town);
    c["invoice_address_country"] = s(invoice.country);
    c["invoice_address_country_code"] = s(invoice.countryCode);
    c["order_customer_user_id"] = 984000 + random.range(0, 999);
    c["order_user_name"] = s(deliver.email);
    c["serviceprovider_id"] = 0;
    c["serviceprovider_x_id"] = 0;
    c["serviceprovider_status"] = "";
    c["cart_table"] = 1;
    const bool express = random.chance(0.15);
    c["order_express_delivery"] = express ? 1 : 0;
    c["order_express_delivery_surcharge"] = express ? "15.00" : "0.00";
    c["order_delivery_method"] = lang == Lang::Ru ? "СДЭК" : lang == Lang::Hu ? "GLS" : "DHL";
    c["order_comment"] = s(FakeData::comment(random, lang));
    c["order_budget_before"] = 0.0;
    c["order_budget_booking"] = 0.0;
    c["order_budget_booking_after"] = 0.0;
    c["order_status"] = order.orderStatus;
    c["order_delivery_date"] = s(FakeData::date(order.created + 5 * 86400));
    c["packages"] = shipped ? random.range(1, 3) : 0;
    c["weight"] = random.range(200, 9000);
    c["barcode"] = shipped ? s(QStringLiteral("JJD%1").arg(random.range(10000000, 99999999))) : "";
    c["order_approval"] = "";
    c["approval_email"] = "";
    c["order_approval_explaination"] = "";
    c["pdate"] = printed ? s(FakeData::dateTime(order.created + 86400)) : kZeroDate;
    c["sdate"] = shipped ? s(FakeData::dateTime(order.created + 2 * 86400)) : kZeroDate;
    c["mdate"] = s(modified);
    c["cdate"] = s(created);
    c["status"] = order.status;
    c["status_paid"] = order.statusPaid;
    c["date_paid"] = paid ? s(FakeData::dateTime(order.created + 3600)) : kZeroDate;
    c["status_sendmail"] = 1;
    c["opentrans_status"] = 0;
    c["printshop"] = 0;
    c["order_type_print_job"] = 1;
    c["order_type_pdf"] = 0;
    c["emailing_name"] = "";
    c["emailing_email"] = "";
    c["emailing_additional_text"] = "";
    c["invoice_number"] = paid ? 20250000 + order.id : 0;
    c["individual_order_code"] = "";
    c["individual_order_item_code"] = 0;
    c["individual_invoice_number"] = paid ? s(QStringLiteral("RE-%1").arg(20250000 + order.id)) : "";
    c["individual_order_item_code_invoice"] = 0;
    c["coupon_code"] = 0;
    c["payment_interface"] = 0;
    c["md5_order_consolidation"] = 0;
    c["md5"] = s(random.hex(32));
    c["collective_price_scale"] = 0;
    c["approved_by"] = "";
    c["order_language"] = s(FakeData::languageCode(lang));
    c["order_budged"] = "";
    c["shipping_charges"] = amount(shipping);
    c["vat_amount"] = amount(gross - net);
    c["net_amount"] = amount(net);
    c["gross_amount"] = amount(gross);
    c["auth_micropayment"] = "";
    c["budgedgroup_discount"] = 0;
    c["budgedgroup_discount_amount"] = "";
    c["position_feedback"] = 0;
    c["vat_included"] = vat;
    c["date_of_invoice"] = paid ? s(FakeData::date(order.created + 3600)) : "";
    ojson items = ojson::object();
    for (int i = 0; i < lines.size(); ++i)
        items[std::to_string(i + 1)] = item(lines.at(i), i + 1, order, created, modified, vat, random);
    c["cartItems"] = std::move(items);
    return c;
}

} // namespace kontor::sandbox
