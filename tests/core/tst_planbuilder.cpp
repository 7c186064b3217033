// SPDX-License-Identifier: Apache-2.0
// PlanBuilder against a real csms-local: every operation (promote, move to another stage's version,
// roll back, delete, add), every risk in StageRules' own words (SYSCURRENT moves, a version left
// without a stage, a rotated database secret, pending deletion, the 12-stage limit), rows that need
// nothing or cannot be done, versions read page by page, a bounded number of reads, cancel.
#include "core/plan/planbuilder.h"
#include "sandboxclient.h"

#include <QtTest>

using namespace keystage;
using namespace keystage::test;
using Kind = PlanOperation::Kind;
using RowStatus = PlanRow::Status;

class TstPlanBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void promote();
    void promoteCurrent();
    void moveToHolder();
    void rollBack();
    void rollBackRotated();
    void deleteStage();
    void addStage();
    void stageLimit();
    void pendingDeletion();
    void missingSecret();
    void readsPageByPageWithBoundedReads();
    void cancel();

private:
    StagePlan build(const QStringList &names, const PlanOperation &op, int pageSize = 0);
    static const PlanRow &row(const StagePlan &plan, const QString &name);
    bool makeSecret(const QString &name, int versions, const QString &type = {},
                    const QString &rotationConfig = {});
    bool stage(const QString &name, const QString &stage, const QString &version);

    QNetworkAccessManager m_nam;
    std::unique_ptr<CsmsLocal> m_server;
    std::unique_ptr<CsmsClient> m_client;
};

void TstPlanBuilder::init()
{
    m_server = std::make_unique<CsmsLocal>();
    QVERIFY2(m_server->start(), m_server->errorOutput().constData());
    m_client = sandboxClient(&m_nam, *m_server);
    // app: v1 (no stage), v2 (BETA), v3 (SYSPREVIOUS), v4 (SYSCURRENT)
    QVERIFY(createStagedApp(m_client.get()));
}

void TstPlanBuilder::cleanup()
{
    m_client.reset();
    m_server.reset();
}

bool TstPlanBuilder::makeSecret(const QString &name, int versions, const QString &type,
                                const QString &rotationConfig)
{
    CreateSecretRequest r = secretRequest(name, QStringLiteral("value-1"));
    r.secretType = type;
    r.rotationConfig = rotationConfig;
    if (!await(m_client->createSecret(r)).ok())
        return false;
    for (int i = 2; i <= versions; ++i) {
        CreateVersionRequest v;
        v.secretString = QStringLiteral("value-%1").arg(i);
        if (!await(m_client->createVersion(name, v)).ok())
            return false;
    }
    return true;
}

bool TstPlanBuilder::stage(const QString &name, const QString &stage, const QString &version)
{
    return await(m_client->createStage(name, stage, version)).ok();
}

StagePlan TstPlanBuilder::build(const QStringList &names, const PlanOperation &op, int pageSize)
{
    PlanBuilder builder(m_client.get());
    builder.setPageSize(pageSize);
    QSignalSpy finished(&builder, &PlanBuilder::finished);
    if (!builder.start(names, op))
        return {};
    if (!finished.wait(60000))
        return {};
    return builder.plan();
}

const PlanRow &TstPlanBuilder::row(const StagePlan &plan, const QString &name)
{
    for (const PlanRow &r : plan.rows) {
        if (r.secretName == name)
            return r;
    }
    static const PlanRow none;
    return none;
}

static QList<StageEffect> moveEffects(const PlanRow &row, const QString &stage, const QString &to)
{
    return StageRules::predictMove(toVersionStages(row.versions), stage, to, row.traits).effects;
}

void TstPlanBuilder::promote()
{
    QVERIFY(makeSecret(QStringLiteral("fresh"), 2)); // no BETA
    QVERIFY(makeSecret(QStringLiteral("ahead"), 3));
    QVERIFY(stage(QStringLiteral("ahead"), QStringLiteral("BETA"), QStringLiteral("v3")));
    const StagePlan plan
            = build({QStringLiteral("app"), QStringLiteral("fresh"), QStringLiteral("ahead")},
                    {Kind::Promote, QStringLiteral("BETA"), {}});
    QCOMPARE(plan.rows.size(), 3);
    const PlanRow &app = row(plan, QStringLiteral("app"));
    QCOMPARE(app.status, RowStatus::Planned);
    QCOMPARE(app.change.kind, StageChange::Kind::Move);
    QCOMPARE(app.moves, (QList<PlannedMove>{{QStringLiteral("BETA"), QStringLiteral("v2"),
                                             QStringLiteral("v4")}}));
    // The risk, in the words of the single-move prompt: v2 keeps no stage.
    const StageEffect deprecated{StageEffectKind::VersionDeprecated, QStringLiteral("v2"), {}};
    QVERIFY(app.effects.contains(deprecated));
    QCOMPARE(app.effects, moveEffects(app, QStringLiteral("BETA"), QStringLiteral("v4")));
    QVERIFY(app.riskTexts().contains(deprecated.describe()));
    QVERIFY(app.isRisky());
    const PlanRow &fresh = row(plan, QStringLiteral("fresh"));
    QCOMPARE(fresh.status, RowStatus::CannotDo);
    QCOMPARE(fresh.reason, StageRules::refusalText(StageRefusal::UnknownStage));
    const PlanRow &ahead = row(plan, QStringLiteral("ahead"));
    QCOMPARE(ahead.status, RowStatus::NothingToDo);
    QVERIFY(ahead.reason.contains(QStringLiteral("v3")));
    QCOMPARE(plan.count(RowStatus::Planned), 1);
    QCOMPARE(plan.riskyCount(), 1);
}

void TstPlanBuilder::promoteCurrent()
{
    // v5 added without a stage: promoting SYSCURRENT moves it from v4.
    CreateVersionRequest v;
    v.secretString = QStringLiteral("value-5");
    v.versionStages = {QStringLiteral("NEXT")};
    QVERIFY(await(m_client->createVersion(QStringLiteral("app"), v)).ok());
    const StagePlan plan
            = build({QStringLiteral("app")}, {Kind::Promote, StageRules::current(), {}});
    const PlanRow &app = row(plan, QStringLiteral("app"));
    QCOMPARE(app.status, RowStatus::Planned);
    QCOMPARE(app.moves.first(),
             (PlannedMove{StageRules::current(), QStringLiteral("v4"), QStringLiteral("v5")}));
    const StageEffect current{StageEffectKind::CurrentChanges, QStringLiteral("v5"),
                              StageRules::current()};
    QVERIFY2(app.effects.contains(current), qPrintable(app.riskTexts().join(QLatin1Char('|'))));
    QCOMPARE(app.effects, moveEffects(app, StageRules::current(), QStringLiteral("v5")));
}

void TstPlanBuilder::moveToHolder()
{
    QVERIFY(makeSecret(QStringLiteral("nobeta"), 2));
    QVERIFY(makeSecret(QStringLiteral("together"), 3));
    QVERIFY(stage(QStringLiteral("together"), QStringLiteral("BETA"), QStringLiteral("v1")));
    QVERIFY(await(m_client->moveStage(QStringLiteral("together"), StageRules::previous(),
                                      QStringLiteral("v1")))
                    .ok());
    const PlanOperation op{Kind::MoveToHolder, QStringLiteral("BETA"), StageRules::previous()};
    const StagePlan plan = build(
            {QStringLiteral("app"), QStringLiteral("nobeta"), QStringLiteral("together")}, op);
    const PlanRow &app = row(plan, QStringLiteral("app"));
    QCOMPARE(app.status, RowStatus::Planned);
    QCOMPARE(app.moves, (QList<PlannedMove>{{QStringLiteral("BETA"), QStringLiteral("v2"),
                                             QStringLiteral("v3")}}));
    QVERIFY(app.effects.contains(
            StageEffect{StageEffectKind::VersionDeprecated, QStringLiteral("v2"), {}}));
    QCOMPARE(row(plan, QStringLiteral("nobeta")).status, RowStatus::CannotDo);
    QCOMPARE(row(plan, QStringLiteral("together")).status, RowStatus::NothingToDo);
    QVERIFY(!op.describe().isEmpty());
}

void TstPlanBuilder::rollBack()
{
    QVERIFY(makeSecret(QStringLiteral("single"), 1)); // only SYSCURRENT
    const StagePlan plan
            = build({QStringLiteral("app"), QStringLiteral("single")}, {Kind::RollBack, {}, {}});
    const PlanRow &app = row(plan, QStringLiteral("app"));
    QCOMPARE(app.status, RowStatus::Planned);
    QCOMPARE(app.change.kind, StageChange::Kind::RollBack);
    QCOMPARE(app.moves,
             (QList<PlannedMove>{
                     {StageRules::current(), QStringLiteral("v4"), QStringLiteral("v3")},
                     {StageRules::previous(), QStringLiteral("v3"), QStringLiteral("v4")}}));
    QVERIFY(app.effects.contains(StageEffect{StageEffectKind::CurrentChanges, QStringLiteral("v3"),
                                             StageRules::current()}));
    QCOMPARE(app.effects, StageRules::predictRollBack(toVersionStages(app.versions)).effects);
    const PlanRow &single = row(plan, QStringLiteral("single"));
    QCOMPARE(single.status, RowStatus::CannotDo);
    QCOMPARE(single.reason, StageRules::refusalText(StageRefusal::NoPreviousVersion));
}

void TstPlanBuilder::rollBackRotated()
{
    QVERIFY(makeSecret(
            QStringLiteral("db"), 2, QStringLiteral("RDS-FG"),
            QStringLiteral("{\"InstanceId\":\"i-1\",\"SecretSubType\":\"SingleUser\"}")));
    const StagePlan plan = build({QStringLiteral("db")}, {Kind::RollBack, {}, {}});
    const PlanRow &db = row(plan, QStringLiteral("db"));
    QCOMPARE(db.status, RowStatus::Planned);
    QVERIFY(db.traits.isRotated());
    const StageEffect login{StageEffectKind::LoginSingleUser, QStringLiteral("v1"), {}};
    bool found = false;
    for (const StageEffect &e : db.effects)
        found = found || e.kind == StageEffectKind::LoginSingleUser;
    QVERIFY2(found, qPrintable(db.riskTexts().join(QLatin1Char('|'))));
    QVERIFY(db.riskTexts().join(QLatin1Char('\n')).contains(QStringLiteral("SingleUser")));
    Q_UNUSED(login);
}

void TstPlanBuilder::deleteStage()
{
    QVERIFY(makeSecret(QStringLiteral("nobeta"), 1));
    StagePlan plan = build({QStringLiteral("app"), QStringLiteral("nobeta")},
                           {Kind::DeleteStage, QStringLiteral("BETA"), {}});
    const PlanRow &app = row(plan, QStringLiteral("app"));
    QCOMPARE(app.status, RowStatus::Planned);
    QCOMPARE(app.change.kind, StageChange::Kind::Delete);
    QCOMPARE(app.moves,
             (QList<PlannedMove>{{QStringLiteral("BETA"), QStringLiteral("v2"), QString()}}));
    QVERIFY(app.effects.contains(
            StageEffect{StageEffectKind::VersionDeprecated, QStringLiteral("v2"), {}}));
    QCOMPARE(row(plan, QStringLiteral("nobeta")).status, RowStatus::NothingToDo);
    // A built-in stage cannot be deleted: the rules' own reason.
    plan = build({QStringLiteral("app")}, {Kind::DeleteStage, StageRules::current(), {}});
    QCOMPARE(plan.rows.first().status, RowStatus::CannotDo);
    QCOMPARE(plan.rows.first().reason, StageRules::refusalText(StageRefusal::BuiltInStage));
}

void TstPlanBuilder::addStage()
{
    QVERIFY(makeSecret(QStringLiteral("old"), 3));
    QVERIFY(stage(QStringLiteral("old"), QStringLiteral("GAMMA"), QStringLiteral("v1")));
    QVERIFY(makeSecret(QStringLiteral("done"), 2));
    QVERIFY(stage(QStringLiteral("done"), QStringLiteral("GAMMA"), QStringLiteral("v2")));
    const StagePlan plan
            = build({QStringLiteral("app"), QStringLiteral("old"), QStringLiteral("done")},
                    {Kind::AddStage, QStringLiteral("GAMMA"), {}});
    const PlanRow &app = row(plan, QStringLiteral("app"));
    QCOMPARE(app.status, RowStatus::Planned);
    QCOMPARE(app.change.kind, StageChange::Kind::Create);
    QCOMPARE(app.moves,
             (QList<PlannedMove>{{QStringLiteral("GAMMA"), QString(), QStringLiteral("v4")}}));
    QVERIFY(!app.isRisky());
    const PlanRow &old = row(plan, QStringLiteral("old"));
    QCOMPARE(old.status, RowStatus::CannotDo);
    QCOMPARE(old.reason, StageRules::refusalText(StageRefusal::StageExists));
    QCOMPARE(row(plan, QStringLiteral("done")).status, RowStatus::NothingToDo);
}

void TstPlanBuilder::stageLimit()
{
    // full: 12 stages; eleven: 11 stages, so the new one reaches the limit.
    QVERIFY(makeSecret(QStringLiteral("full"), 2));
    QVERIFY(makeSecret(QStringLiteral("eleven"), 2));
    for (int i = 0; i < 10; ++i) {
        QVERIFY(stage(QStringLiteral("full"), QStringLiteral("S%1").arg(i), QStringLiteral("v1")));
        if (i < 9)
            QVERIFY(stage(QStringLiteral("eleven"), QStringLiteral("S%1").arg(i),
                          QStringLiteral("v1")));
    }
    const StagePlan plan = build({QStringLiteral("full"), QStringLiteral("eleven")},
                                 {Kind::AddStage, QStringLiteral("GAMMA"), {}});
    const PlanRow &full = row(plan, QStringLiteral("full"));
    QCOMPARE(full.status, RowStatus::CannotDo);
    QCOMPARE(full.reason, StageRules::refusalText(StageRefusal::StageLimit));
    const PlanRow &eleven = row(plan, QStringLiteral("eleven"));
    QCOMPARE(eleven.status, RowStatus::Planned);
    const StageEffect limit{StageEffectKind::StageLimitReached, {}, {}};
    bool found = false;
    for (const StageEffect &e : eleven.effects)
        found = found || e.kind == StageEffectKind::StageLimitReached;
    QVERIFY2(found, qPrintable(eleven.riskTexts().join(QLatin1Char('|'))));
    QVERIFY(eleven.riskTexts().contains(limit.describe()));
}

void TstPlanBuilder::pendingDeletion()
{
    QVERIFY(await(m_client->scheduleDeletion(QStringLiteral("app"), 7)).ok());
    for (const Kind kind : {Kind::Promote, Kind::RollBack, Kind::DeleteStage, Kind::AddStage}) {
        const StagePlan plan = build({QStringLiteral("app")}, {kind, QStringLiteral("BETA"), {}});
        QCOMPARE(plan.rows.first().status, RowStatus::CannotDo);
        QCOMPARE(plan.rows.first().reason,
                 StageRules::refusalText(StageRefusal::SecretPendingDeletion));
    }
}

void TstPlanBuilder::missingSecret()
{
    const StagePlan plan = build({QStringLiteral("app"), QStringLiteral("gone")},
                                 {Kind::Promote, QStringLiteral("BETA"), {}});
    const PlanRow &gone = row(plan, QStringLiteral("gone"));
    QCOMPARE(gone.status, RowStatus::NotRead);
    QVERIFY(gone.readError.has_value());
    QVERIFY(gone.readError->isNotFound());
    QVERIFY(!gone.readError->requestId.isEmpty());
    QVERIFY(!gone.reason.isEmpty());
    QCOMPARE(row(plan, QStringLiteral("app")).status, RowStatus::Planned);
}

void TstPlanBuilder::readsPageByPageWithBoundedReads()
{
    QStringList names;
    for (int i = 0; i < 12; ++i) {
        names << QStringLiteral("many-%1").arg(i);
        QVERIFY(makeSecret(names.last(), 5));
    }
    int versionPages = 0;
    int peak = 0;
    connect(m_client.get(), &CsmsClient::callFinished, this,
            [&versionPages](const ApiCallRecord &r) {
                versionPages += r.method == "GET" && r.path.endsWith(QLatin1String("/versions"));
            });
    connect(m_client.get(), &CsmsClient::inFlightChanged, this,
            [this, &peak]() { peak = qMax(peak, m_client->inFlight() + m_client->queued()); });
    PlanBuilder builder(m_client.get());
    builder.setPageSize(2);
    builder.setMaxInFlight(3);
    QSignalSpy progressed(&builder, &PlanBuilder::progressed);
    QSignalSpy rows(&builder, &PlanBuilder::rowReady);
    QSignalSpy finished(&builder, &PlanBuilder::finished);
    QVERIFY(builder.start(names, {Kind::Promote, StageRules::current(), {}}));
    QVERIFY(finished.wait(60000));
    QCOMPARE(rows.size(), 12);
    QCOMPARE(progressed.last().at(0).toInt(), 12);
    QCOMPARE(versionPages, 12 * 3); // 5 versions in pages of 2
    QVERIFY2(peak <= 3 && peak > 0, qPrintable(QString::number(peak)));
    // SYSCURRENT is on the newest version already.
    QCOMPARE(builder.plan().count(RowStatus::NothingToDo), 12);
}

void TstPlanBuilder::cancel()
{
    QStringList names;
    for (int i = 0; i < 30; ++i) {
        names << QStringLiteral("c-%1").arg(i);
        QVERIFY(makeSecret(names.last(), 1));
    }
    PlanBuilder builder(m_client.get());
    builder.setMaxInFlight(2);
    QSignalSpy rows(&builder, &PlanBuilder::rowReady);
    QSignalSpy finished(&builder, &PlanBuilder::finished);
    QVERIFY(builder.start(names, {Kind::RollBack, {}, {}}));
    QVERIFY(rows.wait(30000));
    builder.cancel();
    if (finished.isEmpty())
        QVERIFY(finished.wait(30000));
    QVERIFY(builder.wasCancelled());
    const StagePlan plan = builder.plan();
    QCOMPARE(plan.rows.size(), 30);
    QVERIFY(plan.count(RowStatus::NotRead) >= 25);
    QCOMPARE(plan.count(RowStatus::NotRead) + plan.count(RowStatus::CannotDo), 30);
    QVERIFY(plan.rows.last().reason.contains(QStringLiteral("cancelled")));
    QVERIFY(!builder.isRunning());
}

QTEST_GUILESS_MAIN(TstPlanBuilder)
#include "tst_planbuilder.moc"
