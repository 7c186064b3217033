// SPDX-License-Identifier: Apache-2.0
// Service: events (CreateSecretEvent, ListSecretEvents, ShowSecretEvent, UpdateSecretEvent,
// DeleteSecretEvent), the notification records subscribed changes leave
// (ListNotificationRecords), and GenerateRandomPassword.
#include "bodyreader.h"
#include "service.h"
#include "store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

namespace csmslocal {

namespace {

const QStringList &eventTypes()
{
    static const QStringList types{
            QStringLiteral("SECRET_VERSION_CREATED"), QStringLiteral("SECRET_VERSION_EXPIRED"),
            QStringLiteral("SECRET_ROTATED"), QStringLiteral("SECRET_DELETED"),
            QStringLiteral("SECRET_ROTATED_FAILED")};
    return types;
}

bool matches(const QString &text, const char *pattern)
{
    const QRegularExpression re(QRegularExpression::anchoredPattern(QString::fromLatin1(pattern)));
    return re.match(text).hasMatch();
}

Outcome eventNotFound(const QString &name)
{
    return Outcome::error(404, QStringLiteral("CSMS.0005"),
                          QStringLiteral("The event %1 does not exist.").arg(echoed(name)));
}

Outcome invalidEventName()
{
    return Outcome::invalid(QStringLiteral("Invalid event name: it must match "
                                           "^[a-zA-Z0-9_-]{1,64}$."));
}

// Reads event_types, state and notification (each optional here) into event.
void readEvent(BodyReader &in, EventRecord &event)
{
    if (const auto types = in.stringList(QStringLiteral("event_types"))) {
        // The request allows 0 items, the Event answer needs 1: an event that fires on nothing
        // is refused.
        if (types->isEmpty() || types->size() > Service::maxEventTypes)
            in.fail(QStringLiteral("Invalid event_types: 1 to %1 base event types.")
                            .arg(Service::maxEventTypes));
        for (const QString &t : *types) {
            if (!eventTypes().contains(t))
                in.fail(QStringLiteral("Invalid event type: %1 is expected.")
                                .arg(eventTypes().join(QStringLiteral(", "))));
        }
        if (QSet<QString>(types->begin(), types->end()).size() != types->size())
            in.fail(QStringLiteral("Invalid event_types: a type is listed twice."));
        event.eventTypes = *types;
    }
    if (const auto state = in.string(QStringLiteral("state"))) {
        if (*state != QLatin1String("ENABLED") && *state != QLatin1String("DISABLED"))
            in.fail(QStringLiteral("Invalid state: ENABLED or DISABLED."));
        event.state = *state;
    }
    if (const auto target = in.object(QStringLiteral("notification"))) {
        BodyReader n(*target);
        const auto type = n.string(QStringLiteral("target_type"));
        const auto id = n.string(QStringLiteral("target_id"));
        const auto name = n.string(QStringLiteral("target_name"));
        if (n.failed())
            in.fail(n.error().errorMsg);
        else if (type != QStringLiteral("SMN"))
            in.fail(QStringLiteral("Invalid notification.target_type: SMN is expected."));
        else if (!id || !matches(*id, "[a-zA-Z0-9\\-._:]{1,256}"))
            in.fail(QStringLiteral("Invalid notification.target_id: an SMN topic URN "
                                   "(^[a-zA-Z0-9-._:]{1,256}$) is expected."));
        else if (!name || !matches(*name, "[a-zA-Z0-9_-]{1,64}"))
            in.fail(QStringLiteral("Invalid notification.target_name: it must match "
                                   "^[a-zA-Z0-9_-]{1,64}$."));
        else {
            event.targetType = *type;
            event.targetId = *id;
            event.targetName = *name;
        }
    }
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

QJsonObject Service::eventJson(const EventRecord &e) const
{
    return QJsonObject{{QStringLiteral("name"), e.name},
                       {QStringLiteral("event_id"), e.id},
                       {QStringLiteral("event_types"), QJsonArray::fromStringList(e.eventTypes)},
                       {QStringLiteral("state"), e.state},
                       {QStringLiteral("create_time"), double(e.createTime)},
                       {QStringLiteral("update_time"), double(e.updateTime)},
                       {QStringLiteral("notification"),
                        QJsonObject{{QStringLiteral("target_type"), e.targetType},
                                    {QStringLiteral("target_id"), e.targetId},
                                    {QStringLiteral("target_name"), e.targetName}}}};
}

Outcome Service::listEvents(const QUrlQuery &query)
{
    int limit = 50;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        const QString text = query.queryItemValue(QStringLiteral("limit"));
        limit = text.toInt(&ok);
        if (!ok || text.size() > 4 || limit < 1 || limit > 1000)
            return Outcome::invalid(QStringLiteral("Invalid limit: 1 to 1000 is expected."));
    }
    const QString marker = query.queryItemValue(QStringLiteral("marker"), QUrl::FullyDecoded);
    if (query.hasQueryItem(QStringLiteral("marker")) && !matches(marker, "[a-zA-Z0-9._-]{1,64}"))
        return Outcome::invalid(QStringLiteral("Invalid marker: an event name is expected."));
    QList<EventRecord> page = m_store.events(marker, limit + 1);
    const bool more = page.size() > limit;
    if (more)
        page.removeLast();
    QJsonArray items;
    for (const EventRecord &e : page)
        items << eventJson(e);
    QJsonObject pageInfo{{QStringLiteral("current_count"), int(page.size())}};
    if (!page.isEmpty())
        pageInfo.insert(QStringLiteral("previous_marker"), page.first().name);
    if (more)
        pageInfo.insert(QStringLiteral("next_marker"), page.last().name);
    return Outcome::ok(
            {{QStringLiteral("events"), items}, {QStringLiteral("page_info"), pageInfo}});
}

Outcome Service::createEvent(const QJsonObject &body)
{
    BodyReader in(body);
    EventRecord event;
    const auto name = in.string(QStringLiteral("name"));
    if (!in.failed() && (!name || !isValidName(*name)))
        return invalidEventName();
    for (const char *field : {"event_types", "state", "notification"}) {
        if (!in.failed() && !in.has(QString::fromLatin1(field)))
            in.fail(QStringLiteral("%1 is required.").arg(QString::fromLatin1(field)));
    }
    readEvent(in, event);
    if (in.failed())
        return in.error();
    event.name = *name;
    event.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    event.createTime = event.updateTime = now();
    return inTransaction([&]() -> Outcome {
        if (m_store.eventByName(event.name))
            return Outcome::invalid(
                    QStringLiteral("An event named %1 already exists.").arg(echoed(event.name)));
        if (!m_store.insertEvent(event))
            return storeFailure();
        return Outcome::ok({{QStringLiteral("event"), eventJson(event)}});
    });
}

Outcome Service::showEvent(const QString &name)
{
    if (!isValidName(name))
        return invalidEventName();
    const auto event = m_store.eventByName(name);
    if (!event)
        return eventNotFound(name);
    return Outcome::ok({{QStringLiteral("event"), eventJson(*event)}});
}

Outcome Service::updateEvent(const QString &name, const QJsonObject &body)
{
    if (!isValidName(name))
        return invalidEventName();
    return inTransaction([&]() -> Outcome {
        auto event = m_store.eventByName(name);
        if (!event)
            return eventNotFound(name);
        BodyReader in(body);
        readEvent(in, *event);
        if (in.failed())
            return in.error();
        event->updateTime = now();
        if (!m_store.updateEvent(*event))
            return storeFailure();
        return Outcome::ok({{QStringLiteral("event"), eventJson(*event)}});
    });
}

Outcome Service::deleteEvent(const QString &name)
{
    if (!isValidName(name))
        return invalidEventName();
    return inTransaction([&]() -> Outcome {
        if (!m_store.eventByName(name))
            return eventNotFound(name);
        if (const qint64 count = m_store.subscriberCount(name); count > 0)
            return Outcome::invalid(QStringLiteral("The event %1 is subscribed by %2 secret(s): "
                                                   "unsubscribe them first.")
                                            .arg(echoed(name))
                                            .arg(count));
        if (!m_store.deleteEvent(name))
            return storeFailure();
        return Outcome::empty(204);
    });
}

Outcome Service::listNotificationRecords()
{
    // Records are kept for three months; the newest 1000 are listed.
    constexpr qint64 threeMonths = 90LL * 86400000LL;
    const QList<NotificationRecord> records = m_store.notifications(now() - threeMonths, 1000);
    QJsonArray items;
    for (const NotificationRecord &r : records) {
        items << QJsonObject{{QStringLiteral("event_name"), r.eventName},
                             {QStringLiteral("trigger_event_type"), r.triggerEventType},
                             {QStringLiteral("create_time"), double(r.createTime)},
                             {QStringLiteral("secret_name"), r.secretName},
                             {QStringLiteral("secret_type"), r.secretType},
                             {QStringLiteral("notification_target_name"), r.targetName},
                             {QStringLiteral("notification_target_id"), r.targetId},
                             {QStringLiteral("notification_content"), r.content},
                             {QStringLiteral("notification_status"), r.status}};
    }
    return Outcome::ok({{QStringLiteral("records"), items},
                        {QStringLiteral("page_info"),
                         QJsonObject{{QStringLiteral("current_count"), int(items.size())}}}});
}

Outcome Service::checkSubscriptions(const SecretRecord &secret)
{
    for (const QString &name : secret.eventSubscriptions) {
        if (!m_store.eventByName(name))
            return Outcome::invalid(
                    QStringLiteral("Invalid event_subscriptions: no event is named %1.")
                            .arg(echoed(name)));
    }
    return {};
}

bool Service::notifySubscribers(const SecretRecord &secret, const QString &eventType,
                                const QString &versionId, std::optional<qint64> versionExpireTime)
{
    const qint64 t = now();
    for (const QString &name : secret.eventSubscriptions) {
        const auto event = m_store.eventByName(name);
        if (!event || event->state != QLatin1String("ENABLED")
            || !event->eventTypes.contains(eventType))
            continue;
        QJsonObject data{{QStringLiteral("secretId"), secret.id},
                         {QStringLiteral("secretName"), secret.name},
                         {QStringLiteral("createTime"), isoTime(secret.createTime)},
                         {QStringLiteral("updateTime"), isoTime(secret.updateTime)}};
        if (!versionId.isEmpty())
            data.insert(QStringLiteral("versionId"), versionId);
        if (versionExpireTime)
            data.insert(QStringLiteral("versionExpireTime"), isoTime(*versionExpireTime));
        const QJsonObject content{{QStringLiteral("eventName"), event->name},
                                  {QStringLiteral("eventType"), eventType},
                                  {QStringLiteral("eventTime"), isoTime(t)},
                                  {QStringLiteral("data"), data}};
        NotificationRecord record;
        record.eventName = event->name;
        record.triggerEventType = eventType;
        record.createTime = t;
        record.secretName = secret.name;
        record.secretType = secret.secretType;
        record.targetName = event->targetName;
        record.targetId = event->targetId;
        record.content = QString::fromUtf8(QJsonDocument(content).toJson(QJsonDocument::Compact));
        // csms-local has no SMN: a target that is an SMN topic URN counts as delivered, any
        // other target as a failed delivery (the service does not check targets beforehand).
        record.status = event->targetId.startsWith(QLatin1String("urn:smn:"))
                                ? QStringLiteral("SUCCESS")
                                : QStringLiteral("FAIL");
        if (!m_store.insertNotification(record))
            return false;
    }
    return true;
}

void Service::expiryChanged(qint64 expireTime)
{
    if (expireTime <= now())
        m_expirySweptUntil = qMin(m_expirySweptUntil, expireTime - 1);
}

int Service::notifyExpiredVersions()
{
    const qint64 t = now();
    if (t <= m_expirySweptUntil)
        return 0;
    const QList<Store::ExpiredVersion> expired = m_store.unnoticedExpiries(m_expirySweptUntil, t);
    if (expired.isEmpty()) {
        m_expirySweptUntil = t;
        return 0;
    }
    if (!m_store.begin())
        return 0;
    for (const Store::ExpiredVersion &e : expired) {
        const auto secret = m_store.secretById(e.secretId);
        if (!m_store.noteExpiry(e)
            || (secret
                && !notifySubscribers(*secret, QStringLiteral("SECRET_VERSION_EXPIRED"),
                                      QStringLiteral("v%1").arg(e.number), e.expireTime))) {
            m_store.rollback();
            return 0;
        }
    }
    if (!m_store.commit()) {
        m_store.rollback();
        return 0;
    }
    m_expirySweptUntil = t;
    return int(expired.size());
}

} // namespace csmslocal
