#include "guardedtcpserver.h"

#include <QTcpSocket>
#include <QTimer>
#include <QUuid>
#include <memory>

namespace csmslocal {

GuardedTcpServer::GuardedTcpServer(qint64 maxBodyBytes, QObject *parent)
    : QTcpServer(parent)
    , m_maxBodyBytes(maxBodyBytes)
{}

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    // Responses go out in more than one write (headers, body): without TCP_NODELAY, Nagle's
    // algorithm can hold the last segment until the client's delayed ACK (up to 40 ms).
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    // Connected before QAbstractHttpServer connects its own slot, so this runs first.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { inspect(socket); });
    addPendingConnection(socket);
}

void GuardedTcpServer::inspect(QTcpSocket *socket)
{
    const QByteArray head = socket->peek(8192);
    const qsizetype end = head.indexOf("\r\n\r\n");
    static const QByteArray methods[] = {"POST ", "PUT ", "PATCH ", "GET ", "DELETE "};
    if (end < 0 || std::none_of(std::begin(methods), std::end(methods), [&](const QByteArray &m) {
            return head.startsWith(m);
        }))
        return;
    for (const QByteArray &line : head.left(end).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon < 0 || line.left(colon).trimmed().toLower() != "content-length")
            continue;
        bool ok = false;
        const qint64 length = line.mid(colon + 1).trimmed().toLongLong(&ok);
        if (!ok || length <= m_maxBodyBytes)
            return;
        const QByteArray requestId = QUuid::createUuid().toString(QUuid::Id128).toLatin1();
        const QByteArray body = "{\"error_code\":\"CSMS.0004\",\"error_msg\":\"The request body is "
                                "larger than "
                                + QByteArray::number(m_maxBodyBytes) + " bytes.\"}";
        socket->write("HTTP/1.1 413 Payload Too Large\r\nContent-Type: application/json;"
                      "charset=UTF-8\r\nConnection: close\r\nX-Request-Id: "
                      + requestId + "\r\nContent-Length: " + QByteArray::number(body.size())
                      + "\r\n\r\n" + body);
        // Nothing of this request reaches the HTTP parser: the body is read and dropped (a client
        // still uploading would otherwise see a reset instead of the 413), then the connection
        // closes.
        disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
        auto remaining = std::make_shared<qint64>(end + 4 + length);
        const auto drain = [socket, remaining] {
            *remaining -= socket->skip(socket->bytesAvailable());
            if (*remaining <= 0)
                socket->disconnectFromHost();
        };
        connect(socket, &QTcpSocket::readyRead, socket, drain);
        QTimer::singleShot(30000, socket, [socket] { socket->abort(); });
        drain();
        return;
    }
}

} // namespace csmslocal
