// SPDX-License-Identifier: Apache-2.0
#include "core/api/jsonindent.h"

#include "core/api/jsonscanner.h"

#include <QByteArray>
#include <algorithm>

namespace keystage::codec {

namespace {

constexpr int indentWidth = 4;

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

bool isStructural(QChar c)
{
    return c == u'{' || c == u'}' || c == u'[' || c == u']' || c == u',' || c == u':';
}

// Where the output goes: nowhere but a count on the first pass, into the result (allocated at that
// count) on the second.
class Output
{
public:
    explicit Output(QChar *data = nullptr)
        : m_data(data)
    {}

    void put(QStringView text)
    {
        if (m_data)
            std::copy(text.begin(), text.end(), m_data + m_size);
        m_size += text.size();
    }
    void put(char16_t c) { put(QStringView(&c, 1)); }
    void newLine(int depth)
    {
        put(u'\n');
        const qsizetype spaces = qsizetype(depth) * indentWidth;
        if (m_data)
            std::fill_n(m_data + m_size, spaces, QChar(u' '));
        m_size += spaces;
    }
    qsizetype size() const { return m_size; }

private:
    QChar *m_data;
    qsizetype m_size = 0;
};

// The tokens of a text isJsonContainer() accepted, laid out again. The check before makes this
// simple: strings are closed, every escape is a backslash and one ASCII character, containers
// balance and nest no deeper than JsonScanner::MaxDepth. Iterative, so depth costs no stack.
void layOut(QStringView text, Output &out)
{
    qsizetype pos = 0;
    const qsizetype end = text.size();
    if (pos < end && text[pos] == QChar(0xfeff)) // the byte order mark JsonScanner skipped
        ++pos;
    const auto skipSpace = [&] {
        while (pos < end && isSpace(text[pos]))
            ++pos;
    };
    int depth = 0;
    for (skipSpace(); pos < end; skipSpace()) {
        const QChar c = text[pos];
        const qsizetype start = pos++;
        if (c == u'{' || c == u'[') {
            const char16_t close = c == u'{' ? u'}' : u']';
            skipSpace();
            if (text[pos] == close) { // an empty container stays on its line
                ++pos;
                out.put(c.unicode());
                out.put(close);
            } else {
                out.put(c.unicode());
                out.newLine(++depth);
            }
        } else if (c == u'}' || c == u']') {
            out.newLine(--depth);
            out.put(c.unicode());
        } else if (c == u',') {
            out.put(u',');
            out.newLine(depth);
        } else if (c == u':') {
            out.put(u": ");
        } else if (c == u'"') {
            while (text[pos] != u'"')
                pos += text[pos] == u'\\' ? 2 : 1;
            ++pos;
            out.put(text.sliced(start, pos - start));
        } else { // a number or a literal, as written
            while (pos < end && !isSpace(text[pos]) && !isStructural(text[pos]))
                ++pos;
            out.put(text.sliced(start, pos - start));
        }
    }
}

} // namespace

bool isJsonContainer(QStringView text)
{
    QByteArray utf8 = text.toUtf8();
    JsonScanner scanner(utf8);
    const bool ok = !scanner.failed() && scanner.skip() && scanner.atEnd();
    utf8.fill('\0');
    return ok;
}

std::optional<QString> indentJson(QStringView text)
{
    if (!isJsonContainer(text))
        return std::nullopt;
    Output count;
    layOut(text, count);
    QString result(count.size(), Qt::Uninitialized);
    Output write(result.data());
    layOut(text, write);
    Q_ASSERT(write.size() == result.size());
    return result;
}

} // namespace keystage::codec
