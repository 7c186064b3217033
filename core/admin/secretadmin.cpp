// SPDX-License-Identifier: Apache-2.0
#include "core/admin/secretadmin.h"

#include "core/admin/tagrules.h"
#include "core/ops/opslogging.h"

#include <QHash>
#include <memory>

namespace keystage {

namespace {

using Finish = std::function<void(AdminOutcome)>;

Finish finisher(QObject *context, SecretAdmin::Callback done)
{
    QPointer<QObject> alive(context);
    return [alive, done = std::move(done)](AdminOutcome outcome) {
        if (alive)
            done(outcome);
    };
}

AdminOutcome failed(const ApiError &error, bool written = false)
{
    AdminOutcome o;
    o.error = error;
    o.written = written;
    return o;
}

AdminOutcome refused(const QString &reason)
{
    AdminOutcome o = failed(ApiError::validation(reason));
    o.refusedLocally = true;
    return o;
}

ApiError stale(const QString &message)
{
    ApiError e;
    e.kind = ApiError::Kind::Conflict;
    e.message = message;
    return e;
}

QHash<QString, QString> tagMap(const QList<Tag> &tags)
{
    QHash<QString, QString> map;
    for (const Tag &t : tags)
        map.insert(t.key, t.value);
    return map;
}

// Reads the versions page by page until versionId is found (or the pages end).
void findVersion(QPointer<CsmsClient> client, QObject *context, const QString &secretName,
                 const QString &versionId, const QString &marker,
                 std::function<void(const ApiResult<std::optional<VersionMetadata>> &)> done)
{
    if (!client) {
        done(ApiError::cancelled());
        return;
    }
    client->listVersions(secretName, marker, 1000)
            ->then(context, [=](const ApiResult<VersionPage> &page) {
                if (!page.ok()) {
                    done(page.error());
                    return;
                }
                for (const VersionMetadata &v : page->items) {
                    if (v.id == versionId) {
                        done(std::optional<VersionMetadata>(v));
                        return;
                    }
                }
                if (!page->hasMore()) {
                    done(std::optional<VersionMetadata>());
                    return;
                }
                findVersion(client, context, secretName, versionId, page->pageInfo.nextMarker,
                            done);
            });
}

} // namespace

SecretAdmin::SecretAdmin(CsmsClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

SecretAdmin::~SecretAdmin() = default;

QString SecretAdmin::descriptionProblem(const QString &description)
{
    const qsizetype bytes = description.toUtf8().size();
    if (bytes > maxDescriptionBytes)
        return tr("The description takes %1 bytes; at most %2 are allowed (a Chinese character "
                  "takes 3).")
                .arg(bytes)
                .arg(maxDescriptionBytes);
    return {};
}

QString SecretAdmin::kmsKeyProblem(const QString &kmsKeyId)
{
    if (kmsKeyId.size() < minKmsKeyLength || kmsKeyId.size() > maxKmsKeyLength)
        return tr("A KMS key id has %1 to %2 characters.")
                .arg(minKmsKeyLength)
                .arg(maxKmsKeyLength);
    for (const QChar c : kmsKeyId) {
        if (c.isSpace())
            return tr("A KMS key id holds no spaces.");
    }
    return {};
}

bool SecretAdmin::sameTags(const QList<Tag> &a, const QList<Tag> &b)
{
    return a.size() == b.size() && tagMap(a) == tagMap(b);
}

std::optional<qint64> SecretAdmin::normalisedExpiry(std::optional<qint64> expireTime)
{
    if (!expireTime || *expireTime <= 0)
        return std::nullopt;
    return expireTime;
}

// ---- metadata ----

void SecretAdmin::updateMetadata(const QString &secretName, const SecretMetadata &seen,
                                 const SecretMetadata &wanted, QObject *context, Callback done)
{
    Finish finish = finisher(context, std::move(done));
    if (!m_client) {
        finish(refused(tr("Not connected.")));
        return;
    }
    if (QString p = descriptionProblem(wanted.description); !p.isEmpty()) {
        finish(refused(p));
        return;
    }
    if (wanted.kmsKeyId != seen.kmsKeyId) {
        if (QString p = kmsKeyProblem(wanted.kmsKeyId); !p.isEmpty()) {
            finish(refused(p));
            return;
        }
    }
    QPointer<CsmsClient> client = m_client;
    qCInfo(lcOps) << "metadata update of" << secretName;
    client->showSecret(secretName)->then(this, [=](const ApiResult<Secret> &now) {
        if (!now.ok()) {
            finish(failed(now.error()));
            return;
        }
        if (now->description != seen.description)
            return finish(failed(stale(tr("The description of %1 was changed elsewhere since "
                                          "you read it: nothing was written.")
                                               .arg(secretName))));
        if (now->kmsKeyId != seen.kmsKeyId)
            return finish(failed(stale(tr("The KMS key of %1 was changed elsewhere since you "
                                          "read it: nothing was written.")
                                               .arg(secretName))));
        UpdateSecretRequest request;
        if (wanted.description != seen.description)
            request.description = wanted.description;
        if (wanted.kmsKeyId != seen.kmsKeyId)
            request.kmsKeyId = wanted.kmsKeyId;
        if (!request.description && !request.kmsKeyId) {
            AdminOutcome o;
            o.secret = now.value();
            return finish(o);
        }
        if (!client)
            return finish(failed(ApiError::cancelled()));
        client->updateSecret(secretName, request)->then(this, [=](const ApiResult<Secret> &w) {
            if (!w.ok())
                return finish(failed(w.error()));
            if (!client)
                return finish(AdminOutcome{std::nullopt, false, true, w.value(), {}, {}});
            client->showSecret(secretName)->then(this, [=](const ApiResult<Secret> &after) {
                AdminOutcome o;
                o.written = true;
                o.secret = after.ok() ? after.value() : w.value();
                finish(o);
            });
        });
    });
}

// ---- tags ----

void SecretAdmin::updateTags(const QString &secretId, const QList<Tag> &seen,
                             const QList<Tag> &wanted, QObject *context, Callback done)
{
    Finish finish = finisher(context, std::move(done));
    if (!m_client) {
        finish(refused(tr("Not connected.")));
        return;
    }
    if (QString p = TagRules::listProblem(wanted); !p.isEmpty()) {
        finish(refused(p));
        return;
    }
    const QHash<QString, QString> before = tagMap(seen);
    const QHash<QString, QString> after = tagMap(wanted);
    QList<Tag> deletions;
    QList<Tag> creations;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!after.contains(it.key()) || after.value(it.key()) != it.value())
            deletions.append({it.key(), QString()}); // by key: a changed value is replaced
    }
    for (const Tag &t : wanted) {
        if (!before.contains(t.key) || before.value(t.key) != t.value)
            creations.append(t);
    }
    QPointer<CsmsClient> client = m_client;
    client->listTags(secretId)->then(this, [=](const ApiResult<SecretTags> &now) {
        if (!now.ok())
            return finish(failed(now.error()));
        if (!sameTags(now->tags, seen))
            return finish(failed(stale(tr("The tags of this secret were changed elsewhere since "
                                          "you read them: nothing was written."))));
        auto reread = [=](bool written) {
            if (!client)
                return finish(AdminOutcome{std::nullopt, false, written, {}, wanted, {}});
            client->listTags(secretId)->then(this, [=](const ApiResult<SecretTags> &r) {
                AdminOutcome o;
                o.written = written;
                if (r.ok())
                    o.tags = r->tags;
                finish(o);
            });
        };
        auto create = [=](bool written) {
            if (creations.isEmpty() || !client)
                return reread(written);
            client->tagAction(secretId, TagAction::Create, creations)
                    ->then(this, [=](const ApiResult<NoContent> &r) {
                        if (!r.ok())
                            return finish(failed(r.error(), written));
                        reread(true);
                    });
        };
        if (deletions.isEmpty() || !client)
            return create(false);
        client->tagAction(secretId, TagAction::Delete, deletions)
                ->then(this, [=](const ApiResult<NoContent> &r) {
                    if (!r.ok())
                        return finish(failed(r.error()));
                    create(true);
                });
    });
}

// ---- version expiry ----

void SecretAdmin::updateExpiry(const QString &secretName, const QString &versionId,
                               std::optional<qint64> seen, std::optional<qint64> wanted,
                               QObject *context, Callback done)
{
    Finish finish = finisher(context, std::move(done));
    if (!m_client) {
        finish(refused(tr("Not connected.")));
        return;
    }
    seen = normalisedExpiry(seen);
    wanted = normalisedExpiry(wanted);
    QPointer<CsmsClient> client = m_client;
    findVersion(
            client, this, secretName, versionId, {},
            [=](const ApiResult<std::optional<VersionMetadata>> &found) {
                if (!found.ok())
                    return finish(failed(found.error()));
                if (!found->has_value()) {
                    ApiError e;
                    e.kind = ApiError::Kind::NotFound;
                    e.message = tr("The version %1 of %2 no longer exists.")
                                        .arg(versionId, secretName);
                    return finish(failed(e));
                }
                if (normalisedExpiry((*found)->expireTime) != seen)
                    return finish(failed(stale(tr("The expiry of %1 was changed elsewhere "
                                                  "since you read it: nothing was written.")
                                                       .arg(versionId))));
                if (!client)
                    return finish(failed(ApiError::cancelled()));
                client->updateVersionExpiry(secretName, versionId, wanted.value_or(0))
                        ->then(this, [=](const ApiResult<VersionMetadata> &w) {
                            if (!w.ok())
                                return finish(failed(w.error()));
                            findVersion(
                                    client, this, secretName, versionId, {},
                                    [=](const ApiResult<std::optional<VersionMetadata>> &after) {
                                        AdminOutcome o;
                                        o.written = true;
                                        o.version = after.ok() && after->has_value() ? **after
                                                                                     : w.value();
                                        finish(o);
                                    });
                        });
            });
}

} // namespace keystage
