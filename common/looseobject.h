// SPDX-License-Identifier: Apache-2.0
// loosejson::readObject: the keys of a flat object text, in JSON or in the single-quoted form of
// Huawei's own example answers ({'InstanceId':'…','SecretSubType':'MultiUser'}), as rotation_config
// carries them. Header-only: the one helper csms-local and the client share (design.md allows "a
// tiny header-only JSON/time helper"); both read rotation_config with it, each with its own rules
// on top (the server validates, the client only shows).
//
// JSON is read by QJsonDocument (escapes and all). The other form: JSON's object grammar with
// strings in '...' or "..." (a backslash takes the next character as it is), keys quoted or bare,
// values a string, a bare word (number, true, false, null) or a nested object or array (kept as
// Nested, its text not read). Anything else, or text after the object: nullopt.
#pragma once

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace loosejson {

struct Value
{
    enum class Kind { String, Word, Null, Nested };
    QString text; // a string's text, a word as written (a JSON number as QString::number gives it)
    Kind kind = Kind::String;
    bool isString() const { return kind == Kind::String; }
};

using Object = QHash<QString, Value>;

namespace detail {

class Scanner
{
public:
    explicit Scanner(QStringView text)
        : m_text(text)
    {}

    std::optional<Object> object()
    {
        Object result;
        if (!take(u'{'))
            return std::nullopt;
        if (take(u'}'))
            return atEnd() ? std::optional(result) : std::nullopt;
        do {
            skipSpace();
            const auto key = peekQuote() ? string() : word();
            if (!key || !take(u':'))
                return std::nullopt;
            const auto value = scalar();
            if (!value)
                return std::nullopt;
            result.insert(*key, *value);
        } while (take(u','));
        if (!take(u'}') || !atEnd())
            return std::nullopt;
        return result;
    }

private:
    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }
    bool take(char16_t c)
    {
        skipSpace();
        if (m_pos < m_text.size() && m_text.at(m_pos) == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    bool atEnd()
    {
        skipSpace();
        return m_pos == m_text.size();
    }
    bool peekQuote() const
    {
        return m_pos < m_text.size() && (m_text.at(m_pos) == u'\'' || m_text.at(m_pos) == u'"');
    }
    std::optional<QString> string()
    {
        const QChar quote = m_text.at(m_pos);
        QString out;
        for (++m_pos; m_pos < m_text.size(); ++m_pos) {
            const QChar c = m_text.at(m_pos);
            if (c == quote) {
                ++m_pos;
                return out;
            }
            if (c == u'\\' && m_pos + 1 < m_text.size())
                ++m_pos;
            out += m_text.at(m_pos);
        }
        return std::nullopt; // unterminated
    }
    std::optional<QString> word()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size()
               && (m_text.at(m_pos).isLetterOrNumber() || m_text.at(m_pos) == u'_'
                   || QStringView(u"+-.").contains(m_text.at(m_pos))))
            ++m_pos;
        if (m_pos == start)
            return std::nullopt;
        return m_text.sliced(start, m_pos - start).toString();
    }
    std::optional<Value> scalar()
    {
        skipSpace();
        if (m_pos >= m_text.size())
            return std::nullopt;
        const QChar c = m_text.at(m_pos);
        if (peekQuote()) {
            const auto s = string();
            return s ? std::optional(Value{*s, Value::Kind::String}) : std::nullopt;
        }
        if (c == u'{' || c == u'[')
            return skipNested() ? std::optional(Value{QString(), Value::Kind::Nested})
                                : std::nullopt;
        const auto w = word();
        if (!w)
            return std::nullopt;
        return *w == QLatin1String("null") ? Value{QString(), Value::Kind::Null}
                                           : Value{*w, Value::Kind::Word};
    }
    bool skipNested()
    {
        int depth = 0;
        while (m_pos < m_text.size()) {
            if (peekQuote()) {
                if (!string())
                    return false;
                continue;
            }
            const QChar c = m_text.at(m_pos++);
            if (c == u'{' || c == u'[')
                ++depth;
            else if ((c == u'}' || c == u']') && --depth == 0)
                return true;
        }
        return false;
    }

    QStringView m_text;
    qsizetype m_pos = 0;
};

} // namespace detail

// The object in text (either form), or nullopt when text is neither form of an object.
inline std::optional<Object> readObject(QStringView text)
{
    QJsonParseError error{};
    const QJsonDocument json = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error == QJsonParseError::NoError) {
        if (!json.isObject())
            return std::nullopt;
        Object result;
        const QJsonObject object = json.object();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QJsonValue v = it.value();
            if (v.isString())
                result.insert(it.key(), {v.toString(), Value::Kind::String});
            else if (v.isBool())
                result.insert(it.key(),
                              {v.toBool() ? QStringLiteral("true") : QStringLiteral("false"),
                               Value::Kind::Word});
            else if (v.isDouble())
                result.insert(it.key(), {QString::number(v.toDouble()), Value::Kind::Word});
            else if (v.isNull())
                result.insert(it.key(), {QString(), Value::Kind::Null});
            else
                result.insert(it.key(), {QString(), Value::Kind::Nested});
        }
        return result;
    }
    return detail::Scanner(text).object();
}

} // namespace loosejson
