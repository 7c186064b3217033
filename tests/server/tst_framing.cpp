// SPDX-License-Identifier: Apache-2.0
// csms-local's HTTP framing, over raw sockets: the request head is checked as it arrives (and
// across reads), a chunked body is decoded and counted against the body limit, and a transfer
// coding other than chunked, a Content-Length that is invalid or over the limit, a head
// past Qt 6.4's parser limits or a garbage request line get a clear answer and a closed
// connection instead of a hang, a silently dropped header or an unbounded buffer. HEAD answers
// carry no body, and pipelined requests keep their order.
#include "csmslocal.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QtTest>

using namespace keystage::test;

namespace {

struct RawResponse
{
    int status = 0; // 0: no complete response arrived
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QJsonObject json;
    QByteArray describe() const
    {
        return "status " + QByteArray::number(status) + ", body " + body.left(300);
    }
};

// One client connection that writes raw bytes and reads HTTP/1.1 responses.
class RawConnection
{
public:
    explicit RawConnection(quint16 port)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        m_socket.waitForConnected(5000);
    }
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    // Writes everything (waiting for the socket, never sleeping); false if the server closed.
    bool write(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        while (m_socket.bytesToWrite() > 0) {
            if (!m_socket.waitForBytesWritten(10000))
                return false;
        }
        return true;
    }
    // The next response; a HEAD response has no body whatever its Content-Length says.
    RawResponse read(bool isHead = false)
    {
        RawResponse r;
        qsizetype end = -1;
        while ((end = m_buffer.indexOf("\r\n\r\n")) < 0) {
            if (!more())
                return r;
        }
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
        if (statusLine.value(0) != "HTTP/1.1")
            return r;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            r.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                             lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = isHead ? 0 : r.headers.value("content-length").toLongLong();
        while (m_buffer.size() < end + 4 + length) {
            if (!more())
                return r;
        }
        r.body = m_buffer.mid(end + 4, length);
        r.json = QJsonDocument::fromJson(r.body).object();
        m_buffer.remove(0, end + 4 + length);
        r.status = statusLine.value(1).toInt();
        return r;
    }
    // True when the server closes the connection (after what it sent).
    bool waitForClose()
    {
        while (m_socket.state() != QAbstractSocket::UnconnectedState) {
            if (!m_socket.waitForDisconnected(10000))
                return false;
        }
        return true;
    }
    QByteArray unread()
    {
        m_buffer += m_socket.readAll();
        return m_buffer;
    }

private:
    bool more()
    {
        if (m_socket.bytesAvailable() == 0 && !m_socket.waitForReadyRead(10000))
            return false;
        m_buffer += m_socket.readAll();
        return true;
    }
    QTcpSocket m_socket;
    QByteArray m_buffer;
};

qint64 residentMiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() / 1024;
    }
    return -1;
}

} // namespace

class TstFraming : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void chunkedBodyIsDecoded();
    void chunkedBodyByteByByte();
    void chunkedBodyAtTheLimit();
    void chunkedBodyOverTheLimitIsNotBuffered();
    void malformedChunking_data();
    void malformedChunking();
    void largeHeadThenHugeLength();
    void invalidContentLength_data();
    void invalidContentLength();
    void equalContentLengthsPass();
    void qtHeaderLimits_data();
    void qtHeaderLimits();
    void headJustUnderQtLimitsPasses();
    void headSplitAcrossReads();
    void garbageRequestLine_data();
    void garbageRequestLine();
    void pipelinedRequestsKeepOrder();
    void headHasNoBody();
    void stillAlive();

private:
    QByteArray secretsPath() const;
    QByteArray get(QByteArrayView extraHeaders) const;
    QByteArray chunkedPost(QByteArrayView extraHeaders) const;
    std::unique_ptr<CsmsLocal> m_server;
    QByteArray m_token;
};

void TstFraming::initTestCase()
{
    m_server = std::make_unique<CsmsLocal>();
    QVERIFY2(m_server->start(), m_server->errorOutput().constData());
    m_token = m_server->iamToken().toLatin1();
    QVERIFY(!m_token.isEmpty());
}

QByteArray TstFraming::secretsPath() const
{
    return "/v1/" + m_server->projectId().toLatin1() + "/secrets";
}

QByteArray TstFraming::get(QByteArrayView extraHeaders) const
{
    return "GET " + secretsPath() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Auth-Token: " + m_token
           + "\r\n" + extraHeaders.toByteArray() + "\r\n";
}

QByteArray TstFraming::chunkedPost(QByteArrayView extraHeaders) const
{
    return "POST " + secretsPath() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Auth-Token: " + m_token
           + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
           + extraHeaders.toByteArray() + "\r\n";
}

void TstFraming::chunkedBodyIsDecoded()
{
    // As Node's http module, Go's net/http or curl -T - send a body of unknown length: chunks
    // with an extension, a trailer, then a pipelined GET on the same connection.
    RawConnection c(m_server->port());
    const QByteArray body = R"({"name":"chunky","secret_string":"from chunks"})";
    QByteArray chunks;
    for (qsizetype i = 0; i < body.size(); i += 7)
        chunks += QByteArray::number(qMin<qsizetype>(7, body.size() - i), 16) + ";ext=1\r\n"
                  + body.mid(i, 7) + "\r\n";
    chunks += "0\r\nX-Checksum: none\r\n\r\n";
    QVERIFY(c.write(chunkedPost({}) + chunks + get({})));
    const RawResponse created = c.read();
    QCOMPARE(created.status, 200);
    QCOMPARE(created.json.value(QStringLiteral("secret"))[QStringLiteral("name")].toString(),
             QStringLiteral("chunky"));
    const RawResponse listed = c.read();
    QCOMPARE(listed.status, 200);
    QVERIFY(listed.body.contains("\"chunky\""));
    // The value is the decoded body's, not the chunk framing.
    QVERIFY(c.write("GET " + secretsPath() + "/chunky/versions/v1 HTTP/1.1\r\nHost: x\r\n"
                    + "X-Auth-Token: " + m_token + "\r\n\r\n"));
    const RawResponse value = c.read();
    QCOMPARE(
            value.json.value(QStringLiteral("version"))[QStringLiteral("secret_string")].toString(),
            QStringLiteral("from chunks"));
}

void TstFraming::chunkedBodyByteByByte()
{
    // Every byte in its own write: heads and chunk lines split anywhere, Expect: 100-continue.
    RawConnection c(m_server->port());
    const QByteArray body = R"({"name":"trickle","secret_string":"v"})";
    const QByteArray request = chunkedPost("Expect: 100-continue\r\n")
                               + QByteArray::number(body.size(), 16) + "\r\n" + body
                               + "\r\n0\r\n\r\n";
    for (const char byte : request)
        QVERIFY(c.write(QByteArray(1, byte)));
    RawResponse r = c.read();
    if (r.status == 100)
        r = c.read();
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("secret"))[QStringLiteral("name")].toString(),
             QStringLiteral("trickle"));
}

void TstFraming::chunkedBodyAtTheLimit()
{
    // 1 MiB decoded is accepted (the service then judges the body); one byte more is a 413.
    for (const qsizetype extra : {0, 1}) {
        RawConnection c(m_server->port());
        QByteArray body = R"({"name":"limit","secret_string":"v","description":")";
        body += QByteArray(1024 * 1024 - body.size() - 2 + extra, 'd') + "\"}";
        QByteArray chunks;
        for (qsizetype i = 0; i < body.size(); i += 65536)
            chunks += QByteArray::number(qMin<qsizetype>(65536, body.size() - i), 16) + "\r\n"
                      + body.mid(i, 65536) + "\r\n";
        QVERIFY(c.write(chunkedPost({}) + chunks + "0\r\n\r\n"));
        const RawResponse r = c.read();
        QCOMPARE(r.status, extra == 0 ? 400 : 413);
        QCOMPARE(r.json.value(QStringLiteral("error_code")).toString(),
                 extra == 0 ? QStringLiteral("CSMS.0002") : QStringLiteral("CSMS.0004"));
    }
}

void TstFraming::chunkedBodyOverTheLimitIsNotBuffered()
{
#if !defined(Q_OS_LINUX)
    QSKIP("reads the server's memory use from /proc");
#endif
    const qint64 before = residentMiB(m_server->pid());
    QVERIFY(before > 0);
    RawConnection c(m_server->port());
    QVERIFY(c.write(chunkedPost({})));
    // 64 MiB of chunks: refused once the decoded size passes 1 MiB, the rest dropped.
    const QByteArray chunk = "100000\r\n" + QByteArray(0x100000, 'c') + "\r\n";
    for (int i = 0; i < 64 && c.isConnected(); ++i)
        c.write(chunk);
    const RawResponse r = c.read();
    QCOMPARE(r.status, 413);
    QCOMPARE(r.json.value(QStringLiteral("error_code")).toString(), QStringLiteral("CSMS.0004"));
    QVERIFY(!r.headers.value("x-request-id").isEmpty());
    QVERIFY(c.waitForClose());
    const qint64 after = residentMiB(m_server->pid());
    QVERIFY2(after - before < 32,
             qPrintable(QStringLiteral("resident %1 MiB → %2 MiB").arg(before).arg(after)));
}

void TstFraming::malformedChunking_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<QByteArray>("chunks");
    QTest::addColumn<int>("status");
    QTest::newRow("size not hex") << QByteArray() << QByteArray("zz\r\nabc\r\n0\r\n\r\n") << 400;
    QTest::newRow("no size") << QByteArray() << QByteArray("\r\nabc\r\n0\r\n\r\n") << 400;
    QTest::newRow("data longer than its size")
            << QByteArray() << QByteArray("3\r\nabcdef\r\n0\r\n\r\n") << 400;
    QTest::newRow("junk after the size")
            << QByteArray() << QByteArray("3 x\r\nabc\r\n0\r\n\r\n") << 400;
    QTest::newRow("bad trailer") << QByteArray() << QByteArray("0\r\nno colon\r\n\r\n") << 400;
    QTest::newRow("size line too long")
            << QByteArray() << QByteArray("3;") + QByteArray(5000, 'e') + "\r\nabc\r\n"
            << 400;
    QTest::newRow("size overflows") << QByteArray() << QByteArray("fffffffffffffffffff\r\n") << 413;
    QTest::newRow("with Content-Length")
            << QByteArray("Content-Length: 5\r\n") << QByteArray("0\r\n\r\n") << 400;
    QTest::newRow("chunked not the final coding")
            << QByteArray("Transfer-Encoding: gzip\r\n") << QByteArray("0\r\n\r\n") << 400;
}

void TstFraming::malformedChunking()
{
    QFETCH(QByteArray, headers);
    QFETCH(QByteArray, chunks);
    QFETCH(int, status);
    RawConnection c(m_server->port());
    QVERIFY(c.write(chunkedPost(headers) + chunks));
    const RawResponse r = c.read();
    QCOMPARE(r.status, status);
    QCOMPARE(r.json.value(QStringLiteral("error_code")).toString(),
             status == 413 ? QStringLiteral("CSMS.0004") : QStringLiteral("CSMS.0003"));
    QCOMPARE(r.headers.value("connection"), QByteArray("close"));
}

void TstFraming::largeHeadThenHugeLength()
{
    // The head is larger than one read of the old guard (8 KiB): the 413 comes from the head
    // alone, before any of the 200 MB body is sent.
    RawConnection c(m_server->port());
    QVERIFY(c.write("POST " + secretsPath() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Pad: "
                    + QByteArray(9000, 'p') + "\r\nContent-Length: 209715200\r\n\r\n"));
    const RawResponse r = c.read();
    QCOMPARE(r.status, 413);
    QCOMPARE(r.json.value(QStringLiteral("error_code")).toString(), QStringLiteral("CSMS.0004"));
    QCOMPARE(r.headers.value("connection"), QByteArray("close"));
}

void TstFraming::invalidContentLength_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::newRow("negative") << QByteArray("Content-Length: -1\r\n");
    QTest::newRow("signed") << QByteArray("Content-Length: +5\r\n");
    QTest::newRow("list") << QByteArray("Content-Length: 5, 5\r\n");
    QTest::newRow("hex") << QByteArray("Content-Length: 0x5\r\n");
    QTest::newRow("empty") << QByteArray("Content-Length:\r\n");
    QTest::newRow("over qint64") << QByteArray("Content-Length: 99999999999999999999\r\n");
    QTest::newRow("two values") << QByteArray("Content-Length: 5\r\ncontent-length: 6\r\n");
}

void TstFraming::invalidContentLength()
{
    QFETCH(QByteArray, headers);
    RawConnection c(m_server->port());
    QVERIFY(c.write("POST " + secretsPath() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Auth-Token: "
                    + m_token + "\r\n" + headers + "\r\nhello"));
    const RawResponse r = c.read();
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(QStringLiteral("error_code")).toString(), QStringLiteral("CSMS.0003"));
    QVERIFY2(r.json.value(QStringLiteral("error_msg"))
                     .toString()
                     .startsWith(QStringLiteral("The Content-Length header is invalid: ")),
             r.describe().constData());
    QVERIFY(c.waitForClose());
}

void TstFraming::equalContentLengthsPass()
{
    RawConnection c(m_server->port());
    const QByteArray body = R"({"name":"twice","secret_string":"v"})";
    const QByteArray length = QByteArray::number(body.size());
    QVERIFY(c.write("POST " + secretsPath() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Auth-Token: "
                    + m_token + "\r\nContent-Type: application/json\r\nContent-Length: " + length
                    + "\r\nContent-Length: " + length + "\r\n\r\n" + body));
    const RawResponse r = c.read();
    QCOMPARE(r.status, 200);
}

void TstFraming::qtHeaderLimits_data()
{
    QTest::addColumn<QByteArray>("extra");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    // Qt's limit, 102400 bytes, counts the name, ':' and the value with its leading space.
    QTest::newRow("field over 100 KiB")
            << "X-Pad: " + QByteArray(102400 - 6, 'p') + "\r\n"
            << 431 << QStringLiteral("the field X-Pad is longer than 102400 bytes");
    // A token as long as csms-api.md allows (2 MiB): Qt 6.4 cannot pass it to the handler.
    QTest::newRow("2 MiB token") << "X-Auth-Token: " + QByteArray(2 * 1024 * 1024, 't') + "\r\n"
                                 << 431 << QStringLiteral("the field X-Auth-Token is longer");
    QByteArray fields;
    for (int i = 0; i < 99; ++i) // with Host and X-Auth-Token: 101 fields
        fields += "X-Field-" + QByteArray::number(i) + ": v\r\n";
    QTest::newRow("101 fields") << fields << 431 << QStringLiteral("more than 100 fields");
    QByteArray block;
    for (int i = 0; i < 3; ++i)
        block += "X-Big-" + QByteArray::number(i) + ": " + QByteArray(90000, 'b') + "\r\n";
    QTest::newRow("over 256 KiB in all")
            << block << 431 << QStringLiteral("they take more than 262144 bytes");
    QTest::newRow("space in a name") << QByteArray("Bad Name: x\r\n") << 400
                                     << QStringLiteral("A request header line is malformed");
    QTest::newRow("no colon") << QByteArray("NoColonHere\r\n") << 400
                              << QStringLiteral("A request header line is malformed");
}

void TstFraming::qtHeaderLimits()
{
    // Past these limits Qt drops every header: the handler would answer 401 "no X-Auth-Token".
    QFETCH(QByteArray, extra);
    QFETCH(int, status);
    QFETCH(QString, message);
    RawConnection c(m_server->port());
    c.write(get(extra));
    const RawResponse r = c.read();
    QCOMPARE(r.status, status);
    QCOMPARE(r.json.value(QStringLiteral("error_code")).toString(), QStringLiteral("CSMS.0003"));
    QVERIFY2(r.json.value(QStringLiteral("error_msg")).toString().contains(message),
             r.describe().constData());
    QVERIFY(r.json.value(QStringLiteral("error_msg")).toString().size() <= 512);
    QVERIFY(c.waitForClose());
}

void TstFraming::headJustUnderQtLimitsPasses()
{
    QByteArray fields;
    for (int i = 0; i < 98; ++i) // with Host and X-Auth-Token: 100 fields
        fields += "X-Field-" + QByteArray::number(i) + ": v\r\n";
    const QByteArray longField = "X-Pad: " + QByteArray(102400 - 7, 'p') + "\r\n";
    for (const QByteArray &extra : {fields, longField}) {
        RawConnection c(m_server->port());
        c.write(get(extra));
        const RawResponse r = c.read();
        QVERIFY2(r.status == 200, r.describe().constData());
    }
}

void TstFraming::headSplitAcrossReads()
{
    // The head arrives in pieces (a 40 KiB header between them): the guard still finds
    // Content-Length, and the request after the body is framed too.
    RawConnection c(m_server->port());
    const QByteArray body = R"({"name":"split","secret_string":"v"})";
    const QByteArray head = "POST " + secretsPath() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Pad: "
                            + QByteArray(40000, 'p') + "\r\nX-Auth-Token: " + m_token
                            + "\r\nContent-Type: application/json\r\nContent-Length: "
                            + QByteArray::number(body.size()) + "\r\n\r\n";
    for (qsizetype at = 0; at < head.size(); at += 7000)
        QVERIFY(c.write(head.mid(at, 7000)));
    QVERIFY(c.write(body.left(10)));
    QVERIFY(c.write(body.mid(10) + "POST " + secretsPath()
                    + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 300000000\r\n\r\n"));
    QCOMPARE(c.read().status, 200);
    QCOMPARE(c.read().status, 413);
}

void TstFraming::garbageRequestLine_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("one word") << QByteArray("GARBAGE\r\n\r\n");
    QTest::newRow("no version") << QByteArray("GET /\r\n\r\n");
    QTest::newRow("binary") << QByteArray("\x01\x02\x03 \x04 \x05\r\n\r\n", 11);
    QTest::newRow("HTTP/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n");
    QTest::newRow("request line only") << QByteArray("hello world\r\n");
}

void TstFraming::garbageRequestLine()
{
    QFETCH(QByteArray, request);
    RawConnection c(m_server->port());
    c.write(request);
    const RawResponse r = c.read();
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(QStringLiteral("error_code")).toString(), QStringLiteral("CSMS.0003"));
    QVERIFY(c.waitForClose());

    RawConnection tooLong(m_server->port());
    tooLong.write("GET /" + QByteArray(70000, 'a') + " HTTP/1.1\r\n\r\n");
    QCOMPARE(tooLong.read().status, 414);
    QVERIFY(tooLong.waitForClose());
}

void TstFraming::pipelinedRequestsKeepOrder()
{
    // A good request, then a refused one, in one write: the good one is answered first.
    RawConnection c(m_server->port());
    const QByteArray body = R"({"name":"piped","secret_string":"v"})";
    QVERIFY(c.write("POST " + secretsPath() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Auth-Token: "
                    + m_token + "\r\nContent-Type: application/json\r\nContent-Length: "
                    + QByteArray::number(body.size()) + "\r\n\r\n" + body + get({})
                    + "POST /x HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n"));
    QCOMPARE(c.read().status, 200);
    const RawResponse listed = c.read();
    QCOMPARE(listed.status, 200);
    QVERIFY(listed.body.contains("\"piped\""));
    QCOMPARE(c.read().status, 501);
    QVERIFY(c.waitForClose());
}

void TstFraming::headHasNoBody()
{
    RawConnection c(m_server->port());
    for (const QByteArray &path : {QByteArray("/nothing/here"), secretsPath()}) {
        QVERIFY(c.write("HEAD " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Auth-Token: " + m_token
                        + "\r\n\r\n"));
        const RawResponse head = c.read(true);
        QVERIFY(head.status == 404 || head.status == 200);
        QVERIFY(!head.headers.value("x-request-id").isEmpty());
        // The same headers as GET, Content-Length included: then the next response follows
        // at once, with no body bytes before it.
        QVERIFY(head.headers.value("content-length").toInt() > 0);
        QVERIFY(c.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Auth-Token: " + m_token
                        + "\r\n\r\n"));
        const RawResponse plain = c.read();
        QVERIFY2(plain.status == head.status, c.unread().left(300).constData());
        QCOMPARE(plain.headers.value("content-length").toInt(),
                 head.headers.value("content-length").toInt());
    }
}

void TstFraming::stillAlive()
{
    QVERIFY2(m_server->isRunning(), m_server->errorOutput().right(2000).constData());
    RawConnection c(m_server->port());
    c.write(get({}));
    QCOMPARE(c.read().status, 200);
}

QTEST_GUILESS_MAIN(TstFraming)
#include "tst_framing.moc"
