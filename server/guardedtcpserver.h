// SPDX-License-Identifier: Apache-2.0
// GuardedTcpServer: the framing guard in front of QHttpServer 6.4. Qt reads a whole request, a
// chunked body too, into memory before any handler runs, and when a head breaks one of its parser
// limits it silently drops every header of the request. This server follows each connection's
// byte stream as it arrives (each request head, then its body skipped by count, so the next
// pipelined head is found too) and answers before Qt reads a request whose head is malformed
// (400), too large (414, 431), has a transfer coding other than chunked (501) or announces a body
// over the limit (413). A chunked body is decoded by the guard itself (RFC 9112, 7.1), counted
// against the same limit as it arrives (413 past it, 400 when malformed), and handed to Qt as
// the same request with a Content-Length. A refused connection drains, for a bounded time, and
// closes.
#pragma once

#include "chunkeddecoder.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QTcpServer>
#include <memory>

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
        bool chunked = false; // Transfer-Encoding: chunked, de-chunked by the guard
        bool expectContinue = false; // Expect: 100-continue (answered by the guard when chunked)
        QByteArray reframedHead; // chunked: the head without Transfer-Encoding and Expect
    };
    // A chunked request the guard decodes before Qt sees any of it.
    struct Dechunker
    {
        explicit Dechunker(qint64 maxBodyBytes)
            : decoder(maxBodyBytes)
        {}
        ChunkedDecoder decoder;
        QByteArray head; // the re-framed head, without its Content-Length and blank line
        qint64 headEnd = 0; // stream position just past the chunked request's own head
        bool expectContinue = false;
        bool isHead = false;
        bool takenOver = false; // its head has been taken out of the socket
    };
    // Per-connection state. Positions count bytes from the start of the connection's stream.
    struct Framing
    {
        qint64 received = 0; // bytes the socket has delivered (as Qt's parser sees the stream)
        qint64 framed = 0; // bytes the guard has framed (heads checked, bodies skipped)
        qint64 consumed = 0; // bytes Qt's parser has read (measured after each of its reads)
        qint64 headStart = 0; // where the current request begins (before any blank lines)
        QByteArray head; // the current head so far, when it spans reads
        qint64 bodyLeft = 0; // body bytes of the current request still to come
        Verdict refusal; // status != 0: the request at headStart is refused
        qint64 refusedEnd = -1; // where the refused request ends; -1 when unknown
        std::unique_ptr<Dechunker> chunked; // the request at headStart is chunked
        // An incomplete head, taken out of the socket while it arrives: Qt reads a head only
        // once it is complete (a chunked one, never), so it never holds half of one.
        QByteArray held;
    };

    void inspect(QTcpSocket *socket, Framing &framing);
    void afterQt(QTcpSocket *socket, Framing &framing);
    // Puts a held incomplete head back in front of the bytes that follow it, and takes it out
    // again when it is still incomplete and Qt would read it next.
    static void restoreHeld(QTcpSocket *socket, Framing &framing);
    static void holdPartialHead(QTcpSocket *socket, Framing &framing);
    // Frames what the socket holds past framing.framed; stops at a chunked head.
    void frame(QTcpSocket *socket, Framing &framing);
    // Decodes the chunked request at headStart once Qt has read everything before it; true when
    // the request was handed back to Qt re-framed with a Content-Length.
    bool dechunk(QTcpSocket *socket, Framing &framing);

    qsizetype frameHead(Framing &framing, QByteArrayView fresh, qint64 position);
    Verdict checkHead(QByteArrayView head) const;
    static Verdict checkPartialHead(QByteArrayView head);
    static Verdict checkRequestLine(QByteArrayView line);
    // A head with Transfer-Encoding: chunked is let through to the guard's decoder; anything
    // else is refused (400, or 501 for a coding csms-local does not decode).
    static Verdict checkCodings(Verdict verdict, const QByteArray &codings, bool hasLength,
                                bool http10, const QByteArray &reframedHead, bool expectContinue);
    void refuse(QTcpSocket *socket, const Framing &framing);

    qint64 m_maxBodyBytes;
};

} // namespace csmslocal
