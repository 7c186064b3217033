// SPDX-License-Identifier: Apache-2.0
// Store: events (CreateSecretEvent ...) and the notification records they leave.
#include "store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace csmslocal {

namespace {

const QString eventColumns
        = QStringLiteral("name, id, event_types, state, create_time, update_time,"
                         " target_type, target_id, target_name");

QString typesText(const QStringList &types)
{
    return QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(types)).toJson(QJsonDocument::Compact));
}

EventRecord readEvent(const QSqlQuery &q)
{
    EventRecord e;
    e.name = q.value(0).toString();
    e.id = q.value(1).toString();
    for (const auto &t : QJsonDocument::fromJson(q.value(2).toByteArray()).array())
        e.eventTypes << t.toString();
    e.state = q.value(3).toString();
    e.createTime = q.value(4).toLongLong();
    e.updateTime = q.value(5).toLongLong();
    e.targetType = q.value(6).toString();
    e.targetId = q.value(7).toString();
    e.targetName = q.value(8).toString();
    return e;
}

} // namespace

QList<EventRecord> Store::events(const QString &afterName, int limit)
{
    QSqlQuery q
            = prepare(QStringLiteral("SELECT %1 FROM events WHERE name > ? ORDER BY name LIMIT ?")
                              .arg(eventColumns));
    q.addBindValue(afterName.isNull() ? QStringLiteral("") : afterName);
    q.addBindValue(limit);
    QList<EventRecord> result;
    if (exec(q)) {
        while (q.next())
            result << readEvent(q);
    }
    return result;
}

std::optional<EventRecord> Store::eventByName(const QString &name)
{
    QSqlQuery q = prepare(QStringLiteral("SELECT %1 FROM events WHERE name = ?").arg(eventColumns));
    q.addBindValue(name);
    if (exec(q) && q.next())
        return readEvent(q);
    return std::nullopt;
}

bool Store::insertEvent(const EventRecord &e)
{
    QSqlQuery q
            = prepare(QStringLiteral("INSERT INTO events (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                              .arg(eventColumns));
    for (const QVariant &v :
         QVariantList{e.name, e.id, typesText(e.eventTypes), e.state, e.createTime, e.updateTime,
                      e.targetType, e.targetId, e.targetName})
        q.addBindValue(v);
    return exec(q);
}

bool Store::updateEvent(const EventRecord &e)
{
    QSqlQuery q = prepare(QStringLiteral("UPDATE events SET event_types = ?, state = ?,"
                                         " update_time = ?, target_type = ?, target_id = ?,"
                                         " target_name = ? WHERE name = ?"));
    for (const QVariant &v : QVariantList{typesText(e.eventTypes), e.state, e.updateTime,
                                          e.targetType, e.targetId, e.targetName, e.name})
        q.addBindValue(v);
    return exec(q);
}

bool Store::deleteEvent(const QString &name)
{
    QSqlQuery q = prepare(QStringLiteral("DELETE FROM events WHERE name = ?"));
    q.addBindValue(name);
    return exec(q);
}

qint64 Store::subscriberCount(const QString &eventName)
{
    // event_subscriptions is stored as a compact JSON array of names that match
    // ^[a-zA-Z0-9_-]+$, so "name" (quotes included) finds exactly that item.
    QSqlQuery q = prepare(QStringLiteral("SELECT COUNT(*) FROM secrets WHERE"
                                         " instr(event_subscriptions, ?) > 0"));
    q.addBindValue(QLatin1Char('"') + eventName + QLatin1Char('"'));
    return exec(q) && q.next() ? q.value(0).toLongLong() : 0;
}

bool Store::insertNotification(const NotificationRecord &r)
{
    QSqlQuery q = prepare(QStringLiteral(
            "INSERT INTO notification_records (event_name, trigger_event_type, create_time,"
            " secret_name, secret_type, target_name, target_id, content, status)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         QVariantList{r.eventName, r.triggerEventType, r.createTime, r.secretName, r.secretType,
                      r.targetName, r.targetId, r.content, r.status})
        q.addBindValue(v);
    return exec(q);
}

QList<NotificationRecord> Store::notifications(qint64 since, int limit)
{
    QSqlQuery q = prepare(QStringLiteral(
            "SELECT event_name, trigger_event_type, create_time, secret_name, secret_type,"
            " target_name, target_id, content, status FROM notification_records"
            " WHERE create_time >= ? ORDER BY seq DESC LIMIT ?"));
    q.addBindValue(since);
    q.addBindValue(limit);
    QList<NotificationRecord> result;
    if (exec(q)) {
        while (q.next()) {
            NotificationRecord r;
            r.eventName = q.value(0).toString();
            r.triggerEventType = q.value(1).toString();
            r.createTime = q.value(2).toLongLong();
            r.secretName = q.value(3).toString();
            r.secretType = q.value(4).toString();
            r.targetName = q.value(5).toString();
            r.targetId = q.value(6).toString();
            r.content = q.value(7).toString();
            r.status = q.value(8).toString();
            result << r;
        }
    }
    return result;
}

QList<Store::ExpiredVersion> Store::unnoticedExpiries(qint64 after, qint64 until)
{
    QSqlQuery q = prepare(QStringLiteral(
            "SELECT v.secret_id, v.number, v.expire_time FROM versions v WHERE v.expire_time > ?"
            " AND v.expire_time <= ? AND NOT EXISTS (SELECT 1 FROM expiry_notices n WHERE"
            " n.secret_id = v.secret_id AND n.number = v.number AND n.expire_time = "
            "v.expire_time)"));
    q.addBindValue(after);
    q.addBindValue(until);
    QList<ExpiredVersion> result;
    if (exec(q)) {
        while (q.next())
            result << ExpiredVersion{q.value(0).toString(), q.value(1).toInt(),
                                     q.value(2).toLongLong()};
    }
    return result;
}

bool Store::noteExpiry(const ExpiredVersion &e)
{
    QSqlQuery q = prepare(QStringLiteral("INSERT OR IGNORE INTO expiry_notices (secret_id, number, "
                                         "expire_time) VALUES (?, ?, ?)"));
    q.addBindValue(e.secretId);
    q.addBindValue(e.number);
    q.addBindValue(e.expireTime);
    return exec(q);
}

} // namespace csmslocal
