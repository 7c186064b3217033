// SPDX-License-Identifier: Apache-2.0
// PlanRunner: applies a StagePlan through StageEditor, the one door for stage writes, with a
// bounded number of secrets at once (default 8). For each planned row it first re-reads the
// secret's versions: a secret whose versions or stages changed since the plan is Skipped, never
// overwritten. The editor then runs its own checks (rules, the stale check on the stage's holder
// right before the write) and its write. Every call of a run queues at Bulk priority, the editor's
// too (StageRequest::priority): a change the user makes in the window meanwhile goes first.
//
// The plan's prompts were answered once for the whole plan (the caller showed its risks, and on a
// production profile asked the production guard once, naming the number of secrets): the runner's
// editor answers its per-change prompts with that answer. start() refuses a plan on a production
// profile unless productionConfirmed says the guard was asked.
//
// A row is Done only when the server acknowledged the write. A write that got no answer at all
// (the server died, the connection broke) is Unconfirmed: the server may or may not have done it.
// cancel() stops starting rows; rows in flight finish and are reported; rows never started are
// NotTried. inversePlan() is the plan that undoes the Done rows, checked the same way on Apply.
#pragma once

#include "core/plan/stageplan.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace keystage {

class CsmsClient;
class StageEditor;
struct ApiCallRecord;

struct PlanResult
{
    Q_DECLARE_TR_FUNCTIONS(keystage::PlanResult)

public:
    enum class Status {
        NotPlanned, // the row needs nothing or cannot be done: nothing is sent
        Waiting,
        Running,
        Done, // the server acknowledged the write
        Skipped, // the secret changed since the plan: nothing was written
        Failed, // refused by the rules or the server, or no answer before any write
        Unconfirmed, // a write got no answer: the server may or may not have done it
        NotTried, // cancelled before it started
    };

    Status status = Status::Waiting;
    QString detail; // translated: why it was skipped or failed
    std::optional<ApiError> error;
    QString requestId; // of the write (or of the read that found the secret changed)
    StageChange undo; // Done: what reverses it
    bool versionsKnown = false; // Done: versionsAfter is the server's truth after the write
    QList<VersionMetadata> versionsAfter;

    bool isFinal() const { return status != Status::Waiting && status != Status::Running; }
    static QString statusName(Status status); // "done", "skipped": stable, for exports
    QString statusText() const; // translated
};

struct PlanSummary
{
    Q_DECLARE_TR_FUNCTIONS(keystage::PlanSummary)

public:
    int planned = 0;
    int done = 0;
    int skipped = 0;
    int failed = 0;
    int unconfirmed = 0;
    int notTried = 0;
    int remaining = 0;
    QString text() const; // translated one-liner
};

class PlanRunner : public QObject
{
    Q_OBJECT

public:
    explicit PlanRunner(CsmsClient *client, QObject *parent = nullptr);
    ~PlanRunner() override;

    void setMaxInFlight(int limit); // secrets at once; at least 1, default 8
    int maxInFlight() const { return m_maxInFlight; }

    // False while a run goes on, without a client, or on a production profile without the guard.
    bool start(const StagePlan &plan, bool productionConfirmed = false);
    void cancel();

    bool isRunning() const { return m_running; }
    const StagePlan &plan() const { return m_plan; }
    const QList<PlanResult> &results() const { return m_results; }
    PlanSummary summary() const;
    int done() const; // planned rows finished
    int planned() const { return m_planned; }
    QStringList changedSecrets() const; // Done and Unconfirmed rows
    // Undoes the Done rows: each row's undo change on the versions the write left.
    StagePlan inversePlan() const;

Q_SIGNALS:
    void resultReady(int index, const keystage::PlanResult &result);
    void progressed(int done, int total);
    void finished(const keystage::PlanSummary &summary);

private:
    void pump();
    void launch(int index);
    void readVersions(int index, const QString &marker, QList<VersionMetadata> collected);
    void submit(int index, const QList<VersionMetadata> &now);
    void settle(int index, PlanResult::Status status, const QString &detail = {});
    void noteCall(const ApiCallRecord &record);
    void finishIfDone();

    QPointer<CsmsClient> m_client;
    StageEditor *m_editor = nullptr;
    int m_maxInFlight = 8;
    StagePlan m_plan;
    QList<PlanResult> m_results;
    QHash<QString, int> m_indexOf; // secret name -> row
    QHash<int, bool> m_writeSent; // row -> a write went on the wire
    QList<int> m_queue;
    int m_planned = 0;
    int m_inFlight = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace keystage

Q_DECLARE_METATYPE(keystage::PlanResult)
Q_DECLARE_METATYPE(keystage::PlanSummary)
