// SPDX-License-Identifier: Apache-2.0
#include "rotationconfig.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace csmslocal {

namespace {

// A scanner for the single-quoted form: JSON's object grammar with strings in '...' or "...".
class QuotedObjectScanner
{
public:
    explicit QuotedObjectScanner(QStringView text)
        : m_text(text)
    {}

    std::optional<QHash<QString, QString>> object()
    {
        QHash<QString, QString> result;
        if (!take(u'{'))
            return std::nullopt;
        if (take(u'}'))
            return atEnd() ? std::optional(result) : std::nullopt;
        do {
            const auto key = string();
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
    std::optional<QString> string()
    {
        skipSpace();
        if (m_pos >= m_text.size())
            return std::nullopt;
        const QChar quote = m_text.at(m_pos);
        if (quote != u'\'' && quote != u'"')
            return std::nullopt;
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
        return std::nullopt;
    }
    // A string, a bare word (number, true, false, null) or a nested object or array (skipped).
    std::optional<QString> scalar()
    {
        skipSpace();
        if (m_pos >= m_text.size())
            return std::nullopt;
        const QChar c = m_text.at(m_pos);
        if (c == u'\'' || c == u'"')
            return string();
        if (c == u'{' || c == u'[')
            return skipNested() ? std::optional(QString()) : std::nullopt;
        const qsizetype start = m_pos;
        while (m_pos < m_text.size()
               && (m_text.at(m_pos).isLetterOrNumber()
                   || QStringView(u"+-.").contains(m_text.at(m_pos))))
            ++m_pos;
        if (m_pos == start)
            return std::nullopt;
        const QString word = m_text.sliced(start, m_pos - start).toString();
        return word == QLatin1String("null") ? QString() : word;
    }
    bool skipNested()
    {
        int depth = 0;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (c == u'\'' || c == u'"') {
                if (!string())
                    return false;
                continue;
            }
            ++m_pos;
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

} // namespace

std::optional<QHash<QString, QString>> parseRotationConfig(QStringView text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (doc.isObject()) {
        QHash<QString, QString> result;
        const QJsonObject object = doc.object();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QJsonValue v = it.value();
            if (v.isString())
                result.insert(it.key(), v.toString());
            else if (v.isBool())
                result.insert(it.key(),
                              v.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
            else if (v.isDouble())
                result.insert(it.key(), QString::number(v.toDouble()));
            else
                result.insert(it.key(), QString());
        }
        return result;
    }
    return QuotedObjectScanner(text).object();
}

} // namespace csmslocal
