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
    if (v.isDouble()) {
        const double d = v.toDouble();
        // Whole numbers only, within what a double holds exactly.
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) <= 9007199254740992.0)
            return qint64(d);
    } else if (v.isString()) {
        bool ok = false;
        const qint64 parsed = v.toString().toLongLong(&ok);
        if (ok)
            return parsed;
    }
    fail(name);
    return std::nullopt;
}

int JsonReader::integer(const char *name)
{
    const std::optional<qint64> v = time(name);
    if (v && (*v < INT_MIN || *v > INT_MAX)) {
        fail(name);
        return 0;
    }
    return int(v.value_or(0));
}

std::optional<bool> JsonReader::boolean(const char *name)
{
    const QJsonValue v = value(name);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (v.isBool())
        return v.toBool();
    if (v.isString()) {
        if (v.toString() == QLatin1String("true"))
            return true;
        if (v.toString() == QLatin1String("false"))
            return false;
    }
    fail(name);
    return std::nullopt;
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
    return ApiError::badResponse(
            QCoreApplication::translate("keystage::codec", "the field %1 has an unexpected type")
                    .arg(m_error));
}

} // namespace keystage::codec
