#include "services/htk/HtkParser.h"

#include <QCoreApplication>
#include <QDateTime>

namespace kontor {

using codec::Json;
using codec::Lenient;

namespace {

const QString Source = QStringLiteral("OmniSeller");

// The service's lists arrive as JSON arrays, as objects keyed by ID (PHP's associative arrays), or as ""
// when there is nothing to list.
Result<QList<const Json*>> listOf(const Json& data, const char* what)
{
    QList<const Json*> out;
    if (data.is_null() || (data.is_string() && Lenient::toString(&data).trimmed().isEmpty()))
        return Result<QList<const Json*>>::success(out);
    if (!data.is_array() && !data.is_object()) {
        return Result<QList<const Json*>>::failure(
            Lenient::shapeError(Source, QStringLiteral("%1: data is neither a list nor an object").arg(what)));
    }
    for (const Json& v : data) {
        if (!v.is_object()) {
            return Result<QList<const Json*>>::failure(
                Lenient::shapeError(Source, QStringLiteral("%1: an entry is not an object").arg(what)));
        }
        out.append(&v);
    }
    return Result<QList<const Json*>>::success(out);
}

} // namespace

bool HtkParser::blamesToken(const QString& debugMessage)
{
    const QString m = debugMessage.toLower();
    return m.contains(QLatin1String("token")) || m.contains(QLatin1String("expired")) ||
           m.contains(QLatin1String("abgelaufen")) || m.contains(QLatin1String("unauthori")) ||
           m.contains(QLatin1String("not logged in")) || m.contains(QLatin1String("nicht angemeldet"));
}

Result<HtkToken> HtkParser::parseToken(const QByteArray& body)
{
    Result<Json> parsed = Lenient::parse(body, Source);
    if (!parsed.ok())
        return Result<HtkToken>::failure(parsed.error);
    const Json& root = parsed.value;
    if (!root.is_object())
        return Result<HtkToken>::failure(Lenient::shapeError(Source, QStringLiteral("token answer is not an object")));

    const QString status = Lenient::string(root, "status").trimmed();
    if (status.compare(QLatin1String("OK"), Qt::CaseInsensitive) != 0) {
        return Result<HtkToken>::failure(Error::make(
            Error::Kind::Auth,
            QCoreApplication::translate("kontor::HtkParser",
                                        "OmniSeller refused the API user or password. Check them in the profile."),
            QStringLiteral("token request refused: status \"%1\", debugMessage \"%2\"")
                .arg(status, Lenient::string(root, "debugMessage"))));
    }

    HtkToken token;
    const Json* t = Lenient::field(root, "token");
    if (t && t->is_object()) {
        token.token = Lenient::string(*t, "token").trimmed();
        if (const auto left = Lenient::integer(*t, "timeLeft")) {
            token.timeLeftSec = *left;
        } else {
            // No timeLeft: fall back to the two timestamps, which share the server's clock.
            const QString fmt = QStringLiteral("yyyy-MM-dd HH:mm:ss");
            const QDateTime created = QDateTime::fromString(Lenient::string(*t, "creationdate"), fmt);
            const QDateTime expires = QDateTime::fromString(Lenient::string(*t, "expirationdate"), fmt);
            if (created.isValid() && expires.isValid())
                token.timeLeftSec = created.secsTo(expires);
        }
    } else if (t && t->is_string()) {
        token.token = Lenient::toString(t).trimmed();
    }
    if (token.token.isEmpty())
        return Result<HtkToken>::failure(Lenient::shapeError(Source, QStringLiteral("token answer lacks a token")));
    return Result<HtkToken>::success(token);
}

Result<Json> HtkParser::parseEnvelope(const QByteArray& body)
{
    Result<Json> parsed = Lenient::parse(body, Source);
    if (!parsed.ok())
        return parsed;
    const Json& root = parsed.value;
    if (!root.is_object())
        return Result<Json>::failure(Lenient::shapeError(Source, QStringLiteral("answer is not an object")));
    if (!Lenient::has(root, "status"))
        return Result<Json>::failure(Lenient::shapeError(Source, QStringLiteral("answer lacks a status")));

    const QString status = Lenient::string(root, "status").trimmed();
    if (status.compare(QLatin1String("OK"), Qt::CaseInsensitive) != 0) {
        const QString debug = Lenient::string(root, "debugMessage").trimmed();
        const QString detail = QStringLiteral("status \"%1\", debugMessage \"%2\"").arg(status, debug);
        if (blamesToken(debug)) {
            return Result<Json>::failure(Error::make(
                Error::Kind::Auth,
                QCoreApplication::translate(
                    "kontor::HtkParser",
                    "OmniSeller did not accept the sign-in. Check the API user and password in the profile."),
                detail));
        }
        const QString shown = debug.isEmpty() ? status : debug.left(300);
        return Result<Json>::failure(Error::make(
            Error::Kind::Service,
            QCoreApplication::translate(
                "kontor::HtkParser",
                "OmniSeller reported an error: \"%1\". Try again later; if it keeps happening, tell OmniSeller's "
                "support.")
                .arg(shown),
            detail));
    }
    const Json* data = Lenient::field(root, "data");
    return Result<Json>::success(data ? *data : Json());
}

Result<QList<Category>> HtkParser::parseCategories(const QByteArray& body)
{
    Result<Json> env = parseEnvelope(body);
    if (!env.ok())
        return Result<QList<Category>>::failure(env.error);
    Result<QList<const Json*>> rows = listOf(env.value, "categories");
    if (!rows.ok())
        return Result<QList<Category>>::failure(rows.error);

    QList<Category> out;
    out.reserve(rows.value.size());
    for (const Json* row : std::as_const(rows.value)) {
        Category c;
        c.id = Lenient::string(*row, "ID").trimmed();
        if (c.id.isEmpty())
            return Result<QList<Category>>::failure(
                Lenient::shapeError(Source, QStringLiteral("a category lacks its ID")));
        const QString parent = Lenient::string(*row, "ParentID").trimmed();
        c.parentId = parent.compare(QLatin1String("oxrootID"), Qt::CaseInsensitive) == 0 ? QString() : parent;
        c.name = Lenient::string(*row, "Name");
        // Missing means active; a value the flag reader does not know is taken as active too, so that a
        // category is never hidden because of a spelling the document did not foresee.
        c.active = Lenient::flag(*row, "Aktiv").value_or(true);
        out.append(c);
    }
    return Result<QList<Category>>::success(out);
}

Result<QList<OrderSummary>> HtkParser::parseOrderIds(const QByteArray& body)
{
    Result<Json> env = parseEnvelope(body);
    if (!env.ok())
        return Result<QList<OrderSummary>>::failure(env.error);
    Result<QList<const Json*>> rows = listOf(env.value, "order IDs");
    if (!rows.ok())
        return Result<QList<OrderSummary>>::failure(rows.error);

    static const QStringList named = {QStringLiteral("ID"), QStringLiteral("DisplayID"), QStringLiteral("OrderStatus")};
    QList<OrderSummary> out;
    out.reserve(rows.value.size());
    for (const Json* row : std::as_const(rows.value)) {
        OrderSummary o;
        o.id = Lenient::string(*row, "ID").trimmed();
        if (o.id.isEmpty())
            return Result<QList<OrderSummary>>::failure(
                Lenient::shapeError(Source, QStringLiteral("an order lacks its ID")));
        o.number = Lenient::string(*row, "DisplayID");
        o.status = Lenient::string(*row, "OrderStatus");
        o.extra = Lenient::fields(*row, named);
        out.append(o);
    }
    return Result<QList<OrderSummary>>::success(out);
}

Result<FieldList> HtkParser::parseOrder(const QByteArray& body, const QString& id)
{
    Result<Json> env = parseEnvelope(body);
    if (!env.ok())
        return Result<FieldList>::failure(env.error);
    const Json& data = env.value;

    FieldList fields;
    if (data.is_object()) {
        fields = Lenient::fields(data);
    } else if (data.is_array()) {
        const bool several = data.size() > 1;
        int index = 0;
        for (const Json& v : data) {
            ++index;
            const QString prefix = several ? QStringLiteral("%1.").arg(index) : QString();
            if (v.is_object()) {
                for (const auto& [key, value] : Lenient::fields(v))
                    fields.append({prefix + key, value});
            } else {
                fields.append({several ? QString::number(index) : QStringLiteral("data"), Lenient::toString(&v)});
            }
        }
    } else if (!Lenient::toString(&data).trimmed().isEmpty()) {
        fields.append({QStringLiteral("data"), Lenient::toString(&data)});
    }
    if (fields.isEmpty()) {
        return Result<FieldList>::failure(Error::make(
            Error::Kind::NotFound,
            QCoreApplication::translate("kontor::HtkParser", "OmniSeller returned nothing for the order %1.").arg(id),
            QStringLiteral("GetOrder answered without data for %1").arg(id)));
    }
    return Result<FieldList>::success(fields);
}

} // namespace kontor
