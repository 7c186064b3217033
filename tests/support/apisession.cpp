// SPDX-License-Identifier: Apache-2.0
#include "apisession.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <memory>
#include <vector>

namespace keystage::test {

ApiSession::ApiSession(CsmsLocal &server)
    : m_server(server)
{}

bool ApiSession::authenticate()
{
    m_token = m_server.iamToken();
    return !m_token.isEmpty();
}

QList<QPair<QByteArray, QByteArray>> ApiSession::authHeaders(bool withBody) const
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!m_token.isEmpty())
        headers.append({"X-Auth-Token", m_token.toLatin1()});
    headers.append({"Content-Type", withBody ? QByteArray("application/json;charset=UTF-8")
                                             : QByteArray("application/json")});
    return headers;
}

HttpResult ApiSession::get(const QString &rest)
{
    return send("GET", rest);
}

HttpResult ApiSession::post(const QString &rest, const QByteArray &body)
{
    return send("POST", rest, body);
}

HttpResult ApiSession::put(const QString &rest, const QByteArray &body)
{
    return send("PUT", rest, body);
}

HttpResult ApiSession::del(const QString &rest)
{
    return send("DELETE", rest);
}

HttpResult ApiSession::send(const QByteArray &method, const QString &rest, const QByteArray &body,
                            const QList<QPair<QByteArray, QByteArray>> &extraHeaders)
{
    const HttpCall c = call(method, rest, body);
    return httpRequest(m_nam, c.method, c.url, c.body, c.headers + extraHeaders);
}

HttpResult ApiSession::sendPath(const QByteArray &method, const QString &path,
                                const QByteArray &body,
                                const QList<QPair<QByteArray, QByteArray>> &extraHeaders)
{
    QUrl url = m_server.baseUrl();
    const int query = path.indexOf(QLatin1Char('?'));
    url.setPath(query < 0 ? path : path.left(query));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    return httpRequest(m_nam, method, url, body, authHeaders(!body.isEmpty()) + extraHeaders);
}

HttpCall ApiSession::call(const QByteArray &method, const QString &rest,
                          const QByteArray &body) const
{
    return HttpCall{method, m_server.apiUrl(rest), body, authHeaders(!body.isEmpty())};
}

QList<HttpResult> ApiSession::sendAll(const QList<HttpCall> &calls, int timeoutMs)
{
    std::vector<QNetworkReply *> replies;
    std::vector<std::unique_ptr<QSignalSpy>> spies;
    for (const HttpCall &c : calls) {
        QNetworkRequest request(c.url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        for (const auto &[name, value] : c.headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, c.method, c.body);
        spies.push_back(std::make_unique<QSignalSpy>(reply, &QNetworkReply::finished));
        replies.push_back(reply);
    }
    QDeadlineTimer deadline(timeoutMs);
    QList<HttpResult> results;
    for (size_t i = 0; i < replies.size(); ++i) {
        QNetworkReply *reply = replies[i];
        if (!reply->isFinished() && spies[i]->isEmpty())
            spies[i]->wait(int(qMax<qint64>(1, deadline.remainingTime())));
        HttpResult result;
        if (!reply->isFinished()) {
            reply->abort();
            result.networkError = QStringLiteral("timed out");
        } else {
            result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            result.body = reply->readAll();
            result.json = QJsonDocument::fromJson(result.body);
            for (const auto &[name, value] : reply->rawHeaderPairs())
                result.headers.insert(name.toLower(), value);
            if (reply->error() != QNetworkReply::NoError && result.status == 0)
                result.networkError = reply->errorString();
        }
        reply->deleteLater();
        results.append(result);
    }
    return results;
}

HttpResult ApiSession::createSecret(const QString &name, const QString &value)
{
    const QJsonObject body{{QStringLiteral("name"), name},
                           {QStringLiteral("secret_string"), value}};
    return post(QStringLiteral("secrets"), QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QJsonValue jsonAt(const QJsonDocument &doc, const QString &path)
{
    QJsonValue current = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    if (doc.isNull())
        return QJsonValue(QJsonValue::Undefined);
    const QStringList steps = path.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    for (const QString &step : steps) {
        bool isIndex = false;
        const int index = step.toInt(&isIndex);
        if (isIndex && current.isArray()) {
            const QJsonArray array = current.toArray();
            if (index < 0 || index >= array.size())
                return QJsonValue(QJsonValue::Undefined);
            current = array.at(index);
        } else if (current.isObject()) {
            const QJsonObject object = current.toObject();
            if (!object.contains(step))
                return QJsonValue(QJsonValue::Undefined);
            current = object.value(step);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return current;
}

QJsonValue jsonAt(const HttpResult &result, const char *path)
{
    return jsonAt(result.json, QString::fromLatin1(path));
}

bool isRecentMillis(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double ms = value.toDouble();
    if (ms != double(qint64(ms)))
        return false;
    const qint64 v = qint64(ms);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    return v >= 1000000000000LL && v <= 9999999999999LL && qAbs(now - v) < 86400000LL;
}

QByteArray describe(const HttpResult &result)
{
    QByteArray text = "HTTP " + QByteArray::number(result.status);
    if (!result.networkError.isEmpty())
        text += " (" + result.networkError.toUtf8() + ")";
    text += " body: " + result.body.left(400);
    return text;
}

} // namespace keystage::test
