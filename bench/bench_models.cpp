// SPDX-License-Identifier: Apache-2.0
// bench_models: the client, the models and the operations against a real csms-local (a benchmark,
// not a test).
//   bench_models [SECRETS] [--latency MS] [--moves N] [--durable]
//                [--only client,floor,decode,models,delete,scan,tag]
//     SECRETS     demo secrets seeded into csms-local (default 100000)
//     --latency   csms-local --fault-latency-ms: every /v1 response is delayed by MS (a timer, the
//                 server keeps serving others meanwhile), as a distant CSMS would be
//     --moves     stage moves per run in the client and floor sections (default 1000)
//     --durable   csms-local keeps its data in a SQLite file (synchronous=FULL, every write
//                 reaches the disk before it is answered), as the sandbox and server-bench.sh do;
//                 default :memory:
//     --only      the sections to run (default client,models,delete)
// Sections:
//   client  CsmsClient alone: list every secret page by page (200 and 1000 per page), 1,000 stage
//           moves (PUT) with 1, 4 and 8 in flight; requests/s, CPU of this process and of
//           csms-local
//   floor   the same listing and stage moves sent by a bare QNetworkAccessManager (pre-signed
//           requests, no CsmsClient), with and without the system proxy lookup: the least CPU a
//           client built on QNetworkAccessManager can spend per call
//   decode  one page of 200 and of 1000 secrets decoded repeatedly: QJsonDocument alone, the
//           QJsonDocument decoder (secretPageFromDocument), the streaming one (secretPageFromBody)
//   models  SecretListModel full load and memory, local filter, server search, stage move
//           round trip
//   delete  1,000 immediate deletions: sequential loop, BulkDeleter (8 in flight), flood (64 in
//           flight, the ceiling as one client sees it), each with the server's CPU time
//   scan    the instance-delete preview: InstanceScan over every secret (pages of 1000), 3 runs
//   tag     1,000 secrets tagged (BatchCreateOrDeleteTags): sequential loop, BulkTagger (8 in
//           flight), then the tag removed again by BulkTagger; run next to delete for comparison

#include "benchsupport.h"
#include "core/api/authenticator.h"
#include "core/api/codecs.h"
#include "core/model/secretlistmodel.h"
#include "core/model/versionstagemodel.h"
#include "core/ops/bulkdeleter.h"
#include "core/ops/bulktagger.h"
#include "core/ops/instancescan.h"
#include "core/ops/stageeditor.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <cstdio>
#include <functional>
#include <malloc.h>

using namespace keystage;
using namespace keystage::bench;
using namespace keystage::test;

namespace {

int g_moves = 1000; // --moves: stage moves per run of the client and floor sections

size_t heapInUse()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    malloc_trim(0);
    return mallinfo2().uordblks;
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

void printCpu(const char *what, int requests, const CpuMeter &cpu)
{
    const double wall = cpu.wall(), client = cpu.client(), server = cpu.server();
    const double mainThread = cpu.mainThread();
    std::printf("%-34s %6d req in %6.2f s = %7.0f req/s | CPU client %6.3f s (%5.1f us/req, "
                "main thread %5.1f), server %6.3f s (%5.1f us/req), client/server %5.1f%%\n",
                what, requests, wall, requests / wall, client, 1e6 * client / requests,
                1e6 * mainThread / requests, server, 1e6 * server / requests,
                server > 0 ? 100.0 * client / server : 0.0);
}

// Secrets prefix-0000.. (one per lane) with versions v1 and v2 and a stage BETA on v1, for the
// stage move runs.
QStringList prepareMoveLanes(CsmsClient &client, const QString &prefix, int lanes)
{
    createSecrets(client, prefix, lanes);
    const QStringList secretNames = names(prefix, lanes);
    for (const QString &secret : secretNames) {
        CreateVersionRequest v;
        v.secretString = QStringLiteral("two");
        await(client.createVersion(secret, v));
        await(client.createStage(secret, QStringLiteral("BETA"), QStringLiteral("v1")));
    }
    return secretNames;
}

// Runs total operations on inFlight lanes, each lane starting its next operation when the last
// one ends: start(lane, n, done) begins operation n and calls done(ok) when it is over. Prints
// the CPU of the run under label and returns the number of failures.
using StartFn = std::function<void(int lane, int n, std::function<void(bool ok)> done)>;
int runLanes(const CsmsLocal &server, const QByteArray &label, int inFlight, int total,
             const StartFn &start)
{
    int started = 0, finished = 0, failures = 0;
    QEventLoop loop;
    std::function<void(int)> next = [&](int lane) {
        if (started == total)
            return;
        start(lane, started++, [&, lane](bool ok) {
            failures += ok ? 0 : 1;
            if (++finished == total)
                loop.quit();
            else
                next(lane);
        });
    };
    CpuMeter cpu(server.pid());
    for (int lane = 0; lane < inFlight; ++lane)
        next(lane);
    loop.exec();
    printCpu(label.constData(), total, cpu);
    return failures;
}

// ---- client: CsmsClient alone ----
bool benchClient(const CsmsLocal &server, QNetworkAccessManager *nam)
{
    for (int pageSize : {200, 1000}) {
        auto client = makeClient(nam, server, pageSize);
        QEventLoop loop;
        int pages = 0, secrets = 0;
        bool failed = false;
        std::function<void(const QString &)> next = [&](const QString &marker) {
            client->listSecrets(marker)->then(&loop, [&](const ApiResult<SecretPage> &r) {
                if (!r.ok()) {
                    failed = true;
                    loop.quit();
                    return;
                }
                ++pages;
                secrets += int(r.value().items.size());
                if (r.value().hasMore())
                    next(r.value().pageInfo.nextMarker);
                else
                    loop.quit();
            });
        };
        CpuMeter cpu(server.pid());
        next(QString());
        loop.exec();
        if (failed) {
            std::fprintf(stderr, "listing failed\n");
            return false;
        }
        const QByteArray what = QStringLiteral("list %1 secrets, %2 per page")
                                        .arg(secrets)
                                        .arg(pageSize)
                                        .toLatin1();
        printCpu(what.constData(), pages, cpu);
    }

    // Stage moves (one PUT each): each lane moves BETA of its own secret between v1 and v2.
    auto client = makeClient(nam, server, 200);
    const QStringList secretNames = prepareMoveLanes(*client, QStringLiteral("bench-move"), 8);
    for (int inFlight : {1, 4, 8}) {
        QList<double> latencies;
        const StartFn start = [&](int lane, int n, std::function<void(bool)> done) {
            auto timer = std::make_shared<QElapsedTimer>();
            timer->start();
            client->moveStage(secretNames.at(lane), QStringLiteral("BETA"),
                              (n / inFlight) % 2 ? QStringLiteral("v1") : QStringLiteral("v2"))
                    ->then(client.get(), [&latencies, timer, done](const ApiResult<Stage> &r) {
                        latencies << double(timer->nsecsElapsed()) / 1e6;
                        done(r.ok());
                    });
        };
        const int failures = runLanes(
                server, QStringLiteral("stage moves, %1 in flight").arg(inFlight).toLatin1(),
                inFlight, g_moves, start);
        std::printf("    latency p50 %.2f ms, p99 %.2f ms, %d failed\n", percentile(latencies, 0.5),
                    percentile(latencies, 0.99), failures);
    }
    return true;
}

// ---- floor: QNetworkAccessManager alone ----
// The same HTTP requests as the client section, sent by a bare QNetworkAccessManager: the stage
// moves signed once up front (csms-local accepts a signature for 15 minutes), each list page just
// before it is sent; no Reply, no codec, no queue, no retry bookkeeping. What is left is the
// cheapest any QNetworkAccessManager client can be; CsmsClient's numbers minus these are Keystage's
// own cost.
QNetworkRequest presigned(const QUrl &url, const QByteArray &method, const QByteArray &body)
{
    QNetworkRequest request(url);
    if (!body.isEmpty()) {
        request.setRawHeader(QByteArrayLiteral("Content-Type"),
                             QByteArrayLiteral("application/json;charset=UTF-8"));
    }
    request.setRawHeader(QByteArrayLiteral("X-Project-Id"),
                         SandboxCredentials::projectId().toLatin1());
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    AkSkAuthenticator auth(SandboxCredentials::accessKey(), SandboxCredentials::secretKey());
    auth.authorize(request, method, body);
    return request;
}

bool benchFloor(const CsmsLocal &server, QNetworkAccessManager *nam, const char *label)
{
    // Listing: GET pages of 1000 one after the other, the body parsed by QJsonDocument (the
    // next marker is read from it), nothing else.
    {
        const QUrl base = server.apiUrl(QStringLiteral("secrets"));
        QEventLoop loop;
        int pages = 0;
        bool failed = false;
        std::function<void(const QString &)> next = [&](const QString &marker) {
            QUrl url = base;
            QString query = QStringLiteral("limit=1000");
            if (!marker.isEmpty())
                query += QStringLiteral("&marker=")
                         + QString::fromLatin1(QUrl::toPercentEncoding(marker));
            url.setQuery(query);
            QNetworkReply *reply = nam->get(presigned(url, "GET", {}));
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
                reply->deleteLater();
                const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll());
                if (reply->error() != QNetworkReply::NoError || !doc.isObject()) {
                    failed = true;
                    loop.quit();
                    return;
                }
                ++pages;
                const QString nextMarker
                        = doc[QLatin1String("page_info")][QLatin1String("next_marker")].toString();
                if (nextMarker.isEmpty())
                    loop.quit();
                else
                    next(nextMarker);
            });
        };
        CpuMeter cpu(server.pid());
        next(QString());
        loop.exec();
        if (failed) {
            std::fprintf(stderr, "floor listing failed\n");
            return false;
        }
        printCpu(QByteArray(label + QByteArrayLiteral(": list, 1000 per page")).constData(), pages,
                 cpu);
    }

    // Stage moves: PUT BETA back and forth between v1 and v2 of 8 secrets.
    auto client = makeClient(nam, server, 200);
    const QStringList secretNames = prepareMoveLanes(
            *client, QStringLiteral("bench-floor-%1").arg(QLatin1String(label)), 8);
    QList<QNetworkRequest> requests[2];
    const QByteArray bodies[2]
            = {codec::stageBody(QStringLiteral("v1")), codec::stageBody(QStringLiteral("v2"))};
    for (const QString &secret : secretNames) {
        const QUrl url = server.apiUrl(QStringLiteral("secrets/%1/stages/BETA").arg(secret));
        for (int i = 0; i < 2; ++i)
            requests[i] << presigned(url, "PUT", bodies[i]);
    }
    for (int inFlight : {1, 4, 8}) {
        const StartFn start = [&](int lane, int n, std::function<void(bool)> done) {
            const int which = (n / inFlight) % 2 ? 0 : 1;
            QNetworkReply *reply = nam->put(requests[which].at(lane), bodies[which]);
            QObject::connect(reply, &QNetworkReply::finished, nam, [reply, done] {
                reply->deleteLater();
                reply->readAll();
                done(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200);
            });
        };
        const QByteArray what = QByteArray(label) + ": stage moves, " + QByteArray::number(inFlight)
                                + " in flight";
        if (const int failures = runLanes(server, what, inFlight, g_moves, start))
            std::printf("    %d failed\n", failures);
    }
    return true;
}

// ---- decode: one page body, three ways ----
// A real page body from csms-local (fetched once), decoded over and over on one thread: the
// QJsonDocument parse alone, secretPageFromDocument (QJsonDocument, then JsonReader per secret:
// how every other body is decoded) and secretPageFromBody (JsonScanner, straight from the text).
bool benchDecode(const CsmsLocal &server, QNetworkAccessManager *nam)
{
    for (int pageSize : {200, 1000}) {
        QUrl url = server.apiUrl(QStringLiteral("secrets"));
        url.setQuery(QStringLiteral("limit=%1").arg(pageSize));
        QNetworkReply *reply = nam->get(presigned(url, "GET", {}));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        if (reply->error() != QNetworkReply::NoError) {
            std::fprintf(stderr, "page request failed\n");
            return false;
        }
        const int rounds = 200000 / pageSize;
        const auto measure = [&](const char *what, const std::function<bool()> &decode) {
            QElapsedTimer t;
            t.start();
            const double cpu0 = selfCpuSeconds();
            for (int i = 0; i < rounds; ++i) {
                if (!decode()) {
                    std::fprintf(stderr, "%s failed\n", what);
                    return false;
                }
            }
            const double cpu = selfCpuSeconds() - cpu0;
            std::printf("decode %4d secrets (%6lld bytes), %-26s %8.1f us/page (CPU %.1f), %.2f "
                        "us/secret\n",
                        pageSize, qlonglong(body.size()), what, 1e6 * seconds(t) / rounds,
                        1e6 * cpu / rounds, 1e6 * cpu / rounds / pageSize);
            return true;
        };
        if (!measure("QJsonDocument::fromJson",
                     [&] { return QJsonDocument::fromJson(body).isObject(); }))
            return false;
        if (!measure("secretPageFromDocument",
                     [&] { return codec::secretPageFromDocument(body).ok(); }))
            return false;
        if (!measure("secretPageFromBody", [&] { return codec::secretPageFromBody(body).ok(); }))
            return false;
    }
    return true;
}

// ---- models: SecretListModel, VersionStageModel ----
bool benchModels(const CsmsLocal &server, QNetworkAccessManager *nam)
{
    auto client = makeClient(nam, server, 1000);
    QElapsedTimer t;
    // Full list, page by page (1000 per page), and the model's memory.
    const size_t before = heapInUse();
    auto model = std::make_unique<SecretListModel>(client.get());
    t.start();
    // Each page is asked for as soon as the last one is in, as a view scrolled to the end does;
    // the wait is on the model's signals (QTest::qWaitFor would sleep 10 ms a page).
    int pages = 0;
    bool failed = false;
    QEventLoop pageLoop;
    QObject::connect(model.get(), &SecretListModel::pageLoaded, &pageLoop, &QEventLoop::quit);
    QObject::connect(model.get(), &SecretListModel::loadFailed, &pageLoop, [&] {
        failed = true;
        pageLoop.quit();
    });
    QTimer watchdog; // a page that never comes fails the run instead of hanging it
    watchdog.setSingleShot(true);
    QObject::connect(&watchdog, &QTimer::timeout, &pageLoop, [&] {
        failed = true;
        pageLoop.quit();
    });
    while (!model->isComplete()) {
        model->fetchMore({});
        watchdog.start(60000);
        pageLoop.exec();
        if (failed) {
            std::fprintf(stderr, "page failed\n");
            return false;
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

    // Local filter (instant part) and server search latency.
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

    // Stage move round trip (stale check GET + PUT + re-read of the versions).
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
        QSignalSpy moved(stages.stageEditor(), &StageEditor::operationFinished);
        t.restart();
        const QString to = i % 2 ? QStringLiteral("v1") : QStringLiteral("v2");
        StageRequest request = StageRequest::move(secret, QStringLiteral("BETA"),
                                                  stages.holderOf(QStringLiteral("BETA")), to);
        request.versions = stages.snapshot();
        stages.stageEditor()->submit(request);
        moved.wait(30000);
        times << seconds(t) * 1000;
    }
    std::printf(
            "stage move round trip (drop to server truth, 50 moves): p50 %.1f ms, p90 %.1f ms\n",
            percentile(times, 0.5), percentile(times, 0.9));
    return true;
}

// ---- delete: 1,000 secrets three ways ----
bool benchDelete(const CsmsLocal &server, QNetworkAccessManager *nam)
{
    auto client = makeClient(nam, server, 1000);
    const int n = 1000;
    createSecrets(*client, QStringLiteral("seq"), n);
    createSecrets(*client, QStringLiteral("bulk"), n);
    createSecrets(*client, QStringLiteral("flood"), n);

    CpuMeter cpu(server.pid());
    for (const QString &name : names(QStringLiteral("seq"), n))
        await(client->deleteSecret(name, CsmsClient::Priority::Bulk));
    const double seq = cpu.wall();
    printCpu("delete, sequential loop", n, cpu);

    BulkDeleter deleter(client.get());
    QSignalSpy finished(&deleter, &BulkDeleter::finished);
    cpu.restart();
    deleter.start(names(QStringLiteral("bulk"), n), BulkDeleter::Mode::Immediate);
    finished.wait(600000);
    const double bulk = cpu.wall();
    const double bulkServerCpu = cpu.server();
    printCpu("delete, BulkDeleter (8 in flight)", n, cpu);
    const BulkSummary summary = deleter.summary();

    client->setMaxInFlight(64);
    BulkDeleter flood(client.get());
    flood.setMaxInFlight(64);
    QSignalSpy floodFinished(&flood, &BulkDeleter::finished);
    cpu.restart();
    flood.start(names(QStringLiteral("flood"), n), BulkDeleter::Mode::Immediate);
    floodFinished.wait(600000);
    const double ceiling = cpu.wall();
    printCpu("delete, flood (64 in flight)", n, cpu);
    const BulkSummary floodSummary = flood.summary();
    std::printf("BulkDeleter: %d ok, %d failed; flood: %d ok, %d failed\n", summary.succeeded,
                summary.failed, floodSummary.succeeded, floodSummary.failed);
    std::printf("BulkDeleter = %.1fx sequential, %.0f%% of the flood ceiling, %.0f%% of the "
                "server-CPU bound (%.0f req/s = %d deletes / %.3f s of csms-local CPU)\n",
                seq / bulk, 100.0 * ceiling / bulk, 100.0 * (n / bulk) / (n / bulkServerCpu),
                n / bulkServerCpu, n, bulkServerCpu);
    return true;
}

// ---- tag: 1,000 secrets tagged, then untagged ----
QList<TagTarget> createTagTargets(CsmsClient &client, const QString &prefix, int count)
{
    createSecrets(client, prefix, count);
    QList<TagTarget> targets;
    for (const QString &name : names(prefix, count)) {
        const auto secret = await(client.showSecret(name, CsmsClient::Priority::Bulk));
        if (secret.ok())
            targets.append({secret->name, secret->id});
    }
    return targets;
}

bool benchTag(const CsmsLocal &server, QNetworkAccessManager *nam)
{
    auto client = makeClient(nam, server, 1000);
    const int n = 1000;
    const QList<TagTarget> seq = createTagTargets(*client, QStringLiteral("tagseq"), n);
    const QList<TagTarget> bulk = createTagTargets(*client, QStringLiteral("tagbulk"), n);
    if (seq.size() != n || bulk.size() != n)
        return false;
    const QList<Tag> tags{{QStringLiteral("team"), QStringLiteral("payments")}};

    CpuMeter cpu(server.pid());
    for (const TagTarget &t : seq)
        await(client->tagAction(t.id, TagAction::Create, tags, CsmsClient::Priority::Bulk));
    const double loop = cpu.wall();
    printCpu("tag, sequential loop", n, cpu);

    BulkTagger tagger(client.get());
    QSignalSpy finished(&tagger, &BulkTagger::finished);
    cpu.restart();
    tagger.start(bulk, TagAction::Create, tags);
    finished.wait(600000);
    const double tagged = cpu.wall();
    printCpu("tag, BulkTagger (8 in flight)", n, cpu);
    const BulkSummary added = tagger.summary();

    cpu.restart();
    tagger.start(bulk, TagAction::Delete, {{QStringLiteral("team"), QString()}});
    finished.wait(600000);
    printCpu("untag, BulkTagger (8 in flight)", n, cpu);
    const BulkSummary removed = tagger.summary();
    std::printf("BulkTagger: tag %d ok, %d failed; untag %d ok, %d failed; %.1fx the loop\n",
                added.succeeded, added.failed, removed.succeeded, removed.failed, loop / tagged);
    return added.succeeded == n && removed.succeeded == n;
}

// The instance-delete preview: InstanceScan reads every secret on the server (pages of 1000)
// and keeps the associated ones, as the dialog does before it lets anything be deleted.
bool benchScan(const CsmsLocal &server, QNetworkAccessManager *nam)
{
    auto client = makeClient(nam, server, 50); // the profile's page size does not matter
    for (int run = 0; run < 3; ++run) {
        InstanceScan scan(client.get());
        QSignalSpy finished(&scan, &InstanceScan::finished);
        CpuMeter cpu(server.pid());
        scan.start();
        if (!finished.wait(600000)) {
            std::fprintf(stderr, "the instance scan did not finish\n");
            return false;
        }
        printCpu("instance scan (every secret, pages of 1000)", scan.scanned(), cpu);
        std::printf("instance scan: %d secrets in %.2f s (%.0f secrets/s), %d associated, %d "
                    "instances\n",
                    scan.scanned(), cpu.wall(), scan.scanned() / cpu.wall(),
                    int(scan.entries().size()), int(scan.instances().size()));
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int secrets = 100000;
    int latency = 0;
    bool durable = false;
    QStringList only{QStringLiteral("client"), QStringLiteral("models"), QStringLiteral("delete")};
    const QStringList args = QCoreApplication::arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--latency") && i + 1 < args.size())
            latency = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--durable"))
            durable = true;
        else if (args.at(i) == QLatin1String("--moves") && i + 1 < args.size())
            g_moves = qMax(1, args.at(++i).toInt());
        else if (args.at(i) == QLatin1String("--only") && i + 1 < args.size())
            only = args.at(++i).split(QLatin1Char(','));
        else
            secrets = args.at(i).toInt();
    }
    QNetworkAccessManager nam;
    CsmsLocalOptions options;
    options.seedDemo = secrets;
    options.faultLatencyMs = latency;
    QTemporaryDir dataDir;
    if (durable)
        options.dataFile = dataDir.filePath(QStringLiteral("bench.db"));
    CsmsLocal server(options);
    QElapsedTimer t;
    t.start();
    if (!server.start(600000)) {
        std::fprintf(stderr, "csms-local did not start: %s\n", server.errorOutput().constData());
        return 1;
    }
    std::printf("csms-local seeded with %d secrets (%s) and started in %.1f s; latency %d ms\n",
                secrets, durable ? "SQLite file, synchronous=FULL" : ":memory:", seconds(t),
                latency);
    std::fflush(stdout);
    if (only.contains(QLatin1String("client")) && !benchClient(server, &nam))
        return 1;
    std::fflush(stdout);
    if (only.contains(QLatin1String("floor"))) {
        if (!benchFloor(server, &nam, "qnam"))
            return 1;
        QNetworkAccessManager direct; // no system proxy lookup per request
        direct.setProxy(QNetworkProxy::NoProxy);
        if (!benchFloor(server, &direct, "qnam-noproxy"))
            return 1;
    }
    std::fflush(stdout);
    if (only.contains(QLatin1String("decode")) && !benchDecode(server, &nam))
        return 1;
    std::fflush(stdout);
    if (only.contains(QLatin1String("models")) && !benchModels(server, &nam))
        return 1;
    std::fflush(stdout);
    if (only.contains(QLatin1String("delete")) && !benchDelete(server, &nam))
        return 1;
    std::fflush(stdout);
    if (only.contains(QLatin1String("scan")) && !benchScan(server, &nam))
        return 1;
    std::fflush(stdout);
    if (only.contains(QLatin1String("tag")) && !benchTag(server, &nam))
        return 1;
    return 0;
}
