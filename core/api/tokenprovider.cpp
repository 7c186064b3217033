// SPDX-License-Identifier: Apache-2.0
#include "core/api/tokenprovider.h"

#include "core/api/apilog.h"
#include "core/api/apitransport.h"
#include "core/api/codecs.h"

namespace keystage {

TokenProvider::TokenProvider(QNetworkAccessManager *nam, Settings settings, QObject *parent)
    : Authenticator(parent)
    , m_nam(nam)
    , m_settings(std::move(settings))
{}

TokenProvider::~TokenProvider()
{
    if (m_reply)
        m_reply->abort();
    m_settings.password.fill(QChar(u'\0'));
    m_token.token.fill('\0');
}

qint64 TokenProvider::refreshMarginMs(const QDateTime &issuedAt, const QDateTime &expiresAt)
{
    const qint64 lifetime = qMax<qint64>(0, issuedAt.msecsTo(expiresAt));
    return qMin<qint64>(10 * 60 * 1000, lifetime / 5);
}

bool TokenProvider::hasValidToken() const
{
    if (m_token.token.isEmpty() || !m_token.expiresAt.isValid())
        return false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return now.msecsTo(m_token.expiresAt) > refreshMarginMs(m_issuedAt, m_token.expiresAt);
}

void TokenProvider::prepare(const QObject *context, ReadyCallback done)
{
    if (hasValidToken()) {
        done(std::nullopt);
        return;
    }
    m_waiters.append({context, std::move(done)});
    if (!m_reply)
        requestToken();
}

void TokenProvider::authorize(QNetworkRequest &request, const QByteArray &,
                              const QByteArray &) const
{
    request.setRawHeader(QByteArrayLiteral("X-Auth-Token"), m_token.token);
}

bool TokenProvider::invalidate()
{
    m_token = {};
    return true;
}

void TokenProvider::requestToken()
{
    if (m_settings.iamEndpoint.isEmpty() || m_settings.user.isEmpty()
        || m_settings.password.isEmpty()) {
        notifyWaiters(ApiError{ApiError::Kind::Unauthorized,
                               0,
                               {},
                               tr("The profile has no IAM endpoint, user or password"),
                               {},
                               {}});
        return;
    }
    ApiTransport *road = transport();
    if (!road) {
        notifyWaiters(ApiError::validation(tr("The token provider is not attached to a client")));
        return;
    }
    ApiRequest r;
    r.method = "POST";
    r.endpoint = ApiRequest::Endpoint::Iam;
    r.baseUrl = m_settings.iamEndpoint;
    r.segments = {QStringLiteral("v3"), QStringLiteral("auth"), QStringLiteral("tokens")};
    r.query.append({QStringLiteral("nocatalog"), QStringLiteral("true")});
    r.body = codec::iamPasswordTokenBody(m_settings.domain, m_settings.user, m_settings.password,
                                         m_settings.projectId, m_settings.projectName);
    r.hasBody = true;
    r.needsProject = false;
    r.unauthenticated = true;
    r.system = true;
    r.responseHeaders = {QByteArrayLiteral("X-Subject-Token")};
    auto *reply = new Reply<IamToken>(
            r.method,
            [](const QByteArray &body, const ApiReply &answer) {
                return codec::iamTokenFromResponse(body, answer.responseHeader("X-Subject-Token"));
            },
            this);
    ++m_tokenRequests;
    m_issuedAt = QDateTime::currentDateTimeUtc();
    m_reply = reply;
    reply->then(this, [this, reply](const ApiResult<IamToken> &result) {
        if (m_reply == reply) {
            m_reply = nullptr;
            onTokenReply(result);
        }
    });
    road->submit(reply, std::move(r));
}

void TokenProvider::onTokenReply(const ApiResult<IamToken> &result)
{
    if (!result) {
        notifyWaiters(result.error());
        return;
    }
    m_token = result.value();
    Q_EMIT tokenRefreshed(m_token.expiresAt);
    notifyWaiters(std::nullopt);
}

void TokenProvider::notifyWaiters(const std::optional<ApiError> &error)
{
    if (error)
        Q_EMIT tokenFailed(*error);
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters) {
        if (waiter.context)
            waiter.done(error);
    }
}

} // namespace keystage
