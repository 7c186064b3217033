// SPDX-License-Identifier: Apache-2.0
// ReplayServer: a small HTTP/1.1 server on a free loopback port that answers with canned bodies
// chosen by method and path, and counts the requests. For client tests that need answers a real
// csms-local does not give (Huawei's example responses verbatim, 400 not-found codes, gateway
// codes, odd field types); every behaviour csms-local can show is tested against csms-local too.
// Keep-alive and pipelining as QNetworkAccessManager uses them; bodies by Content-Length only.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QTcpServer>
#include <QUrl>

namespace keystage::test {

class ReplayServer : public QObject
{
public:
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers; // besides Content-Length and X-Request-Id
    };
    struct Request
    {
        QByteArray method;
        QString path; // as sent, percent-encoded, no query
        QString query;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };

    explicit ReplayServer(QObject *parent = nullptr);
    ~ReplayServer() override;

    bool listen(); // 127.0.0.1, a free port
    QUrl baseUrl() const;
    // http://127.0.0.1:PORT/v1/{projectId()}/ + rest, as a path for on() and count().
    static QString projectId() { return QStringLiteral("0123456789abcdef0123456789abcdef"); }
    static QString apiPath(const QString &rest);

    // Answers method+path (exact, without query) with answers in turn; the last one repeats.
    void on(const QByteArray &method, const QString &path, QList<Answer> answers);
    // What is served for requests nothing was set for: 404 with API Gateway's APIGW.0101 (the
    // route does not exist), as a real gateway answers.
    void setFallback(Answer answer) { m_fallback = std::move(answer); }

    int count(const QByteArray &method, const QString &path) const;
    int total() const { return int(m_requests.size()); }
    const QList<Request> &requests() const { return m_requests; }

    // Helpers for answers.
    static Answer json(int status, const QByteArray &body);
    static Answer error(int status, const QString &code, const QString &message = {});
    // A fixture of tests/core/fixtures/huawei/<operation>.json, or an empty body.
    static QByteArray fixture(const QString &operation);

private:
    void serve(QTcpSocket *socket);
    Answer answerFor(const Request &request);

    QTcpServer m_server;
    QHash<QString, QList<Answer>> m_answers; // "METHOD path"
    QHash<QString, int> m_served;
    QList<Request> m_requests;
    Answer m_fallback;
};

} // namespace keystage::test
