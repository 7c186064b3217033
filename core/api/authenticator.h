// SPDX-License-Identifier: Apache-2.0
// Authenticator: how a CsmsClient proves who it is. AkSkAuthenticator signs every request
// (SDK-HMAC-SHA256); TokenProvider (tokenprovider.h) obtains IAM tokens and sends X-Auth-Token.
#pragma once

#include "core/api/apierror.h"
#include "core/api/signer.h"

#include <QDateTime>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

namespace keystage {

class ApiTransport;

class Authenticator : public QObject
{
    Q_OBJECT

public:
    using ReadyCallback = std::function<void(const std::optional<ApiError> &error)>;

    using QObject::QObject;

    // Makes the credentials usable (fetches a token if needed), then calls done with nullopt or
    // the error, either immediately or later from the event loop. done is dropped if context dies.
    virtual void prepare(const QObject *context, ReadyCallback done) = 0;
    // Adds the authentication headers to a request that already carries every other header it
    // will be sent with, and the exact body.
    virtual void authorize(QNetworkRequest &request, const QByteArray &method,
                           const QByteArray &body) const = 0;
    // A 401 came back for a request authorized with the current credentials. Returns true when
    // fresh credentials may help (a token is dropped and will be fetched again): the client then
    // prepares again and retries that call once, never more.
    virtual bool invalidate() { return false; }
    // A project id learnt while authenticating (IAM token scoped by project name), else empty.
    virtual QString knownProjectId() const { return {}; }

    // The client's transport: an authenticator that needs the network (TokenProvider) sends its
    // calls through it, like every other call. Set by the client.
    void attach(ApiTransport *transport);

protected:
    ApiTransport *transport() const;

private:
    QPointer<ApiTransport> m_transport;
};

class AkSkAuthenticator : public Authenticator
{
    Q_OBJECT

public:
    AkSkAuthenticator(const QString &accessKey, const QString &secretKey,
                      const QString &securityToken = {}, QObject *parent = nullptr);

    void prepare(const QObject *context, ReadyCallback done) override;
    void authorize(QNetworkRequest &request, const QByteArray &method,
                   const QByteArray &body) const override;

    // Tests: a fixed clock for X-Sdk-Date. Invalid: the system clock.
    void setClockForTesting(const QDateTime &now) { m_fixedNow = now; }

private:
    Signer m_signer;
    QDateTime m_fixedNow;
};

} // namespace keystage
