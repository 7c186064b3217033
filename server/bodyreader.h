// SPDX-License-Identifier: Apache-2.0
// BodyReader: typed, validating access to the fields of a JSON request body. Null counts as absent,
// unknown fields are ignored, a wrong type is a CSMS.0002 error (the first one is kept).
#pragma once

#include "outcome.h"

#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace csmslocal {

class BodyReader
{
public:
    explicit BodyReader(QJsonObject object)
        : m_object(std::move(object))
    {}

    bool has(const QString &key) const;
    std::optional<QString> string(const QString &key, int maxLength = -1);
    std::optional<bool> boolean(const QString &key);
    std::optional<qint64> integer(const QString &key, qint64 min, qint64 max);
    // An integer given as a JSON number or as a string of digits.
    std::optional<qint64> integerOrString(const QString &key, qint64 min, qint64 max);
    std::optional<QStringList> stringList(const QString &key);
    std::optional<QJsonArray> array(const QString &key);
    std::optional<QJsonObject> object(const QString &key);

    void fail(const QString &message);
    bool failed() const { return !m_error.isEmpty(); }
    Outcome error() const { return Outcome::invalid(m_error); }

private:
    QJsonValue value(const QString &key) const;
    QJsonObject m_object;
    QString m_error;
};

} // namespace csmslocal
