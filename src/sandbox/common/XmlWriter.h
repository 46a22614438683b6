#pragma once
// A minimal, fast XML writer for the services' answers. QXmlStreamWriter cannot write the vendors' empty
// element style "<x />" (virtpos) and is slower for the large order lists; this writer does exactly what
// the simulated services need, indented like the vendor examples.

#include <QByteArray>
#include <QList>
#include <QString>

namespace kontor::sandbox {

class XmlWriter
{
public:
    enum class EmptyStyle { SpaceSlash, Slash }; // "<x />" or "<x/>"

    explicit XmlWriter(EmptyStyle style = EmptyStyle::Slash, QByteArray declaration = "UTF-8");

    void start(const QByteArray& name);
    void end();
    void leaf(const QByteArray& name, const QString& text); // empty text writes an empty element
    void leaf(const QByteArray& name, qint64 number);
    void leafUtf8(const QByteArray& name, const char* utf8, qsizetype size); // empty text: an empty element
    void empty(const QByteArray& name);
    QByteArray finish(); // closes open elements and returns the document
    void reserve(qsizetype bytes) { m_out.reserve(bytes); }
    // Spaces per nesting level (3 by default, as virtpos' example); 0 still starts every element on a line
    // of its own, as document 004's examples do.
    void setIndent(int spaces) { m_indent = spaces; }

    static void appendEscaped(QByteArray& out, const QByteArray& utf8);

private:
    void indent();

    EmptyStyle m_style;
    QByteArray m_out;
    QList<QByteArray> m_open;
    int m_indent = 3;
};

} // namespace kontor::sandbox
