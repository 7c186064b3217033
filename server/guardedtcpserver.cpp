// SPDX-License-Identifier: Apache-2.0
#include "guardedtcpserver.h"

#include <QMetaObject>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>
#include <algorithm>
#include <memory>
#include <optional>

#if defined(Q_OS_UNIX)
#include <sys/socket.h>
#endif

namespace csmslocal {

namespace {

// Qt skips these before a request line (left over from a previous request).
bool isBlank(char c)
{
    return c == '\r' || c == '\n' || c == ' ' || c == '\t' || c == '\v';
}

// The index just past the blank line that ends a head ("\n\n" or "\n\r\n", the endings Qt
// accepts), searching from `from`; -1 when the head is not complete.
qsizetype headEnd(QByteArrayView bytes, qsizetype from)
{
    for (qsizetype i = bytes.indexOf('\n', from); i >= 0; i = bytes.indexOf('\n', i + 1)) {
        if (i + 1 < bytes.size() && bytes.at(i + 1) == '\n')
            return i + 2;
        if (i + 2 < bytes.size() && bytes.at(i + 1) == '\r' && bytes.at(i + 2) == '\n')
            return i + 3;
    }
    return -1;
}

// A plain non-negative decimal that fits in qint64 (no sign, no spaces inside, no list).
std::optional<qint64> plainLength(QByteArrayView value)
{
    if (value.isEmpty() || value.size() > 19
        || !std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    bool ok = false;
    const qint64 length = value.toLongLong(&ok);
    return ok ? std::optional<qint64>(length) : std::nullopt;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 411:
        return "Length Required";
    case 501:
        return "Not Implemented";
    case 413:
        return "Payload Too Large";
    case 414:
        return "URI Too Long";
    case 431:
        return "Request Header Fields Too Large";
    }
    return "Error";
}

QByteArray headersTooLarge(const QByteArray &what)
{
    return "The request headers are too large: " + what
           + " (csms-local reads headers with Qt 6.4, which allows at most "
           + QByteArray::number(GuardedTcpServer::maxHeaderFields) + " fields, "
           + QByteArray::number(GuardedTcpServer::maxHeaderFieldBytes) + " bytes per field, "
           + QByteArray::number(GuardedTcpServer::maxHeaderBlockBytes) + " bytes in all).";
}

QByteArray fieldTooLong(QByteArrayView name)
{
    return (name.size() <= 64 && isToken(name) ? "the field " + name.toByteArray()
                                               : QByteArray("a field"))
           + " is longer than " + QByteArray::number(GuardedTcpServer::maxHeaderFieldBytes)
           + " bytes";
}

// The request line of a head whose first '\n' is at lineEnd, without its '\r'.
QByteArrayView requestLine(QByteArrayView head, qsizetype lineEnd)
{
    QByteArrayView line = head.first(lineEnd);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

void shutdownWrite(QTcpSocket *socket)
{
#if defined(Q_OS_UNIX)
    ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
#else
    Q_UNUSED(socket);
#endif
}

} // namespace

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
    auto framing = std::make_shared<Framing>();
    // The guard's two slots surround the parser's: addPendingConnection() emits
    // pendingConnectionAvailable, and QAbstractHttpServer connects its readyRead slot there.
    connect(socket, &QTcpSocket::readyRead, this,
            [this, socket, framing] { inspect(socket, *framing); });
    addPendingConnection(socket);
    connect(socket, &QTcpSocket::readyRead, this,
            [this, socket, framing] { afterQt(socket, *framing); });
}

void GuardedTcpServer::inspect(QTcpSocket *socket, Framing &framing)
{
    restoreHeld(socket, framing);
    frame(socket, framing);
    while (framing.chunked && framing.refusal.status == 0 && dechunk(socket, framing))
        frame(socket, framing);
    // Refused before Qt reads it, but only once Qt has read the requests before it.
    if (framing.refusal.status != 0 && framing.consumed >= framing.headStart)
        refuse(socket, framing);
    else
        holdPartialHead(socket, framing);
}

void GuardedTcpServer::restoreHeld(QTcpSocket *socket, Framing &framing)
{
    if (framing.held.isEmpty())
        return;
    // Qt has read nothing since the head was held (the buffer was empty): a read transaction
    // it started is ended, else ungetChar() would only move the transaction back.
    if (socket->isTransactionStarted())
        socket->commitTransaction();
    for (qsizetype i = framing.held.size(); i-- > 0;)
        socket->ungetChar(framing.held.at(i));
    framing.received += framing.held.size();
    framing.held.clear();
}

void GuardedTcpServer::holdPartialHead(QTcpSocket *socket, Framing &framing)
{
    // All the unread bytes are blank lines and the start of the head: nothing follows an
    // incomplete head.
    if (framing.head.isEmpty() || framing.chunked || framing.refusal.status != 0
        || framing.consumed < framing.headStart
        || socket->state() != QAbstractSocket::ConnectedState)
        return;
    const qint64 available = socket->bytesAvailable();
    if (available == 0)
        return;
    if (socket->isTransactionStarted())
        socket->commitTransaction();
    framing.held += socket->read(available);
    framing.received -= available;
}

void GuardedTcpServer::frame(QTcpSocket *socket, Framing &framing)
{
    const qint64 available = socket->bytesAvailable();
    qint64 offset = framing.framed - framing.consumed; // the first new byte in the unread data
    QByteArray window; // the unread data, peeked only while a head is being read
    while (offset < available && framing.refusal.status == 0 && !framing.chunked) {
        if (framing.bodyLeft > 0) {
            const qint64 skipped = qMin(framing.bodyLeft, available - offset);
            framing.bodyLeft -= skipped;
            offset += skipped;
            if (framing.bodyLeft == 0)
                framing.headStart = framing.consumed + offset;
            continue;
        }
        if (window.size() <= offset)
            window = socket->peek(
                    qMin(available, offset + maxRequestLineBytes + maxHeaderBlockBytes + 8));
        offset += frameHead(framing, QByteArrayView(window).sliced(offset),
                            framing.consumed + offset);
    }
    // A chunked body is left to dechunk(): framing resumes after the re-framed request.
    framing.framed = framing.consumed + qMin(offset, available);
    framing.received = framing.consumed + available;
}

void GuardedTcpServer::afterQt(QTcpSocket *socket, Framing &framing)
{
    framing.consumed = framing.received - socket->bytesAvailable();
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;
    // Qt has just read the requests before a chunked one: its turn in this emission is over, so
    // a re-framed request is announced again.
    bool reframed = false;
    while (framing.chunked && framing.refusal.status == 0 && dechunk(socket, framing)) {
        reframed = true;
        frame(socket, framing);
    }
    if (reframed)
        QMetaObject::invokeMethod(socket, &QIODevice::readyRead, Qt::QueuedConnection);
    if (framing.refusal.status != 0 && framing.consumed >= framing.headStart)
        refuse(socket, framing);
    else
        holdPartialHead(socket, framing);
}

bool GuardedTcpServer::dechunk(QTcpSocket *socket, Framing &framing)
{
    Dechunker &d = *framing.chunked;
    if (framing.consumed < framing.headStart)
        return false; // Qt still reads the requests before it
    // Qt has read nothing of this request (at most blank lines before it); a read transaction
    // it started on an empty buffer is ended, so that the guard's reads take bytes out.
    if (socket->isTransactionStarted())
        socket->commitTransaction();
    if (!d.takenOver) {
        const qint64 headBytes = d.headEnd - framing.consumed;
        socket->skip(headBytes);
        framing.received -= headBytes;
        d.takenOver = true;
        if (d.expectContinue)
            socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    }
    ChunkedDecoder &decoder = d.decoder;
    while (socket->bytesAvailable() > 0 && decoder.result() == ChunkedDecoder::Result::NeedMore) {
        const QByteArray raw = socket->peek(qMin<qint64>(socket->bytesAvailable(), 64 * 1024));
        const qsizetype used = decoder.feed(raw);
        socket->skip(used);
        framing.received -= used;
    }
    if (decoder.result() == ChunkedDecoder::Result::NeedMore)
        return false;
    if (decoder.result() != ChunkedDecoder::Result::Done) {
        Verdict refusal;
        refusal.isHead = d.isHead;
        if (decoder.result() == ChunkedDecoder::Result::TooLarge) {
            refusal.status = 413;
            refusal.code = "CSMS.0004";
            refusal.message = "The request body is larger than "
                              + QByteArray::number(m_maxBodyBytes) + " bytes.";
        } else {
            refusal.status = 400;
            refusal.code = "CSMS.0003";
            refusal.message = "The chunked request body is malformed: " + decoder.error() + '.';
        }
        framing.refusal = refusal;
        framing.refusedEnd = -1;
        framing.chunked.reset();
        return false;
    }
    // The same request with a Content-Length, put back in front of what follows it.
    const QByteArray request = d.head
                               + "Content-Length: " + QByteArray::number(decoder.body().size())
                               + "\r\n\r\n" + decoder.body();
    for (qsizetype i = request.size(); i-- > 0;)
        socket->ungetChar(request.at(i));
    framing.received += request.size();
    framing.framed = framing.consumed + request.size();
    framing.headStart = framing.framed;
    framing.chunked.reset();
    return true;
}

qsizetype GuardedTcpServer::frameHead(Framing &framing, QByteArrayView fresh, qint64 position)
{
    const auto complete = [&](const Verdict &verdict, qint64 end) {
        if (verdict.status != 0) {
            framing.refusal = verdict;
            framing.refusedEnd = verdict.status == 413 ? end + verdict.bodyBytes : -1;
            return;
        }
        if (verdict.chunked) {
            auto dechunker = std::make_unique<Dechunker>(m_maxBodyBytes);
            dechunker->head = verdict.reframedHead;
            dechunker->headEnd = end;
            dechunker->expectContinue = verdict.expectContinue;
            dechunker->isHead = verdict.isHead;
            framing.chunked = std::move(dechunker);
            return;
        }
        framing.bodyLeft = verdict.bodyBytes;
        if (framing.bodyLeft == 0)
            framing.headStart = end;
    };
    if (framing.head.isEmpty()) {
        qsizetype blanks = 0;
        while (blanks < fresh.size() && isBlank(fresh.at(blanks)))
            ++blanks;
        const QByteArrayView rest = fresh.sliced(blanks);
        if (rest.isEmpty())
            return blanks;
        // The usual case: the whole head is in this read and is checked in place.
        if (const qsizetype end = headEnd(rest, 0); end >= 0) {
            complete(checkHead(rest.first(end)), position + blanks + end);
            return blanks + end;
        }
        framing.head = rest.toByteArray();
    } else {
        const qsizetype before = framing.head.size();
        framing.head.append(fresh);
        if (const qsizetype end = headEnd(framing.head, qMax<qsizetype>(0, before - 2)); end >= 0) {
            const Verdict verdict = checkHead(QByteArrayView(framing.head).first(end));
            framing.head.clear();
            complete(verdict, position + end - before);
            return end - before;
        }
    }
    if (Verdict verdict = checkPartialHead(framing.head); verdict.status != 0) {
        framing.head.clear();
        complete(verdict, -1);
    }
    return fresh.size();
}

GuardedTcpServer::Verdict GuardedTcpServer::checkRequestLine(QByteArrayView line)
{
    Verdict verdict;
    if (line.size() > maxRequestLineBytes) {
        verdict.status = 414;
        verdict.code = "CSMS.0003";
        verdict.message = "The request line is longer than "
                          + QByteArray::number(maxRequestLineBytes) + " bytes.";
        return verdict;
    }
    // METHOD SP request-target SP HTTP/1.x, each part as a client sends it (Qt's own check is
    // looser and, when it fails, closes the connection without an answer).
    const qsizetype first = line.indexOf(' ');
    const qsizetype second = first < 0 ? -1 : line.indexOf(' ', first + 1);
    const QByteArrayView target
            = second > first + 1 ? line.sliced(first + 1, second - first - 1) : QByteArrayView();
    const QByteArrayView version = second < 0 ? QByteArrayView() : line.sliced(second + 1);
    const bool targetOk = !target.isEmpty()
                          && std::none_of(target.begin(), target.end(),
                                          [](char c) { return uchar(c) <= 0x20 || c == 0x7f; });
    if (first <= 0 || !isToken(line.first(first)) || !targetOk
        || (version != "HTTP/1.1" && version != "HTTP/1.0")) {
        verdict.status = 400;
        verdict.code = "CSMS.0003";
        verdict.message = "The request line is not valid: METHOD /path HTTP/1.1 is expected.";
        return verdict;
    }
    verdict.isHead = line.first(first) == "HEAD";
    return verdict;
}

GuardedTcpServer::Verdict GuardedTcpServer::checkPartialHead(QByteArrayView head)
{
    const qsizetype lineEnd = head.indexOf('\n');
    if (lineEnd < 0) {
        Verdict verdict;
        if (head.size() > maxRequestLineBytes)
            verdict = checkRequestLine(head);
        return verdict;
    }
    Verdict verdict = checkRequestLine(requestLine(head, lineEnd));
    if (verdict.status != 0)
        return verdict;
    // Refused as soon as the head cannot fit: one field over its limit, or all of them.
    const QByteArrayView block = head.sliced(lineEnd + 1);
    const QByteArrayView last = block.sliced(block.lastIndexOf('\n') + 1);
    QByteArray what;
    if (last.size() > maxHeaderFieldBytes + 1)
        what = fieldTooLong(last.first(qMax<qsizetype>(0, last.indexOf(':'))));
    else if (block.size() > maxHeaderBlockBytes + 4)
        what = "they take more than " + QByteArray::number(maxHeaderBlockBytes) + " bytes";
    if (!what.isEmpty()) {
        verdict.status = 431;
        verdict.code = "CSMS.0003";
        verdict.message = headersTooLarge(what);
    }
    return verdict;
}

GuardedTcpServer::Verdict GuardedTcpServer::checkHead(QByteArrayView head) const
{
    const qsizetype lineEnd = head.indexOf('\n');
    Verdict verdict = checkRequestLine(requestLine(head, lineEnd));
    if (verdict.status != 0)
        return verdict;
    const auto refuse = [&](int status, const char *code, const QByteArray &message) {
        verdict.status = status;
        verdict.code = code;
        verdict.message = message;
        return verdict;
    };
    const auto tooLarge = [&](const QByteArray &what) {
        return refuse(431, "CSMS.0003", headersTooLarge(what));
    };
    const auto malformed = [&] {
        return refuse(400, "CSMS.0003",
                      "A request header line is malformed: Name: value is expected.");
    };
    const auto badLength = [&](const QByteArray &why) {
        return refuse(400, "CSMS.0003", "The Content-Length header is invalid: " + why + '.');
    };

    // The header block as Qt's QHttpHeaderParser::parseHeaders sees it, with its rules: where Qt
    // would fail (and drop every header), the guard answers instead.
    QByteArrayView block = head.sliced(lineEnd + 1);
    if (block.startsWith(' ') || block.startsWith('\t'))
        return malformed();
    while (const int tail = block.endsWith("\n\r\n") ? 2 : block.endsWith("\n\n") ? 1 : 0)
        block.chop(tail);
    if (block.size() - (block.endsWith("\r\n") ? 2 : 1) > maxHeaderBlockBytes)
        return tooLarge("they take more than " + QByteArray::number(maxHeaderBlockBytes)
                        + " bytes");
    std::optional<qint64> length;
    QByteArray codings; // every Transfer-Encoding value, as one list
    bool expectContinue = false;
    QByteArray kept; // the field lines but Transfer-Encoding and Expect, for a re-framed head
    qsizetype fields = 0;
    while (!block.isEmpty()) {
        const char *fieldStart = block.data();
        const qsizetype colon = block.indexOf(':');
        if (colon < 0) {
            if (fields == 0 && (block == "\n" || block == "\r\n"))
                break;
            return malformed();
        }
        if (fields >= maxHeaderFields)
            return tooLarge("more than " + QByteArray::number(maxHeaderFields) + " fields");
        const QByteArrayView name = block.first(colon);
        if (!isToken(name))
            return malformed();
        block = block.sliced(colon + 1);
        qsizetype space = maxHeaderFieldBytes - name.size() - 1;
        QByteArrayView value;
        bool folded = false;
        do {
            const qsizetype end = block.indexOf('\n');
            if (end < 0)
                return malformed();
            QByteArrayView part = block.first(end);
            if (part.endsWith('\r'))
                part.chop(1);
            space -= part.size();
            if (space < 0)
                return tooLarge(fieldTooLong(name));
            part = part.trimmed();
            if (!part.isEmpty() && !value.isEmpty())
                folded = true;
            else if (!part.isEmpty())
                value = part;
            block = block.sliced(end + 1);
        } while (block.startsWith(' ') || block.startsWith('\t'));
        ++fields;
        if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            const std::optional<qint64> parsed = folded ? std::nullopt : plainLength(value);
            if (!parsed)
                return badLength("a non-negative decimal number of at most 19 digits is expected");
            if (length && *length != *parsed)
                return badLength("it is given twice, with different values");
            length = parsed;
        } else if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
            codings += (codings.isEmpty() ? "" : ",") + value.toByteArray();
            continue;
        } else if (name.compare("expect", Qt::CaseInsensitive) == 0) {
            expectContinue = !folded && value.compare("100-continue", Qt::CaseInsensitive) == 0;
            continue;
        }
        kept += QByteArrayView(fieldStart, block.data() - fieldStart);
    }
    if (!codings.isEmpty())
        return checkCodings(verdict, codings, length.has_value(),
                            requestLine(head, lineEnd).endsWith("HTTP/1.0"),
                            requestLine(head, lineEnd).toByteArray() + "\r\n" + kept,
                            expectContinue);
    verdict.bodyBytes = length.value_or(0);
    if (verdict.bodyBytes > m_maxBodyBytes)
        return refuse(413, "CSMS.0004",
                      "The request body is larger than " + QByteArray::number(m_maxBodyBytes)
                              + " bytes.");
    return verdict;
}

GuardedTcpServer::Verdict GuardedTcpServer::checkCodings(Verdict verdict, const QByteArray &codings,
                                                         bool hasLength, bool http10,
                                                         const QByteArray &reframedHead,
                                                         bool expectContinue)
{
    const auto refuse = [&](int status, const QByteArray &message) {
        verdict.status = status;
        verdict.code = "CSMS.0003";
        verdict.message = message;
        return verdict;
    };
    // RFC 9112 6.1 and 6.3: chunked must be the last (here: the only) coding; a length beside
    // it, or a transfer coding in HTTP/1.0, makes the framing ambiguous.
    if (hasLength)
        return refuse(400, "The request has both a Content-Length and a Transfer-Encoding.");
    if (http10)
        return refuse(400, "HTTP/1.0 has no Transfer-Encoding.");
    QList<QByteArray> list = codings.split(',');
    for (QByteArray &coding : list)
        coding = coding.trimmed().toLower();
    list.removeAll(QByteArray());
    if (list != QList<QByteArray>{"chunked"}) {
        if (list.isEmpty() || list.last() != "chunked" || list.count("chunked") > 1)
            return refuse(400, "The Transfer-Encoding is not valid: chunked must be the final "
                               "coding, once.");
        return refuse(501, "The transfer coding " + list.first().left(64)
                                   + " is not supported: csms-local decodes chunked only.");
    }
    verdict.chunked = true;
    verdict.reframedHead = reframedHead;
    verdict.expectContinue = expectContinue;
    return verdict;
}

void GuardedTcpServer::refuse(QTcpSocket *socket, const Framing &framing)
{
    const Verdict verdict = framing.refusal;
    // What the client still sends of the refused request: known only for a 413.
    const qint64 left = framing.refusedEnd < 0 ? -1 : framing.refusedEnd - framing.consumed;
    // Nothing more reaches Qt's parser (or the guard).
    disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
    const QByteArray requestId = QUuid::createUuid().toString(QUuid::Id128).toLatin1();
    const QByteArray body
            = "{\"error_code\":\"" + verdict.code + "\",\"error_msg\":\"" + verdict.message + "\"}";
    socket->write("HTTP/1.1 " + QByteArray::number(verdict.status) + ' '
                  + reasonPhrase(verdict.status)
                  + "\r\nContent-Type: application/json;charset=UTF-8\r\nConnection: "
                    "close\r\nX-Request-Id: "
                  + requestId + "\r\nContent-Length: " + QByteArray::number(body.size())
                  + "\r\n\r\n" + (verdict.isHead ? QByteArray() : body));
    // Qt's parser may hold part of this head in a read transaction: end it, so that skipped
    // bytes are released.
    if (socket->isTransactionStarted())
        socket->commitTransaction();
    // The rest of the request is read and dropped, so the client sees the answer rather than a
    // reset. With a known length the connection closes after it; otherwise the server's side
    // is shut once the answer is out, and the client's close (or the timer) ends the drain.
    auto remaining = std::make_shared<qint64>(left);
    const auto drain = [socket, remaining] {
        const qint64 skipped = socket->skip(socket->bytesAvailable());
        if (*remaining < 0)
            return;
        *remaining -= skipped;
        if (*remaining <= 0)
            socket->disconnectFromHost();
    };
    connect(socket, &QTcpSocket::readyRead, socket, drain);
    if (left < 0) {
        const auto shutWhenWritten = [socket] {
            if (socket->bytesToWrite() == 0)
                shutdownWrite(socket);
        };
        connect(socket, &QTcpSocket::bytesWritten, socket, shutWhenWritten);
    }
    QTimer::singleShot(lingerMs, socket, [socket] { socket->abort(); });
    drain();
}

} // namespace csmslocal
