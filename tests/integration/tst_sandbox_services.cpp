// kontor-sandbox's four services over real loopback HTTP with a plain QNetworkAccessManager: sign-in,
// paging, both wire formats, the documented quirks and errors, and what the admin counters record.
#include "SandboxTestBase.h"

#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

using namespace kontor::test;

class TstSandboxServices : public SandboxTestBase
{
    Q_OBJECT

    // Every product GetProduct lists under `filters`, page by page.
    QJsonArray allProducts(const QJsonObject& filters)
    {
        QJsonArray out;
        for (int page = 0; page < 100; ++page) {
            const QJsonArray rows =
                wspyJson("GetProduct", {{"page", page}, {"limit", 25}, {"filters", filters}}).value("result").toArray();
            if (rows.isEmpty())
                break;
            for (const QJsonValue& row : rows)
                out.append(row);
        }
        return out;
    }

private slots:
    void initTestCase() { startSandbox(); }
    void cleanup() { clearFaults(); }

    void htkAuthenticatesAndServesData()
    {
        Reply r = htk(*m_sandbox, "Tokenrequest.php",
                      {{"apiuser", user()}, {"apipass", QString::fromUtf8(kontor::test::WrongSecret)}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value("status").toString(), QStringLiteral("ERROR"));
        QCOMPARE(r.object().value("debugMessage").toString(),
                 QStringLiteral("Authentication failed: wrong apiuser or apipass"));

        r = htk(*m_sandbox, "Tokenrequest.php", {{"apiuser", user()}, {"apipass", secret()}});
        QCOMPARE(r.object().value("status").toString(), QStringLiteral("OK"));
        const QJsonObject token = r.object().value("token").toObject();
        QCOMPARE(token.value("timeLeft").toInt(), 900);
        const QString t = token.value("token").toString();
        QVERIFY(!t.isEmpty());

        r = htk(*m_sandbox, "HTKService4.php", {{"token", t}, {"function", "5"}, {"data", ""}});
        const QJsonArray categories = r.object().value("data").toArray();
        QCOMPARE(categories.size(), 20);
        bool numeric = false, boolean = false, root = false, child = false;
        for (const QJsonValue& v : categories) {
            const QJsonObject c = v.toObject();
            numeric |= c.value("Aktiv").isDouble();
            boolean |= c.value("Aktiv").isBool();
            root |= c.value("ParentID").toString() == QLatin1String("oxrootID");
            child |= c.value("ParentID").toString().size() == 32;
        }
        QVERIFY(numeric && boolean && root && child);

        r = htk(*m_sandbox, "HTKService4.php", {{"token", t}, {"function", "12"}, {"data", ""}});
        const QJsonArray ids = r.object().value("data").toArray();
        QCOMPARE(ids.size(), 120);
        const QString id = ids.at(7).toObject().value("ID").toString();
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(id).hasMatch());
        QVERIFY(ids.at(7).toObject().value("DisplayID").isDouble());

        r = htk(*m_sandbox, "HTKService4.php", {{"token", t}, {"function", "11"}, {"data", id}});
        QCOMPARE(r.object().value("status").toString(), QStringLiteral("OK"));
        QCOMPARE(r.object().value("data").toObject().value("ID").toString(), id);
        QVERIFY(!r.object().value("data").toObject().value("Articles").toArray().isEmpty());

        r = htk(*m_sandbox, "HTKService4.php", {{"token", "00000000-0000-0000-0000-000000000000"}, {"function", "12"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value("debugMessage").toString(), QStringLiteral("Token expired"));
        QVERIFY(counters().value("htk").toObject().value("tokenRequests").toInt() >= 2);
    }

    void htkTokenExpires()
    {
        SandboxOptions o = testOptions();
        o.tokenLifetimeSec = 1;
        Sandbox s(o);
        QVERIFY(s.start());
        const QString t = htk(s, "Tokenrequest.php", {{"apiuser", user()}, {"apipass", secret()}})
                              .object()
                              .value("token")
                              .toObject()
                              .value("token")
                              .toString();
        Reply r = htk(s, "HTKService4.php", {{"token", t}, {"function", "12"}});
        QCOMPARE(r.object().value("status").toString(), QStringLiteral("OK"));
        QTest::qWait(1100);
        r = htk(s, "HTKService4.php", {{"token", t}, {"function", "12"}});
        QCOMPARE(r.object().value("status").toString(), QStringLiteral("ERROR"));
        QCOMPARE(r.object().value("debugMessage").toString(), QStringLiteral("Token expired"));
    }

    void printloungeRequiresBasicAuth()
    {
        Reply r = send(at("printlounge", "/api/order/"), "GET");
        QCOMPARE(r.status, 401);
        QVERIFY(r.wwwAuthenticate.startsWith("Basic"));
        QCOMPARE(r.object().value("status").toInt(), 401);
        r = send(at("printlounge", "/api/order/"), "GET", {}, {},
                 basic(user(), QString::fromUtf8(kontor::test::WrongSecret)));
        QCOMPARE(r.status, 401);
        r = printlounge(QStringLiteral("/api/order/?limit=5"));
        QCOMPARE(r.status, 200);
        QVERIFY(!r.array().isEmpty());
    }

    void printloungePagingWalksEveryOrderOnce()
    {
        int shortPages = 0, pages = 0;
        const QList<QJsonObject> all = walkPrintlounge(10, QString(), &shortPages, &pages);
        QCOMPARE(all.size(), 120);
        QSet<int> seen;
        int previous = std::numeric_limits<int>::max();
        for (const QJsonObject& row : all) {
            const int id = row.value("id").toInt();
            QVERIFY(id < previous); // newest first, never repeated
            previous = id;
            seen.insert(id);
            QVERIFY(!row.value("orderCode").toString().isEmpty());
        }
        QCOMPARE(seen.size(), 120);
        QVERIFY2(shortPages > 1, "gaps in the ids must make some pages short");
        QVERIFY(pages > 120 / 10 + 1); // the walk went on past short pages and ended on an empty one

        QVERIFY(printlounge(QStringLiteral("/api/order/?limit=1000")).array().size() <= 25); // pageClamp

        int paidExpected = 0;
        for (const QJsonObject& row : all)
            paidExpected += row.value("statusPaid").toInt() == 1 ? 1 : 0;
        const QList<QJsonObject> paid = walkPrintlounge(10, QStringLiteral("&statusPaid=1"), &shortPages, &pages);
        QCOMPARE(paid.size(), paidExpected);
        for (const QJsonObject& row : paid)
            QCOMPARE(row.value("statusPaid").toInt(), 1);
        QCOMPARE(printlounge(QStringLiteral("/api/order/?limit=abc")).status, 400);
    }

    void printloungeOrderAndStatusChange()
    {
        const QString code =
            printlounge(QStringLiteral("/api/order/?limit=3")).array().first().toObject().value("orderCode").toString();
        const qint64 before = counters().value("printlounge").toObject().value("statusChanges").toInt();
        Reply r = printlounge(QStringLiteral("/api/order/") + code);
        QCOMPARE(r.object().value("order_code").toString(), code);
        QVERIFY(r.object().contains("order_status"));
        QCOMPARE(printlounge(QStringLiteral("/api/order/") + code, "PUT", R"({"order_status":"137"})").status, 200);
        QCOMPARE(printlounge(QStringLiteral("/api/order/") + code).object().value("order_status").toInt(), 137);
        QCOMPARE(printlounge(QStringLiteral("/api/order/") + code, "PATCH", R"({"order_status":61})").status, 200);
        QCOMPARE(printlounge(QStringLiteral("/api/order/") + code).object().value("order_status").toInt(), 61);
        QCOMPARE(printlounge(QStringLiteral("/api/order/") + code, "PUT", R"({"order_status":"x"})").status, 400);
        r = printlounge(QStringLiteral("/api/order/NOPE999"));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.object().value("status").toInt(), 404);
        QCOMPARE(printlounge(QStringLiteral("/api/cart/NOPE999")).status, 404);
        const QJsonObject pl = counters().value("printlounge").toObject();
        QCOMPARE(pl.value("statusChanges").toInt(), before + 2);
        QCOMPARE(pl.value("requests").toObject().value("PUT /api/order/{orderCode}").toObject().value("200").toInt(),
                 1);
    }

    void printloungeCartCarriesAllItemTypes()
    {
        const QStringList headerFields = {"id",
                                          "client_id",
                                          "order_customer_id",
                                          "order_code",
                                          "order_number",
                                          "order_total",
                                          "order_deliver_address_firstname",
                                          "order_deliver_address_lastname",
                                          "order_deliver_address_street",
                                          "order_deliver_address_zip",
                                          "order_deliver_address_town",
                                          "order_deliver_address_country_code",
                                          "invoice_address_name",
                                          "invoice_address_zip",
                                          "order_payment_method",
                                          "order_status",
                                          "status",
                                          "status_paid",
                                          "shipping_charges",
                                          "vat_amount",
                                          "net_amount",
                                          "gross_amount",
                                          "cdate",
                                          "mdate",
                                          "order_language",
                                          "vat_included",
                                          "date_of_invoice",
                                          "cartItems"};
        const QStringList itemFields = {"id",       "order_id", "parent_id",      "type",
                                        "aid",      "quantity", "s_desc",         "s_total",
                                        "s_ntotal", "s_vat",    "report_group_id"};
        QSet<int> types;
        QStringList names;
        // The newest 22 orders: their carts cover every type between them.
        QJsonArray orders;
        QString query = QStringLiteral("/api/order/?limit=25");
        while (orders.size() < 22) {
            const QJsonArray page = printlounge(query).array();
            QVERIFY(!page.isEmpty());
            for (const QJsonValue& v : page)
                orders.append(v);
            query =
                QStringLiteral("/api/order/?limit=25&lastSeenId=%1").arg(page.last().toObject().value("id").toInt());
        }
        for (const QJsonValue& v : orders) {
            const QJsonObject cart =
                printlounge(QStringLiteral("/api/cart/") + v.toObject().value("orderCode").toString()).object();
            for (const QString& f : headerFields)
                QVERIFY2(cart.contains(f), qPrintable(f));
            const QJsonObject items = cart.value("cartItems").toObject();
            QVERIFY(!items.isEmpty());
            for (int i = 1; i <= items.size(); ++i) {
                const QJsonObject item = items.value(QString::number(i)).toObject();
                for (const QString& f : itemFields)
                    QVERIFY2(item.contains(f), qPrintable(f));
                types.insert(item.value("type").toInt());
                names << item.value("s_desc").toString();
            }
        }
        const QList<int> documented = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 101};
        for (int t : documented)
            QVERIFY2(types.contains(t), qPrintable(QString::number(t)));
        QVERIFY(types.contains(42)); // undocumented, must be shown, not dropped
        QCOMPARE(types.size(), documented.size() + 1);
        const QString joined = names.join(QLatin1Char('|'));
        QVERIFY(joined.contains(QRegularExpression(QStringLiteral("[äöüßÄÖÜ]|[а-яё]|[őűáé]"))));
    }

    void virtposAuthInBothFormats()
    {
        const QString wrong = QString::fromUtf8(kontor::test::WrongSecret);
        Reply r = virtpos(QStringLiteral("/api/orders"), {{"apikey", wrong}}, false);
        QCOMPARE(r.status, 403);
        QVERIFY(r.contentType.contains("xml"));
        QVERIFY(r.body.contains("<success>0</success>"));
        QVERIFY(r.body.contains("<info>Access denied: invalid apikey</info>"));
        r = virtpos(QStringLiteral("/api/orders"), {{"apikey", wrong}, {"format", "json"}}, false);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.object().value("success").toInt(), 0);
        QCOMPARE(r.object().value("info").toString(), QStringLiteral("Access denied: invalid apikey"));
        // '+' sent unescaped is a space on the server: the key no longer matches.
        const QByteArray careless = "/api/customer?format=json&apikey=" + secret().toUtf8();
        QCOMPARE(send(QUrl(m_sandbox->url("virtpos").toString() + QString::fromUtf8(careless)), "GET").status, 403);
        // The key as a POST form field.
        r = send(at("virtpos", "/api/customer?format=json"), "POST", form({{"apikey", secret()}, {"page_size", "3"}}),
                 "application/x-www-form-urlencoded");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value("customers").toArray().size(), 3);
    }

    void virtposOrdersXmlQuirkAndJson()
    {
        const Reply xml = virtpos(QStringLiteral("/api/orders"), {});
        QCOMPARE(xml.status, 200);
        QVERIFY(xml.body.contains(" />"));       // the vendor's empty-element style
        QVERIFY(!xml.body.contains("<image/>")); // never the compact form
        const QStringList itemFields = {"item_id",         "item_name", "image", "quantity",
                                        "unit_base_price", "discount",  "amount"};
        QXmlStreamReader reader(xml.body);
        QVERIFY(reader.readNextStartElement() && reader.name() == QLatin1String("root"));
        QList<int> itemsPerOrder;
        QStringList guids;
        QStringList ids;
        while (reader.readNextStartElement()) {
            if (reader.name() == QLatin1String("success")) {
                QCOMPARE(reader.readElementText(), QStringLiteral("1"));
                continue;
            }
            QCOMPARE(reader.name().toString(), QStringLiteral("orders"));
            int itemsElements = 0;
            while (reader.readNextStartElement()) {
                if (reader.name() == QLatin1String("guid")) {
                    guids << reader.readElementText();
                } else if (reader.name() == QLatin1String("id")) {
                    ids << reader.readElementText();
                } else if (reader.name() == QLatin1String("items")) {
                    ++itemsElements;
                    int field = 0;
                    while (reader.readNextStartElement()) {
                        QCOMPARE(reader.name().toString(), itemFields.at(field % 7));
                        reader.skipCurrentElement();
                        ++field;
                    }
                    QCOMPARE(field % 7, 0);
                    itemsPerOrder << field / 7;
                } else {
                    reader.skipCurrentElement();
                }
            }
            QCOMPARE(itemsElements, 1); // ONE <items> per order, holding every item
        }
        QVERIFY(!reader.hasError());
        QCOMPARE(itemsPerOrder.size(), 120);

        const QJsonArray orders =
            virtpos(QStringLiteral("/api/orders"), {{"format", "json"}}).object().value("orders").toArray();
        QCOMPARE(orders.size(), 120);
        const QRegularExpression money(QStringLiteral("^-?\\d+\\.\\d{2}$"));
        for (int i = 0; i < orders.size(); ++i) {
            const QJsonObject o = orders.at(i).toObject();
            QCOMPARE(o.value("guid").toString(), guids.at(i));           // often empty ("" or null), as in the document
            QCOMPARE(QString::number(o.value("id").toInt()), ids.at(i)); // the order's identity
            QCOMPARE(o.value("items").toArray().size(), itemsPerOrder.at(i));
            QVERIFY(money.match(o.value("amount").toString()).hasMatch());
            qint64 sum = 0;
            for (const QJsonValue& item : o.value("items").toArray())
                sum += qRound64(item.toObject().value("amount").toString().toDouble() * 100);
            QCOMPARE(sum, qRound64(o.value("amount").toString().toDouble() * 100));
        }
        const int customer = orders.at(0).toObject().value("customer_id").toInt();
        const QJsonArray mine =
            virtpos(QStringLiteral("/api/orders"), {{"format", "json"}, {"id", QString::number(customer)}})
                .object()
                .value("orders")
                .toArray();
        QVERIFY(!mine.isEmpty());
        for (const QJsonValue& v : mine)
            QCOMPARE(v.toObject().value("customer_id").toInt(), customer);
        const QJsonArray january = virtpos(QStringLiteral("/api/orders"),
                                           {{"format", "json"}, {"datefrom", "20250101"}, {"dateto", "20250131"}})
                                       .object()
                                       .value("orders")
                                       .toArray();
        for (const QJsonValue& v : january)
            QVERIFY(v.toObject().value("created_date").toString().startsWith(QLatin1String("2025-01-")));
        QCOMPARE(virtpos(QStringLiteral("/api/orders"), {{"format", "json"}, {"datefrom", "2025-01-01"}})
                     .object()
                     .value("success")
                     .toInt(),
                 0);
    }

    void virtposCustomersAndCards()
    {
        const QString customers = QStringLiteral("/api/customer");
        QJsonObject r = virtpos(customers, {{"format", "json"}, {"page", "2"}, {"page_size", "10"}}).object();
        QCOMPARE(r.value("total").toInt(), 30);
        QCOMPARE(r.value("customers").toArray().size(), 10);
        QCOMPARE(r.value("customers").toArray().first().toObject().value("id").toInt(), 11);

        r = virtpos(customers + "/update", {{"format", "json"}, {"id", "3"}, {"age", "40"}}).object();
        QCOMPARE(r.value("success").toInt(), 0);
        QVERIFY(r.value("info").toString().contains("age"));
        r = virtpos(customers + "/update", {{"format", "json"}, {"id", "3"}, {"fname", "Jürgen"}}).object();
        QCOMPARE(r.value("success").toInt(), 1);
        QCOMPARE(r.value("isnew").toInt(), 0);
        r = virtpos(customers + "/update", {{"format", "json"}, {"id", "9999"}}).object();
        QCOMPARE(r.value("success").toInt(), 0);
        r = virtpos(customers + "/update",
                    {{"format", "json"}, {"id", "9999"}, {"create_if_not_exist", "1"}, {"lname", "Szűcs"}})
                .object();
        QCOMPARE(r.value("isnew").toInt(), 1);

        r = virtpos(customers + "/insertCard", {{"format", "json"}, {"uid", "4711"}, {"medium", "PLASTIK"}}).object();
        QCOMPARE(r.value("success").toInt(), 0);
        QVERIFY(r.value("info").toString().contains("medium"));
        r = virtpos(customers + "/insertCard", {{"format", "json"}, {"uid", "4711"}, {"status", "LOST"}}).object();
        QCOMPARE(r.value("success").toInt(), 0);
        r = virtpos(customers + "/insertCard",
                    {{"format", "json"}, {"uid", "4711"}, {"medium", "APP"}, {"customer_id", "3"}})
                .object();
        QCOMPARE(r.value("success").toInt(), 1);
        QCOMPARE(r.keys(), QStringList({"id", "isnew", "success"})); // no uid_ean13: Kontor computes it
        const QString cardId = QString::number(r.value("id").toInt());
        r = virtpos(customers + "/updateCard",
                    {{"format", "json"}, {"card_barcode", ean13("4711")}, {"status", "BLOCKED"}})
                .object();
        QCOMPARE(r.value("success").toInt(), 1);
        QCOMPARE(QString::number(r.value("id").toInt()), cardId);
        const Reply xml = virtpos(customers + "/deleteCard", {{"uid", "4711"}});
        QVERIFY(xml.body.contains("<success>1</success>"));
        r = virtpos(customers + "/updateCard", {{"format", "json"}, {"card_id", cardId}, {"status", "ACTIVE"}})
                .object();
        QCOMPARE(r.value("info").toString(), QStringLiteral("Card not found"));
        const QJsonObject vp = counters().value("virtpos").toObject();
        QCOMPARE(vp.value("cardInserts").toInt(), 1);
        QCOMPARE(vp.value("cardDeletes").toInt(), 1);
    }

    void webshippyRejectsWrongKey()
    {
        Reply r = webshippy("GetProduct", "json", R"({"apiKey":"nope","page":0})");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value("status").toString(), QStringLiteral("error"));
        QCOMPARE(r.object().value("message").toArray(), QJsonArray{QStringLiteral("Invalid API key")});
        r = webshippy("GetProduct", "xml", "<request><apiKey>nope</apiKey></request>");
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("<status>error</status>"));
        QVERIFY(r.body.contains("<notagname>Invalid API key</notagname>") && !r.body.contains("<message"));
        // A secret with '+', '/', '=' and non-ASCII survives proper form encoding...
        QCOMPARE(wspyJson("GetProduct", {{"limit", 1}}).value("status").toString(), QStringLiteral("success"));
        // ...and a '+' left unescaped arrives as a space.
        const QByteArray careless =
            "request=" + QJsonDocument(QJsonObject{{"apiKey", secret()}}).toJson(QJsonDocument::Compact);
        r = send(at("webshippy", "/wspyapi/GetProduct/json"), "POST", careless, "application/x-www-form-urlencoded");
        QCOMPARE(r.object().value("message").toArray().first().toString(), QStringLiteral("Invalid API key"));
    }

    void webshippyFormDecodingAndAllStringValues()
    {
        const QString sku = QStringLiteral("kontor+test/sku=1");
        const QString name = QStringLiteral("Tee + Milch / 50=50 Grüße, őszi ű");
        QJsonObject r =
            wspyJson("CreateProduct", {{"product", QJsonObject{{"sku", sku}, {"productName", name}, {"price", 1200}}}});
        QCOMPARE(r.value("message").toArray().first().toString(),
                 QStringLiteral("The product creation was successful"));
        QVERIFY(r.value("wspyId").toInt() > 0);
        r = wspyJson("CreateProduct",
                     {{"product", QJsonObject{{"sku", sku}, {"productName", name}, {"price", "1200.00"}}}});
        QCOMPARE(r.value("message").toArray().first().toString(), QStringLiteral("No changes detected in product"));
        r = wspyJson("CreateProduct", {{"product", QJsonObject{{"sku", sku}, {"lowStock", "many"}}}});
        QCOMPARE(r.value("status").toString(), QStringLiteral("error"));
        r = wspyJson("CreateProduct", {{"product", QJsonObject{{"sku", sku}, {"lowStock", 3}}}});
        QCOMPARE(r.value("message").toArray().first().toString(),
                 QStringLiteral("The product modification was successful"));

        r = wspyJson("GetProduct", {{"filters", QJsonObject{{"sku", sku}}}});
        QCOMPARE(r.value("result").toArray().size(), 1);
        QCOMPARE(r.value("result").toArray().first().toObject().value("productName").toString(), name);

        r = wspyJson("GetProduct", {{"page", "0"}, {"limit", "10"}, {"filters", QJsonObject{{"getAllProduct", true}}}});
        QCOMPARE(r.value("result").toArray().size(), 10); // a filter, not "paging off"
        const QJsonArray all = allProducts(QJsonObject{{"getAllProduct", true}});
        QVERIFY(all.size() > 40);
        for (const QJsonValue& row : all) {
            const QJsonObject p = row.toObject();
            for (auto it = p.begin(); it != p.end(); ++it)
                QVERIFY2(it.value().isString(), qPrintable(it.key()));
        }
        QCOMPARE(wspyJson("GetProduct", {{"page", 1}, {"limit", 7}}).value("result").toArray().size(), 7);

        const Reply xml = webshippy(
            "GetProduct", "xml",
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><request><apiKey>" + secret().toHtmlEscaped().toUtf8() +
                "</apiKey><page>0</page><limit>2</limit><filters><sku></sku></filters></request>");
        QVERIFY(xml.body.contains("<message/>"));
        QCOMPARE(xml.body.count("<elem>"), 2);
    }

    void webshippyLastModError()
    {
        const QString expected =
            QStringLiteral("[field: lastMod]The field must be a valid datetime (eg. yyyy-mm-dd hh:ii:ss)");
        QJsonObject r = wspyJson("GetProduct", {{"filters", QJsonObject{{"lastMod", "2018-01-01"}}}});
        QCOMPARE(r.value("status").toString(), QStringLiteral("error"));
        QCOMPARE(r.value("message").toArray(), QJsonArray{expected});
        const Reply xml = webshippy("GetProduct", "xml",
                                    "<request><apiKey>" + secret().toUtf8() +
                                        "</apiKey><filters><lastMod>yesterday</lastMod></filters></request>");
        QVERIFY(xml.body.contains("<elem>" + expected.toUtf8() + "</elem>"));
        r = wspyJson("GetProduct", {{"filters", QJsonObject{{"lastMod", "2018-01-01 00:00:00"}}}});
        QCOMPARE(r.value("status").toString(), QStringLiteral("success"));
    }

    void webshippyBarcodeLockedAfterReceipt()
    {
        // CreateProduct writes to the API key's store: pick from its own products (no getAllProduct).
        const QJsonArray all = allProducts(QJsonObject());
        QString received, fresh;
        for (const QJsonValue& v : all) {
            const QJsonObject p = v.toObject();
            if (p.value("barcode").toString().isEmpty() || p.value("type").toString() != QLatin1String("product"))
                continue;
            if (p.value("quantity").toString().toInt() > 0 && received.isEmpty())
                received = p.value("sku").toString();
            if (p.value("quantity").toString() == QLatin1String("0") && fresh.isEmpty())
                fresh = p.value("sku").toString();
        }
        QVERIFY(!received.isEmpty() && !fresh.isEmpty());
        QJsonObject r =
            wspyJson("CreateProduct", {{"product", QJsonObject{{"sku", received}, {"barcode", "5990000000001"}}}});
        QCOMPARE(r.value("status").toString(), QStringLiteral("error"));
        QVERIFY(r.value("message").toArray().first().toString().contains("barcode"));
        r = wspyJson("CreateProduct", {{"product", QJsonObject{{"sku", fresh}, {"barcode", "5990000000002"}}}});
        QCOMPARE(r.value("status").toString(), QStringLiteral("success"));

        r = wspyJson("createBundle", {{"bundleSku", "bundle-json-1"},
                                      {"bundleName", "Csomag"},
                                      {"bundlePriceNet", "1000"},
                                      {"products", QJsonArray{QJsonObject{{"productSku", fresh}, {"quantity", "2"}}}}});
        QCOMPARE(r.value("status").toString(), QStringLiteral("success"));
        const Reply xml =
            webshippy("createBundle", "xml",
                      "<request><apiKey>" + secret().toUtf8() +
                          "</apiKey><bundleSKU>bundle-xml-1</bundleSKU><bundleName>Akciós csomag</bundleName>"
                          "<bundlePriceNet>5000</bundlePriceNet><bundleVat>26</bundleVat><products><productSku>" +
                          fresh.toUtf8() + "</productSku><quantity>3</quantity></products></request>");
        QVERIFY2(xml.body.contains("<status>success</status>"), xml.body.constData());
    }

    void webshippyInvoiceUploadResults()
    {
        auto ids = [this](const char* status) {
            QStringList out;
            const QJsonArray list =
                wspyJson("getMarketplaceTransactions", {{"filters", QJsonObject{{"invoiceStatus", status}}}})
                    .value("result")
                    .toArray();
            for (const QJsonValue& v : list)
                out << v.toObject().value("transactionId").toString();
            return out;
        };
        const QStringList open = ids("uninvoiced");
        const QStringList done = ids("invoiced");
        QVERIFY(open.size() >= 4 && !done.isEmpty());
        // Bytes chosen so that the base64 text holds '+', '/' and '=': they must survive the form encoding.
        const QByteArray pdf = QByteArray("%PDF-1.4\n") + QByteArray::fromHex("fbefbeffffff") + "x";
        const QString b64 = QString::fromLatin1(pdf.toBase64());
        QVERIFY(b64.contains('+') && b64.contains('/') && b64.contains('='));
        auto invoice = [&](const QString& tid, const QString& serial, const QString& file) {
            return QJsonObject{{"transactionId", tid}, {"invoiceSerialNumber", serial}, {"fileInput", file}};
        };
        const QJsonObject before = counters().value("webshippy").toObject();
        QJsonObject r = wspyJson(
            "uploadMarketplaceTransactionInvoice",
            {{"invoice", QJsonArray{invoice(open.at(0), "SZ-1", b64), invoice(done.at(0), "SZ-2", b64),
                                    invoice(open.at(1), "SZ-3", "not base64!"), invoice("DSPY0000000", "SZ-4", b64)}}});
        QCOMPARE(r.value("status").toString(), QStringLiteral("error"));
        QCOMPARE(r.value("result").toArray().size(), 4); // every item sent, stored or not
        QCOMPARE(r.value("result").toArray().first().toObject().value("fileInput").toString(), b64);
        QCOMPARE(r.value("result").toArray().at(2).toObject().value("fileInput").toString(),
                 QStringLiteral("not base64!"));
        const QJsonArray messages = r.value("message").toArray();
        QCOMPARE(messages.size(), 3);
        QCOMPARE(messages.at(0).toString(), QStringLiteral("Already existing entity"));
        QCOMPARE(
            messages.at(1).toString(),
            QStringLiteral("Invoice SZ-3 upload failed, due to: [field:fileInput] FileInput field has to be base64"));
        QCOMPARE(messages.at(2).toString(),
                 QStringLiteral("Invoice SZ-4 upload failed, due to: [field:transactionId] Transaction not found"));

        const QJsonObject after = counters().value("webshippy").toObject();
        QCOMPARE(after.value("invoicesStored").toInt(), before.value("invoicesStored").toInt() + 1);
        QCOMPARE(after.value("duplicateUploads").toObject().value(done.at(0)).toInt(), 1);
        QVERIFY(ids("invoiced").contains(open.at(0)));

        const QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><request><apiKey>" + secret().toUtf8() +
                               "</apiKey><invoice><transactionId>" + open.at(2).toUtf8() +
                               "</transactionId><invoiceSerialNumber>SZ-5</invoiceSerialNumber><fileInput>" +
                               b64.toUtf8() + "</fileInput></invoice><invoice><transactionId>" + open.at(3).toUtf8() +
                               "</transactionId><invoiceSerialNumber>SZ-6</invoiceSerialNumber><fileInput>" +
                               b64.toUtf8() + "</fileInput></invoice></request>";
        const Reply x = webshippy("uploadMarketplaceTransactionInvoice", "xml", xml);
        QVERIFY2(x.body.contains("<status>success</status>"), x.body.constData());
        QCOMPARE(x.body.count("<result>"), 2);
        QVERIFY(!x.body.contains("<message")); // no message element on success
        QCOMPARE(counters().value("webshippy").toObject().value("invoicesStored").toInt(),
                 before.value("invoicesStored").toInt() + 3);
    }
};

QTEST_GUILESS_MAIN(TstSandboxServices)
#include "tst_sandbox_services.moc"
