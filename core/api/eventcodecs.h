// SPDX-License-Identifier: Apache-2.0
// JSON codecs of events, notification records and generated passwords (the rules of codecs.h:
// lenient, validating, error texts never quote values).
#pragma once

#include "core/api/apiresult.h"
#include "core/api/eventtypes.h"

#include <QByteArray>
#include <QJsonValue>

namespace keystage::codec {

ApiResult<SecretEvent> secretEventFromJson(const QJsonValue &value);
ApiResult<NotificationRecord> notificationRecordFromJson(const QJsonValue &value);

ApiResult<SecretEvent> secretEventFromBody(const QByteArray &body); // {"event"}
ApiResult<SecretEventPage> secretEventPageFromBody(const QByteArray &body); // {"events",...}
ApiResult<NotificationRecordPage> notificationRecordsFromBody(const QByteArray &body);
// {"password"}; a missing or empty password is a BadResponse (the text is never quoted).
ApiResult<GeneratedPassword> generatedPasswordFromBody(const QByteArray &body);

QByteArray toJson(const SecretEventRequest &request);
QByteArray toJson(const PasswordRequest &request);

} // namespace keystage::codec
