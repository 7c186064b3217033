#include "core/ops/stageeditor.h"

#include "core/ops/opslogging.h"

#include <QMetaObject>

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

} // namespace

StageOperation::StageOperation(const StageChange &change, QObject *parent)
    : QObject(parent)
{
    m_outcome.change = change;
}

void StageOperation::finish()
{
    QMetaObject::invokeMethod(
            this,
            [this]() {
                if (m_finished)
                    return;
                m_finished = true;
                Q_EMIT finished(m_outcome);
                if (auto *editor = qobject_cast<StageEditor *>(parent()))
                    Q_EMIT editor->operationFinished(m_outcome);
                deleteLater();
            },
            Qt::QueuedConnection);
}

StageEditor::StageEditor(CsmsClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

StageOperation *StageEditor::start(const StageChange &change)
{
    return new StageOperation(change, this);
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
    readVersionsAndFinish(op);
}

void StageEditor::readVersionsAndFinish(StageOperation *op)
{
    op->m_outcome.versions.clear();
    op->m_outcome.versionsKnown = false;
    readVersionPage(op, QString());
}

void StageEditor::readVersionPage(StageOperation *op, const QString &marker)
{
    if (!m_client) {
        op->finish();
        return;
    }
    m_client->listVersions(op->m_outcome.change.secretName, marker, 1000)
            ->then(op, [this, op](const ApiResult<VersionPage> &result) {
                if (!result.ok()) {
                    op->finish(); // the change itself is reported; the versions are unknown
                    return;
                }
                op->m_outcome.versions.append(result->items);
                if (result->hasMore()) {
                    readVersionPage(op, result->pageInfo.nextMarker);
                    return;
                }
                op->m_outcome.versionsKnown = true;
                op->finish();
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
    auto *reply = m_client->showStage(change.secretName, change.stage);
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

StageOperation *StageEditor::move(const QString &secret, const QString &stage,
                                  const QString &expectedHolder, const QString &to)
{
    StageOperation *op = start({StageChange::Kind::Move, secret, stage, expectedHolder, to});
    if (!m_client || expectedHolder.isEmpty() || to.isEmpty() || !StageRules::isValidName(stage)) {
        fail(op,
             ApiError::validation(
                     tr("Stage %1 cannot be moved: the request is incomplete.").arg(stage)),
             false);
        return op;
    }
    if (expectedHolder == to) {
        fail(op, ApiError::validation(tr("Stage %1 is already on %2.").arg(stage, to)), false);
        return op;
    }
    checkHolder(op, expectedHolder, [this, op, secret, stage, expectedHolder, to](const QString &) {
        m_client->moveStage(secret, stage, to)->then(op, [this, op](const ApiResult<Stage> &r) {
            if (!r.ok()) {
                fail(op, r.error(), true);
                return;
            }
            succeed(op, op->m_outcome.change.inverse());
        });
    });
    return op;
}

StageOperation *StageEditor::create(const QString &secret, const QString &stage,
                                    const QString &version, const QList<VersionStages> &snapshot)
{
    StageOperation *op = start({StageChange::Kind::Create, secret, stage, {}, version});
    const StagePrediction prediction = StageRules::predictCreate(snapshot, stage, version);
    if (!m_client || !prediction.allowed()) {
        fail(op, ApiError::validation(prediction.refusalText()), false);
        return op;
    }
    m_client->createStage(secret, stage, version)->then(op, [this, op](const ApiResult<Stage> &r) {
        if (!r.ok()) {
            fail(op, r.error(), true);
            return;
        }
        succeed(op, op->m_outcome.change.inverse());
    });
    return op;
}

StageOperation *StageEditor::remove(const QString &secret, const QString &stage,
                                    const QString &expectedHolder)
{
    StageOperation *op = start({StageChange::Kind::Delete, secret, stage, expectedHolder, {}});
    if (StageRules::isBuiltIn(stage)) {
        fail(op,
             ApiError::validation(tr("%1 is a built-in stage and cannot be deleted.").arg(stage)),
             false);
        return op;
    }
    if (!m_client || !StageRules::isValidName(stage)) {
        fail(op, ApiError::validation(tr("%1 is not a valid stage name.").arg(stage)), false);
        return op;
    }
    checkHolder(op, expectedHolder, [this, op, secret, stage](const QString &holder) {
        op->m_outcome.change.from = holder;
        m_client->deleteStage(secret, stage)->then(op, [this, op](const ApiResult<NoContent> &r) {
            if (!r.ok()) {
                fail(op, r.error(), true); // includes the server's CSMS.0105
                return;
            }
            succeed(op, op->m_outcome.change.inverse());
        });
    });
    return op;
}

StageOperation *StageEditor::rollBack(const QString &secret, const QList<VersionStages> &snapshot)
{
    const QString current = StageRules::holderOf(snapshot, currentStage());
    const QString previous = StageRules::holderOf(snapshot, previousStage());
    StageOperation *op
            = start({StageChange::Kind::RollBack, secret, currentStage(), current, previous});
    const StagePrediction prediction = StageRules::predictRollBack(snapshot);
    if (!m_client || !prediction.allowed()) {
        fail(op, ApiError::validation(prediction.refusalText()), false);
        return op;
    }
    // Stale check on SYSCURRENT, then the two moves.
    checkHolder(op, current, [this, op, secret, current, previous](const QString &) {
        m_client->moveStage(secret, currentStage(), previous)
                ->then(op, [this, op, secret, current, previous](const ApiResult<Stage> &first) {
                    if (!first.ok()) {
                        fail(op, first.error(), true);
                        return;
                    }
                    m_client->moveStage(secret, previousStage(), current)
                            ->then(op, [this, op, secret, current](const ApiResult<Stage> &second) {
                                if (second.ok()) {
                                    succeed(op, op->m_outcome.change.inverse());
                                    return;
                                }
                                // Undo the first call so the secret is as it was.
                                const ApiError error = second.error();
                                m_client->moveStage(secret, currentStage(), current)
                                        ->then(op, [this, op, error](const ApiResult<Stage> &u) {
                                            op->m_outcome.partial = !u.ok();
                                            fail(op, error, true);
                                        });
                            });
                });
    });
    return op;
}

StageOperation *StageEditor::apply(const StageChange &change, const QList<VersionStages> &snapshot)
{
    switch (change.kind) {
    case StageChange::Kind::Move:
        return move(change.secretName, change.stage, change.from, change.to);
    case StageChange::Kind::Create:
        return create(change.secretName, change.stage, change.to, snapshot);
    case StageChange::Kind::Delete:
        return remove(change.secretName, change.stage, change.from);
    case StageChange::Kind::RollBack:
        return rollBack(change.secretName, snapshot);
    case StageChange::Kind::None:
        break;
    }
    StageOperation *op = start(change);
    fail(op, ApiError::validation(tr("Nothing to do.")), false);
    return op;
}

} // namespace keystage
