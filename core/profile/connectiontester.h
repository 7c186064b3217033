// SPDX-License-Identifier: Apache-2.0
// ConnectionTester: "Test connection" of the profile dialog. One real round trip through
// CsmsClient: the project id (resolved from IAM when the profile has none) and the first page of
// secrets with limit 1. Asynchronous and cancellable; never retries (the user sees the first
// answer), never logs a credential.
#pragma once

#include "core/api/apierror.h"
#include "core/profile/profile.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

#include <memory>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace keystage {
class ApiReply;
class CsmsClient;
} // namespace keystage

namespace keystage::ui {

struct ConnectionTestResult
{
    bool ok = false;
    ApiError error; // when !ok
    QString projectId; // when ok
    bool hasSecrets = false; // when ok: the first page was not empty

    // Translated text for the dialog: what worked, or the error's message, code, HTTP status
    // and request id.
    QString describe() const;
};

class ConnectionTester : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionTester(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~ConnectionTester() override;

    // Starts a test (cancelling a running one). The credentials are handed to the client and
    // wiped here.
    void start(const Profile &profile, Credentials credentials);
    // Ends a running test with a Cancelled result. Does nothing when idle.
    void cancel();
    bool isRunning() const { return m_client != nullptr; }

    int transferTimeoutMs() const { return m_timeoutMs; }
    void setTransferTimeoutMs(int ms) { m_timeoutMs = ms; }

Q_SIGNALS:
    void started();
    void finished(const keystage::ui::ConnectionTestResult &result);

private:
    void listFirstSecret(const QString &projectId);
    void finish(const ConnectionTestResult &result);

    QNetworkAccessManager *m_nam;
    std::unique_ptr<CsmsClient> m_client;
    QPointer<ApiReply> m_pending;
    int m_timeoutMs = 20000;
};

} // namespace keystage::ui

Q_DECLARE_METATYPE(keystage::ui::ConnectionTestResult)
