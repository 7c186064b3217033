// SPDX-License-Identifier: Apache-2.0
// Test harness addition: a client session against one csms-local (IAM token by default), with
// short helpers for CSMS v1 calls, parallel requests and JSON look-ups. Waits on signals only.
#pragma once

#include "csmslocal.h"

#include <QJsonValue>
#include <QList>
#include <QNetworkAccessManager>

namespace keystage::test {

// One request for ApiSession::sendAll().
struct HttpCall
{
    QByteArray method;
    QUrl url;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

class ApiSession
{
public:
    explicit ApiSession(CsmsLocal &server);

    // Fetches an IAM token for the sandbox user; false if the server refused it.
    bool authenticate();
    QString token() const { return m_token; }
    void setToken(const QString &token) { m_token = token; }
    QNetworkAccessManager &nam() { return m_nam; }
    CsmsLocal &server() { return m_server; }

    // `rest` is relative to /v1/{project_id}/ and may carry "?query". The token is sent as
    // X-Auth-Token; a body is sent as application/json;charset=UTF-8.
    HttpResult get(const QString &rest);
    HttpResult post(const QString &rest, const QByteArray &body);
    HttpResult put(const QString &rest, const QByteArray &body);
    HttpResult del(const QString &rest);
    HttpResult send(const QByteArray &method, const QString &rest, const QByteArray &body = {},
                    const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {});
    // A call on an absolute path of the server (e.g. /v3/auth/tokens), with the token.
    HttpResult sendPath(const QByteArray &method, const QString &path, const QByteArray &body = {},
                        const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {});

    // The headers a token-authenticated call carries.
    QList<QPair<QByteArray, QByteArray>> authHeaders(bool withBody) const;
    // A call description for sendAll() on the API path `rest`.
    HttpCall call(const QByteArray &method, const QString &rest, const QByteArray &body = {}) const;

    // Sends every call at once and waits until all have finished (at most timeoutMs overall).
    QList<HttpResult> sendAll(const QList<HttpCall> &calls, int timeoutMs = 60000);

    // POST /secrets with {"name": name, "secret_string": value}; the response.
    HttpResult createSecret(const QString &name, const QString &value = QStringLiteral("value"));

private:
    CsmsLocal &m_server;
    QNetworkAccessManager m_nam;
    QString m_token;
};

// The value at a dotted path in a JSON document: "secret.name", "version_metadatas.0.id".
// Undefined when any step is missing.
QJsonValue jsonAt(const QJsonDocument &doc, const QString &path);
QJsonValue jsonAt(const HttpResult &result, const char *path);

// True for a 13-digit millisecond timestamp within a day of now.
bool isRecentMillis(const QJsonValue &value);

// A short description of a response for failure messages: status, error code, start of body.
QByteArray describe(const HttpResult &result);

} // namespace keystage::test
