#include "common/XmlWriter.h"

namespace kontor::sandbox {

XmlWriter::XmlWriter(EmptyStyle style, QByteArray declaration)
    : m_style(style)
{
    m_out = "<?xml version=\"1.0\" encoding=\"" + declaration + "\"?>";
}

void XmlWriter::indent()
{
    m_out.append('\n');
    m_out.append(m_open.size() * m_indent, ' ');
}

void XmlWriter::start(const QByteArray& name)
{
    indent();
    m_out += '<';
    m_out += name;
    m_out += '>';
    m_open.append(name);
}

void XmlWriter::end()
{
    if (m_open.isEmpty())
        return;
    const QByteArray name = m_open.takeLast();
    indent();
    m_out += "</";
    m_out += name;
    m_out += '>';
}

void XmlWriter::empty(const QByteArray& name)
{
    indent();
    m_out += '<';
    m_out += name;
    m_out += m_style == EmptyStyle::SpaceSlash ? " />" : "/>";
}

void XmlWriter::leaf(const QByteArray& name, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    leafUtf8(name, utf8.constData(), utf8.size());
}

void XmlWriter::leafUtf8(const QByteArray& name, const char* utf8, qsizetype size)
{
    if (size == 0) {
        empty(name);
        return;
    }
    indent();
    m_out += '<';
    m_out += name;
    m_out += '>';
    appendEscaped(m_out, QByteArray::fromRawData(utf8, size));
    m_out += "</";
    m_out += name;
    m_out += '>';
}

void XmlWriter::leaf(const QByteArray& name, qint64 number)
{
    indent();
    m_out += '<' + name + '>' + QByteArray::number(number) + "</" + name + '>';
}

QByteArray XmlWriter::finish()
{
    while (!m_open.isEmpty())
        end();
    m_out.append('\n');
    return m_out;
}

void XmlWriter::appendEscaped(QByteArray& out, const QByteArray& utf8)
{
    bool plain = true;
    for (char c : utf8) {
        if (c == '&' || c == '<' || c == '>' ||
            (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
            plain = false;
            break;
        }
    }
    if (plain) {
        out.append(utf8);
        return;
    }
    for (char c : utf8) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '\t':
        case '\n':
        case '\r':
            out += c;
            break;
        default:
            // Control characters are not allowed in XML 1.0 at all; drop them rather than emit broken XML.
            if (static_cast<unsigned char>(c) >= 0x20)
                out += c;
        }
    }
}

} // namespace kontor::sandbox
