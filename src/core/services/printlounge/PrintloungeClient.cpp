#include "services/printlounge/PrintloungeClient.h"

#include "Logging.h"
#include "net/HttpClient.h"
#include "services/printlounge/PrintloungeParser.h"

namespace kontor {

namespace {

QString ordersPath(const Profile& p)
{
    return p.endpoint(QStringLiteral("printlounge.orders"), QStringLiteral("api/order/"));
}

QString cartPath(const Profile& p)
{
    return p.endpoint(QStringLiteral("printlounge.cart"), QStringLiteral("api/cart/"));
}

QString withSlash(QString path)
{
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    return path;
}

// HttpClient sets the path in decoded form, so QUrl percent-encodes spaces, '?', '#' and '%' itself; only a
// code that would add or climb a path segment must be refused.
bool isPathSegment(const QString& code)
{
    return !code.isEmpty() && !code.contains(QLatin1Char('/')) && !code.contains(QLatin1Char('\\')) &&
           code != QLatin1String(".") && code != QLatin1String("..");
}

} // namespace

PrintloungeClient::PrintloungeClient(const Profile& profile, const QString& secret, QObject* parent)
    : ServiceClient(profile, secret, parent)
{}

QString PrintloungeClient::signInRefusedText() const
{
    return tr("Printlounge refused the user name or password. Check them in the profile; after several wrong tries "
              "the shop locks access for 15 minutes.");
}

std::optional<Error> PrintloungeClient::readErrorBody(const QByteArray& body) const
{
    return PrintloungeParser::parseError(body);
}

Error PrintloungeClient::explainNotFound(Error error, const QString& orderCode) const
{
    if (error.kind == Error::Kind::NotFound && !orderCode.isEmpty()) {
        const QString said = error.message;
        error.message = tr("Printlounge does not know the order %1. Check the order code.").arg(orderCode);
        if (error.detail.contains(QLatin1String("the body says")))
            error.message += QLatin1Char(' ') + said;
    }
    return error;
}

void PrintloungeClient::listOrders(const OrderQuery& query, QObject* context, Callback<OrderPage> done)
{
    PrintloungeOrderFilter filter;
    filter.orderStatus = query.filter(QStringLiteral("orderStatus"));
    filter.status = query.filter(QStringLiteral("status"));
    filter.statusPaid = query.filter(QStringLiteral("statusPaid"));
    listOrders(query, filter, context, std::move(done));
}

void PrintloungeClient::listOrders(const OrderQuery& query, const PrintloungeOrderFilter& filter, QObject* context,
                                   Callback<OrderPage> done)
{
    auto request = net::HttpRequest::get(ordersPath(m_profile));
    request.setExpect(net::Expect::Json);
    if (query.limit > 0)
        request.addQuery(QStringLiteral("limit"), QString::number(query.limit));
    const QString cursor = query.cursor.trimmed();
    if (!cursor.isEmpty())
        request.addQuery(QStringLiteral("lastSeenId"), cursor);
    if (!filter.orderStatus.isEmpty())
        request.addQuery(QStringLiteral("orderStatus"), filter.orderStatus);
    if (!filter.status.isEmpty())
        request.addQuery(QStringLiteral("status"), filter.status);
    if (!filter.statusPaid.isEmpty())
        request.addQuery(QStringLiteral("statusPaid"), filter.statusPaid);

    const Guard guard(context);
    // The rows are parsed on the thread pool: a page read on the way through `orders list --all` or the GUI's
    // listing costs more than the server's work on the next page, which is asked for meanwhile (below).
    auto parse = [this, guard, cursor, done](const QByteArray& body) {
        parseOffThread<QList<OrderSummary>>(body, &PrintloungeParser::parseOrderList,
                                            [guard, cursor, done](const Result<QList<OrderSummary>>& parsed) {
                                                deliver(guard, done, pageOf(parsed, cursor));
                                            });
    };
    send(std::move(request), guard,
         [guard, cursor, done, parse, nextCursorKnown = query.nextCursorKnown](const net::HttpResponse& response,
                                                                               const Error& error) {
             if (!error.ok()) {
                 deliver(guard, done, Result<OrderPage>::failure(error));
                 return;
             }
             if (nextCursorKnown) {
                 bool ok = false;
                 const qint64 previous = cursor.toLongLong(&ok);
                 const std::optional<qint64> next = PrintloungeParser::scanSmallestId(
                     response.body, ok ? std::optional<qint64>(previous) : std::nullopt);
                 // The next page is asked for before this one is parsed, so the server prepares it meanwhile.
                 if (next)
                     nextCursorKnown(QString::number(*next));
             }
             parse(response.body);
         });
}

Result<OrderPage> PrintloungeClient::pageOf(Result<QList<OrderSummary>> rows, const QString& cursor)
{
    if (!rows.ok())
        return Result<OrderPage>::failure(rows.error);
    OrderPage page;
    bool ok = false;
    const qint64 previous = cursor.toLongLong(&ok);
    if (ok) {
        // Only rows past the cursor: a server that ignores lastSeenId sends rows already delivered.
        const qsizetype sent = rows.value.size();
        rows.value.removeIf([previous](const OrderSummary& o) { return o.id.toLongLong() >= previous; });
        if (rows.value.size() < sent)
            qCWarning(lcService) << "printlounge: the page after lastSeenId" << previous << "repeated"
                                 << sent - rows.value.size() << "order(s); they are left out";
    }
    page.orders = std::move(rows.value);
    // A short page is not the end (the server may cap the limit); only an empty one is, and a page that brought
    // nothing new is treated as one: asking again would repeat it for ever.
    page.endReached = page.orders.isEmpty();
    page.nextCursor = page.endReached ? QString() : PrintloungeParser::smallestId(page.orders);
    return Result<OrderPage>::success(std::move(page));
}

bool PrintloungeClient::checkCode(const QString& orderCode, const std::function<void(const Error&)>& fail) const
{
    const QString code = orderCode.trimmed();
    if (code.isEmpty()) {
        fail(Error::make(Error::Kind::InvalidInput, tr("Enter an order code."), QStringLiteral("empty order code")));
        return false;
    }
    if (!isPathSegment(code)) {
        fail(Error::make(Error::Kind::InvalidInput,
                         tr("The order code \"%1\" contains a character that cannot be part of an order code (/ or "
                            "\\).")
                             .arg(code),
                         QStringLiteral("order code with a path separator")));
        return false;
    }
    return true;
}

template <typename T>
void PrintloungeClient::getByCode(const QString& basePath, const QString& orderCode, QObject* context, Callback<T> done,
                                  Result<T> (*parse)(const QByteArray&))
{
    if (!checkCode(orderCode, [&](const Error& e) { deliver(context, done, Result<T>::failure(e)); }))
        return;
    const QString code = orderCode.trimmed();
    auto request = net::HttpRequest::get(withSlash(basePath) + code);
    request.setExpect(net::Expect::Json);
    const Guard guard(context);
    send(std::move(request), guard,
         [this, guard, code, done, parse](const net::HttpResponse& response, const Error& error) {
             if (!error.ok()) {
                 deliver(guard, done, Result<T>::failure(explainNotFound(error, code)));
                 return;
             }
             deliver(guard, done, parse(response.body));
         });
}

void PrintloungeClient::order(const QString& orderCode, QObject* context, Callback<FieldList> done)
{
    getByCode(ordersPath(m_profile), orderCode, context, std::move(done), &PrintloungeParser::parseOrder);
}

void PrintloungeClient::setOrderStatus(const QString& orderCode, const QString& status, QObject* context,
                                       Callback<FieldList> done)
{
    if (!checkCode(orderCode, [&](const Error& e) { deliver(context, done, Result<FieldList>::failure(e)); }))
        return;
    const QString code = orderCode.trimmed();
    const QString value = status.trimmed();
    bool numeric = false;
    const int number = value.toInt(&numeric);
    if (!numeric || number < 0) {
        deliver(
            context, done,
            Result<FieldList>::failure(Error::make(
                Error::Kind::InvalidInput,
                tr("\"%1\" is not a status code. Printlounge's statuses are numbers, such as 61 or 137.").arg(value),
                QStringLiteral("status code not a non-negative integer"))));
        return;
    }
    net::HttpRequest request;
    request.method = m_profile.patchesStatus() ? QByteArray("PATCH") : QByteArray("PUT");
    request.path = withSlash(ordersPath(m_profile)) + code;
    request.setJson(QByteArray(R"({"order_status":")") + QByteArray::number(number) + QByteArray(R"("})"));
    request.setExpect(net::Expect::Json);
    request.setIdempotent(true);
    const Guard guard(context);
    send(std::move(request), guard,
         [this, guard, code, number, done](const net::HttpResponse& response, const Error& error) {
             if (!error.ok()) {
                 deliver(guard, done, Result<FieldList>::failure(explainNotFound(error, code)));
                 return;
             }
             if (response.body.trimmed().isEmpty()) { // 204 No Content: the change is done, nothing to read back
                 deliver(
                     guard, done,
                     Result<FieldList>::success(FieldList{{QStringLiteral("order_code"), code},
                                                          {QStringLiteral("order_status"), QString::number(number)}}));
                 return;
             }
             deliver(guard, done, PrintloungeParser::parseOrder(response.body));
         });
}

void PrintloungeClient::loadCart(const QString& orderCode, QObject* context, Callback<Cart> done)
{
    getByCode(cartPath(m_profile), orderCode, context, std::move(done), &PrintloungeParser::parseCart);
}

void PrintloungeClient::testConnection(QObject* context, Callback<ConnectionInfo> done)
{
    OrderQuery query;
    query.limit = 1;
    const Guard guard(context);
    listOrders(query, this, [guard, done](const Result<OrderPage>& page) {
        if (!page.ok()) {
            deliver(guard, done, Result<ConnectionInfo>::failure(page.error));
            return;
        }
        ConnectionInfo info;
        if (page.value.orders.isEmpty()) {
            info.summary = tr("Signed in to Printlounge; the shop has no orders yet.");
        } else {
            const OrderSummary& newest = page.value.orders.first();
            info.summary = tr("Signed in to Printlounge; the newest order is %1.")
                               .arg(newest.number.isEmpty() ? newest.id : newest.number);
        }
        deliver(guard, done, Result<ConnectionInfo>::success(info));
    });
}

} // namespace kontor
