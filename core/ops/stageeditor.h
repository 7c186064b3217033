// StageEditor: stage changes with a stale check and the server's truth afterwards.
//
//  - move(): re-reads the stage first (GET .../stages/{stage}); if it is no longer on the version
//    the user saw, nothing is written and the outcome is a Conflict naming the current holder.
//    Otherwise PUT, then the versions are re-read so any side effect shows.
//  - create(): StageRules' name and 12-stage checks on the caller's snapshot before any call.
//  - remove(): SYSCURRENT / SYSPREVIOUS refused locally (CSMS.0105 from the server is reported the
//    same way); the holder is read first so the deletion can be undone.
//  - rollBack(): SYSCURRENT to the SYSPREVIOUS holder, then SYSPREVIOUS to the former current one,
//    reported as one result; if the second call fails the first is undone.
// Every successful outcome carries `undo`, the StageChange that reverses it (apply() runs it).
// Each call returns a StageOperation that emits finished() exactly once, from the event loop,
// then deletes itself.
#pragma once

#include "core/api/csmsclient.h"
#include "core/ops/stagechange.h"

#include <QObject>
#include <QPointer>
#include <functional>

namespace keystage {

class StageOperation : public QObject
{
    Q_OBJECT

public:
    const StageOutcome &outcome() const { return m_outcome; }
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void finished(const keystage::StageOutcome &outcome);

private:
    friend class StageEditor;
    explicit StageOperation(const StageChange &change, QObject *parent);
    void finish(); // queued: finished() never fires inside the call that created the operation

    StageOutcome m_outcome;
    bool m_finished = false;
};

class StageEditor : public QObject
{
    Q_OBJECT

public:
    explicit StageEditor(CsmsClient *client, QObject *parent = nullptr);

    CsmsClient *client() const { return m_client; }

    // Moves `stage` from `expectedHolder` (the version the user saw) to `to`.
    StageOperation *move(const QString &secret, const QString &stage, const QString &expectedHolder,
                         const QString &to);
    // Creates `stage` on `version`; `snapshot` is the versions the user sees (for local checks).
    StageOperation *create(const QString &secret, const QString &stage, const QString &version,
                           const QList<VersionStages> &snapshot);
    // Deletes `stage`. expectedHolder, when given, is checked like move()'s.
    StageOperation *remove(const QString &secret, const QString &stage,
                           const QString &expectedHolder = {});
    // Swaps SYSCURRENT and SYSPREVIOUS as StageRules::predictRollBack() describes for `snapshot`.
    StageOperation *rollBack(const QString &secret, const QList<VersionStages> &snapshot);
    // Runs a change (an outcome's undo, or a redo). Create uses `snapshot` for its checks.
    StageOperation *apply(const StageChange &change, const QList<VersionStages> &snapshot = {});

Q_SIGNALS:
    // Every operation, once, after its StageOperation::finished().
    void operationFinished(const keystage::StageOutcome &outcome);

private:
    using Done = std::function<void()>;
    StageOperation *start(const StageChange &change);
    void fail(StageOperation *op, const ApiError &error, bool readVersions);
    void succeed(StageOperation *op, const StageChange &undo);
    // Re-reads the versions into op's outcome, then finishes op.
    void readVersionsAndFinish(StageOperation *op);
    void readVersionPage(StageOperation *op, const QString &marker);
    // GET the stage and compare its holder; calls next(holder) when it matches.
    void checkHolder(StageOperation *op, const QString &expected,
                     std::function<void(const QString &holder)> next);
    static ApiError staleError(const StageChange &change, const QString &expected,
                               const QString &holder, const QString &requestId);

    QPointer<CsmsClient> m_client;
};

} // namespace keystage
