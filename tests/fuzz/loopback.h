// SPDX-License-Identifier: Apache-2.0
// One client connection to a server of this process (127.0.0.1 only): writes the chunks one
// event-loop turn apart (so the server reads them separately, mostly), half-closes, and reads
// until the server closes. The server runs in this thread, in the event loop run here.
#pragma once

#include <QCoreApplication>
#include <QEventLoop>
#include <QHostAddress>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

namespace keystage::fuzz {

struct Exchange
{
    QByteArray received;
    bool closed = false; // the server closed the connection (false: the time ran out)
};

inline Exchange exchange(quint16 port, const QList<QByteArray> &chunks, int timeoutMs = 10000)
{
    Exchange out;
    QTcpSocket socket;
    QEventLoop loop;
    qsizetype next = 0;
    const auto writeNext = [&] {
        if (socket.state() != QAbstractSocket::ConnectedState)
            return;
        if (next < chunks.size()) {
            socket.write(chunks.at(next++));
        } else if (socket.bytesToWrite() == 0) {
            ::shutdown(int(socket.socketDescriptor()), SHUT_WR);
            next = chunks.size() + 1; // once
        }
    };
    QObject::connect(&socket, &QTcpSocket::connected, &loop, [&] {
        socket.setSocketOption(QAbstractSocket::LowDelayOption, 1); // no Nagle delay per write
        writeNext();
    });
    QObject::connect(&socket, &QTcpSocket::bytesWritten, &loop, [&] {
        if (socket.bytesToWrite() == 0 && next <= chunks.size())
            QTimer::singleShot(0, &loop, writeNext);
    });
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop,
                     [&] { out.received += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, [&] {
        out.received += socket.readAll();
        out.closed = true;
        loop.quit();
    });
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop, [&] {
        if (socket.state() == QAbstractSocket::UnconnectedState) {
            out.received += socket.readAll();
            out.closed = true;
            loop.quit();
        }
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (chunks.isEmpty())
        QTimer::singleShot(0, &loop, writeNext);
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!out.closed)
        loop.exec();
    socket.abort();
    // The server's side of the connection is deleted later: now, so that a run frees what it
    // allocated (libFuzzer looks for leaks when it does not).
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return out;
}

// The responses in a received stream: status, headers (lower-case names), body by its
// Content-Length (none for the answers to HEAD requests: heads[i] is true for those). Returns false
// when the stream is not a sequence of well-formed responses (a truncated last one included).
struct Response
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[n, v] : headers) {
            if (n == name)
                return v;
        }
        return {};
    }
};

inline bool parseResponses(QByteArray stream, QList<Response> *out, QByteArray *why,
                           const QList<bool> &heads = {})
{
    while (!stream.isEmpty()) {
        const qsizetype end = stream.indexOf("\r\n\r\n");
        if (end < 0) {
            *why = "a response head without its end";
            return false;
        }
        const QList<QByteArray> lines = stream.left(end).split('\n');
        const QByteArray statusLine = lines.value(0).trimmed();
        if (!statusLine.startsWith("HTTP/1.1 ") || statusLine.size() < 12) {
            *why = "a status line that is not HTTP/1.1 NNN";
            return false;
        }
        Response r;
        bool ok = false;
        r.status = statusLine.mid(9, 3).toInt(&ok);
        if (!ok) {
            *why = "a status that is not a number";
            return false;
        }
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon <= 0) {
                *why = "a header line without a name";
                return false;
            }
            r.headers.append({lines.at(i).left(colon).trimmed().toLower(),
                              lines.at(i).mid(colon + 1).trimmed()});
        }
        const QByteArray lengthText = r.header("content-length");
        const qsizetype length = heads.value(out->size()) ? 0 : lengthText.toLongLong(&ok);
        if (!ok || length < 0) {
            *why = "no valid Content-Length";
            return false;
        }
        if (stream.size() < end + 4 + length) {
            *why = "a body shorter than its Content-Length";
            return false;
        }
        r.body = stream.mid(end + 4, length);
        stream.remove(0, end + 4 + length);
        out->append(r);
    }
    return true;
}

} // namespace keystage::fuzz
