// SPDX-License-Identifier: Apache-2.0
// Service: rotation (RotateSecret, ListSecretTask in Huawei's API definitions).
//
// RotateSecret creates a version with a new random value and marks it SYSCURRENT; SYSPREVIOUS
// follows the old current. The definitions refuse COMMON secrets ("RotateSecret does not rotate
// common secrets"), so only RDS-FG and GaussDB-FG rotate. Their rotation_config says how:
// - SingleUser: the account of SYSCURRENT gets a new password.
// - MultiUser: two accounts; the one SYSPREVIOUS refers to gets a new password, then SYSCURRENT
//   and SYSPREVIOUS swap. The new version holds SYSPENDING while it is being made, and loses it
//   when SYSCURRENT arrives (inside one transaction here, so no reader ever sees it).
// Every rotation that reaches an enabled database secret is a task: SUCCESS, or FAILED with its
// error (recorded after the rollback), e.g. when the value names no account to reset.
// The error codes of a refused rotation are csms-api.md's table; which one the service uses for a
// COMMON secret is not documented: CSMS.0002 is a guess.
#include "rotationconfig.h"
#include "service.h"
#include "store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

namespace csmslocal {

namespace {

const QString sysPending = QStringLiteral("SYSPENDING");

bool isTaskId(const QString &id)
{
    // ListSecretTask's pattern for task_id and marker.
    static const QRegularExpression re(QRegularExpression::anchoredPattern(
            QStringLiteral("[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}")));
    return re.match(id).hasMatch();
}

QString randomPassword()
{
    static const QString alphabet
            = QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%+-=@^_");
    QString out;
    for (int i = 0; i < 24; ++i)
        out += alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size())));
    return out;
}

// The rotated value: the database account ({"username":...,"password":...}) keeps its other
// keys and gets a new password. nullopt when the value names no account: there is no login to
// reset, and the rotation fails.
std::optional<QString> rotatedValue(const QString &from)
{
    QJsonObject account = QJsonDocument::fromJson(from.toUtf8()).object();
    if (account.value(QStringLiteral("username")).toString().isEmpty())
        return std::nullopt;
    account.insert(QStringLiteral("password"), randomPassword());
    return QString::fromUtf8(QJsonDocument(account).toJson(QJsonDocument::Compact));
}

int holderOf(const QList<StageRecord> &stages, const QString &name)
{
    for (const StageRecord &s : stages) {
        if (s.name == name)
            return s.versionNumber;
    }
    return 0;
}

} // namespace

Outcome Service::rotateSecret(const QString &name)
{
    const QString taskId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    TaskRecord task;
    const Outcome outcome
            = inTransaction([&]() { return rotateInTransaction(name, taskId, &task); });
    // A rotation that reached the secret leaves a task, successful or not.
    if (!task.id.isEmpty()) {
        if (outcome.isError()) {
            task.status = QStringLiteral("FAILED");
            task.errorCode = outcome.errorCode;
            task.errorMsg = outcome.errorMsg;
        }
        if (!m_store.insertTask(task))
            return storeFailure();
        // The failed rotation's transaction was rolled back; its notification is written now.
        if (outcome.isError()) {
            Outcome error;
            if (const auto secret = findSecret(name, &error);
                secret && !notifySubscribers(*secret, QStringLiteral("SECRET_ROTATED_FAILED")))
                return storeFailure();
        }
    }
    return outcome;
}

Outcome Service::rotateInTransaction(const QString &name, const QString &taskId, TaskRecord *task)
{
    if (!isValidName(name))
        return Outcome::invalid(
                QStringLiteral("Invalid secret name: it must match ^[a-zA-Z0-9_-]{1,64}$."));
    Outcome error;
    auto secret = findSecret(name, &error);
    if (!secret)
        return error;
    if (secret->state == QLatin1String("PENDING_DELETE"))
        return Outcome::error(400, QStringLiteral("CSMS.0103"),
                              QStringLiteral("The secret %1 is pending deletion and cannot be "
                                             "rotated.")
                                      .arg(echoed(name)));
    if (secret->state != QLatin1String("ENABLED"))
        return Outcome::error(403, QStringLiteral("CSMS.0109"),
                              QStringLiteral("The secret %1 is not ENABLED.").arg(echoed(name)));
    if (secret->secretType == QLatin1String("COMMON"))
        return Outcome::invalid(
                QStringLiteral("The secret %1 is a COMMON secret: RotateSecret rotates RDS-FG and "
                               "GaussDB-FG secrets only.")
                        .arg(echoed(name)));
    const QHash<QString, QString> config
            = parseRotationConfig(secret->rotationConfig).value_or(QHash<QString, QString>());
    const bool multiUser
            = config.value(QStringLiteral("SecretSubType")) == QLatin1String("MultiUser");
    const qint64 t = now();
    task->id = taskId;
    task->secretName = secret->name;
    task->rotationFuncUrn = secret->rotationFuncUrn;
    task->status = QStringLiteral("SUCCESS");
    task->operateType = multiUser ? QStringLiteral("MULTI_USER") : QStringLiteral("SINGLE_USER");
    task->time = t;
    task->attempts = 1;

    const QList<StageRecord> stages = m_store.stages(secret->id);
    const int current = holderOf(stages, sysCurrent);
    const int previous = holderOf(stages, sysPrevious);
    // MultiUser resets the other account: the one SYSPREVIOUS refers to (the current one while
    // there is no SYSPREVIOUS yet).
    const int source = multiUser && previous > 0 ? previous : current;
    const auto from = source > 0 ? m_store.version(secret->id, source) : std::nullopt;
    VersionRecord version;
    version.number = secret->nextVersion++;
    version.createTime = t;
    version.kmsKeyId = secret->kmsKeyId;
    const std::optional<QString> value = rotatedValue(from ? from->value : QString());
    if (!value)
        return Outcome::invalid(QStringLiteral("The secret %1 holds no database account "
                                               "({\"username\":...,\"password\":...}) to "
                                               "rotate.")
                                        .arg(echoed(name)));
    version.value = *value;
    version.binary = false;
    if (!m_store.insertVersion(secret->id, version)
        || !m_store.setStage(secret->id, {sysPending, version.number, t}))
        return storeFailure();
    if (current > 0 && !m_store.setStage(secret->id, {sysPrevious, current, t}))
        return storeFailure();
    if (!m_store.setStage(secret->id, {sysCurrent, version.number, t})
        || !m_store.deleteStage(secret->id, sysPending))
        return storeFailure();
    if (Outcome limit = enforceVersionLimit(*secret, version.number); limit.isError())
        return limit;
    secret->rotationTime = t;
    const qint64 period = rotationPeriodSeconds(secret->rotationPeriod);
    if (secret->autoRotation && period > 0)
        secret->nextRotationTime = t + period * 1000;
    secret->updateTime = t;
    if (!m_store.updateSecret(*secret)
        || !notifySubscribers(*secret, QStringLiteral("SECRET_ROTATED"),
                              QStringLiteral("v%1").arg(version.number)))
        return storeFailure();
    return Outcome::ok({{QStringLiteral("rotation_task_id"), taskId},
                        {QStringLiteral("secret_name"), secret->name},
                        {QStringLiteral("version_id"), QStringLiteral("v%1").arg(version.number)}});
}

Outcome Service::listTasks(const QUrlQuery &query)
{
    const auto item = [&](const char *key) {
        return query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
    };
    const auto has = [&](const char *key) { return query.hasQueryItem(QLatin1String(key)); };
    TaskFilter filter;
    filter.secretName = item("secret_name");
    filter.status = item("status");
    filter.taskId = item("task_id");
    const QString marker = item("marker");
    if (has("secret_name") && !isValidName(filter.secretName))
        return Outcome::invalid(
                QStringLiteral("Invalid secret_name: it must match ^[a-zA-Z0-9_-]{1,64}$."));
    if (has("status") && filter.status != QLatin1String("SUCCESS")
        && filter.status != QLatin1String("FAILED"))
        return Outcome::invalid(QStringLiteral("Invalid status: SUCCESS or FAILED."));
    if (has("task_id") && !isTaskId(filter.taskId))
        return Outcome::invalid(QStringLiteral("Invalid task_id: a task UUID is expected."));
    if (has("marker") && !isTaskId(marker))
        return Outcome::invalid(QStringLiteral("Invalid marker: a task UUID is expected."));
    if (has("task_id") && (has("secret_name") || has("status") || has("limit") || has("marker")))
        return Outcome::invalid(
                QStringLiteral("task_id cannot be combined with the other parameters."));
    int limit = 50;
    if (has("limit")) {
        bool ok = false;
        limit = item("limit").toInt(&ok);
        if (!ok || limit < 1 || limit > maxTaskPage)
            return Outcome::invalid(QStringLiteral("Invalid limit: 1 to 1000 is expected."));
    }
    if (!marker.isEmpty() && !m_store.hasTask(marker))
        return Outcome::invalid(QStringLiteral("Invalid marker: no task has this id."));
    QList<TaskRecord> page = m_store.tasks(filter, marker, limit + 1);
    const bool more = page.size() > limit;
    if (more)
        page.removeLast();
    QJsonArray tasks;
    for (const TaskRecord &t : page) {
        QJsonObject o{{QStringLiteral("task_id"), t.id},
                      {QStringLiteral("secret_name"), t.secretName},
                      {QStringLiteral("task_status"), t.status},
                      {QStringLiteral("operate_type"), t.operateType},
                      {QStringLiteral("task_time"), double(t.time)},
                      {QStringLiteral("attempt_nums"), t.attempts}};
        if (!t.rotationFuncUrn.isEmpty())
            o.insert(QStringLiteral("rotation_func_urn"), t.rotationFuncUrn);
        if (!t.errorCode.isEmpty()) {
            o.insert(QStringLiteral("task_error_code"), t.errorCode);
            o.insert(QStringLiteral("task_error_msg"), t.errorMsg);
        }
        tasks << o;
    }
    QJsonObject body{{QStringLiteral("tasks"), tasks},
                     {QStringLiteral("total"), double(m_store.countTasks(filter))}};
    if (more)
        body.insert(QStringLiteral("next_marker"), page.last().id);
    return Outcome::ok(body);
}

} // namespace csmslocal
