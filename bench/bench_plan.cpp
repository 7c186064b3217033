// SPDX-License-Identifier: Apache-2.0
// bench_plan: a stage plan for N secrets built and applied against a real csms-local (a
// benchmark, not a test), next to a bulk delete of as many secrets on the same client.
//   bench_plan [SECRETS] [--latency MS] [--in-flight N]
//     SECRETS      secrets in the plan (default 1000); each has v1 (BETA), v2, v3 (SYSCURRENT)
//     --latency    csms-local --fault-latency-ms: every /v1 response is delayed by MS
//     --in-flight  secrets at once for the builder, the runner and the deleter (default 8)
// Prints, for the build (PlanBuilder: GET versions per secret, the traits known as a filter scope
// gives them), the apply (PlanRunner: GET versions, GET stage, PUT stage, GET versions per secret)
// and the bulk delete (BulkDeleter, immediate): wall time, secrets/s, requests/s, CPU of both
// processes. The window's stalls during a plan are measured by bench_window.
#include "benchsupport.h"
#include "core/ops/bulkdeleter.h"
#include "core/plan/planbuilder.h"
#include "core/plan/planrunner.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSignalSpy>
#include <cstdio>
#include <functional>

using namespace keystage;
using namespace keystage::bench;
using namespace keystage::test;

namespace {

// Creates `count` secrets with v1 (BETA), v2, v3, 16 calls in flight.
void createStaged(CsmsClient &client, const QStringList &names, bool staged)
{
    int pending = 0, next = 0;
    QEventLoop loop;
    std::function<void(const QString &, int)> step;
    std::function<void()> pump = [&]() {
        while (pending < 16 && next < names.size()) {
            ++pending;
            const QString name = names.at(next++);
            CreateSecretRequest r;
            r.name = name;
            r.secretString = QStringLiteral("bench-1");
            client.createSecret(r)->then(
                    &loop, [&, name](const ApiResult<Secret> &) { step(name, staged ? 2 : 9); });
        }
    };
    step = [&](const QString &name, int stage) {
        if (stage <= 3) {
            CreateVersionRequest v;
            v.secretString = QStringLiteral("bench-%1").arg(stage);
            client.createVersion(name, v)->then(
                    &loop, [&, name, stage](const ApiResult<VersionMetadata> &) {
                        step(name, stage + 1);
                    });
            return;
        }
        if (stage == 4) {
            client.createStage(name, QStringLiteral("BETA"), QStringLiteral("v1"))
                    ->then(&loop, [&, name](const ApiResult<Stage> &) { step(name, 9); });
            return;
        }
        --pending;
        pump();
        if (pending == 0 && next == names.size())
            loop.quit();
    };
    pump();
    if (!names.isEmpty())
        loop.exec();
}

QStringList names(const QString &prefix, int count)
{
    QStringList out;
    for (int i = 0; i < count; ++i)
        out << QStringLiteral("%1-%2").arg(prefix).arg(i, 4, 10, QLatin1Char('0'));
    return out;
}

void report(const char *what, int secrets, int requests, const CpuMeter &cpu)
{
    const double wall = double(cpu.wall());
    std::printf("%-28s %5d secrets, %5d req in %6.2f s = %6.0f secrets/s, %6.0f req/s | CPU "
                "client %.2f s (main thread %.2f), server %.2f s\n",
                what, secrets, requests, wall, secrets / wall, requests / wall, cpu.client(),
                cpu.mainThread(), cpu.server());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int n = 1000;
    int latency = 0;
    int inFlight = 8;
    const QStringList args = QCoreApplication::arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--latency") && i + 1 < args.size())
            latency = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--in-flight") && i + 1 < args.size())
            inFlight = qMax(1, args.at(++i).toInt());
        else
            n = qMax(1, args.at(i).toInt());
    }
    CsmsLocalOptions options;
    options.faultLatencyMs = latency;
    CsmsLocal server(options);
    if (!server.start(600000)) {
        std::fprintf(stderr, "csms-local did not start: %s\n", server.errorOutput().constData());
        return 1;
    }
    QNetworkAccessManager nam;
    auto client = makeClient(&nam, server, 1000);
    int requests = 0;
    QObject::connect(client.get(), &CsmsClient::callFinished, &app,
                     [&requests](const ApiCallRecord &) { ++requests; });
    QElapsedTimer setup;
    setup.start();
    const QStringList planned = names(QStringLiteral("plan"), n);
    const QStringList doomed = names(QStringLiteral("bulk"), n);
    createStaged(*client, planned, true);
    createStaged(*client, doomed, false);
    std::printf("csms-local latency %d ms, %d in flight; %d staged + %d plain secrets created in "
                "%.1f s\n",
                latency, inFlight, n, n, double(setup.nsecsElapsed()) / 1e9);

    // Build: the targets' traits known (a filter scope reads them with the list).
    QList<PlanTarget> targets;
    SecretTraits enabled;
    enabled.state = QStringLiteral("ENABLED");
    enabled.type = QStringLiteral("COMMON");
    for (const QString &name : planned)
        targets.append({name, enabled});
    PlanBuilder builder(client.get());
    builder.setMaxInFlight(inFlight);
    QSignalSpy built(&builder, &PlanBuilder::finished);
    requests = 0;
    CpuMeter cpu(server.pid());
    builder.start(targets, {PlanOperation::Kind::Promote, QStringLiteral("BETA"), {}});
    built.wait(600000);
    report("build plan (promote BETA)", n, requests, cpu);
    const StagePlan plan = builder.plan();
    std::printf("  planned %d, risky %d\n", plan.count(PlanRow::Status::Planned),
                plan.riskyCount());

    PlanRunner runner(client.get());
    runner.setMaxInFlight(inFlight);
    QSignalSpy applied(&runner, &PlanRunner::finished);
    requests = 0;
    cpu.restart();
    runner.start(plan);
    applied.wait(600000);
    report("apply plan", n, requests, cpu);
    std::printf("  %s\n", qPrintable(runner.summary().text()));

    PlanRunner undo(client.get());
    undo.setMaxInFlight(inFlight);
    QSignalSpy undone(&undo, &PlanRunner::finished);
    requests = 0;
    cpu.restart();
    undo.start(runner.inversePlan());
    undone.wait(600000);
    report("undo (inverse plan)", n, requests, cpu);

    BulkDeleter deleter(client.get());
    deleter.setMaxInFlight(inFlight);
    QSignalSpy deleted(&deleter, &BulkDeleter::finished);
    requests = 0;
    cpu.restart();
    deleter.start(doomed, BulkDeleter::Mode::Immediate);
    deleted.wait(600000);
    report("bulk delete (immediate)", n, requests, cpu);
    return 0;
}
