// SPDX-License-Identifier: Apache-2.0
#include "bodyreader.h"

#include <QJsonArray>

namespace csmslocal {

QJsonValue BodyReader::value(const QString &key) const
{
    return m_object.value(key);
}

bool BodyReader::has(const QString &key) const
{
    const QJsonValue v = value(key);
    return !v.isUndefined() && !v.isNull();
}

void BodyReader::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

std::optional<QString> BodyReader::string(const QString &key, int maxLength)
{
    if (!has(key))
        return std::nullopt;
    const QJsonValue v = value(key);
    if (!v.isString()) {
        fail(QStringLiteral("Invalid %1: a string is expected.").arg(key));
        return std::nullopt;
    }
    const QString s = v.toString();
    if (maxLength >= 0 && s.size() > maxLength) {
        fail(QStringLiteral("Invalid %1: at most %2 characters.").arg(key).arg(maxLength));
        return std::nullopt;
    }
    return s;
}

std::optional<bool> BodyReader::boolean(const QString &key)
{
    if (!has(key))
        return std::nullopt;
    const QJsonValue v = value(key);
    if (!v.isBool()) {
        fail(QStringLiteral("Invalid %1: a boolean is expected.").arg(key));
        return std::nullopt;
    }
    return v.toBool();
}

std::optional<qint64> BodyReader::integer(const QString &key, qint64 min, qint64 max)
{
    if (!has(key))
        return std::nullopt;
    const QJsonValue v = value(key);
    const double d = v.toDouble();
    if (!v.isDouble() || d != double(qint64(d)) || d < double(min) || d > double(max)) {
        fail(QStringLiteral("Invalid %1: an integer from %2 to %3 is expected.")
                     .arg(key)
                     .arg(min)
                     .arg(max));
        return std::nullopt;
    }
    return qint64(d);
}

std::optional<qint64> BodyReader::integerOrString(const QString &key, qint64 min, qint64 max)
{
    if (has(key) && value(key).isString()) {
        bool ok = false;
        const QString text = value(key).toString();
        const qint64 n = text.toLongLong(&ok);
        if (!ok || n < min || n > max || text.trimmed() != text) {
            fail(QStringLiteral("Invalid %1: a number from %2 to %3 is expected.")
                         .arg(key)
                         .arg(min)
                         .arg(max));
            return std::nullopt;
        }
        return n;
    }
    return integer(key, min, max);
}

std::optional<QJsonArray> BodyReader::array(const QString &key)
{
    if (!has(key))
        return std::nullopt;
    const QJsonValue v = value(key);
    if (!v.isArray()) {
        fail(QStringLiteral("Invalid %1: an array is expected.").arg(key));
        return std::nullopt;
    }
    return v.toArray();
}

std::optional<QJsonObject> BodyReader::object(const QString &key)
{
    if (!has(key))
        return std::nullopt;
    const QJsonValue v = value(key);
    if (!v.isObject()) {
        fail(QStringLiteral("Invalid %1: an object is expected.").arg(key));
        return std::nullopt;
    }
    return v.toObject();
}

std::optional<QStringList> BodyReader::stringList(const QString &key)
{
    const auto a = array(key);
    if (!a)
        return std::nullopt;
    QStringList result;
    for (const QJsonValue &item : *a) {
        if (!item.isString()) {
            fail(QStringLiteral("Invalid %1: an array of strings is expected.").arg(key));
            return std::nullopt;
        }
        result << item.toString();
    }
    return result;
}

} // namespace csmslocal
