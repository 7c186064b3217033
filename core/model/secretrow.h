// SPDX-License-Identifier: Apache-2.0
// SecretRow: what SecretListModel keeps of one secret. Compact on purpose (100,000 rows must stay
// well under 60 MB): the id is kept as a 16-byte QUuid when it is one, state and type share one
// QString per distinct value (see SecretRowInterner). Metadata only: no value ever reaches it.
#pragma once

#include "core/api/csmstypes.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QUuid>

namespace keystage {

struct SecretRow
{
    QString name;
    QString description;
    QString state; // interned
    QString type; // interned
    QUuid uuid; // the id when it is a UUID
    QString otherId; // the id when it is not (empty otherwise)
    qint64 createTime = 0;
    qint64 updateTime = 0;
    qint64 scheduledDeleteTime = 0; // as sent (0: absent); Huawei sends it on ENABLED secrets too

    QString id() const;
    bool isPendingDelete() const { return state == QLatin1String("PENDING_DELETE"); }
    // The deletion date that applies: scheduledDeleteTime while PENDING_DELETE, else 0.
    qint64 pendingDeletionTime() const { return isPendingDelete() ? scheduledDeleteTime : 0; }
    bool operator==(const SecretRow &other) const;
    bool operator!=(const SecretRow &other) const { return !(*this == other); }
};

// Shares the text of repeated values (state, type) between rows.
class SecretRowInterner
{
public:
    SecretRow make(const Secret &secret);
    QString intern(const QString &text);

private:
    QSet<QString> m_strings;
};

} // namespace keystage
