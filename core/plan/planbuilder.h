// SPDX-License-Identifier: Apache-2.0
// PlanBuilder: reads N secrets from the server (each secret's state and rotation when the caller
// does not know them, then its versions page by page) with a bounded number of secrets being read
// at once (default 8, Priority::Bulk), and decides one PlanRow per secret (StagePlanner). Progress
// per secret; cancel() aborts the reads in flight, and the rows not read say so. Nothing is
// written.
#pragma once

#include "core/plan/stageplan.h"

#include <QObject>
#include <QPointer>
#include <optional>

namespace keystage {

class CsmsClient;
class ApiReply;

struct PlanTarget
{
    QString secretName;
    std::optional<SecretTraits> traits; // unset: read with GET /secrets/{name}
};

class PlanBuilder : public QObject
{
    Q_OBJECT

public:
    explicit PlanBuilder(CsmsClient *client, QObject *parent = nullptr);
    ~PlanBuilder() override;

    void setMaxInFlight(int limit); // secrets read at once; at least 1, default 8
    int maxInFlight() const { return m_maxInFlight; }
    void setPageSize(int versionsPerPage); // default 0: the profile's page size
    // Starts a build (false while one runs). Names are deduplicated, empty ones ignored.
    bool start(const QList<PlanTarget> &targets, const PlanOperation &operation);
    bool start(const QStringList &names, const PlanOperation &operation);
    void cancel();

    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }
    int done() const { return m_done; }
    int total() const { return int(m_plan.rows.size()); }
    const StagePlan &plan() const { return m_plan; }

Q_SIGNALS:
    void rowReady(int index, const keystage::PlanRow &row);
    void progressed(int done, int total);
    void finished(const keystage::StagePlan &plan);

private:
    void pump();
    void readSecret(int index);
    void readVersions(int index, const SecretTraits &traits, const QString &marker);
    void settle(int index, const PlanRow &row);
    void failRead(int index, const ApiError &error);
    void finishIfDone();

    QPointer<CsmsClient> m_client;
    int m_maxInFlight = 8;
    int m_pageSize = 0;
    StagePlan m_plan;
    QList<PlanTarget> m_targets;
    QList<QList<VersionMetadata>> m_collected;
    QList<QPointer<ApiReply>> m_replies; // the read in flight per row
    QList<bool> m_settled;
    QList<int> m_queue;
    int m_inFlight = 0;
    int m_done = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace keystage
