// SPDX-License-Identifier: Apache-2.0
// KeychainCredentialStore against the real Secret Service. CTest runs this executable twice:
//  - tst_keychaincredentialstore: under tests/core/with-keyring.sh (a private bus and an unlocked
//    gnome-keyring in a scratch HOME), KEYSTAGE_KEYCHAIN_TEST=keyring;
//  - tst_keychaincredentialstore_locked / _nologin: with-keyring.sh --locked / --no-login-keyring,
//    KEYSTAGE_KEYCHAIN_TEST=locked / nologin;
//  - tst_keychaincredentialstore_noservice: with DBUS_SESSION_BUS_ADDRESS pointing at a socket
//    that does not exist, KEYSTAGE_KEYCHAIN_TEST=noservice.
#include "core/profile/keychaincredentialstore.h"
#include "core/profile/profilestore.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace keystage;
using Kind = CredentialError::Kind;

namespace {

QString mode()
{
    return qEnvironmentVariable("KEYSTAGE_KEYCHAIN_TEST");
}

// Waits for the reply (finished exactly once) and keeps it alive for inspection.
std::unique_ptr<CredentialReply> await(CredentialReply *raw, int timeoutMs = 20000)
{
    std::unique_ptr<CredentialReply> reply(raw);
    reply->setParent(nullptr);
    QSignalSpy spy(reply.get(), &CredentialReply::finished);
    if (!reply->isFinished())
        spy.wait(timeoutMs);
    QTest::qWait(0); // a second finished() would arrive now
    if (spy.count() != 1)
        qWarning("finished() was emitted %d times", int(spy.count()));
    return spy.count() == 1 ? std::move(reply) : nullptr;
}

Credentials sample(const QString &tag)
{
    Credentials c;
    c.secretKey = QStringLiteral("SK-%1-Zq81xLw0pPe3vN7sYt2u9Kc4").arg(tag);
    c.securityToken = QStringLiteral("token-%1-gAAAAB\"quoted\"\\slash/ünïcødé").arg(tag);
    c.password = QStringLiteral("pw-%1-correct horse battery staple").arg(tag);
    return c;
}

QString describe(const CredentialReply &reply)
{
    return QStringLiteral("%1 / %2 / %3")
            .arg(QLatin1String(CredentialError::kindName(reply.error().kind)),
                 reply.error().message, reply.error().detail);
}

} // namespace

#define REQUIRE_MODE(wanted) \
    do { \
        if (mode() != QLatin1String(wanted)) \
            QSKIP("runs when KEYSTAGE_KEYCHAIN_TEST=" wanted); \
    } while (false)

class TestKeychainCredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    // keyring mode
    void writeThenReadInANewStore();
    void overwriteReplacesTheValue();
    void removeThenReadIsNotFound();
    void readOfUnknownProfileIsNotFound();
    void profilesAreKeptApart();
    void entryIsOneJsonBlobUnderServiceKeystage();
    void damagedEntryIsReportedNotReturned();
    void secretIsInNoFileOfOurs();
    void tooShortTimeoutGivesTimeoutAndTheStoreRecovers();

    // locked and nologin modes
    void lockedKeyringSaysLocked();
    void keyringNeverSetUpSaysNoLoginKeyring();

    // noservice mode
    void noServiceIsClearAndQuick_data();
    void noServiceIsClearAndQuick();
    void keychainThatNeverAnswersTimesOut();
};

void TestKeychainCredentialStore::initTestCase()
{
    const QStringList modes{QStringLiteral("keyring"), QStringLiteral("locked"),
                            QStringLiteral("nologin"), QStringLiteral("noservice")};
    QVERIFY2(modes.contains(mode()),
             "set KEYSTAGE_KEYCHAIN_TEST to keyring, locked or nologin (under "
             "tests/core/with-keyring.sh) or noservice");
    if (mode() != QLatin1String("noservice"))
        QVERIFY2(!qEnvironmentVariableIsEmpty("KEYSTAGE_TEST_SCRATCH"),
                 "the keyring mode runs under tests/core/with-keyring.sh");
}

void TestKeychainCredentialStore::writeThenReadInANewStore()
{
    REQUIRE_MODE("keyring");
    const QString id = ProfileStore::newProfileId();
    {
        KeychainCredentialStore writer;
        QCOMPARE(writer.service(), QStringLiteral("Keystage"));
        QVERIFY(writer.isPersistent());
        auto written = await(writer.write(id, sample(QStringLiteral("a"))));
        QVERIFY(written);
        QVERIFY2(!written->hasError(), qPrintable(describe(*written)));
        QCOMPARE(written->operation(), CredentialReply::Operation::Write);
        QCOMPARE(written->profileId(), id);
    }
    KeychainCredentialStore reader;
    auto read = await(reader.read(id));
    QVERIFY(read);
    QVERIFY2(!read->hasError(), qPrintable(describe(*read)));
    QVERIFY(read->credentials() == sample(QStringLiteral("a")));
}

void TestKeychainCredentialStore::overwriteReplacesTheValue()
{
    REQUIRE_MODE("keyring");
    const QString id = ProfileStore::newProfileId();
    KeychainCredentialStore store;
    QVERIFY(!await(store.write(id, sample(QStringLiteral("old"))))->hasError());
    Credentials onlyKey;
    onlyKey.secretKey = QStringLiteral("new-secret-key");
    QVERIFY(!await(store.write(id, onlyKey))->hasError());

    KeychainCredentialStore other;
    auto read = await(other.read(id));
    QVERIFY2(!read->hasError(), qPrintable(describe(*read)));
    QCOMPARE(read->credentials().secretKey, onlyKey.secretKey);
    QVERIFY(read->credentials().securityToken.isEmpty()); // nothing of the old value survives
    QVERIFY(read->credentials().password.isEmpty());
}

void TestKeychainCredentialStore::removeThenReadIsNotFound()
{
    REQUIRE_MODE("keyring");
    const QString id = ProfileStore::newProfileId();
    KeychainCredentialStore store;
    QVERIFY(!await(store.write(id, sample(QStringLiteral("gone"))))->hasError());
    auto removed = await(store.remove(id));
    QVERIFY2(!removed->hasError(), qPrintable(describe(*removed)));

    auto read = await(KeychainCredentialStore().read(id));
    QVERIFY(read);
    QCOMPARE(read->error().kind, Kind::NotFound);
    QVERIFY(read->credentials().isEmpty());
    QVERIFY(!read->error().message.isEmpty());

    auto again = await(store.remove(id)); // removing nothing is not an error
    QVERIFY2(!again->hasError(), qPrintable(describe(*again)));
}

void TestKeychainCredentialStore::readOfUnknownProfileIsNotFound()
{
    REQUIRE_MODE("keyring");
    KeychainCredentialStore store;
    auto read = await(store.read(ProfileStore::newProfileId()));
    QCOMPARE(read->error().kind, Kind::NotFound);
}

void TestKeychainCredentialStore::profilesAreKeptApart()
{
    REQUIRE_MODE("keyring");
    const QString a = ProfileStore::newProfileId();
    const QString b = ProfileStore::newProfileId();
    KeychainCredentialStore store;
    QVERIFY(!await(store.write(a, sample(QStringLiteral("A"))))->hasError());
    QVERIFY(!await(store.write(b, sample(QStringLiteral("B"))))->hasError());
    QVERIFY(!await(store.remove(a))->hasError());
    QCOMPARE(await(store.read(a))->error().kind, Kind::NotFound);
    auto readB = await(store.read(b));
    QVERIFY2(!readB->hasError(), qPrintable(describe(*readB)));
    QVERIFY(readB->credentials() == sample(QStringLiteral("B")));
}

void TestKeychainCredentialStore::entryIsOneJsonBlobUnderServiceKeystage()
{
    REQUIRE_MODE("keyring");
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    if (tool.isEmpty())
        QSKIP("secret-tool (libsecret-tools) is not installed");
    const QString id = ProfileStore::newProfileId();
    KeychainCredentialStore store;
    QVERIFY(!await(store.write(id, sample(QStringLiteral("json"))))->hasError());

    // Another Secret Service client finds it by the attributes QtKeychain uses.
    QProcess lookup;
    lookup.start(tool, {QStringLiteral("lookup"), QStringLiteral("user"), id,
                        QStringLiteral("server"), QStringLiteral("Keystage")});
    QVERIFY(lookup.waitForFinished(20000));
    QCOMPARE(lookup.exitCode(), 0);
    Credentials decoded;
    QVERIFY(KeychainCredentialStore::decode(lookup.readAllStandardOutput(), &decoded));
    QVERIFY(decoded == sample(QStringLiteral("json")));
}

void TestKeychainCredentialStore::damagedEntryIsReportedNotReturned()
{
    REQUIRE_MODE("keyring");
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    if (tool.isEmpty())
        QSKIP("secret-tool (libsecret-tools) is not installed");
    const QString id = ProfileStore::newProfileId();
    QProcess store;
    store.start(tool,
                {QStringLiteral("store"), QStringLiteral("--label=damaged"), QStringLiteral("user"),
                 id, QStringLiteral("server"), QStringLiteral("Keystage"), QStringLiteral("type"),
                 QStringLiteral("plaintext")});
    QVERIFY(store.waitForStarted());
    store.write("not json at all");
    store.closeWriteChannel();
    QVERIFY(store.waitForFinished(20000));
    QCOMPARE(store.exitCode(), 0);

    auto read = await(KeychainCredentialStore().read(id));
    QVERIFY(read);
    QCOMPARE(read->error().kind, Kind::Other);
    QVERIFY(read->credentials().isEmpty());
    QVERIFY(read->error().message.contains(QLatin1String("damaged")));
    QVERIFY(!read->error().message.contains(QLatin1String("not json")));
}

void TestKeychainCredentialStore::secretIsInNoFileOfOurs()
{
    REQUIRE_MODE("keyring");
    const QString scratch = qEnvironmentVariable("KEYSTAGE_TEST_SCRATCH");
    const QString id = ProfileStore::newProfileId();
    Credentials secret;
    secret.secretKey = QStringLiteral("UniqueSecretKey") + ProfileStore::newProfileId();
    secret.securityToken = QStringLiteral("UniqueToken") + ProfileStore::newProfileId();

    // What the application does: the profile in QSettings, the secret in the keychain.
    Profile profile;
    profile.id = id;
    profile.displayName = QStringLiteral("Production");
    profile.region = QStringLiteral("cn-north-4");
    profile.accessKey = QStringLiteral("AKIDEXAMPLE");
    ProfileStore profiles(scratch + QStringLiteral("/config/keystage.ini"));
    QCOMPARE(profiles.add(profile), id);
    KeychainCredentialStore keychain;
    auto written = await(keychain.write(id, secret));
    QVERIFY2(!written->hasError(), qPrintable(describe(*written)));
    QVERIFY(!await(keychain.read(id))->hasError());

    // Nothing under the scratch HOME / XDG folders holds it in plain text (the keyring file is
    // encrypted; QtKeychain's plain-text fallback would have written to QSettings).
    int files = 0;
    QDirIterator it(scratch, QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        ++files;
        const QByteArray data = file.readAll();
        for (const QString &value : {secret.secretKey, secret.securityToken}) {
            QVERIFY2(!data.contains(value.toUtf8()), qPrintable(file.fileName()));
            QVERIFY2(!data.contains(value.toUtf8().toBase64()), qPrintable(file.fileName()));
        }
    }
    QVERIFY(files >= 2); // at least our settings file and the keyring
}

void TestKeychainCredentialStore::tooShortTimeoutGivesTimeoutAndTheStoreRecovers()
{
    REQUIRE_MODE("keyring");
    const QString id = ProfileStore::newProfileId();
    KeychainCredentialStore store;
    QVERIFY(!await(store.write(id, sample(QStringLiteral("t"))))->hasError());

    // A keychain round trip takes far longer than 0 ms: the timer wins, the job is orphaned.
    store.setTimeout(std::chrono::milliseconds(0));
    auto timedOut = await(store.read(id));
    QVERIFY(timedOut);
    QCOMPARE(timedOut->error().kind, Kind::Timeout);
    QVERIFY(timedOut->credentials().isEmpty());

    // The orphaned job still finishes and frees the queue: the next call works.
    store.setTimeout(KeychainCredentialStore::defaultTimeout);
    auto read = await(store.read(id));
    QVERIFY2(!read->hasError(), qPrintable(describe(*read)));
    QVERIFY(read->credentials() == sample(QStringLiteral("t")));
}

void TestKeychainCredentialStore::lockedKeyringSaysLocked()
{
    REQUIRE_MODE("locked");
    KeychainCredentialStore store;
    store.setTimeout(std::chrono::milliseconds(10000));
    const Credentials secret = sample(QStringLiteral("locked"));
    auto written = await(store.write(ProfileStore::newProfileId(), secret));
    QVERIFY(written);
    QVERIFY2(written->error().kind == Kind::Locked, qPrintable(describe(*written)));
    QVERIFY(written->error().message.contains(QLatin1String("Unlock it")));
    QVERIFY(!written->error().message.contains(secret.secretKey));
}

void TestKeychainCredentialStore::keyringNeverSetUpSaysNoLoginKeyring()
{
    // gnome-keyring runs, but the login keyring was never created: the prompt asking for its
    // password cannot be shown here, which is what dismissing it on a desktop does.
    REQUIRE_MODE("nologin");
    KeychainCredentialStore store;
    store.setTimeout(std::chrono::milliseconds(10000));
    const QString id = ProfileStore::newProfileId();
    const Credentials secret = sample(QStringLiteral("n"));
    auto written = await(store.write(id, secret));
    QVERIFY(written);
    QVERIFY2(written->error().kind == Kind::NoLoginKeyring, qPrintable(describe(*written)));
    const QString message = written->error().message;
    QCOMPARE(message, CredentialError::defaultMessage(Kind::NoLoginKeyring));
    // Not "there is no keychain": the service answered; what is missing is the login keyring.
    QVERIFY(!message.contains(QLatin1String("No keychain service")));
    QVERIFY(message.contains(QLatin1String("no login keyring")));
    QVERIFY(message.contains(QLatin1String("Passwords and Keys")));
    QVERIFY(message.contains(QLatin1String("untick \"Remember")));
    // The backend's words stay available for "details".
    QVERIFY2(
            written->error().detail.contains(QLatin1String("/org/freedesktop/secrets/collection/")),
            qPrintable(written->error().detail));
    for (const QString &value : {secret.secretKey, secret.securityToken, secret.password}) {
        QVERIFY(!message.contains(value));
        QVERIFY(!written->error().detail.contains(value));
    }

    // Nothing could be stored, so there is nothing to read and nothing to remove.
    auto read = await(store.read(id));
    QVERIFY(read);
    QVERIFY2(read->error().kind == Kind::NotFound, qPrintable(describe(*read)));
    auto removed = await(store.remove(id));
    QVERIFY(removed);
    QVERIFY2(!removed->hasError(), qPrintable(describe(*removed)));
}

void TestKeychainCredentialStore::noServiceIsClearAndQuick_data()
{
    QTest::addColumn<int>("operation");
    QTest::newRow("read") << int(CredentialReply::Operation::Read);
    QTest::newRow("write") << int(CredentialReply::Operation::Write);
    QTest::newRow("remove") << int(CredentialReply::Operation::Remove);
}

void TestKeychainCredentialStore::noServiceIsClearAndQuick()
{
    REQUIRE_MODE("noservice");
    QFETCH(int, operation);
    KeychainCredentialStore store;
    store.setTimeout(std::chrono::milliseconds(10000));
    const Credentials secret = sample(QStringLiteral("nobus"));
    const QString id = ProfileStore::newProfileId();
    CredentialReply *raw = nullptr;
    switch (CredentialReply::Operation(operation)) {
    case CredentialReply::Operation::Read:
        raw = store.read(id);
        break;
    case CredentialReply::Operation::Write:
        raw = store.write(id, secret);
        break;
    case CredentialReply::Operation::Remove:
        raw = store.remove(id);
        break;
    }
    QVERIFY(!raw->isFinished()); // asynchronous even when failing
    QElapsedTimer clock;
    clock.start();
    auto reply = await(raw);
    QVERIFY(reply);
    QVERIFY2(reply->error().kind == Kind::NoService, qPrintable(describe(*reply)));
    QVERIFY(clock.elapsed() < 5000); // an answer, not the timeout
    const QString message = reply->error().message;
    QVERIFY(message.contains(QLatin1String("No keychain service")));
    QVERIFY(message.contains(QLatin1String("without remembering")));
    for (const QString &value : {secret.secretKey, secret.securityToken, secret.password}) {
        QVERIFY(!message.contains(value));
        QVERIFY(!reply->error().detail.contains(value));
    }
}

void TestKeychainCredentialStore::keychainThatNeverAnswersTimesOut()
{
    REQUIRE_MODE("noservice");
    // A "bus" that accepts the connection and never says a word: libsecret waits forever.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QLocalServer silentBus;
    silentBus.setSocketOptions(QLocalServer::UserAccessOption);
    QVERIFY(silentBus.listen(dir.filePath(QStringLiteral("silent-bus"))));
    qputenv("DBUS_SESSION_BUS_ADDRESS",
            QByteArray("unix:path=") + QFile::encodeName(silentBus.fullServerName()));

    KeychainCredentialStore store;
    store.setTimeout(std::chrono::milliseconds(500));
    QElapsedTimer clock;
    clock.start();
    auto reply = await(store.read(ProfileStore::newProfileId()));
    QVERIFY(reply);
    QVERIFY2(reply->error().kind == Kind::Timeout, qPrintable(describe(*reply)));
    QVERIFY(clock.elapsed() >= 400);
    QVERIFY(clock.elapsed() < 10000);
    QVERIFY(reply->error().message.contains(QLatin1String("did not answer")));
    // The bus server is closed on return; the orphaned job then fails and deletes itself.
}

QTEST_GUILESS_MAIN(TestKeychainCredentialStore)
#include "tst_keychaincredentialstore.moc"
