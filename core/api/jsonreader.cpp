// SPDX-License-Identifier: Apache-2.0
#include "core/api/jsonreader.h"

#include <QCoreApplication>
#include <climits>
#include <cmath>

namespace keystage::codec {

JsonReader::JsonReader(const QJsonObject &object, QString where)
    : m_object(object)
    , m_where(std::move(where))
{}

QString JsonReader::string(const char *name)
{
    const QJsonValue v = value(name);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString()) {
        fail(name);
        return {};
    }
    return v.toString();
}

std::optional<qint64> JsonReader::time(const char *name)
{
    const QJsonValue v = value(name);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    std::optional<qint64> time;
    if (v.isDouble())
        time = timeFromNumber(v.toDouble());
    else if (v.isString())
        time = timeFromText(v.toString());
    if (!time)
        fail(name);
    return time;
}

int JsonReader::integer(const char *name)
{
    return readInteger(*this, name);
}

std::optional<bool> JsonReader::boolean(const char *name)
{
    const QJsonValue v = value(name);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    std::optional<bool> b;
    if (v.isBool())
        b = v.toBool();
    else if (v.isString())
        b = booleanFromText(v.toString());
    if (!b)
        fail(name);
    return b;
}

QStringList JsonReader::strings(const char *name)
{
    QStringList out;
    const QJsonValue v = value(name);
    if (v.isUndefined() || v.isNull())
        return out;
    if (!v.isArray()) {
        fail(name);
        return out;
    }
    const QJsonArray array = v.toArray();
    for (const QJsonValue &item : array) {
        if (!item.isString()) {
            fail(name);
            return {};
        }
        out.append(item.toString());
    }
    return out;
}

QJsonArray JsonReader::array(const char *name)
{
    const QJsonValue v = value(name);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray())
        fail(name);
    return v.toArray();
}

bool JsonReader::has(const char *name) const
{
    const QJsonValue v = value(name);
    return !v.isUndefined() && !v.isNull();
}

void JsonReader::fail(const char *name)
{
    if (m_lenient) {
        const QString field = QLatin1String(name);
        if (!m_dropped.contains(field))
            m_dropped.append(field);
        return;
    }
    if (ok())
        m_error = m_where + QLatin1Char('.') + QLatin1String(name);
}

void JsonReader::failWith(const ApiError &error)
{
    if (ok())
        m_nested = error;
}

ApiError JsonReader::error() const
{
    if (m_nested)
        return *m_nested;
    return wrongType(m_error);
}

std::optional<qint64> JsonReader::timeFromNumber(double number)
{
    // Whole numbers only, within what a double holds exactly.
    if (std::isfinite(number) && number == std::floor(number)
        && std::fabs(number) <= 9007199254740992.0)
        return qint64(number);
    return std::nullopt;
}

std::optional<qint64> JsonReader::timeFromText(const QString &text)
{
    bool ok = false;
    const qint64 parsed = text.toLongLong(&ok);
    return ok ? std::optional<qint64>(parsed) : std::nullopt;
}

std::optional<bool> JsonReader::booleanFromText(const QString &text)
{
    if (text == QLatin1String("true"))
        return true;
    if (text == QLatin1String("false"))
        return false;
    return std::nullopt;
}

bool JsonReader::fitsInt(qint64 value)
{
    return value >= INT_MIN && value <= INT_MAX;
}

ApiError JsonReader::wrongType(const QString &field)
{
    return ApiError::badResponse(
            QCoreApplication::translate("keystage::codec", "the field %1 has an unexpected type")
                    .arg(field));
}

} // namespace keystage::codec
