// SPDX-License-Identifier: Apache-2.0
// BulkDeleter: deletes (scheduled or immediately) or restores a list of secrets with a bounded
// number of calls in flight (default 8, Priority::Bulk so interactive calls go first), progress,
// one result per secret, cancel, retry of the failed ones and a summary.
//
// A result is Succeeded only when the server acknowledged the call. A call that got no answer
// at all (the connection broke, the server died) is Unconfirmed: the server may or may not have
// done it. verifyUnconfirmed() asks the server (GET the secret) and settles those to Succeeded or
// Failed. Cancel stops starting new calls; those never started end as NotTried.
//
// deleteByInstance() drives the seed API POST /secrets/batch-delete and reports its
// total / succeeded / failed exactly as the server returned them.
//
// It is the one door for deletions: the bulk dialog, the instance dialog and undo / redo of a
// scheduled deletion all run through a BulkDeleter, and secretsChanged() tells the window what
// each run did, so it never re-reads a secret that is gone.
#pragma once

#include "core/api/csmsclient.h"
#include "core/ops/bulkrun.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <optional>

namespace keystage {

class BulkDeleter : public QObject
{
    Q_OBJECT

public:
    enum class Mode {
        Scheduled, // POST .../scheduled-deleted-tasks/create with the recovery window
        Immediate, // DELETE /secrets/{name}: irreversible
        Restore, // POST .../scheduled-deleted-tasks/cancel
    };
    Q_ENUM(Mode)

    explicit BulkDeleter(CsmsClient *client, QObject *parent = nullptr);
    ~BulkDeleter() override;

    int maxInFlight() const { return m_run.maxInFlight; }
    void setMaxInFlight(int limit); // at least 1; default 8

    // Starts a run (refused while one is running: returns false). Scheduled needs a recovery
    // window of 7..30 days. Names are deduplicated; empty names are ignored.
    bool start(const QStringList &names, Mode mode, int recoveryWindowDays = 30);
    void cancel(); // stops starting new calls; in-flight ones finish
    // Runs again the Failed, Unconfirmed and NotTried secrets of the last run. False if none.
    bool retryFailed();
    // GETs every Unconfirmed secret and settles it from the server's answer.
    bool verifyUnconfirmed();

    bool isRunning() const { return m_run.running; }
    Mode mode() const { return m_mode; }
    int recoveryWindowDays() const { return m_days; }
    int total() const { return m_run.total(); }
    int done() const { return m_run.done(); } // no longer waiting or in flight
    const QList<BulkItemResult> &results() const { return m_run.results; }
    QStringList namesWith(BulkItemResult::Status status) const { return m_run.namesWith(status); }
    BulkSummary summary() const { return m_run.summary(); }

    // POST /secrets/batch-delete (the seed API). The result comes with instanceBatchFinished.
    void deleteByInstance(const QString &instanceId, const QString &instanceType = {});

Q_SIGNALS:
    void progressed(int done, int total);
    void itemFinished(int index, const keystage::BulkItemResult &result);
    void finished(const keystage::BulkSummary &summary);
    void instanceBatchFinished(const keystage::BatchDeleteResult &result);
    // After every run, whichever door it came through (the bulk dialog, the instance dialog,
    // undo and redo): the secrets the server acknowledged. Immediate: they are gone for good,
    // so nobody should read them again; Scheduled / Restore: their state changed.
    void secretsChanged(const QStringList &names, keystage::BulkDeleter::Mode mode);
    void instanceBatchFailed(const keystage::ApiError &error);

private:
    void pump();
    void launch(int index);
    void settle(int index, const ApiReply *reply, bool ok, const ApiError &error);
    void verifyNext();
    void finishIfDone();

    QPointer<CsmsClient> m_client;
    Mode m_mode = Mode::Scheduled;
    int m_days = 30;
    BulkRun m_run;
    bool m_verifying = false;
};

} // namespace keystage
