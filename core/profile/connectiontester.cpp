// SPDX-License-Identifier: Apache-2.0
#include "core/profile/connectiontester.h"

#include "core/api/csmsclient.h"
#include "core/profile/profilelogging.h"

namespace keystage::ui {

QString ConnectionTestResult::describe() const
{
    if (ok) {
        const QString secrets = hasSecrets ? ConnectionTester::tr("secrets are listed")
                                           : ConnectionTester::tr("the project has no secrets yet");
        return ConnectionTester::tr("Connected: project %1, %2.").arg(projectId, secrets);
    }
    if (error.kind == ApiError::Kind::Cancelled)
        return ConnectionTester::tr("The test was cancelled.");
    QStringList details;
    if (!error.code.isEmpty())
        details << ConnectionTester::tr("Error code: %1").arg(error.code);
    if (error.httpStatus != 0)
        details << ConnectionTester::tr("HTTP status: %1").arg(error.httpStatus);
    if (!error.requestId.isEmpty())
        details << ConnectionTester::tr("Request id: %1").arg(error.requestId);
    if (!error.serverMessage.isEmpty() && !error.message.contains(error.serverMessage))
        details << ConnectionTester::tr("Server message: %1").arg(error.serverMessage);
    QString text = ConnectionTester::tr("Connection failed: %1").arg(error.message);
    if (!details.isEmpty())
        text += u'\n' + details.join(u'\n');
    return text;
}

ConnectionTester::ConnectionTester(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{
    qRegisterMetaType<ConnectionTestResult>();
}

ConnectionTester::~ConnectionTester()
{
    m_pending = nullptr;
    m_client.reset(); // aborts what is in flight; nobody listens any more
}

void ConnectionTester::start(const Profile &profile, Credentials credentials)
{
    cancel();
    m_client = std::make_unique<CsmsClient>(m_nam, profile, credentials);
    credentials.wipe();
    m_client->setTransferTimeoutMs(m_timeoutMs);
    RetryPolicy noRetries;
    noRetries.setMaxRetries(0);
    m_client->setRetryPolicy(noRetries);
    qCInfo(lcProfile) << "testing profile" << profile.id
                      << profile.effectiveCsmsEndpoint().toString();
    Q_EMIT started();

    Reply<QString> *reply = m_client->resolveProjectId();
    m_pending = reply;
    reply->then(this, [this, reply](const ApiResult<QString> &result) {
        if (m_pending != reply)
            return;
        m_pending = nullptr;
        if (!result.ok()) {
            ConnectionTestResult failure;
            failure.error = result.error();
            finish(failure);
            return;
        }
        listFirstSecret(result.value());
    });
}

void ConnectionTester::listFirstSecret(const QString &projectId)
{
    Reply<SecretPage> *reply = m_client->listSecrets({}, 1);
    m_pending = reply;
    reply->then(this, [this, reply, projectId](const ApiResult<SecretPage> &result) {
        if (m_pending != reply)
            return;
        m_pending = nullptr;
        ConnectionTestResult outcome;
        outcome.ok = result.ok();
        if (result.ok()) {
            outcome.projectId = projectId;
            outcome.hasSecrets = !result->items.isEmpty();
        } else {
            outcome.error = result.error();
        }
        finish(outcome);
    });
}

void ConnectionTester::cancel()
{
    if (!m_client)
        return;
    if (m_pending) {
        ApiReply *pending = m_pending;
        m_pending = nullptr;
        pending->abort();
    }
    ConnectionTestResult cancelled;
    cancelled.error = ApiError::cancelled();
    finish(cancelled);
}

void ConnectionTester::finish(const ConnectionTestResult &result)
{
    if (!m_client)
        return;
    // The client goes after this turn of the event loop: its replies are still being delivered.
    m_client.release()->deleteLater();
    qCInfo(lcProfile) << "connection test" << (result.ok ? "succeeded" : "failed")
                      << (result.ok ? QString() : ApiError::kindName(result.error.kind));
    Q_EMIT finished(result);
}

} // namespace keystage::ui
