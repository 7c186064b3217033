#include "core/ops/stagerules.h"

#include <QTest>

using namespace keystage;

namespace {

// v3 (newest) .. v1: the shape of a typical secret after two rotations and a canary.
QList<VersionStages> typical()
{
    return {{QStringLiteral("v3"), {QStringLiteral("SYSCURRENT")}},
            {QStringLiteral("v2"), {QStringLiteral("SYSPREVIOUS"), QStringLiteral("BETA")}},
            {QStringLiteral("v1"), {QStringLiteral("CANARY")}}};
}

QList<VersionStages> withVersions(int count)
{
    QList<VersionStages> versions;
    for (int i = count; i >= 1; --i)
        versions.append({QStringLiteral("v%1").arg(i), {}});
    versions.first().stages = {QStringLiteral("SYSCURRENT")};
    versions[1].stages = {QStringLiteral("SYSPREVIOUS")};
    return versions;
}

bool hasEffect(const StagePrediction &p, StageEffectKind kind, const QString &version = {})
{
    for (const StageEffect &e : p.effects) {
        if (e.kind == kind && (version.isEmpty() || e.versionId == version))
            return true;
    }
    return false;
}

} // namespace

class TestStageRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("simple") << QStringLiteral("BETA") << true;
        QTest::newRow("dash underscore digits") << QStringLiteral("canary_2-eu") << true;
        QTest::newRow("64 chars") << QString(64, QLatin1Char('a')) << true;
        QTest::newRow("65 chars") << QString(65, QLatin1Char('a')) << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("dot") << QStringLiteral("v1.2") << false;
        QTest::newRow("space") << QStringLiteral("my stage") << false;
        QTest::newRow("unicode") << QStringLiteral("阶段") << false;
        QTest::newRow("newline") << QStringLiteral("BETA\n") << false;
    }
    void names()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(StageRules::isValidName(name), valid);
    }

    void builtIns()
    {
        QVERIFY(StageRules::isBuiltIn(QStringLiteral("SYSCURRENT")));
        QVERIFY(StageRules::isBuiltIn(QStringLiteral("SYSPREVIOUS")));
        QVERIFY(!StageRules::isBuiltIn(QStringLiteral("syscurrent")));
        QVERIFY(!StageRules::isBuiltIn(QStringLiteral("BETA")));
    }

    void moveCustomStageIsQuiet()
    {
        const StagePrediction p
                = StageRules::predictMove(typical(), QStringLiteral("BETA"), QStringLiteral("v3"));
        QVERIFY(p.allowed());
        QVERIFY(p.effects.isEmpty());
        QVERIFY(!p.isRisky());
        QCOMPARE(StageRules::holderOf(p.after, QStringLiteral("BETA")), QStringLiteral("v3"));
        QCOMPARE(p.after.at(1).stages, QStringList{QStringLiteral("SYSPREVIOUS")});
    }

    void moveLeavingVersionEmptyDeprecatesIt()
    {
        const StagePrediction p = StageRules::predictMove(typical(), QStringLiteral("CANARY"),
                                                          QStringLiteral("v2"));
        QVERIFY(p.allowed());
        QVERIFY(hasEffect(p, StageEffectKind::VersionDeprecated, QStringLiteral("v1")));
        QVERIFY(!hasEffect(p, StageEffectKind::VersionPurgeLikely));
        QVERIFY(p.isRisky());
        QVERIFY(p.effects.first().describe().contains(QStringLiteral("v1")));
    }

    void moveCurrentIsRiskyAndMovesOnlyCurrent()
    {
        const StagePrediction p = StageRules::predictMove(typical(), QStringLiteral("SYSCURRENT"),
                                                          QStringLiteral("v1"));
        QVERIFY(p.allowed());
        QVERIFY(hasEffect(p, StageEffectKind::CurrentChanges, QStringLiteral("v1")));
        // PUT moves only the named stage (csms-api.md Decisions): SYSPREVIOUS stays on v2.
        QVERIFY(!hasEffect(p, StageEffectKind::PreviousChanges));
        QVERIFY(hasEffect(p, StageEffectKind::VersionDeprecated, QStringLiteral("v3")));
        QVERIFY(p.isRisky());
        QVERIFY(p.effects.first().describe().contains(QStringLiteral("v1")));
    }

    void moveAtVersionLimitWarnsOfPurge()
    {
        QList<VersionStages> versions = withVersions(StageRules::MaxVersions);
        versions[5].stages = {QStringLiteral("BETA")};
        const StagePrediction p
                = StageRules::predictMove(versions, QStringLiteral("BETA"), QStringLiteral("v20"));
        QVERIFY(hasEffect(p, StageEffectKind::VersionDeprecated, versions[5].versionId));
        QVERIFY(hasEffect(p, StageEffectKind::VersionPurgeLikely, versions[5].versionId));
    }

    void moveRefusals_data()
    {
        QTest::addColumn<QString>("stage");
        QTest::addColumn<QString>("to");
        QTest::addColumn<int>("refusal");
        QTest::newRow("same holder") << QStringLiteral("BETA") << QStringLiteral("v2")
                                     << int(StageRefusal::AlreadyThere);
        QTest::newRow("unknown stage") << QStringLiteral("GAMMA") << QStringLiteral("v1")
                                       << int(StageRefusal::UnknownStage);
        QTest::newRow("unknown version") << QStringLiteral("BETA") << QStringLiteral("v9")
                                         << int(StageRefusal::UnknownVersion);
        QTest::newRow("invalid name") << QStringLiteral("BE TA") << QStringLiteral("v1")
                                      << int(StageRefusal::InvalidName);
    }
    void moveRefusals()
    {
        QFETCH(QString, stage);
        QFETCH(QString, to);
        QFETCH(int, refusal);
        const StagePrediction p = StageRules::predictMove(typical(), stage, to);
        QCOMPARE(int(p.refusal), refusal);
        QVERIFY(!p.allowed());
        QVERIFY(!p.refusalText().isEmpty());
        QVERIFY(p.after.isEmpty());
    }

    void createStage()
    {
        const StagePrediction p = StageRules::predictCreate(typical(), QStringLiteral("GAMMA"),
                                                            QStringLiteral("v1"));
        QVERIFY(p.allowed());
        QVERIFY(p.effects.isEmpty());
        QCOMPARE(StageRules::stageCount(p.after), 5);
        QCOMPARE(StageRules::holderOf(p.after, QStringLiteral("GAMMA")), QStringLiteral("v1"));
    }

    void createUpToTheLimit()
    {
        QList<VersionStages> versions = typical();
        for (int i = StageRules::stageCount(versions); i < StageRules::MaxStages - 1; ++i)
            versions[2].stages.append(QStringLiteral("S%1").arg(i));
        QCOMPARE(StageRules::stageCount(versions), StageRules::MaxStages - 1);
        const StagePrediction twelfth
                = StageRules::predictCreate(versions, QStringLiteral("LAST"), QStringLiteral("v3"));
        QVERIFY(twelfth.allowed());
        QVERIFY(hasEffect(twelfth, StageEffectKind::StageLimitReached));
        const StagePrediction thirteenth = StageRules::predictCreate(
                twelfth.after, QStringLiteral("ONEMORE"), QStringLiteral("v3"));
        QCOMPARE(thirteenth.refusal, StageRefusal::StageLimit);
        QVERIFY(thirteenth.refusalText().contains(QString::number(StageRules::MaxStages)));
    }

    void createRefusals()
    {
        QCOMPARE(StageRules::predictCreate(typical(), QStringLiteral("BETA"), QStringLiteral("v1"))
                         .refusal,
                 StageRefusal::StageExists);
        QCOMPARE(StageRules::predictCreate(typical(), QStringLiteral("NEW"), QStringLiteral("v7"))
                         .refusal,
                 StageRefusal::UnknownVersion);
        QCOMPARE(StageRules::predictCreate(typical(), QStringLiteral("a.b"), QStringLiteral("v1"))
                         .refusal,
                 StageRefusal::InvalidName);
    }

    void deleteStage()
    {
        const StagePrediction beta = StageRules::predictDelete(typical(), QStringLiteral("BETA"));
        QVERIFY(beta.allowed());
        QVERIFY(beta.effects.isEmpty()); // v2 keeps SYSPREVIOUS
        const StagePrediction canary
                = StageRules::predictDelete(typical(), QStringLiteral("CANARY"));
        QVERIFY(hasEffect(canary, StageEffectKind::VersionDeprecated, QStringLiteral("v1")));
        QVERIFY(canary.isRisky());
    }

    void deleteBuiltInRefused()
    {
        for (const QString &stage : {StageRules::current(), StageRules::previous()}) {
            const StagePrediction p = StageRules::predictDelete(typical(), stage);
            QCOMPARE(p.refusal, StageRefusal::BuiltInStage);
            QVERIFY(p.refusalText().contains(QStringLiteral("SYSCURRENT")));
        }
        QCOMPARE(StageRules::predictDelete(typical(), QStringLiteral("NOPE")).refusal,
                 StageRefusal::UnknownStage);
    }

    void rollBackSwapsCurrentAndPrevious()
    {
        const StagePrediction p = StageRules::predictRollBack(typical());
        QVERIFY(p.allowed());
        QCOMPARE(StageRules::holderOf(p.after, StageRules::current()), QStringLiteral("v2"));
        QCOMPARE(StageRules::holderOf(p.after, StageRules::previous()), QStringLiteral("v3"));
        QVERIFY(hasEffect(p, StageEffectKind::CurrentChanges, QStringLiteral("v2")));
        QVERIFY(hasEffect(p, StageEffectKind::PreviousChanges, QStringLiteral("v3")));
        QVERIFY(!hasEffect(p, StageEffectKind::VersionDeprecated));
        QCOMPARE(p.after.at(1).stages.size(), 2); // BETA stays on v2
    }

    void rollBackWithoutPrevious()
    {
        QList<VersionStages> versions = {{QStringLiteral("v1"), {QStringLiteral("SYSCURRENT")}}};
        QCOMPARE(StageRules::predictRollBack(versions).refusal, StageRefusal::NoPreviousVersion);
        versions.first().stages.append(QStringLiteral("SYSPREVIOUS"));
        QCOMPARE(StageRules::predictRollBack(versions).refusal, StageRefusal::NoPreviousVersion);
        QCOMPARE(StageRules::predictRollBack({}).refusal, StageRefusal::NoPreviousVersion);
    }

    // Every allowed prediction keeps each stage on exactly one version and never more than the
    // limit, whatever stage is moved where.
    void exhaustiveMovesKeepInvariants()
    {
        const QList<VersionStages> versions = typical();
        const QStringList stages = {QStringLiteral("SYSCURRENT"), QStringLiteral("SYSPREVIOUS"),
                                    QStringLiteral("BETA"), QStringLiteral("CANARY")};
        for (const QString &stage : stages) {
            for (const VersionStages &target : versions) {
                const StagePrediction p
                        = StageRules::predictMove(versions, stage, target.versionId);
                if (!p.allowed())
                    continue;
                QCOMPARE(StageRules::stageCount(p.after), stages.size());
                for (const QString &s : stages) {
                    int holders = 0;
                    for (const VersionStages &v : p.after)
                        holders += int(v.stages.count(s));
                    QCOMPARE(holders, 1);
                }
                QCOMPARE(StageRules::holderOf(p.after, stage), target.versionId);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestStageRules)
#include "tst_stagerules.moc"
