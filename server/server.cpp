// SPDX-License-Identifier: Apache-2.0
#include "server.h"

#include "guardedtcpserver.h"
#include "seed.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QRandomGenerator>
#include <QStringDecoder>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>
#include <memory>

Q_LOGGING_CATEGORY(lcHttp, "csmslocal.http", QtWarningMsg)

namespace csmslocal {

Server::Server(const Config &config, std::function<qint64()> clock, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_config(config)
    , m_clock(clock)
    , m_service(m_store, clock)
    , m_iam(config, clock)
    , m_verifier({{config.accessKey, config.secretKey}}, clock)
{}

Server::~Server() = default;

bool Server::open(QString *error)
{
    if (!m_store.open(m_config.dataFile, error))
        return false;
    if (m_config.seedDemo > 0 && m_store.secretCount() == 0)
        return seedDemoData(m_service, m_config.seedDemo, error);
    return true;
}

quint16 Server::start()
{
    auto *tcp = new GuardedTcpServer(m_config.maxBodyBytes, this);
    if (!tcp->listen(QHostAddress(m_config.listenHost), m_config.listenPort)) {
        delete tcp;
        return 0;
    }
    bind(tcp);
    return tcp->serverPort();
}

HttpResponse Server::json(int status, const QJsonObject &body)
{
    return HttpResponse{status, QJsonDocument(body).toJson(QJsonDocument::Compact), {}};
}

HttpResponse Server::gatewayError(int status, const QString &code, const QString &message,
                                  const QByteArray &requestId)
{
    return json(status, {{QStringLiteral("error_code"), code},
                         {QStringLiteral("error_msg"), message},
                         {QStringLiteral("request_id"), QString::fromLatin1(requestId)}});
}

HttpResponse Server::routeAbsent(const QByteArray &requestId)
{
    return gatewayError(404, QStringLiteral("APIGW.0101"),
                        QStringLiteral("The API does not exist or has not been published in the "
                                       "environment."),
                        requestId);
}

HttpResponse Server::toResponse(const Outcome &outcome, bool nested) const
{
    if (outcome.isError()) {
        const QJsonObject error{{QStringLiteral("error_code"), outcome.errorCode},
                                {QStringLiteral("error_msg"), outcome.errorMsg}};
        // Not found: 404 by default, or 400 as Huawei's error table lists CSMS.0005 / CSMS.0106.
        const int status = outcome.status == 404 ? m_config.notFoundStatus : outcome.status;
        return json(status, nested ? QJsonObject{{QStringLiteral("error"), error}} : error);
    }
    if (outcome.emptyBody)
        return HttpResponse{outcome.status, {}, {}};
    return json(outcome.status, outcome.body);
}

namespace {

QByteArray methodName(const QHttpServerRequest &request)
{
    return QByteArray(QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(
                              int(request.method())))
            .toUpper();
}

} // namespace

std::optional<HttpResponse> Server::authenticate(const Incoming &in, const QByteArray &requestId,
                                                 bool iamShape)
{
    const auto reject = [&](const QString &message) {
        if (iamShape)
            return json(401, Iam::errorBody(401, QStringLiteral("Unauthorized"), message));
        return gatewayError(401, QStringLiteral("APIG.0301"), message, requestId);
    };
    const QByteArray token = in.request->value("X-Auth-Token");
    if (!token.isEmpty()) {
        QString reason;
        if (m_iam.verifyToken(token, &reason))
            return std::nullopt;
        if (reason.isEmpty())
            reason = QStringLiteral("Incorrect IAM authentication information: the token is not "
                                    "valid for this project.");
        // --invalid-token-status 400: CSMS itself refuses the token (CSMS.0301, HTTP 400).
        if (!iamShape && m_config.invalidTokenStatus == 400)
            return toResponse(Outcome::error(400, QStringLiteral("CSMS.0301"), reason),
                              in.segments.value(2) == QLatin1String("csms"));
        return reject(reason);
    }
    // Signed with the method the client sent (a HEAD is routed as a GET).
    SignedRequest signedRequest{methodName(*in.request), in.rawPath, in.rawQuery,
                                in.request->headers(), in.request->body()};
    const AkSkVerifier::Verdict verdict = m_verifier.verify(signedRequest);
    if (verdict.ok())
        return std::nullopt;
    if (verdict.result == AkSkVerifier::Result::NotSigned)
        return reject(QStringLiteral("Incorrect IAM authentication information: no X-Auth-Token "
                                     "and no AK/SK signature."));
    return reject(verdict.message);
}

bool Server::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer elapsed;
    elapsed.start();
    const QByteArray requestId = QUuid::createUuid().toString(QUuid::Id128).toLatin1();
    Incoming in;
    in.request = &request;
    const QByteArray method = methodName(request);
    // HEAD answers what GET would, with the same headers and no body (RFC 9110, 9.3.2).
    const bool isHead = method == "HEAD";
    in.method = isHead ? QByteArray("GET") : method;
    const QUrl url = request.url();
    in.rawPath = url.path(QUrl::FullyEncoded).toLatin1();
    in.rawQuery = url.query(QUrl::FullyEncoded).toLatin1();
    const bool isV1 = in.rawPath.startsWith("/v1/");

    if (isV1 && m_config.faultDropRate > 0
        && QRandomGenerator::global()->generateDouble() < m_config.faultDropRate) {
        qCInfo(lcHttp) << method << in.rawPath << "dropped (fault injection)" << requestId;
        socket->abort();
        return true;
    }
    HttpResponse response;
    if (isV1 && m_config.fault429Rate > 0
        && QRandomGenerator::global()->generateDouble() < m_config.fault429Rate) {
        response = gatewayError(429, QStringLiteral("APIGW.0308"),
                                QStringLiteral("The throttling threshold has been reached: policy "
                                               "user over ratelimit, limit:10, time:1 second"),
                                requestId);
        response.headers << qMakePair(QByteArray("Retry-After"), QByteArray("1"));
    } else if (request.body().size() > m_config.maxBodyBytes) {
        response = json(413, {{QStringLiteral("error_code"), QStringLiteral("CSMS.0004")},
                              {QStringLiteral("error_msg"),
                               QStringLiteral("The request body is larger than %1 bytes.")
                                       .arg(m_config.maxBodyBytes)}});
    } else {
        response = dispatch(in, requestId);
    }
    response.headers << qMakePair(QByteArray("X-Request-Id"), requestId);
    qCInfo(lcHttp).noquote() << method << QString::fromLatin1(in.rawPath) << response.status
                             << elapsed.elapsed() << "ms" << requestId;

    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    const auto write = [responder, response, isHead]() {
        responder->writeStatusLine(QHttpServerResponder::StatusCode(response.status));
        if (!response.body.isEmpty())
            responder->writeHeader("Content-Type", "application/json;charset=UTF-8");
        for (const auto &[name, value] : response.headers)
            responder->writeHeader(name, value);
        responder->writeHeader("Content-Length", QByteArray::number(response.body.size()));
        responder->writeBody(isHead ? QByteArray() : response.body);
    };
    if (isV1 && m_config.faultLatencyMs > 0)
        QTimer::singleShot(m_config.faultLatencyMs, socket, write);
    else
        write();
    return true;
}

void Server::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest answers every request; this is only reached if Qt calls it directly.
    const QByteArray requestId = QUuid::createUuid().toString(QUuid::Id128).toLatin1();
    HttpResponse r = routeAbsent(requestId);
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode::NotFound);
    responder.writeHeader("Content-Type", "application/json;charset=UTF-8");
    responder.writeHeader("X-Request-Id", requestId);
    responder.writeHeader("Content-Length", QByteArray::number(r.body.size()));
    responder.writeBody(r.body);
}

HttpResponse Server::dispatch(Incoming &in, const QByteArray &requestId)
{
    QByteArray path = in.rawPath.mid(1);
    if (path.endsWith('/'))
        path.chop(1);
    for (const QByteArray &raw : path.split('/')) {
        const QByteArray bytes = QByteArray::fromPercentEncoding(raw);
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString segment = decoder.decode(bytes);
        if (decoder.hasError())
            return json(400, {{QStringLiteral("error_code"), QStringLiteral("CSMS.0003")},
                              {QStringLiteral("error_msg"),
                               QStringLiteral("The request path is not valid UTF-8.")}});
        in.segments << segment;
    }
    if (in.segments.value(0) == QLatin1String("v1"))
        return routeV1(in, requestId);
    if (in.segments.value(0) == QLatin1String("v3"))
        return routeIam(in, requestId);
    return routeAbsent(requestId);
}

} // namespace csmslocal
