// SPDX-License-Identifier: Apache-2.0
// CsmsClient: events, notification records and generated passwords (issue 19). The same road as
// every other call (ApiTransport: queued, authenticated, retried when idempotent, logged without
// bodies); the event routes answer the nested error shape, generate-password the flat one, and
// ApiError reads both.
#include "core/api/apitransport.h"
#include "core/api/authenticator.h"
#include "core/api/codecs.h"
#include "core/api/csmsclient.h"
#include "core/api/eventcodecs.h"

namespace keystage {

namespace {

const QString csms = QStringLiteral("csms");
const QString events = QStringLiteral("events");

ApiRequest eventRequest(const QByteArray &method, QStringList segments,
                        CsmsClient::Priority priority)
{
    ApiRequest r;
    r.method = method;
    r.segments = std::move(segments);
    // GET and DELETE are retried; a POST or PUT is not (the policy of every other call).
    r.idempotent = method == "GET" || method == "DELETE";
    r.bulk = priority == CsmsClient::Priority::Bulk;
    return r;
}

ApiRequest withJson(ApiRequest r, QByteArray body)
{
    r.body = std::move(body);
    r.hasBody = true;
    return r;
}

ErrorSubject aboutEvent(const QString &name)
{
    ErrorSubject s;
    s.eventName = name;
    return s;
}

// An answer about an event must name the one asked for.
Reply<SecretEvent>::Decoder eventNamed(const QString &name)
{
    return [name](const QByteArray &body) -> ApiResult<SecretEvent> {
        ApiResult<SecretEvent> event = codec::secretEventFromBody(body);
        if (event && event->name != name)
            return ApiError::badResponse(
                    CsmsClient::tr("the answer is about another event than the one asked for"));
        return event;
    };
}

template<typename T>
Reply<T> *send(ApiTransport *transport, CsmsClient *client, ApiRequest request,
               typename Reply<T>::Decoder decoder)
{
    auto *reply = new Reply<T>(request.method, std::move(decoder), client);
    transport->submit(reply, std::move(request));
    return reply;
}

} // namespace

Reply<SecretEventPage> *CsmsClient::listEvents(const QString &marker, int limit, Priority priority)
{
    ApiRequest r = eventRequest("GET", {csms, events}, priority);
    r.query.append({QStringLiteral("limit"),
                    QString::number(qBound(1, limit > 0 ? limit : m_profile.pageSize, 1000))});
    if (!marker.isEmpty())
        r.query.append({QStringLiteral("marker"), marker});
    return send<SecretEventPage>(m_transport.get(), this, r, codec::secretEventPageFromBody);
}

Reply<SecretEvent> *CsmsClient::showEvent(const QString &name, Priority priority)
{
    ApiRequest r = eventRequest("GET", {csms, events, name}, priority);
    r.subject = aboutEvent(name);
    return send<SecretEvent>(m_transport.get(), this, r, eventNamed(name));
}

Reply<SecretEvent> *CsmsClient::createEvent(const SecretEventRequest &request, Priority priority)
{
    ApiRequest r = withJson(eventRequest("POST", {csms, events}, priority), codec::toJson(request));
    r.subject = aboutEvent(request.name);
    return send<SecretEvent>(m_transport.get(), this, r, eventNamed(request.name));
}

Reply<SecretEvent> *CsmsClient::updateEvent(const QString &name, const SecretEventRequest &request,
                                            Priority priority)
{
    SecretEventRequest body = request;
    body.name.clear(); // the path names the event
    ApiRequest r
            = withJson(eventRequest("PUT", {csms, events, name}, priority), codec::toJson(body));
    r.subject = aboutEvent(name);
    return send<SecretEvent>(m_transport.get(), this, r, eventNamed(name));
}

Reply<NoContent> *CsmsClient::deleteEvent(const QString &name, Priority priority)
{
    ApiRequest r = eventRequest("DELETE", {csms, events, name}, priority);
    r.subject = aboutEvent(name);
    return send<NoContent>(m_transport.get(), this, r, codec::noContentFromBody);
}

Reply<NotificationRecordPage> *CsmsClient::listNotificationRecords(Priority priority)
{
    ApiRequest r = eventRequest("GET", {csms, QStringLiteral("notification-records")}, priority);
    return send<NotificationRecordPage>(m_transport.get(), this, r,
                                        codec::notificationRecordsFromBody);
}

Reply<GeneratedPassword> *CsmsClient::generatePassword(const PasswordRequest &request,
                                                       Priority priority)
{
    ApiRequest r
            = withJson(eventRequest("POST", {csms, QStringLiteral("generate-password")}, priority),
                       codec::toJson(request));
    return send<GeneratedPassword>(m_transport.get(), this, r, codec::generatedPasswordFromBody);
}

} // namespace keystage
