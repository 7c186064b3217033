// SPDX-License-Identifier: Apache-2.0
#include "replayserver.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

namespace keystage::test {

namespace {

QString keyOf(const QByteArray &method, const QString &path)
{
    return QString::fromLatin1(method) + QLatin1Char(' ') + path;
}

QByteArray reasonFor(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    default:
        return "Status";
    }
}

} // namespace

ReplayServer::ReplayServer(QObject *parent)
    : QObject(parent)
    , m_fallback(error(404, QStringLiteral("APIGW.0101"), QStringLiteral("The API does not exist")))
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

ReplayServer::~ReplayServer() = default;

bool ReplayServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl ReplayServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

QString ReplayServer::apiPath(const QString &rest)
{
    return QStringLiteral("/v1/") + projectId() + QLatin1Char('/') + rest;
}

void ReplayServer::on(const QByteArray &method, const QString &path, QList<Answer> answers)
{
    m_answers.insert(keyOf(method, path), std::move(answers));
    m_served.remove(keyOf(method, path));
}

int ReplayServer::count(const QByteArray &method, const QString &path) const
{
    int n = 0;
    for (const Request &request : m_requests)
        n += request.method == method && request.path == path ? 1 : 0;
    return n;
}

ReplayServer::Answer ReplayServer::json(int status, const QByteArray &body)
{
    return Answer{status, body, {{"Content-Type", "application/json;charset=UTF-8"}}};
}

ReplayServer::Answer ReplayServer::error(int status, const QString &code, const QString &message)
{
    QJsonObject object{{QStringLiteral("error_code"), code},
                       {QStringLiteral("error_msg"),
                        message.isEmpty() ? QStringLiteral("replayed error") : message}};
    return json(status, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QByteArray ReplayServer::fixture(const QString &operation)
{
    QFile file(QStringLiteral(KEYSTAGE_SOURCE_DIR "/tests/core/fixtures/huawei/%1.json")
                       .arg(operation));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

ReplayServer::Answer ReplayServer::answerFor(const Request &request)
{
    const QString key = keyOf(request.method, request.path);
    const auto it = m_answers.constFind(key);
    if (it == m_answers.constEnd() || it->isEmpty())
        return m_fallback;
    const int served = m_served.value(key);
    m_served.insert(key, served + 1);
    return it->at(qMin(served, int(it->size()) - 1));
}

void ReplayServer::serve(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    for (;;) {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            break;
        const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
        Request request;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        const QByteArray target = requestLine.value(1);
        const qsizetype question = target.indexOf('?');
        request.path = QString::fromLatin1(question < 0 ? target : target.left(question));
        request.query = question < 0 ? QString() : QString::fromLatin1(target.mid(question + 1));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                request.headers.insert(line.left(colon).trimmed().toLower(),
                                       line.mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length").toLongLong();
        if (buffer.size() < headEnd + 4 + length)
            break; // the body has not arrived yet
        request.body = buffer.mid(headEnd + 4, length);
        buffer.remove(0, headEnd + 4 + length);
        m_requests.append(request);
        const Answer answer = answerFor(request);
        QByteArray out = "HTTP/1.1 " + QByteArray::number(answer.status) + ' '
                         + reasonFor(answer.status) + "\r\n";
        out += "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\n";
        out += "X-Request-Id: replay-" + QByteArray::number(m_requests.size()) + "\r\n";
        for (const auto &header : answer.headers)
            out += header.first + ": " + header.second + "\r\n";
        out += "\r\n" + answer.body;
        socket->write(out);
    }
    socket->setProperty("buffer", buffer);
}

} // namespace keystage::test
