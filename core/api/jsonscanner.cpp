// SPDX-License-Identifier: Apache-2.0
#include "core/api/jsonscanner.h"

#include <array>
#include <charconv>

namespace keystage::codec {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isContinuation(uchar b)
{
    return (b & 0xc0) == 0x80;
}

// One UTF-8 sequence starting at *pos (not ASCII) under the rules of Qt's UTF-8 decoder: no
// overlong forms, no surrogates, nothing above U+10FFFF, no truncated sequence; noncharacters are
// accepted. Advances *pos past it and returns the code point, or returns 0 for invalid input
// (0 itself is ASCII and never decoded here).
char32_t decodeUtf8(const char **pos, const char *end)
{
    const auto *p = reinterpret_cast<const uchar *>(*pos);
    const auto *e = reinterpret_cast<const uchar *>(end);
    const uchar b = *p;
    int needed;
    char32_t min, code;
    if (b < 0xc2)
        return 0; // a continuation byte, or the lead of an overlong two-byte form
    if (b < 0xe0) {
        needed = 1;
        min = 0x80;
        code = b & 0x1f;
    } else if (b < 0xf0) {
        needed = 2;
        min = 0x800;
        code = b & 0x0f;
    } else if (b < 0xf5) {
        needed = 3;
        min = 0x10000;
        code = b & 0x07;
    } else {
        return 0;
    }
    if (e - p - 1 < needed)
        return 0;
    for (int i = 1; i <= needed; ++i) {
        if (!isContinuation(p[i]))
            return 0;
        code = (code << 6) | (p[i] & 0x3f);
    }
    if (code < min || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff)
        return 0;
    *pos += needed + 1;
    return code;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendCodePoint(QString &out, char32_t code)
{
    if (code > 0xffff) {
        out.append(QChar(QChar::highSurrogate(code)));
        out.append(QChar(QChar::lowSurrogate(code)));
    } else {
        out.append(QChar(char16_t(code)));
    }
}

} // namespace

JsonScanner::JsonScanner(QByteArrayView text)
    : m_pos(text.data())
    , m_end(text.data() + text.size())
{
    // QJsonDocument skips a UTF-8 byte order mark only when something follows it.
    if (text.size() > 3 && text.startsWith("\xef\xbb\xbf"))
        m_pos += 3;
    const Type type = next();
    if (type != Type::Object && type != Type::Array)
        fail();
}

bool JsonScanner::fail()
{
    m_failed = true;
    m_pos = m_end;
    return false;
}

bool JsonScanner::eatSpace()
{
    while (m_pos < m_end && isSpace(*m_pos))
        ++m_pos;
    return m_pos < m_end;
}

JsonScanner::Type JsonScanner::next()
{
    if (m_failed || !eatSpace())
        return fail(), Type::Invalid;
    switch (*m_pos) {
    case '{':
        return Type::Object;
    case '[':
        return Type::Array;
    case '"':
        return Type::String;
    case 't':
    case 'f':
        return Type::Bool;
    case 'n':
        return Type::Null;
    case ',':
    case ':':
    case '}':
    case ']':
        return fail(), Type::Invalid;
    default:
        return Type::Number; // or an error, found when it is read
    }
}

bool JsonScanner::enter(Type type)
{
    if (next() != type || m_depth == MaxDepth)
        return fail();
    ++m_pos;
    m_inObject[size_t(++m_depth)] = type == Type::Object;
    m_first = true;
    return true;
}

bool JsonScanner::closeContainer()
{
    ++m_pos;
    --m_depth;
    m_first = false;
    return false;
}

bool JsonScanner::nextMember(QByteArrayView *key)
{
    if (m_failed || m_depth == 0 || !m_inObject[size_t(m_depth)] || !eatSpace())
        return fail();
    if (*m_pos == '}')
        return closeContainer();
    if (!m_first) {
        if (*m_pos != ',')
            return fail();
        ++m_pos;
        if (!eatSpace() || *m_pos == '}')
            return fail();
    }
    m_first = false;
    QByteArrayView text;
    StringForm form;
    if (*m_pos != '"' || !scanString(&text, &form))
        return fail();
    m_lastKeyDecoded = form == StringForm::Escaped;
    if (key && m_lastKeyDecoded) {
        m_keyBuffer = decode(text, form).toUtf8();
        *key = m_keyBuffer;
    } else if (key) {
        *key = text;
    }
    if (!eatSpace() || *m_pos != ':')
        return fail();
    ++m_pos;
    return eatSpace() || fail();
}

bool JsonScanner::nextElement()
{
    if (m_failed || m_depth == 0 || m_inObject[size_t(m_depth)] || !eatSpace())
        return fail();
    if (*m_pos == ']')
        return closeContainer();
    if (!m_first) {
        if (*m_pos != ',')
            return fail();
        ++m_pos;
        if (!eatSpace())
            return fail();
    }
    m_first = false;
    return true;
}

bool JsonScanner::readString(QString *out)
{
    QByteArrayView text;
    StringForm form;
    if (!readRawString(&text, &form))
        return false;
    *out = decode(text, form);
    return true;
}

namespace {

// Bytes a string scan stops at: the quote, the backslash and anything not ASCII.
constexpr std::array<bool, 256> stopBytes = [] {
    std::array<bool, 256> stop{};
    stop['"'] = stop['\\'] = true;
    for (int b = 0x80; b < 0x100; ++b)
        stop[size_t(b)] = true;
    return stop;
}();

} // namespace

bool JsonScanner::readRawString(QByteArrayView *text, StringForm *form)
{
    if (next() != Type::String)
        return fail();
    return scanString(text, form) || fail();
}

// At the opening quote: checks the string as QJsonDocument does and gives its text between the
// quotes.
bool JsonScanner::scanString(QByteArrayView *text, StringForm *form)
{
    const char *start = ++m_pos;
    *form = StringForm::Ascii;
    for (;;) {
        while (m_pos < m_end && !stopBytes[uchar(*m_pos)])
            ++m_pos;
        if (m_pos >= m_end)
            return false;
        if (*m_pos == '"')
            break;
        if (*m_pos == '\\') {
            *form = StringForm::Escaped;
            if (m_end - m_pos < 2)
                return false;
            const char escaped = m_pos[1];
            m_pos += 2;
            if (escaped == 'u') {
                if (m_end - m_pos < 4)
                    return false;
                for (int i = 0; i < 4; ++i) {
                    if (hexValue(*m_pos++) < 0)
                        return false;
                }
            }
            // Any other escaped byte stands for itself, as in QJsonDocument; one above 0x7f is
            // taken alone, so the continuation bytes after it fail below.
        } else {
            if (*form == StringForm::Ascii)
                *form = StringForm::Utf8;
            if (!decodeUtf8(&m_pos, m_end))
                return false;
        }
    }
    // QJsonDocument also wants something after the closing quote.
    if (m_end - m_pos < 2)
        return false;
    *text = QByteArrayView(start, m_pos - start);
    ++m_pos;
    return true;
}

QString JsonScanner::decode(QByteArrayView text, StringForm form)
{
    switch (form) {
    case StringForm::Ascii:
        return QString::fromLatin1(text);
    case StringForm::Utf8:
        return QString::fromUtf8(text);
    case StringForm::Escaped:
        break;
    }
    // A text scanString accepted: every escape and UTF-8 sequence in it is complete and valid.
    QString out;
    out.reserve(text.size());
    const char *pos = text.data();
    const char *end = pos + text.size();
    while (pos < end) {
        char32_t code;
        if (*pos == '\\') {
            const char escaped = pos[1];
            pos += 2;
            switch (escaped) {
            case 'b':
                code = 0x8;
                break;
            case 'f':
                code = 0xc;
                break;
            case 'n':
                code = 0xa;
                break;
            case 'r':
                code = 0xd;
                break;
            case 't':
                code = 0x9;
                break;
            case 'u':
                code = 0;
                for (int i = 0; i < 4; ++i)
                    code = (code << 4) | char32_t(hexValue(*pos++));
                break;
            default:
                code = uchar(escaped); // "\x" is "x"; a byte above 0x7f its own code point
                break;
            }
        } else if (uchar(*pos) < 0x80) {
            code = uchar(*pos++);
        } else {
            code = decodeUtf8(&pos, end);
        }
        appendCodePoint(out, code);
    }
    return out;
}

// QJsonDocument's number grammar, which is looser than RFC 8259's: the digits before and after
// the point may be missing; whatever it reads must then convert.
bool JsonScanner::scanNumber(QByteArrayView *text, bool *isInt)
{
    const char *start = m_pos;
    const auto digits = [this] {
        while (m_pos < m_end && *m_pos >= '0' && *m_pos <= '9')
            ++m_pos;
    };
    *isInt = true;
    if (m_pos < m_end && *m_pos == '-')
        ++m_pos;
    if (m_pos < m_end && *m_pos == '0')
        ++m_pos;
    else
        digits();
    if (m_pos < m_end && *m_pos == '.') {
        *isInt = false;
        ++m_pos;
        digits();
    }
    if (m_pos < m_end && (*m_pos == 'e' || *m_pos == 'E')) {
        *isInt = false;
        ++m_pos;
        if (m_pos < m_end && (*m_pos == '-' || *m_pos == '+'))
            ++m_pos;
        digits();
    }
    if (m_pos >= m_end)
        return false;
    *text = QByteArrayView(start, m_pos - start);
    return true;
}

bool JsonScanner::readNumber(double *out)
{
    if (next() != Type::Number)
        return fail();
    QByteArrayView text;
    bool isInt = false;
    if (!scanNumber(&text, &isInt))
        return fail();
    if (isInt) {
        qint64 n = 0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), n);
        if (error == std::errc() && end == text.data() + text.size()) {
            *out = double(n);
            return true;
        }
    }
    bool ok = false;
    *out = QByteArray::fromRawData(text.data(), text.size()).toDouble(&ok);
    return ok || fail();
}

bool JsonScanner::literal(const char *rest, int length)
{
    // QJsonDocument wants one more byte after the literal.
    if (m_end - m_pos <= length || QByteArrayView(m_pos, length) != QByteArrayView(rest, length))
        return fail();
    m_pos += length;
    return true;
}

bool JsonScanner::readBool(bool *out)
{
    if (next() != Type::Bool)
        return fail();
    *out = *m_pos == 't';
    return *out ? literal("true", 4) : literal("false", 5);
}

bool JsonScanner::readNull()
{
    return next() == Type::Null ? literal("null", 4) : fail();
}

bool JsonScanner::skip()
{
    const int base = m_depth;
    for (;;) {
        // At a value.
        bool ignored;
        double number;
        switch (next()) {
        case Type::Object:
            if (!enterObject())
                return false;
            break;
        case Type::Array:
            if (!enterArray())
                return false;
            break;
        case Type::String: {
            QByteArrayView text;
            StringForm form;
            if (!scanString(&text, &form))
                return fail();
            break;
        }
        case Type::Number:
            if (!readNumber(&number))
                return false;
            break;
        case Type::Bool:
            if (!readBool(&ignored))
                return false;
            break;
        case Type::Null:
            if (!readNull())
                return false;
            break;
        case Type::Invalid:
            return false;
        }
        // On to the next value inside what this skip entered, or out of it.
        for (;;) {
            if (m_depth == base)
                return true;
            const bool more = m_inObject[size_t(m_depth)] ? nextMember() : nextElement();
            if (m_failed)
                return false;
            if (more)
                break;
        }
    }
}

void JsonScanner::seek(const Mark &mark)
{
    if (m_failed)
        return;
    m_pos = mark.pos;
    m_depth = mark.depth;
    m_first = false;
}

bool JsonScanner::atEnd()
{
    if (m_failed || m_depth != 0)
        return false;
    return !eatSpace();
}

} // namespace keystage::codec
