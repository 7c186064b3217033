// SPDX-License-Identifier: Apache-2.0
// JsonReader (internal to core/api): reads the fields of one JSON object for the codecs. Absent
// and null fields are "not set"; a field of the wrong type is remembered (the first one) and
// turned into a BadResponse error naming the field, never its value.
#pragma once

#include "core/api/apierror.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace keystage::codec {

class JsonReader
{
public:
    JsonReader(const QJsonObject &object, QString where);

    QString string(const char *name);
    // int64 milliseconds: a whole JSON number, or a string of digits.
    std::optional<qint64> time(const char *name);
    qint64 time0(const char *name) { return time(name).value_or(0); }
    int integer(const char *name);
    std::optional<bool> boolean(const char *name); // tolerates "true" / "false"
    QStringList strings(const char *name);
    QJsonArray array(const char *name);
    QJsonValue value(const char *name) const { return m_object.value(QLatin1String(name)); }
    bool has(const char *name) const;

    void fail(const char *name);
    // Lenient: a field of the wrong type is dropped (read as "not set") and listed in dropped()
    // instead of failing the object. For the optional fields of a row (issue 15, item 8).
    void setLenient(bool lenient) { m_lenient = lenient; }
    const QStringList &dropped() const { return m_dropped; }
    void failWith(const ApiError &error);
    bool ok() const { return m_error.isEmpty() && !m_nested; }
    ApiError error() const;

    // The rules for values, shared with JsonStreamReader. A time from a JSON number (as
    // QJsonValue::toDouble gives it) or from a string:
    static std::optional<qint64> timeFromNumber(double number);
    static std::optional<qint64> timeFromText(const QString &text);
    static std::optional<bool> booleanFromText(const QString &text);
    static bool fitsInt(qint64 value);
    // BadResponse naming a field ("secret.name") of the wrong type.
    static ApiError wrongType(const QString &field);

private:
    QJsonObject m_object;
    QString m_where;
    QString m_error; // the first field of the wrong type
    bool m_lenient = false;
    QStringList m_dropped;
    std::optional<ApiError> m_nested; // or the error of a nested object
};

// An int field for either reader: a time() that fits an int; one that does not is a wrong type.
template<typename Reader>
int readInteger(Reader &reader, const char *name)
{
    const std::optional<qint64> v = reader.time(name);
    if (v && !JsonReader::fitsInt(*v)) {
        reader.fail(name);
        return 0;
    }
    return int(v.value_or(0));
}

} // namespace keystage::codec
