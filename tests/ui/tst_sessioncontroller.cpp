// SPDX-License-Identifier: Apache-2.0
// SessionController and SandboxLauncher: the sandbox starts csms-local as a child with its data in
// the given file (demo secrets on first start only), connects the window, and stops the server
// when the controller goes away; a server ended from outside is reported and can be started
// again; a missing server binary fails visibly; File > Connection
// profiles opens the profile dialog; unknown profiles are refused.
#include "core/model/activitymodel.h"
#include "core/model/secretlistmodel.h"
#include "core/profile/memorycredentialstore.h"
#include "core/profile/profilestore.h"
#include "core/sandbox/sandboxlauncher.h"
#include "ui/mainwindow.h"
#include "ui/messagebanner.h"
#include "ui/newsecretdialog.h"
#include "ui/profiles/profiledialog.h"
#include "ui/secretvalueedit.h"
#include "ui/sessioncontroller.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <signal.h>
#endif

using namespace keystage;
using keystage::ui::MainWindow;
using keystage::ui::NewSecretDialog;
using keystage::ui::SandboxLauncher;
using keystage::ui::SessionController;

class TestSessionController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void sandboxStartsConnectsAndStops()
    {
        ProfileStore profiles(m_dir.filePath(QStringLiteral("profiles.ini")));
        MemoryCredentialStore credentials;
        MainWindow window;
        QUrl baseUrl;
        {
            SessionController session(&profiles, &credentials, &window);
            useBuiltServer(session.sandbox(), QStringLiteral("sandbox.db"), 30);
            QSignalSpy changed(&session, &SessionController::clientChanged);
            session.openSandbox();
            QCOMPARE(window.connectionState(), MainWindow::ConnectionState::Connecting);
            QVERIFY(changed.wait(60000));
            QVERIFY(session.client());
            QCOMPARE(window.connectionState(), MainWindow::ConnectionState::Connected);
            baseUrl = session.sandbox()->baseUrl();
            QCOMPARE(baseUrl.host(), QStringLiteral("127.0.0.1"));
            QTRY_COMPARE(window.secretsModel()->rowCount(), 30); // seeded on first start
            QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("sandbox.db"))));
        }
        // The controller (and its launcher) is gone: so is the server.
        QVERIFY(!window.client());
        QNetworkAccessManager nam;
        QNetworkReply *reply
                = nam.get(QNetworkRequest(baseUrl.resolved(QUrl(QStringLiteral("/v3")))));
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait());
        QCOMPARE(reply->error(), QNetworkReply::ConnectionRefusedError);
        delete reply;
    }

    void restartsOnAnExistingDataFile()
    {
        SandboxLauncher launcher;
        useBuiltServer(&launcher, QStringLiteral("sandbox.db"), 30); // the file of the test above
        QSignalSpy started(&launcher, &SandboxLauncher::started);
        launcher.start();
        QVERIFY(started.wait(60000));
        QCOMPARE(launcher.state(), SandboxLauncher::State::Running);
        QSignalSpy stopped(&launcher, &SandboxLauncher::stopped);
        launcher.stop();
        QCOMPARE(stopped.count(), 1);
        QCOMPARE(launcher.state(), SandboxLauncher::State::Idle);
    }

    // csms-local ended by someone else while Keystage runs (a clean SIGTERM, then a SIGKILL): the
    // window must not keep showing "connected" to a dead endpoint. Each time the client is
    // dropped, the banner says what happened and how to start it again, and choosing the
    // sandbox in the profile list brings it back on the same data.
    void aSandboxStoppedFromOutsideIsReportedAndRestarts_data()
    {
        QTest::addColumn<int>("signal");
        QTest::addColumn<QString>("reason");
#ifdef Q_OS_UNIX
        QTest::newRow("SIGTERM") << int(SIGTERM) << QStringLiteral("stopped from outside Keystage");
        QTest::newRow("SIGKILL") << int(SIGKILL) << QStringLiteral("crashed or was killed");
#endif
    }

    void aSandboxStoppedFromOutsideIsReportedAndRestarts()
    {
#ifndef Q_OS_UNIX
        QSKIP("ends the server with POSIX signals");
#else
        QFETCH(int, signal);
        QFETCH(QString, reason);
        ProfileStore profiles(m_dir.filePath(QStringLiteral("profiles5.ini")));
        MemoryCredentialStore credentials;
        MainWindow window;
        SessionController session(&profiles, &credentials, &window);
        // A data file per row: each row adds a secret to its own sandbox.
        useBuiltServer(session.sandbox(), QStringLiteral("outside-%1.db").arg(signal), 12);
        QSignalSpy changed(&session, &SessionController::clientChanged);
        session.openSandbox();
        QVERIFY(changed.wait(60000));
        QTRY_COMPARE(window.secretsModel()->rowCount(), 12);

        const qint64 pid = session.sandbox()->processId();
        QVERIFY(pid > 0);
        QTRY_VERIFY(window.activityModel()->rowCount() > 0); // inserted from the event loop
        const int calls = window.activityModel()->rowCount();
        // A New secret dialog half filled in when the server goes.
        QSignalSpy opened(&window, &MainWindow::dialogOpened);
        window.newSecretAction()->trigger();
        QCOMPARE(opened.count(), 1);
        QPointer<NewSecretDialog> typing
                = qobject_cast<NewSecretDialog *>(opened.at(0).at(0).value<QDialog *>());
        QVERIFY(typing);
        typing->nameEdit()->setText(QStringLiteral("typed-while-it-died"));
        typing->valueEdit()->setPlainText(QStringLiteral("kept"));
        QVERIFY(typing->createButton()->isEnabled());
        QSignalSpy failed(&session, &SessionController::openFailed);
        QCOMPARE(::kill(pid_t(pid), signal), 0);
        QVERIFY(failed.wait(30000));
        // The calls before the server stopped stay in the Activity log, to be read.
        QVERIFY(window.activityModel()->rowCount() >= calls);
        // The dialog stays with what was typed; Create waits for the connection.
        QTest::qWait(0); // deferred deletes, had the dialog been dropped
        QVERIFY(typing);
        QVERIFY(typing->isVisible());
        QCOMPARE(typing->nameEdit()->text(), QStringLiteral("typed-while-it-died"));
        QVERIFY(!typing->createButton()->isEnabled());
        QVERIFY2(typing->problem().startsWith(QStringLiteral("Not connected")),
                 qPrintable(typing->problem()));
        QCOMPARE(session.sandbox()->state(), SandboxLauncher::State::Failed);
        QVERIFY(!session.client());
        QVERIFY(!window.client());
        QCOMPARE(window.connectionState(), MainWindow::ConnectionState::Failed);
        QVERIFY(!window.banner()->isHidden());
        QCOMPARE(window.banner()->level(), ui::MessageBanner::Level::Error);
        QCOMPARE(window.banner()->headline(), QStringLiteral("The local sandbox stopped"));
        QVERIFY2(window.banner()->detail().contains(reason), qPrintable(window.banner()->detail()));
        QVERIFY(window.banner()->detail().contains(QStringLiteral("Restart starts it again")));
        QVERIFY(!window.banner()->actionButton()->isHidden());
        QCOMPARE(window.banner()->actionButton()->text(), QStringLiteral("Restart"));
        auto *refresh = window.findChild<QAction *>(QStringLiteral("refreshAction"));
        QVERIFY(refresh);
        QVERIFY(!refresh->isEnabled());

        // What the banner offers: its Restart button (choosing "Local sandbox" again in the
        // profile list, still the current item, does the same).
        auto *selector = window.findChild<QComboBox *>(QStringLiteral("profileSelector"));
        QVERIFY(selector);
        QCOMPARE(selector->currentText(), QStringLiteral("Local sandbox"));
        changed.clear();
        QTest::mouseClick(window.banner()->actionButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(session.client(), 60000);
        QCOMPARE(session.sandbox()->state(), SandboxLauncher::State::Running);
        QCOMPARE(window.connectionState(), MainWindow::ConnectionState::Connected);
        QVERIFY(session.sandbox()->processId() != pid);
        QVERIFY(window.banner()->isHidden()); // the failure is over: its banner goes
        QTRY_COMPARE(window.secretsModel()->rowCount(), 12); // the same data, not a new seed
        QTRY_VERIFY(window.activityModel()->rowCount() > calls); // one log, both sessions
        // The same profile is back: the dialog carries on and creates on the restarted sandbox.
        QVERIFY(typing);
        QTRY_VERIFY(typing->createButton()->isEnabled());
        QSignalSpy created(typing.data(), &NewSecretDialog::secretCreated);
        typing->create();
        QVERIFY(created.wait(30000));
        QTRY_COMPARE(window.secretsModel()->rowCount(), 13);
#endif
    }

    void aMissingServerFailsVisibly()
    {
        ProfileStore profiles(m_dir.filePath(QStringLiteral("profiles2.ini")));
        MemoryCredentialStore credentials;
        MainWindow window;
        SessionController session(&profiles, &credentials, &window);
        session.sandbox()->setServerProgram(m_dir.filePath(QStringLiteral("no-such-binary")));
        QSignalSpy failed(&session, &SessionController::openFailed);
        session.openSandbox();
        QVERIFY(failed.wait());
        QCOMPARE(window.connectionState(), MainWindow::ConnectionState::Failed);
        QVERIFY(!window.banner()->isHidden());
        QVERIFY(window.banner()->detail().contains(QStringLiteral("csms-local")));
        QVERIFY(!session.client());
    }

    void unknownProfilesAreRefused()
    {
        ProfileStore profiles(m_dir.filePath(QStringLiteral("profiles3.ini")));
        MemoryCredentialStore credentials;
        MainWindow window;
        SessionController session(&profiles, &credentials, &window);
        QVERIFY(session.findProfile(QStringLiteral("nope")).isEmpty());
        QSignalSpy failed(&session, &SessionController::openFailed);
        session.openProfile(QStringLiteral("nope"));
        QCOMPARE(failed.count(), 1);
        QVERIFY(window.banner()->headline().contains(QStringLiteral("profile")));
    }

    // A production profile over plain http to another host (saved by an older Keystage, or a
    // settings file edited by hand) is refused before its credentials are read or anything is sent.
    void anInvalidSavedProfileIsNotOpened()
    {
        const QString file = m_dir.filePath(QStringLiteral("profiles-invalid.ini"));
        QString id;
        {
            ProfileStore store(file);
            Profile p;
            p.displayName = QStringLiteral("Remote in clear");
            p.csmsEndpoint = QUrl(QStringLiteral("http://10.0.0.5:8080"));
            p.iamEndpoint = QUrl(QStringLiteral("http://10.0.0.5:8080"));
            p.projectId = QStringLiteral("2a0f4b1c7d3e4f5a8b9c0d1e2f3a4b5c");
            p.accessKey = QStringLiteral("AKEXAMPLE");
            QStringList problems;
            id = store.add(p, &problems);
            QVERIFY2(!id.isEmpty(), qPrintable(problems.join(u' ')));
        }
        {
            QSettings raw(file, QSettings::IniFormat);
            raw.setValue(QStringLiteral("profiles/%1/production").arg(id), true);
        }
        ProfileStore profiles(file);
        QVERIFY(profiles.profile(id)->production);
        MemoryCredentialStore credentials;
        MainWindow window;
        SessionController session(&profiles, &credentials, &window);
        QSignalSpy failed(&session, &SessionController::openFailed);
        session.openProfile(id);
        QCOMPARE(failed.count(), 1);
        QVERIFY(!session.client());
        QVERIFY2(window.banner()->detail().contains(QStringLiteral("http://10.0.0.5:8080")),
                 qPrintable(window.banner()->detail()));
    }

    void fileMenuOpensTheProfileDialog()
    {
        ProfileStore profiles(m_dir.filePath(QStringLiteral("profiles4.ini")));
        MemoryCredentialStore credentials;
        MainWindow window;
        SessionController session(&profiles, &credentials, &window);
        auto *action = window.findChild<QAction *>(QStringLiteral("profilesAction"));
        QVERIFY(action);
        action->trigger();
        auto *dialog = window.findChild<ui::ProfileDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        action->trigger(); // a second time: the same dialog
        QCOMPARE(window.findChildren<ui::ProfileDialog *>().size(), 1);
        dialog->close();
    }

private:
    // The csms-local of this build, its data in file (in the test's directory), seed demo
    // secrets when the file is new.
    void useBuiltServer(SandboxLauncher *launcher, const QString &file, int seed)
    {
        launcher->setServerProgram(QStringLiteral(KEYSTAGE_CSMS_LOCAL));
        launcher->setDataFile(m_dir.filePath(file));
        launcher->setSeedCount(seed);
    }

    QTemporaryDir m_dir;
};

QTEST_MAIN(TestSessionController)
#include "tst_sessioncontroller.moc"
