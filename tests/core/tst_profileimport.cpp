// SPDX-License-Identifier: Apache-2.0
#include "core/profile/profileimport.h"
#include "core/profile/profilestore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace keystage;

namespace {

const QString projectId = QStringLiteral("0123456789abcdef0123456789abcdef");

QProcessEnvironment environment(std::initializer_list<std::pair<const char *, const char *>> vars)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin"));
    for (const auto &[name, value] : vars)
        env.insert(QLatin1String(name), QString::fromUtf8(value));
    return env;
}

bool anyContains(const QStringList &list, const QString &word)
{
    for (const QString &s : list) {
        if (s.contains(word, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

class TestProfileImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void environmentComplete();
    void environmentFallbackNames();
    void environmentSdkNamesWin();
    void environmentPartial();
    void environmentSecretOnly();
    void environmentEmpty();
    void environmentBadValues();

    void kooCliComplete();
    void kooCliPartial();
    void kooCliEncryptedKeys();
    void kooCliMalformed_data();
    void kooCliMalformed();
    void kooCliMissingFile();
    void kooCliDefaultPath();

private:
    QString write(const QByteArray &content);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestProfileImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestProfileImport::write(const QByteArray &content)
{
    const QString path = m_dir->filePath(QStringLiteral("config.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(content);
    return path;
}

void TestProfileImport::environmentComplete()
{
    const ImportResult result = ProfileImport::fromEnvironment(environment({
            {"HUAWEICLOUD_SDK_AK", "HPUAENVACCESSKEY"},
            {"HUAWEICLOUD_SDK_SK", " envSecretKey0123456789 \n"},
            {"HUAWEICLOUD_SDK_PROJECT_ID", "0123456789abcdef0123456789abcdef"},
            {"HUAWEICLOUD_SDK_REGION", "ap-southeast-1"},
            {"HUAWEICLOUD_SDK_REGION_CSMS_AP_SOUTHEAST_1",
             "https://kms.internal.example.test,https://backup.example.test"},
            {"HUAWEICLOUD_SDK_IAM_ENDPOINT", "https://iam.ap-southeast-1.myhuaweicloud.com"},
    }));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(u'\n')));
    QCOMPARE(result.profiles.size(), 1);
    const ImportedProfile &imported = result.profiles.first();
    const Profile &p = imported.profile;
    QVERIFY(!p.id.isEmpty());
    QCOMPARE(p.authMethod, AuthMethod::AkSk);
    QCOMPARE(p.accessKey, QStringLiteral("HPUAENVACCESSKEY"));
    QCOMPARE(p.projectId, projectId);
    QCOMPARE(p.region, QStringLiteral("ap-southeast-1"));
    QCOMPARE(p.csmsEndpoint, QUrl(QStringLiteral("https://kms.internal.example.test")));
    QCOMPARE(p.iamEndpoint, QUrl(QStringLiteral("https://iam.ap-southeast-1.myhuaweicloud.com")));
    QVERIFY(p.displayName.contains(QLatin1String("ap-southeast-1")));
    QCOMPARE(imported.credentials.secretKey, QStringLiteral("envSecretKey0123456789"));
    QVERIFY(imported.credentials.securityToken.isEmpty());
    QVERIFY2(ProfileStore::validate(p).isEmpty(), qPrintable(ProfileStore::validate(p).join(u' ')));
}

void TestProfileImport::environmentFallbackNames()
{
    // The Terraform provider's names, and OpenStack's region name.
    const ImportResult result = ProfileImport::fromEnvironment(environment({
            {"HW_ACCESS_KEY", "HPUATFACCESS"},
            {"HW_SECRET_KEY", "tfSecret"},
            {"HW_SECURITY_TOKEN", "tfToken"},
            {"HW_PROJECT_ID", "0123456789abcdef0123456789abcdef"},
            {"OS_REGION_NAME", "cn-east-3"},
    }));
    QVERIFY(result.ok());
    const ImportedProfile &imported = result.profiles.first();
    QCOMPARE(imported.profile.accessKey, QStringLiteral("HPUATFACCESS"));
    QCOMPARE(imported.credentials.secretKey, QStringLiteral("tfSecret"));
    QCOMPARE(imported.credentials.securityToken, QStringLiteral("tfToken"));
    QCOMPARE(imported.profile.projectId, projectId);
    QCOMPARE(imported.profile.region, QStringLiteral("cn-east-3"));
    QVERIFY(anyContains(result.warnings, QStringLiteral("temporary")));
    for (const QString &warning : result.warnings)
        QVERIFY(!warning.contains(QLatin1String("tfToken")));
}

void TestProfileImport::environmentSdkNamesWin()
{
    const ImportResult result = ProfileImport::fromEnvironment(environment({
            {"HUAWEICLOUD_SDK_AK", "SDKAK"},
            {"HUAWEICLOUD_SDK_SK", "SDKSK"},
            {"HW_ACCESS_KEY", "TFAK"},
            {"HW_SECRET_KEY", "TFSK"},
            {"HUAWEICLOUD_SDK_REGION", "cn-north-4"},
            {"HW_REGION_NAME", "cn-east-3"},
    }));
    QVERIFY(result.ok());
    QCOMPARE(result.profiles.first().profile.accessKey, QStringLiteral("SDKAK"));
    QCOMPARE(result.profiles.first().credentials.secretKey, QStringLiteral("SDKSK"));
    QCOMPARE(result.profiles.first().profile.region, QStringLiteral("cn-north-4"));
}

void TestProfileImport::environmentPartial()
{
    const ImportResult result
            = ProfileImport::fromEnvironment(environment({{"HUAWEICLOUD_SDK_AK", "ONLYAK"}}));
    QVERIFY(result.ok());
    QCOMPARE(result.profiles.size(), 1);
    const Profile &p = result.profiles.first().profile;
    QCOMPARE(p.accessKey, QStringLiteral("ONLYAK"));
    QVERIFY(result.profiles.first().credentials.isEmpty());
    QVERIFY(anyContains(result.warnings, QStringLiteral("secret key")));
    QVERIFY(anyContains(result.warnings, QStringLiteral("region")));
    QVERIFY(!ProfileStore::validate(p).isEmpty()); // the user completes it in the editor
}

void TestProfileImport::environmentSecretOnly()
{
    const ImportResult result = ProfileImport::fromEnvironment(environment(
            {{"HUAWEICLOUD_SDK_SK", "lonelySecret"}, {"HW_REGION_NAME", "cn-north-4"}}));
    QVERIFY(result.ok());
    QVERIFY(result.profiles.first().profile.accessKey.isEmpty());
    QVERIFY(anyContains(result.warnings, QStringLiteral("no access key")));
    for (const QString &warning : result.warnings)
        QVERIFY(!warning.contains(QLatin1String("lonelySecret")));
}

void TestProfileImport::environmentEmpty()
{
    const ImportResult result = ProfileImport::fromEnvironment(
            environment({{"HUAWEICLOUD_SDK_REGION", "cn-north-4"}, {"HUAWEICLOUD_SDK_AK", "  "}}));
    QVERIFY(!result.ok());
    QVERIFY(result.profiles.isEmpty());
    QVERIFY(result.error.contains(QLatin1String("HUAWEICLOUD_SDK_AK")));
}

void TestProfileImport::environmentBadValues()
{
    const ImportResult result = ProfileImport::fromEnvironment(environment({
            {"HUAWEICLOUD_SDK_AK", "AK"},
            {"HUAWEICLOUD_SDK_SK", "SK"},
            {"HUAWEICLOUD_SDK_PROJECT_ID", "not-a-project"},
            {"HUAWEICLOUD_SDK_REGION", "cn-north-4"},
            {"HUAWEICLOUD_SDK_REGION_CSMS_CN_NORTH_4", "kms.example.test"},
            {"HUAWEICLOUD_SDK_IAM_ENDPOINT", "ftp://iam.example.test"},
    }));
    QVERIFY(result.ok());
    const Profile &p = result.profiles.first().profile;
    QVERIFY(p.projectId.isEmpty());
    QVERIFY(p.csmsEndpoint.isEmpty());
    QVERIFY(p.iamEndpoint.isEmpty());
    QCOMPARE(result.warnings.size(), 3);
    QVERIFY(ProfileStore::validate(p).isEmpty()); // what was kept is sound
}

void TestProfileImport::kooCliComplete()
{
    const QString path = write(R"({
        "authEncrypt": "false", "language": "en", "current": "prod",
        "profiles": [
            {"name": "default", "mode": "AKSK", "accessKeyId": "HPUADEFAULT",
             "secretAccessKey": "defaultSecret", "securityToken": "", "region": "cn-north-4",
             "projectId": "", "domainId": "", "skipSecureVerify": "false", "readTimeout": 10},
            {"name": "prod", "mode": "AKSK", "accessKeyId": "HPUAPROD",
             "secretAccessKey": "prodSecret", "securityToken": "prodToken",
             "region": "ap-southeast-3", "projectId": "0123456789abcdef0123456789abcdef"},
            {"name": "sso-user", "mode": "SSO", "region": "cn-north-4"}
        ]})");
    const ImportResult result = ProfileImport::fromKooCliConfig(path);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.profiles.size(), 2);
    QCOMPARE(result.warnings.size(), 1); // the SSO profile
    QVERIFY(result.warnings.first().contains(QLatin1String("sso-user")));

    const ImportedProfile &first = result.profiles.at(0);
    QCOMPARE(first.sourceName, QStringLiteral("default"));
    QCOMPARE(first.profile.displayName, QStringLiteral("default"));
    QVERIFY(!first.current);
    QCOMPARE(first.profile.accessKey, QStringLiteral("HPUADEFAULT"));
    QCOMPARE(first.credentials.secretKey, QStringLiteral("defaultSecret"));
    QCOMPARE(first.profile.region, QStringLiteral("cn-north-4"));
    QVERIFY(ProfileStore::validate(first.profile).isEmpty());

    const ImportedProfile &prod = result.profiles.at(1);
    QVERIFY(prod.current);
    QCOMPARE(prod.profile.projectId, projectId);
    QCOMPARE(prod.credentials.securityToken, QStringLiteral("prodToken"));
    QVERIFY(prod.profile.id != first.profile.id);
}

void TestProfileImport::kooCliPartial()
{
    const QString path = write(R"({"profiles": [
            {"name": "half", "accessKeyId": "HPUAHALF", "projectId": "1234"},
            42,
            {"mode": "aksk", "accessKeyId": "HPUANONAME", "secretAccessKey": "s",
             "region": "cn-east-3"}]})");
    const ImportResult result = ProfileImport::fromKooCliConfig(path);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.profiles.size(), 2);
    const Profile &half = result.profiles.at(0).profile;
    QCOMPARE(half.accessKey, QStringLiteral("HPUAHALF"));
    QVERIFY(half.projectId.isEmpty()); // not 32 hex: left out
    QVERIFY(result.profiles.at(0).credentials.isEmpty());
    QVERIFY(anyContains(result.warnings, QStringLiteral("\"half\" has no region")));
    QVERIFY(anyContains(result.warnings, QStringLiteral("\"half\" has no complete")));
    QVERIFY(anyContains(result.warnings, QStringLiteral("project id")));
    QVERIFY(anyContains(result.warnings, QStringLiteral("Entry 2")));
    QVERIFY(result.profiles.at(1).profile.displayName.contains(QLatin1String("3")));
    QVERIFY(ProfileStore::validate(result.profiles.at(1).profile).isEmpty());
}

void TestProfileImport::kooCliEncryptedKeys()
{
    const QString path = write(R"({"authEncrypt": "true", "current": "default", "profiles": [
            {"name": "default", "mode": "AKSK", "accessKeyId": "6f1c0a9bd2e3ciphertext",
             "secretAccessKey": "a8b7c6d5e4ciphertext", "region": "la-north-2"}]})");
    const ImportResult result = ProfileImport::fromKooCliConfig(path);
    QVERIFY(result.ok());
    QCOMPARE(result.profiles.size(), 1);
    QVERIFY(result.profiles.first().profile.accessKey.isEmpty());
    QVERIFY(result.profiles.first().credentials.isEmpty());
    QCOMPARE(result.profiles.first().profile.region, QStringLiteral("la-north-2"));
    QVERIFY(anyContains(result.warnings, QStringLiteral("encrypted")));
}

void TestProfileImport::kooCliMalformed_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("not valid JSON");
    QTest::newRow("truncated") << QByteArray(R"({"profiles":[{"name":"x","secretAccessKey":"Leak)")
                               << QStringLiteral("not valid JSON");
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe\x01garbage", 11)
                            << QStringLiteral("not valid JSON");
    QTest::newRow("array") << QByteArray(R"([{"name":"x"}])") << QStringLiteral("no \"profiles\"");
    QTest::newRow("no profiles") << QByteArray(R"({"current":"x"})")
                                 << QStringLiteral("no \"profiles\"");
    QTest::newRow("profiles not a list")
            << QByteArray(R"({"profiles":{"name":"x"}})") << QStringLiteral("no \"profiles\"");
    QTest::newRow("empty list") << QByteArray(R"({"profiles":[]})")
                                << QStringLiteral("contains no KooCLI profile");
    QTest::newRow("only unusable") << QByteArray(R"({"profiles":[1,"two",{"mode":"SSO"}]})")
                                   << QStringLiteral("contains no KooCLI profile");
}

void TestProfileImport::kooCliMalformed()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const QString path = write(content);
    QVERIFY(!path.isEmpty());
    const ImportResult result = ProfileImport::fromKooCliConfig(path);
    QVERIFY(!result.ok());
    QVERIFY(result.profiles.isEmpty());
    QVERIFY2(result.error.contains(expected), qPrintable(result.error));
    QVERIFY(result.error.contains(QLatin1String("config.json"))); // names the file
    QVERIFY(!result.error.contains(QLatin1String("Leak")));
}

void TestProfileImport::kooCliMissingFile()
{
    const QString path = m_dir->filePath(QStringLiteral("nowhere/config.json"));
    const ImportResult result = ProfileImport::fromKooCliConfig(path);
    QVERIFY(!result.ok());
    QVERIFY(result.profiles.isEmpty());
    QVERIFY(result.error.contains(QLatin1String("does not exist")));
    QVERIFY(result.error.contains(QLatin1String("hcloud configure")));

    const ImportResult directory = ProfileImport::fromKooCliConfig(m_dir->path());
    QVERIFY(!directory.ok()); // a folder is not a file: a clear error, no crash
}

void TestProfileImport::kooCliDefaultPath()
{
    QVERIFY(ProfileImport::defaultKooCliConfigPath().endsWith(
            QLatin1String("/.hcloud/config.json")));
}

QTEST_GUILESS_MAIN(TestProfileImport)
#include "tst_profileimport.moc"
