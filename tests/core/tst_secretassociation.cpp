// SPDX-License-Identifier: Apache-2.0
// SecretAssociation and RotationConfig: the association rules of the batch delete by instance,
// from Huawei's own example rotation_config strings (the API definitions' example responses use
// single quotes), JSON, Keystage's InstanceType key, unknown keys, and text that is neither.
#include "core/api/csmstypes.h"
#include "core/ops/secretassociation.h"

#include <QTest>

using namespace keystage;

namespace {

Secret secret(const QString &type, const QString &config)
{
    Secret s;
    s.name = QStringLiteral("s");
    s.secretType = type;
    s.rotationConfig = config;
    return s;
}

} // namespace

class TestSecretAssociation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesHuaweisExamples_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("instanceId");
        QTest::addColumn<QString>("subType");
        // Verbatim from the definitions' example responses (CreateSecret, ListSecrets).
        QTest::newRow("CreateSecret example")
                << QStringLiteral("{'InstanceId':'63616bceef2c45409575d762a498318bin01',"
                                  "'SecretSubType':'MultiUser'}")
                << QStringLiteral("63616bceef2c45409575d762a498318bin01")
                << QStringLiteral("MultiUser");
        QTest::newRow("ListSecrets example")
                << QStringLiteral("{'InstanceId':'indstance id','SecretSubType':'MultiUser'}")
                << QStringLiteral("indstance id") << QStringLiteral("MultiUser");
        // The documented request form.
        QTest::newRow("JSON") << QStringLiteral(
                "{\"InstanceId\":\"i-1\",\"SecretSubType\":\"SingleUser\"}")
                              << QStringLiteral("i-1") << QStringLiteral("SingleUser");
        QTest::newRow("spaces, unknown keys, a nested value")
                << QStringLiteral(" { 'Extra' : {'a':[1,'}']}, 'InstanceId' : 'i-2' , "
                                  "'Port':5432 } ")
                << QStringLiteral("i-2") << QString();
        QTest::newRow("escaped quote")
                << QStringLiteral("{'InstanceId':'it\\'s'}") << QStringLiteral("it's") << QString();
        QTest::newRow("JSON with a number id")
                << QStringLiteral("{\"InstanceId\":42}") << QString() << QString();
        QTest::newRow("empty object") << QStringLiteral("{}") << QString() << QString();
    }
    void parsesHuaweisExamples()
    {
        QFETCH(QString, text);
        QFETCH(QString, instanceId);
        QFETCH(QString, subType);
        const RotationConfig config = RotationConfig::parse(text);
        QCOMPARE(config.reading, RotationConfig::Reading::Read);
        QCOMPARE(config.instanceId, instanceId);
        QCOMPARE(config.subType, subType);
    }

    void unreadableIsUnknownNeverNone_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("prose") << QStringLiteral("rotate me please");
        QTest::newRow("unterminated") << QStringLiteral("{'InstanceId':'i-1");
        QTest::newRow("array") << QStringLiteral("[\"InstanceId\"]");
        QTest::newRow("trailing text") << QStringLiteral("{'InstanceId':'i-1'} and more");
        QTest::newRow("JSON null") << QStringLiteral("null");
    }
    void unreadableIsUnknownNeverNone()
    {
        QFETCH(QString, text);
        QCOMPARE(RotationConfig::parse(text).reading, RotationConfig::Reading::Unreadable);
        const SecretAssociation common = SecretAssociation::of(secret(QString(), text));
        QVERIFY(common.isUnknown());
        QVERIFY(!common.isAssociated());
        QVERIFY(common.describe().startsWith(QStringLiteral("unknown")));
        const SecretAssociation rds = SecretAssociation::of(secret(QStringLiteral("RDS-FG"), text));
        QVERIFY(rds.isUnknown());
        QVERIFY2(rds.describe().contains(QStringLiteral("instance unknown")),
                 qPrintable(rds.describe()));
        QVERIFY(rds.matches(QString(), QStringLiteral("RDS"))); // the type is still known
        QVERIFY(!rds.matches(QStringLiteral("i-1"), QString()));
    }

    void absentIsNone()
    {
        QCOMPARE(RotationConfig::parse(QString()).reading, RotationConfig::Reading::Absent);
        QCOMPARE(RotationConfig::parse(QStringLiteral("  ")).reading,
                 RotationConfig::Reading::Absent);
        const SecretAssociation a = SecretAssociation::of(secret(QStringLiteral("COMMON"), {}));
        QVERIFY(!a.isUnknown());
        QCOMPARE(a.describe(), QStringLiteral("none"));
    }

    // GaussDB-FG secrets belong to TaurusDB instances (SDK model_secret.go, Terraform docs).
    void gaussDbFgIsTaurusDb()
    {
        QCOMPARE(SecretAssociation::instanceTypeOf(QStringLiteral("GaussDB-FG")),
                 QStringLiteral("TaurusDB"));
        QCOMPARE(SecretAssociation::instanceTypeOf(QStringLiteral("RDS-FG")),
                 QStringLiteral("RDS"));
        QCOMPARE(SecretAssociation::instanceTypeOf(QStringLiteral("COMMON")), QString());
        const SecretAssociation a = SecretAssociation::of(
                secret(QStringLiteral("GaussDB-FG"),
                       QStringLiteral("{'InstanceId':'t-1','SecretSubType':'SingleUser'}")));
        QVERIFY(a.matches(QString(), QStringLiteral("TaurusDB")));
        QVERIFY(a.matches(QStringLiteral("t-1"), QStringLiteral("taurusdb")));
        QVERIFY(!a.matches(QString(), QStringLiteral("GaussDB")));
        QCOMPARE(a.describe(), QStringLiteral("TaurusDB instance t-1"));
        QCOMPARE(SecretAssociation::secretTypeLabel(QStringLiteral("GaussDB-FG")),
                 QStringLiteral("TaurusDB (GaussDB-FG)"));
        QCOMPARE(SecretAssociation::secretTypeLabel(QString()), QStringLiteral("COMMON"));
    }

    // InstanceType is Keystage's own key: honoured when present, over the secret type.
    void instanceTypeKeyHonoured()
    {
        const SecretAssociation a = SecretAssociation::of(
                secret(QStringLiteral("COMMON"),
                       QStringLiteral("{'InstanceId':'g-1','InstanceType':'GaussDB'}")));
        QVERIFY(a.matches(QStringLiteral("g-1"), QStringLiteral("GaussDB")));
        QVERIFY(!a.matches(QStringLiteral("g-1"), QStringLiteral("RDS")));
        QCOMPARE(a.describe(), QStringLiteral("GaussDB instance g-1"));
    }

    void matchingRules()
    {
        const SecretAssociation a = SecretAssociation::of(
                secret(QStringLiteral("RDS-FG"), QStringLiteral("{\"InstanceId\":\"i-1\"}")));
        QVERIFY(a.matches(QStringLiteral("i-1"), QString()));
        QVERIFY(a.matches(QStringLiteral("i-1"), QStringLiteral("RDS")));
        QVERIFY(!a.matches(QStringLiteral("i-1"), QStringLiteral("APIG")));
        QVERIFY(!a.matches(QStringLiteral("i-2"), QString()));
        QVERIFY(!a.matches(QString(), QString())); // nothing asked: nothing matches
        const SecretAssociation plain = SecretAssociation::of(secret(QString(), QString()));
        QVERIFY(!plain.matches(QString(), QStringLiteral("RDS")));
        const SecretAssociation idOnly = SecretAssociation::of(
                secret(QStringLiteral("COMMON"), QStringLiteral("{'InstanceId':'x-9'}")));
        QVERIFY(idOnly.matches(QStringLiteral("x-9"), QString()));
        QVERIFY(!idOnly.matches(QStringLiteral("x-9"), QStringLiteral("RDS")));
    }
};

QTEST_GUILESS_MAIN(TestSecretAssociation)
#include "tst_secretassociation.moc"
