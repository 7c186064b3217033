// SPDX-License-Identifier: Apache-2.0
// ApiTransport (internal to core/api): runs the calls of one CsmsClient, CSMS and IAM alike (the
// IAM token request and the project lookup are ordinary calls with an endpoint kind and an
// "unauthenticated" flag): one road to the network. Queue with a limit on calls in flight and two
// priorities, authentication, project id resolution, sending, retries, the one re-authentication
// after a rejected credential, the one fallback of a request whose route is absent, timeouts,
// logging and the callFinished record.
#pragma once

#include "core/api/apicallrecord.h"
#include "core/api/apierror.h"
#include "core/api/apireply.h"
#include "core/api/csmsclient.h"
#include "core/api/replyguard.h"
#include "core/api/retrypolicy.h"
#include "core/profile/profile.h"

#include <QElapsedTimer>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <deque>
#include <functional>
#include <memory>

namespace keystage {

class Authenticator;

struct ApiRequest
{
    enum class Endpoint {
        Csms, // {csms endpoint}/v1/{project_id}/segments...
        Iam, // {iam endpoint}/segments...
    };

    QByteArray method;
    Endpoint endpoint = Endpoint::Csms;
    QUrl baseUrl; // empty: the profile's endpoint of that kind
    QStringList segments; // plain text, percent-encoded when sent
    QList<QPair<QString, QString>> query;
    QByteArray body; // sent with Content-Type application/json;charset=UTF-8 unless bodiless
    bool hasBody = false;
    bool idempotent = false;
    bool bulk = false;
    ErrorSubject subject;
    bool localOnly = false; // authenticate and resolve the project, send nothing
    bool readOnly = false; // a POST that changes nothing (the resource search): not a write
    bool needsProject = true;
    // Sent without credentials (the IAM token request itself); never re-authenticated.
    bool unauthenticated = false;
    // Made by the client for other calls (a token, the project id): starts at once, without
    // waiting for a slot, since the calls holding the slots may be waiting for it.
    bool system = false;
    // Response headers the decoder reads (ApiReply::responseHeader), e.g. X-Subject-Token.
    QList<QByteArray> responseHeaders;
    // Sent instead, once, when the gateway answers that this route does not exist
    // (ApiError::isRouteAbsent); onFallback is told when that happens.
    std::shared_ptr<ApiRequest> fallback;
    std::function<void()> onFallback;
};

class ApiTransport : public QObject
{
    Q_OBJECT

public:
    ApiTransport(QNetworkAccessManager *nam, const Profile &profile, Authenticator *authenticator,
                 CsmsClient *client);
    ~ApiTransport() override;

    void submit(ApiReply *reply, ApiRequest request);

    Authenticator *authenticator() const { return m_authenticator; }
    QString projectId() const;
    int maxInFlight() const { return m_maxInFlight; }
    void setMaxInFlight(int limit);
    int inFlight() const { return m_inFlight; }
    int queued() const;
    int transferTimeoutMs() const { return m_transferTimeoutMs; }
    void setTransferTimeoutMs(int ms) { m_transferTimeoutMs = qMax(1, ms); }
    const RetryPolicy &retryPolicy() const { return m_retryPolicy; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    qint64 maxResponseBytes() const { return m_maxResponseBytes; }
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = qMax<qint64>(1024, bytes); }

private:
    struct Call;
    using CallPtr = std::shared_ptr<Call>;

    std::deque<CallPtr> &queueFor(const ApiRequest &request);
    void schedulePump();
    void pump();
    void start(const CallPtr &call);
    void afterAuth(const CallPtr &call);
    void send(const CallPtr &call);
    void onNetworkFinished(const CallPtr &call, QNetworkReply *reply);
    void retryLater(const CallPtr &call, qint64 delayMs);
    void finish(const CallPtr &call, const std::optional<ApiError> &error, const QByteArray &body);
    void cancel(const CallPtr &call);
    void refuseOversized(const CallPtr &call, QNetworkReply *reply);
    void dropNetwork(const CallPtr &call);
    void releaseSlot(const CallPtr &call);
    void ensureProject(const CallPtr &call,
                       std::function<void(const std::optional<ApiError> &)> done);
    bool reauthenticate(const CallPtr &call, const ApiError &error);
    bool fallBack(const CallPtr &call, const ApiError &error);
    QUrl urlFor(const ApiRequest &request) const;

    QNetworkAccessManager *m_nam;
    Profile m_profile;
    QPointer<Authenticator> m_authenticator;
    CsmsClient *m_client;
    RetryPolicy m_retryPolicy;
    int m_maxInFlight = 8;
    int m_inFlight = 0;
    int m_transferTimeoutMs = 30000;
    qint64 m_maxResponseBytes = DefaultMaxAnswerBytes;
    bool m_pumpScheduled = false;
    std::deque<CallPtr> m_system; // started at the next pump, whatever the limit
    std::deque<CallPtr> m_interactive;
    std::deque<CallPtr> m_bulk;
    QList<CallPtr> m_active; // holding a slot, or waiting for a back-off
    QString m_resolvedProjectId;
    QPointer<Reply<QString>> m_projectReply; // the one project lookup in flight
};

} // namespace keystage
