#include "codec/Lenient.h"

#include "net/HttpTypes.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>
#include <limits>
#include <vector>

namespace kontor::codec {

namespace {

// Builds the DOM like nlohmann's own SAX DOM parser, with two differences: floats keep their text, and
// nesting is capped so that a hostile answer of a million '[' cannot exhaust memory or the stack later on.
class DomBuilder
{
public:
    DomBuilder(Json& root, int maxDepth)
        : m_root(root)
        , m_maxDepth(maxDepth)
    {}

    bool null() { return put(Json(nullptr)) != nullptr; }
    bool boolean(bool v) { return put(Json(v)) != nullptr; }
    bool number_integer(Json::number_integer_t v) { return put(Json(v)) != nullptr; }
    bool number_unsigned(Json::number_unsigned_t v) { return put(Json(v)) != nullptr; }
    bool number_float(Json::number_float_t, const Json::string_t& text) { return put(Json(text)) != nullptr; }
    bool string(Json::string_t& v) { return put(Json(std::move(v))) != nullptr; }
    bool binary(Json::binary_t&) { return false; } // JSON text has no binary values

    bool start_object(std::size_t) { return open(Json::object()); }
    bool key(Json::string_t& k)
    {
        m_key = std::move(k);
        return true;
    }
    bool end_object() { return close(); }
    bool start_array(std::size_t) { return open(Json::array()); }
    bool end_array() { return close(); }

    bool parse_error(std::size_t position, const std::string&, const Json::exception& ex)
    {
        m_errorPosition = position;
        m_errorText = QString::fromUtf8(ex.what());
        return false;
    }

    bool depthExceeded() const { return m_depthExceeded; }
    bool building() const { return !m_stack.empty(); }
    std::size_t errorPosition() const { return m_errorPosition; }
    const QString& errorText() const { return m_errorText; }

private:
    Json* put(Json&& v)
    {
        if (m_stack.empty()) {
            m_root = std::move(v);
            return &m_root;
        }
        Json* top = m_stack.back();
        if (top->is_array()) {
            top->push_back(std::move(v));
            return &top->back();
        }
        // Only the innermost container grows, so the pointers on the stack stay valid.
        Json& slot = (*top)[m_key];
        slot = std::move(v);
        return &slot;
    }

    bool open(Json&& container)
    {
        if (static_cast<int>(m_stack.size()) >= m_maxDepth) {
            m_depthExceeded = true;
            return false;
        }
        Json* p = put(std::move(container));
        m_stack.push_back(p);
        return true;
    }

    bool close()
    {
        if (!m_stack.empty())
            m_stack.pop_back();
        return true;
    }

    Json& m_root;
    int m_maxDepth;
    std::vector<Json*> m_stack;
    std::string m_key;
    bool m_depthExceeded = false;
    std::size_t m_errorPosition = 0;
    QString m_errorText;
};

// Lenient::parseStream's SAX handler: walks the containers the visitor opens, builds the values it takes whole
// with a DomBuilder, and only counts its way through the rest. Nesting is counted over all three alike.
class StreamWalker
{
public:
    StreamWalker(JsonVisitor& visitor, int maxDepth)
        : m_visitor(visitor)
        , m_maxDepth(maxDepth)
        , m_builder(m_value, std::numeric_limits<int>::max())
    {}

    bool null() { return m_mode == Mode::Build ? m_builder.null() : scalar(Json(nullptr), Json::value_t::null); }
    bool boolean(bool v)
    {
        return m_mode == Mode::Build ? m_builder.boolean(v) : scalar(Json(v), Json::value_t::boolean);
    }
    bool number_integer(Json::number_integer_t v)
    {
        return m_mode == Mode::Build ? m_builder.number_integer(v) : scalar(Json(v), Json::value_t::number_integer);
    }
    bool number_unsigned(Json::number_unsigned_t v)
    {
        return m_mode == Mode::Build ? m_builder.number_unsigned(v) : scalar(Json(v), Json::value_t::number_unsigned);
    }
    bool number_float(Json::number_float_t v, const Json::string_t& text)
    {
        return m_mode == Mode::Build ? m_builder.number_float(v, text)
                                     : scalar(Json(text), Json::value_t::number_float);
    }
    bool string(Json::string_t& v)
    {
        return m_mode == Mode::Build ? m_builder.string(v) : scalar(Json(std::move(v)), Json::value_t::string);
    }
    bool binary(Json::binary_t&) { return false; } // JSON text has no binary values

    bool start_object(std::size_t n) { return open(Json::value_t::object, n); }
    bool start_array(std::size_t n) { return open(Json::value_t::array, n); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }
    bool key(Json::string_t& k)
    {
        if (m_mode == Mode::Build)
            return m_builder.key(k);
        if (m_mode == Mode::Walk)
            m_key = std::move(k);
        return true;
    }

    bool parse_error(std::size_t position, const std::string&, const Json::exception& ex)
    {
        m_errorPosition = position;
        m_errorText = QString::fromUtf8(ex.what());
        return false;
    }

    bool depthExceeded() const { return m_depthExceeded; }
    bool stopped() const { return m_stopped; }
    std::size_t errorPosition() const { return m_errorPosition; }
    const QString& errorText() const { return m_errorText; }

private:
    enum class Mode { Walk, Build, Skip };

    int level() const { return static_cast<int>(m_inArray.size()); }
    const std::string& keyHere() const
    {
        static const std::string none;
        return m_inArray.empty() || m_inArray.back() ? none : m_key;
    }
    bool keep(bool goOn)
    {
        m_stopped = m_stopped || !goOn;
        return goOn;
    }

    bool scalar(Json&& v, Json::value_t type)
    {
        if (m_mode == Mode::Skip)
            return true;
        if (m_visitor.begin(level(), keyHere(), type) == JsonVisitor::Step::Skip)
            return true;
        return keep(m_visitor.whole(level(), keyHere(), std::move(v)));
    }

    bool open(Json::value_t type, std::size_t n)
    {
        if (m_depth >= m_maxDepth) {
            m_depthExceeded = true;
            return false;
        }
        ++m_depth;
        switch (m_mode) {
        case Mode::Skip:
            ++m_skipDepth;
            return true;
        case Mode::Build:
            return type == Json::value_t::object ? m_builder.start_object(n) : m_builder.start_array(n);
        case Mode::Walk:
            break;
        }
        switch (m_visitor.begin(level(), keyHere(), type)) {
        case JsonVisitor::Step::Open:
            m_inArray.push_back(type == Json::value_t::array);
            return true;
        case JsonVisitor::Step::Whole:
            m_mode = Mode::Build;
            m_wholeDepth = level();
            m_wholeKey = keyHere();
            return type == Json::value_t::object ? m_builder.start_object(n) : m_builder.start_array(n);
        case JsonVisitor::Step::Skip:
            m_mode = Mode::Skip;
            m_skipDepth = 1;
            return true;
        }
        return false;
    }

    bool close()
    {
        --m_depth;
        switch (m_mode) {
        case Mode::Skip:
            if (--m_skipDepth == 0)
                m_mode = Mode::Walk;
            return true;
        case Mode::Build: {
            m_builder.end_object(); // closes arrays alike
            if (m_builder.building())
                return true;
            m_mode = Mode::Walk;
            Json value = std::move(m_value);
            m_value = Json();
            return keep(m_visitor.whole(m_wholeDepth, m_wholeKey, std::move(value)));
        }
        case Mode::Walk:
            break;
        }
        if (!m_inArray.empty())
            m_inArray.pop_back();
        return keep(m_visitor.end(level()));
    }

    JsonVisitor& m_visitor;
    int m_maxDepth;
    Json m_value; // the value being built whole
    DomBuilder m_builder;
    Mode m_mode = Mode::Walk;
    int m_depth = 0;             // open containers, whatever their mode
    int m_skipDepth = 0;         // open containers of the value being read past
    std::vector<bool> m_inArray; // the opened containers: array or object
    std::string m_key;           // the last member name in an opened object
    int m_wholeDepth = 0;
    std::string m_wholeKey;
    bool m_depthExceeded = false;
    bool m_stopped = false;
    std::size_t m_errorPosition = 0;
    QString m_errorText;
};

bool isBlank(const QByteArray& bytes)
{
    for (char c : bytes) {
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            return false;
    }
    return true;
}

std::optional<qint64> integralValue(double d)
{
    // 2^63 is exactly representable; anything at or beyond it does not fit a qint64.
    if (!std::isfinite(d) || std::trunc(d) != d || std::fabs(d) >= 9223372036854775808.0)
        return std::nullopt;
    return static_cast<qint64>(d);
}

std::optional<double> numberFromText(const QString& text)
{
    bool ok = false;
    const double d = QLocale::c().toDouble(text.trimmed(), &ok);
    if (!ok || !std::isfinite(d))
        return std::nullopt;
    return d;
}

// Empty input or an HTML page: nothing to parse.
std::optional<Error> unreadable(const QByteArray& bytes, const QString& source)
{
    if (isBlank(bytes)) {
        return Error::make(Error::Kind::Malformed,
                           QCoreApplication::translate("kontor::codec::Lenient",
                                                       "%1 sent an empty answer. Try again later; if it keeps "
                                                       "happening, tell the service's support.")
                               .arg(source),
                           QStringLiteral("empty body where JSON was expected"));
    }
    if (net::looksLikeHtml(bytes, {})) {
        return Error::make(
            Error::Kind::Html,
            QCoreApplication::translate(
                "kontor::codec::Lenient",
                "%1 answered with a web page instead of data. The service may be down for maintenance, or the "
                "address in the profile points to its website rather than its interface.")
                .arg(source),
            QStringLiteral("HTML where JSON was expected"));
    }
    return std::nullopt;
}

// Why a SAX parse stopped: nesting, truncation or a syntax error.
Error parseFailure(const QByteArray& bytes, const QString& source, int maxDepth, bool depthExceeded,
                   std::size_t errorPosition, const QString& errorText)
{
    if (depthExceeded) {
        return Error::make(Error::Kind::Malformed,
                           QCoreApplication::translate("kontor::codec::Lenient",
                                                       "%1 sent an answer Kontor cannot read: it is nested too "
                                                       "deeply. If this keeps happening, tell the service's support.")
                               .arg(source),
                           QStringLiteral("JSON nested deeper than %1 levels").arg(maxDepth));
    }
    // The lexer reports one past the last byte when the text simply stopped.
    const bool truncated = errorPosition >= static_cast<std::size_t>(bytes.size());
    if (truncated) {
        return Error::make(Error::Kind::Malformed,
                           QCoreApplication::translate("kontor::codec::Lenient",
                                                       "%1's answer ended too early; it looks cut off. Try again; if "
                                                       "it keeps happening, the connection or the service has "
                                                       "trouble.")
                               .arg(source),
                           QStringLiteral("truncated JSON (%1 bytes): %2").arg(bytes.size()).arg(errorText));
    }
    return Error::make(Error::Kind::Malformed,
                       QCoreApplication::translate("kontor::codec::Lenient",
                                                   "%1 sent an answer that is not valid JSON, so Kontor cannot read "
                                                   "it. If this keeps happening, tell the service's support.")
                           .arg(source),
                       QStringLiteral("invalid JSON: %1").arg(errorText));
}

} // namespace

std::optional<Error> Lenient::parseStream(const QByteArray& bytes, const QString& source, JsonVisitor& visitor,
                                          int maxDepth)
{
    if (std::optional<Error> error = unreadable(bytes, source))
        return error;
    StreamWalker walker(visitor, maxDepth);
    if (Json::sax_parse(bytes.constBegin(), bytes.constEnd(), &walker) || walker.stopped())
        return std::nullopt;
    return parseFailure(bytes, source, maxDepth, walker.depthExceeded(), walker.errorPosition(), walker.errorText());
}

Result<Json> Lenient::parse(const QByteArray& bytes, const QString& source, int maxDepth)
{
    if (std::optional<Error> error = unreadable(bytes, source))
        return Result<Json>::failure(std::move(*error));

    Json root;
    DomBuilder builder(root, maxDepth);
    const bool ok = Json::sax_parse(bytes.constBegin(), bytes.constEnd(), &builder);
    if (ok)
        return Result<Json>::success(std::move(root));
    return Result<Json>::failure(
        parseFailure(bytes, source, maxDepth, builder.depthExceeded(), builder.errorPosition(), builder.errorText()));
}

const Json* Lenient::field(const Json& object, std::string_view key)
{
    if (!object.is_object())
        return nullptr;
    const auto it = object.find(std::string(key));
    return it == object.end() ? nullptr : &*it;
}

bool Lenient::has(const Json& object, std::string_view key)
{
    const Json* v = field(object, key);
    return v && !v->is_null();
}

QString Lenient::toString(const Json* value)
{
    if (!value)
        return {};
    switch (value->type()) {
    case Json::value_t::null:
    case Json::value_t::discarded:
        return {};
    case Json::value_t::string:
        return QString::fromStdString(*value->get_ptr<const Json::string_t*>());
    case Json::value_t::boolean:
        return *value->get_ptr<const Json::boolean_t*>() ? QStringLiteral("true") : QStringLiteral("false");
    case Json::value_t::number_integer:
        return QString::number(*value->get_ptr<const Json::number_integer_t*>());
    case Json::value_t::number_unsigned:
        return QString::number(*value->get_ptr<const Json::number_unsigned_t*>());
    case Json::value_t::number_float:
    case Json::value_t::object:
    case Json::value_t::array:
    case Json::value_t::binary:
        return QString::fromUtf8(dump(*value));
    }
    return {};
}

std::optional<qint64> Lenient::toInteger(const Json* value)
{
    if (!value)
        return std::nullopt;
    // By type, not by get_ptr: nlohmann counts an unsigned number as an integer too.
    switch (value->type()) {
    case Json::value_t::number_integer:
        return *value->get_ptr<const Json::number_integer_t*>();
    case Json::value_t::number_unsigned: {
        const auto u = *value->get_ptr<const Json::number_unsigned_t*>();
        if (u > static_cast<Json::number_unsigned_t>(std::numeric_limits<qint64>::max()))
            return std::nullopt;
        return static_cast<qint64>(u);
    }
    case Json::value_t::number_float:
        return integralValue(*value->get_ptr<const Json::number_float_t*>());
    case Json::value_t::string: {
        const QString text = QString::fromStdString(*value->get_ptr<const Json::string_t*>()).trimmed();
        bool ok = false;
        const qint64 v = text.toLongLong(&ok);
        if (ok)
            return v;
        if (const auto d = numberFromText(text))
            return integralValue(*d);
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

std::optional<double> Lenient::toNumber(const Json* value)
{
    if (!value)
        return std::nullopt;
    switch (value->type()) {
    case Json::value_t::number_integer:
        return static_cast<double>(*value->get_ptr<const Json::number_integer_t*>());
    case Json::value_t::number_unsigned:
        return static_cast<double>(*value->get_ptr<const Json::number_unsigned_t*>());
    case Json::value_t::number_float: {
        const double d = *value->get_ptr<const Json::number_float_t*>();
        return std::isfinite(d) ? std::optional<double>(d) : std::nullopt;
    }
    case Json::value_t::string:
        return numberFromText(QString::fromStdString(*value->get_ptr<const Json::string_t*>()));
    default:
        return std::nullopt;
    }
}

std::optional<bool> Lenient::toFlag(const Json* value)
{
    if (!value)
        return std::nullopt;
    if (const auto* b = value->get_ptr<const Json::boolean_t*>())
        return *b;
    if (value->is_number()) {
        const auto d = toNumber(value);
        return d ? std::optional<bool>(*d != 0.0) : std::nullopt;
    }
    if (const auto* s = value->get_ptr<const Json::string_t*>()) {
        const QString text = QString::fromStdString(*s).trimmed().toLower();
        static const QStringList yes = {QStringLiteral("1"),  QStringLiteral("true"), QStringLiteral("yes"),
                                        QStringLiteral("y"),  QStringLiteral("on"),   QStringLiteral("ja"),
                                        QStringLiteral("да"), QStringLiteral("igen")};
        static const QStringList no = {QStringLiteral("0"),   QStringLiteral("false"), QStringLiteral("no"),
                                       QStringLiteral("n"),   QStringLiteral("off"),   QStringLiteral("nein"),
                                       QStringLiteral("нет"), QStringLiteral("nem")};
        if (yes.contains(text))
            return true;
        if (no.contains(text))
            return false;
        if (const auto d = numberFromText(text))
            return *d != 0.0;
    }
    return std::nullopt;
}

QStringList Lenient::texts(const Json* value)
{
    QStringList out;
    if (!value || value->is_null())
        return out;
    const auto add = [&out](const Json* v) {
        const QString text = toString(v).trimmed();
        if (!text.isEmpty())
            out << text;
    };
    if (value->is_array() || value->is_object()) {
        for (const Json& v : *value)
            add(&v);
    } else {
        add(value);
    }
    return out;
}

FieldList Lenient::fields(const Json& object, const QStringList& skip)
{
    FieldList out;
    if (!object.is_object())
        return out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = QString::fromStdString(it.key());
        if (skip.contains(key))
            continue;
        out.append({key, toString(&it.value())});
    }
    return out;
}

QByteArray Lenient::dump(const Json& value)
{
    const std::string text = value.dump(-1, ' ', false, Json::error_handler_t::replace);
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}

Error Lenient::shapeError(const QString& source, const QString& detail)
{
    return Error::make(Error::Kind::Malformed,
                       QCoreApplication::translate(
                           "kontor::codec::Lenient",
                           "%1 sent an answer in a form Kontor does not expect, so it cannot be shown. If this "
                           "keeps happening, tell the service's support.")
                           .arg(source),
                       detail);
}

} // namespace kontor::codec
