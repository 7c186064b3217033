// SPDX-License-Identifier: Apache-2.0
// ApiError: every error body shape of csms-api.md 3.1, the kind mapping, specific messages, and
// that nothing secret ever reaches a message.
#include "core/api/apierror.h"

#include <QTest>

using namespace keystage;
using Kind = ApiError::Kind;

class TestApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shapes_data();
    void shapes();
    void kinds_data();
    void kinds();
    void specificMessages();
    void requestIdFromHeaderWins();
    void garbageBodies_data();
    void garbageBodies();
    void networkErrors();
    void summaryNamesCodeAndRequestId();
    void neverLeaksSecrets();
};

void TestApiError::shapes_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("serverMessage");
    QTest::addColumn<QString>("requestId");

    QTest::newRow("flat") << 400
                          << QByteArray(R"({"error_code":"CSMS.0002","error_msg":"bad limit"})")
                          << QStringLiteral("CSMS.0002") << QStringLiteral("bad limit")
                          << QString();
    QTest::newRow("nested") << 400
                            << QByteArray(
                                       R"({"error":{"error_code":"CSMS.0004","error_msg":"x y"}})")
                            << QStringLiteral("CSMS.0004") << QStringLiteral("x y") << QString();
    QTest::newRow("gateway")
            << 401
            << QByteArray(
                       R"({"error_code":"APIG.0301","error_msg":"Incorrect IAM authentication information","request_id":"abc123"})")
            << QStringLiteral("APIG.0301")
            << QStringLiteral("Incorrect IAM authentication information")
            << QStringLiteral("abc123");
    QTest::newRow("iam")
            << 401
            << QByteArray(
                       R"({"error":{"code":401,"message":"The username or password is wrong.","title":"Unauthorized"}})")
            << QStringLiteral("401") << QStringLiteral("The username or password is wrong.")
            << QString();
    QTest::newRow("details array")
            << 400
            << QByteArray(R"({"details":[{"error_code":"CSMS.0003","error_msg":"bad url"}]})")
            << QStringLiteral("CSMS.0003") << QStringLiteral("bad url") << QString();
    QTest::newRow("code and message")
            << 500 << QByteArray(R"({"code":"SVC.1","message":"boom"})") << QStringLiteral("SVC.1")
            << QStringLiteral("boom") << QString();
}

void TestApiError::shapes()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, serverMessage);
    QFETCH(QString, requestId);
    const ApiError e = ApiError::fromHttp(status, body, {});
    QCOMPARE(e.httpStatus, status);
    QCOMPARE(e.code, code);
    QCOMPARE(e.serverMessage, serverMessage);
    QCOMPARE(e.requestId, requestId);
    QVERIFY(!e.message.isEmpty());
}

void TestApiError::kinds_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("404 secret") << 404 << QStringLiteral("CSMS.0106") << Kind::NotFound;
    QTest::newRow("404 bare") << 404 << QString() << Kind::NotFound;
    QTest::newRow("400 0005") << 400 << QStringLiteral("CSMS.0005") << Kind::NotFound;
    QTest::newRow("400 0106") << 400 << QStringLiteral("CSMS.0106") << Kind::NotFound;
    QTest::newRow("400 0002") << 400 << QStringLiteral("CSMS.0002") << Kind::Validation;
    QTest::newRow("400 0105") << 400 << QStringLiteral("CSMS.0105") << Kind::Validation;
    QTest::newRow("400 0202") << 400 << QStringLiteral("CSMS.0202") << Kind::Quota;
    QTest::newRow("400 0203") << 400 << QStringLiteral("CSMS.0203") << Kind::Quota;
    QTest::newRow("400 0204") << 400 << QStringLiteral("CSMS.0204") << Kind::Quota;
    QTest::newRow("400 0107") << 400 << QStringLiteral("CSMS.0107") << Kind::Conflict;
    QTest::newRow("400 0108") << 400 << QStringLiteral("CSMS.0108") << Kind::Conflict;
    QTest::newRow("403 0109") << 403 << QStringLiteral("CSMS.0109") << Kind::Conflict;
    QTest::newRow("409") << 409 << QString() << Kind::Conflict;
    QTest::newRow("429") << 429 << QString() << Kind::RateLimited;
    QTest::newRow("APIG.0308 on 403") << 403 << QStringLiteral("APIG.0308") << Kind::RateLimited;
    QTest::newRow("429 APIG.0308") << 429 << QStringLiteral("APIG.0308") << Kind::RateLimited;
    QTest::newRow("401 APIG.0301") << 401 << QStringLiteral("APIG.0301") << Kind::Unauthorized;
    // Issue 15: APIGW.* is the same family; codes before statuses.
    QTest::newRow("401 APIGW.0301") << 401 << QStringLiteral("APIGW.0301") << Kind::Unauthorized;
    QTest::newRow("400 APIGW.0308") << 400 << QStringLiteral("APIGW.0308") << Kind::RateLimited;
    QTest::newRow("429 APIGW.0308") << 429 << QStringLiteral("APIGW.0308") << Kind::RateLimited;
    QTest::newRow("400 CSMS.0301") << 400 << QStringLiteral("CSMS.0301") << Kind::Unauthorized;
    QTest::newRow("404 APIGW.0101") << 404 << QStringLiteral("APIGW.0101") << Kind::Validation;
    QTest::newRow("404 APIG.0101") << 404 << QStringLiteral("APIG.0101") << Kind::Validation;
    QTest::newRow("403") << 403 << QString() << Kind::Forbidden;
    QTest::newRow("500") << 500 << QString() << Kind::Server;
    QTest::newRow("502") << 502 << QString() << Kind::Server;
    QTest::newRow("504") << 504 << QString() << Kind::Server;
    QTest::newRow("302") << 302 << QString() << Kind::BadResponse;
}

void TestApiError::kinds()
{
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(Kind, kind);
    const QByteArray body = code.isEmpty() ? QByteArray()
                                           : QByteArray(R"({"error_code":")") + code.toLatin1()
                                                     + R"(","error_msg":"m"})";
    const ApiError e = ApiError::fromHttp(status, body, QStringLiteral("rid"));
    QCOMPARE(ApiError::kindName(e.kind), ApiError::kindName(kind));
    QCOMPARE(e.isNotFound(), kind == Kind::NotFound);
    // A gateway 404 means the address has no such operation, never a missing secret.
    QCOMPARE(e.isRouteAbsent(), status == 404 && code.startsWith(QLatin1String("APIG")));
    QCOMPARE(e.isGatewayCode(), code.startsWith(QLatin1String("APIG")));
}

void TestApiError::specificMessages()
{
    ErrorSubject stage;
    stage.secretName = QStringLiteral("app-db");
    stage.stageName = QStringLiteral("SYSCURRENT");
    QCOMPARE(ApiError::fromHttp(400, R"({"error_code":"CSMS.0105","error_msg":"x"})", {}, stage)
                     .message,
             QStringLiteral("Stage SYSCURRENT is built in and cannot be deleted"));
    QVERIFY(ApiError::fromHttp(400, R"({"error_code":"CSMS.0203","error_msg":"x"})", {}, stage)
                    .message.contains(QLatin1String("app-db")));
    ErrorSubject version;
    version.secretName = QStringLiteral("app-db");
    version.versionId = QStringLiteral("v9");
    QCOMPARE(ApiError::fromHttp(404, R"({"error_code":"CSMS.0005","error_msg":"x"})", {}, version)
                     .message,
             QStringLiteral("Version v9 of secret app-db does not exist"));
    ErrorSubject secret;
    secret.secretName = QStringLiteral("gone");
    QCOMPARE(ApiError::fromHttp(404, R"({"error_code":"CSMS.0106","error_msg":"x"})", {}, secret)
                     .message,
             QStringLiteral("Secret gone does not exist"));
    QCOMPARE(ApiError::fromHttp(400, R"({"error_code":"CSMS.0107","error_msg":"x"})", {}, secret)
                     .message,
             QStringLiteral("Secret gone is already scheduled for deletion"));
    // Validation keeps the server's explanation.
    QVERIFY(ApiError::fromHttp(400,
                               R"({"error_code":"CSMS.0002","error_msg":"limit must be 1-1000"})")
                    .message.contains(QLatin1String("limit must be 1-1000")));
}

void TestApiError::requestIdFromHeaderWins()
{
    const ApiError e = ApiError::fromHttp(
            429, R"({"error_code":"APIG.0308","error_msg":"x","request_id":"body-id"})",
            QStringLiteral("header-id"));
    QCOMPARE(e.requestId, QStringLiteral("header-id"));
}

void TestApiError::garbageBodies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("empty 404") << 404 << QByteArray() << Kind::NotFound;
    QTest::newRow("html 502") << 502 << QByteArray("<html><body>Bad Gateway</body></html>")
                              << Kind::Server;
    QTest::newRow("array") << 400 << QByteArray("[1,2]") << Kind::Validation;
    QTest::newRow("truncated") << 500 << QByteArray(R"({"error_code":"CSM)") << Kind::Server;
    QTest::newRow("wrong types") << 403 << QByteArray(R"({"error_code":{"a":1},"error_msg":[1]})")
                                 << Kind::Forbidden;
    QTest::newRow("deep nesting")
            << 400 << QByteArray(R"({"a":{"b":{"c":{"d":{"e":{"f":{"error_code":"X"}}}}}}})")
            << Kind::Validation;
    QTest::newRow("huge") << 500
                          << QByteArray(R"({"error_code":"CSMS.9","error_msg":")")
                                     + QByteArray(1 << 20, 'm') + "\"}"
                          << Kind::Server;
}

void TestApiError::garbageBodies()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(Kind, kind);
    const ApiError e = ApiError::fromHttp(status, body, {});
    QCOMPARE(ApiError::kindName(e.kind), ApiError::kindName(kind));
    QVERIFY(!e.message.isEmpty());
    QVERIFY(e.message.size() < 600);
    QVERIFY(e.serverMessage.size() <= 301);
}

void TestApiError::networkErrors()
{
    QCOMPARE(ApiError::fromNetwork(QNetworkReply::ConnectionRefusedError).kind, Kind::Network);
    QCOMPARE(ApiError::fromNetwork(QNetworkReply::RemoteHostClosedError).kind, Kind::Network);
    QCOMPARE(ApiError::fromNetwork(QNetworkReply::SslHandshakeFailedError).kind, Kind::Network);
    QCOMPARE(ApiError::fromNetwork(QNetworkReply::TimeoutError).kind, Kind::Timeout);
    QVERIFY(ApiError::fromNetwork(QNetworkReply::InsecureRedirectError)
                    .message.contains(QLatin1String("credentials were not sent")));
    QCOMPARE(ApiError::cancelled().kind, Kind::Cancelled);
    QCOMPARE(ApiError::timeout().kind, Kind::Timeout);
    QCOMPARE(ApiError::fromNetwork(QNetworkReply::HostNotFoundError).httpStatus, 0);
    // With the URL of the call, the message names its host (and port when the URL has one).
    const QUrl wrongRegion(QStringLiteral("https://kms.cn-north-9.myhuaweicloud.com/v1/p/secrets"));
    QCOMPARE(
            ApiError::fromNetwork(QNetworkReply::HostNotFoundError, wrongRegion).message,
            QStringLiteral("The host name kms.cn-north-9.myhuaweicloud.com could not be resolved"));
    QCOMPARE(ApiError::fromNetwork(QNetworkReply::ConnectionRefusedError,
                                   QUrl(QStringLiteral("http://127.0.0.1:8443/v3/auth/tokens")))
                     .message,
             QStringLiteral("127.0.0.1:8443 refused the connection"));
    QCOMPARE(ApiError::fromNetwork(QNetworkReply::ConnectionRefusedError,
                                   QUrl(QStringLiteral("http://[::1]:8080/")))
                     .message,
             QStringLiteral("[::1]:8080 refused the connection"));
    const ApiError timedOut = ApiError::fromNetwork(QNetworkReply::TimeoutError, wrongRegion);
    QCOMPARE(timedOut.kind, Kind::Timeout);
    QVERIFY(timedOut.message.contains(QLatin1String("kms.cn-north-9.myhuaweicloud.com")));
    QVERIFY(ApiError::fromNetwork(QNetworkReply::UnknownNetworkError, wrongRegion)
                    .message.contains(QLatin1String("kms.cn-north-9.myhuaweicloud.com")));
}

void TestApiError::summaryNamesCodeAndRequestId()
{
    const ApiError e = ApiError::fromHttp(400, R"({"error_code":"CSMS.0105","error_msg":"x"})",
                                          QStringLiteral("7f00"));
    QVERIFY(e.summary().contains(QLatin1String("CSMS.0105")));
    QVERIFY(e.summary().contains(QLatin1String("7f00")));
    QCOMPARE(ApiError::cancelled().summary(), ApiError::cancelled().message);
}

void TestApiError::neverLeaksSecrets()
{
    // Of the URL of a failed call only the host and port are named: never its user info, path
    // or query (which may carry a token).
    const ApiError net = ApiError::fromNetwork(
            QNetworkReply::UnknownNetworkError,
            QUrl(QStringLiteral("https://ak:SECRET-PW@h.example:444/v1/SECRET-PATH"
                                "?X-Auth-Token=SECRET-TOKEN")));
    QVERIFY(net.message.contains(QLatin1String("h.example:444")));
    QVERIFY(!net.message.contains(QLatin1String("SECRET")));
    QVERIFY(!net.summary().contains(QLatin1String("SECRET")));
    // Only error_msg is kept from a body, never other fields that may echo input.
    const ApiError e = ApiError::fromHttp(
            400,
            R"({"error_code":"CSMS.0002","error_msg":"invalid","secret_string":"hunter2","Authorization":"SDK-HMAC-SHA256 Access=AK"})",
            {});
    QVERIFY(!e.message.contains(QLatin1String("hunter2")));
    QVERIFY(!e.summary().contains(QLatin1String("hunter2")));
    QVERIFY(!e.serverMessage.contains(QLatin1String("hunter2")));
    QVERIFY(!e.summary().contains(QLatin1String("SDK-HMAC")));
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
