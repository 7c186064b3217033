// SPDX-License-Identifier: Apache-2.0
// Store: SQLite persistence of secrets, versions, stages and tags (Qt Sql, WAL, synchronous=FULL).
// Writes go through Transaction; a write is acknowledged only after commit() returned true.
#pragma once

#include "records.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

class QSqlQuery;

namespace csmslocal {

struct InstanceFilter
{
    QList<QPair<QString, QStringList>> tags; // key, values (empty: any value)
    QStringList nameContains; // case-insensitive substrings, AND-ed
};

class Store
{
public:
    Store();
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    bool open(const QString &path, QString *error);
    QString lastError() const { return m_lastError; }

    void setCacheSize(int kibibytes);
    bool begin();
    bool commit();
    void rollback();

    qint64 secretCount();
    std::optional<SecretRecord> secretByName(const QString &name);
    std::optional<SecretRecord> secretById(const QString &id);
    // Secrets with name > afterName (byte order), at most limit.
    QList<SecretRecord> secrets(const QString &afterName, int limit, const QString &eventName = {});
    // Secrets with an instance association (a rotation_config or a non-COMMON type).
    QList<SecretRecord> secretsWithInstances();
    QList<SecretRecord> filterSecrets(const InstanceFilter &filter, int limit, int offset);
    qint64 countSecrets(const InstanceFilter &filter);
    QStringList expiredPendingSecrets(qint64 now); // ids
    bool insertSecret(const SecretRecord &secret);
    bool updateSecret(const SecretRecord &secret);
    bool deleteSecret(const QString &id);

    QList<VersionRecord> versions(const QString &secretId, bool withValues);
    std::optional<VersionRecord> version(const QString &secretId, int number);
    bool insertVersion(const QString &secretId, const VersionRecord &version);
    bool updateVersionExpiry(const QString &secretId, int number, std::optional<qint64> expire);
    bool deleteVersion(const QString &secretId, int number);

    QList<StageRecord> stages(const QString &secretId);
    bool setStage(const QString &secretId, const StageRecord &stage);
    bool deleteStage(const QString &secretId, const QString &name);

    TagList tags(const QString &secretId);
    bool setTag(const QString &secretId, const QString &key, const QString &value);
    bool deleteTag(const QString &secretId, const QString &key);
    QList<QPair<QString, QStringList>> allTags(); // key → distinct values, sorted

    // Rotation tasks, newest first. afterTaskId: the page starts after that task.
    bool insertTask(const TaskRecord &task);
    bool hasTask(const QString &id);
    QList<TaskRecord> tasks(const TaskFilter &filter, const QString &afterTaskId, int limit);
    qint64 countTasks(const TaskFilter &filter);
    // Events and notification records (store_events.cpp)
    QList<EventRecord> events(const QString &afterName, int limit);
    std::optional<EventRecord> eventByName(const QString &name);
    bool insertEvent(const EventRecord &event);
    bool updateEvent(const EventRecord &event);
    bool deleteEvent(const QString &name);
    qint64 subscriberCount(const QString &eventName);
    bool insertNotification(const NotificationRecord &record);
    QList<NotificationRecord> notifications(qint64 since, int limit); // newest first
    // Versions whose expiry is in (after, until] and not yet noticed: (secret id, number, expiry).
    struct ExpiredVersion
    {
        QString secretId;
        int number = 0;
        qint64 expireTime = 0;
    };
    QList<ExpiredVersion> unnoticedExpiries(qint64 after, qint64 until);
    bool noteExpiry(const ExpiredVersion &expiry);

private:
    bool exec(QSqlQuery &query);
    bool exec(const QString &sql);
    QSqlQuery prepare(const QString &sql);
    SecretRecord readSecret(const QSqlQuery &query) const;
    QString filterSql(const InstanceFilter &filter, QVariantList *bindings) const;
    static QString taskWhere(const TaskFilter &filter, QVariantList *bindings);

    QString m_connection;
    QString m_lastError;
};

} // namespace csmslocal
