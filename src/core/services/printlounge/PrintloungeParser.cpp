#include "services/printlounge/PrintloungeParser.h"

#include "codec/Lenient.h"
#include "services/printlounge/CartItemType.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>
#include <optional>

namespace kontor {

using codec::Json;
using codec::Lenient;

namespace {

const QString Source = QStringLiteral("Printlounge");

QString yesNo(std::optional<bool> flag)
{
    if (!flag)
        return {};
    return *flag ? QStringLiteral("yes") : QStringLiteral("no");
}

// Texts that repeat on every row of a list (field names, status codes, flags) are kept once per page: each
// row's QString then shares that one copy instead of holding a heap block of its own. 100,000 orders held by
// the GUI or the CLI are about 160 bytes a row smaller for it (bench/orders_paging).
class SharedTexts
{
public:
    QString operator()(const QString& text)
    {
        const auto it = m_texts.constFind(text);
        if (it != m_texts.cend())
            return *it;
        m_texts.insert(text);
        return text;
    }
    // Every name, and the values short enough to be codes; not order codes, dates or names of people.
    void share(FieldList& fields)
    {
        for (auto& [key, value] : fields) {
            key = (*this)(key);
            if (value.size() <= MaxCodeSize)
                value = (*this)(value);
        }
    }
    static constexpr qsizetype MaxCodeSize = 4;

private:
    QSet<QString> m_texts;
};

Result<Json> parseObject(const QByteArray& body, const char* what)
{
    Result<Json> parsed = Lenient::parse(body, Source);
    if (parsed.ok() && !parsed.value.is_object())
        return Result<Json>::failure(Lenient::shapeError(Source, QStringLiteral("%1 is not an object").arg(what)));
    return parsed;
}

CartItem cartItem(const QString& position, const Json& row)
{
    CartItem item;
    item.position = position;
    item.id = Lenient::string(row, "id");
    item.type = Lenient::string(row, "type").trimmed();
    item.typeName = CartItemType::name(item.type);
    QStringList named = {QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("quantity"),
                         QStringLiteral("s_total")};
    // A job name is what a person calls a print item; the short description is the fallback.
    const QString job = Lenient::string(row, "jobname").trimmed();
    if (!job.isEmpty()) {
        item.name = job;
        named << QStringLiteral("jobname");
    } else {
        item.name = Lenient::string(row, "s_desc").trimmed();
        named << QStringLiteral("s_desc");
    }
    item.quantity = Lenient::string(row, "quantity");
    item.amount = Lenient::string(row, "s_total");
    item.extra = Lenient::fields(row, named);
    return item;
}

} // namespace

namespace {

// The order list read value by value (Lenient::parseStream): the array and each order are opened, every member
// of an order is taken whole and goes straight into its OrderSummary, so no DOM of the page is ever built. A
// page is read about twice as fast this way, which matters because `orders list --all` reads thousands of them
// one after another (bench/orders_paging). The result is the same as building the DOM and reading it: members
// in the order sent, a repeated name keeps its place and its last value, nested values as compact JSON text.
class OrderListReader : public codec::JsonVisitor
{
public:
    Step begin(int depth, const std::string&, Json::value_t type) override
    {
        if (depth == 0) {
            if (type == Json::value_t::array)
                return Step::Open;
            m_shape = QStringLiteral("order list is not a JSON array");
            return Step::Skip;
        }
        if (depth == 1) {
            if (type == Json::value_t::object) {
                m_row = OrderSummary();
                m_id.reset();
                m_position = 0;
                return Step::Open;
            }
            m_shape = QStringLiteral("an order list entry is not an object");
            return Step::Skip;
        }
        return Step::Whole;
    }

    bool whole(int depth, const std::string& key, Json&& value) override
    {
        if (depth != 2)
            return m_shape.isEmpty();
        if (key == "id") {
            m_id = Lenient::toInteger(&value);
        } else if (key == "orderCode") {
            m_row.number = Lenient::toString(&value);
        } else if (key == "orderStatus") {
            m_row.status = m_shared(Lenient::toString(&value));
        } else if (key == "statusPaid") {
            m_row.paid = yesNo(Lenient::toFlag(&value));
        } else if (key == "createDate") {
            m_row.created = Lenient::toString(&value);
        } else if (key == "lastModified") {
            m_row.modified = Lenient::toString(&value);
        } else {
            QString text = Lenient::toString(&value);
            if (text.size() <= SharedTexts::MaxCodeSize)
                text = m_shared(text);
            const QString name = nameOf(key);
            for (auto& field : m_row.extra) {
                if (field.first == name) { // a repeated name: the DOM keeps its first place and last value
                    field.second = std::move(text);
                    return true;
                }
            }
            m_row.extra.append({name, std::move(text)});
        }
        return true;
    }

    bool end(int depth) override
    {
        if (depth != 1)
            return true;
        if (!m_id) {
            m_shape = QStringLiteral("an order lacks a numeric id");
            return false;
        }
        m_row.id = QString::number(*m_id); // "1235", 1235 and 1235.0 are the same key
        m_rows.append(std::move(m_row));
        return true;
    }

    QList<OrderSummary> m_rows;
    QString m_shape; // what is wrong with the answer's shape; empty when nothing is

private:
    // Member names as shared QStrings, looked up by place first: every order of a page has the same members in
    // the same order, so the name at a place is almost always the one seen there in the order before.
    QString nameOf(const std::string& key)
    {
        const std::size_t at = m_position++;
        if (at < m_names.size() && m_names[at].first == key)
            return m_names[at].second;
        const QString name = m_shared(QString::fromStdString(key));
        if (at < m_names.size())
            m_names[at] = {key, name};
        else if (at == m_names.size())
            m_names.emplace_back(key, name);
        return name;
    }

    OrderSummary m_row;
    std::optional<qint64> m_id;
    std::size_t m_position = 0; // of the next extra member in the current order
    std::vector<std::pair<std::string, QString>> m_names;
    SharedTexts m_shared;
};

} // namespace

Result<QList<OrderSummary>> PrintloungeParser::parseOrderList(const QByteArray& body)
{
    using R = Result<QList<OrderSummary>>;
    OrderListReader reader;
    const std::optional<Error> error = Lenient::parseStream(body, Source, reader);
    if (!reader.m_shape.isEmpty())
        return R::failure(Lenient::shapeError(Source, reader.m_shape));
    if (error)
        return R::failure(*error);
    return R::success(std::move(reader.m_rows));
}

Result<FieldList> PrintloungeParser::parseOrder(const QByteArray& body)
{
    Result<Json> parsed = parseObject(body, "order");
    if (!parsed.ok())
        return Result<FieldList>::failure(parsed.error);
    return Result<FieldList>::success(Lenient::fields(parsed.value));
}

Result<Cart> PrintloungeParser::parseCart(const QByteArray& body)
{
    Result<Json> parsed = parseObject(body, "cart");
    if (!parsed.ok())
        return Result<Cart>::failure(parsed.error);
    const Json& root = parsed.value;

    Cart cart;
    cart.fields = Lenient::fields(root, {QStringLiteral("cartItems")});

    const Json* items = Lenient::field(root, "cartItems");
    if (!items || items->is_null())
        return Result<Cart>::success(cart);
    if (items->is_object()) {
        struct Keyed
        {
            std::optional<qint64> number;
            QString key;
            const Json* row;
        };
        QList<Keyed> rows;
        for (auto it = items->begin(); it != items->end(); ++it) {
            if (!it.value().is_object())
                return Result<Cart>::failure(
                    Lenient::shapeError(Source, QStringLiteral("a cart item is not an object")));
            const QString key = QString::fromStdString(it.key());
            bool ok = false;
            const qint64 n = key.trimmed().toLongLong(&ok);
            rows.append({ok ? std::optional<qint64>(n) : std::nullopt, key, &it.value()});
        }
        // Numbered keys in number order ("10" after "9"); any other key after them, as sent.
        std::stable_sort(rows.begin(), rows.end(), [](const Keyed& a, const Keyed& b) {
            if (a.number && b.number)
                return *a.number < *b.number;
            return a.number.has_value() && !b.number.has_value();
        });
        for (const Keyed& k : std::as_const(rows))
            cart.items.append(cartItem(k.key, *k.row));
    } else if (items->is_array()) {
        // PHP sends an empty associative array as [], and a dense one from 0 as a list.
        int position = 0;
        for (const Json& row : *items) {
            if (!row.is_object())
                return Result<Cart>::failure(
                    Lenient::shapeError(Source, QStringLiteral("a cart item is not an object")));
            cart.items.append(cartItem(QString::number(++position), row));
        }
    } else {
        return Result<Cart>::failure(
            Lenient::shapeError(Source, QStringLiteral("cartItems is neither an object nor a list")));
    }
    return Result<Cart>::success(cart);
}

std::optional<Error> PrintloungeParser::parseError(const QByteArray& body)
{
    const Result<Json> parsed = Lenient::parse(body, Source);
    if (!parsed.ok() || !parsed.value.is_object())
        return std::nullopt;
    QStringList said;
    // REST errors put the sentence for people in one of these; a bare reason phrase ("Bad Request") only
    // when nothing better is there.
    for (const char* key : {"message", "errors", "detail", "title", "error"}) {
        said = Lenient::texts(Lenient::field(parsed.value, key));
        if (!said.isEmpty())
            break;
    }
    if (said.isEmpty())
        return std::nullopt;
    const QString joined = said.join(QLatin1String("; "));
    return Error::make(
        Error::Kind::Service,
        QCoreApplication::translate("kontor::PrintloungeParser", "Printlounge refused the request: \"%1\".")
            .arg(joined.left(400)),
        QStringLiteral("error body \"%1\"").arg(joined.left(1000)));
}

QString PrintloungeParser::smallestId(const QList<OrderSummary>& orders)
{
    std::optional<qint64> smallest;
    for (const OrderSummary& o : orders) {
        bool ok = false;
        const qint64 id = o.id.toLongLong(&ok);
        if (ok && (!smallest || id < *smallest))
            smallest = id;
    }
    return smallest ? QString::number(*smallest) : QString();
}

namespace {

// A minimal walk over JSON text for scanSmallestId(): strings skipped with their escapes, nesting counted.
class IdScanner
{
public:
    explicit IdScanner(const QByteArray& body)
        : m_p(body.constData())
        , m_end(body.constData() + body.size())
    {}

    std::optional<qint64> smallest(std::optional<qint64> below)
    {
        skipSpace();
        if (!take('['))
            return std::nullopt;
        std::optional<qint64> smallest;
        skipSpace();
        if (take(']'))
            return std::nullopt;
        for (;;) {
            skipSpace();
            if (!take('{'))
                return std::nullopt;
            std::optional<qint64> id;
            skipSpace();
            if (!take('}')) {
                for (;;) {
                    skipSpace();
                    const char* keyStart = m_p + 1;
                    if (!skipString())
                        return std::nullopt;
                    const bool isId = m_p - keyStart == 3 && keyStart[0] == 'i' && keyStart[1] == 'd';
                    skipSpace();
                    if (!take(':'))
                        return std::nullopt;
                    skipSpace();
                    if (isId) {
                        id = integer();
                        if (!id)
                            return std::nullopt; // not a plain integer: the parser's rules apply
                    } else if (!skipValue(0)) {
                        return std::nullopt;
                    }
                    skipSpace();
                    if (take(','))
                        continue;
                    if (take('}'))
                        break;
                    return std::nullopt;
                }
            }
            if (!id)
                return std::nullopt; // the parser refuses an order without an id
            if ((!below || *id < *below) && (!smallest || *id < *smallest))
                smallest = id;
            skipSpace();
            if (take(','))
                continue;
            if (take(']'))
                break;
            return std::nullopt;
        }
        skipSpace();
        return m_p == m_end ? smallest : std::nullopt;
    }

private:
    bool take(char c)
    {
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    // At a '"': past the closing quote. The position after it minus one is the string's end.
    bool skipString()
    {
        if (!take('"'))
            return false;
        while (m_p < m_end) {
            const char c = *m_p++;
            if (c == '\\') {
                if (m_p == m_end)
                    return false;
                ++m_p;
            } else if (c == '"') {
                return true;
            }
        }
        return false;
    }
    // 1234, "1234" (the id as a string) or 1234.0; anything else is left to the parser.
    std::optional<qint64> integer()
    {
        const bool quoted = take('"');
        const char* start = m_p;
        qint64 value = 0;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9') {
            if (m_p - start >= 18)
                return std::nullopt;
            value = value * 10 + (*m_p++ - '0');
        }
        if (m_p == start)
            return std::nullopt;
        if (!quoted && take('.')) {
            while (m_p < m_end && *m_p == '0')
                ++m_p;
        }
        if (quoted && !take('"'))
            return std::nullopt;
        return value;
    }
    bool skipValue(int depth)
    {
        if (depth > 64 || m_p == m_end)
            return false;
        const char c = *m_p;
        if (c == '"')
            return skipString();
        if (c == '{' || c == '[') {
            const char close = c == '{' ? '}' : ']';
            ++m_p;
            skipSpace();
            if (take(close))
                return true;
            for (;;) {
                skipSpace();
                if (c == '{') {
                    if (!skipString())
                        return false;
                    skipSpace();
                    if (!take(':'))
                        return false;
                    skipSpace();
                }
                if (!skipValue(depth + 1))
                    return false;
                skipSpace();
                if (take(','))
                    continue;
                return take(close);
            }
        }
        // A number, true, false or null: up to the next delimiter.
        const char* start = m_p;
        while (m_p < m_end && *m_p != ',' && *m_p != '}' && *m_p != ']' && *m_p != ' ' && *m_p != '\n' &&
               *m_p != '\r' && *m_p != '\t')
            ++m_p;
        return m_p > start;
    }

    const char* m_p;
    const char* m_end;
};

} // namespace

std::optional<qint64> PrintloungeParser::scanSmallestId(const QByteArray& body, std::optional<qint64> below)
{
    return IdScanner(body).smallest(below);
}

} // namespace kontor
