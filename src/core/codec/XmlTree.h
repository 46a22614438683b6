#pragma once
// XmlTree: one XML element with its text, attributes and children, read whole with QXmlStreamReader.
// Meant for the modest answers of the services (a product page, one order); children keep their document
// order, which the virtpos item sequence depends on. Bad XML becomes a Malformed error. A large answer (a whole
// virtpos order list) is read with parseChildren(): one child of the root at a time, never the whole tree.

#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringView>
#include <functional>
#include <optional>

namespace kontor::codec {

class XmlTree
{
public:
    static constexpr int DefaultMaxDepth = 64;

    // Parses a whole document into its root element. `source` names the service in messages. Empty input,
    // syntax errors, truncation and nesting deeper than `maxDepth` give Malformed; an HTML page gives Html.
    static Result<XmlTree> parse(const QByteArray& bytes, const QString& source, int maxDepth = DefaultMaxDepth);

    // Reads a document one child of the root element at a time: each child for which `wanted(name)` is true
    // is built as a tree of its own, handed to `take` as soon as its end tag is read, and not kept; the others
    // are read past without being built. Element names are shared across the children of one document. The
    // whole document is read and checked as parse() does, with the same errors; nullopt when it has none
    // (children taken before an error were still taken: the caller drops what it made of them).
    using ChildFilter = std::function<bool(QStringView name)>;
    using ChildSink = std::function<void(XmlTree&& child)>;
    static std::optional<Error> parseChildren(const QByteArray& bytes, const QString& source, const ChildFilter& wanted,
                                              const ChildSink& take, int maxDepth = DefaultMaxDepth);

    const QString& name() const { return m_name; }
    // The character data directly inside this element; empty when it is only whitespace between children.
    const QString& text() const { return m_text; }
    const QList<QPair<QString, QString>>& attributes() const { return m_attributes; }
    QString attribute(const QString& name) const;
    const QList<XmlTree>& children() const { return m_children; }

    // The first child called `name`, or nullptr.
    const XmlTree* child(const QString& name) const;
    // The text of the first child called `name`, or empty when there is none.
    QString childText(const QString& name) const;
    // Every child called `name`, in document order.
    QList<const XmlTree*> children(const QString& name) const;

    bool isLeaf() const { return m_children.isEmpty(); }

private:
    // parse() (wanted == nullptr: everything into `root`) and parseChildren().
    static std::optional<Error> read(const QByteArray& bytes, const QString& source, int maxDepth, XmlTree& root,
                                     const ChildFilter* wanted, const ChildSink* take);

    QString m_name;
    QString m_text;
    QList<QPair<QString, QString>> m_attributes;
    QList<XmlTree> m_children;
};

} // namespace kontor::codec
