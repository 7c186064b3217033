// SPDX-License-Identifier: Apache-2.0
// Memory growth without Valgrind (docs/reliability.md): 10,000 pages of secrets and 10,000 stage
// moves (StageEditor: stale check, write, re-read of the versions) against csms-local, with an
// Activity log attached as in the window. The resident set of this process and of csms-local is
// read after the first 1,000 of each and at the end; the end must be within 10 % of the first.
//   build/<dir>/bench/bench_memory [PAGES] [MOVES]     (defaults 10000 10000; exit 1 on growth)
#include "benchsupport.h"
#include "core/model/activitymodel.h"
#include "core/ops/stageeditor.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <cstdio>

using namespace keystage;

namespace {

// VmRSS of a process in KiB (/proc), -1 when unknown.
qint64 residentKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

struct Sample
{
    qint64 client = 0;
    qint64 server = 0;
};

bool within(qint64 first, qint64 last)
{
    return last <= first * 11 / 10;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int pages = argc > 1 ? std::atoi(argv[1]) : 10000;
    const int moves = argc > 2 ? std::atoi(argv[2]) : 10000;
    test::CsmsLocalOptions options;
    options.seedDemo = 500;
    test::CsmsLocal server(options);
    if (!server.start()) {
        std::fprintf(stderr, "csms-local did not start: %s\n", server.errorOutput().constData());
        return 2;
    }
    QNetworkAccessManager nam;
    auto client = bench::makeClient(&nam, server, 50);
    ActivityModel activity;
    activity.attach(client.get());
    const auto sample = [&] { return Sample{residentKiB(getpid()), residentKiB(server.pid())}; };

    // Pages of 50 secrets, walking the list over and over.
    Sample pagesFirst;
    QString marker;
    for (int i = 1; i <= pages; ++i) {
        const ApiResult<SecretPage> page = bench::await(client->listSecrets(marker, 50));
        if (!page.ok()) {
            std::fprintf(stderr, "page %d: %s\n", i, qPrintable(page.error().summary()));
            return 2;
        }
        marker = page->hasMore() ? page->pageInfo.nextMarker : QString();
        if (i == qMin(1000, pages))
            pagesFirst = sample();
    }
    const Sample pagesLast = sample();

    // A stage moved back and forth between two versions of one secret.
    const QString secret = QStringLiteral("memory-moves");
    CreateSecretRequest create;
    create.name = secret;
    create.secretString = QStringLiteral("v1");
    CreateVersionRequest version2;
    version2.secretString = QStringLiteral("v2");
    if (!bench::await(client->createSecret(create)).ok()
        || !bench::await(client->createVersion(secret, version2)).ok()
        || !bench::await(
                    client->createStage(secret, QStringLiteral("MOVING"), QStringLiteral("v1")))
                    .ok()) {
        std::fprintf(stderr, "could not prepare %s\n", qPrintable(secret));
        return 2;
    }
    StageEditor editor(client.get());
    Sample movesFirst;
    for (int i = 1; i <= moves; ++i) {
        const QString from = i % 2 ? QStringLiteral("v1") : QStringLiteral("v2");
        const QString to = i % 2 ? QStringLiteral("v2") : QStringLiteral("v1");
        StageOperation *op
                = editor.submit(StageRequest::move(secret, QStringLiteral("MOVING"), from, to));
        QSignalSpy finished(op, &StageOperation::finished);
        if (!finished.wait(60000) || !op->outcome().ok()) {
            std::fprintf(stderr, "move %d failed\n", i);
            return 2;
        }
        op->deleteLater();
        if (i == qMin(1000, moves))
            movesFirst = sample();
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const Sample movesLast = sample();

    std::printf("RSS in KiB         after 1,000   at the end   growth\n");
    const auto line = [](const char *what, qint64 first, qint64 last) {
        std::printf("%-18s %11lld %12lld %+7.1f %%\n", what, qint64(first), qint64(last),
                    first > 0 ? 100.0 * double(last - first) / double(first) : 0.0);
    };
    line("client, pages", pagesFirst.client, pagesLast.client);
    line("csms-local, pages", pagesFirst.server, pagesLast.server);
    line("client, moves", movesFirst.client, movesLast.client);
    line("csms-local, moves", movesFirst.server, movesLast.server);
    const bool ok = within(pagesFirst.client, pagesLast.client)
                    && within(pagesFirst.server, pagesLast.server)
                    && within(movesFirst.client, movesLast.client)
                    && within(movesFirst.server, movesLast.server);
    std::printf("%s\n", ok ? "within 10 %" : "GROWTH over 10 %");
    return ok ? 0 : 1;
}
