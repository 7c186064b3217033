// SPDX-License-Identifier: Apache-2.0
// The client's issue-15 behaviours against a real csms-local, in each of its answer modes: not
// found as 404 (default) and as 400 (--not-found-status 400), an invalid token as 401 and as
// 400 CSMS.0301 (--invalid-token-status 400), a stage created by PUT where POST has no route
// (--no-post-stages), and throttling. A mode the csms-local being tested does not offer yet is
// skipped, saying so (the options arrive with the server side of issue 15).
#include "clienttest.h"
#include "core/api/csmsclient.h"
#include "core/api/tokenprovider.h"
#include "core/model/secretlistmodel.h"
#include "csmslocal.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace keystage;
using test::await;
using test::credentials;
using test::CsmsLocal;
using test::CsmsLocalOptions;
using test::profileFor;
using test::SandboxCredentials;
using Kind = ApiError::Kind;

// Starts the server; skips the test when this csms-local does not know an option yet (the
// parser says "Unknown option"), fails on any other start-up failure.
#define START_OR_SKIP(server) \
    do { \
        if (!(server).start()) { \
            if ((server).errorOutput().contains("nknown option")) \
                QSKIP("this csms-local does not offer that mode yet (issue 15, server side)"); \
            QFAIL((server).errorOutput().constData()); \
        } \
    } while (false)

class TestCsmsLocalFidelity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void notFoundInBothModes_data();
    void notFoundInBothModes();
    void invalidTokenReauthenticatesOnce_data();
    void invalidTokenReauthenticatesOnce();
    void stageCreatedByPutWithoutPostRoute();
    void throttledListSpendsItsBudgetOnce();
};

namespace {

// Sends a stale token every time (as if the server had forgotten every token).
class StaleTokenProvider : public TokenProvider
{
public:
    using TokenProvider::TokenProvider;
    void authorize(QNetworkRequest &request, const QByteArray &method,
                   const QByteArray &body) const override
    {
        TokenProvider::authorize(request, method, body);
        request.setRawHeader("X-Auth-Token", QByteArray(64, 'x'));
    }
};

CreateSecretRequest secretNamed(const QString &name)
{
    CreateSecretRequest r;
    r.name = name;
    r.secretString = QStringLiteral("value");
    return r;
}

} // namespace

void TestCsmsLocalFidelity::notFoundInBothModes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("status");
    QTest::newRow("404") << QStringList() << 404;
    QTest::newRow("400") << QStringList{QStringLiteral("--not-found-status"), QStringLiteral("400")}
                         << 400;
}

void TestCsmsLocalFidelity::notFoundInBothModes()
{
    QFETCH(QStringList, args);
    QFETCH(int, status);
    CsmsLocalOptions options;
    options.extraArgs = args;
    CsmsLocal server(options);
    START_OR_SKIP(server);
    QNetworkAccessManager nam;
    CsmsClient client(&nam, profileFor(server), credentials());
    const ApiError secret = await(client.showSecret(QStringLiteral("missing"))).error();
    QVERIFY2(secret.isNotFound(), qPrintable(secret.summary()));
    QCOMPARE(secret.httpStatus, status);
    OK(await(client.createSecret(secretNamed(QStringLiteral("db")))));
    const ApiError stage
            = await(client.deleteStage(QStringLiteral("db"), QStringLiteral("NOPE"))).error();
    QVERIFY2(stage.isNotFound(), qPrintable(stage.summary()));
    const ApiError version
            = await(client.showVersion(QStringLiteral("db"), QStringLiteral("v9"))).error();
    QVERIFY2(version.isNotFound(), qPrintable(version.summary()));
    // Deleting what is gone is a not-found error, not a success, when nothing was retried.
    OK(await(client.deleteSecret(QStringLiteral("db"))));
    QVERIFY(await(client.deleteSecret(QStringLiteral("db"))).error().isNotFound());
}

void TestCsmsLocalFidelity::invalidTokenReauthenticatesOnce_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("401") << QStringList();
    QTest::newRow("400 CSMS.0301")
            << QStringList{QStringLiteral("--invalid-token-status"), QStringLiteral("400")};
}

void TestCsmsLocalFidelity::invalidTokenReauthenticatesOnce()
{
    QFETCH(QStringList, args);
    CsmsLocalOptions options;
    options.extraArgs = args;
    CsmsLocal server(options);
    START_OR_SKIP(server);
    QNetworkAccessManager nam;
    TokenProvider::Settings settings;
    settings.iamEndpoint = server.baseUrl();
    settings.domain = SandboxCredentials::iamDomain();
    settings.user = SandboxCredentials::iamUser();
    settings.password = SandboxCredentials::iamPassword();
    settings.projectId = SandboxCredentials::projectId();
    auto *stale = new StaleTokenProvider(&nam, settings);
    CsmsClient client(&nam, profileFor(server, AuthMethod::IamPassword), stale);
    int attempts = 0;
    const ApiResult<SecretPage> refused = await(client.listSecrets(), &attempts);
    QCOMPARE(refused.error().kind, Kind::Unauthorized);
    QCOMPARE(stale->tokenRequests(), 2); // the first token and one re-authentication
    QCOMPARE(attempts, 2);
}

void TestCsmsLocalFidelity::stageCreatedByPutWithoutPostRoute()
{
    CsmsLocalOptions options;
    options.extraArgs = QStringList{QStringLiteral("--no-post-stages")};
    CsmsLocal server(options);
    START_OR_SKIP(server);
    QNetworkAccessManager nam;
    CsmsClient client(&nam, profileFor(server), credentials());
    OK(await(client.createSecret(secretNamed(QStringLiteral("db")))));
    OK(await(client.createStage(QStringLiteral("db"), QStringLiteral("BETA"),
                                QStringLiteral("v1"))));
    QVERIFY(client.createsStagesWithPut());
    const ApiResult<Stage> stage
            = await(client.showStage(QStringLiteral("db"), QStringLiteral("BETA")));
    OK(stage);
    QCOMPARE(stage->versionId, QStringLiteral("v1"));
    // A missing secret keeps its meaning through the PUT.
    QVERIFY(await(client.createStage(QStringLiteral("gone"), QStringLiteral("BETA"),
                                     QStringLiteral("v1")))
                    .error()
                    .isNotFound());
}

void TestCsmsLocalFidelity::throttledListSpendsItsBudgetOnce()
{
    CsmsLocalOptions options;
    options.fault429Rate = 1.0;
    CsmsLocal server(options);
    START(server);
    QNetworkAccessManager nam;
    CsmsClient client(&nam, profileFor(server), credentials());
    RetryPolicy quick;
    quick.setDelays(1, 2000); // Retry-After: 1 is a floor
    client.setRetryPolicy(quick);
    QSignalSpy records(&client, &CsmsClient::callFinished);
    SecretListModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy failed(&model, &SecretListModel::loadFailed);
    model.fetchMore({});
    QVERIFY(failed.wait(30000));
    QCOMPARE(model.loadError().kind, Kind::RateLimited);
    QVERIFY(model.loadError().code.endsWith(QLatin1String(".0308")));
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().first().value<ApiCallRecord>().attempts, 4); // at most 4 requests
    QVERIFY(!model.canFetchMore({}));
    model.fetchMore({});
    QVERIFY(!model.isLoading());
    QCOMPARE(records.size(), 1);
}

QTEST_GUILESS_MAIN(TestCsmsLocalFidelity)
#include "tst_csmslocalfidelity.moc"
