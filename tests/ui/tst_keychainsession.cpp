// SPDX-License-Identifier: Apache-2.0
// The real keychain path of the window (run inside tests/core/with-keyring.sh: a private D-Bus
// session with an unlocked gnome-keyring in a scratch HOME). A profile saved with "remember in
// the system keychain" survives the window: after the window, the session and every store are
// destroyed, a new window opens the last profile without asking for the secret again, and lists
// the secrets of csms-local. The secret never reaches the settings file.
#include "core/model/secretlistmodel.h"
#include "core/profile/keychaincredentialstore.h"
#include "core/profile/profilecredentialstore.h"
#include "core/profile/profilestore.h"
#include "ui/mainwindow.h"
#include "ui/sessioncontroller.h"
#include "uisandbox.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace keystage;
using keystage::ui::MainWindow;
using keystage::ui::ProfileCredentialStore;
using keystage::ui::SessionController;

class TestKeychainSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariable("KEYSTAGE_TEST_KEYRING") != QLatin1String("unlocked"))
            QFAIL("run me through tests/core/with-keyring.sh (a private, unlocked keyring)");
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<test::CsmsLocal>();
        QVERIFY2(m_server->start(), m_server->errorOutput().constData());
        auto client = test::uiClient(&m_nam, *m_server);
        QVERIFY(test::createSecret(client.get(), QStringLiteral("kept-1"), QStringLiteral("a")));
        QVERIFY(test::createSecret(client.get(), QStringLiteral("kept-2"), QStringLiteral("b")));
    }

    void rememberedProfileOpensAfterARestart()
    {
        const QString settings = m_dir.filePath(QStringLiteral("profiles.ini"));
        const Credentials secret = ui::SandboxProfile::credentials();
        QString id;
        {
            ProfileStore profiles(settings);
            KeychainCredentialStore keychain;
            ProfileCredentialStore credentials(&keychain);
            Profile p = ui::SandboxProfile::profile(m_server->baseUrl());
            p.id.clear();
            p.sandbox = false;
            p.displayName = QStringLiteral("Remembered");
            id = profiles.add(p);
            QVERIFY(!id.isEmpty());
            // "Remember in the system keychain", as the profile dialog saves it.
            CredentialReply *write
                    = credentials.write(id, secret, ProfileCredentialStore::Keep::InKeychain);
            QSignalSpy written(write, &CredentialReply::finished);
            QVERIFY(write->isFinished() || written.wait(20000));
            QVERIFY2(!write->hasError(), qPrintable(write->error().message));
            QVERIFY(!credentials.isSessionOnly(id));

            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            SessionController session(&profiles, &credentials, &window);
            session.openProfile(id);
            QTRY_VERIFY_WITH_TIMEOUT(
                    window.secretsModel() && window.secretsModel()->rowCount() == 2, 20000);
            QCOMPARE(profiles.lastUsedProfileId(), id);
        } // window, session, stores: all gone

        QFile file(settings);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(secret.secretKey.toUtf8()));

        ProfileStore profiles(settings);
        KeychainCredentialStore keychain;
        ProfileCredentialStore credentials(&keychain);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SessionController session(&profiles, &credentials, &window);
        QSignalSpy dialogs(&session, &SessionController::profileDialogOpened);
        QSignalSpy failures(&session, &SessionController::openFailed);
        session.openLastProfile(); // no secret typed anywhere: it comes from the keychain
        QTRY_VERIFY_WITH_TIMEOUT(window.secretsModel() && window.secretsModel()->rowCount() == 2,
                                 20000);
        QCOMPARE(dialogs.count(), 0);
        QCOMPARE(failures.count(), 0);
        QCOMPARE(session.currentProfileId(), id);
        QCOMPARE(window.connectionState(), MainWindow::ConnectionState::Connected);
        QStringList names;
        for (int row = 0; row < window.secretsModel()->rowCount(); ++row)
            names << window.secretsModel()
                             ->index(row, 0)
                             .data(SecretListModel::NameRole)
                             .toString();
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("kept-1"), QStringLiteral("kept-2")}));

        // Clean up the scratch keyring entry.
        CredentialReply *removed = credentials.remove(id);
        QSignalSpy done(removed, &CredentialReply::finished);
        QVERIFY(removed->isFinished() || done.wait(20000));
    }

private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    std::unique_ptr<test::CsmsLocal> m_server;
};

QTEST_MAIN(TestKeychainSession)
#include "tst_keychainsession.moc"
