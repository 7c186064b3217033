// SPDX-License-Identifier: Apache-2.0
// Fault runs at scale, against a real csms-local (docs/reliability.md, "Fault runs"):
// - kill -9 of the server during an immediate bulk delete of 1,000 secrets: nothing is reported
//   done that was not, and once the server is back (same data file) the re-list agrees with the
//   report, secret by secret;
// - 429 storms (30 % and 60 % of /v1 calls refused with Retry-After) during a scheduled bulk
//   deletion of 200 secrets: every deletion ends (succeeded, or failed as RateLimited after at most
//   three retries), and no POST is ever sent twice;
// - a server that stalls in the middle of a body: the call ends as a Timeout after the transfer
//   timeout (no partial page is delivered), with a bounded number of attempts.
#include "core/ops/bulkdeleter.h"
#include "sandboxclient.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace keystage;
using namespace keystage::test;
using Status = BulkItemResult::Status;

class TstFaultRuns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killDuringBulkDelete();
    void rateLimitStormDuringBulk_data();
    void rateLimitStormDuringBulk();
    void serverStallsMidBody();

private:
    QNetworkAccessManager m_nam;
};

void TstFaultRuns::killDuringBulkDelete()
{
    QTemporaryDir dir;
    CsmsLocalOptions options;
    options.dataFile = dir.filePath(QStringLiteral("csms.db"));
    CsmsLocal server(options);
    QVERIFY2(server.start(), server.errorOutput().constData());
    auto client = sandboxClient(&m_nam, server);
    const QStringList names = makeSecrets(*client, QStringLiteral("fault"), 1000);
    QCOMPARE(names.size(), 1000);

    BulkDeleter deleter(client.get());
    int doneAtKill = -1;
    connect(&deleter, &BulkDeleter::progressed, this, [&](int done) {
        if (done >= 400 && server.isRunning()) {
            doneAtKill = done;
            server.kill(); // SIGKILL, in the middle of the run
        }
    });
    QVERIFY(deleter.start(names, BulkDeleter::Mode::Immediate));
    QVERIFY(runToEnd(deleter, 300000));
    const BulkSummary atKill = deleter.summary();
    qInfo("kill -9 after %d of 1000: %d succeeded, %d failed, %d unconfirmed, %d not tried",
          doneAtKill, atKill.succeeded, atKill.failed, atKill.unconfirmed, atKill.notTried);
    QVERIFY(doneAtKill >= 400);
    QCOMPARE(atKill.succeeded + atKill.failed + atKill.unconfirmed + atKill.notTried, 1000);
    QVERIFY(atKill.succeeded >= 400 && atKill.succeeded < 1000);
    for (const BulkItemResult &r : deleter.results()) {
        if (r.status == Status::Failed || r.status == Status::Unconfirmed)
            QCOMPARE(r.error->httpStatus, 0); // no answer: the kill, never a made-up status
    }

    // Back on the same data: what was reported done is gone, everything else is still there.
    QVERIFY2(server.restart(), server.errorOutput().constData());
    if (server.port() != client->profile().csmsEndpoint.port())
        QSKIP("csms-local could not get its port back");
    if (deleter.verifyUnconfirmed())
        QVERIFY(runToEnd(deleter, 300000));
    QCOMPARE(deleter.summary().unconfirmed, 0);
    const QHash<QString, QString> listed = secretStates(*client);
    for (const BulkItemResult &r : deleter.results()) {
        if (r.status == Status::Succeeded)
            QVERIFY2(!listed.contains(r.secretName), qPrintable(r.secretName));
        else
            QVERIFY2(listed.contains(r.secretName), qPrintable(r.secretName));
    }
    QCOMPARE(listed.size(), 1000 - deleter.summary().succeeded);
    qInfo("after restart: %d deleted, %d listed", deleter.summary().succeeded, int(listed.size()));
}

void TstFaultRuns::rateLimitStormDuringBulk_data()
{
    QTest::addColumn<double>("rate");
    QTest::newRow("30 %") << 0.3;
    QTest::newRow("60 %") << 0.6;
}

void TstFaultRuns::rateLimitStormDuringBulk()
{
    QFETCH(double, rate);
    QTemporaryDir dir;
    CsmsLocalOptions options;
    options.dataFile = dir.filePath(QStringLiteral("csms.db"));
    QStringList names;
    {
        CsmsLocal calm(options); // the secrets are made without the storm
        QVERIFY2(calm.start(), calm.errorOutput().constData());
        auto client = sandboxClient(&m_nam, calm);
        names = makeSecrets(*client, QStringLiteral("fault"), 200);
        QCOMPARE(names.size(), 200);
    }
    options.fault429Rate = rate;
    CsmsLocal server(options);
    QVERIFY2(server.start(), server.errorOutput().constData());
    auto client = sandboxClient(&m_nam, server);
    QHash<QByteArray, int> maxAttempts;
    int calls = 0;
    int throttledCalls = 0;
    connect(client.get(), &CsmsClient::callFinished, this, [&](const ApiCallRecord &record) {
        ++calls;
        maxAttempts[record.method] = qMax(maxAttempts.value(record.method), record.attempts);
        throttledCalls += record.attempts > 1 || record.httpStatus == 429 ? 1 : 0;
    });

    BulkDeleter deleter(client.get());
    QVERIFY(deleter.start(names, BulkDeleter::Mode::Scheduled, 7));
    QVERIFY(runToEnd(deleter, 300000));
    const BulkSummary s = deleter.summary();
    qInfo("429 at %.0f %%: %d calls (%d throttled at least once), %d succeeded, %d failed, "
          "at most %d attempts for a POST",
          rate * 100, calls, throttledCalls, s.succeeded, s.failed, maxAttempts.value("POST"));
    QCOMPARE(s.succeeded + s.failed, 200);
    QCOMPARE(s.unconfirmed + s.notTried + s.remaining, 0);
    QVERIFY(throttledCalls > 0);
    QVERIFY(maxAttempts.value("GET") <= 4 && maxAttempts.value("DELETE") <= 4);
    QCOMPARE(maxAttempts.value("POST"), 1); // never retried blindly
    for (const BulkItemResult &r : deleter.results()) {
        if (r.status == Status::Failed)
            QCOMPARE(r.error->kind, ApiError::Kind::RateLimited);
    }
}

void TstFaultRuns::serverStallsMidBody()
{
    // Answers every request with a head announcing 4,000 bytes and the first 25 of them, then
    // nothing (the connection stays open).
    QTcpServer stalling;
    QVERIFY(stalling.listen(QHostAddress::LocalHost));
    int requests = 0;
    connect(&stalling, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = stalling.nextPendingConnection()) {
            socket->setParent(&stalling);
            connect(socket, &QTcpSocket::readyRead, socket, [socket, &requests] {
                if (!socket->readAll().contains("\r\n\r\n"))
                    return;
                ++requests;
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                              "Content-Length: 4000\r\n\r\n{\"secrets\":[{\"name\":\"half");
            });
        }
    });
    Profile profile;
    profile.id = QStringLiteral("stalling");
    profile.csmsEndpoint = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(stalling.serverPort()));
    profile.iamEndpoint = profile.csmsEndpoint;
    profile.projectId = SandboxCredentials::projectId();
    profile.accessKey = SandboxCredentials::accessKey();
    Credentials credentials;
    credentials.secretKey = SandboxCredentials::secretKey();
    CsmsClient client(&m_nam, profile, credentials);
    client.setTransferTimeoutMs(500);
    QElapsedTimer elapsed;
    elapsed.start();
    Reply<SecretPage> *reply = client.listSecrets();
    reply->setAutoDelete(false);
    QSignalSpy finished(reply, &ApiReply::finished);
    QVERIFY(finished.wait(60000));
    const int attempts = reply->attempts();
    const ApiResult<SecretPage> page = reply->result();
    delete reply;
    qInfo("stalled mid-body: %s (%s) after %lld ms, %d attempt(s), %d request(s) seen",
          qPrintable(ApiError::kindName(page.ok() ? ApiError::Kind::Cancelled : page.error().kind)),
          qPrintable(page.ok() ? QString() : page.error().summary()), elapsed.elapsed(), attempts,
          requests);
    QVERIFY(!page.ok());
    // A 2xx whose transfer was cut short (the timeout, or a reset mid-body) is no answer: a
    // Timeout, retried like one, never its partial body decoded as "not valid JSON".
    QCOMPARE(page.error().kind, ApiError::Kind::Timeout);
    QVERIFY(attempts >= 1 && attempts <= 4);
    QCOMPARE(requests, attempts);
}

QTEST_GUILESS_MAIN(TstFaultRuns)
#include "tst_faultruns.moc"
