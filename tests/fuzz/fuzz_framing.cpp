// SPDX-License-Identifier: Apache-2.0
// csms-local's framing guard (GuardedTcpServer) in front of a QAbstractHttpServer that records
// what reaches it, over a real loopback connection. The input: one byte choosing how the stream is
// cut into writes (1 to 2048 bytes each), then the bytes a client sends. What must hold:
// - no request whose body exceeds the limit (64 bytes here) ever reaches a handler, however it is
//   framed (Content-Length, Transfer-Encoding, pipelining, heads across reads);
// - every byte the server sends back is a sequence of well-formed HTTP/1.1 responses: the
//   handler's 200s, or the guard's 400, 411, 413, 414 and 431; and the server closes the
//   connection once the client has half-closed it (no hang).
#include "fuzzcommon.h"
#include "loopback.h"

#include "guardedtcpserver.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>

using namespace keystage::fuzz;

namespace {

constexpr qint64 limit = 64;

class RecordingServer : public QAbstractHttpServer
{
public:
    int handled = 0;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        ++handled;
        FUZZ_CHECK(request.body().size() <= limit,
                   "a body of " + QByteArray::number(request.body().size())
                           + " bytes reached the handler");
        QHttpServerResponder responder = makeResponder(request, socket);
        responder.writeStatusLine(QHttpServerResponder::StatusCode::Ok);
        responder.writeHeader("Content-Length", "0");
        responder.writeBody(QByteArray());
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}
};

struct Fixture
{
    RecordingServer http;
    quint16 port = 0;
    Fixture()
    {
        auto *tcp = new csmslocal::GuardedTcpServer(limit, &http);
        FUZZ_CHECK(tcp->listen(QHostAddress::LocalHost, 0), QByteArray("listen"));
        http.bind(tcp);
        port = tcp->serverPort();
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    ensureApplication();
    static Fixture *fixture = new Fixture; // one server for the process, like csms-local
    const qsizetype step = qsizetype(1) << (data[0] % 12);
    const QByteArray stream = bytesOf(data + 1, size - 1);
    QList<QByteArray> chunks;
    for (qsizetype at = 0; at < stream.size(); at += step)
        chunks << stream.mid(at, step);

    const Exchange answer = exchange(fixture->port, chunks);
    FUZZ_CHECK(answer.closed,
               "the server did not close after the client's half-close: " + printable(stream));
    QList<Response> responses;
    QByteArray why;
    // A HEAD request's answer has no body: responses are parsed only when the input has none.
    if (!stream.contains("HEAD")) {
        FUZZ_CHECK(parseResponses(answer.received, &responses, &why),
                   why + ": " + printable(answer.received) + "\nfor " + printable(stream));
        for (const Response &r : std::as_const(responses)) {
            FUZZ_CHECK(r.status == 200 || r.status == 400 || r.status == 411 || r.status == 413
                               || r.status == 414 || r.status == 431,
                       "status " + QByteArray::number(r.status));
        }
    }
    return 0;
}
