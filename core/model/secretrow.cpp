// SPDX-License-Identifier: Apache-2.0
#include "core/model/secretrow.h"

namespace keystage {

QString SecretRow::id() const
{
    return uuid.isNull() ? otherId : uuid.toString(QUuid::WithoutBraces);
}

bool SecretRow::operator==(const SecretRow &other) const
{
    return name == other.name && description == other.description && state == other.state
           && type == other.type && uuid == other.uuid && otherId == other.otherId
           && createTime == other.createTime && updateTime == other.updateTime
           && scheduledDeleteTime == other.scheduledDeleteTime;
}

QString SecretRowInterner::intern(const QString &text)
{
    if (text.isEmpty())
        return {};
    const auto it = m_strings.constFind(text);
    if (it != m_strings.constEnd())
        return *it;
    m_strings.insert(text);
    return text;
}

SecretRow SecretRowInterner::make(const Secret &secret)
{
    SecretRow row;
    row.name = secret.name;
    row.name.squeeze();
    row.description = secret.description;
    row.description.squeeze();
    row.state = intern(secret.state);
    row.type = intern(secret.secretType);
    const QUuid uuid(secret.id);
    // Keep the 16-byte form only when it gives back exactly the same text.
    if (!uuid.isNull() && uuid.toString(QUuid::WithoutBraces) == secret.id)
        row.uuid = uuid;
    else
        row.otherId = secret.id;
    row.createTime = secret.createTime;
    row.updateTime = secret.updateTime;
    row.scheduledDeleteTime = secret.scheduledDeleteTime.value_or(0);
    return row;
}

} // namespace keystage
