// SPDX-License-Identifier: Apache-2.0
// Plain rows of the csms-local store.
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <optional>

namespace csmslocal {

struct SecretRecord
{
    QString id;
    QString name;
    QString state = QStringLiteral("ENABLED");
    QString kmsKeyId;
    QString description;
    QString secretType = QStringLiteral("COMMON");
    qint64 createTime = 0;
    qint64 updateTime = 0;
    std::optional<qint64> scheduledDeleteTime;
    bool autoRotation = false;
    QString rotationPeriod;
    QString rotationConfig;
    std::optional<qint64> rotationTime;
    std::optional<qint64> nextRotationTime;
    QStringList eventSubscriptions;
    QString enterpriseProjectId = QStringLiteral("0");
    QString rotationFuncUrn;
    int nextVersion = 1; // number of the next version id; ids are never reused
};

struct VersionRecord
{
    int number = 0; // "v<number>"
    qint64 createTime = 0;
    std::optional<qint64> expireTime;
    QString kmsKeyId;
    QString value; // secret_string, or the Base64 text of secret_binary
    bool binary = false;
};

struct StageRecord
{
    QString name;
    int versionNumber = 0;
    qint64 updateTime = 0;
};

using TagList = QList<QPair<QString, QString>>; // key, value

// A rotation task (ListSecretTask's SecretTask). Kept after its secret is deleted.
struct TaskRecord
{
    QString id; // UUID
    QString secretName;
    QString rotationFuncUrn;
    QString status; // SUCCESS, FAILED
    QString operateType; // SINGLE_USER, MULTI_USER
    qint64 time = 0;
    int attempts = 1;
    QString errorCode;
    QString errorMsg;
};

struct TaskFilter
{
    QString secretName; // empty: any
    QString status; // empty: any
    QString taskId; // empty: any
};

// An event notification (CreateSecretEvent): the base event types it fires on and its SMN target.
struct EventRecord
{
    QString id;
    QString name;
    QStringList eventTypes;
    QString state = QStringLiteral("ENABLED");
    qint64 createTime = 0;
    qint64 updateTime = 0;
    QString targetType = QStringLiteral("SMN");
    QString targetId;
    QString targetName;
};

// One notification an event sent (ListNotificationRecords).
struct NotificationRecord
{
    QString eventName;
    QString triggerEventType;
    qint64 createTime = 0;
    QString secretName;
    QString secretType;
    QString targetName;
    QString targetId;
    QString content; // JSON text: eventName, eventType, eventTime, data
    QString status; // SUCCESS, FAIL or INVALID
};

} // namespace csmslocal
