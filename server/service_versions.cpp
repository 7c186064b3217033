// SPDX-License-Identifier: Apache-2.0
// Service: versions and stages (limits, stage moves, SYSPREVIOUS follow, purge of deprecated
// versions).
#include "bodyreader.h"
#include "service.h"
#include "store.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace csmslocal {

namespace {

// The canonical id "v<N>" (N from 1, no leading zero) → N; -1 for anything else, so that "v01"
// or "v0000001" never alias v1.
int versionNumber(const QString &id)
{
    static const QRegularExpression re(
            QRegularExpression::anchoredPattern(QStringLiteral("v([1-9][0-9]{0,8})")));
    const auto m = re.match(id);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// A version id in a path: csms-api.md's pattern ^[a-zA-Z0-9][a-zA-Z0-9-_.]{0,63}
// (ShowSecretVersion).
bool isWellFormedVersionId(const QString &id)
{
    static const QRegularExpression re(
            QRegularExpression::anchoredPattern(QStringLiteral("[a-zA-Z0-9][a-zA-Z0-9_.-]{0,63}")));
    return re.match(id).hasMatch();
}

Outcome invalidVersionId()
{
    return Outcome::invalid(QStringLiteral(
            "Invalid version_id: it must match ^[a-zA-Z0-9][a-zA-Z0-9-_.]{0,63}$ (v1, v2, ... or "
            "latest)."));
}

Outcome pendingDeletion(const QString &name)
{
    return Outcome::error(400, QStringLiteral("CSMS.0103"),
                          QStringLiteral("The secret %1 is pending deletion and cannot be used.")
                                  .arg(echoed(name)));
}

Outcome notEnabled(const QString &name)
{
    return Outcome::error(403, QStringLiteral("CSMS.0109"),
                          QStringLiteral("The secret %1 is not ENABLED.").arg(echoed(name)));
}

Outcome versionNotFound(const QString &name, const QString &id)
{
    return Outcome::error(
            404, QStringLiteral("CSMS.0005"),
            QStringLiteral("The secret %1 has no version %2.").arg(echoed(name), echoed(id)));
}

Outcome stageNotFound(const QString &name, const QString &stage)
{
    return Outcome::error(
            404, QStringLiteral("CSMS.0005"),
            QStringLiteral("The secret %1 has no stage %2.").arg(echoed(name), echoed(stage)));
}

} // namespace

Outcome Service::listVersions(const QString &name, const QUrlQuery &query)
{
    Outcome error;
    const auto secret = findSecret(name, &error);
    if (!secret)
        return error;
    int limit = 50;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 1000)
            return Outcome::invalid(QStringLiteral("Invalid limit: 1 to 1000 is expected."));
    }
    const QList<VersionRecord> all = m_store.versions(secret->id, false);
    int after = 0;
    const QString marker = query.queryItemValue(QStringLiteral("marker"));
    if (marker == QLatin1String("latest")) {
        after = all.isEmpty() ? 0 : all.last().number;
    } else if (!marker.isEmpty()) {
        after = versionNumber(marker);
        if (after < 0)
            return Outcome::invalid(
                    QStringLiteral("Invalid marker: a version id (v1, v2, ... or latest) is "
                                   "expected."));
    }
    const QList<StageRecord> stages = m_store.stages(secret->id);
    QJsonArray items;
    QString first;
    QString last;
    bool more = false;
    for (const VersionRecord &v : all) {
        if (v.number <= after)
            continue;
        if (items.size() == limit) {
            more = true;
            break;
        }
        const QJsonObject item = versionJson(*secret, v, stages);
        items << item;
        last = item.value(QStringLiteral("id")).toString();
        if (first.isEmpty())
            first = last;
    }
    QJsonObject pageInfo{{QStringLiteral("current_count"), int(items.size())}};
    if (!first.isEmpty())
        pageInfo.insert(QStringLiteral("previous_marker"), first);
    if (more)
        pageInfo.insert(QStringLiteral("next_marker"), last);
    return Outcome::ok({{QStringLiteral("version_metadatas"), items},
                        {QStringLiteral("page_info"), pageInfo}});
}

bool Service::assignStages(const SecretRecord &secret, const QStringList &names, int number)
{
    const qint64 t = now();
    const QList<StageRecord> existing = m_store.stages(secret.id);
    if (names.contains(sysCurrent) && !names.contains(sysPrevious)) {
        for (const StageRecord &s : existing) {
            if (s.name == sysCurrent && s.versionNumber != number
                && !m_store.setStage(secret.id, {sysPrevious, s.versionNumber, t}))
                return false;
        }
    }
    for (const QString &name : names) {
        if (!m_store.setStage(secret.id, {name, number, t}))
            return false;
    }
    return true;
}

Outcome Service::enforceVersionLimit(const SecretRecord &secret, int keepNumber)
{
    const QList<VersionRecord> versions = m_store.versions(secret.id, false);
    qsizetype count = versions.size();
    QSet<int> staged;
    for (const StageRecord &s : m_store.stages(secret.id))
        staged.insert(s.versionNumber);
    for (const VersionRecord &v : versions) { // oldest first
        if (count <= maxVersions)
            return {};
        if (v.number != keepNumber && !staged.contains(v.number)) {
            if (!m_store.deleteVersion(secret.id, v.number))
                return storeFailure();
            --count;
        }
    }
    if (count <= maxVersions)
        return {};
    return Outcome::invalid(
            QStringLiteral("The secret %1 already has %2 versions, the limit, and every version "
                           "holds a stage, so none can be purged. Remove a stage from an old "
                           "version first.")
                    .arg(echoed(secret.name))
                    .arg(maxVersions));
}

Outcome Service::createVersion(const QString &name, const QJsonObject &body)
{
    return inTransaction([&]() -> Outcome {
        Outcome error;
        auto secret = findSecret(name, &error);
        if (!secret)
            return error;
        if (secret->state == QLatin1String("PENDING_DELETE"))
            return pendingDeletion(name);
        VersionRecord version;
        if (Outcome bad = validateValue(body, &version); bad.isError())
            return bad;
        BodyReader in(body);
        version.expireTime = in.integer(QStringLiteral("expire_time"), 0, 9999999999999LL);
        QStringList names{sysCurrent};
        if (const auto listed = in.stringList(QStringLiteral("version_stages"))) {
            if (listed->size() > maxStages)
                return Outcome::error(
                        400, QStringLiteral("CSMS.0204"),
                        QStringLiteral("version_stages holds more than %1 stages.").arg(maxStages));
            if (listed->isEmpty())
                in.fail(QStringLiteral("Invalid version_stages: 1 to 12 stage names."));
            // The definitions give version_stages items a length only (1 to 64): csms-local
            // also takes '.', the names older stages may carry, but nothing a path cannot hold.
            for (const QString &n : *listed) {
                if (!isValidExistingName(n))
                    in.fail(QStringLiteral("Invalid stage name in version_stages: it must match "
                                           "^[a-zA-Z0-9_.-]{1,64}$."));
            }
            names = *listed;
            names.removeDuplicates();
        }
        if (in.failed())
            return in.error();
        QSet<QString> distinct;
        const QList<StageRecord> existing = m_store.stages(secret->id);
        for (const StageRecord &s : existing)
            distinct.insert(s.name);
        for (const QString &n : names)
            distinct.insert(n);
        if (names.contains(sysCurrent) && distinct.contains(sysCurrent))
            distinct.insert(sysPrevious);
        if (distinct.size() > maxStages)
            return Outcome::error(400, QStringLiteral("CSMS.0203"),
                                  QStringLiteral("The secret %1 would have more than %2 stages.")
                                          .arg(echoed(name))
                                          .arg(maxStages));
        version.number = secret->nextVersion++;
        version.createTime = now();
        version.kmsKeyId = secret->kmsKeyId;
        secret->updateTime = version.createTime;
        if (!m_store.insertVersion(secret->id, version)
            || !assignStages(*secret, names, version.number))
            return storeFailure();
        if (version.expireTime)
            expiryChanged(*version.expireTime);
        if (Outcome limit = enforceVersionLimit(*secret, version.number); limit.isError())
            return limit;
        if (!m_store.updateSecret(*secret)
            || !notifySubscribers(*secret, QStringLiteral("SECRET_VERSION_CREATED"),
                                  QStringLiteral("v%1").arg(version.number)))
            return storeFailure();
        return Outcome::ok({{QStringLiteral("version_metadata"),
                             versionJson(*secret, version, m_store.stages(secret->id))}});
    });
}

Outcome Service::showVersion(const QString &name, const QString &versionId)
{
    if (!isWellFormedVersionId(versionId))
        return invalidVersionId();
    Outcome error;
    const auto secret = findSecret(name, &error);
    if (!secret)
        return error;
    if (secret->state != QLatin1String("ENABLED"))
        return notEnabled(name);
    std::optional<VersionRecord> version;
    if (versionId == QLatin1String("latest")) {
        const QList<VersionRecord> all = m_store.versions(secret->id, false);
        if (!all.isEmpty())
            version = m_store.version(secret->id, all.last().number);
    } else if (const int n = versionNumber(versionId); n >= 0) {
        version = m_store.version(secret->id, n);
    }
    if (!version)
        return versionNotFound(name, versionId);
    QJsonObject v{{QStringLiteral("version_metadata"),
                   versionJson(*secret, *version, m_store.stages(secret->id))}};
    v.insert(version->binary ? QStringLiteral("secret_binary") : QStringLiteral("secret_string"),
             version->value);
    return Outcome::ok({{QStringLiteral("version"), v}});
}

Outcome Service::updateVersion(const QString &name, const QString &versionId,
                               const QJsonObject &body)
{
    return inTransaction([&]() -> Outcome {
        Outcome error;
        const auto secret = findSecret(name, &error);
        if (!secret)
            return error;
        if (!isWellFormedVersionId(versionId))
            return invalidVersionId();
        BodyReader in(body);
        const auto expire = in.integer(QStringLiteral("expire_time"), 0, 9999999999999LL);
        if (!in.failed() && !expire)
            in.fail(QStringLiteral("expire_time is required."));
        if (in.failed())
            return in.error();
        if (secret->state != QLatin1String("ENABLED"))
            return notEnabled(name);
        int n = versionNumber(versionId);
        if (versionId == QLatin1String("latest")) {
            const QList<VersionRecord> all = m_store.versions(secret->id, false);
            n = all.isEmpty() ? -1 : all.last().number;
        }
        auto version = n >= 0 ? m_store.version(secret->id, n) : std::nullopt;
        if (!version)
            return versionNotFound(name, versionId);
        // expire_time is required; 0 (its minimum) is how a client clears the expiry: the
        // version then answers without one, as before any expiry was set.
        version->expireTime = *expire > 0 ? expire : std::nullopt;
        if (!m_store.updateVersionExpiry(secret->id, n, version->expireTime))
            return storeFailure();
        expiryChanged(*expire);
        return Outcome::ok({{QStringLiteral("version_metadata"),
                             versionJson(*secret, *version, m_store.stages(secret->id))}});
    });
}

Outcome Service::setStage(const SecretRecord &secret, const QString &stage,
                          const QString &versionId)
{
    if (secret.state == QLatin1String("PENDING_DELETE"))
        return pendingDeletion(secret.name);
    const QList<StageRecord> stages = m_store.stages(secret.id);
    const bool exists = std::any_of(stages.begin(), stages.end(),
                                    [&](const StageRecord &s) { return s.name == stage; });
    // A new stage follows the current pattern; an existing one (its name may hold a '.') moves.
    if (exists ? !isValidExistingName(stage) : !isValidName(stage))
        return Outcome::invalid(
                QStringLiteral("Invalid stage name: it must match ^[a-zA-Z0-9_-]{1,64}$."));
    // csms-api.md's pattern for a stage's version_id: ^v[0-9]{0,63}.
    static const QRegularExpression wellFormed(
            QRegularExpression::anchoredPattern(QStringLiteral("v[0-9]{0,63}")));
    if (!wellFormed.match(versionId).hasMatch())
        return Outcome::invalid(QStringLiteral("Invalid version_id: v<number> is expected."));
    const int n = versionNumber(versionId);
    if (n < 0 || !m_store.version(secret.id, n))
        return versionNotFound(secret.name, versionId);
    if (!exists && stages.size() >= maxStages)
        return Outcome::error(400, QStringLiteral("CSMS.0203"),
                              QStringLiteral("The secret %1 already has %2 stages, the limit.")
                                      .arg(echoed(secret.name))
                                      .arg(maxStages));
    const StageRecord record{stage, n, now()};
    if (!m_store.setStage(secret.id, record))
        return storeFailure();
    return Outcome::ok({{QStringLiteral("stage"), stageJson(secret, record)}});
}

Outcome Service::createStage(const QString &name, const QJsonObject &body)
{
    return inTransaction([&]() -> Outcome {
        Outcome error;
        const auto secret = findSecret(name, &error);
        if (!secret)
            return error;
        BodyReader in(body);
        const auto stage = in.string(QStringLiteral("name"));
        const auto version = in.string(QStringLiteral("version_id"));
        if (!in.failed() && (!stage || !version))
            in.fail(QStringLiteral("name and version_id are required."));
        if (in.failed())
            return in.error();
        return setStage(*secret, *stage, *version);
    });
}

Outcome Service::putStage(const QString &name, const QString &stage, const QJsonObject &body)
{
    return inTransaction([&]() -> Outcome {
        Outcome error;
        const auto secret = findSecret(name, &error);
        if (!secret)
            return error;
        BodyReader in(body);
        const auto version = in.string(QStringLiteral("version_id"));
        if (!in.failed() && !version)
            in.fail(QStringLiteral("version_id is required."));
        if (in.failed())
            return in.error();
        return setStage(*secret, stage, *version);
    });
}

Outcome Service::showStage(const QString &name, const QString &stage)
{
    Outcome error;
    const auto secret = findSecret(name, &error);
    if (!secret)
        return error;
    if (!isValidExistingName(stage))
        return Outcome::invalid(QStringLiteral("Invalid stage name."));
    for (const StageRecord &s : m_store.stages(secret->id)) {
        if (s.name == stage)
            return Outcome::ok({{QStringLiteral("stage"), stageJson(*secret, s)}});
    }
    return stageNotFound(name, stage);
}

Outcome Service::deleteStage(const QString &name, const QString &stage)
{
    return inTransaction([&]() -> Outcome {
        Outcome error;
        const auto secret = findSecret(name, &error);
        if (!secret)
            return error;
        if (!isValidExistingName(stage))
            return Outcome::invalid(QStringLiteral("Invalid stage name."));
        if (stage == sysCurrent || stage == sysPrevious)
            return Outcome::error(
                    400, QStringLiteral("CSMS.0105"),
                    QStringLiteral("The built-in stage %1 cannot be deleted.").arg(stage));
        if (secret->state == QLatin1String("PENDING_DELETE"))
            return pendingDeletion(name);
        const QList<StageRecord> stages = m_store.stages(secret->id);
        if (!std::any_of(stages.begin(), stages.end(),
                         [&](const StageRecord &s) { return s.name == stage; }))
            return stageNotFound(name, stage);
        if (!m_store.deleteStage(secret->id, stage))
            return storeFailure();
        return Outcome::empty(204);
    });
}

} // namespace csmslocal
