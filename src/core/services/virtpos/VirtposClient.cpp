#include "services/virtpos/VirtposClient.h"

#include "net/HttpClient.h"
#include "services/virtpos/VirtposParser.h"

#include <QPointer>
#include <QSet>
#include <functional>
#include <memory>

namespace kontor {

QString VirtposOrderFilter::key() const
{
    return QStringList{customerId, customerExternalId, dateFrom, dateTo, QString::number(days)}.join(QLatin1Char('\n'));
}

VirtposClient::VirtposClient(const Profile& profile, const QString& secret, QObject* parent)
    : ServiceClient(profile, secret, parent)
{}

QString VirtposClient::signInRefusedText() const
{
    return tr("VirtualPOS did not accept the API key. Check it in the profile.");
}

std::optional<Error> VirtposClient::readErrorBody(const QByteArray& body) const
{
    return VirtposParser::parseRefusal(body, m_profile.format);
}

net::HttpRequest VirtposClient::request(const QString& path) const
{
    auto r = net::HttpRequest::get(path);
    // The key travels in the URL, as the service requires; the Redactor masks `apikey` wherever a URL is shown.
    r.addQuery(QStringLiteral("apikey"), m_http->config().auth.secret);
    r.addQuery(QStringLiteral("format"), formatId(m_profile.format));
    r.setExpect(m_profile.format == WireFormat::Xml ? net::Expect::Xml : net::Expect::Json);
    return r;
}

void VirtposClient::allOrders(const VirtposOrderFilter& filter, QObject* context, Callback<QList<OrderSummary>> done)
{
    auto r = request(m_profile.endpoint(QStringLiteral("virtpos.orders"), QStringLiteral("api/orders")));
    if (!filter.customerId.isEmpty())
        r.addQuery(QStringLiteral("id"), filter.customerId);
    if (!filter.customerExternalId.isEmpty())
        r.addQuery(QStringLiteral("external_id"), filter.customerExternalId);
    if (!filter.dateFrom.isEmpty())
        r.addQuery(QStringLiteral("datefrom"), filter.dateFrom);
    if (!filter.dateTo.isEmpty())
        r.addQuery(QStringLiteral("dateto"), filter.dateTo);
    if (filter.days > 0)
        r.addQuery(QStringLiteral("days"), QString::number(filter.days));

    const Guard guard(context);
    const WireFormat format = m_profile.format;
    send(std::move(r), guard, [guard, format, done](const net::HttpResponse& response, const Error& error) {
        if (!error.ok()) {
            deliver(guard, done, Result<QList<OrderSummary>>::failure(error));
            return;
        }
        deliver(guard, done, VirtposParser::parseOrders(response.body, format));
    });
}

void VirtposClient::listOrders(const OrderQuery& query, QObject* context, Callback<OrderPage> done)
{
    VirtposOrderFilter filter;
    filter.customerId = query.filter(QStringLiteral("id"));
    filter.customerExternalId = query.filter(QStringLiteral("external_id"));
    filter.dateFrom = query.filter(QStringLiteral("datefrom"));
    filter.dateTo = query.filter(QStringLiteral("dateto"));
    filter.days = query.filter(QStringLiteral("days")).toInt();
    if (const std::optional<OrderPage> cached = m_snapshots.page(filter.key(), query)) {
        deliver(context, done, Result<OrderPage>::success(*cached));
        return;
    }
    const Guard guard(context);
    allOrders(filter, this, [this, guard, query, filter, done](const Result<QList<OrderSummary>>& all) {
        if (!all.ok()) {
            deliver(guard, done, Result<OrderPage>::failure(all.error));
            return;
        }
        deliver(guard, done, Result<OrderPage>::success(m_snapshots.store(filter.key(), all.value, query)));
    });
}

void VirtposClient::writeCard(CardWrite write, const DiscountCard& card, QObject* context,
                              Callback<CardWriteResult> done)
{
    const Guard guard(context);
    const QList<DiscountCards::FieldProblem> problems = DiscountCards::validate(card, write);
    if (!problems.isEmpty()) {
        const DiscountCards::FieldProblem& first = problems.first();
        deliver(guard, done,
                Result<CardWriteResult>::failure(
                    Error::make(Error::Kind::InvalidInput, first.message,
                                QStringLiteral("card refused before sending: %1")
                                    .arg(first.field.isEmpty() ? QStringLiteral("key") : first.field))));
        return;
    }
    const FieldList fields = DiscountCards::wireFields(card, write);
    auto r = net::HttpRequest::post(
        m_profile.endpoint(DiscountCards::endpointKey(write), DiscountCards::defaultRoute(write)));
    r.addQuery(QStringLiteral("apikey"), m_http->config().auth.secret);
    r.addQuery(QStringLiteral("format"), formatId(m_profile.format));
    r.setExpect(m_profile.format == WireFormat::Xml ? net::Expect::Xml : net::Expect::Json);
    r.setForm(fields);
    const WireFormat format = m_profile.format;
    send(std::move(r), guard,
         [guard, format, done, fields, write](const net::HttpResponse& response, const Error& error) {
             if (!error.ok()) {
                 deliver(guard, done, Result<CardWriteResult>::failure(error));
                 return;
             }
             const Result<VirtposParser::WriteAnswer> answer = VirtposParser::parseWriteAnswer(response.body, format);
             if (!answer.ok()) {
                 deliver(guard, done, Result<CardWriteResult>::failure(answer.error));
                 return;
             }
             CardWriteResult result;
             result.cardId = answer.value.id;
             result.created = write == CardWrite::Insert || answer.value.isNew;
             result.sent = fields;
             deliver(guard, done, Result<CardWriteResult>::success(result));
         });
}

void VirtposClient::listCustomers(int page, int pageSize, QObject* context, Callback<CustomerPage> done)
{
    auto r = request(Customers::ListRoute);
    r.addQuery(QStringLiteral("page"), QString::number(qMax(1, page)));
    if (pageSize > 0)
        r.addQuery(QStringLiteral("page_size"), QString::number(pageSize));
    const Guard guard(context);
    const WireFormat format = m_profile.format;
    send(std::move(r), guard, [guard, format, done](const net::HttpResponse& response, const Error& error) {
        if (!error.ok()) {
            deliver(guard, done, Result<CustomerPage>::failure(error));
            return;
        }
        deliver(guard, done, VirtposParser::parseCustomers(response.body, format));
    });
}

void VirtposClient::allCustomers(int pageSize, QObject* context, Callback<QList<FieldList>> done)
{
    struct State
    {
        QList<FieldList> customers;
        QSet<QString> ids;
        int page = 1;
    };
    auto state = std::make_shared<State>();
    const QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    // Each request's callback holds the step alive; the step holds only a weak reference to itself, so a
    // listing whose client goes away mid-way leaves nothing behind.
    auto step = std::make_shared<std::function<void()>>();
    const std::weak_ptr<std::function<void()>> weakStep = step;
    *step = [this, state, pageSize, guard, hadContext, done, weakStep] {
        const std::shared_ptr<std::function<void()>> self = weakStep.lock();
        listCustomers(state->page, pageSize, this,
                      [state, guard, hadContext, done, self](const Result<CustomerPage>& r) {
                          if (hadContext && !guard)
                              return;
                          if (!r.ok()) {
                              done(Result<QList<FieldList>>::failure(r.error));
                              return;
                          }
                          bool fresh = false;
                          for (const FieldList& customer : r.value.customers) {
                              const QString id = Customers::field(customer, QStringLiteral("id"));
                              if (!state->ids.contains(id)) {
                                  state->ids.insert(id);
                                  state->customers.append(customer);
                                  fresh = true;
                              }
                          }
                          const bool complete = r.value.total && state->customers.size() >= *r.value.total;
                          if (!fresh || complete) {
                              done(Result<QList<FieldList>>::success(state->customers));
                              return;
                          }
                          ++state->page;
                          (*self)();
                      });
    };
    (*step)();
}

void VirtposClient::updateCustomer(const CustomerUpdate& update, QObject* context,
                                   Callback<VirtposParser::WriteAnswer> done)
{
    const Guard guard(context);
    const QList<FieldProblem> problems = Customers::validate(update);
    if (!problems.isEmpty()) {
        deliver(guard, done,
                Result<VirtposParser::WriteAnswer>::failure(Error::make(
                    Error::Kind::InvalidInput, problems.first().message,
                    QStringLiteral("customer update refused before sending: %1").arg(problems.first().field))));
        return;
    }
    auto r = net::HttpRequest::post(m_profile.endpoint(Customers::UpdateEndpointKey, Customers::UpdateRoute));
    r.addQuery(QStringLiteral("apikey"), m_http->config().auth.secret);
    r.addQuery(QStringLiteral("format"), formatId(m_profile.format));
    r.setExpect(m_profile.format == WireFormat::Xml ? net::Expect::Xml : net::Expect::Json);
    r.setForm(Customers::wireFields(update));
    const WireFormat format = m_profile.format;
    send(std::move(r), guard, [guard, format, done](const net::HttpResponse& response, const Error& error) {
        if (!error.ok()) {
            deliver(guard, done, Result<VirtposParser::WriteAnswer>::failure(error));
            return;
        }
        deliver(guard, done, VirtposParser::parseWriteAnswer(response.body, format));
    });
}

void VirtposClient::testConnection(QObject* context, Callback<ConnectionInfo> done)
{
    VirtposOrderFilter lastDay;
    lastDay.days = 1;
    const Guard guard(context);
    allOrders(lastDay, this, [guard, done](const Result<QList<OrderSummary>>& recent) {
        if (!recent.ok()) {
            deliver(guard, done, Result<ConnectionInfo>::failure(recent.error));
            return;
        }
        ConnectionInfo info;
        info.summary = tr("Signed in to VirtualPOS. Orders of the last day: %1.").arg(recent.value.size());
        deliver(guard, done, Result<ConnectionInfo>::success(info));
    });
}

} // namespace kontor
