// SPDX-License-Identifier: Apache-2.0
#include "core/plan/planscope.h"

#include "core/api/csmsclient.h"

namespace keystage {

namespace {
constexpr int PageSize = 1000;
}

PlanScope::PlanScope(CsmsClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

PlanScope::~PlanScope()
{
    if (m_reply)
        m_reply->abort();
}

bool PlanScope::start(const QString &nameMatch, const QList<TagValues> &tags, const QString &state)
{
    if (isRunning() || !m_client)
        return false;
    m_filter = ResourceFilter();
    m_filter.nameMatch = nameMatch;
    m_filter.tags = tags;
    m_filter.limit = PageSize;
    m_state = state;
    m_targets.clear();
    if (nameMatch.isEmpty() && tags.isEmpty())
        readList(QString());
    else
        readFiltered(0);
    return true;
}

void PlanScope::cancel()
{
    if (m_reply)
        m_reply->abort(); // failed(Cancelled)
}

void PlanScope::take(const Secret &secret)
{
    if (!m_state.isEmpty() && secret.state != m_state)
        return;
    m_targets.append({secret.name, toSecretTraits(secret)});
}

void PlanScope::readList(const QString &marker)
{
    auto *reply = m_client->listSecrets(marker, PageSize, CsmsClient::Priority::Bulk);
    m_reply = reply;
    reply->then(this, [this](const ApiResult<SecretPage> &r) {
        m_reply = nullptr;
        if (!r.ok()) {
            Q_EMIT failed(r.error());
            return;
        }
        for (const Secret &s : r->items)
            take(s);
        Q_EMIT progressed(int(m_targets.size()));
        if (r->hasMore()) {
            readList(r->pageInfo.nextMarker);
            return;
        }
        Q_EMIT finished(m_targets);
    });
}

void PlanScope::readFiltered(int offset)
{
    m_filter.offset = offset;
    auto *reply = m_client->filterResources(m_filter, CsmsClient::Priority::Bulk);
    m_reply = reply;
    reply->then(this, [this, offset](const ApiResult<ResourceInstancePage> &r) {
        m_reply = nullptr;
        if (!r.ok()) {
            Q_EMIT failed(r.error());
            return;
        }
        for (const ResourceInstance &ri : r->resources) {
            if (ri.detail) {
                Secret s = *ri.detail;
                s.name = ri.resourceName;
                take(s);
            } else if (m_state.isEmpty()) {
                m_targets.append({ri.resourceName, std::nullopt});
            }
        }
        Q_EMIT progressed(int(m_targets.size()));
        const int read = int(r->resources.size()) + r->dropped;
        const int next = offset + read;
        if (read > 0 && next < r->totalCount) {
            readFiltered(next);
            return;
        }
        Q_EMIT finished(m_targets);
    });
}

} // namespace keystage
