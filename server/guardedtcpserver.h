// GuardedTcpServer: the framing guard in front of QHttpServer 6.4. Qt reads a whole request, a
// chunked body too, into memory before any handler runs, and when a head breaks one of its parser
// limits it silently drops every header of the request. This server follows each connection's
// byte stream as it arrives (each request head, then its body skipped by count, so the next
// pipelined head is found too) and answers before Qt reads a request whose head is malformed
// (400), too large (414, 431), has a Transfer-Encoding (411) or announces a body over the limit
// (413). The connection then drains, for a bounded time, and closes.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QTcpServer>

class QTcpSocket;

namespace csmslocal {

class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    // Qt 6.4's QHttpHeaderParser drops every header of a request past one of these limits.
    static constexpr qsizetype maxHeaderFields = 100;
    static constexpr qsizetype maxHeaderFieldBytes = 100 * 1024; // name, ':' and value
    static constexpr qsizetype maxHeaderBlockBytes = 256 * 1024; // all header lines
    // Qt sets no limit on the request line; secret names and markers need far less than this.
    static constexpr qsizetype maxRequestLineBytes = 64 * 1024;
    // How long a refused connection is drained before it is aborted.
    static constexpr int lingerMs = 30000;

    explicit GuardedTcpServer(qint64 maxBodyBytes, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr handle) override;

private:
    // What the guard decides about one request head: status 0 lets it through to Qt.
    struct Verdict
    {
        int status = 0;
        QByteArray code;
        QByteArray message;
        qint64 bodyBytes = 0; // the Content-Length
        bool isHead = false; // a HEAD request: the answer carries no body
    };
    // Per-connection state. Positions count bytes from the start of the connection's stream.
    struct Framing
    {
        qint64 received = 0; // bytes the guard has seen
        qint64 consumed = 0; // bytes Qt's parser has read (measured after each of its reads)
        qint64 headStart = 0; // where the current request begins (before any blank lines)
        QByteArray head; // the current head so far, when it spans reads
        qint64 bodyLeft = 0; // body bytes of the current request still to come
        Verdict refusal; // status != 0: the request at headStart is refused
        qint64 refusedEnd = -1; // where the refused request ends; -1 when unknown
    };

    void inspect(QTcpSocket *socket, Framing &framing);
    void afterQt(QTcpSocket *socket, Framing &framing);
    qsizetype frameHead(Framing &framing, QByteArrayView fresh, qint64 position);
    Verdict checkHead(QByteArrayView head) const;
    static Verdict checkPartialHead(QByteArrayView head);
    static Verdict checkRequestLine(QByteArrayView line);
    void refuse(QTcpSocket *socket, const Framing &framing);

    qint64 m_maxBodyBytes;
};

} // namespace csmslocal
