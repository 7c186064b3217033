// SPDX-License-Identifier: Apache-2.0
// Shared by the model and ops tests: a CsmsClient for a csms-local started by the harness, and a
// wait for one reply. Waits on signals only.
#pragma once

#include "awaitreply.h"
#include "core/api/csmsclient.h"
#include "core/ops/bulkrun.h"
#include "csmslocal.h"

#include <QHash>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

namespace keystage::test {

inline Profile sandboxProfile(const CsmsLocal &server, int pageSize = 200,
                              const QString &id = QStringLiteral("test-profile"))
{
    Profile p;
    p.id = id;
    p.displayName = QStringLiteral("Sandbox");
    p.csmsEndpoint = server.baseUrl();
    p.iamEndpoint = server.baseUrl();
    p.projectId = SandboxCredentials::projectId();
    p.authMethod = AuthMethod::AkSk;
    p.accessKey = SandboxCredentials::accessKey();
    p.pageSize = pageSize;
    p.sandbox = true;
    return p;
}

inline std::unique_ptr<CsmsClient> sandboxClient(QNetworkAccessManager *nam,
                                                 const CsmsLocal &server, int pageSize = 200,
                                                 const QString &profileId
                                                 = QStringLiteral("test-profile"))
{
    Credentials c;
    c.secretKey = SandboxCredentials::secretKey();
    return std::make_unique<CsmsClient>(nam, sandboxProfile(server, pageSize, profileId), c);
}

// Waits for the reply and returns its result (the reply is deleted).
template<typename T>
ApiResult<T> await(Reply<T> *reply, int timeoutMs = 30000)
{
    return awaitReply(reply, timeoutMs);
}

inline CreateSecretRequest secretRequest(const QString &name, const QString &value,
                                         const QString &description = {})
{
    CreateSecretRequest r;
    r.name = name;
    r.secretString = value;
    r.description = description;
    return r;
}

// Creates count secrets named prefix-0000, prefix-0001... with all POSTs sent at once (the
// client bounds how many are in flight); the names of those created, in order.
inline QStringList makeSecrets(CsmsClient &client, const QString &prefix, int count,
                               int timeoutMs = 120000)
{
    QList<Reply<Secret> *> replies;
    for (int i = 0; i < count; ++i) {
        replies << client.createSecret(
                secretRequest(QStringLiteral("%1-%2").arg(prefix).arg(i, 4, 10, QLatin1Char('0')),
                              QStringLiteral("v")));
        replies.last()->setAutoDelete(false); // awaited below, once all are sent
    }
    QStringList names;
    for (Reply<Secret> *reply : std::as_const(replies)) {
        const ApiResult<Secret> created = await(reply, timeoutMs);
        if (created.ok())
            names << created->name;
    }
    return names;
}

// Every secret on the server, name -> state, read page by page; empty if a page fails.
inline QHash<QString, QString> secretStates(CsmsClient &client)
{
    QHash<QString, QString> out;
    QString marker;
    for (;;) {
        const auto page = await(client.listSecrets(marker, 1000));
        if (!page.ok())
            return {};
        for (const Secret &s : page->items)
            out.insert(s.name, s.state);
        if (!page->hasMore())
            return out;
        marker = page->pageInfo.nextMarker;
    }
}

// Waits for a bulk runner (BulkDeleter and the like: isRunning() and a finished() signal).
template<typename Runner>
bool runToEnd(Runner &runner, int timeoutMs)
{
    if (!runner.isRunning())
        return true;
    QSignalSpy finished(&runner, &Runner::finished);
    return finished.wait(timeoutMs);
}

// A csms-local on a database file in dir (so it can be restarted on the same data), every answer
// held latencyMs: the set-up of the "server killed halfway" tests.
inline CsmsLocalOptions durableOptions(const QTemporaryDir &dir, int latencyMs = 10)
{
    CsmsLocalOptions options;
    options.dataFile = dir.filePath(QStringLiteral("csms.db"));
    options.faultLatencyMs = latencyMs;
    return options;
}

// Kills server once a bulk runner has reported at least `after` secrets done (progressed()).
template<typename Runner>
void killServerAfter(Runner &runner, CsmsLocal &server, int after)
{
    QObject::connect(&runner, &Runner::progressed, &runner, [&server, after](int done) {
        if (done >= after && server.isRunning())
            server.kill();
    });
}

// What a run cut by a killed server may honestly report: at least the `after` secrets before
// the kill done, not all of them, and every secret accounted for.
inline bool cutShortHonestly(const BulkSummary &s, int total, int after)
{
    return s.succeeded >= after && s.succeeded < total
           && s.succeeded + s.failed + s.unconfirmed + s.notTried == total;
}

// The secret "app" of the stage tests: v1 (no stage), v2 (BETA), v3 (SYSPREVIOUS),
// v4 (SYSCURRENT), values "value-1".."value-4". False if any call failed.
inline bool createStagedApp(CsmsClient *client)
{
    if (!await(client->createSecret(
                       secretRequest(QStringLiteral("app"), QStringLiteral("value-1"))))
                 .ok())
        return false;
    for (int i = 2; i <= 4; ++i) {
        CreateVersionRequest r;
        r.secretString = QStringLiteral("value-%1").arg(i);
        if (!await(client->createVersion(QStringLiteral("app"), r)).ok())
            return false;
    }
    return await(client->createStage(QStringLiteral("app"), QStringLiteral("BETA"),
                                     QStringLiteral("v2")))
            .ok();
}

} // namespace keystage::test
