// SPDX-License-Identifier: Apache-2.0
#include "core/ops/stageeditor.h"

#include "core/ops/opslogging.h"

#include <QMetaObject>
#include <memory>

namespace keystage {

namespace {

QString currentStage()
{
    return StageRules::current();
}

QString previousStage()
{
    return StageRules::previous();
}

QString busyKey(const QString &secret, const QString &stage)
{
    return secret + QLatin1Char('\n') + stage;
}

// The stages a change writes (a roll back writes two).
QStringList stagesOf(const StageChange &change)
{
    if (change.kind == StageChange::Kind::RollBack)
        return {currentStage(), previousStage()};
    return {change.stage};
}

StagePrediction predict(const StageChange &change, const QList<VersionStages> &versions,
                        const SecretTraits &secret)
{
    switch (change.kind) {
    case StageChange::Kind::Move:
        return StageRules::predictMove(versions, change.stage, change.to, secret);
    case StageChange::Kind::Create:
        return StageRules::predictCreate(versions, change.stage, change.to, secret);
    case StageChange::Kind::Delete:
        return StageRules::predictDelete(versions, change.stage, secret);
    case StageChange::Kind::RollBack:
        return StageRules::predictRollBack(versions, secret);
    case StageChange::Kind::None:
        break;
    }
    StagePrediction nothing;
    nothing.refusal = StageRefusal::UnknownStage;
    return nothing;
}

} // namespace

StageOperation::StageOperation(const StageRequest &request, QObject *parent)
    : QObject(parent)
    , m_request(request)
{
    m_outcome.change = request.change;
    m_outcome.origin = request.origin;
}

void StageOperation::finish()
{
    QMetaObject::invokeMethod(
            this,
            [this]() {
                if (m_finished)
                    return;
                m_finished = true;
                auto *editor = qobject_cast<StageEditor *>(parent());
                if (editor)
                    editor->release(this);
                Q_EMIT finished(m_outcome);
                if (editor)
                    Q_EMIT editor->operationFinished(m_outcome);
                deleteLater();
            },
            Qt::QueuedConnection);
}

StageEditor::StageEditor(CsmsClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

bool StageEditor::isBusy(const QString &secret, const QString &stage) const
{
    return m_busy.contains(busyKey(secret, stage));
}

StageOperation *StageEditor::start(const StageRequest &request)
{
    return new StageOperation(request, this);
}

void StageEditor::release(StageOperation *op)
{
    for (const QString &stage : std::as_const(op->m_busyStages))
        m_busy.remove(busyKey(op->m_outcome.change.secretName, stage));
    op->m_busyStages.clear();
}

StageOperation *StageEditor::submit(const StageRequest &request)
{
    StageOperation *op = start(request);
    const StageChange &change = request.change;
    if (!m_client || !change.isValid() || change.secretName.isEmpty()) {
        refuse(op, ApiError::validation(tr("Nothing to do.")));
        return op;
    }
    const QStringList stages = stagesOf(change);
    for (const QString &stage : stages) {
        if (isBusy(change.secretName, stage)) {
            refuse(op, ApiError::validation(
                               tr("A change of %1 is still waiting for the server.").arg(stage)));
            return op;
        }
    }
    if (request.versions)
        decide(op, *request.versions, request.secret.value_or(SecretTraits()));
    else
        readContext(op);
    return op;
}

void StageEditor::readContext(StageOperation *op)
{
    // The secret and its versions do not depend on each other: both reads go out together.
    struct Context
    {
        std::optional<SecretTraits> traits;
        std::optional<QList<VersionMetadata>> versions;
        bool failed = false;
    };
    auto context = std::make_shared<Context>();
    context->traits = op->m_request.secret;
    const auto proceed = [this, op, context]() {
        if (context->failed || !context->traits || !context->versions)
            return;
        // The server's truth: observers show it whatever the rules decide.
        op->m_outcome.versions = *context->versions;
        op->m_outcome.versionsKnown = true;
        op->m_serverRead = true;
        decide(op, toVersionStages(*context->versions), *context->traits);
    };
    const auto failed = [this, op, context](const ApiError &error) {
        if (context->failed)
            return;
        context->failed = true;
        fail(op, error, false);
    };
    readVersions(
            op, QString(), {},
            [context, proceed](const QList<VersionMetadata> &all) {
                context->versions = all;
                proceed();
            },
            failed);
    if (context->traits)
        return;
    m_client->showSecret(op->m_outcome.change.secretName, priorityOf(op))
            ->then(op, [context, proceed, failed](const ApiResult<Secret> &r) {
                if (!r.ok()) {
                    failed(r.error());
                    return;
                }
                context->traits = toSecretTraits(*r);
                proceed();
            });
}

void StageEditor::decide(StageOperation *op, const QList<VersionStages> &versions,
                         const SecretTraits &secret)
{
    const StageChange &change = op->m_outcome.change;
    // The version the request names must still hold the stage (an undo reads the server first).
    if (change.kind == StageChange::Kind::Move
        || (change.kind == StageChange::Kind::Delete && !change.from.isEmpty())) {
        const QString holder = StageRules::holderOf(versions, change.stage);
        if (holder != change.from && StageRules::isExistingName(change.stage)) {
            op->m_outcome.currentHolder = holder;
            refuse(op, staleError(change, change.from, holder, {}));
            return;
        }
    }
    if (change.kind == StageChange::Kind::RollBack) {
        const QString current = StageRules::holderOf(versions, currentStage());
        const QString previous = StageRules::holderOf(versions, previousStage());
        if (current != change.from || previous != change.to) {
            ApiError stale;
            stale.kind = ApiError::Kind::Conflict;
            stale.message = tr("%1 of %2 is now on %3 and %4 on %5, not where this change "
                               "expects them: someone else changed them. Nothing was written.")
                                    .arg(currentStage(), change.secretName, current,
                                         previousStage(), previous);
            refuse(op, stale);
            return;
        }
    }
    const StagePrediction prediction = predict(change, versions, secret);
    if (!prediction.allowed()) {
        refuse(op, ApiError::validation(prediction.refusalText()));
        return;
    }
    const bool risky = prediction.isRisky();
    if (!risky || !m_prompter) {
        confirmProduction(op, risky);
        return;
    }
    QPointer<StageOperation> alive = op;
    op->m_serverRead = false; // the user's time passes: the holder is read again before writing
    m_prompter->confirmRisk(op->m_request, prediction, [this, alive, risky](bool go) {
        if (!alive || alive->isFinished())
            return;
        if (!go) {
            refuse(alive, ApiError::cancelled());
            return;
        }
        confirmProduction(alive, risky);
    });
}

void StageEditor::confirmProduction(StageOperation *op, bool risky)
{
    const StageChange::Kind kind = op->m_outcome.change.kind;
    const bool guarded
            = m_client && m_client->profile().production
              && (risky || kind == StageChange::Kind::Delete || kind == StageChange::Kind::RollBack
                  || op->m_outcome.origin != StageRequest::Origin::User);
    if (!guarded) {
        write(op);
        return;
    }
    if (!m_prompter) {
        ApiError error = ApiError::validation(
                tr("A change on a production profile needs the user's confirmation."));
        refuse(op, error);
        return;
    }
    QPointer<StageOperation> alive = op;
    op->m_serverRead = false;
    m_prompter->confirmProduction(op->m_request, [this, alive](bool go) {
        if (!alive || alive->isFinished())
            return;
        if (!go) {
            refuse(alive, ApiError::cancelled());
            return;
        }
        write(alive);
    });
}

void StageEditor::write(StageOperation *op)
{
    const StageChange &change = op->m_outcome.change;
    if (!m_client) {
        refuse(op, ApiError::validation(tr("The connection this change was made on is closed.")));
        return;
    }
    const QStringList stages = stagesOf(change);
    for (const QString &stage : stages) {
        if (isBusy(change.secretName, stage)) {
            refuse(op, ApiError::validation(
                               tr("A change of %1 is still waiting for the server.").arg(stage)));
            return;
        }
    }
    for (const QString &stage : stages)
        m_busy.insert(busyKey(change.secretName, stage));
    op->m_busyStages = stages;
    // Whatever was read before the prompts is no longer the truth once something is written.
    op->m_outcome.versions.clear();
    op->m_outcome.versionsKnown = false;
    Q_EMIT operationStarted(op->m_request);
    switch (change.kind) {
    case StageChange::Kind::Move:
        writeMove(op);
        return;
    case StageChange::Kind::Create:
        writeCreate(op);
        return;
    case StageChange::Kind::Delete:
        writeDelete(op);
        return;
    case StageChange::Kind::RollBack:
        writeRollBack(op);
        return;
    case StageChange::Kind::None:
        break;
    }
    fail(op, ApiError::validation(tr("Nothing to do.")), false);
}

void StageEditor::refuse(StageOperation *op, const ApiError &error)
{
    op->m_outcome.refusedLocally = true;
    op->m_outcome.error = error;
    qCInfo(lcOps).noquote() << "stage change refused before any write:"
                            << op->m_outcome.change.describe() << ApiError::kindName(error.kind);
    op->finish();
}

void StageEditor::fail(StageOperation *op, const ApiError &error, bool readVersions)
{
    op->m_outcome.error = error;
    qCInfo(lcOps).noquote() << "stage operation failed:" << op->m_outcome.change.describe()
                            << ApiError::kindName(error.kind) << error.code << "request id"
                            << error.requestId;
    if (readVersions)
        readVersionsAndFinish(op);
    else
        op->finish();
}

void StageEditor::succeed(StageOperation *op, const StageChange &undo)
{
    op->m_outcome.undo = undo;
    // The write's own answer is the server's word on the stages it wrote: observers show it now;
    // the re-read below adds what else the server changed (a version deprecated or purged).
    Q_EMIT changeWritten(op->m_outcome.change);
    readVersionsAndFinish(op);
}

void StageEditor::readVersions(StageOperation *op, const QString &marker,
                               QList<VersionMetadata> collected,
                               std::function<void(const QList<VersionMetadata> &)> done,
                               std::function<void(const ApiError &)> failed)
{
    if (!m_client) {
        failed(ApiError::validation(tr("The connection this change was made on is closed.")));
        return;
    }
    m_client->listVersions(op->m_outcome.change.secretName, marker, 1000, priorityOf(op))
            ->then(op, [this, op, collected, done, failed](const ApiResult<VersionPage> &result) {
                if (!result.ok()) {
                    failed(result.error());
                    return;
                }
                QList<VersionMetadata> all = collected;
                all.append(result->items);
                if (result->hasMore()) {
                    readVersions(op, result->pageInfo.nextMarker, all, done, failed);
                    return;
                }
                done(all);
            });
}

void StageEditor::readVersionsAndFinish(StageOperation *op)
{
    op->m_outcome.versions.clear();
    op->m_outcome.versionsKnown = false;
    readVersions(
            op, QString(), {},
            [op](const QList<VersionMetadata> &all) {
                op->m_outcome.versions = all;
                op->m_outcome.versionsKnown = true;
                op->finish();
            },
            [op](const ApiError &) {
                op->finish(); // the change itself is reported; the versions are unknown
            });
}

ApiError StageEditor::staleError(const StageChange &change, const QString &expected,
                                 const QString &holder, const QString &requestId)
{
    ApiError error;
    error.kind = ApiError::Kind::Conflict;
    error.requestId = requestId;
    error.message = holder.isEmpty()
                            ? tr("Stage %1 of secret %2 no longer exists: someone else changed it. "
                                 "Nothing was "
                                 "written.")
                                      .arg(change.stage, change.secretName)
                            : tr("Stage %1 of secret %2 is now on %3, not on %4: someone else "
                                 "moved it. Nothing "
                                 "was written.")
                                      .arg(change.stage, change.secretName, holder, expected);
    return error;
}

void StageEditor::checkHolder(StageOperation *op, const QString &expected,
                              std::function<void(const QString &)> next)
{
    const StageChange change = op->m_outcome.change;
    // decide() has just checked the holder on versions read from the server, and no prompt has
    // waited for the user since: that read is as recent as this one would be (one round trip
    // before the write either way), so it is not repeated.
    if (op->m_serverRead && !expected.isEmpty()) {
        next(expected);
        return;
    }
    auto *reply = m_client->showStage(change.secretName, change.stage, priorityOf(op));
    reply->then(op, [this, op, reply, change, expected, next](const ApiResult<Stage> &result) {
        if (!result.ok()) {
            if (result.error().isNotFound() && !expected.isEmpty()) {
                op->m_outcome.currentHolder.clear();
                fail(op, staleError(change, expected, {}, reply->requestId()), true);
            } else {
                fail(op, result.error(), false);
            }
            return;
        }
        const QString holder = result->versionId;
        if (!expected.isEmpty() && holder != expected) {
            op->m_outcome.currentHolder = holder;
            fail(op, staleError(change, expected, holder, reply->requestId()), true);
            return;
        }
        next(holder);
    });
}

CsmsClient::Priority StageEditor::priorityOf(const StageOperation *op)
{
    return op->m_request.priority == StageRequest::Priority::Bulk
                   ? CsmsClient::Priority::Bulk
                   : CsmsClient::Priority::Interactive;
}

void StageEditor::writeMove(StageOperation *op)
{
    const StageChange change = op->m_outcome.change;
    checkHolder(op, change.from, [this, op, change](const QString &) {
        m_client->moveStage(change.secretName, change.stage, change.to, priorityOf(op))
                ->then(op, [this, op](const ApiResult<Stage> &r) {
                    if (!r.ok()) {
                        fail(op, r.error(), true);
                        return;
                    }
                    succeed(op, op->m_outcome.change.inverse());
                });
    });
}

void StageEditor::writeCreate(StageOperation *op)
{
    const StageChange change = op->m_outcome.change;
    m_client->createStage(change.secretName, change.stage, change.to, priorityOf(op))
            ->then(op, [this, op](const ApiResult<Stage> &r) {
                if (!r.ok()) {
                    fail(op, r.error(), true);
                    return;
                }
                succeed(op, op->m_outcome.change.inverse());
            });
}

void StageEditor::writeDelete(StageOperation *op)
{
    const StageChange change = op->m_outcome.change;
    checkHolder(op, change.from, [this, op, change](const QString &holder) {
        op->m_outcome.change.from = holder;
        m_client->deleteStage(change.secretName, change.stage, priorityOf(op))
                ->then(op, [this, op](const ApiResult<NoContent> &r) {
                    if (!r.ok()) {
                        fail(op, r.error(), true); // includes the server's CSMS.0105
                        return;
                    }
                    succeed(op, op->m_outcome.change.inverse());
                });
    });
}

void StageEditor::writeRollBack(StageOperation *op)
{
    const QString secret = op->m_outcome.change.secretName;
    const QString current = op->m_outcome.change.from;
    const QString previous = op->m_outcome.change.to;
    // Stale check on SYSCURRENT, then the two moves.
    checkHolder(op, current, [this, op, secret, current, previous](const QString &) {
        m_client->moveStage(secret, currentStage(), previous, priorityOf(op))
                ->then(op, [this, op, secret, current, previous](const ApiResult<Stage> &first) {
                    if (!first.ok()) {
                        fail(op, first.error(), true);
                        return;
                    }
                    m_client->moveStage(secret, previousStage(), current, priorityOf(op))
                            ->then(op, [this, op, secret, current](const ApiResult<Stage> &second) {
                                if (second.ok()) {
                                    succeed(op, op->m_outcome.change.inverse());
                                    return;
                                }
                                // Undo the first call so the secret is as it was.
                                const ApiError error = second.error();
                                m_client->moveStage(secret, currentStage(), current, priorityOf(op))
                                        ->then(op, [this, op, error](const ApiResult<Stage> &u) {
                                            op->m_outcome.partial = !u.ok();
                                            fail(op, error, true);
                                        });
                            });
                });
    });
}

} // namespace keystage
