// SPDX-License-Identifier: Apache-2.0
#include "csmslocal.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSignalSpy>

namespace keystage::test {

CsmsLocal::CsmsLocal(CsmsLocalOptions options)
    : m_options(std::move(options))
{}

CsmsLocal::~CsmsLocal()
{
    terminate();
}

static QStringList argumentsFor(const CsmsLocalOptions &o, quint16 port)
{
    QStringList args{QStringLiteral("--listen"),       QStringLiteral("127.0.0.1:%1").arg(port),
                     QStringLiteral("--data"),         o.dataFile,
                     QStringLiteral("--project-id"),   SandboxCredentials::projectId(),
                     QStringLiteral("--access-key"),   SandboxCredentials::accessKey(),
                     QStringLiteral("--secret-key"),   SandboxCredentials::secretKey(),
                     QStringLiteral("--iam-user"),     SandboxCredentials::iamUser(),
                     QStringLiteral("--iam-password"), SandboxCredentials::iamPassword(),
                     QStringLiteral("--iam-domain"),   SandboxCredentials::iamDomain()};
    if (o.seedDemo > 0)
        args << QStringLiteral("--seed-demo") << QString::number(o.seedDemo);
    if (o.faultLatencyMs > 0)
        args << QStringLiteral("--fault-latency-ms") << QString::number(o.faultLatencyMs);
    if (o.fault429Rate > 0)
        args << QStringLiteral("--fault-429-rate") << QString::number(o.fault429Rate);
    if (o.faultDropRate > 0)
        args << QStringLiteral("--fault-drop-rate") << QString::number(o.faultDropRate);
    if (o.tokenTtlSeconds > 0)
        args << QStringLiteral("--token-ttl") << QString::number(o.tokenTtlSeconds);
    if (o.notFoundStatus != 404)
        args << QStringLiteral("--not-found-status") << QString::number(o.notFoundStatus);
    if (o.invalidTokenStatus != 401)
        args << QStringLiteral("--invalid-token-status") << QString::number(o.invalidTokenStatus);
    if (!o.postStages)
        args << QStringLiteral("--no-post-stages");
    return args + o.extraArgs;
}

bool CsmsLocal::start(int timeoutMs)
{
    terminate();
    m_output.clear();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(QStringLiteral(KEYSTAGE_CSMS_LOCAL), argumentsFor(m_options, m_port));
    if (!m_process->waitForStarted(timeoutMs)) {
        m_output = m_process->errorString().toUtf8();
        return false;
    }
    static const QRegularExpression ready(
            QStringLiteral("csms-local listening on (http://127\\.0\\.0\\.1:(\\d+))"));
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (!m_process->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            break;
        m_output += m_process->readAll();
        const auto match = ready.match(QString::fromUtf8(m_output));
        if (match.hasMatch()) {
            m_baseUrl = QUrl(match.captured(1));
            m_port = quint16(match.captured(2).toUInt());
            return true;
        }
    }
    m_output += m_process->readAll();
    return false;
}

QByteArray CsmsLocal::currentOutput()
{
    if (m_process)
        m_output += m_process->readAll();
    return m_output;
}

bool CsmsLocal::restart(int timeoutMs)
{
    terminate();
    return start(timeoutMs);
}

void CsmsLocal::kill()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(10000);
    }
}

void CsmsLocal::terminate()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(10000);
        }
    }
}

bool CsmsLocal::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

void CsmsLocal::closeStandardInput()
{
    if (m_process)
        m_process->closeWriteChannel();
}

int CsmsLocal::waitForExit(int timeoutMs)
{
    if (!m_process)
        return -1;
    if (m_process->state() != QProcess::NotRunning && !m_process->waitForFinished(timeoutMs))
        return -1;
    return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
}

qint64 CsmsLocal::pid() const
{
    return m_process ? m_process->processId() : 0;
}

QUrl CsmsLocal::apiUrl(const QString &rest) const
{
    QUrl url = m_baseUrl;
    const int query = rest.indexOf(QLatin1Char('?'));
    url.setPath(QStringLiteral("/v1/%1/%2").arg(projectId(), query < 0 ? rest : rest.left(query)));
    if (query >= 0)
        url.setQuery(rest.mid(query + 1));
    return url;
}

QString CsmsLocal::iamToken()
{
    QNetworkAccessManager nam;
    const QJsonObject user{
            {QStringLiteral("name"), SandboxCredentials::iamUser()},
            {QStringLiteral("password"), SandboxCredentials::iamPassword()},
            {QStringLiteral("domain"),
             QJsonObject{{QStringLiteral("name"), SandboxCredentials::iamDomain()}}}};
    const QJsonObject auth{
            {QStringLiteral("identity"),
             QJsonObject{
                     {QStringLiteral("methods"), QJsonArray{QStringLiteral("password")}},
                     {QStringLiteral("password"), QJsonObject{{QStringLiteral("user"), user}}}}},
            {QStringLiteral("scope"),
             QJsonObject{{QStringLiteral("project"),
                          QJsonObject{{QStringLiteral("id"), projectId()}}}}}};
    QUrl url = m_baseUrl;
    url.setPath(QStringLiteral("/v3/auth/tokens"));
    const auto result = httpRequest(nam, "POST", url,
                                    QJsonDocument(QJsonObject{{QStringLiteral("auth"), auth}})
                                            .toJson(QJsonDocument::Compact),
                                    {{"Content-Type", "application/json;charset=utf8"}});
    if (result.status != 201)
        return {};
    return QString::fromLatin1(result.header("x-subject-token"));
}

HttpResult httpRequest(QNetworkAccessManager &nam, const QByteArray &method, const QUrl &url,
                       const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers,
                       int timeoutMs)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = nam.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    HttpResult result;
    if (!reply->isFinished() && !finished.wait(timeoutMs)) {
        reply->abort();
        result.networkError = QStringLiteral("timed out after %1 ms").arg(timeoutMs);
        reply->deleteLater();
        return result;
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body);
    for (const auto &[name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    if (reply->error() != QNetworkReply::NoError && result.status == 0)
        result.networkError = reply->errorString();
    reply->deleteLater();
    return result;
}

} // namespace keystage::test
