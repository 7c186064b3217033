// SPDX-License-Identifier: Apache-2.0
#include "chunkeddecoder.h"

#include <algorithm>

namespace csmslocal {

bool isToken(QByteArrayView name)
{
    static constexpr QByteArrayView others("!#$%&'*+-.^_`|~");
    return !name.isEmpty() && std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
               || others.contains(c);
    });
}

void ChunkedDecoder::fail(Result result, const QByteArray &why)
{
    m_result = result;
    m_error = why;
}

qsizetype ChunkedDecoder::feed(QByteArrayView raw)
{
    qsizetype i = 0;
    while (i < raw.size() && m_result == Result::NeedMore) {
        if (m_state == State::Data) {
            const qsizetype n = qsizetype(qMin<qint64>(m_dataLeft, raw.size() - i));
            m_body.append(raw.sliced(i, n));
            m_dataLeft -= n;
            i += n;
            if (m_dataLeft == 0)
                m_state = State::DataEnd;
            continue;
        }
        if (m_state == State::DataEnd) { // CRLF (or a bare LF) after the chunk data
            const char c = raw.at(i++);
            if (c == '\r' && m_line.isEmpty()) {
                m_line = "\r";
            } else if (c == '\n') {
                m_line.clear();
                m_state = State::Size;
            } else {
                fail(Result::Malformed, "chunk data is longer than its size");
            }
            continue;
        }
        // A chunk-size line or a trailer line, accumulated up to its LF.
        const qsizetype newline = raw.indexOf('\n', i);
        const qsizetype end = newline < 0 ? raw.size() : newline;
        m_line.append(raw.sliced(i, end - i));
        i = newline < 0 ? raw.size() : newline + 1;
        if (m_line.size() > maxLineBytes + 1)
            fail(Result::Malformed,
                 "a line is longer than " + QByteArray::number(maxLineBytes) + " bytes");
        else if (newline >= 0)
            line(QByteArrayView(m_line).chopped(m_line.endsWith('\r') ? 1 : 0));
    }
    return i;
}

void ChunkedDecoder::line(QByteArrayView text)
{
    if (m_state == State::Trailer) {
        const qsizetype colon = text.indexOf(':');
        m_trailerBytes += text.size();
        if (text.isEmpty())
            m_result = Result::Done;
        else if (colon <= 0 || !isToken(text.first(colon)))
            fail(Result::Malformed, "a trailer line is not Name: value");
        else if (m_trailerBytes > maxTrailerBytes)
            fail(Result::Malformed, "the trailer section is larger than "
                                            + QByteArray::number(maxTrailerBytes) + " bytes");
        m_line.clear();
        return;
    }
    // chunk-size [ BWS ; chunk-ext ]
    qsizetype digits = 0;
    while (digits < text.size() && std::isxdigit(uchar(text.at(digits))))
        ++digits;
    const QByteArrayView rest = text.sliced(digits).trimmed();
    if (digits == 0 || (!rest.isEmpty() && !rest.startsWith(';')) || text.contains('\r')) {
        fail(Result::Malformed, "a chunk size is not a hexadecimal number");
        return;
    }
    bool ok = false;
    const qint64 size = digits > 15 ? -1 : text.first(digits).toLongLong(&ok, 16);
    if (!ok || size > m_maxBodyBytes - m_body.size()) {
        fail(Result::TooLarge, {});
        return;
    }
    m_line.clear();
    m_dataLeft = size;
    m_state = size == 0 ? State::Trailer : State::Data;
}

} // namespace csmslocal
