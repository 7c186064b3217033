// SPDX-License-Identifier: Apache-2.0
#include "core/ops/bulkdeleter.h"

#include "core/ops/opslogging.h"

#include <QSet>

namespace keystage {

using Status = BulkItemResult::Status;

QString BulkSummary::text() const
{
    QString s = tr("%1 of %2 succeeded, %3 failed").arg(succeeded).arg(total).arg(failed);
    if (unconfirmed > 0)
        s += tr(", %1 unconfirmed (the service did not answer)").arg(unconfirmed);
    if (notTried > 0)
        s += tr(", %1 not tried").arg(notTried);
    if (remaining > 0)
        s += tr(", %1 still running").arg(remaining);
    return s;
}

BulkDeleter::BulkDeleter(CsmsClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

BulkDeleter::~BulkDeleter()
{
    m_queue.clear();
    for (const QPointer<ApiReply> &reply : std::as_const(m_replies)) {
        if (reply)
            reply->abort();
    }
}

void BulkDeleter::setMaxInFlight(int limit)
{
    m_maxInFlight = qMax(1, limit);
}

bool BulkDeleter::start(const QStringList &names, Mode mode, int recoveryWindowDays)
{
    if (m_running || !m_client)
        return false;
    if (mode == Mode::Scheduled && (recoveryWindowDays < 7 || recoveryWindowDays > 30))
        return false;
    m_mode = mode;
    m_days = recoveryWindowDays;
    m_results.clear();
    m_replies.clear();
    m_queue.clear();
    QSet<QString> seen;
    for (const QString &name : names) {
        if (name.isEmpty() || seen.contains(name))
            continue;
        seen.insert(name);
        m_queue.append(int(m_results.size()));
        m_results.append({name, Status::Waiting, std::nullopt});
    }
    m_replies.resize(m_results.size());
    m_cancelled = false;
    m_running = true;
    qCInfo(lcOps) << "bulk" << mode << "of" << m_results.size() << "secrets";
    pump();
    finishIfDone();
    return true;
}

void BulkDeleter::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    for (int index : std::as_const(m_queue))
        m_results[index].status = Status::NotTried;
    m_queue.clear();
    Q_EMIT progressed(done(), total());
    finishIfDone();
}

bool BulkDeleter::retryFailed()
{
    if (m_running || !m_client)
        return false;
    m_queue.clear();
    for (int i = 0; i < m_results.size(); ++i) {
        const Status s = m_results.at(i).status;
        if (s == Status::Failed || s == Status::Unconfirmed || s == Status::NotTried) {
            m_results[i].status = Status::Waiting;
            m_results[i].error.reset();
            m_queue.append(i);
        }
    }
    if (m_queue.isEmpty())
        return false;
    m_cancelled = false;
    m_running = true;
    pump();
    return true;
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

int BulkDeleter::done() const
{
    const BulkSummary s = BulkSummary::of(m_results);
    return s.total - s.remaining;
}

QStringList BulkDeleter::namesWith(BulkItemResult::Status status) const
{
    return bulkNamesWith(m_results, status);
}

BulkSummary BulkDeleter::summary() const
{
    return BulkSummary::of(m_results);
}

void BulkDeleter::pump()
{
    while (!m_cancelled && m_inFlight < m_maxInFlight && !m_queue.isEmpty() && m_client)
        launch(m_queue.takeFirst());
}

void BulkDeleter::launch(int index)
{
    const QString name = m_results.at(index).secretName;
    m_results[index].status = Status::InFlight;
    ++m_inFlight;
    const auto bulk = CsmsClient::Priority::Bulk;
    ApiReply *reply = nullptr;
    switch (m_mode) {
    case Mode::Scheduled:
        reply = m_client->scheduleDeletion(name, m_days, bulk);
        break;
    case Mode::Immediate:
        reply = m_client->deleteSecret(name, bulk);
        break;
    case Mode::Restore:
        reply = m_client->cancelDeletion(name, bulk);
        break;
    }
    m_replies[index] = reply;
    connect(reply, &ApiReply::finished, this,
            [this, index, reply]() { settle(index, reply, reply->isOk(), reply->error()); });
}

bool BulkDeleter::isUnconfirmedError(const ApiError &error)
{
    // No HTTP response: the request may have been carried out before the connection broke.
    return error.httpStatus == 0
           && (error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout);
}

void BulkDeleter::settle(int index, const ApiReply *reply, bool ok, const ApiError &error)
{
    Q_UNUSED(reply);
    --m_inFlight;
    m_replies[index] = nullptr;
    BulkItemResult &result = m_results[index];
    if (ok) {
        result.status = Status::Succeeded;
        result.error.reset();
    } else {
        result.status = isUnconfirmedError(error) ? Status::Unconfirmed : Status::Failed;
        result.error = error;
    }
    Q_EMIT itemFinished(index, result);
    Q_EMIT progressed(done(), total());
    pump();
    finishIfDone();
}

void BulkDeleter::finishIfDone()
{
    if (!m_running || m_inFlight > 0 || !m_queue.isEmpty())
        return;
    m_running = false;
    const BulkSummary s = summary();
    qCInfo(lcOps).noquote() << "bulk run finished:" << s.succeeded << "ok" << s.failed << "failed"
                            << s.unconfirmed << "unconfirmed" << s.notTried << "not tried";
    const QStringList done = namesWith(Status::Succeeded);
    if (!done.isEmpty())
        Q_EMIT secretsChanged(done, m_mode);
    Q_EMIT finished(s);
}

// ---- verification of unconfirmed results ----

bool BulkDeleter::verifyUnconfirmed()
{
    if (m_running || !m_client)
        return false;
    m_queue.clear();
    for (int i = 0; i < m_results.size(); ++i) {
        if (m_results.at(i).status == Status::Unconfirmed)
            m_queue.append(i);
    }
    if (m_queue.isEmpty())
        return false;
    m_running = true;
    m_verifying = true;
    verifyNext();
    return true;
}

void BulkDeleter::verifyNext()
{
    while (m_inFlight < m_maxInFlight && !m_queue.isEmpty() && m_client) {
        const int index = m_queue.takeFirst();
        ++m_inFlight;
        m_client->showSecret(m_results.at(index).secretName, CsmsClient::Priority::Bulk)
                ->then(this, [this, index](const ApiResult<Secret> &r) {
                    --m_inFlight;
                    BulkItemResult &result = m_results[index];
                    std::optional<bool> done; // did the server carry the call out?
                    if (r.ok()) {
                        if (m_mode == Mode::Scheduled)
                            done = r->isPendingDelete();
                        else if (m_mode == Mode::Restore)
                            done = !r->isPendingDelete();
                        else
                            done = false;
                    } else if (r.error().isNotFound()) {
                        done = m_mode == Mode::Immediate;
                    }
                    if (done.has_value()) {
                        result.status = *done ? Status::Succeeded : Status::Failed;
                        if (*done)
                            result.error.reset();
                        Q_EMIT itemFinished(index, result);
                    }
                    if (m_queue.isEmpty() && m_inFlight == 0) {
                        m_verifying = false;
                        finishIfDone();
                    } else {
                        verifyNext();
                    }
                });
    }
}

// ---- the seed's batch-delete by instance ----

void BulkDeleter::deleteByInstance(const QString &instanceId, const QString &instanceType)
{
    if (!m_client)
        return;
    m_client->batchDeleteByInstance(instanceId, instanceType)
            ->then(this, [this](const ApiResult<BatchDeleteResult> &r) {
                if (r.ok()) {
                    if (!r->succeeded.isEmpty())
                        Q_EMIT secretsChanged(r->succeeded, Mode::Immediate);
                    Q_EMIT instanceBatchFinished(r.value());
                } else
                    Q_EMIT instanceBatchFailed(r.error());
            });
}

} // namespace keystage
