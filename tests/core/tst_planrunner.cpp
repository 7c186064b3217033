// SPDX-License-Identifier: Apache-2.0
// PlanRunner against a real csms-local: a plan applied through StageEditor with a bounded number
// of secrets at once, a secret changed between plan and apply (skipped, not overwritten), cancel
// (what was done stays done and is listed), a 429 storm and a server killed mid-apply (nothing is
// reported done that was not), undo of an applied plan by its inverse plan, the production guard
// asked once, and the CSV / JSON lines export (identifiers only, never a value). The plan's calls
// queue at Bulk priority: a change the user makes during an apply goes ahead of them.
#include "core/ops/stageeditor.h"
#include "core/plan/planbuilder.h"
#include "core/plan/planexport.h"
#include "core/plan/planrunner.h"
#include "sandboxclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace keystage;
using namespace keystage::test;
using Status = PlanResult::Status;

class TstPlanRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appliesAndUndoes();
    void skipsSecretChangedSincePlan();
    void cancelKeepsWhatWasDone();
    void survives429Storm();
    void serverKilledMidApply();
    void productionGuardAskedOnce();
    void exportsIdentifiersOnly();
    void userChangeGoesAheadOfThePlan();

private:
    // Each secret: v1 (BETA), v2 (SYSPREVIOUS), v3 (SYSCURRENT); values "secret-value-N".
    static QStringList makeSecrets(CsmsClient &client, int count, const QString &prefix);
    static QString holder(CsmsClient &client, const QString &secret, const QString &stage);
    static StagePlan build(CsmsClient &client, const QStringList &names, const PlanOperation &op);
    static bool run(PlanRunner &runner, const StagePlan &plan, bool production = false);
    static PlanOperation promoteBeta()
    {
        return {PlanOperation::Kind::Promote, QStringLiteral("BETA"), {}};
    }
    QNetworkAccessManager m_nam;
};

QStringList TstPlanRunner::makeSecrets(CsmsClient &client, int count, const QString &prefix)
{
    QStringList names;
    for (int i = 0; i < count; ++i) {
        const QString name = QStringLiteral("%1-%2").arg(prefix).arg(i, 3, 10, QLatin1Char('0'));
        if (!await(client.createSecret(secretRequest(name, QStringLiteral("secret-value-1")))).ok())
            return {};
        for (int v = 2; v <= 3; ++v) {
            CreateVersionRequest r;
            r.secretString = QStringLiteral("secret-value-%1").arg(v);
            if (!await(client.createVersion(name, r)).ok())
                return {};
        }
        if (!await(client.createStage(name, QStringLiteral("BETA"), QStringLiteral("v1"))).ok())
            return {};
        names << name;
    }
    return names;
}

QString TstPlanRunner::holder(CsmsClient &client, const QString &secret, const QString &stage)
{
    for (int attempt = 0; attempt < 20; ++attempt) {
        const auto r = await(client.showStage(secret, stage));
        if (r.ok())
            return r->versionId;
        if (r.error().isNotFound())
            return {};
    }
    return QStringLiteral("(unreadable)");
}

StagePlan TstPlanRunner::build(CsmsClient &client, const QStringList &names,
                               const PlanOperation &op)
{
    PlanBuilder builder(&client);
    QSignalSpy finished(&builder, &PlanBuilder::finished);
    if (!builder.start(names, op) || !finished.wait(60000))
        return {};
    return builder.plan();
}

bool TstPlanRunner::run(PlanRunner &runner, const StagePlan &plan, bool production)
{
    QSignalSpy finished(&runner, &PlanRunner::finished);
    if (!runner.start(plan, production))
        return false;
    return !finished.isEmpty() || finished.wait(120000);
}

void TstPlanRunner::appliesAndUndoes()
{
    CsmsLocal server;
    QVERIFY2(server.start(), server.errorOutput().constData());
    auto client = sandboxClient(&m_nam, server);
    const QStringList names = makeSecrets(*client, 20, QStringLiteral("app"));
    QCOMPARE(names.size(), 20);
    const StagePlan plan = build(*client, names, promoteBeta());
    QCOMPARE(plan.count(PlanRow::Status::Planned), 20);

    PlanRunner runner(client.get());
    runner.setMaxInFlight(4);
    int peakRunning = 0;
    QSignalSpy results(&runner, &PlanRunner::resultReady);
    connect(&runner, &PlanRunner::resultReady, this, [&runner, &peakRunning]() {
        int running = 0;
        for (const PlanResult &r : runner.results())
            running += r.status == Status::Running ? 1 : 0;
        peakRunning = qMax(peakRunning, running);
    });
    QVERIFY(run(runner, plan));
    QVERIFY(peakRunning <= 4 && peakRunning > 0);
    QCOMPARE(runner.summary().done, 20);
    QVERIFY(!runner.summary().text().isEmpty());
    QVERIFY(results.size() >= 40); // running, then the result, per row
    for (int i = 0; i < names.size(); ++i) {
        const PlanResult &r = runner.results().at(i);
        QCOMPARE(r.status, Status::Done);
        QVERIFY(!r.requestId.isEmpty()); // of the PUT
        QCOMPARE(r.undo.kind, StageChange::Kind::Move);
        QCOMPARE(holder(*client, names.at(i), QStringLiteral("BETA")), QStringLiteral("v3"));
    }
    QCOMPARE(runner.changedSecrets(), names);

    // Undo: the inverse plan, checked and applied the same way.
    const StagePlan inverse = runner.inversePlan();
    QCOMPARE(inverse.operation.kind, PlanOperation::Kind::Inverse);
    QCOMPARE(inverse.count(PlanRow::Status::Planned), 20);
    QCOMPARE(inverse.rows.first().moves,
             (QList<PlannedMove>{
                     {QStringLiteral("BETA"), QStringLiteral("v3"), QStringLiteral("v1")}}));
    PlanRunner undo(client.get());
    QVERIFY(run(undo, inverse));
    QCOMPARE(undo.summary().done, 20);
    for (const QString &name : names)
        QCOMPARE(holder(*client, name, QStringLiteral("BETA")), QStringLiteral("v1"));

    // A roll back and its undo, each one plan.
    const StagePlan rollBack
            = build(*client, names.mid(0, 5), {PlanOperation::Kind::RollBack, {}, {}});
    PlanRunner rb(client.get());
    QVERIFY(run(rb, rollBack));
    QCOMPARE(rb.summary().done, 5);
    QCOMPARE(holder(*client, names.first(), StageRules::current()), QStringLiteral("v2"));
    PlanRunner rbUndo(client.get());
    QVERIFY(run(rbUndo, rb.inversePlan()));
    QCOMPARE(rbUndo.summary().done, 5);
    QCOMPARE(holder(*client, names.first(), StageRules::current()), QStringLiteral("v3"));
    QCOMPARE(holder(*client, names.first(), StageRules::previous()), QStringLiteral("v2"));

    // Add and its undo (a delete); delete and its undo (a create on the same version).
    const StagePlan add = build(*client, names.mid(0, 3),
                                {PlanOperation::Kind::AddStage, QStringLiteral("GAMMA"), {}});
    PlanRunner adder(client.get());
    QVERIFY(run(adder, add));
    QCOMPARE(holder(*client, names.first(), QStringLiteral("GAMMA")), QStringLiteral("v3"));
    PlanRunner addUndo(client.get());
    QVERIFY(run(addUndo, adder.inversePlan()));
    QCOMPARE(addUndo.summary().done, 3);
    QVERIFY(holder(*client, names.first(), QStringLiteral("GAMMA")).isEmpty());
    const StagePlan del = build(*client, names.mid(0, 3),
                                {PlanOperation::Kind::DeleteStage, QStringLiteral("BETA"), {}});
    PlanRunner deleter(client.get());
    QVERIFY(run(deleter, del));
    QVERIFY(holder(*client, names.first(), QStringLiteral("BETA")).isEmpty());
    PlanRunner delUndo(client.get());
    QVERIFY(run(delUndo, deleter.inversePlan()));
    QCOMPARE(holder(*client, names.first(), QStringLiteral("BETA")), QStringLiteral("v1"));
}

void TstPlanRunner::skipsSecretChangedSincePlan()
{
    CsmsLocal server;
    QVERIFY2(server.start(), server.errorOutput().constData());
    auto client = sandboxClient(&m_nam, server);
    const QStringList names = makeSecrets(*client, 4, QStringLiteral("chg"));
    QCOMPARE(names.size(), 4);
    const StagePlan plan = build(*client, names, promoteBeta());
    // Someone moves BETA on one secret, and adds a version to another, after the plan.
    QVERIFY(await(client->moveStage(names.at(1), QStringLiteral("BETA"), QStringLiteral("v2")))
                    .ok());
    CreateVersionRequest v;
    v.secretString = QStringLiteral("secret-value-4");
    QVERIFY(await(client->createVersion(names.at(2), v)).ok());

    PlanRunner runner(client.get());
    QVERIFY(run(runner, plan));
    QCOMPARE(runner.results().at(0).status, Status::Done);
    QCOMPARE(runner.results().at(1).status, Status::Skipped);
    QCOMPARE(runner.results().at(2).status, Status::Skipped);
    QCOMPARE(runner.results().at(3).status, Status::Done);
    QVERIFY(runner.results().at(1).detail.contains(names.at(1)));
    QVERIFY(!runner.results().at(1).requestId.isEmpty());
    // Not overwritten: BETA stays where the other writer put it; the new version keeps no BETA.
    QCOMPARE(holder(*client, names.at(1), QStringLiteral("BETA")), QStringLiteral("v2"));
    QCOMPARE(holder(*client, names.at(2), QStringLiteral("BETA")), QStringLiteral("v1"));
    QCOMPARE(runner.summary().skipped, 2);
    QVERIFY(runner.summary().text().contains(QStringLiteral("skipped")));
    // The inverse plan undoes only what was done.
    QCOMPARE(runner.inversePlan().rows.size(), 2);
}

void TstPlanRunner::cancelKeepsWhatWasDone()
{
    CsmsLocalOptions options;
    options.faultLatencyMs = 5;
    CsmsLocal server(options);
    QVERIFY2(server.start(), server.errorOutput().constData());
    auto client = sandboxClient(&m_nam, server);
    const QStringList names = makeSecrets(*client, 30, QStringLiteral("cxl"));
    QCOMPARE(names.size(), 30);
    const StagePlan plan = build(*client, names, promoteBeta());
    PlanRunner runner(client.get());
    runner.setMaxInFlight(2);
    connect(&runner, &PlanRunner::resultReady, this, [&runner](int, const PlanResult &r) {
        if (r.status == Status::Done)
            runner.cancel();
    });
    QVERIFY(run(runner, plan));
    const PlanSummary s = runner.summary();
    QVERIFY(s.done >= 1 && s.done <= 3);
    QCOMPARE(s.done + s.notTried, 30);
    for (int i = 0; i < names.size(); ++i) {
        const bool done = runner.results().at(i).status == Status::Done;
        QCOMPARE(holder(*client, names.at(i), QStringLiteral("BETA")),
                 done ? QStringLiteral("v3") : QStringLiteral("v1"));
    }
    QCOMPARE(runner.inversePlan().rows.size(), s.done);
}

void TstPlanRunner::survives429Storm()
{
    QTemporaryDir dir;
    CsmsLocalOptions options;
    options.dataFile = dir.filePath(QStringLiteral("csms.db"));
    QStringList names;
    StagePlan plan; // made before the storm
    {
        CsmsLocal calm(options);
        QVERIFY2(calm.start(), calm.errorOutput().constData());
        auto client = sandboxClient(&m_nam, calm);
        names = makeSecrets(*client, 30, QStringLiteral("storm"));
        QCOMPARE(names.size(), 30);
        plan = build(*client, names, promoteBeta());
        calm.terminate();
    }
    options.fault429Rate = 0.4;
    CsmsLocal server(options);
    QVERIFY2(server.start(), server.errorOutput().constData());
    auto client = sandboxClient(&m_nam, server);
    RetryPolicy fast;
    fast.setMaxRetries(1);
    client->setRetryPolicy(fast);
    QCOMPARE(plan.count(PlanRow::Status::Planned), 30);
    PlanRunner runner(client.get());
    QVERIFY(run(runner, plan));
    const PlanSummary s = runner.summary();
    QVERIFY(s.failed > 0); // the storm hit
    QCOMPARE(s.done + s.failed, 30);
    for (int i = 0; i < names.size(); ++i) {
        const PlanResult &r = runner.results().at(i);
        if (r.status == Status::Failed)
            QCOMPARE(r.error->kind, ApiError::Kind::RateLimited);
        // Done exactly when the server moved it: a 429 is an answer, nothing was done.
        QCOMPARE(holder(*client, names.at(i), QStringLiteral("BETA")) == QLatin1String("v3"),
                 r.status == Status::Done);
    }
}

void TstPlanRunner::serverKilledMidApply()
{
    QTemporaryDir dir;
    CsmsLocalOptions options;
    options.dataFile = dir.filePath(QStringLiteral("csms.db"));
    options.faultLatencyMs = 10;
    CsmsLocal server(options);
    QVERIFY2(server.start(), server.errorOutput().constData());
    auto client = sandboxClient(&m_nam, server);
    const QStringList names = makeSecrets(*client, 40, QStringLiteral("kill"));
    QCOMPARE(names.size(), 40);
    const StagePlan plan = build(*client, names, promoteBeta());
    QCOMPARE(plan.count(PlanRow::Status::Planned), 40);
    PlanRunner runner(client.get());
    runner.setMaxInFlight(4);
    connect(&runner, &PlanRunner::progressed, this, [&server](int done) {
        if (done >= 12 && server.isRunning())
            server.kill();
    });
    QVERIFY(run(runner, plan));
    const PlanSummary s = runner.summary();
    QVERIFY(s.done >= 12 && s.done < 40);
    QCOMPARE(s.done + s.failed + s.unconfirmed + s.notTried + s.skipped, 40);
    QVERIFY2(server.restart(), server.errorOutput().constData());
    if (server.port() != client->profile().csmsEndpoint.port())
        QSKIP("csms-local could not get its port back");
    for (int i = 0; i < names.size(); ++i) {
        const PlanResult &r = runner.results().at(i);
        const QString now = holder(*client, names.at(i), QStringLiteral("BETA"));
        if (r.status == Status::Done)
            QCOMPARE(now, QStringLiteral("v3"));
        else if (r.status != Status::Unconfirmed)
            QVERIFY2(now == QLatin1String("v1"),
                     qPrintable(names.at(i) + QLatin1Char(' ') + r.statusText() + QLatin1Char(' ')
                                + r.detail));
    }
}

void TstPlanRunner::productionGuardAskedOnce()
{
    CsmsLocal server;
    QVERIFY2(server.start(), server.errorOutput().constData());
    Profile p = sandboxProfile(server);
    p.production = true;
    Credentials c;
    c.secretKey = SandboxCredentials::secretKey();
    CsmsClient client(&m_nam, p, c);
    const QStringList names = makeSecrets(client, 3, QStringLiteral("prod"));
    QCOMPARE(names.size(), 3);
    const StagePlan plan = build(client, names, {PlanOperation::Kind::RollBack, {}, {}});
    PlanRunner runner(&client);
    QVERIFY(!runner.start(plan)); // the guard was not asked: nothing starts
    QVERIFY(!runner.isRunning());
    QVERIFY(run(runner, plan, true)); // asked once for the plan: every row goes (risky ones too)
    QCOMPARE(runner.summary().done, 3);
}

void TstPlanRunner::exportsIdentifiersOnly()
{
    CsmsLocal server;
    QVERIFY2(server.start(), server.errorOutput().constData());
    auto client = sandboxClient(&m_nam, server);
    QStringList names = makeSecrets(*client, 3, QStringLiteral("exp,\"q\""));
    QCOMPARE(names.size(), 0); // such a name is refused by the server: use plain ones
    names = makeSecrets(*client, 3, QStringLiteral("exp"));
    names << QStringLiteral("missing");
    const StagePlan plan = build(*client, names, {PlanOperation::Kind::RollBack, {}, {}});
    const QByteArray planned = PlanExport::toCsv(plan);
    QVERIFY(planned.startsWith("secret,stage,from,to,result,request_id,detail\r\n"));
    QVERIFY(planned.contains("exp-000,SYSCURRENT,v3,v2,planned,,"));
    QVERIFY(planned.contains("exp-000,SYSPREVIOUS,v2,v3,planned,,"));
    QVERIFY(planned.contains("missing,,,,not read,"));
    PlanRunner runner(client.get());
    QVERIFY(run(runner, plan));
    const QByteArray csv = PlanExport::toCsv(plan, runner.results());
    const QByteArray jsonl = PlanExport::toJsonLines(plan, runner.results());
    QCOMPARE(csv.count("\r\n"), 1 + 3 * 2 + 1);
    QVERIFY(csv.contains("exp-001,SYSCURRENT,v3,v2,done,"));
    const QList<QByteArray> lines = jsonl.trimmed().split('\n');
    QCOMPARE(lines.size(), 3 * 2 + 1);
    const QJsonObject first = QJsonDocument::fromJson(lines.first()).object();
    QCOMPARE(first.value(QStringLiteral("secret")).toString(), QStringLiteral("exp-000"));
    QCOMPARE(first.value(QStringLiteral("stage")).toString(), StageRules::current());
    QCOMPARE(first.value(QStringLiteral("from")).toString(), QStringLiteral("v3"));
    QCOMPARE(first.value(QStringLiteral("to")).toString(), QStringLiteral("v2"));
    QCOMPARE(first.value(QStringLiteral("result")).toString(), QStringLiteral("done"));
    QCOMPARE(first.value(QStringLiteral("request_id")).toString(),
             runner.results().first().requestId);
    QVERIFY(!runner.results().first().requestId.isEmpty());
    // Never a value.
    QVERIFY(!csv.contains("secret-value"));
    QVERIFY(!jsonl.contains("secret-value"));
}

void TstPlanRunner::userChangeGoesAheadOfThePlan()
{
    CsmsLocalOptions options;
    options.faultLatencyMs = 20;
    CsmsLocal server(options);
    QVERIFY2(server.start(), server.errorOutput().constData());
    auto client = sandboxClient(&m_nam, server);
    const QStringList names = makeSecrets(*client, 16, QStringLiteral("plan"));
    QCOMPARE(names.size(), 16);
    const QString mine = makeSecrets(*client, 1, QStringLiteral("mine")).value(0);
    QVERIFY(!mine.isEmpty());
    const StagePlan plan = build(*client, names, promoteBeta());
    QCOMPARE(plan.count(PlanRow::Status::Planned), 16);

    // One call on the wire at a time: the client's queue decides who goes next.
    client->setMaxInFlight(1);
    int planCalls = 0;
    connect(client.get(), &CsmsClient::callFinished, this, [&](const ApiCallRecord &r) {
        if (!r.path.contains(QStringLiteral("/secrets/mine-")))
            ++planCalls;
    });
    PlanRunner runner(client.get()); // 8 secrets at once: their calls fill the queue
    QSignalSpy applied(&runner, &PlanRunner::finished);
    QVERIFY(runner.start(plan));
    QTRY_VERIFY(runner.done() >= 2); // reads and writes under way

    // The user moves BETA on another secret meanwhile (a drop on the board: Interactive).
    const int before = planCalls;
    StageEditor editor(client.get());
    StageOperation *op = editor.submit(StageRequest::move(
            mine, QStringLiteral("BETA"), QStringLiteral("v1"), QStringLiteral("v2")));
    QSignalSpy moved(op, &StageOperation::finished);
    QVERIFY(moved.wait(20000));
    QVERIFY(op->outcome().ok());
    // Its calls (the versions and the secret read, the write, the re-read) waited for the plan's
    // call on the wire only, never behind the plan's queued reads and writes. When the plan's
    // stale checks, writes and re-reads were Interactive too, they took turns with the user's
    // (3 plan calls answered meanwhile here, against 1).
    const int planCallsMeanwhile = planCalls - before;
    QVERIFY2(planCallsMeanwhile <= 2,
             qPrintable(QStringLiteral("%1 plan calls answered during the user's move")
                                .arg(planCallsMeanwhile)));
    QVERIFY(runner.isRunning());
    QCOMPARE(holder(*client, mine, QStringLiteral("BETA")), QStringLiteral("v2"));
    QVERIFY(applied.wait(60000));
    QCOMPARE(runner.summary().done, 16);
}

QTEST_GUILESS_MAIN(TstPlanRunner)
#include "tst_planrunner.moc"
