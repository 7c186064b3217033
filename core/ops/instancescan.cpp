// SPDX-License-Identifier: Apache-2.0
#include "core/ops/instancescan.h"

#include "core/api/csmsclient.h"
#include "core/ops/opslogging.h"

namespace keystage {

InstanceScan::InstanceScan(CsmsClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

InstanceScan::~InstanceScan()
{
    abortReplies();
}

void InstanceScan::abortReplies()
{
    ++m_generation;
    for (QPointer<ApiReply> *reply : {&m_page, &m_count}) {
        if (ApiReply *r = *reply) {
            *reply = nullptr;
            r->abort();
        }
    }
}

void InstanceScan::start()
{
    abortReplies();
    m_entries.clear();
    m_instances.clear();
    m_instanceIndex.clear();
    m_scanned = 0;
    m_expected = -1;
    m_unknown = 0;
    m_complete = false;
    m_running = m_client != nullptr;
    if (!m_client)
        return;
    const quint64 generation = m_generation;
    auto *count = m_client->countResources(ResourceFilter(), CsmsClient::Priority::Bulk);
    m_count = count;
    count->then(this, [this, generation](const ApiResult<int> &r) {
        if (generation != m_generation)
            return;
        m_count = nullptr;
        if (r.ok() && m_running) {
            m_expected = qMax(r.value(), m_scanned);
            Q_EMIT progressed(m_scanned, m_expected);
        }
    });
    requestPage(QString());
}

void InstanceScan::cancel()
{
    if (!m_running)
        return;
    abortReplies();
    m_running = false;
    Q_EMIT cancelled();
}

void InstanceScan::requestPage(const QString &marker)
{
    const quint64 generation = m_generation;
    auto *reply = m_client->listSecrets(marker, pageSize, CsmsClient::Priority::Bulk);
    m_page = reply;
    reply->then(this, [this, generation](const ApiResult<SecretPage> &r) {
        if (generation != m_generation)
            return;
        m_page = nullptr;
        if (!r.ok()) {
            m_running = false;
            if (r.error().kind != ApiError::Kind::Cancelled)
                Q_EMIT failed(r.error());
            return;
        }
        const int firstEntry = int(m_entries.size());
        const int firstInstance = int(m_instances.size());
        for (const Secret &secret : r->items) {
            const SecretAssociation association = SecretAssociation::of(secret);
            if (association.isUnknown())
                ++m_unknown;
            if (!association.isAssociated() && !association.isUnknown())
                continue;
            m_entries.append({secret.name, association, secret.isPendingDelete()});
            const QString id = association.instanceId();
            if (id.isEmpty())
                continue;
            const auto it = m_instanceIndex.constFind(id);
            if (it == m_instanceIndex.cend()) {
                m_instanceIndex.insert(id, int(m_instances.size()));
                m_instances.append({id, association.instanceType(), 1});
            } else {
                ++m_instances[*it].secrets;
            }
        }
        m_scanned += int(r->items.size());
        if (m_expected >= 0)
            m_expected = qMax(m_expected, m_scanned);
        Q_EMIT pageScanned(firstEntry, firstInstance);
        Q_EMIT progressed(m_scanned, m_expected);
        if (r->hasMore()) {
            requestPage(r->pageInfo.nextMarker);
            return;
        }
        m_running = false;
        m_complete = true;
        m_expected = m_scanned; // the count, if it still comes, no longer matters
        qCInfo(lcOps) << "instance scan:" << m_scanned << "secrets," << m_entries.size()
                      << "associated," << m_unknown << "unreadable";
        Q_EMIT progressed(m_scanned, m_expected);
        Q_EMIT finished();
    });
}

QStringList InstanceScan::matches(const QString &instanceId, const QString &instanceType) const
{
    QStringList names;
    for (const Entry &entry : m_entries) {
        if (entry.association.matches(instanceId, instanceType))
            names << entry.name;
    }
    return names;
}

} // namespace keystage
