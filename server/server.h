// SPDX-License-Identifier: Apache-2.0
// Server: csms-local's HTTP front. Every request goes through handleRequest, which assigns a
// request id, applies fault injection to /v1 routes, authenticates (IAM token or AK/SK), routes
// to the Service and writes the response with X-Request-Id (also on errors and unknown routes).
#pragma once

#include "akskverifier.h"
#include "config.h"
#include "iam.h"
#include "service.h"
#include "store.h"

#include <QAbstractHttpServer>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <functional>

class QHttpServerRequest;

namespace csmslocal {

struct HttpResponse
{
    int status = 200;
    QByteArray body; // empty: no body and no Content-Type
    QList<QPair<QByteArray, QByteArray>> headers;
};

class Server : public QAbstractHttpServer
{
    Q_OBJECT
public:
    // clock: ms since the epoch for tokens, signatures and timestamps (default: system clock).
    explicit Server(const Config &config, std::function<qint64()> clock = {},
                    QObject *parent = nullptr);
    ~Server() override;

    // Opens the store and seeds demo data when asked and the store is empty.
    bool open(QString *error);
    // Listens on the configured host and port; returns the bound port, 0 on failure.
    quint16 start();

    const Config &config() const { return m_config; }
    Service &service() { return m_service; }
    Iam &iam() { return m_iam; }
    AkSkVerifier &verifier() { return m_verifier; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Incoming
    {
        QByteArray method;
        QByteArray rawPath;
        QByteArray rawQuery;
        QStringList segments; // decoded path segments after the leading '/'
        const QHttpServerRequest *request = nullptr;
    };
    HttpResponse dispatch(Incoming &in, const QByteArray &requestId);
    HttpResponse routeV1(const Incoming &in, const QByteArray &requestId);
    HttpResponse routeIam(const Incoming &in, const QByteArray &requestId);
    // An error response when the request is not authenticated; nullopt when it is.
    std::optional<HttpResponse> authenticate(const Incoming &in, const QByteArray &requestId,
                                             bool iamShape);
    HttpResponse toResponse(const Outcome &outcome, bool nested) const;
    static HttpResponse json(int status, const QJsonObject &body);
    // 404 APIGW.0101, the gateway's answer for a route it does not know.
    static HttpResponse routeAbsent(const QByteArray &requestId);
    static HttpResponse gatewayError(int status, const QString &code, const QString &message,
                                     const QByteArray &requestId);

    Config m_config;
    std::function<qint64()> m_clock;
    Store m_store;
    Service m_service;
    Iam m_iam;
    AkSkVerifier m_verifier;
};

} // namespace csmslocal
