// SPDX-License-Identifier: Apache-2.0
// ApiError: the one error type of the CSMS client. Built from an HTTP response (every error body
// shape of csms-api.md 3.1: flat, nested, API gateway, IAM) or from a network failure. The message
// is translated and specific; it never contains a secret value, a token, an SK, a password or an
// Authorization header.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QMetaType>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

namespace keystage {

// What the request was about, so that messages can name it ("Stage SYSCURRENT of secret db ...").
// Identifiers only.
struct ErrorSubject
{
    QString secretName;
    QString versionId;
    QString stageName;
    QString tagKey;
    QString eventName;
};

struct ApiError
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(keystage::ApiError)

public:
    enum class Kind {
        Network, // no HTTP response: refused, reset, DNS, TLS, proxy, redirect to another host
        Timeout, // the transfer timeout elapsed
        Unauthorized, // 401, APIG(W).0301, 400 CSMS.0301: bad AK/SK/token/password
        Forbidden, // 403 (permissions, wrong project, KMS refused)
        NotFound, // 404, or CSMS.0005 / CSMS.0106 (documented as 400); never a gateway code
        Conflict, // 409, or a state conflict: CSMS.0103/0107/0108/0109
        RateLimited, // 429, or APIG(W).0308 whatever the status
        Quota, // CSMS.0202/0203/0204
        Validation, // other 400s (CSMS.0002/0003/0004 ...), a gateway 404 (no such route) and
                    // refusals made locally
        Server, // 5xx
        BadResponse, // a response we cannot understand (status, body shape, field types)
        Cancelled, // aborted by the caller
    };
    Q_ENUM(Kind)

    Kind kind = Kind::BadResponse;
    int httpStatus = 0; // 0 when no HTTP response arrived
    QString code; // "CSMS.0105", "APIG.0308", IAM's numeric code as text; may be empty
    QString message; // translated, for people
    QString requestId; // X-Request-Id (or the gateway body's request_id, or X-IAM-Trace-Id)
    QString serverMessage; // error_msg / message as the server sent it (English), may be empty

    // Parses an error response. status is the HTTP status, body the raw body (any shape, or
    // garbage), requestId the X-Request-Id header value.
    static ApiError fromHttp(int status, const QByteArray &body, const QString &requestId = {},
                             const ErrorSubject &subject = {});
    // A transport failure. The message names the host (and port) of url when there is one, so
    // a wrong region or endpoint shows which one; nothing else of the URL, nor Qt's error
    // string (it may carry the whole URL), is kept.
    static ApiError fromNetwork(QNetworkReply::NetworkError error, const QUrl &url = {});
    // A finished reply that carries no HTTP status: Qt's transfer timeout (Keystage aborts only
    // calls it has already settled, so an abort that reaches here is the timeout) or
    // fromNetwork() for the reply's error and URL.
    static ApiError noResponse(const QNetworkReply &reply);
    static ApiError timeout();
    static ApiError cancelled();
    // The response was not what the API promises (detail names the field/shape, never a value).
    static ApiError badResponse(const QString &detail, int httpStatus = 0,
                                const QString &requestId = {});
    // A request refused before it was sent (a local rule), e.g. deleting SYSCURRENT.
    static ApiError validation(const QString &message);

    bool isNotFound() const { return kind == Kind::NotFound; }
    // The code comes from the API gateway (APIG.* or APIGW.*), not from CSMS.
    bool isGatewayCode() const;
    // The gateway has no route for the request (404 with a gateway code, or APIG(W).0101): the
    // operation does not exist at this address. Kind Validation.
    bool isRouteAbsent() const;
    // "message (CSMS.0105, request id 7f…)" for banners and logs.
    QString summary() const;
    static QString kindName(Kind kind); // "NotFound", for logs and tests
};

} // namespace keystage

Q_DECLARE_METATYPE(keystage::ApiError)
