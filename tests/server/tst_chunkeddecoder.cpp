// SPDX-License-Identifier: Apache-2.0
// ChunkedDecoder, in process: the same body whatever way the bytes are split, the limit checked
// from the chunk-size line (before its data arrives), malformed framing named, and the bytes after
// the body left to the next request.
#include "chunkeddecoder.h"

#include <QtTest>

using csmslocal::ChunkedDecoder;
using Result = ChunkedDecoder::Result;

class TstChunkedDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitAnywhere_data();
    void splitAnywhere();
    void stopsAtTheEndOfTheBody();
    void limitFromTheSizeLine();
    void malformed_data();
    void malformed();
};

void TstChunkedDecoder::splitAnywhere_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("plain") << QByteArray("5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n")
                           << QByteArray("hello world");
    QTest::newRow("extensions and trailers")
            << QByteArray("5;name=value\r\nhello\r\n0 ; last\r\nX-Sum: 1\r\nY: 2\r\n\r\n")
            << QByteArray("hello");
    QTest::newRow("upper-case hex, bare LF")
            << QByteArray("A\nabcdefghij\n0\n\n") << QByteArray("abcdefghij");
    QTest::newRow("empty body") << QByteArray("0\r\n\r\n") << QByteArray();
    QTest::newRow("CRLF inside the data")
            << QByteArray("4\r\n\r\n\r\n\r\n0\r\n\r\n") << QByteArray("\r\n\r\n");
}

void TstChunkedDecoder::splitAnywhere()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, body);
    for (const qsizetype piece : {raw.size(), qsizetype(1), qsizetype(2), qsizetype(3)}) {
        ChunkedDecoder decoder(1024);
        qsizetype used = 0;
        for (qsizetype i = 0; i < raw.size(); i += piece)
            used += decoder.feed(QByteArrayView(raw).sliced(i, qMin(piece, raw.size() - i)));
        QCOMPARE(decoder.result(), Result::Done);
        QCOMPARE(used, raw.size());
        QCOMPARE(decoder.body(), body);
    }
}

void TstChunkedDecoder::stopsAtTheEndOfTheBody()
{
    const QByteArray body = "3\r\nabc\r\n0\r\n\r\n";
    ChunkedDecoder decoder(1024);
    QCOMPARE(decoder.feed(body + "GET / HTTP/1.1\r\n"), body.size());
    QCOMPARE(decoder.result(), Result::Done);
    QCOMPARE(decoder.body(), QByteArray("abc"));
}

void TstChunkedDecoder::limitFromTheSizeLine()
{
    ChunkedDecoder exact(10);
    exact.feed("6\r\nabcdef\r\n4\r\nghij\r\n0\r\n\r\n");
    QCOMPARE(exact.result(), Result::Done);
    QCOMPARE(exact.body().size(), 10);

    // One byte over: refused at the size line, none of the second chunk's data is read.
    ChunkedDecoder over(10);
    const QByteArray head = "6\r\nabcdef\r\n5\r\n";
    QCOMPARE(over.feed(head + "ghijk\r\n0\r\n\r\n"), head.size());
    QCOMPARE(over.result(), Result::TooLarge);
    QCOMPARE(over.body(), QByteArray("abcdef"));

    ChunkedDecoder huge(10);
    huge.feed("ffffffffffffffffffff\r\n");
    QCOMPARE(huge.result(), Result::TooLarge);
}

void TstChunkedDecoder::malformed_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::newRow("not hex") << QByteArray("zz\r\n");
    QTest::newRow("empty size") << QByteArray("\r\n");
    QTest::newRow("sign") << QByteArray("+5\r\nhello\r\n");
    QTest::newRow("junk after size") << QByteArray("5 x\r\nhello\r\n");
    QTest::newRow("data too long") << QByteArray("3\r\nabcdef\r\n");
    QTest::newRow("bare CR in size line") << QByteArray("3\rx\r\n");
    QTest::newRow("trailer without colon") << QByteArray("0\r\nno colon\r\n\r\n");
    QTest::newRow("trailer name not a token") << QByteArray("0\r\nBad Name: x\r\n\r\n");
    QTest::newRow("size line over 4 KiB")
            << QByteArray("1;") + QByteArray(ChunkedDecoder::maxLineBytes, 'e') + "\r\n";
}

void TstChunkedDecoder::malformed()
{
    QFETCH(QByteArray, raw);
    ChunkedDecoder decoder(1024);
    decoder.feed(raw);
    QCOMPARE(decoder.result(), Result::Malformed);
    QVERIFY(!decoder.error().isEmpty());
}

QTEST_GUILESS_MAIN(TstChunkedDecoder)
#include "tst_chunkeddecoder.moc"
