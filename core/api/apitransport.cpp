// SPDX-License-Identifier: Apache-2.0
#include "core/api/apitransport.h"

#include "core/api/apilog.h"
#include "core/api/authenticator.h"
#include "core/api/codecs.h"
#include "core/version.h"

#include <QNetworkReply>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcApi, "keystage.api")

namespace keystage {

struct ApiTransport::Call
{
    QPointer<ApiReply> reply;
    ApiRequest request;
    int retries = 0;
    bool reauthenticated = false;
    bool holdsSlot = false;
    bool waitingBackoff = false;
    bool done = false;
    QElapsedTimer elapsed;
    QDateTime startedAt;
    QDateTime sentAt; // first on the wire (after the token and the project it waited for)
    QPointer<QNetworkReply> network;
    QPointer<QTimer> backoff;
    QString path;
    int status = 0;
    QString requestId;
};

ApiTransport::ApiTransport(QNetworkAccessManager *nam, const Profile &profile,
                           Authenticator *authenticator, CsmsClient *client)
    : m_nam(nam)
    , m_profile(profile)
    , m_authenticator(authenticator)
    , m_client(client)
{}

ApiTransport::~ApiTransport()
{
    const QList<CallPtr> active = m_active;
    for (const CallPtr &call : active) {
        call->done = true;
        if (QNetworkReply *network = std::exchange(call->network, nullptr))
            abandonReply(network, this);
    }
}

QString ApiTransport::projectId() const
{
    if (!m_profile.projectId.isEmpty())
        return m_profile.projectId;
    if (!m_resolvedProjectId.isEmpty())
        return m_resolvedProjectId;
    return m_authenticator ? m_authenticator->knownProjectId() : QString();
}

void ApiTransport::setMaxInFlight(int limit)
{
    m_maxInFlight = qMax(1, limit);
    schedulePump();
}

int ApiTransport::queued() const
{
    int backoffs = 0;
    for (const CallPtr &call : m_active)
        backoffs += call->waitingBackoff ? 1 : 0;
    return int(m_interactive.size() + m_bulk.size()) + backoffs;
}

void ApiTransport::submit(ApiReply *reply, ApiRequest request)
{
    auto call = std::make_shared<Call>();
    call->reply = reply;
    call->request = std::move(request);
    std::weak_ptr<Call> weak = call;
    connect(reply, &ApiReply::abortRequested, this, [this, weak] {
        if (CallPtr c = weak.lock())
            cancel(c);
    });
    connect(reply, &QObject::destroyed, this, [this, weak] {
        if (CallPtr c = weak.lock())
            cancel(c);
    });
    m_active.append(call);
    queueFor(call->request).push_back(call);
    schedulePump();
}

void ApiTransport::schedulePump()
{
    if (m_pumpScheduled)
        return;
    m_pumpScheduled = true;
    QMetaObject::invokeMethod(this, &ApiTransport::pump, Qt::QueuedConnection);
}

void ApiTransport::pump()
{
    m_pumpScheduled = false;
    while (!m_system.empty()) {
        const CallPtr call = m_system.front();
        m_system.pop_front();
        if (!call->done)
            start(call);
    }
    while (m_inFlight < m_maxInFlight && (!m_interactive.empty() || !m_bulk.empty())) {
        std::deque<CallPtr> &queue = m_interactive.empty() ? m_bulk : m_interactive;
        const CallPtr call = queue.front();
        queue.pop_front();
        if (!call->done)
            start(call);
    }
}

void ApiTransport::start(const CallPtr &call)
{
    if (!call->request.system) {
        call->holdsSlot = true;
        ++m_inFlight;
        Q_EMIT m_client->inFlightChanged(m_inFlight);
    }
    if (!call->elapsed.isValid()) {
        call->elapsed.start();
        call->startedAt = QDateTime::currentDateTimeUtc();
    }
    if (call->request.unauthenticated) {
        afterAuth(call);
        return;
    }
    if (!m_authenticator) {
        finish(call, ApiError::validation(tr("The client has no credentials")), {});
        return;
    }
    m_authenticator->prepare(this, [this, call](const std::optional<ApiError> &error) {
        if (call->done)
            return;
        if (error)
            finish(call, error, {});
        else
            afterAuth(call);
    });
}

void ApiTransport::afterAuth(const CallPtr &call)
{
    if (!call->request.needsProject) {
        send(call);
        return;
    }
    ensureProject(call, [this, call](const std::optional<ApiError> &error) {
        if (call->done)
            return;
        if (error)
            finish(call, error, {});
        else
            send(call);
    });
}

QUrl ApiTransport::urlFor(const ApiRequest &request) const
{
    const bool csms = request.endpoint == ApiRequest::Endpoint::Csms;
    QUrl url = !request.baseUrl.isEmpty() ? request.baseUrl
               : csms                     ? m_profile.effectiveCsmsEndpoint()
                                          : m_profile.effectiveIamEndpoint();
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (csms)
        path += QStringLiteral("/v1/") + QString::fromLatin1(QUrl::toPercentEncoding(projectId()));
    for (const QString &segment : request.segments)
        path += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(segment));
    url.setPath(path, QUrl::TolerantMode);
    if (!request.query.isEmpty()) {
        QUrlQuery query;
        for (const auto &item : request.query) {
            query.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(item.first)),
                               QString::fromLatin1(QUrl::toPercentEncoding(item.second)));
        }
        url.setQuery(query);
    }
    return url;
}

void ApiTransport::send(const CallPtr &call)
{
    if (call->request.localOnly) {
        finish(call, std::nullopt, {});
        return;
    }
    if (!call->sentAt.isValid())
        call->sentAt = QDateTime::currentDateTimeUtc();
    const ApiRequest &r = call->request;
    const QUrl url = urlFor(r);
    QNetworkRequest request(url);
    const bool withBody = r.hasBody || r.method == "POST" || r.method == "PUT";
    if (withBody) {
        request.setRawHeader(QByteArrayLiteral("Content-Type"),
                             QByteArrayLiteral("application/json;charset=UTF-8"));
    }
    if (r.endpoint == ApiRequest::Endpoint::Csms)
        request.setRawHeader(QByteArrayLiteral("X-Project-Id"), projectId().toLatin1());
    request.setRawHeader(QByteArrayLiteral("X-Language"), QByteArrayLiteral("en-us"));
    request.setRawHeader(QByteArrayLiteral("User-Agent"),
                         QByteArrayLiteral("keystage/") + versionString().toLatin1());
    request.setTransferTimeout(m_transferTimeoutMs);
    // A redirect to another origin fails (InsecureRedirectError): credentials never leave.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    // HTTP/1.1 like the SDKs: the signed Host header is sent as a real header.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!r.unauthenticated)
        m_authenticator->authorize(request, r.method, r.body);
    call->path = url.path(QUrl::FullyEncoded);
    QNetworkReply *reply = m_nam->sendCustomRequest(request, r.method, r.body);
    call->network = reply;
    connect(reply, &QNetworkReply::finished, this,
            [this, call, reply] { onNetworkFinished(call, reply); });
    watchAnswerSize(reply, m_maxResponseBytes, this, [this, call, reply] {
        if (call->network == reply)
            refuseOversized(call, reply);
    });
}

// The request id of any answer, CSMS or IAM, read in one order: X-Request-Id, then IAM's
// X-IAM-Trace-Id.
static QString requestIdOf(const QNetworkReply *reply)
{
    QByteArray id = reply->rawHeader("X-Request-Id");
    if (id.isEmpty())
        id = reply->rawHeader("X-IAM-Trace-Id");
    return QString::fromLatin1(id).left(128);
}

void ApiTransport::refuseOversized(const CallPtr &call, QNetworkReply *reply)
{
    call->status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    call->requestId = requestIdOf(reply);
    if (call->reply)
        call->reply->noteAttempt(call->path, call->status, call->requestId);
    dropNetwork(call);
    ApiError error = answerTooLarge(m_maxResponseBytes);
    error.httpStatus = call->status;
    error.requestId = call->requestId;
    finish(call, error, {});
}

void ApiTransport::onNetworkFinished(const CallPtr &call, QNetworkReply *reply)
{
    reply->deleteLater();
    if (call->done || call->network != reply)
        return;
    call->network = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();
    call->status = status;
    call->requestId = requestIdOf(reply);
    QByteArray body = reply->readAll();
    if (call->reply)
        call->reply->noteAttempt(call->path, status, call->requestId);

    // A 2xx whose transfer broke off (a stall past the transfer timeout, a connection closed
    // mid-body) is no answer: its partial body is never decoded as if it were whole, and the
    // retry policy sees a network failure, as for a call that got no status at all.
    const bool cutShort = networkError != QNetworkReply::NoError && int(networkError) < 100;
    if (status >= 200 && status < 300 && !cutShort) {
        if (call->reply) {
            for (const QByteArray &name : std::as_const(call->request.responseHeaders))
                call->reply->noteHeader(name, reply->rawHeader(name));
        }
        finish(call, std::nullopt, body);
        body.fill('\0'); // it may hold a secret value
        return;
    }
    ApiError error;
    if (status == 0 || cutShort) {
        error = ApiError::noResponse(*reply); // (done is set before we abort a call)
    } else if (status >= 300 && status < 400) {
        // Only same-origin redirects are followed: this one leads elsewhere and is not taken.
        error = ApiError::fromNetwork(QNetworkReply::InsecureRedirectError, reply->url());
        error.httpStatus = status;
        error.requestId = call->requestId;
    } else {
        error = ApiError::fromHttp(status, body, call->requestId, call->request.subject);
    }
    if (status != 0 && !cutShort && (reauthenticate(call, error) || fallBack(call, error)))
        return;
    if (error.isNotFound() && call->request.method == "DELETE" && call->retries > 0) {
        // An earlier attempt deleted it but its answer was lost (404 or 400 CSMS.0005/0106).
        finish(call, std::nullopt, {});
        return;
    }
    RetryAttempt attempt;
    attempt.idempotent = call->request.idempotent;
    attempt.retriesDone = call->retries;
    attempt.httpStatus = cutShort ? 0 : status;
    attempt.networkError = networkError;
    attempt.throttled = status != 0 && !cutShort && error.kind == ApiError::Kind::RateLimited;
    attempt.retryAfterMs = RetryPolicy::parseRetryAfter(reply->rawHeader("Retry-After"),
                                                        QDateTime::currentDateTimeUtc());
    if (const std::optional<qint64> delay = m_retryPolicy.nextDelay(attempt)) {
        retryLater(call, *delay);
        return;
    }
    finish(call, error, {});
}

// A rejected credential (401, 400 CSMS.0301, a gateway auth code) when fresh credentials may
// help: the call authenticates again and is sent again, once in its life.
bool ApiTransport::reauthenticate(const CallPtr &call, const ApiError &error)
{
    if (error.kind != ApiError::Kind::Unauthorized || call->reauthenticated
        || call->request.unauthenticated || !m_authenticator || !m_authenticator->invalidate()) {
        return false;
    }
    call->reauthenticated = true; // exactly once
    qCDebug(lcApi) << call->request.method << call->path << call->status << error.code
                   << "re-authenticating once";
    releaseSlot(call);
    start(call);
    return true;
}

// The gateway has no route for the request: its fallback, if it has one, is sent instead, once.
bool ApiTransport::fallBack(const CallPtr &call, const ApiError &error)
{
    if (!error.isRouteAbsent() || !call->request.fallback)
        return false;
    const ApiRequest next = *call->request.fallback;
    const std::function<void()> told = call->request.onFallback;
    qCDebug(lcApi) << call->request.method << call->path << call->status << error.code
                   << "route absent: sending" << next.method << "instead";
    call->request = next;
    if (told)
        told();
    releaseSlot(call);
    start(call);
    return true;
}

std::deque<ApiTransport::CallPtr> &ApiTransport::queueFor(const ApiRequest &request)
{
    if (request.system)
        return m_system;
    return request.bulk ? m_bulk : m_interactive;
}

void ApiTransport::retryLater(const CallPtr &call, qint64 delayMs)
{
    ++call->retries;
    qCDebug(lcApi) << call->request.method << call->path << call->status << "retry" << call->retries
                   << "in" << delayMs << "ms";
    releaseSlot(call);
    call->waitingBackoff = true;
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    call->backoff = timer;
    connect(timer, &QTimer::timeout, this, [this, call, timer] {
        timer->deleteLater();
        call->waitingBackoff = false;
        if (call->done)
            return;
        // Back in the queue ahead of calls that have not started yet.
        queueFor(call->request).push_front(call);
        schedulePump();
    });
    timer->start(int(qMin<qint64>(delayMs, 600000)));
}

void ApiTransport::releaseSlot(const CallPtr &call)
{
    if (!call->holdsSlot)
        return;
    call->holdsSlot = false;
    --m_inFlight;
    Q_EMIT m_client->inFlightChanged(m_inFlight);
    schedulePump();
}

void ApiTransport::cancel(const CallPtr &call)
{
    if (call->done)
        return;
    dropNetwork(call);
    finish(call, ApiError::cancelled(), {});
}

// Stops the call's network request without hearing from it again.
void ApiTransport::dropNetwork(const CallPtr &call)
{
    if (QNetworkReply *network = std::exchange(call->network, nullptr))
        abandonReply(network, this);
}

void ApiTransport::finish(const CallPtr &call, const std::optional<ApiError> &error,
                          const QByteArray &body)
{
    if (call->done)
        return;
    call->done = true;
    if (call->request.unauthenticated)
        call->request.body.fill('\0'); // the IAM password
    releaseSlot(call);
    if (call->backoff)
        call->backoff->deleteLater();
    call->waitingBackoff = false;
    m_active.removeOne(call);
    for (std::deque<CallPtr> *queue : {&m_system, &m_interactive, &m_bulk}) {
        for (auto it = queue->begin(); it != queue->end(); ++it) {
            if (*it == call) {
                queue->erase(it);
                break;
            }
        }
    }

    ApiCallRecord record;
    record.startedAt
            = call->startedAt.isValid() ? call->startedAt : QDateTime::currentDateTimeUtc();
    record.sentAt = call->sentAt;
    record.method = call->request.method;
    // A call that failed before it was sent (sign-in, project lookup) still names its path.
    record.path = call->path.isEmpty() && !call->request.localOnly
                          ? urlFor(call->request).path(QUrl::FullyEncoded)
                          : call->path;
    record.httpStatus = call->status;
    record.latencyMs = call->elapsed.isValid() ? call->elapsed.elapsed() : 0;
    record.attempts = call->retries + (call->path.isEmpty() ? 0 : 1);
    record.requestId = call->requestId;

    QPointer<ApiReply> reply = call->reply;
    if (reply) {
        if (error)
            reply->finishWithError(*error);
        else
            reply->finishWithBody(body);
    }
    std::optional<ApiError> outcome = error;
    if (!outcome && reply && !reply->isOk())
        outcome = reply->error();
    if (outcome) {
        record.errorKind = outcome->kind;
        record.code = outcome->code;
    }
    if (outcome && outcome->kind != ApiError::Kind::Cancelled
        && outcome->kind != ApiError::Kind::NotFound) {
        qCWarning(lcApi).noquote()
                << record.method << record.path << record.httpStatus
                << ApiError::kindName(outcome->kind) << outcome->code << record.latencyMs << "ms"
                << "request id" << record.requestId;
    } else {
        qCDebug(lcApi).noquote() << record.method << record.path << record.httpStatus
                                 << record.latencyMs << "ms"
                                 << "request id" << record.requestId;
    }
    Q_EMIT m_client->callFinished(record);
}

void ApiTransport::ensureProject(const CallPtr &call,
                                 std::function<void(const std::optional<ApiError> &)> done)
{
    Q_UNUSED(call);
    if (!projectId().isEmpty()) {
        done(std::nullopt);
        return;
    }
    if (m_profile.authMethod != AuthMethod::AkSk || m_profile.region.isEmpty()) {
        done(ApiError::validation(tr("The project id is unknown: set it in the profile")));
        return;
    }
    if (!m_projectReply) {
        // IAM GET /v3/projects?name={region}: an ordinary (signed, retried, logged) call.
        ApiRequest r;
        r.method = "GET";
        r.endpoint = ApiRequest::Endpoint::Iam;
        r.segments = {QStringLiteral("v3"), QStringLiteral("projects")};
        r.query.append({QStringLiteral("name"), m_profile.region});
        r.idempotent = true;
        r.needsProject = false;
        r.system = true;
        const QString region = m_profile.region;
        auto *reply = new Reply<QString>(
                r.method,
                [region](const QByteArray &body) {
                    return codec::projectIdFromProjectsBody(body, region);
                },
                this);
        m_projectReply = reply;
        connect(reply, &ApiReply::finished, this, [this, reply] {
            if (reply->isOk() && m_resolvedProjectId.isEmpty()) {
                m_resolvedProjectId = reply->result().value();
                Q_EMIT m_client->projectIdResolved(m_resolvedProjectId);
            }
        });
        submit(reply, std::move(r));
    }
    Reply<QString> *reply = m_projectReply;
    connect(reply, &ApiReply::finished, this, [reply, done = std::move(done)] {
        if (reply->isOk())
            done(std::nullopt);
        else
            done(reply->error());
    });
}

} // namespace keystage
