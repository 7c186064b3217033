// SPDX-License-Identifier: Apache-2.0
#include "core/ops/bulkrun.h"

#include "core/api/apireply.h"

namespace keystage {

using Status = BulkItemResult::Status;

QString BulkSummary::text() const
{
    QString s = tr("%1 of %2 succeeded, %3 failed").arg(succeeded).arg(total).arg(failed);
    return s + tail(unconfirmed, notTried, remaining);
}

QString BulkSummary::tail(int unconfirmed, int notTried, int remaining)
{
    QString s;
    if (unconfirmed > 0)
        s += tr(", %1 unconfirmed (the service did not answer)").arg(unconfirmed);
    if (notTried > 0)
        s += tr(", %1 not tried").arg(notTried);
    if (remaining > 0)
        s += tr(", %1 still running").arg(remaining);
    return s;
}

BulkSummary BulkSummary::of(const QList<BulkItemResult> &results)
{
    using Status = BulkItemResult::Status;
    BulkSummary s;
    s.total = int(results.size());
    for (const BulkItemResult &r : results) {
        switch (r.status) {
        case Status::Succeeded:
            ++s.succeeded;
            break;
        case Status::Failed:
            ++s.failed;
            break;
        case Status::Unconfirmed:
            ++s.unconfirmed;
            break;
        case Status::NotTried:
            ++s.notTried;
            break;
        case Status::Waiting:
        case Status::InFlight:
            ++s.remaining;
            break;
        }
    }
    return s;
}

QStringList bulkNamesWith(const QList<BulkItemResult> &results, BulkItemResult::Status status)
{
    QStringList names;
    for (const BulkItemResult &r : results) {
        if (r.status == status)
            names.append(r.secretName);
    }
    return names;
}

void BulkRun::abortAll()
{
    queue.clear();
    for (const QPointer<ApiReply> &reply : std::as_const(m_replies)) {
        if (reply)
            reply->abort();
    }
}

void BulkRun::clear()
{
    results.clear();
    queue.clear();
    m_replies.clear();
    m_keys.clear();
}

bool BulkRun::add(const QString &key, const QString &name)
{
    if (key.isEmpty() || m_keys.contains(key))
        return false;
    m_keys.insert(key);
    append(name);
    return true;
}

void BulkRun::append(const QString &name)
{
    queue.append(int(results.size()));
    results.append({name, Status::Waiting, std::nullopt});
}

void BulkRun::begin()
{
    m_replies.resize(results.size());
    cancelled = false;
    running = true;
}

bool BulkRun::cancel()
{
    if (!running)
        return false;
    cancelled = true;
    for (int index : std::as_const(queue))
        results[index].status = Status::NotTried;
    queue.clear();
    return true;
}

bool BulkRun::requeueUnfinished()
{
    queue.clear();
    for (int i = 0; i < results.size(); ++i) {
        const Status s = results.at(i).status;
        if (s == Status::Failed || s == Status::Unconfirmed || s == Status::NotTried) {
            results[i].status = Status::Waiting;
            results[i].error.reset();
            queue.append(i);
        }
    }
    return !queue.isEmpty();
}

bool BulkRun::queueUnconfirmed()
{
    queue.clear();
    for (int i = 0; i < results.size(); ++i) {
        if (results.at(i).status == Status::Unconfirmed)
            queue.append(i);
    }
    return !queue.isEmpty();
}

void BulkRun::track(int index, ApiReply *reply)
{
    m_replies[index] = reply;
}

BulkItemResult &BulkRun::settle(int index)
{
    --inFlight;
    m_replies[index] = nullptr;
    return results[index];
}

int BulkRun::done() const
{
    const BulkSummary s = summary();
    return s.total - s.remaining;
}

bool BulkRun::isUnanswered(const ApiError &error)
{
    return error.httpStatus == 0
           && (error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout);
}

} // namespace keystage
