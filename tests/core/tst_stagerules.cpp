// SPDX-License-Identifier: Apache-2.0
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
    // Names: a new stage follows the current pattern; one that exists may carry a '.' (older
    // revisions of the pattern allowed it) and can still be moved and deleted.
    void existingNamesMayHoldADot()
    {
        QVERIFY(!StageRules::isValidName(QStringLiteral("release.1")));
        QVERIFY(StageRules::isExistingName(QStringLiteral("release.1")));
        QVERIFY(StageRules::isExistingName(QStringLiteral("BETA")));
        for (const char *bad : {".", "..", "a b", "a/b", ""})
            QVERIFY2(!StageRules::isExistingName(QString::fromLatin1(bad)), bad);
        QVERIFY(!StageRules::isExistingName(QString(65, QLatin1Char('a'))));
        QList<VersionStages> versions = typical();
        versions[2].stages << QStringLiteral("release.1");
        QVERIFY(StageRules::predictMove(versions, QStringLiteral("release.1"), QStringLiteral("v3"))
                        .allowed());
        QVERIFY(StageRules::predictDelete(versions, QStringLiteral("release.1")).allowed());
        QCOMPARE(StageRules::predictCreate(typical(), QStringLiteral("release.2"),
                                           QStringLiteral("v1"))
                         .refusal,
                 StageRefusal::InvalidName);
    }

    // What each state allows: stage changes (move, create, delete, roll back) and a new version.
    void statesRefuse_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<int>("stageRefusal");
        QTest::addColumn<int>("versionRefusal");
        QTest::newRow("enabled") << QStringLiteral("ENABLED") << int(StageRefusal::None)
                                 << int(StageRefusal::None);
        QTest::newRow("not known yet")
                << QString() << int(StageRefusal::None) << int(StageRefusal::None);
        QTest::newRow("disabled") << QStringLiteral("DISABLED") << int(StageRefusal::None)
                                  << int(StageRefusal::SecretDisabled);
        QTest::newRow("pending deletion")
                << QStringLiteral("PENDING_DELETE") << int(StageRefusal::SecretPendingDeletion)
                << int(StageRefusal::SecretPendingDeletion);
        QTest::newRow("frozen") << QStringLiteral("FROZEN") << int(StageRefusal::SecretFrozen)
                                << int(StageRefusal::SecretFrozen);
    }
    void statesRefuse()
    {
        QFETCH(QString, state);
        QFETCH(int, stageRefusal);
        QFETCH(int, versionRefusal);
        SecretTraits secret;
        secret.state = state;
        const QList<VersionStages> v = typical();
        QCOMPARE(
                int(StageRules::predictMove(v, QStringLiteral("BETA"), QStringLiteral("v3"), secret)
                            .refusal),
                stageRefusal);
        QCOMPARE(int(StageRules::predictCreate(v, QStringLiteral("NEW"), QStringLiteral("v1"),
                                               secret)
                             .refusal),
                 stageRefusal);
        QCOMPARE(int(StageRules::predictDelete(v, QStringLiteral("BETA"), secret).refusal),
                 stageRefusal);
        QCOMPARE(int(StageRules::predictRollBack(v, secret).refusal), stageRefusal);
        QCOMPARE(int(StageRules::addStageRefusal(v, secret)), stageRefusal);
        QCOMPARE(int(StageRules::predictNewVersion(v, secret).refusal), versionRefusal);
        if (stageRefusal != int(StageRefusal::None))
            QVERIFY(!StageRules::refusalText(StageRefusal(stageRefusal)).isEmpty());
    }

    void addStageAtTheLimitSaysWhy()
    {
        QList<VersionStages> versions = typical();
        for (int i = StageRules::stageCount(versions); i < StageRules::MaxStages; ++i)
            versions[2].stages.append(QStringLiteral("S%1").arg(i));
        QCOMPARE(StageRules::addStageRefusal(versions), StageRefusal::StageLimit);
        QVERIFY(StageRules::refusalText(StageRefusal::StageLimit).contains(QStringLiteral("12")));
    }

    void sysPendingBelongsToRotation()
    {
        QList<VersionStages> versions = typical();
        versions[0].stages << StageRules::pending();
        QVERIFY(StageRules::isSystem(StageRules::pending()));
        QVERIFY(!StageRules::isMovable(StageRules::pending()));
        QVERIFY(!StageRules::isDeletable(StageRules::pending()));
        QCOMPARE(StageRules::predictMove(versions, StageRules::pending(), QStringLiteral("v1"))
                         .refusal,
                 StageRefusal::SystemStage);
        QCOMPARE(StageRules::predictDelete(versions, StageRules::pending()).refusal,
                 StageRefusal::SystemStage);
        QCOMPARE(StageRules::predictCreate(typical(), StageRules::pending(), QStringLiteral("v1"))
                         .refusal,
                 StageRefusal::SystemStage);
        QVERIFY(StageRules::refusalText(StageRefusal::SystemStage).contains(StageRules::pending()));
    }

    void rotationSubTypeIsReadFromEitherQuoting()
    {
        QCOMPARE(SecretTraits::subTypeOf(
                         QStringLiteral(R"({"InstanceId":"abc","SecretSubType":"SingleUser"})")),
                 QStringLiteral("SingleUser"));
        QCOMPARE(SecretTraits::subTypeOf(
                         QStringLiteral("{'InstanceId':'63616bceef2c45409575d762a498318bin01',"
                                        "'SecretSubType':'MultiUser'}")),
                 QStringLiteral("MultiUser"));
        QCOMPARE(SecretTraits::subTypeOf(QStringLiteral("not json")), QString());
        QCOMPARE(SecretTraits::subTypeOf(QString()), QString());
    }

    void rotatedSecretsWarnAboutTheLogin_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<bool>("autoRotation");
        QTest::addColumn<QString>("subType");
        QTest::addColumn<int>("effect"); // -1: none
        QTest::newRow("common") << QStringLiteral("COMMON") << false << QString() << -1;
        QTest::newRow("common rotated") << QStringLiteral("COMMON") << true << QString()
                                        << int(StageEffectKind::LoginUnknown);
        QTest::newRow("rds single user")
                << QStringLiteral("RDS-FG") << false << QStringLiteral("SingleUser")
                << int(StageEffectKind::LoginSingleUser);
        QTest::newRow("taurusdb multi user")
                << QStringLiteral("GaussDB-FG") << false << QStringLiteral("MultiUser")
                << int(StageEffectKind::LoginMultiUser);
    }
    void rotatedSecretsWarnAboutTheLogin()
    {
        QFETCH(QString, type);
        QFETCH(bool, autoRotation);
        QFETCH(QString, subType);
        QFETCH(int, effect);
        SecretTraits secret;
        secret.state = QStringLiteral("ENABLED");
        secret.type = type;
        secret.autoRotation = autoRotation;
        secret.rotationSubType = subType;
        QCOMPARE(secret.isRotated(), effect >= 0);
        const StagePrediction rollBack = StageRules::predictRollBack(typical(), secret);
        const StagePrediction move = StageRules::predictMove(typical(), StageRules::current(),
                                                             QStringLiteral("v1"), secret);
        const StagePrediction quiet = StageRules::predictMove(typical(), QStringLiteral("BETA"),
                                                              QStringLiteral("v3"), secret);
        const StagePrediction version = StageRules::predictNewVersion(typical(), secret);
        QVERIFY(!hasEffect(quiet, StageEffectKind::LoginSingleUser)
                && !hasEffect(quiet, StageEffectKind::LoginMultiUser)
                && !hasEffect(quiet, StageEffectKind::LoginUnknown));
        if (effect < 0) {
            QVERIFY(!hasEffect(rollBack, StageEffectKind::LoginUnknown));
            QVERIFY(version.effects.isEmpty());
            QVERIFY(!version.isRisky());
            return;
        }
        QVERIFY(hasEffect(rollBack, StageEffectKind(effect), QStringLiteral("v2")));
        QVERIFY(hasEffect(move, StageEffectKind(effect), QStringLiteral("v1")));
        QVERIFY(hasEffect(version, StageEffectKind::NewValueNotInDatabase));
        QVERIFY(version.isRisky());
        QString text;
        for (const StageEffect &e : rollBack.effects) {
            if (e.kind == StageEffectKind(effect))
                text = e.describe();
        }
        QVERIFY2(text.contains(QStringLiteral("log in")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("v2")), qPrintable(text));
        if (!subType.isEmpty())
            QVERIFY2(text.contains(subType), qPrintable(text));
    }

    // The 21st version: CSMS may purge the oldest unstaged version, or may refuse; never a fact.
    void newVersionAtTheLimitSaysWhatMayHappen()
    {
        QVERIFY(StageRules::predictNewVersion(withVersions(StageRules::MaxVersions - 1))
                        .effects.isEmpty());
        QList<VersionStages> versions = withVersions(StageRules::MaxVersions);
        versions[10].stages << QStringLiteral("BETA"); // v10 staged; v1..v9 and v11..v18 not
        const StagePrediction p = StageRules::predictNewVersion(versions);
        QVERIFY(p.allowed());
        QVERIFY(hasEffect(p, StageEffectKind::VersionLimit, QStringLiteral("v1")));
        QVERIFY(p.isRisky());
        const QString text = p.effects.first().describe();
        QVERIFY2(text.contains(QStringLiteral("may purge the oldest unstaged version (v1)")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("may refuse")), qPrintable(text));
        // Every version staged: nothing to purge, so CSMS may refuse.
        for (int i = 0; i < versions.size(); ++i)
            versions[i].stages = QStringList{QStringLiteral("S%1").arg(i)};
        const StagePrediction full = StageRules::predictNewVersion(versions);
        QVERIFY(hasEffect(full, StageEffectKind::VersionLimit, QString()));
        QVERIFY(full.effects.first().describe().contains(QStringLiteral("may refuse")));
    }

    void purgeIsNeverStatedAsFact()
    {
        QList<VersionStages> versions = withVersions(StageRules::MaxVersions);
        versions[5].stages = {QStringLiteral("BETA")};
        const StagePrediction p
                = StageRules::predictMove(versions, QStringLiteral("BETA"), QStringLiteral("v20"));
        for (const StageEffect &e : p.effects) {
            const QString text = e.describe();
            QVERIFY2(!text.contains(QStringLiteral("purges")), qPrintable(text));
            if (e.kind == StageEffectKind::VersionPurgeLikely)
                QVERIFY2(text.contains(QStringLiteral("may refuse")), qPrintable(text));
        }
    }
};

QTEST_GUILESS_MAIN(TestStageRules)
#include "tst_stagerules.moc"
