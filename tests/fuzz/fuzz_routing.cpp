// SPDX-License-Identifier: Apache-2.0
// csms-local's routing and request-body parsing, through the whole server: one in-memory
// csms-local (a fixed clock) whose store is emptied and seeded with three demo secrets before each
// input (a new server per input runs ten times slower), reached over a loopback connection with a
// valid IAM token. The input is up to four requests separated by a line "---"; each is a
// line "METHOD TARGET" (a TARGET without a leading '/' is under /v1/{project_id}/; bytes that
// cannot stand in a request line are percent-encoded) followed by the JSON body. What must hold:
// - the connection ends with a sequence of well-formed responses, at most one per request, each
//   with an X-Request-Id, a body that is empty or a JSON object, and never a 5xx;
// - every error (4xx) carries a code in one of CSMS's error shapes (flat, nested, IAM).
#include "fuzzcommon.h"
#include "loopback.h"

#include "seed.h"
#include "server.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace keystage::fuzz;

namespace {

constexpr qint64 fixedNow = 1800000000000; // 2027-01-15

QByteArray token(const csmslocal::Config &config)
{
    csmslocal::Iam iam(config, [] { return fixedNow; });
    const QJsonObject user{
            {QStringLiteral("name"), config.iamUser},
            {QStringLiteral("password"), config.iamPassword},
            {QStringLiteral("domain"), QJsonObject{{QStringLiteral("name"), config.iamDomain}}}};
    const QJsonObject body{
            {QStringLiteral("auth"),
             QJsonObject{{QStringLiteral("identity"),
                          QJsonObject{{QStringLiteral("methods"),
                                       QJsonArray{QStringLiteral("password")}},
                                      {QStringLiteral("password"),
                                       QJsonObject{{QStringLiteral("user"), user}}}}},
                         {QStringLiteral("scope"),
                          QJsonObject{{QStringLiteral("project"),
                                       QJsonObject{{QStringLiteral("id"), config.projectId}}}}}}}};
    const csmslocal::Iam::TokenOutcome outcome = iam.issueToken(body);
    FUZZ_CHECK(!outcome.token.isEmpty(), QByteArray("no IAM token"));
    return outcome.token;
}

// A request target as a client could send it: bytes that cannot stand in a request line encoded.
QByteArray target(QByteArrayView raw, const csmslocal::Config &config)
{
    QByteArray out
            = raw.startsWith('/') ? QByteArray() : "/v1/" + config.projectId.toLatin1() + '/';
    for (const char c : raw) {
        if (uchar(c) <= 0x20 || uchar(c) >= 0x7f)
            out += '%' + QByteArray::number(uchar(c), 16).rightJustified(2, '0').toUpper();
        else
            out += c;
    }
    return out;
}

struct Fixture
{
    csmslocal::Config config;
    csmslocal::Server server{config, [] { return fixedNow; }};
    quint16 port = 0;
    Fixture()
    {
        QString error;
        FUZZ_CHECK(server.open(&error), error.toUtf8());
        port = server.start();
        FUZZ_CHECK(port != 0, QByteArray("listen"));
    }
    // The store as a fresh csms-local with --seed-demo 3 has it: seeded once, copied aside, and
    // copied back before each input (the store keeps all the state: the service caches nothing,
    // tokens are stateless). Seeding each time would cost ten times the rest of a run.
    void reset()
    {
        static bool seeded = false;
        const QStringList connections = QSqlDatabase::connectionNames();
        FUZZ_CHECK(connections.size() == 1, QByteArray("one store"));
        QSqlQuery query(QSqlDatabase::database(connections.first()));
        if (!seeded) {
            QString error;
            FUZZ_CHECK(csmslocal::seedDemoData(server.service(), 3, &error), error.toUtf8());
            for (const char *table : {"tags", "stages", "versions", "secrets"})
                FUZZ_CHECK(
                        query.exec(QStringLiteral("CREATE TEMP TABLE seed_%1 AS SELECT * FROM %1")
                                           .arg(QLatin1String(table))),
                        QByteArray(table));
            seeded = true;
        }
        for (const char *table : {"tags", "stages", "versions", "secrets"})
            FUZZ_CHECK(query.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table))),
                       QByteArray(table));
        for (const char *table : {"secrets", "versions", "stages", "tags"})
            FUZZ_CHECK(query.exec(QStringLiteral("INSERT INTO %1 SELECT * FROM seed_%1")
                                          .arg(QLatin1String(table))),
                       QByteArray(table));
    }
};

bool hasErrorCode(const QJsonObject &body)
{
    const QJsonObject nested = body.value(QStringLiteral("error")).toObject();
    return body.value(QStringLiteral("error_code")).isString()
           || nested.value(QStringLiteral("error_code")).isString()
           || nested.value(QStringLiteral("code")).isDouble()
           || nested.value(QStringLiteral("code")).isString();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ensureApplication();
    static Fixture *fixture = new Fixture;
    const csmslocal::Config &config = fixture->config;
    static const QByteArray authToken = token(config);

    QByteArray stream;
    QList<bool> heads;
    const QList<QByteArray> parts = bytesOf(data, size).split('\n');
    QList<QByteArray> requests{{}};
    for (const QByteArray &line : parts) {
        if (line == "---" && requests.size() < 4)
            requests << QByteArray();
        else
            requests.last() += (requests.last().isEmpty() ? "" : "\n") + line;
    }
    for (const QByteArray &request : std::as_const(requests)) {
        const qsizetype lineEnd = request.indexOf('\n');
        const QByteArray first = lineEnd < 0 ? request : request.left(lineEnd);
        const QByteArray body = lineEnd < 0 ? QByteArray() : request.mid(lineEnd + 1);
        const qsizetype space = first.indexOf(' ');
        const QByteArray method = space < 0 ? first : first.left(space);
        const QByteArray path = space < 0 ? QByteArray() : first.mid(space + 1);
        heads << (method == "HEAD");
        stream += method + ' ' + target(path, config) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                  + "X-Auth-Token: " + authToken
                  + "\r\nContent-Type: application/json;charset=UTF-8\r\nContent-Length: "
                  + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }

    fixture->reset();
    const Exchange answer = exchange(fixture->port, {stream});
    FUZZ_CHECK(answer.closed, "csms-local did not close after the client's half-close");
    QList<Response> responses;
    QByteArray why;
    FUZZ_CHECK(parseResponses(answer.received, &responses, &why, heads),
               why + ": " + printable(answer.received) + "\nfor " + printable(stream));
    FUZZ_CHECK(responses.size() <= requests.size(), printable(answer.received));
    for (qsizetype i = 0; i < responses.size(); ++i) {
        const Response &r = responses.at(i);
        const QByteArray where = "response " + QByteArray::number(i) + " (status "
                                 + QByteArray::number(r.status) + ", body " + printable(r.body)
                                 + ") to " + printable(stream);
        FUZZ_CHECK(r.status >= 200 && r.status < 500, where);
        FUZZ_CHECK(r.header("x-request-id").size() == 32, where);
        if (heads.value(i))
            continue;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(r.body, &parseError);
        FUZZ_CHECK(r.body.isEmpty()
                           || (parseError.error == QJsonParseError::NoError && document.isObject()),
                   where);
        if (r.status >= 400)
            FUZZ_CHECK(hasErrorCode(document.object()), where);
    }
    return 0;
}
