// SPDX-License-Identifier: Apache-2.0
// PlanScope: every secret a stage plan should cover, read from the server page by page: all the
// secrets matching a name and tags (the resource-instances filter, 1,000 a page), or every secret
// (the list, 1,000 a page) when neither is set; the state, which the server cannot filter, is
// filtered here. Each target carries the secret's state and rotation, so the PlanBuilder reads
// only versions. Progress, cancel; an error ends the scan (failed()).
#pragma once

#include "core/api/csmstypes.h"
#include "core/plan/planbuilder.h"

#include <QObject>
#include <QPointer>

namespace keystage {

class CsmsClient;
class ApiReply;

class PlanScope : public QObject
{
    Q_OBJECT

public:
    explicit PlanScope(CsmsClient *client, QObject *parent = nullptr);
    ~PlanScope() override;

    // nameMatch and tags as the resource-instances filter takes them; state: empty for any.
    bool start(const QString &nameMatch, const QList<TagValues> &tags, const QString &state = {});
    void cancel();
    bool isRunning() const { return !m_reply.isNull(); }
    const QList<PlanTarget> &targets() const { return m_targets; }

Q_SIGNALS:
    void progressed(int found);
    void finished(const QList<keystage::PlanTarget> &targets);
    void failed(const keystage::ApiError &error);

private:
    void readFiltered(int offset);
    void readList(const QString &marker);
    void take(const Secret &secret);

    QPointer<CsmsClient> m_client;
    QPointer<ApiReply> m_reply;
    ResourceFilter m_filter;
    QString m_state;
    QList<PlanTarget> m_targets;
};

} // namespace keystage
