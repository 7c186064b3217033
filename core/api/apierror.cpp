// SPDX-License-Identifier: Apache-2.0
#include "core/api/apierror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <initializer_list>

namespace keystage {

namespace {

struct ParsedBody
{
    QString code;
    QString message;
    QString requestId;
};

QString textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

// The Go SDK's strategy (core/sdkerr/errors.go): top-level error_code + error_msg, then
// code + message, then the same inside nested objects (and a details array), depth first.
bool findError(const QJsonObject &object, ParsedBody &out, int depth)
{
    if (depth > 4)
        return false;
    if (out.requestId.isEmpty())
        out.requestId = object.value(QLatin1String("request_id")).toString();
    const QString errorCode = textOf(object.value(QLatin1String("error_code")));
    const QString errorMsg = object.value(QLatin1String("error_msg")).toString();
    if (!errorCode.isEmpty() || !errorMsg.isEmpty()) {
        out.code = errorCode;
        out.message = errorMsg;
        return true;
    }
    const QString code = textOf(object.value(QLatin1String("code")));
    const QString message = object.value(QLatin1String("message")).toString();
    if (!code.isEmpty() && !message.isEmpty()) {
        out.code = code;
        out.message = message;
        return true;
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isObject() && findError(it.value().toObject(), out, depth + 1))
            return true;
        if (it.value().isArray()) {
            const QJsonArray array = it.value().toArray();
            if (!array.isEmpty() && array.first().isObject()
                && findError(array.first().toObject(), out, depth + 1)) {
                return true;
            }
        }
    }
    if (!message.isEmpty()) {
        out.message = message;
        return true;
    }
    return false;
}

ApiError::Kind kindForStatus(int status)
{
    using Kind = ApiError::Kind;
    switch (status) {
    case 400:
    case 422:
        return Kind::Validation;
    case 401:
        return Kind::Unauthorized;
    case 403:
        return Kind::Forbidden;
    case 404:
    case 410:
        return Kind::NotFound;
    case 409:
    case 412:
        return Kind::Conflict;
    case 408:
        return Kind::Timeout;
    case 429:
        return Kind::RateLimited;
    default:
        break;
    }
    if (status >= 500)
        return Kind::Server;
    return Kind::BadResponse;
}

// The number of a gateway code: "APIG.0308" and "APIGW.0308" both give "0308"; else empty.
QStringView gatewayNumber(const QString &code)
{
    for (const QLatin1String prefix : {QLatin1String("APIG."), QLatin1String("APIGW.")}) {
        if (code.startsWith(prefix))
            return QStringView(code).mid(prefix.size());
    }
    return {};
}

bool isCode(const QString &code, std::initializer_list<const char *> codes)
{
    for (const char *c : codes) {
        if (code == QLatin1String(c))
            return true;
    }
    return false;
}

ApiError::Kind kindFor(int status, const QString &code)
{
    using Kind = ApiError::Kind;
    const QStringView gateway = gatewayNumber(code);
    if (!gateway.isEmpty()) {
        // API Gateway codes (APIG.* and APIGW.* alike), whatever the HTTP status.
        if (gateway == u"0308")
            return Kind::RateLimited;
        if (gateway == u"0301" || gateway == u"0303" || gateway == u"0305" || gateway == u"0307")
            return Kind::Unauthorized;
        // A 404 from the gateway is an API it does not route (APIG.0101), not a missing secret.
        if (status == 404 || gateway == u"0101")
            return Kind::Validation;
        return kindForStatus(status);
    }
    if (status == 404 || isCode(code, {"CSMS.0005", "CSMS.0106"}))
        return Kind::NotFound;
    if (isCode(code, {"CSMS.0202", "CSMS.0203", "CSMS.0204"}))
        return Kind::Quota;
    if (status == 429)
        return Kind::RateLimited;
    if (isCode(code, {"CSMS.0103", "CSMS.0107", "CSMS.0108", "CSMS.0109"}))
        return Kind::Conflict;
    if (code == QLatin1String("CSMS.0301")) // invalid X-Auth-Token, answered with 400
        return Kind::Unauthorized;
    return kindForStatus(status);
}

QString quoted(const QString &name)
{
    return name.isEmpty() ? ApiError::tr("(unnamed)") : name;
}

// A message specific to the code and to what the request was about.
QString messageFor(const QString &code, ApiError::Kind kind, const ErrorSubject &s,
                   const QString &serverMessage)
{
    using Kind = ApiError::Kind;
    const QString secret = quoted(s.secretName);
    if (code == QLatin1String("CSMS.0105"))
        return ApiError::tr("Stage %1 is built in and cannot be deleted").arg(quoted(s.stageName));
    if (code == QLatin1String("CSMS.0106"))
        return ApiError::tr("Secret %1 does not exist").arg(secret);
    if (code == QLatin1String("CSMS.0203"))
        return ApiError::tr("Secret %1 already has the maximum number of stages (12)").arg(secret);
    if (code == QLatin1String("CSMS.0204"))
        return ApiError::tr("Too many stages: a secret can have at most 12");
    if (code == QLatin1String("CSMS.0202"))
        return ApiError::tr("The secret quota of this project has been reached");
    if (code == QLatin1String("CSMS.0107"))
        return ApiError::tr("Secret %1 is already scheduled for deletion").arg(secret);
    if (code == QLatin1String("CSMS.0108"))
        return ApiError::tr("Secret %1 is not scheduled for deletion").arg(secret);
    if (code == QLatin1String("CSMS.0103"))
        return ApiError::tr("Secret %1 is pending deletion and cannot be used").arg(secret);
    if (code == QLatin1String("CSMS.0109"))
        return ApiError::tr("Secret %1 is not enabled, so this operation is refused").arg(secret);
    if (code == QLatin1String("CSMS.0401"))
        return ApiError::tr("KMS could not encrypt or decrypt the value of secret %1").arg(secret);
    const QStringView gateway = gatewayNumber(code);
    if (gateway == u"0308")
        return ApiError::tr("Too many requests: the service is throttling this account");
    if (gateway == u"0301" || code == QLatin1String("CSMS.0301"))
        return ApiError::tr("The credentials were rejected (access key, signature or token)");

    if (kind == Kind::NotFound) {
        if (!s.stageName.isEmpty())
            return ApiError::tr("Stage %1 of secret %2 does not exist").arg(s.stageName, secret);
        if (!s.versionId.isEmpty())
            return ApiError::tr("Version %1 of secret %2 does not exist").arg(s.versionId, secret);
        if (!s.tagKey.isEmpty())
            return ApiError::tr("Tag %1 does not exist").arg(s.tagKey);
        if (!s.eventName.isEmpty())
            return ApiError::tr("Event %1 does not exist").arg(s.eventName);
        if (!s.secretName.isEmpty())
            return ApiError::tr("Secret %1 does not exist").arg(secret);
        return ApiError::tr("The requested resource does not exist");
    }
    switch (kind) {
    case Kind::Validation:
        if (!serverMessage.isEmpty())
            return ApiError::tr("The service rejected the request: %1").arg(serverMessage);
        return ApiError::tr("The service rejected the request as invalid");
    case Kind::Unauthorized:
        return ApiError::tr("Authentication failed: check the access key, secret key or password");
    case Kind::Forbidden:
        return ApiError::tr("Access denied: the account may lack the permission, or the project "
                            "id is wrong");
    case Kind::Conflict:
        return ApiError::tr("The request conflicts with the current state of secret %1")
                .arg(secret);
    case Kind::RateLimited:
        return ApiError::tr("Too many requests: the service asked to slow down");
    case Kind::Quota:
        return ApiError::tr("A quota has been reached");
    case Kind::Timeout:
        return ApiError::tr("The service timed out");
    case Kind::Server:
        return ApiError::tr("The service failed to handle the request");
    default:
        return ApiError::tr("The service answered with an unexpected response");
    }
}

QString limited(QString text)
{
    text = text.simplified();
    if (text.size() > 300)
        text = text.left(300) + QStringLiteral("…");
    return text;
}

} // namespace

ApiError ApiError::fromHttp(int status, const QByteArray &body, const QString &requestId,
                            const ErrorSubject &subject)
{
    ParsedBody parsed;
    QJsonParseError jsonError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &jsonError);
    if (jsonError.error == QJsonParseError::NoError && document.isObject())
        findError(document.object(), parsed, 0);

    ApiError error;
    error.httpStatus = status;
    error.code = parsed.code.left(64);
    error.serverMessage = limited(parsed.message);
    error.requestId = requestId.isEmpty() ? parsed.requestId.left(128) : requestId;
    error.kind = kindFor(status, error.code);
    if (error.isRouteAbsent())
        error.message = tr("The service has no such operation at this address");
    else
        error.message = messageFor(error.code, error.kind, subject, error.serverMessage);
    return error;
}

ApiError ApiError::fromNetwork(QNetworkReply::NetworkError networkError, const QUrl &url)
{
    // Host and port only: never the path, query or user info of the URL, nor Qt's error string.
    // ("host", "host:port", "[::1]:port")
    const QString host
            = url.host().isEmpty() ? QString() : url.adjusted(QUrl::RemoveUserInfo).authority();
    const bool named = !host.isEmpty();
    ApiError error;
    error.kind = Kind::Network;
    switch (networkError) {
    case QNetworkReply::ConnectionRefusedError:
        error.message = named ? tr("%1 refused the connection").arg(host)
                              : tr("The service refused the connection");
        break;
    case QNetworkReply::RemoteHostClosedError:
        error.message = named ? tr("%1 closed the connection unexpectedly").arg(host)
                              : tr("The service closed the connection unexpectedly");
        break;
    case QNetworkReply::HostNotFoundError:
        error.message = named ? tr("The host name %1 could not be resolved").arg(host)
                              : tr("The service host name could not be resolved");
        break;
    case QNetworkReply::TimeoutError:
        error.kind = Kind::Timeout;
        error.message = named ? tr("The connection to %1 timed out").arg(host)
                              : tr("The connection to the service timed out");
        break;
    case QNetworkReply::SslHandshakeFailedError:
        error.message = named ? tr("The secure connection to %1 failed: its certificate was not "
                                   "accepted")
                                        .arg(host)
                              : tr("The secure connection failed: the service's certificate was "
                                   "not accepted");
        break;
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        error.message
                = named ? tr("%1 redirected to another host; credentials were not sent").arg(host)
                        : tr("The service redirected to another host; credentials were "
                             "not sent");
        break;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        error.message = named ? tr("The proxy failed to connect to %1").arg(host)
                              : tr("The proxy failed to connect to the service");
        break;
    default:
        error.message = named ? tr("The network request to %1 failed (error %2)")
                                        .arg(host, QString::number(int(networkError)))
                              : tr("The network request failed (error %1)").arg(int(networkError));
        break;
    }
    return error;
}

ApiError ApiError::noResponse(const QNetworkReply &reply)
{
    return reply.error() == QNetworkReply::OperationCanceledError
                   ? timeout()
                   : fromNetwork(reply.error(), reply.url());
}

ApiError ApiError::timeout()
{
    ApiError error;
    error.kind = Kind::Timeout;
    error.message = tr("The service did not answer in time");
    return error;
}

ApiError ApiError::cancelled()
{
    ApiError error;
    error.kind = Kind::Cancelled;
    error.message = tr("The request was cancelled");
    return error;
}

ApiError ApiError::badResponse(const QString &detail, int httpStatus, const QString &requestId)
{
    ApiError error;
    error.kind = Kind::BadResponse;
    error.httpStatus = httpStatus;
    error.requestId = requestId;
    error.message = tr("The service sent a response Keystage does not understand: %1").arg(detail);
    return error;
}

ApiError ApiError::validation(const QString &message)
{
    ApiError error;
    error.kind = Kind::Validation;
    error.message = message;
    return error;
}

bool ApiError::isGatewayCode() const
{
    return !gatewayNumber(code).isEmpty();
}

bool ApiError::isRouteAbsent() const
{
    const QStringView gateway = gatewayNumber(code);
    return !gateway.isEmpty() && (httpStatus == 404 || gateway == u"0101");
}

QString ApiError::summary() const
{
    QStringList details;
    if (!code.isEmpty())
        details << code;
    else if (httpStatus != 0)
        details << tr("HTTP %1").arg(httpStatus);
    if (!requestId.isEmpty())
        details << tr("request id %1").arg(requestId);
    if (details.isEmpty())
        return message;
    return tr("%1 (%2)").arg(message, details.join(QStringLiteral(", ")));
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Network:
        return QStringLiteral("Network");
    case Kind::Timeout:
        return QStringLiteral("Timeout");
    case Kind::Unauthorized:
        return QStringLiteral("Unauthorized");
    case Kind::Forbidden:
        return QStringLiteral("Forbidden");
    case Kind::NotFound:
        return QStringLiteral("NotFound");
    case Kind::Conflict:
        return QStringLiteral("Conflict");
    case Kind::RateLimited:
        return QStringLiteral("RateLimited");
    case Kind::Quota:
        return QStringLiteral("Quota");
    case Kind::Validation:
        return QStringLiteral("Validation");
    case Kind::Server:
        return QStringLiteral("Server");
    case Kind::BadResponse:
        return QStringLiteral("BadResponse");
    case Kind::Cancelled:
        return QStringLiteral("Cancelled");
    }
    return QStringLiteral("Unknown");
}

} // namespace keystage
