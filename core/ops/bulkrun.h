// SPDX-License-Identifier: Apache-2.0
// What the bulk runners (BulkDeleter, BulkTagger) share: one result a secret (BulkItemResult) and
// their count (BulkSummary), and BulkRun, the bookkeeping of a run: the results in the order
// given, the queue of those not started yet, the replies in flight, the limit on them, cancel,
// and the re-queueing for a retry or a verification.
//
// A runner owns one BulkRun and says what a secret's calls are (launch) and how an answer
// settles it; the order of the queue, the limit and what cancel leaves are the same for all.
#pragma once

#include "core/api/apierror.h"

#include <QCoreApplication>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace keystage {

class ApiReply;

struct BulkItemResult
{
    enum class Status { Waiting, InFlight, Succeeded, Failed, Unconfirmed, NotTried };
    QString secretName;
    Status status = Status::Waiting;
    std::optional<ApiError> error; // Failed / Unconfirmed: the code and request id are in it
};

struct BulkSummary
{
    Q_DECLARE_TR_FUNCTIONS(keystage::BulkSummary)

public:
    int total = 0;
    int succeeded = 0;
    int failed = 0;
    int unconfirmed = 0;
    int notTried = 0;
    int remaining = 0; // waiting or in flight
    QString text() const; // translated one-liner

    static BulkSummary of(const QList<BulkItemResult> &results); // counts them by status
    // The clauses every run's one-liner ends with, the same words for a plan:
    // ", 2 unconfirmed (the service did not answer), 3 not tried, 1 still running".
    static QString tail(int unconfirmed, int notTried, int remaining);
};

// The secrets of the results that have status, in order.
QStringList bulkNamesWith(const QList<BulkItemResult> &results, BulkItemResult::Status status);

class BulkRun
{
public:
    using Status = BulkItemResult::Status;

    BulkRun() = default;
    BulkRun(const BulkRun &) = delete;
    BulkRun &operator=(const BulkRun &) = delete;

    void clear(); // no results, nothing queued
    void append(const QString &name); // a Waiting result for name, queued
    // Appends name unless key is empty or was added since clear(). Returns whether it was added.
    bool add(const QString &key, const QString &name);
    void begin(); // running, not cancelled, room for a reply per result
    bool cancel(); // what is queued ends NotTried; false when not running
    // Queues again the Failed, Unconfirmed and NotTried results, Waiting and without their
    // error. False when there are none.
    bool requeueUnfinished();
    // Queues the Unconfirmed results (their status stays until a read settles them).
    bool queueUnconfirmed();

    // Starts queued secrets (launch(index)) while the limit allows and the run is not cancelled.
    template<typename Launch>
    void pump(Launch &&launch)
    {
        while (!cancelled && inFlight < maxInFlight && !queue.isEmpty()) {
            const int index = queue.takeFirst();
            results[index].status = Status::InFlight;
            ++inFlight;
            launch(index);
        }
    }
    void track(int index, ApiReply *reply); // the call in flight for index
    // Starts nothing more and aborts the calls in flight (each settles as its reply finishes,
    // Cancelled). The runner's destructor calls it while the runner is still whole.
    void abortAll();
    // One in-flight secret has its answer: no longer counted or tracked. Returns its result.
    BulkItemResult &settle(int index);
    bool isIdle() const { return inFlight == 0 && queue.isEmpty(); }

    int total() const { return int(results.size()); }
    int done() const; // no longer waiting or in flight
    BulkSummary summary() const { return BulkSummary::of(results); }
    QStringList namesWith(Status status) const { return bulkNamesWith(results, status); }

    // No HTTP answer (the connection broke, the server died): a write may have been carried out.
    static bool isUnanswered(const ApiError &error);

    QList<BulkItemResult> results;
    QList<int> queue; // indexes waiting to start
    int inFlight = 0;
    int maxInFlight = 8;
    bool running = false;
    bool cancelled = false;

private:
    QList<QPointer<ApiReply>> m_replies;
    QSet<QString> m_keys;
};

} // namespace keystage

Q_DECLARE_METATYPE(keystage::BulkItemResult)
Q_DECLARE_METATYPE(keystage::BulkSummary)
