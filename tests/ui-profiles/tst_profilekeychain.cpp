// SPDX-License-Identifier: Apache-2.0
// The real keychain path (run inside tests/core/with-keyring.sh: a private D-Bus session with an
// unlocked gnome-keyring): save a profile with "remember", drop every object, build new ones as
// a restarted Keystage would, and connect to csms-local without entering the secret again.
// tst_profilekeychain_nologin runs it under with-keyring.sh --no-login-keyring: saving then
// explains the missing login keyring and offers to keep the secret for the session.
#include "core/api/csmsclient.h"
#include "core/profile/connectiontester.h"
#include "core/profile/keychaincredentialstore.h"
#include "core/profile/profilecredentialstore.h"
#include "core/profile/profilestore.h"
#include "csmslocal.h"
#include "dialogdriver.h"
#include "ui/profiles/profileform.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace keystage;
using namespace keystage::test;
using keystage::ui::ConnectionTester;
using keystage::ui::ConnectionTestResult;
using keystage::ui::ProfileCredentialStore;
using keystage::ui::ProfileDialog;

class TestProfileKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rememberedSecretSurvivesRestart();
    void forgettingRemovesKeychainCopy();
    void noLoginKeyringExplained(); // with-keyring.sh --no-login-keyring
    void cleanupTestCase();

private:
    std::unique_ptr<KeychainCredentialStore> keychain() const;
    QString m_service;
    QTemporaryDir m_dir;
    std::unique_ptr<CsmsLocal> m_server;
    QNetworkAccessManager m_nam;
    QStringList m_ids;
};

std::unique_ptr<KeychainCredentialStore> TestProfileKeychain::keychain() const
{
    auto store = std::make_unique<KeychainCredentialStore>();
    store->setService(m_service);
    return store;
}

void TestProfileKeychain::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("KEYSTAGE_TEST_KEYRING"))
        QSKIP("needs tests/core/with-keyring.sh (a private bus with an unlocked keyring)");
    m_service = QStringLiteral("Keystage-test-") + QUuid::createUuid().toString(QUuid::Id128);
    QVERIFY(m_dir.isValid());
    m_server = std::make_unique<CsmsLocal>();
    QVERIFY2(m_server->start(), m_server->errorOutput().constData());
}

void TestProfileKeychain::cleanupTestCase()
{
    if (m_service.isEmpty())
        return;
    auto store = keychain();
    for (const QString &id : std::as_const(m_ids)) {
        std::unique_ptr<CredentialReply> reply(store->remove(id));
        QSignalSpy done(reply.get(), &CredentialReply::finished);
        done.wait(10000);
    }
}

namespace {

bool noLoginKeyring()
{
    return qEnvironmentVariable("KEYSTAGE_TEST_KEYRING") == QLatin1String("missing");
}

} // namespace

void TestProfileKeychain::rememberedSecretSurvivesRestart()
{
    if (noLoginKeyring())
        QSKIP("needs a login keyring (with-keyring.sh without --no-login-keyring)");
    const QString settings = m_dir.filePath(QStringLiteral("profiles.ini"));
    QString id;
    {
        ProfileStore profiles(settings);
        auto store = keychain();
        ProfileCredentialStore credentials(store.get());
        ProfileDialog dialog(&profiles, &credentials, &m_nam);
        dialog.show();
        type(&dialog, "name", QStringLiteral("Keyring profile"));
        type(&dialog, "csmsEndpoint", m_server->baseUrl().toString());
        type(&dialog, "iamEndpoint", m_server->baseUrl().toString());
        type(&dialog, "projectId", m_server->projectId());
        type(&dialog, "accessKey", SandboxCredentials::accessKey());
        type(&dialog, "secretKey", SandboxCredentials::secretKey());
        QVERIFY(dialog.form()->remember()); // the default
        QSignalSpy saved(&dialog, &ProfileDialog::profileSaved);
        QTest::mouseClick(pushButton(&dialog, "save"), Qt::LeftButton);
        QVERIFY2(saved.wait(20000), qPrintable(dialog.statusText()));
        id = saved.first().first().toString();
        m_ids << id;
        QVERIFY(!credentials.isSessionOnly(id));
    }
    QFile file(settings);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(SandboxCredentials::secretKey().toUtf8()));

    // "Restart": new stores, new dialog; the secret field stays empty.
    ProfileStore profiles(settings);
    auto store = keychain();
    ProfileCredentialStore credentials(store.get());
    ProfileDialog dialog(&profiles, &credentials, &m_nam);
    dialog.show();
    QCOMPARE(dialog.currentProfileId(), id);
    QCOMPARE(field(&dialog, "secretKey")->text(), QString());
    QSignalSpy finished(dialog.tester(), &ConnectionTester::finished);
    QTest::mouseClick(pushButton(&dialog, "testConnection"), Qt::LeftButton);
    QVERIFY2(finished.wait(30000), qPrintable(dialog.statusText()));
    const auto result = finished.first().first().value<ConnectionTestResult>();
    QVERIFY2(result.ok, qPrintable(result.describe()));

    // And a client built the way SessionController builds one works too.
    std::unique_ptr<CredentialReply> read(credentials.read(id));
    QSignalSpy readDone(read.get(), &CredentialReply::finished);
    QVERIFY(readDone.wait(20000));
    QVERIFY2(!read->hasError(), qPrintable(read->error().message));
    CsmsClient client(&m_nam, *profiles.profile(id), read->credentials());
    auto *list = client.listSecrets({}, 1);
    QSignalSpy listed(list, &ApiReply::finished);
    QVERIFY(listed.wait(20000));
    QVERIFY2(list->isOk(), qPrintable(list->error().summary()));
}

void TestProfileKeychain::forgettingRemovesKeychainCopy()
{
    if (noLoginKeyring())
        QSKIP("needs a login keyring (with-keyring.sh without --no-login-keyring)");
    const QString settings = m_dir.filePath(QStringLiteral("forget.ini"));
    ProfileStore profiles(settings);
    auto store = keychain();
    ProfileCredentialStore credentials(store.get());
    ProfileDialog dialog(&profiles, &credentials, &m_nam);
    dialog.show();
    type(&dialog, "name", QStringLiteral("Forget me"));
    type(&dialog, "accessKey", QStringLiteral("AKFORGET"));
    type(&dialog, "secretKey", QStringLiteral("first-secret"));
    QSignalSpy saved(&dialog, &ProfileDialog::profileSaved);
    QTest::mouseClick(pushButton(&dialog, "save"), Qt::LeftButton);
    QVERIFY2(saved.wait(20000), qPrintable(dialog.statusText()));
    const QString id = saved.first().first().toString();
    m_ids << id;

    // Now "don't remember": the secret moves to memory and leaves the keychain.
    setChecked(&dialog, "remember", false);
    type(&dialog, "secretKey", QStringLiteral("second-secret"));
    QTest::mouseClick(pushButton(&dialog, "save"), Qt::LeftButton);
    QVERIFY2(saved.wait(20000), qPrintable(dialog.statusText()));
    QVERIFY(credentials.isSessionOnly(id));

    std::unique_ptr<CredentialReply> fromKeychain(store->read(id));
    QSignalSpy done(fromKeychain.get(), &CredentialReply::finished);
    QVERIFY(done.wait(20000));
    QCOMPARE(fromKeychain->error().kind, CredentialError::Kind::NotFound);
}

void TestProfileKeychain::noLoginKeyringExplained()
{
    if (!noLoginKeyring())
        QSKIP("runs under with-keyring.sh --no-login-keyring");
    ProfileStore profiles(m_dir.filePath(QStringLiteral("nologin.ini")));
    auto store = keychain();
    ProfileCredentialStore credentials(store.get());
    ProfileDialog dialog(&profiles, &credentials, &m_nam);
    dialog.show();
    type(&dialog, "name", QStringLiteral("No login keyring"));
    type(&dialog, "accessKey", QStringLiteral("AKNOKEYRING"));
    type(&dialog, "secretKey", QStringLiteral("secret-without-a-keyring"));
    QVERIFY(dialog.form()->remember());
    QTest::mouseClick(pushButton(&dialog, "save"), Qt::LeftButton);
    QPushButton *keep = pushButton(&dialog, "keepForSession");
    QTRY_VERIFY_WITH_TIMEOUT(keep->isVisible(), 20000);
    const QString status = dialog.statusText();
    QVERIFY2(
            status.contains(CredentialError::defaultMessage(CredentialError::Kind::NoLoginKeyring)),
            qPrintable(status));
    QVERIFY2(!status.contains(QLatin1String("No keychain service")), qPrintable(status));
    QVERIFY(status.contains(QLatin1String("collection/login"))); // the details
    QVERIFY(status.contains(QLatin1String("not saved")));
    QVERIFY(!status.contains(QLatin1String("secret-without-a-keyring")));
    QVERIFY(profiles.profiles().isEmpty());

    // What the message offers instead: keep it in memory for this session.
    QSignalSpy saved(&dialog, &ProfileDialog::profileSaved);
    QTest::mouseClick(keep, Qt::LeftButton);
    QVERIFY2(saved.wait(20000), qPrintable(dialog.statusText()));
    QVERIFY(credentials.isSessionOnly(saved.first().first().toString()));
}

QTEST_MAIN(TestProfileKeychain)
#include "tst_profilekeychain.moc"
