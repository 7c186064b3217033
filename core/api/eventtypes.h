// SPDX-License-Identifier: Apache-2.0
// Events (CreateSecretEvent ... DeleteSecretEvent), their notification records
// (ListNotificationRecords) and generated passwords (GenerateRandomPassword): the value types of
// CsmsClient's event and password calls. Event types and states are kept as the service sends
// them (a type this version does not know is still listed, never dropped).
#pragma once

#include "core/api/csmstypes.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace keystage {

namespace eventtype {
// The base event types of Huawei's definitions.
inline QStringList all()
{
    return {QStringLiteral("SECRET_VERSION_CREATED"), QStringLiteral("SECRET_VERSION_EXPIRED"),
            QStringLiteral("SECRET_ROTATED"), QStringLiteral("SECRET_DELETED"),
            QStringLiteral("SECRET_ROTATED_FAILED")};
}
} // namespace eventtype

// Where an event sends its notifications (an SMN topic).
struct EventTarget
{
    QString type = QStringLiteral("SMN");
    QString id; // topic URN
    QString name;
};

struct SecretEvent
{
    QString name;
    QString id;
    QStringList eventTypes;
    QString state; // ENABLED, DISABLED (or whatever the service sends)
    qint64 createTime = 0;
    qint64 updateTime = 0;
    EventTarget target;
    QStringList unreadFields; // optional fields of an unexpected type, dropped

    bool isEnabled() const { return state == QLatin1String("ENABLED"); }
};

using SecretEventPage = Page<SecretEvent>;

// The body of CreateSecretEvent (every field) or UpdateSecretEvent (what is set).
struct SecretEventRequest
{
    QString name; // create only; updates name the event in the path
    std::optional<QStringList> eventTypes;
    std::optional<bool> enabled;
    std::optional<EventTarget> target;
};

struct NotificationRecord
{
    QString eventName;
    QString triggerEventType;
    qint64 createTime = 0;
    QString secretName;
    QString secretType;
    QString targetName;
    QString targetId;
    QString content; // the notification as sent (JSON text): names and times, never a value
    QString status; // SUCCESS, FAIL, INVALID
};

using NotificationRecordPage = Page<NotificationRecord>;

// GenerateRandomPassword. Unset fields are left to the service's defaults.
struct PasswordRequest
{
    int length = 32;
    QString excludeCharacters;
    bool excludeLowercase = false;
    bool excludeUppercase = false;
    bool excludeNumbers = false;
    bool excludePunctuation = false;
    bool includeSpace = false;
    bool requireEachIncludedType = false;
};

// A generated password is a secret value: never logged, never in an error text; the holder
// wipes it when it is no longer needed.
struct GeneratedPassword
{
    QString password;
    void wipe()
    {
        password.fill(QChar(u'\0'));
        password.clear();
    }
};

} // namespace keystage
