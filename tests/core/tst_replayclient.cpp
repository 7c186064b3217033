// SPDX-License-Identifier: Apache-2.0
// CsmsClient and SecretListModel against a server replaying Huawei's example responses and the
// answers csms-local does not give (issue 15): not found as 400 with a CSMS code, an invalid
// token as 400 CSMS.0301, API Gateway codes (APIG.* and APIGW.*) whatever the status, a stage
// created by PUT where POST has no route, lenient pages, answers about another resource, an
// incomplete list and a retry budget spent once. Waits on signals only.
#include "awaitreply.h"
#include "core/api/csmsclient.h"
#include "core/api/tokenprovider.h"
#include "core/model/secretlistmodel.h"
#include "replayserver.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace keystage;
using test::ReplayServer;
using Kind = ApiError::Kind;
using Answer = ReplayServer::Answer;

// Declared before the helpers: moc reads this file too.
class TestReplayClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void notFoundAs400IsNotFound();
    void retriedDeleteAnsweredNotFoundIsDone();
    void invalidTokenAs400ReauthenticatesOnce();
    void gatewayCodesWhateverTheStatus();
    void stageCreateFallsBackToPutOnce();
    void stageCreateKeepsCsmsNotFound();
    void undecodableAnswerIsNotRetried();
    void showSecretAboutAnotherNameIsBadResponse();
    void lenientPageKeepsEveryRow();
    void resourceRowsWithoutNameAreDropped();
    void throttledListSpendsItsBudgetOnce();
    void incompleteListRetriesFromTheFailedPage();
    void pendingDeletionDateOnlyWhenPending();
    void identityCallsTakeTheSameRoad();
};

namespace {

template<typename T>
ApiResult<T> await(Reply<T> *reply, int *attempts = nullptr)
{
    return test::awaitReply(reply, 30000, attempts);
}

RetryPolicy quickRetries()
{
    RetryPolicy policy;
    policy.setDelays(1, 20);
    return policy;
}

Profile profileFor(const ReplayServer &server, AuthMethod method = AuthMethod::AkSk)
{
    Profile p;
    p.id = QStringLiteral("replay");
    p.region = QStringLiteral("cn-north-4");
    p.csmsEndpoint = server.baseUrl();
    p.iamEndpoint = server.baseUrl();
    p.projectId = ReplayServer::projectId();
    p.authMethod = method;
    p.accessKey = QStringLiteral("REPLAYAK");
    p.iamUser = QStringLiteral("user");
    p.iamDomain = QStringLiteral("domain");
    return p;
}

Credentials credentials()
{
    Credentials c;
    c.secretKey = QStringLiteral("replay-secret-key");
    c.password = QStringLiteral("replay-password");
    return c;
}

Answer tokenAnswer()
{
    const QByteArray expires
            = QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODateWithMs).toLatin1();
    Answer answer = ReplayServer::json(
            201, R"({"token":{"expires_at":")" + expires + R"(","project":{"id":")"
                         + ReplayServer::projectId().toLatin1() + R"(","name":"cn-north-4"}}})");
    answer.headers.append({"X-Subject-Token", QByteArray(64, 'T')});
    return answer;
}

QByteArray secretsPage(const QStringList &names, const QString &nextMarker = {})
{
    QByteArray out = R"({"secrets":[)";
    for (int i = 0; i < names.size(); ++i) {
        out += (i ? "," : "") + QByteArray(R"({"name":")") + names.at(i).toLatin1()
               + R"(","state":"ENABLED","create_time":1581507580000})";
    }
    out += R"(],"page_info":{"current_count":)" + QByteArray::number(names.size());
    if (!nextMarker.isEmpty())
        out += R"(,"next_marker":")" + nextMarker.toLatin1() + '"';
    return out + "}}";
}

const QString secretsPath = ReplayServer::apiPath(QStringLiteral("secrets"));

} // namespace

void TestReplayClient::notFoundAs400IsNotFound()
{
    ReplayServer server;
    QVERIFY(server.listen());
    server.on("GET", ReplayServer::apiPath(QStringLiteral("secrets/gone")),
              {ReplayServer::error(400, QStringLiteral("CSMS.0106"))});
    server.on("GET", ReplayServer::apiPath(QStringLiteral("secrets/db/stages/OLD")),
              {ReplayServer::error(400, QStringLiteral("CSMS.0005"))});
    QNetworkAccessManager nam;
    CsmsClient client(&nam, profileFor(server), credentials());
    const ApiResult<Secret> secret = await(client.showSecret(QStringLiteral("gone")));
    QCOMPARE(ApiError::kindName(secret.error().kind), QStringLiteral("NotFound"));
    QVERIFY(secret.error().isNotFound());
    const ApiResult<Stage> stage
            = await(client.showStage(QStringLiteral("db"), QStringLiteral("OLD")));
    QVERIFY(stage.error().isNotFound());
    QVERIFY2(stage.error().message.contains(QLatin1String("OLD")),
             qPrintable(stage.error().message));
}

void TestReplayClient::retriedDeleteAnsweredNotFoundIsDone()
{
    // The first answer is lost (a gateway 503); the retry finds the secret gone, in either form.
    ReplayServer server;
    QVERIFY(server.listen());
    const QString as400 = ReplayServer::apiPath(QStringLiteral("secrets/a"));
    const QString as404 = ReplayServer::apiPath(QStringLiteral("secrets/b"));
    const QString stage = ReplayServer::apiPath(QStringLiteral("secrets/a/stages/BETA"));
    const QString noRoute = ReplayServer::apiPath(QStringLiteral("secrets/c"));
    server.on("DELETE", as400,
              {ReplayServer::json(503, {}), ReplayServer::error(400, QStringLiteral("CSMS.0106"))});
    server.on("DELETE", as404,
              {ReplayServer::json(503, {}), ReplayServer::error(404, QStringLiteral("CSMS.0106"))});
    server.on("DELETE", stage,
              {ReplayServer::json(503, {}), ReplayServer::error(400, QStringLiteral("CSMS.0005"))});
    server.on(
            "DELETE", noRoute,
            {ReplayServer::json(503, {}), ReplayServer::error(404, QStringLiteral("APIGW.0101"))});
    QNetworkAccessManager nam;
    CsmsClient client(&nam, profileFor(server), credentials());
    client.setRetryPolicy(quickRetries());
    int attempts = 0;
    const auto deleted = await(client.deleteSecret(QStringLiteral("a")), &attempts);
    QVERIFY2(deleted.ok(), qPrintable(deleted.error().summary()));
    QCOMPARE(attempts, 2);
    QVERIFY(await(client.deleteSecret(QStringLiteral("b"))).ok());
    QVERIFY(await(client.deleteStage(QStringLiteral("a"), QStringLiteral("BETA"))).ok());
    // A gateway "no such route" is not "already gone".
    const auto refused = await(client.deleteSecret(QStringLiteral("c")));
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().isRouteAbsent());
    // Without a lost first answer, not found stays an error.
    server.on("DELETE", as400, {ReplayServer::error(400, QStringLiteral("CSMS.0106"))});
    QVERIFY(await(client.deleteSecret(QStringLiteral("a"))).error().isNotFound());
}

void TestReplayClient::invalidTokenAs400ReauthenticatesOnce()
{
    ReplayServer server;
    QVERIFY(server.listen());
    server.on("POST", QStringLiteral("/v3/auth/tokens"), {tokenAnswer()});
    server.on(
            "GET", secretsPath,
            {ReplayServer::error(400, QStringLiteral("CSMS.0301"), QStringLiteral("invalid token")),
             ReplayServer::json(200, secretsPage({QStringLiteral("a")}))});
    QNetworkAccessManager nam;
    CsmsClient client(&nam, profileFor(server, AuthMethod::IamPassword), credentials());
    auto *provider = qobject_cast<TokenProvider *>(client.authenticator());
    QVERIFY(provider);
    int attempts = 0;
    const ApiResult<SecretPage> page = await(client.listSecrets(), &attempts);
    QVERIFY2(page.ok(), qPrintable(page.error().summary()));
    QCOMPARE(provider->tokenRequests(), 2);
    QCOMPARE(attempts, 2);

    // Always rejected: exactly one re-authentication, never more.
    server.on("GET", secretsPath, {ReplayServer::error(400, QStringLiteral("CSMS.0301"))});
    const int tokensBefore = provider->tokenRequests();
    const ApiResult<SecretPage> refused = await(client.listSecrets(), &attempts);
    QCOMPARE(ApiError::kindName(refused.error().kind), QStringLiteral("Unauthorized"));
    QCOMPARE(provider->tokenRequests(), tokensBefore + 1);
    QCOMPARE(attempts, 2);
}

void TestReplayClient::gatewayCodesWhateverTheStatus()
{
    ReplayServer server;
    QVERIFY(server.listen());
    // Throttled with a 400 (not a 429): backed off and retried all the same.
    server.on("GET", secretsPath,
              {ReplayServer::error(400, QStringLiteral("APIGW.0308")),
               ReplayServer::error(403, QStringLiteral("APIG.0308")),
               ReplayServer::json(200, secretsPage({QStringLiteral("a")}))});
    server.on("GET", ReplayServer::apiPath(QStringLiteral("secrets/x")),
              {ReplayServer::error(401, QStringLiteral("APIGW.0301"))});
    QNetworkAccessManager nam;
    CsmsClient client(&nam, profileFor(server), credentials());
    client.setRetryPolicy(quickRetries());
    int attempts = 0;
    const ApiResult<SecretPage> page = await(client.listSecrets(), &attempts);
    QVERIFY2(page.ok(), qPrintable(page.error().summary()));
    QCOMPARE(attempts, 3);
    const ApiError denied
            = await(client.showSecret(QStringLiteral("x"), CsmsClient::Priority::Interactive))
                      .error();
    QCOMPARE(ApiError::kindName(denied.kind), QStringLiteral("Unauthorized"));
    QCOMPARE(denied.code, QStringLiteral("APIGW.0301"));
    QCOMPARE(server.count("GET", ReplayServer::apiPath(QStringLiteral("secrets/x"))),
             1); // AK/SK: no re-auth
}

void TestReplayClient::stageCreateFallsBackToPutOnce()
{
    ReplayServer server;
    QVERIFY(server.listen());
    const QString post = ReplayServer::apiPath(QStringLiteral("secrets/secret-name-demo/stages"));
    const QString put = post + QStringLiteral("/name");
    server.on(
            "PUT", put,
            {ReplayServer::json(200, ReplayServer::fixture(QStringLiteral("UpdateSecretStage")))});
    // POST is not set: the replayed gateway answers 404 APIGW.0101.
    QNetworkAccessManager nam;
    CsmsClient client(&nam, profileFor(server), credentials());
    QSignalSpy records(&client, &CsmsClient::callFinished);
    const ApiResult<Stage> created = await(client.createStage(
            QStringLiteral("secret-name-demo"), QStringLiteral("name"), QStringLiteral("v1")));
    QVERIFY2(created.ok(), qPrintable(created.error().summary()));
    QCOMPARE(created->versionId, QStringLiteral("v1"));
    QCOMPARE(server.count("POST", post), 1);
    QCOMPARE(server.count("PUT", put), 1);
    QCOMPARE(server.requests().constLast().body, QByteArray(R"({"version_id":"v1"})"));
    QCOMPARE(records.size(), 1); // one call, one Activity row
    QVERIFY(client.createsStagesWithPut());
    // Remembered: the next create goes straight to PUT.
    QVERIFY(await(client.createStage(QStringLiteral("secret-name-demo"), QStringLiteral("name"),
                                     QStringLiteral("v1")))
                    .ok());
    QCOMPARE(server.count("POST", post), 1);
    QCOMPARE(server.count("PUT", put), 2);
}

void TestReplayClient::stageCreateKeepsCsmsNotFound()
{
    ReplayServer server;
    QVERIFY(server.listen());
    const QString post = ReplayServer::apiPath(QStringLiteral("secrets/gone/stages"));
    server.on("POST", post, {ReplayServer::error(404, QStringLiteral("CSMS.0106"))});
    const QString post400 = ReplayServer::apiPath(QStringLiteral("secrets/gone400/stages"));
    server.on("POST", post400, {ReplayServer::error(400, QStringLiteral("CSMS.0106"))});
    QNetworkAccessManager nam;
    CsmsClient client(&nam, profileFor(server), credentials());
    QVERIFY(await(client.createStage(QStringLiteral("gone"), QStringLiteral("BETA"),
                                     QStringLiteral("v1")))
                    .error()
                    .isNotFound());
    QVERIFY(await(client.createStage(QStringLiteral("gone400"), QStringLiteral("BETA"),
                                     QStringLiteral("v1")))
                    .error()
                    .isNotFound());
    QCOMPARE(server.total(), 2); // no PUT
    QVERIFY(!client.createsStagesWithPut());
}

void TestReplayClient::undecodableAnswerIsNotRetried()
{
    ReplayServer server;
    QVERIFY(server.listen());
    server.on("GET", secretsPath, {ReplayServer::json(200, "<html>gateway says hello</html>")});
    QNetworkAccessManager nam;
    CsmsClient client(&nam, profileFor(server), credentials());
    client.setRetryPolicy(quickRetries());
    const ApiResult<SecretPage> page = await(client.listSecrets());
    QCOMPARE(ApiError::kindName(page.error().kind), QStringLiteral("BadResponse"));
    QCOMPARE(server.count("GET", secretsPath), 1);
}

void TestReplayClient::showSecretAboutAnotherNameIsBadResponse()
{
    // Huawei's ShowSecret example answers with the name "test", whatever was asked.
    ReplayServer server;
    QVERIFY(server.listen());
    const QByteArray example = ReplayServer::fixture(QStringLiteral("ShowSecret"));
    server.on("GET", ReplayServer::apiPath(QStringLiteral("secrets/db-password")),
              {ReplayServer::json(200, example)});
    server.on("GET", ReplayServer::apiPath(QStringLiteral("secrets/test")),
              {ReplayServer::json(200, example)});
    QNetworkAccessManager nam;
    CsmsClient client(&nam, profileFor(server), credentials());
    const ApiResult<Secret> other = await(client.showSecret(QStringLiteral("db-password")));
    QCOMPARE(ApiError::kindName(other.error().kind), QStringLiteral("BadResponse"));
    const ApiResult<Secret> same = await(client.showSecret(QStringLiteral("test")));
    QVERIFY2(same.ok(), qPrintable(same.error().summary()));
    QCOMPARE(same->rotationConfig.left(14), QStringLiteral("{'InstanceId':"));
}

void TestReplayClient::lenientPageKeepsEveryRow()
{
    ReplayServer server;
    QVERIFY(server.listen());
    server.on("GET", secretsPath, {ReplayServer::json(200, R"({"secrets":[
                {"name":"a","create_time":"2020-02-12T11:39:40Z","state":"ENABLED"},
                {"name":"b","event_subscriptions":"pocEvent","rotation_config":{"InstanceId":"i"}},
                {"name":"c","event_subscriptions":["","pocEvent"],"update_time":1581507580000}],
                "page_info":{"current_count":3}})")});
    QNetworkAccessManager nam;
    CsmsClient client(&nam, profileFor(server), credentials());
    const ApiResult<SecretPage> page = await(client.listSecrets());
    QVERIFY2(page.ok(), qPrintable(page.error().summary()));
    QCOMPARE(page->items.size(), 3);
    QCOMPARE(page->items.at(0).createTime, Q_INT64_C(0));
    QCOMPARE(page->items.at(0).state, QStringLiteral("ENABLED"));
    QCOMPARE(page->items.at(0).unreadFields, QStringList{QStringLiteral("create_time")});
    QVERIFY(page->items.at(1).eventSubscriptions.isEmpty());
    QVERIFY(page->items.at(1).unreadFields.contains(QStringLiteral("rotation_config")));
    QCOMPARE(page->items.at(2).eventSubscriptions, QStringList{QStringLiteral("pocEvent")});
    QCOMPARE(page->items.at(2).updateTime, Q_INT64_C(1581507580000));
}

void TestReplayClient::resourceRowsWithoutNameAreDropped()
{
    ReplayServer server;
    QVERIFY(server.listen());
    const QString path = ReplayServer::apiPath(QStringLiteral("csms/resource_instances/action"));
    server.on("POST", path,
              {ReplayServer::json(200,
                                  ReplayServer::fixture(QStringLiteral("ListResourceInstances")))});
    QNetworkAccessManager nam;
    CsmsClient client(&nam, profileFor(server), credentials());
    ResourceFilter filter;
    filter.nameMatch = QStringLiteral("example");
    const ApiResult<ResourceInstancePage> page = await(client.filterResources(filter));
    QVERIFY2(page.ok(), qPrintable(page.error().summary()));
    QCOMPARE(page->resources.size(), 2);
    QCOMPARE(page->dropped, 3);

    // The model shows two named rows, no blank one.
    SecretListModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy searched(&model, &SecretListModel::searchFinished);
    model.setFilterText(QStringLiteral("example"));
    QVERIFY(searched.wait(10000));
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(!model.rowAt(row).name.isEmpty());
}

void TestReplayClient::throttledListSpendsItsBudgetOnce()
{
    ReplayServer server;
    QVERIFY(server.listen());
    server.on("GET", secretsPath, {ReplayServer::error(429, QStringLiteral("APIGW.0308"))});
    QNetworkAccessManager nam;
    CsmsClient client(&nam, profileFor(server), credentials());
    client.setRetryPolicy(quickRetries());
    SecretListModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy failed(&model, &SecretListModel::loadFailed);
    model.fetchMore({}); // (the tester may have asked already)
    QVERIFY(failed.wait(10000));
    QCOMPARE(server.count("GET", secretsPath), 4); // 1 + 3 retries
    QVERIFY(model.isIncomplete());
    QCOMPARE(ApiError::kindName(model.loadError().kind), QStringLiteral("RateLimited"));
    // A view scrolling to the end asks again: nothing is sent until the user retries.
    QVERIFY(!model.canFetchMore({}));
    model.fetchMore({});
    QVERIFY(!model.isLoading());
    QCOMPARE(server.count("GET", secretsPath), 4);
    model.retryLoad();
    QVERIFY(failed.wait(10000));
    QCOMPARE(server.count("GET", secretsPath), 8);
}

void TestReplayClient::incompleteListRetriesFromTheFailedPage()
{
    ReplayServer server;
    QVERIFY(server.listen());
    // Page 2 (marker c) is undecodable once; the retry reads it.
    QNetworkAccessManager nam;
    CsmsClient client(&nam, profileFor(server), credentials());
    client.setRetryPolicy(quickRetries());
    server.on("GET", secretsPath,
              {ReplayServer::json(200, secretsPage({QStringLiteral("a"), QStringLiteral("b"),
                                                    QStringLiteral("c")},
                                                   QStringLiteral("c"))),
               ReplayServer::json(200, R"({"secrets":[{"name":42}]})"),
               ReplayServer::json(200, secretsPage({QStringLiteral("d"), QStringLiteral("e"),
                                                    QStringLiteral("f")}))});
    SecretListModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &SecretListModel::pageLoaded);
    QSignalSpy failed(&model, &SecretListModel::loadFailed);
    model.fetchMore({}); // (the tester may have asked already)
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model.rowCount(), 3);
    model.fetchMore({}); // page 2 (the tester may have asked already)
    QVERIFY(failed.count() == 1 || failed.wait(10000));
    QCOMPARE(ApiError::kindName(model.loadError().kind), QStringLiteral("BadResponse"));
    QVERIFY(model.isIncomplete());
    QVERIFY(!model.isComplete());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(server.total(), 2); // the undecodable page was asked for once
    model.retryLoad();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model.rowCount(), 6);
    QVERIFY(!model.isIncomplete());
    QVERIFY(model.isComplete());
    QCOMPARE(server.total(), 3);
    QVERIFY(server.requests().at(2).query.contains(QLatin1String("marker=c")));
}

void TestReplayClient::pendingDeletionDateOnlyWhenPending()
{
    ReplayServer server;
    QVERIFY(server.listen());
    server.on("GET", secretsPath, {ReplayServer::json(200, R"({"secrets":[
                {"name":"enabled","state":"ENABLED","scheduled_delete_time":1581507580000},
                {"name":"pending","state":"PENDING_DELETE","scheduled_delete_time":1581507580000}]})")});
    QNetworkAccessManager nam;
    CsmsClient client(&nam, profileFor(server), credentials());
    SecretListModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &SecretListModel::pageLoaded);
    model.fetchMore({});
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model.rowAt(0).scheduledDeleteTime, Q_INT64_C(1581507580000)); // kept as sent
    QCOMPARE(model.rowAt(0).pendingDeletionTime(), Q_INT64_C(0));
    QVERIFY(!model.index(0, SecretListModel::ScheduledDeletionColumn).data().isValid());
    QVERIFY(!model.index(0, 0)
                     .data(SecretListModel::ScheduledDeleteTimeRole)
                     .toDateTime()
                     .isValid());
    QCOMPARE(model.rowAt(1).pendingDeletionTime(), Q_INT64_C(1581507580000));
    QVERIFY(model.index(1, 0)
                    .data(SecretListModel::ScheduledDeleteTimeRole)
                    .toDateTime()
                    .isValid());
    Secret secret;
    secret.state = QStringLiteral("ENABLED");
    secret.scheduledDeleteTime = 1581507580000;
    QVERIFY(!secret.pendingDeletionTime());
}

void TestReplayClient::identityCallsTakeTheSameRoad()
{
    // The project lookup is an ordinary call: retried on 503 like any GET, and in the Activity.
    ReplayServer server;
    QVERIFY(server.listen());
    server.on("GET", QStringLiteral("/v3/projects"),
              {ReplayServer::json(503, {}),
               ReplayServer::json(200, R"({"projects":[{"id":")"
                                               + ReplayServer::projectId().toLatin1()
                                               + R"(","name":"cn-north-4"}]})")});
    server.on("GET", secretsPath, {ReplayServer::json(200, secretsPage({QStringLiteral("a")}))});
    QNetworkAccessManager nam;
    Profile profile = profileFor(server);
    profile.projectId.clear();
    CsmsClient client(&nam, profile, credentials());
    client.setRetryPolicy(quickRetries());
    QSignalSpy records(&client, &CsmsClient::callFinished);
    QVERIFY(await(client.listSecrets()).ok());
    QCOMPARE(client.projectId(), ReplayServer::projectId());
    QCOMPARE(server.count("GET", QStringLiteral("/v3/projects")), 2);
    QCOMPARE(records.size(), 2);
    const auto lookup = records.at(0).at(0).value<ApiCallRecord>();
    QCOMPARE(lookup.path, QStringLiteral("/v3/projects"));
    QCOMPARE(lookup.attempts, 2);
    QCOMPARE(lookup.requestId, QStringLiteral("replay-2"));
    // Signed like every AK/SK call.
    QVERIFY(server.requests().at(0).headers.value("authorization").startsWith("SDK-HMAC-SHA256"));

    // The IAM token request too: one row, sent without credentials, never retried (a POST).
    ReplayServer iam;
    QVERIFY(iam.listen());
    iam.on("POST", QStringLiteral("/v3/auth/tokens"), {ReplayServer::json(503, {}), tokenAnswer()});
    CsmsClient tokens(&nam, profileFor(iam, AuthMethod::IamPassword), credentials());
    tokens.setRetryPolicy(quickRetries());
    QSignalSpy tokenRecords(&tokens, &CsmsClient::callFinished);
    QCOMPARE(ApiError::kindName(await(tokens.listSecrets()).error().kind),
             QStringLiteral("Server"));
    QCOMPARE(iam.count("POST", QStringLiteral("/v3/auth/tokens")), 1);
    QVERIFY(!iam.requests().at(0).headers.contains("authorization"));
    QVERIFY(!iam.requests().at(0).headers.contains("x-auth-token"));
    QCOMPARE(tokenRecords.size(), 2);
    QStringList paths;
    for (const QList<QVariant> &record : std::as_const(tokenRecords))
        paths << record.at(0).value<ApiCallRecord>().path;
    QVERIFY2(paths.contains(QStringLiteral("/v3/auth/tokens")), qPrintable(paths.join(u' ')));
}

QTEST_GUILESS_MAIN(TestReplayClient)
#include "tst_replayclient.moc"
