// SPDX-License-Identifier: Apache-2.0
// ChunkedDecoder: an incremental decoder of an HTTP/1.1 chunked body (RFC 9112, 7.1) with a limit
// on the decoded size, for the framing guard. Bytes may arrive split anywhere; chunk extensions
// are ignored, trailer fields are checked and dropped, a bare LF is taken for CRLF. A chunk-size
// line that would take the body past the limit ends the decoding (TooLarge) before any of its
// data is read.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace csmslocal {

// Field names and methods: RFC 9110 token characters (ASCII letters, digits and
// !#$%&'*+-.^_`|~), the rule Qt's header parser applies. Trailer fields and the framing guard.
bool isToken(QByteArrayView name);

class ChunkedDecoder
{
public:
    enum class Result { NeedMore, Done, Malformed, TooLarge };
    // The longest chunk-size line (with its extensions) and trailer section accepted.
    static constexpr qsizetype maxLineBytes = 4096;
    static constexpr qsizetype maxTrailerBytes = 64 * 1024;

    explicit ChunkedDecoder(qint64 maxBodyBytes)
        : m_maxBodyBytes(maxBodyBytes)
    {}

    // Decodes from raw; returns how many of its bytes belong to the body (all of them, unless
    // the body ends or fails inside raw).
    qsizetype feed(QByteArrayView raw);
    Result result() const { return m_result; }
    QByteArray error() const { return m_error; } // what is malformed, for an error message
    const QByteArray &body() const { return m_body; }

private:
    enum class State { Size, Data, DataEnd, Trailer };
    void fail(Result result, const QByteArray &why);
    void line(QByteArrayView line);

    qint64 m_maxBodyBytes;
    Result m_result = Result::NeedMore;
    State m_state = State::Size;
    QByteArray m_line; // a chunk-size or trailer line so far, or the CR after chunk data
    qint64 m_dataLeft = 0;
    qint64 m_trailerBytes = 0;
    QByteArray m_error;
    QByteArray m_body;
};

} // namespace csmslocal
