// SPDX-License-Identifier: Apache-2.0
#include "core/plan/planrunner.h"

#include "core/api/apicallrecord.h"
#include "core/api/csmsclient.h"
#include "core/ops/bulkrun.h"
#include "core/ops/opslogging.h"
#include "core/ops/stageeditor.h"

#include <QUrl>

namespace keystage {

using Status = PlanResult::Status;

namespace {

// The plan's one answer, given for each change of the run (see the header).
class PlanPrompter : public StagePrompter
{
public:
    using StagePrompter::StagePrompter;
    void confirmRisk(const StageRequest &, const StagePrediction &, Answer answer) override
    {
        answer(true);
    }
    void confirmProduction(const StageRequest &, Answer answer) override { answer(true); }
};

// The secret a stage write addresses (".../secrets/{name}/stages..."), or empty.
QString stageWriteSecret(const ApiCallRecord &record)
{
    if (record.method == "GET")
        return {};
    const QString marker = QStringLiteral("/secrets/");
    const qsizetype at = record.path.indexOf(marker);
    if (at < 0)
        return {};
    const qsizetype start = at + marker.size();
    const qsizetype end = record.path.indexOf(QLatin1Char('/'), start);
    if (end < 0 || !QStringView(record.path).mid(end).startsWith(QLatin1String("/stages")))
        return {};
    return QUrl::fromPercentEncoding(record.path.mid(start, end - start).toUtf8());
}

bool noAnswer(const ApiError &error)
{
    return error.httpStatus == 0
           && (error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout);
}

} // namespace

QString PlanResult::statusName(Status status)
{
    switch (status) {
    case Status::NotPlanned:
        return QStringLiteral("not planned");
    case Status::Waiting:
        return QStringLiteral("waiting");
    case Status::Running:
        return QStringLiteral("running");
    case Status::Done:
        return QStringLiteral("done");
    case Status::Skipped:
        return QStringLiteral("skipped");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Unconfirmed:
        return QStringLiteral("unconfirmed");
    case Status::NotTried:
        return QStringLiteral("not tried");
    }
    return {};
}

QString PlanResult::statusText() const
{
    switch (status) {
    case Status::NotPlanned:
        return tr("Not planned");
    case Status::Waiting:
        return tr("Waiting");
    case Status::Running:
        return tr("Running");
    case Status::Done:
        return tr("Done");
    case Status::Skipped:
        return tr("Skipped");
    case Status::Failed:
        return tr("Failed");
    case Status::Unconfirmed:
        return tr("Unconfirmed");
    case Status::NotTried:
        return tr("Not tried");
    }
    return {};
}

QString PlanSummary::text() const
{
    QString s = tr("%1 of %2 done").arg(done).arg(planned);
    if (skipped > 0)
        s += tr(", %1 skipped (changed since the plan)").arg(skipped);
    if (failed > 0)
        s += tr(", %1 failed").arg(failed);
    return s + BulkSummary::tail(unconfirmed, notTried, remaining);
}

PlanRunner::PlanRunner(CsmsClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_editor(new StageEditor(client, this))
{
    m_editor->setPrompter(new PlanPrompter(this));
    if (client)
        connect(client, &CsmsClient::callFinished, this, &PlanRunner::noteCall);
}

PlanRunner::~PlanRunner() = default;

void PlanRunner::setMaxInFlight(int limit)
{
    m_maxInFlight = qMax(1, limit);
}

bool PlanRunner::start(const StagePlan &plan, bool productionConfirmed)
{
    if (m_running || !m_client)
        return false;
    if (m_client->profile().production && !productionConfirmed && !plan.plannedSecrets().isEmpty())
        return false;
    m_plan = plan;
    m_results = QList<PlanResult>(plan.rows.size());
    m_indexOf.clear();
    m_writeSent.clear();
    m_queue.clear();
    m_planned = 0;
    for (int i = 0; i < plan.rows.size(); ++i) {
        const PlanRow &row = plan.rows.at(i);
        if (!row.isPlanned()) {
            m_results[i].status = Status::NotPlanned;
            m_results[i].detail = row.reason;
            continue;
        }
        m_indexOf.insert(row.secretName, i);
        m_queue.append(i);
        ++m_planned;
    }
    m_inFlight = 0;
    m_cancelled = false;
    m_running = true;
    qCInfo(lcOps).noquote() << "stage plan apply:" << plan.operation.describe() << "on" << m_planned
                            << "secrets";
    pump();
    finishIfDone();
    return true;
}

void PlanRunner::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    const QList<int> queued = std::exchange(m_queue, {});
    for (int index : queued) {
        m_results[index].status = Status::NotTried;
        m_results[index].detail = tr("Cancelled before it started.");
        Q_EMIT resultReady(index, m_results.at(index));
    }
    Q_EMIT progressed(done(), m_planned);
    finishIfDone();
}

int PlanRunner::done() const
{
    int n = 0;
    for (const PlanResult &r : m_results)
        n += r.status != Status::NotPlanned && r.isFinal() ? 1 : 0;
    return n;
}

PlanSummary PlanRunner::summary() const
{
    PlanSummary s;
    s.planned = m_planned;
    for (const PlanResult &r : m_results) {
        switch (r.status) {
        case Status::NotPlanned:
            break;
        case Status::Waiting:
        case Status::Running:
            ++s.remaining;
            break;
        case Status::Done:
            ++s.done;
            break;
        case Status::Skipped:
            ++s.skipped;
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
        }
    }
    return s;
}

QStringList PlanRunner::changedSecrets() const
{
    QStringList names;
    for (int i = 0; i < m_results.size(); ++i) {
        const Status s = m_results.at(i).status;
        if (s == Status::Done || s == Status::Unconfirmed)
            names.append(m_plan.rows.at(i).secretName);
    }
    return names;
}

StagePlan PlanRunner::inversePlan() const
{
    StagePlan inverse;
    inverse.operation.kind = PlanOperation::Kind::Inverse;
    inverse.operation.stage = m_plan.operation.stage;
    for (int i = 0; i < m_results.size(); ++i) {
        const PlanResult &r = m_results.at(i);
        if (r.status != Status::Done)
            continue;
        const PlanRow &row = m_plan.rows.at(i);
        const QList<VersionMetadata> after
                = r.versionsKnown
                          ? r.versionsAfter
                          : StagePlanner::predictedAfter(row.change, row.versions, row.traits);
        inverse.rows.append(StagePlanner::rowForChange(r.undo, after, row.traits));
    }
    return inverse;
}

void PlanRunner::pump()
{
    while (!m_cancelled && m_inFlight < m_maxInFlight && !m_queue.isEmpty() && m_client)
        launch(m_queue.takeFirst());
}

void PlanRunner::launch(int index)
{
    ++m_inFlight;
    m_results[index].status = Status::Running;
    Q_EMIT resultReady(index, m_results.at(index));
    readVersions(index, QString(), {});
}

void PlanRunner::readVersions(int index, const QString &marker, QList<VersionMetadata> collected)
{
    if (!m_client) {
        m_results[index].error = ApiError::validation(tr("The connection is closed."));
        settle(index, Status::Failed, m_results.at(index).error->message);
        return;
    }
    auto *reply = m_client->listVersions(m_plan.rows.at(index).secretName, marker, 0,
                                         CsmsClient::Priority::Bulk);
    reply->then(this, [this, index, reply, collected](const ApiResult<VersionPage> &r) {
        if (!r.ok()) {
            m_results[index].error = r.error();
            m_results[index].requestId = r.error().requestId;
            settle(index, Status::Failed,
                   tr("Could not be read before the change: %1").arg(r.error().message));
            return;
        }
        QList<VersionMetadata> all = collected;
        all.append(r->items);
        if (r->hasMore()) {
            readVersions(index, r->pageInfo.nextMarker, all);
            return;
        }
        if (m_cancelled) {
            settle(index, Status::NotTried, tr("Cancelled before anything was written."));
            return;
        }
        const PlanRow &row = m_plan.rows.at(index);
        if (!StagePlanner::sameState(row.versions, all)) {
            m_results[index].requestId = reply->requestId();
            settle(index, Status::Skipped,
                   tr("%1 changed since the plan was made: nothing was written.")
                           .arg(row.secretName));
            return;
        }
        submit(index, all);
    });
}

void PlanRunner::submit(int index, const QList<VersionMetadata> &now)
{
    const PlanRow &row = m_plan.rows.at(index);
    StageRequest request;
    request.change = row.change;
    request.versions = toVersionStages(now);
    request.secret = row.traits;
    request.question = row.change.describe();
    request.action = row.change.describe();
    // Behind the user's own calls: a move made in the window during an apply goes first.
    request.priority = StageRequest::Priority::Bulk;
    StageOperation *op = m_editor->submit(request);
    connect(op, &StageOperation::finished, this, [this, index](const StageOutcome &outcome) {
        PlanResult &result = m_results[index];
        if (outcome.ok()) {
            result.undo = outcome.undo;
            result.versionsKnown = outcome.versionsKnown;
            result.versionsAfter = outcome.versions;
            settle(index, Status::Done);
            return;
        }
        const ApiError &error = *outcome.error;
        result.error = error;
        if (!error.requestId.isEmpty())
            result.requestId = error.requestId;
        if (outcome.isConflict() && !outcome.partial) {
            settle(index, Status::Skipped, error.message);
            return;
        }
        if (noAnswer(error) && m_writeSent.value(index)) {
            settle(index, Status::Unconfirmed,
                   tr("The service did not answer the change: it may or may not have been "
                      "made. %1")
                           .arg(error.message));
            return;
        }
        QString detail = error.message;
        if (outcome.partial)
            detail = tr("Half rolled back: SYSCURRENT moved, SYSPREVIOUS did not. %1")
                             .arg(error.message);
        settle(index, Status::Failed, detail);
    });
}

void PlanRunner::noteCall(const ApiCallRecord &record)
{
    if (!m_running)
        return;
    const QString secret = stageWriteSecret(record);
    const auto it = m_indexOf.constFind(secret);
    if (secret.isEmpty() || it == m_indexOf.cend())
        return;
    if (m_results.at(*it).status != Status::Running)
        return;
    if (record.sentAt.isValid())
        m_writeSent.insert(*it, true);
    if (!record.requestId.isEmpty())
        m_results[*it].requestId = record.requestId;
}

void PlanRunner::settle(int index, Status status, const QString &detail)
{
    --m_inFlight;
    PlanResult &result = m_results[index];
    result.status = status;
    result.detail = detail;
    Q_EMIT resultReady(index, result);
    Q_EMIT progressed(done(), m_planned);
    pump();
    finishIfDone();
}

void PlanRunner::finishIfDone()
{
    if (!m_running || m_inFlight > 0 || !m_queue.isEmpty())
        return;
    m_running = false;
    const PlanSummary s = summary();
    qCInfo(lcOps) << "stage plan applied:" << s.done << "done" << s.skipped << "skipped" << s.failed
                  << "failed" << s.unconfirmed << "unconfirmed" << s.notTried << "not tried";
    Q_EMIT finished(s);
}

} // namespace keystage
