// SPDX-License-Identifier: Apache-2.0
#include "core/profile/profileimport.h"
#include "core/profile/profilestore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace keystage;

namespace {

Profile validProfile(const QString &name = QStringLiteral("Production"))
{
    Profile p;
    p.displayName = name;
    p.region = QStringLiteral("cn-north-4");
    p.accessKey = QStringLiteral("HPUAEXAMPLEACCESSKEY");
    return p;
}

Profile everyFieldSet()
{
    Profile p;
    p.id = QStringLiteral("b3c1f0f2-8f5e-4b7a-9a44-0d4e1c2a7f10");
    p.displayName = QStringLiteral("Staging — 北京四");
    p.region = QStringLiteral("cn-north-4");
    p.csmsEndpoint = QUrl(QStringLiteral("http://127.0.0.1:8443/"));
    p.iamEndpoint = QUrl(QStringLiteral("https://iam.example.test:9443/v3"));
    p.projectId = QStringLiteral("0123456789abcdef0123456789ABCDEF");
    p.authMethod = AuthMethod::IamPassword;
    p.accessKey = QStringLiteral("HPUAKEPTEVENFORIAM");
    p.iamUser = QStringLiteral("ops-admin");
    p.iamDomain = QStringLiteral("acme-cloud");
    p.pageSize = 1000;
    p.production = true;
    p.sandbox = true;
    return p;
}

bool sameProfile(const Profile &a, const Profile &b)
{
    return a.id == b.id && a.displayName == b.displayName && a.region == b.region
           && a.csmsEndpoint == b.csmsEndpoint && a.iamEndpoint == b.iamEndpoint
           && a.projectId == b.projectId && a.authMethod == b.authMethod
           && a.accessKey == b.accessKey && a.iamUser == b.iamUser && a.iamDomain == b.iamDomain
           && a.pageSize == b.pageSize && a.production == b.production && a.sandbox == b.sandbox;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void roundTripThroughTheFile();
    void addGivesAnIdAndSignals();
    void addRefusesADuplicateId();
    void validation_data();
    void validation();
    void loopbackHosts_data();
    void loopbackHosts();
    void unencryptedRemoteEndpoints_data();
    void unencryptedRemoteEndpoints();
    void clearTextWarnings();
    void invalidProfileIsNotSaved();
    void updateReplacesEveryField();
    void updateOfUnknownProfileFails();
    void removeForgetsTheProfile();
    void listIsSortedByName();
    void lastUsedSurvivesARestart();
    void lastUsedIgnoresUnknownIds();
    void removingTheLastUsedClearsIt();
    void injectedSettingsAreUsed();
    void noSecretReachesTheSettingsFile();

private:
    QString settingsPath() const { return m_dir->filePath(QStringLiteral("keystage.ini")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestProfileStore::roundTripThroughTheFile()
{
    const Profile original = everyFieldSet();
    {
        ProfileStore store(settingsPath());
        QStringList problems;
        QCOMPARE(store.add(original, &problems), original.id);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
    ProfileStore reopened(settingsPath());
    const std::optional<Profile> loaded = reopened.profile(original.id);
    QVERIFY(loaded);
    QVERIFY(sameProfile(*loaded, original));
    QCOMPARE(reopened.profiles().size(), 1);
    QVERIFY(!reopened.profile(QStringLiteral("missing")));
}

void TestProfileStore::addGivesAnIdAndSignals()
{
    ProfileStore store(settingsPath());
    QSignalSpy added(&store, &ProfileStore::profileAdded);
    QSignalSpy changed(&store, &ProfileStore::profilesChanged);
    const QString id = store.add(validProfile());
    QVERIFY(!id.isEmpty());
    QVERIFY(!id.startsWith(u'{'));
    QVERIFY(store.contains(id));
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.at(0).at(0).toString(), id);
    QCOMPARE(changed.count(), 1);
}

void TestProfileStore::addRefusesADuplicateId()
{
    ProfileStore store(settingsPath());
    Profile p = validProfile();
    p.id = QStringLiteral("fixed-id");
    QCOMPARE(store.add(p), p.id);
    QSignalSpy added(&store, &ProfileStore::profileAdded);
    QStringList problems;
    p.displayName = QStringLiteral("Other");
    QVERIFY(store.add(p, &problems).isEmpty());
    QCOMPARE(problems.size(), 1);
    QCOMPARE(added.count(), 0);
    QCOMPARE(store.profile(p.id)->displayName, QStringLiteral("Production"));
}

void TestProfileStore::validation_data()
{
    QTest::addColumn<Profile>("profile");
    QTest::addColumn<QString>("problem"); // a word of the expected message; empty: valid

    Profile p = validProfile();
    p.id = QStringLiteral("id-1");
    QTest::newRow("valid") << p << QString();

    Profile q = p;
    q.pageSize = 0;
    QTest::newRow("page size 0") << q << QStringLiteral("page size");
    q.pageSize = 1001;
    QTest::newRow("page size 1001") << q << QStringLiteral("page size");
    q.pageSize = 1;
    QTest::newRow("page size 1") << q << QString();
    q.pageSize = 1000;
    QTest::newRow("page size 1000") << q << QString();

    q = p;
    q.projectId = QStringLiteral("0123456789abcdef0123456789abcde");
    QTest::newRow("project id 31 hex") << q << QStringLiteral("project id");
    q.projectId = QStringLiteral("0123456789abcdef0123456789abcdeg");
    QTest::newRow("project id not hex") << q << QStringLiteral("project id");
    q.projectId = QStringLiteral("0123456789abcdef0123456789abcdef0");
    QTest::newRow("project id 33 hex") << q << QStringLiteral("project id");
    q.projectId = QStringLiteral("0123456789abcdef0123456789ABCDEF");
    QTest::newRow("project id 32 hex") << q << QString();

    q = p;
    q.region.clear();
    QTest::newRow("no region, no endpoint") << q << QStringLiteral("region");
    q.csmsEndpoint = QUrl(QStringLiteral("http://127.0.0.1:8080"));
    QTest::newRow("endpoint, no project id, no iam") << q << QStringLiteral("IAM endpoint");
    q.projectId = QStringLiteral("0123456789abcdef0123456789abcdef");
    QTest::newRow("endpoint and project id") << q << QString();
    q.projectId.clear();
    q.iamEndpoint = QUrl(QStringLiteral("http://127.0.0.1:8080"));
    QTest::newRow("both endpoints") << q << QString();

    q = p;
    q.region = QStringLiteral("CN North 4");
    QTest::newRow("bad region") << q << QStringLiteral("region");
    q = p;
    q.csmsEndpoint = QUrl(QStringLiteral("ftp://kms.example.test"));
    QTest::newRow("ftp endpoint") << q << QStringLiteral("CSMS endpoint");
    q = p;
    q.iamEndpoint = QUrl(QStringLiteral("https://"));
    QTest::newRow("endpoint without host") << q << QStringLiteral("IAM endpoint");
    q = p;
    q.displayName = QStringLiteral("   ");
    QTest::newRow("blank name") << q << QStringLiteral("name");
    q = p;
    q.id = QStringLiteral("a/b");
    QTest::newRow("id with slash") << q << QStringLiteral("id");
    q = p;
    q.accessKey.clear();
    QTest::newRow("AK/SK without AK") << q << QStringLiteral("access key");
    q = p;
    q.authMethod = AuthMethod::IamPassword;
    q.accessKey.clear();
    q.iamDomain = QStringLiteral("acme");
    QTest::newRow("IAM without user") << q << QStringLiteral("IAM user");
    q.iamUser = QStringLiteral("ops");
    q.iamDomain.clear();
    QTest::newRow("IAM without domain") << q << QStringLiteral("domain");
    q.iamDomain = QStringLiteral("acme");
    QTest::newRow("IAM complete") << q << QString();

    // Plain http to another computer: a warning for a test profile, refused for production.
    q = p;
    q.csmsEndpoint = QUrl(QStringLiteral("http://10.0.0.5:8080"));
    QTest::newRow("remote http CSMS") << q << QString();
    q.production = true;
    QTest::newRow("production, remote http CSMS")
            << q << QStringLiteral("unencrypted CSMS endpoint http://10.0.0.5:8080");
    q.csmsEndpoint = QUrl(QStringLiteral("https://10.0.0.5:8443"));
    QTest::newRow("production, https CSMS") << q << QString();
    q.iamEndpoint = QUrl(QStringLiteral("http://iam.example.test/v3"));
    QTest::newRow("production, remote http IAM")
            << q << QStringLiteral("unencrypted IAM endpoint http://iam.example.test");
    q.csmsEndpoint = QUrl(QStringLiteral("http://127.0.0.1:8080"));
    q.iamEndpoint = QUrl(QStringLiteral("http://[::1]:8080"));
    QTest::newRow("production, loopback http") << q << QString();
    q.csmsEndpoint = QUrl(QStringLiteral("http://localhost:8080"));
    QTest::newRow("production, http localhost") << q << QString();
}

void TestProfileStore::validation()
{
    QFETCH(Profile, profile);
    QFETCH(QString, problem);
    const QStringList problems = ProfileStore::validate(profile);
    if (problem.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    } else {
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(problem, Qt::CaseInsensitive),
                 qPrintable(problems.first()));
    }
}

void TestProfileStore::loopbackHosts_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("localhost") << QStringLiteral("localhost") << true;
    QTest::newRow("LOCALHOST") << QStringLiteral("LOCALHOST") << true;
    QTest::newRow("localhost.") << QStringLiteral("localhost.") << true;
    QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("127.255.255.254") << QStringLiteral("127.255.255.254") << true;
    QTest::newRow("::1") << QStringLiteral("::1") << true;
    QTest::newRow("[::1]") << QStringLiteral("[::1]") << true;
    QTest::newRow("10.0.0.5") << QStringLiteral("10.0.0.5") << false;
    QTest::newRow("128.0.0.1") << QStringLiteral("128.0.0.1") << false;
    QTest::newRow("0.0.0.0") << QStringLiteral("0.0.0.0") << false;
    QTest::newRow("::2") << QStringLiteral("::2") << false;
    QTest::newRow("fe80::1") << QStringLiteral("fe80::1") << false;
    QTest::newRow("localhost.example.com") << QStringLiteral("localhost.example.com") << false;
    QTest::newRow("127.0.0.1.nip.io") << QStringLiteral("127.0.0.1.nip.io") << false;
    QTest::newRow("mylocalhost") << QStringLiteral("mylocalhost") << false;
    QTest::newRow("region endpoint") << QStringLiteral("kms.cn-north-4.myhuaweicloud.com") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestProfileStore::loopbackHosts()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(Profile::isLoopbackHost(host), loopback);
}

void TestProfileStore::unencryptedRemoteEndpoints_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("unencrypted");
    QTest::newRow("http to a LAN address") << QStringLiteral("http://10.0.0.5:8080") << true;
    QTest::newRow("http to a name") << QStringLiteral("http://kms.example.test/v1") << true;
    QTest::newRow("upper-case scheme") << QStringLiteral("HTTP://Kms.Example.test") << true;
    QTest::newRow("https to a LAN address") << QStringLiteral("https://10.0.0.5:8443") << false;
    QTest::newRow("http to 127.0.0.1") << QStringLiteral("http://127.0.0.1:8080") << false;
    QTest::newRow("http to 127.8.9.10") << QStringLiteral("http://127.8.9.10") << false;
    QTest::newRow("http to [::1]") << QStringLiteral("http://[::1]:8080/") << false;
    QTest::newRow("http to localhost") << QStringLiteral("http://localhost:8080") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestProfileStore::unencryptedRemoteEndpoints()
{
    QFETCH(QString, url);
    QFETCH(bool, unencrypted);
    QCOMPARE(Profile::isUnencryptedRemote(QUrl(url)), unencrypted);
}

void TestProfileStore::clearTextWarnings()
{
    Profile p = validProfile();
    p.id = QStringLiteral("id-1");
    QVERIFY(ProfileStore::warnings(p).isEmpty()); // the region's https endpoints

    p.csmsEndpoint = QUrl(QStringLiteral("http://10.0.0.5:8080/"));
    QCOMPARE(ProfileStore::warnings(p),
             QStringList{QStringLiteral("http://10.0.0.5:8080 is not encrypted: the password, "
                                        "tokens and secret values would cross the network in "
                                        "clear text. Use https.")});
    p.iamEndpoint = QUrl(QStringLiteral("http://10.0.0.5:8080/v3"));
    QCOMPARE(ProfileStore::warnings(p).size(), 1); // one host, one line
    p.iamEndpoint = QUrl(QStringLiteral("http://iam.example.test"));
    const QStringList two = ProfileStore::warnings(p);
    QCOMPARE(two.size(), 2);
    QVERIFY(two.at(1).startsWith(QLatin1String("http://iam.example.test is not encrypted")));

    // The sandbox: plain http on this computer is fine.
    p.csmsEndpoint = QUrl(QStringLiteral("http://127.0.0.1:8080"));
    p.iamEndpoint = QUrl(QStringLiteral("http://localhost:8080"));
    QVERIFY(ProfileStore::warnings(p).isEmpty());
    QVERIFY(ProfileStore::validate(p).isEmpty());

    // Production: no warning, a problem (and the profile is not saved).
    p.csmsEndpoint = QUrl(QStringLiteral("http://10.0.0.5:8080"));
    p.production = true;
    QVERIFY(ProfileStore::warnings(p).isEmpty());
    ProfileStore store(settingsPath());
    QStringList problems;
    QVERIFY(store.add(p, &problems).isEmpty());
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QLatin1String("production profile")),
             qPrintable(problems.first()));
    QVERIFY(store.profiles().isEmpty());
}

void TestProfileStore::invalidProfileIsNotSaved()
{
    ProfileStore store(settingsPath());
    QSignalSpy changed(&store, &ProfileStore::profilesChanged);
    Profile p = validProfile(QStringLiteral("NotSavedAnywhere"));
    p.pageSize = 5000;
    QStringList problems;
    QVERIFY(store.add(p, &problems).isEmpty());
    QCOMPARE(problems.size(), 1);
    QCOMPARE(changed.count(), 0);
    QVERIFY(store.profiles().isEmpty());
    QVERIFY(!readAll(settingsPath()).contains("NotSavedAnywhere"));
}

void TestProfileStore::updateReplacesEveryField()
{
    ProfileStore store(settingsPath());
    Profile p = everyFieldSet();
    QCOMPARE(store.add(p), p.id);

    Profile changed = validProfile(QStringLiteral("Renamed"));
    changed.id = p.id; // explicit endpoints and IAM fields must not survive
    QSignalSpy updated(&store, &ProfileStore::profileUpdated);
    QSignalSpy listChanged(&store, &ProfileStore::profilesChanged);
    QVERIFY(store.update(changed));
    QCOMPARE(updated.count(), 1);
    QCOMPARE(listChanged.count(), 1);

    ProfileStore reopened(settingsPath());
    QVERIFY(sameProfile(*reopened.profile(p.id), changed));
    QVERIFY(reopened.profile(p.id)->csmsEndpoint.isEmpty());
}

void TestProfileStore::updateOfUnknownProfileFails()
{
    ProfileStore store(settingsPath());
    Profile p = validProfile();
    p.id = QStringLiteral("never-added");
    QSignalSpy changed(&store, &ProfileStore::profilesChanged);
    QStringList problems;
    QVERIFY(!store.update(p, &problems));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(changed.count(), 0);
    QVERIFY(!store.contains(p.id));
}

void TestProfileStore::removeForgetsTheProfile()
{
    ProfileStore store(settingsPath());
    const QString keep = store.add(validProfile(QStringLiteral("Keep")));
    const QString drop = store.add(validProfile(QStringLiteral("Drop")));
    QSignalSpy removed(&store, &ProfileStore::profileRemoved);
    QVERIFY(store.remove(drop));
    QVERIFY(!store.remove(drop));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(0).toString(), drop);

    ProfileStore reopened(settingsPath());
    QCOMPARE(reopened.profiles().size(), 1);
    QCOMPARE(reopened.profiles().first().id, keep);
    QVERIFY(!readAll(settingsPath()).contains(drop.toUtf8()));
}

void TestProfileStore::listIsSortedByName()
{
    ProfileStore store(settingsPath());
    store.add(validProfile(QStringLiteral("Charlie")));
    store.add(validProfile(QStringLiteral("alpha")));
    store.add(validProfile(QStringLiteral("Bravo")));
    QStringList names;
    for (const Profile &p : store.profiles())
        names << p.displayName;
    QCOMPARE(names, (QStringList{QStringLiteral("alpha"), QStringLiteral("Bravo"),
                                 QStringLiteral("Charlie")}));
}

void TestProfileStore::lastUsedSurvivesARestart()
{
    QString id;
    {
        ProfileStore store(settingsPath());
        QVERIFY(store.lastUsedProfileId().isEmpty());
        id = store.add(validProfile());
        store.add(validProfile(QStringLiteral("Other")));
        QSignalSpy lastUsed(&store, &ProfileStore::lastUsedProfileIdChanged);
        store.setLastUsedProfileId(id);
        store.setLastUsedProfileId(id); // no change, no signal
        QCOMPARE(lastUsed.count(), 1);
        QCOMPARE(lastUsed.at(0).at(0).toString(), id);
    }
    ProfileStore reopened(settingsPath());
    QCOMPARE(reopened.lastUsedProfileId(), id);
}

void TestProfileStore::lastUsedIgnoresUnknownIds()
{
    ProfileStore store(settingsPath());
    const QString id = store.add(validProfile());
    store.setLastUsedProfileId(id);
    QSignalSpy lastUsed(&store, &ProfileStore::lastUsedProfileIdChanged);
    store.setLastUsedProfileId(QStringLiteral("no-such-profile"));
    QCOMPARE(lastUsed.count(), 0);
    QCOMPARE(store.lastUsedProfileId(), id);
}

void TestProfileStore::removingTheLastUsedClearsIt()
{
    ProfileStore store(settingsPath());
    const QString id = store.add(validProfile());
    store.setLastUsedProfileId(id);
    QSignalSpy lastUsed(&store, &ProfileStore::lastUsedProfileIdChanged);
    QVERIFY(store.remove(id));
    QCOMPARE(lastUsed.count(), 1);
    QVERIFY(lastUsed.at(0).at(0).toString().isEmpty());
    QVERIFY(store.lastUsedProfileId().isEmpty());
    QVERIFY(!readAll(settingsPath()).contains(id.toUtf8()));
}

void TestProfileStore::injectedSettingsAreUsed()
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    ProfileStore store(&settings);
    const QString id = store.add(validProfile(QStringLiteral("Injected")));
    QCOMPARE(store.settingsFileName(), settingsPath());
    QCOMPARE(settings.value(QStringLiteral("profiles/%1/displayName").arg(id)).toString(),
             QStringLiteral("Injected"));
}

void TestProfileStore::noSecretReachesTheSettingsFile()
{
    // The whole path a user takes: import a KooCLI profile with keys and a token, then save it.
    const QString config = m_dir->filePath(QStringLiteral("config.json"));
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"current":"default","profiles":[{"name":"default","mode":"AKSK",
        "accessKeyId":"HPUAVISIBLEACCESSKEY","secretAccessKey":"TopSecretSK0123456789abcdefghij",
        "securityToken":"SecretSecurityTokenXYZ","region":"cn-north-4","projectId":""}]})");
    file.close();
    const ImportResult imported = ProfileImport::fromKooCliConfig(config);
    QVERIFY2(imported.ok(), qPrintable(imported.error));
    QCOMPARE(imported.profiles.size(), 1);
    QCOMPARE(imported.profiles.first().credentials.secretKey,
             QStringLiteral("TopSecretSK0123456789abcdefghij"));

    ProfileStore store(settingsPath());
    const QString id = store.add(imported.profiles.first().profile);
    QVERIFY(!id.isEmpty());
    store.setLastUsedProfileId(id);

    const QByteArray raw = readAll(settingsPath());
    QVERIFY(raw.contains("HPUAVISIBLEACCESSKEY")); // the right file, really written
    QVERIFY(!raw.contains("TopSecretSK"));
    QVERIFY(!raw.contains("SecretSecurityToken"));
    QVERIFY(!raw.contains(QByteArray("TopSecretSK").toBase64().left(8)));
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
