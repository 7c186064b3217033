// SPDX-License-Identifier: Apache-2.0
// csms-local's fault injection (Decisions "throttling"; design.md command line): a 429 rate gives
// APIGW.0308 gateway bodies (error_code, error_msg, request_id, as API Gateway sends them) with
// Retry-After, a drop rate closes connections without a response, and injected latency delays
// responses without blocking concurrent requests.
#include "apisession.h"
#include "httpchecks.h"
#include "nodesigner.h"

#include <QElapsedTimer>
#include <QJsonValue>
#include <QtTest>

using namespace keystage::test;

class TstFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void throttled();
    void dropped();
    void latency();

private:
    HttpResult signedGet(CsmsLocal &server, const QString &rest);
    QNetworkAccessManager m_nam;
};

void TstFaults::initTestCase()
{
    QVERIFY2(nodeSignerAvailable(),
             "node or the Huawei Node.js SDK core is missing: run scripts/deps");
}

// A correctly AK/SK-signed GET, so the outcome does not depend on whether faults are injected
// before or after authentication.
HttpResult TstFaults::signedGet(CsmsLocal &server, const QString &rest)
{
    const NodeSignedRequest signedRequest = nodeSign(
            "GET", server.apiUrl(rest), {},
            {{"Content-Type", "application/json"}, {"X-Project-Id", server.projectId().toLatin1()}},
            QJsonValue(QJsonValue::Undefined), SandboxCredentials::accessKey(),
            SandboxCredentials::secretKey());
    HttpResult result;
    if (!signedRequest.ok()) {
        result.networkError = signedRequest.error;
        return result;
    }
    QList<QPair<QByteArray, QByteArray>> headers;
    for (const auto &[name, value] : signedRequest.headers) {
        if (name.compare("host", Qt::CaseInsensitive) != 0)
            headers.append({name, value});
    }
    return httpRequest(m_nam, "GET", server.apiUrl(rest), {}, headers);
}

void TstFaults::throttled()
{
    CsmsLocalOptions options;
    options.fault429Rate = 1;
    CsmsLocal server(options);
    QVERIFY2(server.start(), server.errorOutput().constData());
    for (int i = 0; i < 3; ++i) {
        const auto result = signedGet(server, QStringLiteral("secrets"));
        KS_VERIFY_GATEWAY(result, 429, "APIGW.0308");
        bool isNumber = false;
        const int retryAfter = result.header("retry-after").toInt(&isNumber);
        QVERIFY2(isNumber && retryAfter > 0, describe(result).constData());
    }
    QVERIFY(server.isRunning());
}

void TstFaults::dropped()
{
    CsmsLocalOptions options;
    options.faultDropRate = 1;
    CsmsLocal server(options);
    QVERIFY2(server.start(), server.errorOutput().constData());
    const auto result = signedGet(server, QStringLiteral("secrets"));
    QVERIFY2(result.status == 0 && !result.networkError.isEmpty(), describe(result).constData());
    QVERIFY(result.body.isEmpty());
    QVERIFY(server.isRunning());
}

void TstFaults::latency()
{
    CsmsLocalOptions options;
    options.faultLatencyMs = 400;
    CsmsLocal server(options);
    QVERIFY2(server.start(), server.errorOutput().constData());
    ApiSession api(server);
    QVERIFY(api.authenticate());
    QElapsedTimer timer;
    timer.start();
    KS_VERIFY_STATUS(api.get(QStringLiteral("secrets")), 200);
    QVERIFY2(timer.elapsed() >= 380, QByteArray::number(timer.elapsed()).constData());

    // Six concurrent requests: delayed in parallel, not one after the other (2.4 s serially).
    QList<HttpCall> calls;
    for (int i = 0; i < 6; ++i)
        calls.append(api.call("GET", QStringLiteral("secrets")));
    timer.restart();
    const QList<HttpResult> results = api.sendAll(calls);
    const qint64 elapsed = timer.elapsed();
    for (const HttpResult &result : results)
        KS_VERIFY_STATUS(result, 200);
    QVERIFY2(elapsed >= 380 && elapsed < 1600, QByteArray::number(elapsed).constData());
}

QTEST_GUILESS_MAIN(TstFaults)
#include "tst_faults.moc"
