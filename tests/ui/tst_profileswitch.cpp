// SPDX-License-Identifier: Apache-2.0
// Profiles in the window: the first start without a saved profile opens the profile dialog (with
// "Try the local sandbox") instead of the sandbox; switching profiles cancels everything in flight
// for the old one (slow csms-local, then a fast one: no stale result lands in the new view); a
// production profile is marked in the title and the toolbar, and its destructive actions need the
// profile name (ProductionGuard): refused, nothing is written.
#include "core/model/secretlistmodel.h"
#include "core/model/versionstagemodel.h"
#include "core/ops/stageeditor.h"
#include "core/profile/memorycredentialstore.h"
#include "core/profile/profilestore.h"
#include "core/sandbox/sandboxlauncher.h"
#include "ui/bulkdeletedialog.h"
#include "ui/detailspanel.h"
#include "ui/instancedeletedialog.h"
#include "ui/mainwindow.h"
#include "ui/messagebanner.h"
#include "ui/newsecretdialog.h"
#include "ui/profiles/productionguard.h"
#include "ui/profiles/profiledialog.h"
#include "ui/sessioncontroller.h"
#include "ui/stageboard.h"
#include "ui/undohistory.h"
#include "uisandbox.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace keystage;
using keystage::ui::MainWindow;
using keystage::ui::ProductionGuard;
using keystage::ui::SessionController;

namespace {
constexpr int slowMs = 700;
}

class TestProfileSwitch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::CsmsLocalOptions slow;
        slow.faultLatencyMs = slowMs;
        m_slow = std::make_unique<test::CsmsLocal>(slow);
        m_fast = std::make_unique<test::CsmsLocal>();
        QVERIFY2(m_slow->start(), m_slow->errorOutput().constData());
        QVERIFY2(m_fast->start(), m_fast->errorOutput().constData());
        auto slowClient = test::uiClient(&m_nam, *m_slow);
        for (const char *name : {"slow-a", "slow-b"})
            QVERIFY(test::createSecret(slowClient.get(), QString::fromLatin1(name),
                                       QStringLiteral("s")));
        auto fastClient = test::uiClient(&m_nam, *m_fast);
        QVERIFY(test::createSecret(fastClient.get(), QStringLiteral("fast-b"),
                                   QStringLiteral("f1")));
        CreateVersionRequest r;
        r.secretString = QStringLiteral("f2");
        QVERIFY(test::await(fastClient->createVersion(QStringLiteral("fast-b"), r)).ok());
        QVERIFY(test::await(fastClient->createStage(QStringLiteral("fast-b"),
                                                    QStringLiteral("BETA"), QStringLiteral("v1")))
                        .ok());
    }

    void init()
    {
        m_profiles = std::make_unique<ProfileStore>(
                m_dir.filePath(QStringLiteral("profiles-%1.ini").arg(++m_counter)));
        m_credentials = std::make_unique<MemoryCredentialStore>();
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_session = std::make_unique<SessionController>(m_profiles.get(), m_credentials.get(),
                                                        m_window.get());
        m_session->sandbox()->setServerProgram(QStringLiteral(KEYSTAGE_CSMS_LOCAL));
        m_session->sandbox()->setDataFile(m_dir.filePath(QStringLiteral("sandbox.db")));
    }

    void cleanup()
    {
        ProductionGuard::setNextAnswerForTesting(std::nullopt);
        m_session.reset();
        m_window.reset();
        m_credentials.reset();
        m_profiles.reset();
    }

    void firstStartOpensTheProfileDialog()
    {
        QSignalSpy opened(m_session.get(), &SessionController::profileDialogOpened);
        m_session->openLastProfile();
        QCOMPARE(opened.count(), 1);
        auto *dialog = qobject_cast<ui::ProfileDialog *>(m_session->profileDialog());
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        auto *sandbox = dialog->findChild<QPushButton *>(QStringLiteral("trySandbox"));
        QVERIFY(sandbox);
        QVERIFY(sandbox->isVisible());
        // Nothing was opened behind the user's back.
        QCOMPARE(m_session->sandbox()->state(), ui::SandboxLauncher::State::Idle);
        QVERIFY(!m_session->client());
        QCOMPARE(m_window->connectionState(), MainWindow::ConnectionState::Disconnected);
        // The button does open the sandbox.
        QSignalSpy changed(m_session.get(), &SessionController::clientChanged);
        sandbox->click();
        QVERIFY(changed.wait(60000));
        QVERIFY(m_session->client());
        QVERIFY(m_session->client()->profile().sandbox);
    }

    void aDeletedLastProfileOpensTheDialogToo()
    {
        const QString id = addProfile(QStringLiteral("Gone"), *m_fast);
        m_profiles->setLastUsedProfileId(id);
        m_profiles->remove(id);
        QSignalSpy opened(m_session.get(), &SessionController::profileDialogOpened);
        m_session->openLastProfile();
        QCOMPARE(opened.count(), 1);
        QVERIFY(!m_session->client());
    }

    void lastProfileOpensDirectly()
    {
        const QString id = addProfile(QStringLiteral("Fast"), *m_fast);
        m_profiles->setLastUsedProfileId(id);
        QSignalSpy changed(m_session.get(), &SessionController::clientChanged);
        QSignalSpy opened(m_session.get(), &SessionController::profileDialogOpened);
        m_session->openLastProfile();
        QVERIFY(changed.wait());
        QCOMPARE(opened.count(), 0);
        QCOMPARE(m_session->currentProfileId(), id);
    }

    void switchingCancelsEverythingInFlight()
    {
        const QString slowId = addProfile(QStringLiteral("Slow"), *m_slow);
        const QString fastId = addProfile(QStringLiteral("Fast"), *m_fast);
        QSignalSpy changed(m_session.get(), &SessionController::clientChanged);
        m_session->openProfile(slowId);
        QTRY_VERIFY(m_session->client());
        CsmsClient *old = m_session->client();
        // The list of the slow profile is on the wire.
        QTRY_VERIFY(old->inFlight() + old->queued() > 0);
        QCOMPARE(m_window->secretsModel()->rowCount(), 0);

        changed.clear();
        m_session->openProfile(fastId);
        QTRY_VERIFY(m_session->client() && m_session->client()->profile().id == fastId);
        QTRY_COMPARE(m_window->secretsModel()->rowCount(), 1);
        QTRY_COMPARE(m_window->currentSecretName(), QStringLiteral("fast-b"));
        QTRY_COMPARE(m_window->stageBoard()->model()->rowCount(), 2);

        // Wait until the slow server has answered everything sent before the switch: a call
        // made now returns after the same latency, so the earlier ones are done by then.
        auto probe = test::uiClient(&m_nam, *m_slow);
        QVERIFY(test::await(probe->listSecrets()).ok());
        QTRY_COMPARE(m_window->client()->inFlight(), 0);

        // Only the new profile's truth is shown; nothing of the slow one landed.
        QCOMPARE(m_window->secretsModel()->rowCount(), 1);
        QCOMPARE(m_window->secretsModel()->index(0, 0).data(SecretListModel::NameRole).toString(),
                 QStringLiteral("fast-b"));
        QCOMPARE(m_window->currentSecretName(), QStringLiteral("fast-b"));
        QCOMPARE(m_window->stageBoard()->model()->secretName(), QStringLiteral("fast-b"));
        QCOMPARE(m_window->stageBoard()->model()->rowCount(), 2);
        QVERIFY(!m_window->banner()->isVisible()
                || m_window->banner()->level() == ui::MessageBanner::Level::Info);
        QVERIFY(!m_window->windowTitle().contains(QStringLiteral("Slow")));
    }

    // A New secret dialog opened on one profile never creates on another: switching profiles
    // closes it (only a reconnection to the same profile carries it over, tst_sessioncontroller).
    void aNewSecretDialogDoesNotFollowAProfileSwitch()
    {
        openAndWait(addProfile(QStringLiteral("Fast"), *m_fast));
        QSignalSpy opened(m_window.get(), &MainWindow::dialogOpened);
        m_window->newSecretAction()->trigger();
        QCOMPARE(opened.count(), 1);
        QPointer<QDialog> dialog = opened.at(0).at(0).value<QDialog *>();
        QVERIFY(qobject_cast<ui::NewSecretDialog *>(dialog));
        openAndWait(addProfile(QStringLiteral("Other"), *m_fast));
        QTRY_VERIFY(!dialog);
    }

    void switchingDuringTheCredentialReadKeepsTheNewProfile()
    {
        const QString slowId = addProfile(QStringLiteral("Slow"), *m_slow);
        const QString fastId = addProfile(QStringLiteral("Fast"), *m_fast);
        m_session->openProfile(slowId); // its credential read is still pending
        m_session->openProfile(fastId);
        QTRY_VERIFY(m_session->client());
        QTRY_COMPARE(m_window->secretsModel()->rowCount(), 1);
        QCOMPARE(m_session->currentProfileId(), fastId);
        QCOMPARE(m_session->client()->profile().id, fastId);
    }

    void productionIsMarked()
    {
        const QString plain = addProfile(QStringLiteral("Staging"), *m_fast);
        const QString prod = addProfile(QStringLiteral("Live"), *m_fast, true);
        openAndWait(plain);
        QVERIFY(!m_window->windowTitle().contains(ui::productionMarkerText()));
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("Staging")));
        QVERIFY(!m_window->productionMarker()->isVisible());

        openAndWait(prod);
        QVERIFY(m_window->windowTitle().contains(ui::productionMarkerText()));
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("Live")));
        QVERIFY(m_window->productionMarker()->isVisible());
        QVERIFY(m_window->productionMarker()->text().contains(ui::productionMarkerText()));
        QCOMPARE(m_window->productionMarker()->parentWidget(), m_window->toolBar());
        // What is painted, not what the palette says: the marker was drawn bold black on grey
        // while its palette held red. Red behind white text, on light and dark palettes alike.
        for (const bool dark : {false, true}) {
            const QPalette before = QApplication::palette();
            if (dark) {
                QPalette darkPalette(QColor(0x35, 0x35, 0x35));
                darkPalette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
                QApplication::setPalette(darkPalette);
            }
            const QImage shot = m_window->productionMarker()->grab().toImage();
            const QColor corner = shot.pixelColor(2, shot.height() / 2);
            QApplication::setPalette(before);
            QVERIFY2(corner.red() > 150 && corner.green() < 90 && corner.blue() < 90,
                     qPrintable(QStringLiteral("marker background %1").arg(corner.name())));
            int white = 0;
            for (int x = 0; x < shot.width(); ++x) {
                for (int y = 0; y < shot.height(); ++y)
                    white += shot.pixelColor(x, y).lightness() > 230 ? 1 : 0;
            }
            QVERIFY2(white > 20, "no white text on the marker");
        }
    }

    void productionGuardBlocksBulkDelete()
    {
        openAndWait(addProfile(QStringLiteral("Live"), *m_fast, true));
        QTRY_COMPARE(m_window->currentSecretName(), QStringLiteral("fast-b"));
        m_window->secretsView()->selectAll();
        QSignalSpy opened(m_window.get(), &MainWindow::bulkDialogOpened);
        m_window->deleteSelectedSecrets();
        QCOMPARE(opened.count(), 1);
        auto *dialog = qobject_cast<ui::BulkDeleteDialog *>(opened.at(0).at(0).value<QDialog *>());
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit"))->setText(QStringLiteral("1"));
        QVERIFY(dialog->canStart());
        ProductionGuard::setNextAnswerForTesting(false);
        dialog->start();
        QVERIFY(!dialog->deleter()->isRunning());
        QCOMPARE(dialog->deleter()->total(), 0);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("summary"))
                        ->text()
                        .contains(QStringLiteral("not confirmed")));
        QVERIFY(!isPendingDelete(QStringLiteral("fast-b")));
        // Confirmed: it runs (and the history can undo it, to leave the server as it was).
        ProductionGuard::setNextAnswerForTesting(true);
        QSignalSpy finished(dialog, &ui::BulkDeleteDialog::runFinished);
        dialog->start();
        QVERIFY(finished.wait());
        QVERIFY(isPendingDelete(QStringLiteral("fast-b")));
        // Undo changes the server too: it asks for the name as well, and a refusal does nothing.
        QSignalSpy undone(m_window->undoHistory(), &ui::UndoHistory::stepSucceeded);
        ProductionGuard::setNextAnswerForTesting(false);
        m_window->undoAction()->trigger();
        QVERIFY(!m_window->undoHistory()->isBusy());
        QCOMPARE(m_window->undoHistory()->index(), 1);
        QVERIFY(isPendingDelete(QStringLiteral("fast-b")));
        ProductionGuard::setNextAnswerForTesting(true);
        m_window->undoAction()->trigger();
        QVERIFY(undone.wait());
        QCOMPARE(undone.count(), 1);
        QVERIFY(!isPendingDelete(QStringLiteral("fast-b")));
        // ... and so does redo.
        ProductionGuard::setNextAnswerForTesting(false);
        m_window->redoAction()->trigger();
        QVERIFY(!m_window->undoHistory()->isBusy());
        QCOMPARE(m_window->undoHistory()->index(), 0);
        QVERIFY(!isPendingDelete(QStringLiteral("fast-b")));
    }

    void productionGuardBlocksStageChanges()
    {
        openAndWait(addProfile(QStringLiteral("Live"), *m_fast, true));
        QTRY_COMPARE(m_window->stageBoard()->model()->rowCount(), 2);
        ui::StageBoard *board = m_window->stageBoard();
        QSignalSpy sent(board, &ui::StageBoard::changeSent);
        ui::StageBoard::setConfirmsRiskyChanges(false);

        ProductionGuard::setNextAnswerForTesting(false);
        board->requestDeleteStage(QStringLiteral("BETA"), QStringLiteral("v1"));
        ProductionGuard::setNextAnswerForTesting(false);
        board->requestRollBack();
        ProductionGuard::setNextAnswerForTesting(false);
        board->requestMove(QStringLiteral("SYSCURRENT"), QStringLiteral("v2"),
                           QStringLiteral("v1")); // risky: the current value changes
        ui::StageBoard::setConfirmsRiskyChanges(true);
        QCOMPARE(sent.count(), 0);
        QCOMPARE(m_window->banner()->headline(), tr("Nothing was changed"));
        auto client = test::uiClient(&m_nam, *m_fast);
        QCOMPARE(test::await(client->showStage(QStringLiteral("fast-b"), QStringLiteral("BETA")))
                         ->versionId,
                 QStringLiteral("v1"));
        QCOMPARE(test::await(
                         client->showStage(QStringLiteral("fast-b"), QStringLiteral("SYSCURRENT")))
                         ->versionId,
                 QStringLiteral("v2"));
        // A move that is not risky needs no name.
        ProductionGuard::setNextAnswerForTesting(false);
        QSignalSpy moved(board->editor(), &StageEditor::operationFinished);
        board->requestMove(QStringLiteral("BETA"), QStringLiteral("v1"), QStringLiteral("v2"));
        QVERIFY(moved.wait());
        ProductionGuard::setNextAnswerForTesting(true); // the undo asks too
        QSignalSpy undone(m_window->undoHistory(), &ui::UndoHistory::stepSucceeded);
        m_window->undoAction()->trigger();
        QVERIFY(undone.wait());
    }

    void productionGuardBlocksInstanceDelete()
    {
        openAndWait(addProfile(QStringLiteral("Live"), *m_fast, true));
        QSignalSpy opened(m_window.get(), &MainWindow::bulkDialogOpened);
        m_window->deleteByInstance();
        QCOMPARE(opened.count(), 1);
        auto *dialog
                = qobject_cast<ui::InstanceDeleteDialog *>(opened.at(0).at(0).value<QDialog *>());
        QVERIFY(dialog);
        {
            auto client = test::uiClient(&m_nam, *m_fast);
            CreateSecretRequest r;
            r.name = QStringLiteral("fast-rds");
            r.secretString = QStringLiteral("x");
            r.secretType = QStringLiteral("RDS-FG");
            r.rotationConfig = QStringLiteral("{\"InstanceId\":\"rds-1\"}");
            QVERIFY(test::await(client->createSecret(r)).ok());
        }
        QSignalSpy previewed(dialog, &ui::InstanceDeleteDialog::previewFinished);
        dialog->preview(); // the secret above was created after the dialog opened
        QVERIFY(previewed.wait());
        dialog->setInstanceId(QStringLiteral("rds-1"));
        dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit"))
                ->setText(dialog->confirmationText());
        QVERIFY(dialog->canStart());
        QSignalSpy finished(dialog, &ui::InstanceDeleteDialog::batchFinished);
        ProductionGuard::setNextAnswerForTesting(false);
        dialog->start();
        QVERIFY(dialog->canStart()); // nothing started
        QVERIFY(!finished.wait(300));
    }

private:
    QString addProfile(const QString &name, const test::CsmsLocal &server, bool production = false)
    {
        Profile p = ui::SandboxProfile::profile(server.baseUrl());
        p.id.clear();
        p.sandbox = false;
        p.displayName = name;
        p.production = production;
        const QString id = m_profiles->add(p);
        if (id.isEmpty())
            return {};
        CredentialReply *reply = m_credentials->write(id, ui::SandboxProfile::credentials());
        QSignalSpy done(reply, &CredentialReply::finished);
        if (!reply->isFinished())
            done.wait();
        return id;
    }

    void openAndWait(const QString &id)
    {
        QVERIFY(!id.isEmpty());
        m_session->openProfile(id);
        QTRY_VERIFY(m_session->client() && m_session->client()->profile().id == id);
        QTRY_VERIFY(m_window->secretsModel()->rowCount() > 0);
    }

    bool isPendingDelete(const QString &name)
    {
        auto client = test::uiClient(&m_nam, *m_fast);
        const auto r = test::await(client->showSecret(name));
        return r.ok() && r->isPendingDelete();
    }

    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    std::unique_ptr<test::CsmsLocal> m_slow;
    std::unique_ptr<test::CsmsLocal> m_fast;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemoryCredentialStore> m_credentials;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SessionController> m_session;
    int m_counter = 0;
};

QTEST_MAIN(TestProfileSwitch)
#include "tst_profileswitch.moc"
