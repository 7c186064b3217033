// SPDX-License-Identifier: Apache-2.0
#include "core/ops/bulkdeleter.h"

#include "core/ops/opslogging.h"

namespace keystage {

using Status = BulkItemResult::Status;

BulkDeleter::BulkDeleter(CsmsClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

BulkDeleter::~BulkDeleter()
{
    m_run.abortAll();
}

void BulkDeleter::setMaxInFlight(int limit)
{
    m_run.maxInFlight = qMax(1, limit);
}

bool BulkDeleter::start(const QStringList &names, Mode mode, int recoveryWindowDays)
{
    if (m_run.running || !m_client)
        return false;
    if (mode == Mode::Scheduled && (recoveryWindowDays < 7 || recoveryWindowDays > 30))
        return false;
    m_mode = mode;
    m_days = recoveryWindowDays;
    m_run.clear();
    for (const QString &name : names)
        m_run.add(name, name);
    m_run.begin();
    qCInfo(lcOps) << "bulk" << mode << "of" << m_run.total() << "secrets";
    pump();
    finishIfDone();
    return true;
}

void BulkDeleter::cancel()
{
    if (!m_run.cancel())
        return;
    Q_EMIT progressed(done(), total());
    finishIfDone();
}

bool BulkDeleter::retryFailed()
{
    if (m_run.running || !m_client || !m_run.requeueUnfinished())
        return false;
    m_run.begin();
    pump();
    return true;
}

void BulkDeleter::pump()
{
    if (m_client)
        m_run.pump([this](int index) { launch(index); });
}

void BulkDeleter::launch(int index)
{
    const QString name = m_run.results.at(index).secretName;
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
    m_run.track(index, reply);
    connect(reply, &ApiReply::finished, this,
            [this, index, reply]() { settle(index, reply, reply->isOk(), reply->error()); });
}

void BulkDeleter::settle(int index, const ApiReply *reply, bool ok, const ApiError &error)
{
    Q_UNUSED(reply);
    BulkItemResult &result = m_run.settle(index);
    if (ok) {
        result.status = Status::Succeeded;
        result.error.reset();
    } else {
        // No HTTP answer: the request may have been carried out before the connection broke.
        result.status = BulkRun::isUnanswered(error) ? Status::Unconfirmed : Status::Failed;
        result.error = error;
    }
    Q_EMIT itemFinished(index, result);
    Q_EMIT progressed(done(), total());
    pump();
    finishIfDone();
}

void BulkDeleter::finishIfDone()
{
    if (!m_run.running || !m_run.isIdle())
        return;
    m_run.running = false;
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
    if (m_run.running || !m_client || !m_run.queueUnconfirmed())
        return false;
    m_run.running = true;
    m_verifying = true;
    verifyNext();
    return true;
}

void BulkDeleter::verifyNext()
{
    while (m_run.inFlight < m_run.maxInFlight && !m_run.queue.isEmpty() && m_client) {
        const int index = m_run.queue.takeFirst();
        ++m_run.inFlight;
        m_client->showSecret(m_run.results.at(index).secretName, CsmsClient::Priority::Bulk)
                ->then(this, [this, index](const ApiResult<Secret> &r) {
                    --m_run.inFlight;
                    BulkItemResult &result = m_run.results[index];
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
                    if (m_run.isIdle()) {
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
