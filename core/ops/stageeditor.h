// SPDX-License-Identifier: Apache-2.0
// StageEditor: the one door for every stage change (a drop, Alt+Up/Down, the context menu, Add
// stage, Roll back, undo and redo). submit() runs, in this order:
//  1. rules: StageRules on the versions the user sees (or, for undo and redo, on the versions and
//     the secret read from the server first, both at once); a refusal ends here, nothing is sent;
//  2. the risk prompt (StagePrompter::confirmRisk) when the prediction is risky;
//  3. the production guard (StagePrompter::confirmProduction) on a production profile, for a risky
//     change, a deletion, a roll back, and every undo and redo;
//  4. operationStarted(): observers show the change as pending;
//  5. the stale check: a move or a delete re-reads the stage (GET .../stages/{stage}); if it is no
//     longer on the version the user saw, nothing is written (Conflict naming the holder). When
//     step 1 read the versions from the server and no prompt waited for the user since, step 1
//     was that re-read (as recent as a GET here would be) and it is not repeated;
//  6. the write (PUT / POST / DELETE; a roll back is two moves, the first undone if the second
//     fails);
//  7. changeWritten() with the write's answer (observers show it at once), then one re-read of
//     the versions, carried in the outcome (observers show the server's truth);
//  8. StageOperation::finished() and operationFinished(), once each.
// Every call of an operation queues at the client with the request's priority (Interactive unless
// the caller says Bulk, as a stage plan does).
// Every successful outcome carries `undo`, the StageChange that reverses it. Without a prompter
// (headless use) risky changes go ahead and changes that need the production guard are refused.
#pragma once

#include "core/api/csmsclient.h"
#include "core/ops/stagechange.h"

#include <QObject>
#include <QPointer>
#include <QSet>
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
    explicit StageOperation(const StageRequest &request, QObject *parent);
    void finish(); // queued: finished() never fires inside the call that created the operation

    StageRequest m_request;
    StageOutcome m_outcome;
    QStringList m_busyStages; // held while the write runs
    // decide() ran on versions read from the server for this operation, and no prompt has
    // waited for the user since: the stale check need not read the holder again.
    bool m_serverRead = false;
    bool m_finished = false;
};

// How the editor asks the user. The ui installs one (dialogs opened with open(), nothing blocks);
// each call answers exactly once, now or later. An answer after the operation is gone is ignored.
class StagePrompter : public QObject
{
    Q_OBJECT

public:
    using Answer = std::function<void(bool go)>;
    using QObject::QObject;

    // A risky change: the prediction's effects are what the user must read before it goes.
    virtual void confirmRisk(const StageRequest &request, const StagePrediction &prediction,
                             Answer answer)
            = 0;
    // A change on a production profile: the user confirms with the profile's name.
    virtual void confirmProduction(const StageRequest &request, Answer answer) = 0;
};

class StageEditor : public QObject
{
    Q_OBJECT

public:
    explicit StageEditor(CsmsClient *client, QObject *parent = nullptr);

    CsmsClient *client() const { return m_client; }
    // Not owned. Null: no prompts (see above).
    void setPrompter(StagePrompter *prompter) { m_prompter = prompter; }
    StagePrompter *prompter() const { return m_prompter; }

    // The door. The returned operation emits finished() exactly once, from the event loop.
    StageOperation *submit(const StageRequest &request);
    // A change of `stage` of `secret` is being written.
    bool isBusy(const QString &secret, const QString &stage) const;

Q_SIGNALS:
    // Past the prompts, before the first write: the change is in flight.
    void operationStarted(const keystage::StageRequest &request);
    // The server accepted the write (its own answer); the versions' re-read is still to come.
    void changeWritten(const keystage::StageChange &change);
    // Every operation, once, after its StageOperation::finished().
    void operationFinished(const keystage::StageOutcome &outcome);

private:
    friend class StageOperation;
    StageOperation *start(const StageRequest &request);
    void release(StageOperation *op);
    // Steps 1-3.
    void readContext(StageOperation *op);
    void decide(StageOperation *op, const QList<VersionStages> &versions,
                const SecretTraits &secret);
    void confirmProduction(StageOperation *op, bool risky);
    // Steps 4-7.
    void write(StageOperation *op);
    void writeMove(StageOperation *op);
    void writeCreate(StageOperation *op);
    void writeDelete(StageOperation *op);
    void writeRollBack(StageOperation *op);

    void refuse(StageOperation *op, const ApiError &error);
    void fail(StageOperation *op, const ApiError &error, bool readVersions);
    void succeed(StageOperation *op, const StageChange &undo);
    // Reads every page of versions, then calls done(versions) or, on an error, fail(error).
    void readVersions(StageOperation *op, const QString &marker, QList<VersionMetadata> collected,
                      std::function<void(const QList<VersionMetadata> &)> done,
                      std::function<void(const ApiError &)> failed);
    // Re-reads the versions into op's outcome, then finishes op.
    void readVersionsAndFinish(StageOperation *op);
    // GET the stage and compare its holder; calls next(holder) when it matches.
    void checkHolder(StageOperation *op, const QString &expected,
                     std::function<void(const QString &holder)> next);
    // The client's queue for op's calls (StageRequest::priority).
    static CsmsClient::Priority priorityOf(const StageOperation *op);
    static ApiError staleError(const StageChange &change, const QString &expected,
                               const QString &holder, const QString &requestId);

    QPointer<CsmsClient> m_client;
    QPointer<StagePrompter> m_prompter;
    QSet<QString> m_busy; // "secret\nstage" being written
};

} // namespace keystage
