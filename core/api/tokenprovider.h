// SPDX-License-Identifier: Apache-2.0
// TokenProvider: IAM password tokens (POST {iam}/v3/auth/tokens, csms-api.md 4.1). Requests a
// token on first use, caches it, refreshes it before expires_at, and after a rejected token lets
// the client re-authenticate once. Concurrent callers share one token request, which is an
// ordinary call of the client's transport (unauthenticated, never retried: a POST). The password
// and the token are never logged.
#pragma once

#include "core/api/apireply.h"
#include "core/api/authenticator.h"
#include "core/api/csmstypes.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QUrl>

namespace keystage {

class TokenProvider : public Authenticator
{
    Q_OBJECT

public:
    struct Settings
    {
        QUrl iamEndpoint; // https://iam.{region}.myhuaweicloud.com or a local server
        QString domain; // account name
        QString user;
        QString password;
        QString projectId; // scope by id when set ...
        QString projectName; // ... else by name (a region's default project is named after it)
        int transferTimeoutMs = 30000;
    };

    // nam is not used: the token request goes through the client's transport (attach()).
    TokenProvider(QNetworkAccessManager *nam, Settings settings, QObject *parent = nullptr);
    ~TokenProvider() override;

    void prepare(const QObject *context, ReadyCallback done) override;
    void authorize(QNetworkRequest &request, const QByteArray &method,
                   const QByteArray &body) const override;
    bool invalidate() override;
    QString knownProjectId() const override { return m_token.projectId; }

    bool hasValidToken() const; // present and not within the refresh margin of expires_at
    QDateTime expiresAt() const { return m_token.expiresAt; }
    IamToken token() const { return m_token; } // a credential: do not log or display
    int tokenRequests() const { return m_tokenRequests; } // how many were sent (tests)

    // Refresh this long before expires_at: min(10 min, a fifth of the token's lifetime).
    static qint64 refreshMarginMs(const QDateTime &issuedAt, const QDateTime &expiresAt);

Q_SIGNALS:
    void tokenRefreshed(const QDateTime &expiresAt);
    void tokenFailed(const keystage::ApiError &error);

private:
    void requestToken();
    void onTokenReply(const ApiResult<IamToken> &result);
    void notifyWaiters(const std::optional<ApiError> &error);

    struct Waiter
    {
        QPointer<const QObject> context;
        ReadyCallback done;
    };

    QNetworkAccessManager *m_nam;
    Settings m_settings;
    IamToken m_token;
    QDateTime m_issuedAt;
    QPointer<ApiReply> m_reply;
    QList<Waiter> m_waiters;
    int m_tokenRequests = 0;
};

} // namespace keystage
