#include "core/api/tokenprovider.h"

#include "core/api/apilog.h"
#include "core/api/codecs.h"
#include "core/api/replyguard.h"

#include <QNetworkReply>
#include <QRegularExpression>

namespace keystage {

TokenProvider::TokenProvider(QNetworkAccessManager *nam, Settings settings, QObject *parent)
    : Authenticator(parent)
    , m_nam(nam)
    , m_settings(std::move(settings))
{}

TokenProvider::~TokenProvider()
{
    if (m_reply)
        abandonReply(m_reply, this);
    m_settings.password.fill(QChar(u'\0'));
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
    QUrl url = m_settings.iamEndpoint;
    url.setPath(url.path().remove(QRegularExpression(QStringLiteral("/+$")))
                + QStringLiteral("/v3/auth/tokens"));
    url.setQuery(QStringLiteral("nocatalog=true"));
    QNetworkRequest request(url);
    request.setRawHeader(QByteArrayLiteral("Content-Type"),
                         QByteArrayLiteral("application/json;charset=UTF-8"));
    request.setTransferTimeout(m_settings.transferTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    // HTTP/1.1 like the SDKs: the signed Host header is sent as a real header.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    QByteArray body
            = codec::iamPasswordTokenBody(m_settings.domain, m_settings.user, m_settings.password,
                                          m_settings.projectId, m_settings.projectName);
    ++m_tokenRequests;
    m_issuedAt = QDateTime::currentDateTimeUtc();
    m_reply = m_nam->post(request, body);
    body.fill('\0');
    qCDebug(lcApi) << "POST" << url.path() << "(IAM token request)";
    connect(m_reply, &QNetworkReply::finished, this, &TokenProvider::onTokenReply);
    QNetworkReply *reply = m_reply;
    watchAnswerSize(reply, DefaultMaxAnswerBytes, this, [this, reply] {
        if (m_reply != reply)
            return;
        m_reply = nullptr;
        abandonReply(reply, this);
        notifyWaiters(answerTooLarge(DefaultMaxAnswerBytes));
    });
}

void TokenProvider::onTokenReply()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QString requestId = QString::fromLatin1(reply->rawHeader("X-Request-Id"));
    if (requestId.isEmpty())
        requestId = QString::fromLatin1(reply->rawHeader("X-IAM-Trace-Id"));
    const QByteArray body = reply->readAll();
    qCDebug(lcApi) << "POST" << reply->url().path() << status << "request id" << requestId;
    if (status == 0) {
        const ApiError error = ApiError::noResponse(*reply);
        notifyWaiters(error);
        return;
    }
    if (status < 200 || status >= 300) {
        notifyWaiters(ApiError::fromHttp(status, body, requestId));
        return;
    }
    ApiResult<IamToken> token
            = codec::iamTokenFromResponse(body, reply->rawHeader("X-Subject-Token"));
    if (!token) {
        ApiError error = token.error();
        error.httpStatus = status;
        error.requestId = requestId;
        notifyWaiters(error);
        return;
    }
    m_token = token.value();
    // A clock skew must not make the token look expired: measure its lifetime from now.
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
