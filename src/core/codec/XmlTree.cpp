#include "codec/XmlTree.h"

#include "net/HttpTypes.h"

#include <QCoreApplication>
#include <QXmlStreamReader>
#include <algorithm>
#include <vector>

namespace kontor::codec {

namespace {

Error malformed(const QString& source, const QString& detail)
{
    return Error::make(
        Error::Kind::Malformed,
        QCoreApplication::translate("kontor::codec::XmlTree",
                                    "%1 sent an answer that is not valid XML, so Kontor cannot read it. If this keeps "
                                    "happening, tell the service's support.")
            .arg(source),
        detail);
}

constexpr qsizetype XmlFeedBytes = 64 * 1024;

bool isBlank(const QString& text)
{
    for (QChar c : text) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

} // namespace

Result<XmlTree> XmlTree::parse(const QByteArray& bytes, const QString& source, int maxDepth)
{
    XmlTree root;
    if (std::optional<Error> error = read(bytes, source, maxDepth, root, nullptr, nullptr))
        return Result<XmlTree>::failure(std::move(*error));
    return Result<XmlTree>::success(std::move(root));
}

std::optional<Error> XmlTree::parseChildren(const QByteArray& bytes, const QString& source, const ChildFilter& wanted,
                                            const ChildSink& take, int maxDepth)
{
    XmlTree root; // its name, attributes and text only: the children go to `take` or nowhere
    return read(bytes, source, maxDepth, root, &wanted, &take);
}

std::optional<Error> XmlTree::read(const QByteArray& bytes, const QString& source, int maxDepth, XmlTree& root,
                                   const ChildFilter* wanted, const ChildSink* take)
{
    if (bytes.trimmed().isEmpty()) {
        return Error::make(Error::Kind::Malformed,
                           QCoreApplication::translate("kontor::codec::XmlTree",
                                                       "%1 sent an empty answer. Try again later; if it keeps "
                                                       "happening, tell the service's support.")
                               .arg(source),
                           QStringLiteral("empty body where XML was expected"));
    }
    if (net::looksLikeHtml(bytes, {})) {
        return Error::make(
            Error::Kind::Html,
            QCoreApplication::translate(
                "kontor::codec::XmlTree",
                "%1 answered with a web page instead of data. The service may be down for maintenance, or the "
                "address in the profile points to its website rather than its interface.")
                .arg(source),
            QStringLiteral("HTML where XML was expected"));
    }

    // Fed in pieces: given the whole array at once, QXmlStreamReader decodes all of it to UTF-16 first (twice
    // the size of a UTF-8 answer, held until the end). Fed piece by piece it decodes as it goes; where a piece
    // ends inside a token it reports PrematureEndOfDocumentError and goes on when the next one is added.
    QXmlStreamReader reader;
    qsizetype fed = 0;
    const auto feed = [&] {
        const qsizetype n = std::min<qsizetype>(XmlFeedBytes, bytes.size() - fed);
        reader.addData(QByteArray::fromRawData(bytes.constData() + fed, n));
        fed += n;
    };
    feed();
    bool haveRoot = false;
    XmlTree child; // parseChildren: the root's child being built
    // The element being filled is always the last child of its parent, so pointers on the stack stay valid:
    // a parent's child list only grows while no deeper element is open. nullptr: an element read past.
    std::vector<XmlTree*> stack;
    std::vector<QString> names;

    for (;;) {
        if (reader.atEnd()) {
            if (reader.error() != QXmlStreamReader::PrematureEndOfDocumentError || fed >= bytes.size())
                break;
            feed();
        }
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement: {
            if (static_cast<int>(stack.size()) >= maxDepth)
                return malformed(source, QStringLiteral("XML nested deeper than %1 levels").arg(maxDepth));
            XmlTree* node = nullptr;
            if (stack.empty()) {
                if (haveRoot)
                    return malformed(source, QStringLiteral("more than one root"));
                haveRoot = true;
                node = &root;
            } else if (wanted && stack.size() == 1) {
                if ((*wanted)(reader.name())) {
                    child = XmlTree();
                    node = &child;
                }
            } else if (stack.back()) {
                stack.back()->m_children.append(XmlTree());
                node = &stack.back()->m_children.last();
            }
            if (node) {
                // Element names repeat on every record: share one QString per distinct name.
                // (Qt 6.4's QHash cannot look a QString key up by QStringView; documents have a few dozen names.)
                const QStringView name = reader.name();
                const auto known =
                    std::find_if(names.cbegin(), names.cend(), [name](const QString& n) { return n == name; });
                if (known != names.cend()) {
                    node->m_name = *known;
                } else {
                    node->m_name = name.toString();
                    names.push_back(node->m_name);
                }
                const QXmlStreamAttributes attrs = reader.attributes();
                for (const QXmlStreamAttribute& a : attrs)
                    node->m_attributes.append({a.qualifiedName().toString(), a.value().toString()});
            }
            stack.push_back(node);
            break;
        }
        case QXmlStreamReader::EndElement:
            if (!stack.empty()) {
                XmlTree* node = stack.back();
                if (node && isBlank(node->m_text))
                    node->m_text.clear();
                stack.pop_back();
                if (node && node == &child && stack.size() == 1)
                    (*take)(std::move(child));
            }
            break;
        case QXmlStreamReader::Characters:
            // Indentation between elements is dropped at once rather than collected and cleared later. The
            // first piece of text is copied at its size (appending to an empty string would round it up).
            if (!stack.empty() && stack.back()) {
                QString& text = stack.back()->m_text;
                if (text.isEmpty()) {
                    if (!reader.isWhitespace())
                        text = reader.text().toString();
                } else {
                    text += reader.text();
                }
            }
            break;
        default:
            break;
        }
    }

    if (reader.hasError()) {
        if (reader.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
            return Error::make(
                Error::Kind::Malformed,
                QCoreApplication::translate(
                    "kontor::codec::XmlTree",
                    "%1's answer ended too early; it looks cut off. Try again; if it keeps happening, the "
                    "connection or the service has trouble.")
                    .arg(source),
                QStringLiteral("truncated XML at line %1: %2").arg(reader.lineNumber()).arg(reader.errorString()));
        }
        return malformed(source, QStringLiteral("invalid XML at line %1, column %2: %3")
                                     .arg(reader.lineNumber())
                                     .arg(reader.columnNumber())
                                     .arg(reader.errorString()));
    }
    if (!haveRoot)
        return malformed(source, QStringLiteral("no root element"));
    return std::nullopt;
}

QString XmlTree::attribute(const QString& name) const
{
    for (const auto& [key, value] : m_attributes) {
        if (key == name)
            return value;
    }
    return {};
}

const XmlTree* XmlTree::child(const QString& name) const
{
    for (const XmlTree& c : m_children) {
        if (c.m_name == name)
            return &c;
    }
    return nullptr;
}

QString XmlTree::childText(const QString& name) const
{
    const XmlTree* c = child(name);
    return c ? c->m_text : QString();
}

QList<const XmlTree*> XmlTree::children(const QString& name) const
{
    QList<const XmlTree*> out;
    for (const XmlTree& c : m_children) {
        if (c.m_name == name)
            out.append(&c);
    }
    return out;
}

} // namespace kontor::codec
