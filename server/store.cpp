// SPDX-License-Identifier: Apache-2.0
#include "store.h"

#include <QAtomicInteger>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcStore, "csmslocal.store")

namespace csmslocal {

namespace {

const char *const schema[] = {
        "CREATE TABLE IF NOT EXISTS secrets (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
        " state TEXT NOT NULL, kms_key_id TEXT, description TEXT, secret_type TEXT,"
        " create_time INTEGER, update_time INTEGER, scheduled_delete_time INTEGER,"
        " auto_rotation INTEGER, rotation_period TEXT, rotation_config TEXT, rotation_time INTEGER,"
        " next_rotation_time INTEGER, event_subscriptions TEXT, enterprise_project_id TEXT,"
        " rotation_func_urn TEXT, next_version INTEGER NOT NULL)",
        "CREATE INDEX IF NOT EXISTS secrets_pending ON secrets(scheduled_delete_time)"
        " WHERE scheduled_delete_time IS NOT NULL",
        "CREATE TABLE IF NOT EXISTS versions (secret_id TEXT NOT NULL, number INTEGER NOT NULL,"
        " create_time INTEGER, expire_time INTEGER, kms_key_id TEXT, value TEXT, is_binary INTEGER,"
        " PRIMARY KEY (secret_id, number)) WITHOUT ROWID",
        "CREATE TABLE IF NOT EXISTS stages (secret_id TEXT NOT NULL, name TEXT NOT NULL,"
        " version_number INTEGER NOT NULL, update_time INTEGER, PRIMARY KEY (secret_id, name))"
        " WITHOUT ROWID",
        "CREATE TABLE IF NOT EXISTS tags (secret_id TEXT NOT NULL, key TEXT NOT NULL, value TEXT,"
        " PRIMARY KEY (secret_id, key)) WITHOUT ROWID",
        "CREATE INDEX IF NOT EXISTS tags_key ON tags(key, value)",
        "CREATE TABLE IF NOT EXISTS tasks (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,"
        " secret_name TEXT, rotation_func_urn TEXT, status TEXT, operate_type TEXT,"
        " task_time INTEGER, attempts INTEGER, error_code TEXT, error_msg TEXT)",
        "CREATE INDEX IF NOT EXISTS tasks_secret ON tasks(secret_name, seq)",
        "CREATE TABLE IF NOT EXISTS events (name TEXT PRIMARY KEY, id TEXT NOT NULL,"
        " event_types TEXT, state TEXT, create_time INTEGER, update_time INTEGER,"
        " target_type TEXT, target_id TEXT, target_name TEXT) WITHOUT ROWID",
        "CREATE TABLE IF NOT EXISTS notification_records (seq INTEGER PRIMARY KEY AUTOINCREMENT,"
        " event_name TEXT, trigger_event_type TEXT, create_time INTEGER, secret_name TEXT,"
        " secret_type TEXT, target_name TEXT, target_id TEXT, content TEXT, status TEXT)",
        "CREATE INDEX IF NOT EXISTS versions_expiry ON versions(expire_time)"
        " WHERE expire_time IS NOT NULL",
        "CREATE TABLE IF NOT EXISTS expiry_notices (secret_id TEXT NOT NULL, number INTEGER NOT "
        "NULL,"
        " expire_time INTEGER NOT NULL, PRIMARY KEY (secret_id, number, expire_time)) WITHOUT "
        "ROWID",
};

const QString secretColumns = QStringLiteral(
        "id, name, state, kms_key_id, description, secret_type, create_time, update_time,"
        " scheduled_delete_time, auto_rotation, rotation_period, rotation_config, rotation_time,"
        " next_rotation_time, event_subscriptions, enterprise_project_id, rotation_func_urn,"
        " next_version");

QVariant optionalValue(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::LongLong));
}

std::optional<qint64> optionalFrom(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

QString escapeLike(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('%'), QLatin1String("\\%"));
    text.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + text + QLatin1Char('%');
}

} // namespace

Store::Store()
{
    static QAtomicInteger<int> counter;
    m_connection = QStringLiteral("csmslocal-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

Store::~Store()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool Store::open(const QString &path, QString *error)
{
    const bool memory = path == QLatin1String(":memory:");
    if (!memory) {
        const QByteArray native = QFile::encodeName(path);
        const int fd = ::open(native.constData(), O_CREAT | O_RDWR | O_CLOEXEC, 0600);
        if (fd < 0 || ::fchmod(fd, 0600) != 0) {
            if (fd >= 0)
                ::close(fd);
            *error = QStringLiteral("cannot create %1").arg(path);
            return false;
        }
        ::close(fd);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    const QStringList pragmas{
            QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=FULL"),
            QStringLiteral("PRAGMA foreign_keys=OFF"), QStringLiteral("PRAGMA cache_size=-65536")};
    for (const QString &p : pragmas) {
        if (!exec(p)) {
            *error = m_lastError;
            return false;
        }
    }
    for (const char *statement : schema) {
        if (!exec(QString::fromLatin1(statement))) {
            *error = m_lastError;
            return false;
        }
    }
    return true;
}

bool Store::exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    m_lastError = query.lastError().text();
    // Statements carry bound values only, so the SQL text and the error hold no secret.
    qCWarning(lcStore).noquote() << "SQL failed:" << m_lastError << "in" << query.lastQuery();
    return false;
}

bool Store::exec(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (query.exec(sql))
        return true;
    m_lastError = query.lastError().text();
    qCWarning(lcStore).noquote() << "SQL failed:" << m_lastError << "in" << sql;
    return false;
}

QSqlQuery Store::prepare(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.prepare(sql)) {
        m_lastError = query.lastError().text();
        qCWarning(lcStore).noquote() << "SQL prepare failed:" << m_lastError << "in" << sql;
    }
    return query;
}

void Store::setCacheSize(int kibibytes)
{
    exec(QStringLiteral("PRAGMA cache_size=-%1").arg(kibibytes));
}

bool Store::begin()
{
    return exec(QStringLiteral("BEGIN IMMEDIATE"));
}

bool Store::commit()
{
    return exec(QStringLiteral("COMMIT"));
}

void Store::rollback()
{
    exec(QStringLiteral("ROLLBACK"));
}

SecretRecord Store::readSecret(const QSqlQuery &q) const
{
    SecretRecord s;
    s.id = q.value(0).toString();
    s.name = q.value(1).toString();
    s.state = q.value(2).toString();
    s.kmsKeyId = q.value(3).toString();
    s.description = q.value(4).toString();
    s.secretType = q.value(5).toString();
    s.createTime = q.value(6).toLongLong();
    s.updateTime = q.value(7).toLongLong();
    s.scheduledDeleteTime = optionalFrom(q.value(8));
    s.autoRotation = q.value(9).toBool();
    s.rotationPeriod = q.value(10).toString();
    s.rotationConfig = q.value(11).toString();
    s.rotationTime = optionalFrom(q.value(12));
    s.nextRotationTime = optionalFrom(q.value(13));
    const QJsonArray events = QJsonDocument::fromJson(q.value(14).toByteArray()).array();
    for (const auto &e : events)
        s.eventSubscriptions << e.toString();
    s.enterpriseProjectId = q.value(15).toString();
    s.rotationFuncUrn = q.value(16).toString();
    s.nextVersion = q.value(17).toInt();
    return s;
}

qint64 Store::secretCount()
{
    QSqlQuery q = prepare(QStringLiteral("SELECT COUNT(*) FROM secrets"));
    return exec(q) && q.next() ? q.value(0).toLongLong() : 0;
}

std::optional<SecretRecord> Store::secretByName(const QString &name)
{
    QSqlQuery q
            = prepare(QStringLiteral("SELECT %1 FROM secrets WHERE name = ?").arg(secretColumns));
    q.addBindValue(name);
    if (exec(q) && q.next())
        return readSecret(q);
    return std::nullopt;
}

std::optional<SecretRecord> Store::secretById(const QString &id)
{
    QSqlQuery q = prepare(QStringLiteral("SELECT %1 FROM secrets WHERE id = ?").arg(secretColumns));
    q.addBindValue(id);
    if (exec(q) && q.next())
        return readSecret(q);
    return std::nullopt;
}

QList<SecretRecord> Store::secrets(const QString &afterName, int limit, const QString &eventName)
{
    QString sql = QStringLiteral("SELECT %1 FROM secrets WHERE name > ?").arg(secretColumns);
    if (!eventName.isEmpty())
        sql += QStringLiteral(" AND event_subscriptions LIKE ? ESCAPE '\\'");
    sql += QStringLiteral(" ORDER BY name LIMIT ?");
    QSqlQuery q = prepare(sql);
    q.addBindValue(afterName.isNull() ? QStringLiteral("") : afterName); // NULL would match nothing
    if (!eventName.isEmpty())
        q.addBindValue(escapeLike(QLatin1Char('"') + eventName + QLatin1Char('"')));
    q.addBindValue(limit);
    QList<SecretRecord> result;
    if (exec(q)) {
        while (q.next())
            result << readSecret(q);
    }
    return result;
}

QList<SecretRecord> Store::secretsWithInstances()
{
    QSqlQuery q = prepare(QStringLiteral("SELECT %1 FROM secrets WHERE (rotation_config IS NOT NULL"
                                         " AND rotation_config != '') OR secret_type != 'COMMON'"
                                         " ORDER BY name")
                                  .arg(secretColumns));
    QList<SecretRecord> result;
    if (exec(q)) {
        while (q.next())
            result << readSecret(q);
    }
    return result;
}

QString Store::filterSql(const InstanceFilter &filter, QVariantList *bindings) const
{
    QString where = QStringLiteral(" WHERE 1");
    for (const auto &[key, values] : filter.tags) {
        where += QStringLiteral(" AND EXISTS (SELECT 1 FROM tags t WHERE t.secret_id = s.id"
                                " AND t.key = ?");
        *bindings << key;
        if (!values.isEmpty()) {
            QStringList marks;
            for (const QString &v : values) {
                marks << QStringLiteral("?");
                *bindings << v;
            }
            where += QStringLiteral(" AND t.value IN (%1)").arg(marks.join(QLatin1Char(',')));
        }
        where += QLatin1Char(')');
    }
    for (const QString &part : filter.nameContains) {
        where += QStringLiteral(" AND s.name LIKE ? ESCAPE '\\'");
        *bindings << escapeLike(part);
    }
    return where;
}

QList<SecretRecord> Store::filterSecrets(const InstanceFilter &filter, int limit, int offset)
{
    QVariantList bindings;
    const QString where = filterSql(filter, &bindings);
    QStringList columns;
    for (const QString &column : secretColumns.split(QLatin1Char(',')))
        columns << QStringLiteral("s.") + column.trimmed();
    QSqlQuery q
            = prepare(QStringLiteral("SELECT %1 FROM secrets s%2 ORDER BY s.name LIMIT ? OFFSET ?")
                              .arg(columns.join(QLatin1Char(',')), where));
    for (const QVariant &b : bindings)
        q.addBindValue(b);
    q.addBindValue(limit);
    q.addBindValue(offset);
    QList<SecretRecord> result;
    if (exec(q)) {
        while (q.next())
            result << readSecret(q);
    }
    return result;
}

qint64 Store::countSecrets(const InstanceFilter &filter)
{
    QVariantList bindings;
    const QString where = filterSql(filter, &bindings);
    QSqlQuery q = prepare(QStringLiteral("SELECT COUNT(*) FROM secrets s%1").arg(where));
    for (const QVariant &b : bindings)
        q.addBindValue(b);
    return exec(q) && q.next() ? q.value(0).toLongLong() : 0;
}

QStringList Store::expiredPendingSecrets(qint64 now)
{
    QSqlQuery q = prepare(QStringLiteral("SELECT id FROM secrets WHERE scheduled_delete_time IS NOT"
                                         " NULL AND scheduled_delete_time <= ?"));
    q.addBindValue(now);
    QStringList ids;
    if (exec(q)) {
        while (q.next())
            ids << q.value(0).toString();
    }
    return ids;
}

bool Store::insertSecret(const SecretRecord &s)
{
    QSqlQuery q = prepare(QStringLiteral("INSERT INTO secrets (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
                                         " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                  .arg(secretColumns));
    QJsonArray events;
    for (const QString &e : s.eventSubscriptions)
        events << e;
    const QVariantList values{
            s.id,
            s.name,
            s.state,
            s.kmsKeyId,
            s.description,
            s.secretType,
            s.createTime,
            s.updateTime,
            optionalValue(s.scheduledDeleteTime),
            s.autoRotation ? 1 : 0,
            s.rotationPeriod,
            s.rotationConfig,
            optionalValue(s.rotationTime),
            optionalValue(s.nextRotationTime),
            QString::fromUtf8(QJsonDocument(events).toJson(QJsonDocument::Compact)),
            s.enterpriseProjectId,
            s.rotationFuncUrn,
            s.nextVersion};
    for (const QVariant &v : values) {
        const bool nullText = v.typeId() == QMetaType::QString && v.toString().isNull();
        q.addBindValue(nullText ? QVariant(QStringLiteral("")) : v); // NULL is for absent times
    }
    return exec(q);
}

bool Store::updateSecret(const SecretRecord &s)
{
    // Delete and insert within the caller's transaction keeps one column list.
    QSqlQuery q = prepare(QStringLiteral("DELETE FROM secrets WHERE id = ?"));
    q.addBindValue(s.id);
    return exec(q) && insertSecret(s);
}

bool Store::deleteSecret(const QString &id)
{
    const QStringList tables{QStringLiteral("secrets"), QStringLiteral("versions"),
                             QStringLiteral("stages"), QStringLiteral("tags")};
    for (const QString &table : tables) {
        QSqlQuery q = prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?")
                                      .arg(table, table == QLatin1String("secrets")
                                                          ? QStringLiteral("id")
                                                          : QStringLiteral("secret_id")));
        q.addBindValue(id);
        if (!exec(q))
            return false;
    }
    return true;
}

QList<VersionRecord> Store::versions(const QString &secretId, bool withValues)
{
    QSqlQuery q
            = prepare(QStringLiteral("SELECT number, create_time, expire_time, kms_key_id, %1,"
                                     " is_binary FROM versions WHERE secret_id = ? ORDER BY"
                                     " number")
                              .arg(withValues ? QStringLiteral("value") : QStringLiteral("''")));
    q.addBindValue(secretId);
    QList<VersionRecord> result;
    if (exec(q)) {
        while (q.next()) {
            VersionRecord v;
            v.number = q.value(0).toInt();
            v.createTime = q.value(1).toLongLong();
            v.expireTime = optionalFrom(q.value(2));
            v.kmsKeyId = q.value(3).toString();
            v.value = q.value(4).toString();
            v.binary = q.value(5).toBool();
            result << v;
        }
    }
    return result;
}

std::optional<VersionRecord> Store::version(const QString &secretId, int number)
{
    QSqlQuery q = prepare(
            QStringLiteral("SELECT create_time, expire_time, kms_key_id, value,"
                           " is_binary FROM versions WHERE secret_id = ? AND number = ?"));
    q.addBindValue(secretId);
    q.addBindValue(number);
    if (!exec(q) || !q.next())
        return std::nullopt;
    VersionRecord v;
    v.number = number;
    v.createTime = q.value(0).toLongLong();
    v.expireTime = optionalFrom(q.value(1));
    v.kmsKeyId = q.value(2).toString();
    v.value = q.value(3).toString();
    v.binary = q.value(4).toBool();
    return v;
}

bool Store::insertVersion(const QString &secretId, const VersionRecord &v)
{
    QSqlQuery q = prepare(QStringLiteral("INSERT INTO versions (secret_id, number, create_time,"
                                         " expire_time, kms_key_id, value, is_binary) VALUES (?, ?,"
                                         " ?, ?, ?, ?, ?)"));
    q.addBindValue(secretId);
    q.addBindValue(v.number);
    q.addBindValue(v.createTime);
    q.addBindValue(optionalValue(v.expireTime));
    q.addBindValue(v.kmsKeyId);
    q.addBindValue(v.value.isNull() ? QStringLiteral("") : v.value);
    q.addBindValue(v.binary ? 1 : 0);
    return exec(q);
}

bool Store::updateVersionExpiry(const QString &secretId, int number, std::optional<qint64> expire)
{
    QSqlQuery q = prepare(QStringLiteral(
            "UPDATE versions SET expire_time = ? WHERE secret_id = ? AND number = ?"));
    q.addBindValue(optionalValue(expire));
    q.addBindValue(secretId);
    q.addBindValue(number);
    return exec(q);
}

bool Store::deleteVersion(const QString &secretId, int number)
{
    QSqlQuery q
            = prepare(QStringLiteral("DELETE FROM versions WHERE secret_id = ? AND number = ?"));
    q.addBindValue(secretId);
    q.addBindValue(number);
    return exec(q);
}

QList<StageRecord> Store::stages(const QString &secretId)
{
    QSqlQuery q = prepare(QStringLiteral("SELECT name, version_number, update_time FROM stages"
                                         " WHERE secret_id = ? ORDER BY name"));
    q.addBindValue(secretId);
    QList<StageRecord> result;
    if (exec(q)) {
        while (q.next())
            result << StageRecord{q.value(0).toString(), q.value(1).toInt(),
                                  q.value(2).toLongLong()};
    }
    return result;
}

bool Store::setStage(const QString &secretId, const StageRecord &stage)
{
    QSqlQuery q = prepare(QStringLiteral("INSERT OR REPLACE INTO stages (secret_id, name,"
                                         " version_number, update_time) VALUES (?, ?, ?, ?)"));
    q.addBindValue(secretId);
    q.addBindValue(stage.name);
    q.addBindValue(stage.versionNumber);
    q.addBindValue(stage.updateTime);
    return exec(q);
}

bool Store::deleteStage(const QString &secretId, const QString &name)
{
    QSqlQuery q = prepare(QStringLiteral("DELETE FROM stages WHERE secret_id = ? AND name = ?"));
    q.addBindValue(secretId);
    q.addBindValue(name);
    return exec(q);
}

TagList Store::tags(const QString &secretId)
{
    QSqlQuery q = prepare(
            QStringLiteral("SELECT key, value FROM tags WHERE secret_id = ? ORDER BY key"));
    q.addBindValue(secretId);
    TagList result;
    if (exec(q)) {
        while (q.next())
            result << qMakePair(q.value(0).toString(), q.value(1).toString());
    }
    return result;
}

bool Store::setTag(const QString &secretId, const QString &key, const QString &value)
{
    QSqlQuery q = prepare(
            QStringLiteral("INSERT OR REPLACE INTO tags (secret_id, key, value) VALUES (?, ?, ?)"));
    q.addBindValue(secretId);
    q.addBindValue(key);
    q.addBindValue(value.isNull() ? QStringLiteral("") : value);
    return exec(q);
}

bool Store::deleteTag(const QString &secretId, const QString &key)
{
    QSqlQuery q = prepare(QStringLiteral("DELETE FROM tags WHERE secret_id = ? AND key = ?"));
    q.addBindValue(secretId);
    q.addBindValue(key);
    return exec(q);
}

QList<QPair<QString, QStringList>> Store::allTags()
{
    QSqlQuery q
            = prepare(QStringLiteral("SELECT DISTINCT key, value FROM tags ORDER BY key, value"));
    QList<QPair<QString, QStringList>> result;
    if (exec(q)) {
        while (q.next()) {
            const QString key = q.value(0).toString();
            if (result.isEmpty() || result.last().first != key)
                result << qMakePair(key, QStringList());
            result.last().second << q.value(1).toString();
        }
    }
    return result;
}

bool Store::insertTask(const TaskRecord &t)
{
    QSqlQuery q = prepare(QStringLiteral(
            "INSERT INTO tasks (id, secret_name, rotation_func_urn, status, operate_type,"
            " task_time, attempts, error_code, error_msg) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariantList values{t.id,   t.secretName, t.rotationFuncUrn, t.status,  t.operateType,
                              t.time, t.attempts,   t.errorCode,       t.errorMsg};
    for (const QVariant &v : values)
        q.addBindValue(v);
    return exec(q);
}

bool Store::hasTask(const QString &id)
{
    QSqlQuery q = prepare(QStringLiteral("SELECT 1 FROM tasks WHERE id = ?"));
    q.addBindValue(id);
    return exec(q) && q.next();
}

QString Store::taskWhere(const TaskFilter &filter, QVariantList *bindings)
{
    QStringList clauses{QStringLiteral("1")};
    const QList<QPair<QString, QString>> columns{{QStringLiteral("secret_name"), filter.secretName},
                                                 {QStringLiteral("status"), filter.status},
                                                 {QStringLiteral("id"), filter.taskId}};
    for (const auto &[column, value] : columns) {
        if (value.isEmpty())
            continue;
        clauses << column + QStringLiteral(" = ?");
        *bindings << value;
    }
    return clauses.join(QStringLiteral(" AND "));
}

QList<TaskRecord> Store::tasks(const TaskFilter &filter, const QString &afterTaskId, int limit)
{
    QVariantList bindings;
    QString where = taskWhere(filter, &bindings);
    if (!afterTaskId.isEmpty()) {
        where += QStringLiteral(" AND seq < (SELECT seq FROM tasks WHERE id = ?)");
        bindings << afterTaskId;
    }
    QSqlQuery q = prepare(QStringLiteral("SELECT id, secret_name, rotation_func_urn, status,"
                                         " operate_type, task_time, attempts, error_code,"
                                         " error_msg FROM tasks WHERE %1 ORDER BY seq DESC LIMIT ?")
                                  .arg(where));
    for (const QVariant &v : bindings)
        q.addBindValue(v);
    q.addBindValue(limit);
    QList<TaskRecord> result;
    if (!exec(q))
        return result;
    while (q.next()) {
        TaskRecord t;
        t.id = q.value(0).toString();
        t.secretName = q.value(1).toString();
        t.rotationFuncUrn = q.value(2).toString();
        t.status = q.value(3).toString();
        t.operateType = q.value(4).toString();
        t.time = q.value(5).toLongLong();
        t.attempts = q.value(6).toInt();
        t.errorCode = q.value(7).toString();
        t.errorMsg = q.value(8).toString();
        result << t;
    }
    return result;
}

qint64 Store::countTasks(const TaskFilter &filter)
{
    QVariantList bindings;
    QSqlQuery q = prepare(QStringLiteral("SELECT COUNT(*) FROM tasks WHERE %1")
                                  .arg(taskWhere(filter, &bindings)));
    for (const QVariant &v : bindings)
        q.addBindValue(v);
    return exec(q) && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace csmslocal
