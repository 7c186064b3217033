// SPDX-License-Identifier: Apache-2.0
// InstanceScan: Keystage's own reading of which secrets belong to which instance, over every
// secret on the server. It pages through ListSecrets with the largest page the API allows
// (1000), whatever the window has loaded or filtered, and keeps only the secrets that carry an
// association (SecretAssociation), so 100,000 secrets cost a few seconds and little memory.
// The count of all secrets (resource_instances "count") only feeds the progress; without it the
// progress has no total.
//
// The batch delete by instance is decided by the server: the scan is a preview, not a promise.
#pragma once

#include "core/api/apierror.h"
#include "core/ops/secretassociation.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace keystage {

class ApiReply;
class CsmsClient;

class InstanceScan : public QObject
{
    Q_OBJECT

public:
    static constexpr int pageSize = 1000; // ListSecrets' largest page (limit 1..1000)

    struct Entry
    {
        QString name;
        SecretAssociation association;
        bool pendingDelete = false;
    };
    struct Instance
    {
        QString id;
        QString type; // as read; empty when unknown
        int secrets = 0;
    };

    explicit InstanceScan(CsmsClient *client, QObject *parent = nullptr);
    ~InstanceScan() override;

    void start(); // from the first page; a running scan starts over
    void cancel(); // stops after aborting the page in flight

    bool isRunning() const { return m_running; }
    bool isComplete() const { return m_complete; }
    int scanned() const { return m_scanned; }
    int expectedTotal() const { return m_expected; } // -1 while unknown
    int unknownCount() const { return m_unknown; } // rotation_config could not be read
    // The secrets that belong to an instance (or whose association is unknown), in server order.
    const QList<Entry> &entries() const { return m_entries; }
    // The instances seen so far, in the order first seen.
    const QList<Instance> &instances() const { return m_instances; }
    // The names a batch delete by id and type (empty: any) would take, as Keystage reads them.
    QStringList matches(const QString &instanceId, const QString &instanceType) const;

Q_SIGNALS:
    // After each page: entries() and instances() grew from these indexes on.
    void pageScanned(int firstNewEntry, int firstNewInstance);
    void progressed(int scanned, int expectedTotal);
    void finished(); // every page read
    void failed(const keystage::ApiError &error); // the scan stopped; what was read stays
    void cancelled();

private:
    void requestPage(const QString &marker);
    void abortReplies();

    QPointer<CsmsClient> m_client;
    QPointer<ApiReply> m_page;
    QPointer<ApiReply> m_count;
    QList<Entry> m_entries;
    QList<Instance> m_instances;
    QHash<QString, int> m_instanceIndex; // instance id → index in m_instances
    int m_scanned = 0;
    int m_expected = -1;
    int m_unknown = 0;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_complete = false;
};

} // namespace keystage
