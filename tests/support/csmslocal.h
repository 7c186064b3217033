// SPDX-License-Identifier: Apache-2.0
// Test harness: a real csms-local process on a free loopback port, plus a small synchronous HTTP
// helper for black-box tests. Waits on signals only (QSignalSpy / waitFor*), never sleeps.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <memory>

namespace keystage::test {

// The credentials every csms-local started by the harness accepts.
struct SandboxCredentials
{
    static QString projectId() { return QStringLiteral("2a0f4b1c7d3e4f5a8b9c0d1e2f3a4b5c"); }
    static QString accessKey() { return QStringLiteral("KSLOCALAK00000000001"); }
    static QString secretKey()
    {
        return QStringLiteral("ksLocalSecretKey00000000000000000000000001");
    }
    static QString iamUser() { return QStringLiteral("sandbox-admin"); }
    static QString iamPassword() { return QStringLiteral("sandbox-password"); }
    static QString iamDomain() { return QStringLiteral("sandbox"); }
};

struct CsmsLocalOptions
{
    QString dataFile = QStringLiteral(":memory:"); // or a path for durability tests
    int seedDemo = 0; // --seed-demo N
    int faultLatencyMs = 0; // --fault-latency-ms
    double fault429Rate = 0; // --fault-429-rate (0..1)
    double faultDropRate = 0; // --fault-drop-rate (0..1)
    int tokenTtlSeconds = 0; // --token-ttl (0: server default)
    QStringList extraArgs;
    // --not-found-status: 404 (default) or 400 (Huawei's table: CSMS.0005 / CSMS.0106 as 400)
    int notFoundStatus = 404;
    // --invalid-token-status: 401 (default, APIG.0301) or 400 (CSMS.0301)
    int invalidTokenStatus = 401;
    // false: --no-post-stages, POST .../stages answers 404 APIGW.0101 (route absent)
    bool postStages = true;
};

class CsmsLocal
{
public:
    explicit CsmsLocal(CsmsLocalOptions options = {});
    ~CsmsLocal(); // stops the server (SIGTERM, then SIGKILL)
    CsmsLocal(const CsmsLocal &) = delete;
    CsmsLocal &operator=(const CsmsLocal &) = delete;

    // Starts the process and waits (at most timeoutMs) for "csms-local listening on http://...".
    // Returns false, with the process output in errorOutput(), if it did not come up.
    bool start(int timeoutMs = 60000);
    // Starts again with the same options and data file, on the same port when it is still free.
    bool restart(int timeoutMs = 60000);
    void kill(); // SIGKILL, as a crash would
    void terminate(); // SIGTERM and wait
    bool isRunning() const;
    // Closes the server's standard input, as the death of a parent that started it with a pipe
    // would (--exit-with-parent).
    void closeStandardInput();
    // Waits at most timeoutMs for the process to end by itself; its exit code, or -1 when it is
    // still running or crashed.
    int waitForExit(int timeoutMs);

    QUrl baseUrl() const { return m_baseUrl; } // http://127.0.0.1:PORT
    quint16 port() const { return m_port; }
    QString projectId() const { return SandboxCredentials::projectId(); }
    // http://127.0.0.1:PORT/v1/{project_id}/ + rest
    QUrl apiUrl(const QString &rest) const;
    QByteArray errorOutput() const { return m_output; }
    // Everything the process printed so far, including what arrived since start().
    QByteArray currentOutput();
    qint64 pid() const;

    // A fresh IAM token for the sandbox user (POST /v3/auth/tokens), or empty on failure.
    QString iamToken();

private:
    CsmsLocalOptions m_options;
    std::unique_ptr<QProcess> m_process;
    QUrl m_baseUrl;
    quint16 m_port = 0;
    QByteArray m_output;
};

struct HttpResult
{
    int status = 0; // 0 when no HTTP response arrived
    QByteArray body;
    QJsonDocument json; // parsed body (null if not JSON)
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QString networkError; // empty when the request reached the server
    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
};

// Sends one request and waits for its end (at most timeoutMs). Headers are sent as given.
HttpResult httpRequest(QNetworkAccessManager &nam, const QByteArray &method, const QUrl &url,
                       const QByteArray &body = {},
                       const QList<QPair<QByteArray, QByteArray>> &headers = {},
                       int timeoutMs = 30000);

} // namespace keystage::test
