// SPDX-License-Identifier: Apache-2.0
// csms-local's Server in-process: request ids on every answer, token lifetime with an injected
// clock, AK/SK over HTTP (Host signed) and the AK lockout, HEAD, fault injection, the 413 guard.
#include "server.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace csmslocal;

namespace {

struct Reply
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QByteArray requestId;
    bool networkError = false;
};

} // namespace

class TestServer : public QObject
{
    Q_OBJECT

private:
    qint64 m_now = QDateTime::currentMSecsSinceEpoch();
    QNetworkAccessManager m_nam;
    std::unique_ptr<Server> m_server;
    quint16 m_port = 0;

    void startServer(Config config = {})
    {
        m_server = std::make_unique<Server>(config, [this] { return m_now; });
        QString error;
        QVERIFY2(m_server->open(&error), qPrintable(error));
        m_port = m_server->start();
        QVERIFY(m_port != 0);
    }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
    }
    QString v1(const QString &rest) const
    {
        return QStringLiteral("/v1/%1/%2").arg(m_server->config().projectId, rest);
    }
    Reply send(const QByteArray &method, const QString &path, const QByteArray &body = {},
               const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request(url(path));
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(10000);
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.json = QJsonDocument::fromJson(r.body).object();
        r.requestId = reply->rawHeader("X-Request-Id");
        r.networkError = r.status == 0;
        reply->deleteLater();
        return r;
    }
    QByteArray token()
    {
        const Config &c = m_server->config();
        const QByteArray body = QStringLiteral("{\"auth\":{\"identity\":{\"methods\":[\"password\"]"
                                               ",\"password\":{\"user\":{"
                                               "\"name\":\"%1\",\"password\":\"%2\",\"domain\":{"
                                               "\"name\":\"%3\"}}}},\"scope\":{"
                                               "\"project\":{\"name\":\"%4\"}}}}")
                                        .arg(c.iamUser, c.iamPassword, c.iamDomain, c.projectName)
                                        .toUtf8();
        QNetworkRequest request(url(QStringLiteral("/v3/auth/tokens")));
        QNetworkReply *reply = m_nam.post(request, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(10000);
        reply->deleteLater();
        return reply->rawHeader("X-Subject-Token");
    }
    // Signs like the Python SDK (host and content-type signed).
    QList<QPair<QByteArray, QByteArray>> signedHeaders(const QByteArray &method,
                                                       const QString &path, const QByteArray &body,
                                                       bool corrupt = false)
    {
        const Config &c = m_server->config();
        const QByteArray date = QDateTime::fromMSecsSinceEpoch(m_now, QTimeZone::utc())
                                        .toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))
                                        .toLatin1();
        const QByteArray host = "127.0.0.1:" + QByteArray::number(m_port);
        SignedRequest r{
                method,
                path.toUtf8(),
                {},
                {{"Content-Type", "application/json"}, {"Host", host}, {"X-Sdk-Date", date}},
                body};
        QByteArray sig = AkSkVerifier::signature(
                c.secretKey.toUtf8(), date,
                AkSkVerifier::canonicalRequest(r, {"content-type", "host", "x-sdk-date"}, false));
        if (corrupt)
            sig[0] = sig[0] == 'a' ? 'b' : 'a';
        return {{"Content-Type", "application/json"},
                {"X-Sdk-Date", date},
                {"Authorization",
                 "SDK-HMAC-SHA256 Access=" + c.accessKey.toUtf8()
                         + ", SignedHeaders=content-type;host;x-sdk-date, Signature=" + sig}};
    }

private Q_SLOTS:
    void requestIdOnEveryAnswer()
    {
        startServer();
        const Reply unknown = send("GET", QStringLiteral("/nothing/here"));
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.json[QStringLiteral("error_code")].toString(),
                 QStringLiteral("APIGW.0101"));
        QVERIFY(!unknown.requestId.isEmpty());
        QCOMPARE(unknown.json[QStringLiteral("request_id")].toString().toLatin1(),
                 unknown.requestId);
        const Reply anonymous = send("GET", v1(QStringLiteral("secrets")));
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(anonymous.json[QStringLiteral("error_code")].toString(),
                 QStringLiteral("APIG.0301"));
        QVERIFY(!anonymous.requestId.isEmpty());
        QVERIFY(anonymous.requestId != unknown.requestId);
        const QByteArray t = token();
        QVERIFY(!t.isEmpty());
        const Reply missing
                = send("GET", v1(QStringLiteral("secrets/nope")), {}, {{"X-Auth-Token", t}});
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.json[QStringLiteral("error_code")].toString(),
                 QStringLiteral("CSMS.0106"));
        QVERIFY(!missing.requestId.isEmpty());
        const Reply otherProject
                = send("GET", QStringLiteral("/v1/00000000000000000000000000000000/secrets"), {},
                       {{"X-Auth-Token", t}});
        QCOMPARE(otherProject.status, 403);
    }

    void tokenExpiresAfterItsLifetime()
    {
        Config config;
        config.tokenTtlSeconds = 60;
        startServer(config);
        const QByteArray t = token();
        QCOMPARE(send("GET", v1(QStringLiteral("secrets")), {}, {{"X-Auth-Token", t}}).status, 200);
        m_now += 61 * 1000;
        const Reply expired = send("GET", v1(QStringLiteral("secrets")), {}, {{"X-Auth-Token", t}});
        QCOMPARE(expired.status, 401);
        QVERIFY(expired.json[QStringLiteral("error_msg")].toString().contains(
                QStringLiteral("expire")));
        QByteArray forged = t;
        forged[forged.size() - 2] = forged[forged.size() - 2] == 'A' ? 'B' : 'A';
        m_now -= 61 * 1000;
        QCOMPARE(send("GET", v1(QStringLiteral("secrets")), {}, {{"X-Auth-Token", forged}}).status,
                 401);
    }

    void akskOverHttpAndLockout()
    {
        startServer();
        const QString path = v1(QStringLiteral("secrets"));
        const QByteArray body = "{\"name\":\"signed\",\"secret_string\":\"v\"}";
        const Reply created = send("POST", path, body, signedHeaders("POST", path, body));
        QCOMPARE(created.status, 200);
        for (int i = 0; i < 6; ++i)
            QCOMPARE(send("GET", path, {}, signedHeaders("GET", path, {}, true)).status, 401);
        const Reply locked = send("GET", path, {}, signedHeaders("GET", path, {}));
        QCOMPARE(locked.status, 401);
        QVERIFY(locked.json[QStringLiteral("error_msg")].toString().contains(
                QStringLiteral("AK access failed to reach the limit")));
        m_now += AkSkVerifier::lockMs + 1000;
        QCOMPARE(send("GET", path, {}, signedHeaders("GET", path, {})).status, 200);
    }

    void headIsRoutedAsGetAndSignedAsHead()
    {
        startServer();
        const QString path = v1(QStringLiteral("secrets"));
        QNetworkRequest request(url(path));
        for (const auto &[name, value] : signedHeaders("HEAD", path, {}))
            request.setRawHeader(name, value);
        QNetworkReply *reply = m_nam.head(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(reply->isFinished() || finished.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(reply->readAll().isEmpty());
        QVERIFY(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong() > 0);
        QVERIFY(!reply->rawHeader("X-Request-Id").isEmpty());
        reply->deleteLater();
    }

    void faultsApplyToV1Only()
    {
        Config config;
        config.faultDropRate = 1;
        startServer(config);
        QVERIFY(!token().isEmpty()); // /v3 is never dropped
        const Reply dropped = send("GET", v1(QStringLiteral("secrets")));
        QVERIFY(dropped.networkError);

        config.faultDropRate = 0;
        config.fault429Rate = 1;
        startServer(config);
        QNetworkRequest request(url(v1(QStringLiteral("secrets"))));
        QNetworkReply *reply = m_nam.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 429);
        QCOMPARE(reply->rawHeader("Retry-After"), QByteArray("1"));
        QCOMPARE(QJsonDocument::fromJson(reply->readAll())[QStringLiteral("error_code")].toString(),
                 QStringLiteral("APIGW.0308"));
        reply->deleteLater();
    }

    void latencyDoesNotBlockOtherRequests()
    {
        Config config;
        config.faultLatencyMs = 400;
        startServer(config);
        const QByteArray t = token();
        QElapsedTimer timer;
        timer.start();
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 4; ++i) {
            QNetworkRequest request(url(v1(QStringLiteral("secrets"))));
            request.setRawHeader("X-Auth-Token", t);
            replies << m_nam.get(request);
        }
        for (QNetworkReply *r : replies) {
            QSignalSpy finished(r, &QNetworkReply::finished);
            if (!r->isFinished())
                QVERIFY(finished.wait(10000));
            QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            r->deleteLater();
        }
        QVERIFY(timer.elapsed() >= 400);
        QVERIFY2(timer.elapsed() < 1500, "delayed responses must not be serialised");
    }

    void oversizedBodyIsRefusedEarly()
    {
        startServer();
        const Reply r = send("POST", v1(QStringLiteral("secrets")), QByteArray(3 << 20, 'a'),
                             {{"X-Auth-Token", token()}});
        QCOMPARE(r.status, 413);
        QCOMPARE(r.json[QStringLiteral("error_code")].toString(), QStringLiteral("CSMS.0004"));
        QVERIFY(!r.requestId.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestServer)
#include "tst_server.moc"
