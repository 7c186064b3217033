// SPDX-License-Identifier: Apache-2.0
// BulkDeleter against a real csms-local: scheduled deletion with a bounded number in flight,
// restore, immediate deletion with failures, cancel and retry, a 429 storm, the server killed
// halfway (results agree with a re-list), and the seed's batch-delete by instance, previewed by an
// InstanceScan of every secret on the server: the count deleted equals the preview.
#include "core/ops/bulkdeleter.h"
#include "core/ops/instancescan.h"
#include "sandboxclient.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace keystage;
using namespace keystage::test;
using Status = BulkItemResult::Status;

class TstBulkDeleter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scheduledThenRestore();
    void refusesBadWindow();
    void immediateReportsEachFailure();
    void cancelThenRetry();
    void survives429Storm();
    void serverKilledHalfway();
    void batchDeleteByInstance();
    void instanceScanReadsEveryPage();
    void instanceScanFollowsHuaweisForms();

private:
    QNetworkAccessManager m_nam;
};

void TstBulkDeleter::scheduledThenRestore()
{
    CsmsLocal server;
    QVERIFY2(server.start(), server.errorOutput().constData());
    auto client = sandboxClient(&m_nam, server);
    const QStringList names = makeSecrets(*client, QStringLiteral("bulk"), 40);
    QCOMPARE(names.size(), 40);
    BulkDeleter deleter(client.get());
    QCOMPARE(deleter.maxInFlight(), 8);
    deleter.setMaxInFlight(4);
    int peak = 0;
    connect(client.get(), &CsmsClient::inFlightChanged, this,
            [&client, &peak]() { peak = qMax(peak, client->inFlight() + client->queued()); });
    QSignalSpy progressed(&deleter, &BulkDeleter::progressed);
    QVERIFY(deleter.start(names, BulkDeleter::Mode::Scheduled, 7));
    QVERIFY(runToEnd(deleter, 120000));
    QVERIFY(peak <= 4 && peak > 0);
    QCOMPARE(progressed.last().at(0).toInt(), 40);
    QCOMPARE(progressed.last().at(1).toInt(), 40);
    const BulkSummary summary = deleter.summary();
    QCOMPARE(summary.succeeded, 40);
    QCOMPARE(summary.failed + summary.notTried + summary.unconfirmed, 0);
    QVERIFY(!summary.text().isEmpty());
    auto listed = secretStates(*client);
    for (const QString &name : names)
        QCOMPARE(listed.value(name), QStringLiteral("PENDING_DELETE"));

    // Scheduling again fails per secret (CSMS.0107), with the code and request id.
    QVERIFY(deleter.start(names.mid(0, 3), BulkDeleter::Mode::Scheduled, 30));
    QVERIFY(runToEnd(deleter, 120000));
    QCOMPARE(deleter.summary().failed, 3);
    QCOMPARE(deleter.results().first().error->code, QStringLiteral("CSMS.0107"));
    QVERIFY(!deleter.results().first().error->requestId.isEmpty());

    QVERIFY(deleter.start(names, BulkDeleter::Mode::Restore));
    QVERIFY(runToEnd(deleter, 120000));
    QCOMPARE(deleter.summary().succeeded, 40);
    listed = secretStates(*client);
    for (const QString &name : names)
        QCOMPARE(listed.value(name), QStringLiteral("ENABLED"));
}

void TstBulkDeleter::refusesBadWindow()
{
    CsmsLocal server;
    QVERIFY2(server.start(), server.errorOutput().constData());
    auto client = sandboxClient(&m_nam, server);
    BulkDeleter deleter(client.get());
    QVERIFY(!deleter.start({QStringLiteral("a")}, BulkDeleter::Mode::Scheduled, 6));
    QVERIFY(!deleter.start({QStringLiteral("a")}, BulkDeleter::Mode::Scheduled, 31));
    QVERIFY(!deleter.isRunning());
    QSignalSpy finished(&deleter, &BulkDeleter::finished);
    QVERIFY(deleter.start({}, BulkDeleter::Mode::Immediate)); // nothing to do: finishes at once
    QCOMPARE(finished.count(), 1);
}

void TstBulkDeleter::immediateReportsEachFailure()
{
    CsmsLocal server;
    QVERIFY2(server.start(), server.errorOutput().constData());
    auto client = sandboxClient(&m_nam, server);
    QStringList names = makeSecrets(*client, QStringLiteral("bulk"), 10);
    names.insert(3, QStringLiteral("missing-one"));
    names << names.first(); // duplicates are dropped
    BulkDeleter deleter(client.get());
    QVERIFY(deleter.start(names, BulkDeleter::Mode::Immediate));
    QVERIFY(runToEnd(deleter, 120000));
    QCOMPARE(deleter.total(), 11);
    QCOMPARE(deleter.summary().succeeded, 10);
    QCOMPARE(deleter.namesWith(Status::Failed), QStringList{QStringLiteral("missing-one")});
    const BulkItemResult missing = deleter.results().at(3);
    QCOMPARE(missing.error->kind, ApiError::Kind::NotFound);
    QCOMPARE(missing.error->code, QStringLiteral("CSMS.0106"));
    QVERIFY(!missing.error->requestId.isEmpty());
    QVERIFY(secretStates(*client).isEmpty());
}

void TstBulkDeleter::cancelThenRetry()
{
    CsmsLocalOptions options;
    options.faultLatencyMs = 30;
    CsmsLocal server(options);
    QVERIFY2(server.start(), server.errorOutput().constData());
    auto client = sandboxClient(&m_nam, server);
    const QStringList names = makeSecrets(*client, QStringLiteral("bulk"), 30);
    BulkDeleter deleter(client.get());
    deleter.setMaxInFlight(2);
    connect(&deleter, &BulkDeleter::itemFinished, &deleter, &BulkDeleter::cancel);
    QVERIFY(deleter.start(names, BulkDeleter::Mode::Immediate));
    QVERIFY(runToEnd(deleter, 120000));
    BulkSummary s = deleter.summary();
    QVERIFY(s.notTried >= 20);
    QCOMPARE(s.succeeded + s.notTried, 30);
    auto listed = secretStates(*client);
    for (const QString &name : deleter.namesWith(Status::NotTried))
        QVERIFY(listed.contains(name));
    for (const QString &name : deleter.namesWith(Status::Succeeded))
        QVERIFY(!listed.contains(name));
    disconnect(&deleter, &BulkDeleter::itemFinished, &deleter, &BulkDeleter::cancel);
    QVERIFY(deleter.retryFailed());
    QVERIFY(runToEnd(deleter, 120000));
    QCOMPARE(deleter.summary().succeeded, 30);
    QVERIFY(!deleter.retryFailed()); // nothing left
    QVERIFY(secretStates(*client).isEmpty());
}

void TstBulkDeleter::survives429Storm()
{
    CsmsLocalOptions options;
    options.fault429Rate = 0.4;
    CsmsLocal server(options);
    QVERIFY2(server.start(), server.errorOutput().constData());
    auto client = sandboxClient(&m_nam, server);
    RetryPolicy fast;
    fast.setMaxRetries(1);
    client->setRetryPolicy(fast);
    QStringList names;
    // Creating is a POST (never retried): keep trying until 40 exist.
    for (int i = 0; names.size() < 40 && i < 400; ++i) {
        const QString name = QStringLiteral("storm-%1").arg(names.size(), 3, 10, QLatin1Char('0'));
        if (await(client->createSecret(secretRequest(name, QStringLiteral("v")))).ok())
            names << name;
    }
    QCOMPARE(names.size(), 40);
    BulkDeleter deleter(client.get());
    QVERIFY(deleter.start(names, BulkDeleter::Mode::Scheduled, 10)); // POST: no retries at all
    QVERIFY(runToEnd(deleter, 120000));
    BulkSummary s = deleter.summary();
    QVERIFY(s.failed > 0); // the storm hit
    for (const BulkItemResult &r : deleter.results()) {
        if (r.status == Status::Failed)
            QCOMPARE(r.error->kind, ApiError::Kind::RateLimited);
    }
    // Results agree with the server (a 429 is an answer: nothing was done).
    QHash<QString, QString> listed;
    for (int attempt = 0; listed.isEmpty() && attempt < 20; ++attempt)
        listed = secretStates(*client);
    QCOMPARE(listed.size(), 40);
    for (const BulkItemResult &r : deleter.results())
        QCOMPARE(listed.value(r.secretName) == QLatin1String("PENDING_DELETE"),
                 r.status == Status::Succeeded);
    for (int round = 0; round < 20 && deleter.retryFailed(); ++round)
        QVERIFY(runToEnd(deleter, 120000));
    QCOMPARE(deleter.summary().succeeded, 40);
}

void TstBulkDeleter::serverKilledHalfway()
{
    QTemporaryDir dir;
    CsmsLocal server(durableOptions(dir));
    QVERIFY2(server.start(), server.errorOutput().constData());
    auto client = sandboxClient(&m_nam, server);
    const QStringList names = makeSecrets(*client, QStringLiteral("bulk"), 60);
    QCOMPARE(names.size(), 60);
    BulkDeleter deleter(client.get());
    deleter.setMaxInFlight(4);
    killServerAfter(deleter, server, 20);
    QVERIFY(deleter.start(names, BulkDeleter::Mode::Immediate));
    QVERIFY(runToEnd(deleter, 120000));
    QVERIFY(cutShortHonestly(deleter.summary(), 60, 20));
    for (const BulkItemResult &r : deleter.results()) {
        if (r.status == Status::Failed || r.status == Status::Unconfirmed)
            QCOMPARE(r.error->httpStatus, 0);
    }

    QVERIFY2(server.restart(), server.errorOutput().constData());
    if (server.port() != client->profile().csmsEndpoint.port())
        QSKIP("csms-local could not get its port back");
    if (deleter.verifyUnconfirmed())
        QVERIFY(runToEnd(deleter, 120000));
    QCOMPARE(deleter.summary().unconfirmed, 0);
    const QHash<QString, QString> listed = secretStates(*client);
    for (const BulkItemResult &r : deleter.results()) {
        if (r.status == Status::Succeeded)
            QVERIFY2(!listed.contains(r.secretName), qPrintable(r.secretName));
        else
            QVERIFY2(listed.contains(r.secretName), qPrintable(r.secretName));
    }
    QCOMPARE(listed.size(), 60 - deleter.summary().succeeded);
}

void TstBulkDeleter::batchDeleteByInstance()
{
    CsmsLocalOptions options;
    options.seedDemo = 300;
    CsmsLocal server(options);
    QVERIFY2(server.start(), server.errorOutput().constData());
    auto client = sandboxClient(&m_nam, server);
    const QString instance = QString::number(0x5e1f00, 16).rightJustified(30, QLatin1Char('a'))
                             + QStringLiteral("in01");
    QStringList matching;
    QString marker;
    const auto page = await(client->listSecrets(QString(), 1000));
    QVERIFY(page.ok());
    for (const Secret &s : page->items) {
        if (s.rotationConfig.contains(instance))
            matching << s.name;
    }
    QVERIFY(!matching.isEmpty());
    // One of them pending deletion: the server refuses it (CSMS.0107) and reports it as failed.
    QVERIFY(await(client->scheduleDeletion(matching.first(), 7)).ok());
    BulkDeleter deleter(client.get());
    QSignalSpy done(&deleter, &BulkDeleter::instanceBatchFinished);
    deleter.deleteByInstance(instance);
    QVERIFY(done.wait(30000));
    const BatchDeleteResult result = done.first().first().value<BatchDeleteResult>();
    QCOMPARE(result.total, matching.size());
    QCOMPARE(result.succeeded.size() + result.failed.size(), result.total);
    QVERIFY(result.failed.size() >= 1);
    QVERIFY(result.failed.first().errorMessage.startsWith(QLatin1String("CSMS.0107")));
    const QHash<QString, QString> listed = secretStates(*client);
    for (const QString &name : result.succeeded)
        QVERIFY(!listed.contains(name));
    for (const FailedDeletedSecret &f : result.failed)
        QVERIFY(listed.contains(f.secretName));
    QSignalSpy failed(&deleter, &BulkDeleter::instanceBatchFailed);
    deleter.deleteByInstance(QString()); // neither id nor type: CSMS.0002
    QVERIFY(failed.wait(30000));
    QCOMPARE(failed.first().first().value<ApiError>().code, QStringLiteral("CSMS.0002"));
}

// The preview reads every page of the server (2,500 secrets: three pages of 1000), and the batch
// delete then takes exactly the previewed secrets.
void TstBulkDeleter::instanceScanReadsEveryPage()
{
    CsmsLocalOptions options;
    options.seedDemo = 2500;
    CsmsLocal server(options);
    QVERIFY2(server.start(), server.errorOutput().constData());
    auto client = sandboxClient(&m_nam, server, 50); // the profile's page size does not matter
    const QHash<QString, QString> all = secretStates(*client);
    QCOMPARE(all.size(), 2500);

    InstanceScan scan(client.get());
    QSignalSpy finished(&scan, &InstanceScan::finished);
    QSignalSpy pages(&scan, &InstanceScan::pageScanned);
    scan.start();
    QVERIFY(finished.wait(60000));
    QVERIFY(scan.isComplete());
    QCOMPARE(scan.scanned(), 2500);
    QCOMPARE(pages.size(), 3); // the largest page the API allows
    QVERIFY(!scan.instances().isEmpty());
    const InstanceScan::Instance instance = scan.instances().constFirst();
    const QStringList preview = scan.matches(instance.id, QString());
    QCOMPARE(preview.size(), instance.secrets);
    QVERIFY(preview.size() > 1);

    BulkDeleter deleter(client.get());
    QSignalSpy done(&deleter, &BulkDeleter::instanceBatchFinished);
    QSignalSpy changed(&deleter, &BulkDeleter::secretsChanged);
    deleter.deleteByInstance(instance.id);
    QVERIFY(done.wait(30000));
    const BatchDeleteResult result = done.first().first().value<BatchDeleteResult>();
    QStringList acted = result.succeeded;
    for (const FailedDeletedSecret &f : result.failed)
        acted << f.secretName;
    acted.sort();
    QStringList expected = preview;
    expected.sort();
    QCOMPARE(acted, expected);
    QCOMPARE(result.total, preview.size());
    // The one door tells the window what is gone.
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toStringList(), result.succeeded);
    QCOMPARE(secretStates(*client).size(), 2500 - result.succeeded.size());
}

// Huawei's single-quoted rotation_config and GaussDB-FG (TaurusDB) secrets: the preview and the
// server agree on both (csms-local follows the definitions, see server/README.md).
void TstBulkDeleter::instanceScanFollowsHuaweisForms()
{
    CsmsLocal server;
    QVERIFY2(server.start(), server.errorOutput().constData());
    auto client = sandboxClient(&m_nam, server);
    const auto create = [&](const QString &name, const QString &type, const QString &config) {
        CreateSecretRequest r = secretRequest(name, QStringLiteral("v"));
        r.secretType = type;
        r.rotationConfig = config;
        return await(client->createSecret(r)).ok();
    };
    QVERIFY(create(QStringLiteral("quoted"), QStringLiteral("COMMON"),
                   QStringLiteral("{'InstanceId':'hw-1','SecretSubType':'MultiUser'}")));
    QVERIFY(create(QStringLiteral("json"), QStringLiteral("RDS-FG"),
                   QStringLiteral("{\"InstanceId\":\"hw-1\",\"SecretSubType\":\"SingleUser\"}")));
    QVERIFY(create(QStringLiteral("taurus"), QStringLiteral("GaussDB-FG"),
                   QStringLiteral("{\"InstanceId\":\"tdb-1\",\"SecretSubType\":\"SingleUser\"}")));
    QVERIFY(create(QStringLiteral("plain"), QStringLiteral("COMMON"), QString()));

    InstanceScan scan(client.get());
    QSignalSpy finished(&scan, &InstanceScan::finished);
    scan.start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(scan.matches(QStringLiteral("hw-1"), QString()),
             (QStringList{QStringLiteral("json"), QStringLiteral("quoted")}));
    QCOMPARE(scan.matches(QString(), QStringLiteral("TaurusDB")),
             QStringList{QStringLiteral("taurus")});
    QVERIFY(scan.matches(QString(), QStringLiteral("GaussDB")).isEmpty());

    BulkDeleter deleter(client.get());
    QSignalSpy done(&deleter, &BulkDeleter::instanceBatchFinished);
    deleter.deleteByInstance(QString(), QStringLiteral("TaurusDB"));
    QVERIFY(done.wait(30000));
    QCOMPARE(done.last().first().value<BatchDeleteResult>().succeeded,
             QStringList{QStringLiteral("taurus")});
    deleter.deleteByInstance(QStringLiteral("hw-1"));
    QVERIFY(done.wait(30000));
    QStringList deleted = done.last().first().value<BatchDeleteResult>().succeeded;
    deleted.sort();
    QCOMPARE(deleted, (QStringList{QStringLiteral("json"), QStringLiteral("quoted")}));
}

QTEST_GUILESS_MAIN(TstBulkDeleter)
#include "tst_bulkdeleter.moc"
