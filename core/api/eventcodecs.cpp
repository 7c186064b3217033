// SPDX-License-Identifier: Apache-2.0
#include "core/api/eventcodecs.h"

#include "core/api/codecs.h"
#include "core/api/jsonreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace keystage::codec {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("keystage::codec", text);
}

// {"<field>": [T...], "page_info": {...}}; a list that is absent or null is empty.
template<typename T, typename Fn>
ApiResult<Page<T>> page(const QByteArray &body, const char *field, Fn decode)
{
    const ApiResult<QJsonObject> object = objectFromBody(body);
    if (!object)
        return object.error();
    JsonReader r(*object, QStringLiteral("body"));
    Page<T> result;
    for (const QJsonValue &item : r.array(field)) {
        ApiResult<T> decoded = decode(item);
        if (!decoded)
            return decoded.error();
        result.items.append(std::move(decoded.value()));
    }
    if (!r.ok())
        return r.error();
    ApiResult<PageInfo> info = pageInfoFromJson(r.value("page_info"));
    if (!info)
        return info.error();
    result.pageInfo = info.value();
    return result;
}

} // namespace

ApiResult<SecretEvent> secretEventFromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return ApiError::badResponse(tr("%1 is not a JSON object").arg(QStringLiteral("event")));
    JsonReader r(value.toObject(), QStringLiteral("event"));
    SecretEvent e;
    e.name = r.string("name"); // identifies the row: required to be a string when present
    if (!r.ok())
        return r.error();
    if (e.name.isEmpty())
        return ApiError::badResponse(
                tr("the field %1 is missing").arg(QStringLiteral("event.name")));
    r.setLenient(true);
    e.id = r.string("event_id");
    e.eventTypes = r.strings("event_types");
    e.state = r.string("state");
    e.createTime = r.time0("create_time");
    e.updateTime = r.time0("update_time");
    const QJsonValue target = r.value("notification");
    if (target.isObject()) {
        JsonReader t(target.toObject(), QStringLiteral("event.notification"));
        t.setLenient(true);
        e.target.type = t.string("target_type");
        e.target.id = t.string("target_id");
        e.target.name = t.string("target_name");
        for (const QString &field : t.dropped())
            e.unreadFields << QStringLiteral("notification.") + field;
    } else if (!target.isUndefined() && !target.isNull()) {
        e.unreadFields << QStringLiteral("notification");
    }
    e.unreadFields += r.dropped();
    return e;
}

ApiResult<NotificationRecord> notificationRecordFromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return ApiError::badResponse(tr("%1 is not a JSON object").arg(QStringLiteral("record")));
    JsonReader r(value.toObject(), QStringLiteral("record"));
    r.setLenient(true);
    NotificationRecord n;
    n.eventName = r.string("event_name");
    n.triggerEventType = r.string("trigger_event_type");
    n.createTime = r.time0("create_time");
    n.secretName = r.string("secret_name");
    n.secretType = r.string("secret_type");
    n.targetName = r.string("notification_target_name");
    n.targetId = r.string("notification_target_id");
    // Documented as a string holding JSON; an object is kept as compact JSON text.
    const QJsonValue content = r.value("notification_content");
    if (content.isObject())
        n.content = QString::fromUtf8(
                QJsonDocument(content.toObject()).toJson(QJsonDocument::Compact));
    else
        n.content = r.string("notification_content");
    n.status = r.string("notification_status");
    return n;
}

ApiResult<SecretEvent> secretEventFromBody(const QByteArray &body)
{
    const ApiResult<QJsonObject> object = objectFromBody(body);
    if (!object)
        return object.error();
    const QJsonValue inner = object->value(QLatin1String("event"));
    if (!inner.isObject())
        return ApiError::badResponse(
                tr("the field %1 is missing or not an object").arg(QStringLiteral("event")));
    return secretEventFromJson(inner);
}

ApiResult<SecretEventPage> secretEventPageFromBody(const QByteArray &body)
{
    return page<SecretEvent>(body, "events", secretEventFromJson);
}

ApiResult<NotificationRecordPage> notificationRecordsFromBody(const QByteArray &body)
{
    return page<NotificationRecord>(body, "records", notificationRecordFromJson);
}

ApiResult<GeneratedPassword> generatedPasswordFromBody(const QByteArray &body)
{
    const ApiResult<QJsonObject> object = objectFromBody(body);
    if (!object)
        return object.error();
    const QJsonValue password = object->value(QLatin1String("password"));
    if (!password.isString() || password.toString().isEmpty())
        return ApiError::badResponse(
                tr("the field %1 is missing or not a string").arg(QStringLiteral("password")));
    return GeneratedPassword{password.toString()};
}

QByteArray toJson(const SecretEventRequest &request)
{
    QJsonObject o;
    if (!request.name.isEmpty())
        o.insert(QStringLiteral("name"), request.name);
    if (request.eventTypes)
        o.insert(QStringLiteral("event_types"), QJsonArray::fromStringList(*request.eventTypes));
    if (request.enabled)
        o.insert(QStringLiteral("state"),
                 *request.enabled ? QStringLiteral("ENABLED") : QStringLiteral("DISABLED"));
    if (request.target)
        o.insert(QStringLiteral("notification"),
                 QJsonObject{{QStringLiteral("target_type"), request.target->type},
                             {QStringLiteral("target_id"), request.target->id},
                             {QStringLiteral("target_name"), request.target->name}});
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray toJson(const PasswordRequest &r)
{
    QJsonObject o{{QStringLiteral("length"), r.length}};
    if (!r.excludeCharacters.isEmpty())
        o.insert(QStringLiteral("exclude_characters"), r.excludeCharacters);
    const auto flag = [&](const char *name, bool value) {
        if (value)
            o.insert(QLatin1String(name), true);
    };
    flag("exclude_lowercase", r.excludeLowercase);
    flag("exclude_uppercase", r.excludeUppercase);
    flag("exclude_numbers", r.excludeNumbers);
    flag("exclude_punctuation", r.excludePunctuation);
    flag("include_space", r.includeSpace);
    flag("require_each_included_type", r.requireEachIncludedType);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace keystage::codec
