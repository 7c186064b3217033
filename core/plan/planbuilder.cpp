// SPDX-License-Identifier: Apache-2.0
#include "core/plan/planbuilder.h"

#include "core/api/csmsclient.h"
#include "core/ops/opslogging.h"

#include <QSet>

namespace keystage {

PlanBuilder::PlanBuilder(CsmsClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

PlanBuilder::~PlanBuilder()
{
    m_queue.clear();
    m_running = false;
    for (const QPointer<ApiReply> &reply : std::as_const(m_replies)) {
        if (reply)
            reply->abort();
    }
}

void PlanBuilder::setMaxInFlight(int limit)
{
    m_maxInFlight = qMax(1, limit);
}

void PlanBuilder::setPageSize(int versionsPerPage)
{
    m_pageSize = qMax(0, versionsPerPage);
}

bool PlanBuilder::start(const QStringList &names, const PlanOperation &operation)
{
    QList<PlanTarget> targets;
    for (const QString &name : names)
        targets.append({name, std::nullopt});
    return start(targets, operation);
}

bool PlanBuilder::start(const QList<PlanTarget> &targets, const PlanOperation &operation)
{
    if (m_running || !m_client)
        return false;
    m_plan = StagePlan();
    m_plan.operation = operation;
    m_targets.clear();
    QSet<QString> seen;
    for (const PlanTarget &t : targets) {
        if (t.secretName.isEmpty() || seen.contains(t.secretName))
            continue;
        seen.insert(t.secretName);
        m_targets.append(t);
        PlanRow row;
        row.secretName = t.secretName;
        row.reason = tr("Not read yet.");
        m_plan.rows.append(row);
    }
    const int n = int(m_targets.size());
    m_collected = QList<QList<VersionMetadata>>(n);
    m_replies = QList<QPointer<ApiReply>>(n);
    m_settled = QList<bool>(n, false);
    m_queue.clear();
    for (int i = 0; i < n; ++i)
        m_queue.append(i);
    m_inFlight = 0;
    m_done = 0;
    m_cancelled = false;
    m_running = true;
    qCInfo(lcOps).noquote() << "stage plan:" << operation.describe() << "on" << n << "secrets";
    pump();
    finishIfDone();
    return true;
}

void PlanBuilder::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    for (int index : std::as_const(m_queue)) {
        m_plan.rows[index].reason = tr("Not read: the plan was cancelled.");
        m_settled[index] = true;
        ++m_done;
    }
    m_queue.clear();
    for (int i = 0; i < m_replies.size(); ++i) {
        if (m_replies.at(i))
            m_replies.at(i)->abort(); // settles the row as not read (Cancelled)
    }
    Q_EMIT progressed(m_done, total());
    finishIfDone();
}

void PlanBuilder::pump()
{
    while (!m_cancelled && m_inFlight < m_maxInFlight && !m_queue.isEmpty() && m_client) {
        ++m_inFlight;
        readSecret(m_queue.takeFirst());
    }
}

void PlanBuilder::readSecret(int index)
{
    const PlanTarget &target = m_targets.at(index);
    if (target.traits) {
        readVersions(index, *target.traits, QString());
        return;
    }
    auto *reply = m_client->showSecret(target.secretName, CsmsClient::Priority::Bulk);
    m_replies[index] = reply;
    reply->then(this, [this, index](const ApiResult<Secret> &r) {
        m_replies[index] = nullptr;
        if (!r.ok()) {
            failRead(index, r.error());
            return;
        }
        readVersions(index, toSecretTraits(*r), QString());
    });
}

void PlanBuilder::readVersions(int index, const SecretTraits &traits, const QString &marker)
{
    if (!m_client) {
        failRead(index, ApiError::validation(tr("The connection is closed.")));
        return;
    }
    auto *reply = m_client->listVersions(m_targets.at(index).secretName, marker, m_pageSize,
                                         CsmsClient::Priority::Bulk);
    m_replies[index] = reply;
    reply->then(this, [this, index, traits](const ApiResult<VersionPage> &r) {
        m_replies[index] = nullptr;
        if (!r.ok()) {
            failRead(index, r.error());
            return;
        }
        m_collected[index].append(r->items);
        if (r->hasMore() && !m_cancelled) {
            readVersions(index, traits, r->pageInfo.nextMarker);
            return;
        }
        if (r->hasMore()) {
            failRead(index, ApiError::cancelled());
            return;
        }
        const QList<VersionMetadata> versions = std::exchange(m_collected[index], {});
        settle(index, StagePlanner::planRow(m_plan.operation, m_targets.at(index).secretName,
                                            versions, traits));
    });
}

void PlanBuilder::failRead(int index, const ApiError &error)
{
    PlanRow row;
    row.secretName = m_targets.at(index).secretName;
    row.status = PlanRow::Status::NotRead;
    row.readError = error;
    row.reason = error.kind == ApiError::Kind::Cancelled
                         ? tr("Not read: the plan was cancelled.")
                         : tr("Could not be read: %1").arg(error.message);
    settle(index, row);
}

void PlanBuilder::settle(int index, const PlanRow &row)
{
    --m_inFlight;
    m_collected[index].clear();
    if (!m_settled.at(index)) {
        m_settled[index] = true;
        ++m_done;
    }
    m_plan.rows[index] = row;
    Q_EMIT rowReady(index, row);
    Q_EMIT progressed(m_done, total());
    pump();
    finishIfDone();
}

void PlanBuilder::finishIfDone()
{
    if (!m_running || m_inFlight > 0 || !m_queue.isEmpty())
        return;
    m_running = false;
    qCInfo(lcOps) << "stage plan built:" << m_plan.count(PlanRow::Status::Planned) << "planned"
                  << m_plan.count(PlanRow::Status::NothingToDo) << "nothing to do"
                  << m_plan.count(PlanRow::Status::CannotDo) << "cannot"
                  << m_plan.count(PlanRow::Status::NotRead) << "not read";
    Q_EMIT finished(m_plan);
}

} // namespace keystage
