// bench_models: the models and operations against a real csms-local (a benchmark, not a test).
//   bench_models [SECRETS]   (default 100000)
// Prints: full list load time and model memory, local filter time, server search latency, stage
// move round trip, and bulk deletion of 1,000 secrets (BulkDeleter vs a sequential loop vs the
// same client flooding with 64 calls in flight, the ceiling as this client sees it).
#include "core/model/secretlistmodel.h"
#include "core/model/versionstagemodel.h"
#include "core/ops/bulkdeleter.h"
#include "csmslocal.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>
#include <cstdio>
#include <malloc.h>

using namespace keystage;
using namespace keystage::test;

namespace {

std::unique_ptr<CsmsClient> makeClient(QNetworkAccessManager *nam, const CsmsLocal &server)
{
    Profile p;
    p.id = QStringLiteral("bench");
    p.csmsEndpoint = server.baseUrl();
    p.iamEndpoint = server.baseUrl();
    p.projectId = SandboxCredentials::projectId();
    p.accessKey = SandboxCredentials::accessKey();
    p.pageSize = 1000;
    Credentials c;
    c.secretKey = SandboxCredentials::secretKey();
    return std::make_unique<CsmsClient>(nam, p, c);
}

template<typename T>
ApiResult<T> await(Reply<T> *reply)
{
    reply->setAutoDelete(false);
    if (!reply->isFinished())
        QSignalSpy(reply, &ApiReply::finished).wait(60000);
    ApiResult<T> r = reply->result();
    delete reply;
    return r;
}

size_t heapInUse()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    malloc_trim(0);
    return mallinfo2().uordblks;
}

QByteArray statusField(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed();
    }
    return {};
}

// Creates count secrets "prefix-NNNN" with up to 16 calls in flight.
void createSecrets(CsmsClient &client, const QString &prefix, int count)
{
    int pending = 0, next = 0;
    QEventLoop loop;
    std::function<void()> pump = [&]() {
        while (pending < 16 && next < count) {
            CreateSecretRequest r;
            r.name = QStringLiteral("%1-%2").arg(prefix).arg(next++, 4, 10, QLatin1Char('0'));
            r.secretString = QStringLiteral("bench");
            ++pending;
            client.createSecret(r)->then(&loop, [&](const ApiResult<Secret> &) {
                --pending;
                pump();
                if (pending == 0 && next == count)
                    loop.quit();
            });
        }
    };
    pump();
    if (pending > 0)
        loop.exec();
}

QStringList names(const QString &prefix, int count)
{
    QStringList out;
    for (int i = 0; i < count; ++i)
        out << QStringLiteral("%1-%2").arg(prefix).arg(i, 4, 10, QLatin1Char('0'));
    return out;
}

double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int secrets = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    QNetworkAccessManager nam;
    CsmsLocalOptions options;
    options.seedDemo = secrets;
    CsmsLocal server(options);
    QElapsedTimer t;
    t.start();
    if (!server.start(600000)) {
        std::fprintf(stderr, "csms-local did not start: %s\n", server.errorOutput().constData());
        return 1;
    }
    std::printf("csms-local seeded with %d secrets and started in %.1f s\n", secrets, seconds(t));
    auto client = makeClient(&nam, server);

    // 1. Full list, page by page (1000 per page), and the model's memory.
    const size_t before = heapInUse();
    auto model = std::make_unique<SecretListModel>(client.get());
    t.restart();
    int pages = 0;
    while (!model->isComplete()) {
        QSignalSpy loaded(model.get(), &SecretListModel::pageLoaded);
        QSignalSpy failed(model.get(), &SecretListModel::loadFailed);
        model->fetchMore({});
        if (!QTest::qWaitFor([&]() { return !loaded.isEmpty() || !failed.isEmpty(); }, 60000)
            || !failed.isEmpty()) {
            std::fprintf(stderr, "page failed\n");
            return 1;
        }
        ++pages;
    }
    const double loadSeconds = seconds(t);
    const size_t after = heapInUse();
    std::printf("load %d secrets in %d pages: %.2f s (%.0f secrets/s)\n", model->rowCount(), pages,
                loadSeconds, model->rowCount() / loadSeconds);
    std::printf("model memory for %d rows: %.1f MB heap (%.0f bytes/row); process VmHWM %s\n",
                model->rowCount(), double(after - before) / 1048576.0,
                double(after - before) / qMax(1, model->rowCount()),
                statusField("VmHWM:").constData());

    // 2. Local filter (instant part) and server search latency.
    for (const QString &text : {QStringLiteral("payments"), QStringLiteral("qa-billing-api-key-01"),
                                QStringLiteral("no-such-secret")}) {
        QSignalSpy found(model.get(), &SecretListModel::searchFinished);
        t.restart();
        model->setFilterText(text);
        const double local = seconds(t) * 1000;
        const int localRows = model->rowCount();
        found.wait(60000);
        std::printf("filter \"%s\": local %.1f ms (%d rows), server search %.1f ms (%d matches)\n",
                    qPrintable(text), local, localRows, seconds(t) * 1000, model->searchTotal());
    }
    model->setFilterText(QString());
    model.reset();

    // 3. Stage move round trip (stale check GET + PUT + re-read of the versions).
    {
        createSecrets(*client, QStringLiteral("bench-stage"), 1);
        const QString secret = QStringLiteral("bench-stage-0000");
        CreateVersionRequest v;
        v.secretString = QStringLiteral("two");
        await(client->createVersion(secret, v));
        await(client->createStage(secret, QStringLiteral("BETA"), QStringLiteral("v1")));
        VersionStageModel stages(client.get());
        QSignalSpy loaded(&stages, &VersionStageModel::versionsLoaded);
        stages.setSecret(secret);
        loaded.wait(30000);
        QList<double> times;
        for (int i = 0; i < 50; ++i) {
            QSignalSpy moved(&stages, &VersionStageModel::stageMoved);
            t.restart();
            stages.moveStage(QStringLiteral("BETA"),
                             i % 2 ? QStringLiteral("v1") : QStringLiteral("v2"));
            moved.wait(30000);
            times << seconds(t) * 1000;
        }
        std::sort(times.begin(), times.end());
        std::printf("stage move round trip (drop to server truth, 50 moves): p50 %.1f ms, p90 "
                    "%.1f ms\n",
                    times.at(25), times.at(45));
    }

    // 4. Deleting 1,000 secrets: sequential loop, BulkDeleter (8 in flight), flood (64).
    const int n = 1000;
    createSecrets(*client, QStringLiteral("seq"), n);
    createSecrets(*client, QStringLiteral("bulk"), n);
    createSecrets(*client, QStringLiteral("flood"), n);
    t.restart();
    for (const QString &name : names(QStringLiteral("seq"), n))
        await(client->deleteSecret(name, CsmsClient::Priority::Bulk));
    const double seq = seconds(t);
    BulkDeleter deleter(client.get());
    QSignalSpy finished(&deleter, &BulkDeleter::finished);
    t.restart();
    deleter.start(names(QStringLiteral("bulk"), n), BulkDeleter::Mode::Immediate);
    finished.wait(600000);
    const double bulk = seconds(t);
    const BulkSummary summary = deleter.summary();
    client->setMaxInFlight(64);
    BulkDeleter flood(client.get());
    flood.setMaxInFlight(64);
    QSignalSpy floodFinished(&flood, &BulkDeleter::finished);
    t.restart();
    flood.start(names(QStringLiteral("flood"), n), BulkDeleter::Mode::Immediate);
    floodFinished.wait(600000);
    const double ceiling = seconds(t);
    std::printf("delete %d: sequential %.2f s (%.0f req/s); BulkDeleter(8) %.2f s (%.0f req/s, "
                "%d ok, %d failed); flood(64) %.2f s (%.0f req/s)\n",
                n, seq, n / seq, bulk, n / bulk, summary.succeeded, summary.failed, ceiling,
                n / ceiling);
    std::printf("BulkDeleter = %.1fx sequential, %.0f%% of the flood ceiling\n", seq / bulk,
                100.0 * ceiling / bulk);
    return 0;
}
