// SPDX-License-Identifier: Apache-2.0
// Conformance of csms-local's authentication (csms-api.md 4 and the Decisions row
// "authentication"): gateway 401s, IAM tokens (issue, scope by id and by name, errors, expiry),
// project id in the path, and AK/SK requests signed by the official Node.js SDK core.
#include "apisession.h"
#include "httpchecks.h"
#include "nodesigner.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QtTest>

using namespace keystage::test;

class TstAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void noAuthentication();
    void badToken();
    void unknownAuthorizationScheme();
    void iamTokenIssued();
    void iamScopeByProjectName();
    void iamErrors_data();
    void iamErrors();
    void iamMalformedRequests_data();
    void iamMalformedRequests();
    void wrongProjectInPath();
    void expiredToken();
    void akskGetWithQuery();
    void akskPostPutDelete();
    void akskTamperedBody();
    void akskWrongSecretKey();
    void akskClockSkew();
    void akskLockout();
    void akskVerifiesExactlyTheSignedHeaders();

private:
    HttpResult tokenRequest(CsmsLocal &server, const QJsonObject &auth);
    HttpResult sendSigned(CsmsLocal &server, const QByteArray &method, const QString &rest,
                          const QueryItems &query, const QJsonValue &body,
                          const QString &sk = SandboxCredentials::secretKey(),
                          const QByteArray &sdkDate = {}, const QByteArray &sendBody = {});
    NodeSignedRequest sign(CsmsLocal &server, const QByteArray &method, const QString &rest,
                           const QueryItems &query, const QJsonValue &body, const QString &sk,
                           const QByteArray &sdkDate = {});
    std::unique_ptr<CsmsLocal> m_server;
    std::unique_ptr<ApiSession> m_api;
    QNetworkAccessManager m_nam;
};

static QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

static QJsonObject passwordAuth(const QString &user, const QString &password, const QString &domain,
                                const QJsonObject &project)
{
    const QJsonObject userObject{
            {QStringLiteral("name"), user},
            {QStringLiteral("password"), password},
            {QStringLiteral("domain"), QJsonObject{{QStringLiteral("name"), domain}}}};
    return QJsonObject{
            {QStringLiteral("identity"),
             QJsonObject{{QStringLiteral("methods"), QJsonArray{QStringLiteral("password")}},
                         {QStringLiteral("password"),
                          QJsonObject{{QStringLiteral("user"), userObject}}}}},
            {QStringLiteral("scope"), QJsonObject{{QStringLiteral("project"), project}}}};
}

static QJsonObject sandboxAuth(const QJsonObject &project)
{
    return passwordAuth(SandboxCredentials::iamUser(), SandboxCredentials::iamPassword(),
                        SandboxCredentials::iamDomain(), project);
}

void TstAuth::initTestCase()
{
    m_server = std::make_unique<CsmsLocal>();
    QVERIFY2(m_server->start(), m_server->errorOutput().constData());
    m_api = std::make_unique<ApiSession>(*m_server);
    QVERIFY(m_api->authenticate());
    QVERIFY2(nodeSignerAvailable(),
             "node or the Huawei Node.js SDK core is missing: run scripts/deps");
}

HttpResult TstAuth::tokenRequest(CsmsLocal &server, const QJsonObject &auth)
{
    QUrl url = server.baseUrl();
    url.setPath(QStringLiteral("/v3/auth/tokens"));
    return httpRequest(m_nam, "POST", url, compact({{QStringLiteral("auth"), auth}}),
                       {{"Content-Type", "application/json;charset=utf8"}});
}

void TstAuth::noAuthentication()
{
    ApiSession anonymous(*m_server);
    KS_VERIFY_GATEWAY(anonymous.get(QStringLiteral("secrets")), 401, "APIG.0301");
    KS_VERIFY_GATEWAY(
            anonymous.post(QStringLiteral("secrets"), R"({"name":"x","secret_string":"v"})"), 401,
            "APIG.0301");
    KS_VERIFY_STATUS(m_api->get(QStringLiteral("secrets")), 200);
    KS_VERIFY_FLAT(m_api->get(QStringLiteral("secrets/x")), 404, "CSMS.0106"); // not created
}

void TstAuth::badToken()
{
    ApiSession forged(*m_server);
    forged.setToken(QStringLiteral("MIIforgedtoken") + QString(64, QLatin1Char('A')));
    KS_VERIFY_GATEWAY(forged.get(QStringLiteral("secrets")), 401, "APIG.0301");
    // A token with one character changed is not a token.
    QString altered = m_api->token();
    altered[altered.size() / 2] = altered.at(altered.size() / 2) == QLatin1Char('A')
                                          ? QLatin1Char('B')
                                          : QLatin1Char('A');
    forged.setToken(altered);
    KS_VERIFY_GATEWAY(forged.get(QStringLiteral("secrets")), 401, "APIG.0301");
}

void TstAuth::unknownAuthorizationScheme()
{
    const auto basic = httpRequest(m_nam, "GET", m_server->apiUrl(QStringLiteral("secrets")), {},
                                   {{"Authorization", "Basic c2FuZGJveDpwYXNzd29yZA=="}});
    KS_VERIFY_GATEWAY(basic, 401, "APIG.0301");
}

void TstAuth::iamTokenIssued()
{
    const auto issued
            = tokenRequest(*m_server, sandboxAuth({{QStringLiteral("id"), m_server->projectId()}}));
    KS_VERIFY_STATUS(issued, 201);
    const QByteArray token = issued.header("x-subject-token");
    QVERIFY2(token.size() >= 32, describe(issued).constData());
    QVERIFY(!issued.body.contains(token)); // the token travels in the header only
    QCOMPARE(jsonAt(issued, "token.project.id").toString(), m_server->projectId());
    QCOMPARE(jsonAt(issued, "token.methods").toArray(), QJsonArray{QStringLiteral("password")});
    const QDateTime expires = QDateTime::fromString(jsonAt(issued, "token.expires_at").toString(),
                                                    Qt::ISODateWithMs);
    QVERIFY2(expires.isValid(), issued.body.constData());
    QVERIFY(expires > QDateTime::currentDateTimeUtc());
    ApiSession session(*m_server);
    session.setToken(QString::fromLatin1(token));
    KS_VERIFY_STATUS(session.get(QStringLiteral("secrets")), 200);
}

void TstAuth::iamScopeByProjectName()
{
    const auto byId
            = tokenRequest(*m_server, sandboxAuth({{QStringLiteral("id"), m_server->projectId()}}));
    KS_VERIFY_STATUS(byId, 201);
    const QString name = jsonAt(byId, "token.project.name").toString();
    QVERIFY2(!name.isEmpty(), byId.body.constData());
    const auto byName = tokenRequest(*m_server, sandboxAuth({{QStringLiteral("name"), name}}));
    KS_VERIFY_STATUS(byName, 201);
    QCOMPARE(jsonAt(byName, "token.project.id").toString(), m_server->projectId());
    ApiSession session(*m_server);
    session.setToken(QString::fromLatin1(byName.header("x-subject-token")));
    KS_VERIFY_STATUS(session.get(QStringLiteral("secrets")), 200);
}

void TstAuth::iamErrors_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("domain");
    QTest::newRow("wrong password") << SandboxCredentials::iamUser() << QStringLiteral("nope")
                                    << SandboxCredentials::iamDomain();
    QTest::newRow("wrong user") << QStringLiteral("someone") << SandboxCredentials::iamPassword()
                                << SandboxCredentials::iamDomain();
    QTest::newRow("wrong domain") << SandboxCredentials::iamUser()
                                  << SandboxCredentials::iamPassword() << QStringLiteral("other");
}

void TstAuth::iamErrors()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, domain);
    const auto refused = tokenRequest(
            *m_server,
            passwordAuth(user, password, domain, {{QStringLiteral("id"), m_server->projectId()}}));
    KS_VERIFY_OK(iamErrorProblem(refused, 401));
    QVERIFY(refused.header("x-subject-token").isEmpty());
    QVERIFY(!refused.body.contains(password.toUtf8()));
}

void TstAuth::iamMalformedRequests_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("not json") << QByteArray("{auth");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("no scope") << QByteArray(
            R"({"auth":{"identity":{"methods":["password"],"password":{"user":)"
            R"({"name":"sandbox-admin","password":"sandbox-password","domain":)"
            R"({"name":"sandbox"}}}}}})");
    QTest::newRow("token method") << QByteArray(
            R"({"auth":{"identity":{"methods":["token"],"token":{"id":"x"}},)"
            R"("scope":{"project":{"name":"cn-north-4"}}}})");
    QTest::newRow("password not string")
            << QByteArray(R"({"auth":{"identity":{"methods":["password"],"password":{"user":)"
                          R"({"name":"sandbox-admin","password":5,"domain":{"name":"sandbox"}}}},)"
                          R"("scope":{"project":{"name":"cn-north-4"}}}})");
}

void TstAuth::iamMalformedRequests()
{
    // The IAM error shape for requests IAM cannot use: 400 (malformed) or 401 (not accepted).
    QFETCH(QByteArray, body);
    QUrl url = m_server->baseUrl();
    url.setPath(QStringLiteral("/v3/auth/tokens"));
    const auto refused = httpRequest(m_nam, "POST", url, body,
                                     {{"Content-Type", "application/json;charset=utf8"}});
    const QByteArray as400 = iamErrorProblem(refused, 400);
    const QByteArray as401 = iamErrorProblem(refused, 401);
    QVERIFY2(as400.isEmpty() || as401.isEmpty(), as400.constData());
    QVERIFY(refused.header("x-subject-token").isEmpty());
    QVERIFY(m_server->isRunning());
}

void TstAuth::wrongProjectInPath()
{
    QUrl url = m_server->baseUrl();
    url.setPath(QStringLiteral("/v1/ffffffffffffffffffffffffffffffff/secrets"));
    const auto result = httpRequest(m_nam, "GET", url, {}, m_api->authHeaders(false));
    KS_VERIFY_STATUS(result, 403);
}

void TstAuth::expiredToken()
{
    CsmsLocalOptions options;
    options.tokenTtlSeconds = 1;
    CsmsLocal server(options);
    QVERIFY2(server.start(), server.errorOutput().constData());
    ApiSession api(server);
    QVERIFY(api.authenticate());
    // Expiry is observed by repeating a request, never by sleeping.
    HttpResult last;
    QTRY_VERIFY_WITH_TIMEOUT((last = api.get(QStringLiteral("secrets"))).status == 401, 10000);
    KS_VERIFY_GATEWAY(last, 401, "APIG.0301");
    QVERIFY(api.authenticate()); // a fresh token works again
    KS_VERIFY_STATUS(api.get(QStringLiteral("secrets")), 200);
}

NodeSignedRequest TstAuth::sign(CsmsLocal &server, const QByteArray &method, const QString &rest,
                                const QueryItems &query, const QJsonValue &body, const QString &sk,
                                const QByteArray &sdkDate)
{
    // The headers the SDK sets before signing a CSMS call (4.2 step 2).
    QList<QPair<QByteArray, QByteArray>> headers{
            {"Content-Type", body.isUndefined() ? QByteArray("application/json")
                                                : QByteArray("application/json;charset=UTF-8")},
            {"X-Project-Id", server.projectId().toLatin1()}};
    if (!sdkDate.isEmpty())
        headers.append({"X-Sdk-Date", sdkDate});
    return nodeSign(method, server.apiUrl(rest), query, headers, body,
                    SandboxCredentials::accessKey(), sk);
}

static HttpResult sendNodeSigned(QNetworkAccessManager &nam, const QByteArray &method,
                                 const QUrl &url, const NodeSignedRequest &signedRequest,
                                 const QByteArray &body)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    for (const auto &[name, value] : signedRequest.headers) {
        if (name.compare("host", Qt::CaseInsensitive) != 0) // QNetworkAccessManager sends Host
            headers.append({name, value});
    }
    return httpRequest(nam, method, url, body, headers);
}

HttpResult TstAuth::sendSigned(CsmsLocal &server, const QByteArray &method, const QString &rest,
                               const QueryItems &query, const QJsonValue &body, const QString &sk,
                               const QByteArray &sdkDate, const QByteArray &sendBody)
{
    const NodeSignedRequest signedRequest = sign(server, method, rest, query, body, sk, sdkDate);
    if (!signedRequest.ok()) {
        HttpResult failed;
        failed.networkError = signedRequest.error;
        return failed;
    }
    return sendNodeSigned(m_nam, method, withQuery(server.apiUrl(rest), query), signedRequest,
                          sendBody.isNull() ? signedRequest.body : sendBody);
}

void TstAuth::akskGetWithQuery()
{
    KS_VERIFY_STATUS(m_api->createSecret(QStringLiteral("aksk-listed")), 200);
    // Unicode, space, reserved characters and a repeated key in the canonical query (4.2 step 5).
    const QueryItems query{{QStringLiteral("limit"), QStringLiteral("1000")},
                           {QStringLiteral("note"), QStringLiteral("\u4e00 (&=?!#%.*) \u00fc x")},
                           {QStringLiteral("multi"), QStringLiteral("2")},
                           {QStringLiteral("multi"), QStringLiteral("1")}};
    const auto listed = sendSigned(*m_server, "GET", QStringLiteral("secrets"), query,
                                   QJsonValue(QJsonValue::Undefined));
    KS_VERIFY_STATUS(listed, 200);
    QVERIFY(listed.body.contains("aksk-listed"));
    const auto shown = sendSigned(*m_server, "GET", QStringLiteral("secrets/aksk-listed"), {},
                                  QJsonValue(QJsonValue::Undefined));
    KS_VERIFY_STATUS(shown, 200);
    QCOMPARE(jsonAt(shown, "secret.name").toString(), QStringLiteral("aksk-listed"));
}

void TstAuth::akskPostPutDelete()
{
    const QJsonObject secret{{QStringLiteral("name"), QStringLiteral("aksk-made")},
                             {QStringLiteral("secret_string"), QStringLiteral("v\u00e9")},
                             {QStringLiteral("description"), QStringLiteral("\u8bf4\u660e")}};
    const auto created = sendSigned(*m_server, "POST", QStringLiteral("secrets"), {}, secret);
    KS_VERIFY_STATUS(created, 200);
    QCOMPARE(jsonAt(created, "secret.description").toString(), QStringLiteral("\u8bf4\u660e"));
    const auto moved
            = sendSigned(*m_server, "PUT", QStringLiteral("secrets/aksk-made/stages/NODE"), {},
                         QJsonObject{{QStringLiteral("version_id"), QStringLiteral("v1")}});
    KS_VERIFY_STATUS(moved, 200);
    const auto deleted = sendSigned(*m_server, "DELETE", QStringLiteral("secrets/aksk-made"), {},
                                    QJsonValue(QJsonValue::Undefined));
    KS_VERIFY_STATUS(deleted, 200);
    KS_VERIFY_FLAT(m_api->get(QStringLiteral("secrets/aksk-made")), 404, "CSMS.0106");
}

void TstAuth::akskTamperedBody()
{
    const QJsonObject signedBody{{QStringLiteral("name"), QStringLiteral("tamper-a")},
                                 {QStringLiteral("secret_string"), QStringLiteral("v")}};
    const auto tampered = sendSigned(*m_server, "POST", QStringLiteral("secrets"), {}, signedBody,
                                     SandboxCredentials::secretKey(), {},
                                     R"({"name":"tamper-b","secret_string":"v"})");
    KS_VERIFY_GATEWAY(tampered, 401, "APIG.0301");
    KS_VERIFY_FLAT(m_api->get(QStringLiteral("secrets/tamper-b")), 404, "CSMS.0106");
    KS_VERIFY_FLAT(m_api->get(QStringLiteral("secrets/tamper-a")), 404, "CSMS.0106");
}

void TstAuth::akskWrongSecretKey()
{
    const auto wrong = sendSigned(*m_server, "GET", QStringLiteral("secrets"), {},
                                  QJsonValue(QJsonValue::Undefined),
                                  SandboxCredentials::secretKey() + QLatin1Char('x'));
    KS_VERIFY_GATEWAY(wrong, 401, "APIG.0301");
}

static QByteArray sdkDate(qint64 offsetSeconds)
{
    return QDateTime::currentDateTimeUtc()
            .addSecs(offsetSeconds)
            .toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))
            .toLatin1();
}

void TstAuth::akskClockSkew()
{
    // The window is 15 minutes (4.2 step 1).
    for (const qint64 offset : {-1200, 1200}) {
        const auto skewed = sendSigned(*m_server, "GET", QStringLiteral("secrets"), {},
                                       QJsonValue(QJsonValue::Undefined),
                                       SandboxCredentials::secretKey(), sdkDate(offset));
        KS_VERIFY_GATEWAY(skewed, 401, "APIG.0301");
    }
    const auto near = sendSigned(*m_server, "GET", QStringLiteral("secrets"), {},
                                 QJsonValue(QJsonValue::Undefined), SandboxCredentials::secretKey(),
                                 sdkDate(-600));
    KS_VERIFY_STATUS(near, 200);
}

void TstAuth::akskLockout()
{
    // Own server: the lock lasts 5 minutes.
    CsmsLocal server;
    QVERIFY2(server.start(), server.errorOutput().constData());
    const QString rest = QStringLiteral("secrets");
    const QUrl url = server.apiUrl(rest);
    const QJsonValue none(QJsonValue::Undefined);
    NodeSignedRequest bad = sign(server, "GET", rest, {}, none, SandboxCredentials::secretKey());
    QVERIFY2(bad.ok(), qPrintable(bad.error));
    bad.replaceSignature(QByteArray(64, '0'));
    const auto badRound = [&](int count) {
        for (int i = 0; i < count; ++i)
            KS_VERIFY_GATEWAY(sendNodeSigned(m_nam, "GET", url, bad, {}), 401, "APIG.0301");
    };
    const auto good = [&]() {
        const NodeSignedRequest signedRequest
                = sign(server, "GET", rest, {}, none, SandboxCredentials::secretKey());
        return sendNodeSigned(m_nam, "GET", url, signedRequest, {});
    };
    // Five consecutive failures do not lock; a good signature resets the count.
    badRound(5);
    KS_VERIFY_STATUS(good(), 200);
    badRound(5);
    KS_VERIFY_STATUS(good(), 200);
    // More than five lock the AK: even a correct signature is refused.
    badRound(6);
    KS_VERIFY_GATEWAY(good(), 401, "APIG.0301");
    KS_VERIFY_GATEWAY(good(), 401, "APIG.0301");
}

// A minimal SDK-HMAC-SHA256 signer written from csms-api.md 4.2 (checked against the published
// Go SDK vector TV1 below), to sign header sets the Node.js SDK never produces.
static QByteArray sdkSignature(const QByteArray &method, const QString &path,
                               const QueryItems &query,
                               const QList<QPair<QByteArray, QByteArray>> &signedHeaders,
                               const QByteArray &body, const QByteArray &sk)
{
    QByteArrayList segments;
    for (const QString &segment : path.split(QLatin1Char('/')))
        segments.append(QUrl::toPercentEncoding(segment));
    QByteArray uri = segments.join('/');
    if (!uri.endsWith('/'))
        uri += '/';
    QList<QPair<QByteArray, QByteArray>> pairs;
    for (const auto &[key, value] : query)
        pairs.append({QUrl::toPercentEncoding(key), QUrl::toPercentEncoding(value)});
    std::sort(pairs.begin(), pairs.end());
    QByteArrayList queryParts;
    for (const auto &[key, value] : pairs)
        queryParts.append(key + '=' + value);
    QByteArray headerBlock;
    QByteArrayList names;
    QByteArray date;
    for (const auto &[name, value] : signedHeaders) {
        headerBlock += name.toLower() + ':' + value.trimmed() + '\n';
        names.append(name.toLower());
        if (name.toLower() == "x-sdk-date")
            date = value;
    }
    const QByteArray canonical
            = method + '\n' + uri + '\n' + queryParts.join('&') + '\n' + headerBlock + '\n'
              + names.join(';') + '\n'
              + QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
    const QByteArray toSign
            = "SDK-HMAC-SHA256\n" + date + '\n'
              + QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex();
    return QMessageAuthenticationCode::hash(toSign, sk, QCryptographicHash::Sha256).toHex();
}

void TstAuth::akskVerifiesExactlyTheSignedHeaders()
{
    QCOMPARE(sdkSignature("GET", QStringLiteral("/path"),
                          {{QStringLiteral("limit"), QStringLiteral("1")}},
                          {{"X-Sdk-Date", "20060102T150405Z"}}, {}, "SecretKey"),
             QByteArray("5a2ce64c865e0e6046321c6f3d5a77ba8413eeaf355c3166c03d58d02ac79624"));

    // The Go SDK's set: no host, no content-type; its JSON body ends in a newline (4.2 steps 3, 6).
    const QUrl url = m_server->apiUrl(QStringLiteral("secrets"));
    const QByteArray date = sdkDate(0);
    const QByteArray body = "{\"name\":\"go-style\",\"secret_string\":\"v\"}\n";
    const QList<QPair<QByteArray, QByteArray>> signedHeaders{
            {"User-Agent", "huaweicloud-usdk-go/3.0"},
            {"X-Project-Id", m_server->projectId().toLatin1()},
            {"X-Sdk-Date", date}};
    const QByteArray sk = SandboxCredentials::secretKey().toLatin1();
    const QByteArray authorization
            = "SDK-HMAC-SHA256 Access=" + SandboxCredentials::accessKey().toLatin1()
              + ", SignedHeaders=user-agent;x-project-id;x-sdk-date, Signature="
              + sdkSignature("POST", url.path(), {}, signedHeaders, body, sk);
    const auto headers = [&](const QByteArray &contentType, const QByteArray &projectId) {
        return QList<QPair<QByteArray, QByteArray>>{{"User-Agent", "huaweicloud-usdk-go/3.0"},
                                                    {"X-Project-Id", projectId},
                                                    {"X-Sdk-Date", date},
                                                    {"Content-Type", contentType},
                                                    {"Authorization", authorization}};
    };
    // A signed header changed after signing → refused; nothing is created.
    KS_VERIFY_GATEWAY(httpRequest(m_nam, "POST", url, body,
                                  headers("application/json;charset=UTF-8",
                                          "0123456789abcdef0123456789abcdef")),
                      401, "APIG.0301");
    KS_VERIFY_FLAT(m_api->get(QStringLiteral("secrets/go-style")), 404, "CSMS.0106");
    // An unsigned header (Content-Type here) is not part of the signature.
    const auto created = httpRequest(m_nam, "POST", url, body,
                                     headers("application/json", m_server->projectId().toLatin1()));
    KS_VERIFY_STATUS(created, 200);
    QCOMPARE(jsonAt(created, "secret.name").toString(), QStringLiteral("go-style"));

    // The smallest set: x-sdk-date alone (like TV1).
    const QByteArray only = "SDK-HMAC-SHA256 Access=" + SandboxCredentials::accessKey().toLatin1()
                            + ", SignedHeaders=x-sdk-date, Signature="
                            + sdkSignature("GET", url.path(), {}, {{"X-Sdk-Date", date}}, {}, sk);
    KS_VERIFY_STATUS(
            httpRequest(m_nam, "GET", url, {}, {{"X-Sdk-Date", date}, {"Authorization", only}}),
            200);
}

QTEST_GUILESS_MAIN(TstAuth)
#include "tst_auth.moc"
