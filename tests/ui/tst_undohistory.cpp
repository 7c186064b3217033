// SPDX-License-Identifier: Apache-2.0
// Undo and redo of every kind of action against a real csms-local: stage move, create, delete and
// roll back (StageCommand), scheduled deletion (DeletionCommand, bulk and single), and that an
// immediate deletion never reaches the history. Each replay goes through the same stale check as
// a fresh change: an undo or redo the server refuses is reported in the banner and leaves the
// stack coherent (the command leaves the history; nothing is written).
#include "core/model/secretlistmodel.h"
#include "core/model/versionstagemodel.h"
#include "core/ops/stageeditor.h"
#include "ui/addstagedialog.h"
#include "ui/bulkdeletedialog.h"
#include "ui/deletioncommand.h"
#include "ui/detailspanel.h"
#include "ui/mainwindow.h"
#include "ui/messagebanner.h"
#include "ui/stageboard.h"
#include "ui/stagecommand.h"
#include "ui/undohistory.h"
#include "uisandbox.h"

#include <QAction>
#include <QApplication>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace keystage;
using keystage::ui::MainWindow;
using keystage::ui::StageBoard;
using keystage::ui::UndoHistory;

class TestUndoHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        test::useScratchSettings(m_settingsDir.path(), QStringLiteral("tst_undohistory"));
    }

    void init()
    {
        // A fresh server per test: the window lists exactly the secrets the test made.
        m_server = std::make_unique<test::CsmsLocal>();
        QVERIFY2(m_server->start(), m_server->errorOutput().constData());
        m_client = test::uiClient(&m_nam, *m_server);
        m_secret = QStringLiteral("app");
        QVERIFY(test::createStagedSecret(m_client.get(), m_secret));
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->setClient(m_client.get());
        QTRY_COMPARE(m_window->currentSecretName(), m_secret);
        QTRY_COMPARE(board()->model()->rowCount(), 3);
        StageBoard::setConfirmsRiskyChanges(false);
    }

    void cleanup()
    {
        StageBoard::setConfirmsRiskyChanges(true);
        m_window.reset();
        m_client.reset();
        m_server.reset();
    }

    void moveUndoRedo()
    {
        QSignalSpy moved(board()->editor(), &StageEditor::operationFinished);
        board()->requestMove(QStringLiteral("BETA"), QStringLiteral("v2"), QStringLiteral("v1"));
        QVERIFY(moved.wait());
        QCOMPARE(history()->count(), 1);
        QVERIFY(m_window->undoAction()->isEnabled());
        QVERIFY(m_window->undoAction()->text().contains(QStringLiteral("BETA")));
        // The secret is named: undo may act on a secret that is no longer on screen.
        QVERIFY2(m_window->undoAction()->text().contains(QStringLiteral(" of app ")),
                 qPrintable(m_window->undoAction()->text()));

        undoAndWait();
        QCOMPARE(holder(QStringLiteral("BETA")), QStringLiteral("v2"));
        QTRY_COMPARE(board()->model()->holderOf(QStringLiteral("BETA")), QStringLiteral("v2"));
        QCOMPARE(history()->index(), 0);
        QVERIFY(m_window->redoAction()->isEnabled());

        redoAndWait();
        QCOMPARE(holder(QStringLiteral("BETA")), QStringLiteral("v1"));
        QCOMPARE(history()->index(), 1);
    }

    // Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo, from the keyboard (each key bound once: a key
    // bound twice is ambiguous and Qt triggers nothing).
    void keyboardUndoRedo()
    {
        // No key is bound twice among the window's actions (Qt would trigger neither). Which
        // keys QKeySequence::Redo means depends on the platform: tst_undohistory_x11 checks xcb's.
        QHash<QKeySequence, QString> bound;
        const auto actions = m_window->findChildren<QAction *>();
        for (const QAction *action : actions) {
            if (action->shortcutContext() != Qt::WindowShortcut)
                continue;
            const auto keys = action->shortcuts();
            for (const QKeySequence &key : keys) {
                QVERIFY2(!bound.contains(key),
                         qPrintable(key.toString() + QStringLiteral(" is bound twice: ")
                                    + bound.value(key) + QStringLiteral(", ")
                                    + action->objectName()));
                bound.insert(key, action->objectName());
            }
        }
        QCOMPARE(bound.value(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)),
                 QStringLiteral("redoAction"));
        QCOMPARE(bound.value(QKeySequence(Qt::CTRL | Qt::Key_Y)), QStringLiteral("redoAction"));
        QApplication::setActiveWindow(m_window.get());
        if (!QTest::qWaitForWindowActive(m_window.get()))
            QSKIP("the window could not be made active here (no window manager); offscreen runs "
                  "it");
        QSignalSpy moved(board()->editor(), &StageEditor::operationFinished);
        board()->requestMove(QStringLiteral("BETA"), QStringLiteral("v2"), QStringLiteral("v1"));
        QVERIFY(moved.wait());
        QSignalSpy done(history(), &UndoHistory::stepSucceeded);
        QTRY_VERIFY(m_window->undoAction()->isEnabled());
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_Z));
        QVERIFY(done.wait());
        QCOMPARE(holder(QStringLiteral("BETA")), QStringLiteral("v2"));
        QTRY_VERIFY(m_window->redoAction()->isEnabled());
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
        QVERIFY(done.wait());
        QCOMPARE(holder(QStringLiteral("BETA")), QStringLiteral("v1"));
        QTRY_VERIFY(m_window->undoAction()->isEnabled());
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_Z));
        QVERIFY(done.wait());
        QTRY_VERIFY(m_window->redoAction()->isEnabled());
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_Y));
        QVERIFY(done.wait());
        QCOMPARE(holder(QStringLiteral("BETA")), QStringLiteral("v1"));
        QCOMPARE(done.count(), 4);
    }

    void undoIsRefusedWhileAStepRuns()
    {
        QSignalSpy moved(board()->editor(), &StageEditor::operationFinished);
        board()->requestMove(QStringLiteral("BETA"), QStringLiteral("v2"), QStringLiteral("v1"));
        QVERIFY(moved.wait());
        board()->requestMove(QStringLiteral("BETA"), QStringLiteral("v1"), QStringLiteral("v3"));
        QVERIFY(moved.wait());
        QCOMPARE(history()->count(), 2);
        QSignalSpy done(history(), &UndoHistory::stepSucceeded);
        m_window->undoAction()->trigger();
        QVERIFY(history()->isBusy());
        QVERIFY(!m_window->undoAction()->isEnabled());
        m_window->undoAction()->trigger(); // ignored: the first undo is still on the wire
        history()->tryUndo(); // so is this
        QCOMPARE(history()->index(), 1);
        QVERIFY(done.wait());
        QVERIFY(!history()->isBusy());
        QCOMPARE(history()->index(), 1);
        QCOMPARE(holder(QStringLiteral("BETA")), QStringLiteral("v1"));
    }

    void createUndoRedo()
    {
        QSignalSpy dialogs(board(), &StageBoard::confirmationShown);
        QSignalSpy ops(board()->editor(), &StageEditor::operationFinished);
        board()->requestAddStage(QStringLiteral("v1"));
        QCOMPARE(dialogs.count(), 1);
        auto *dialog = qobject_cast<ui::AddStageDialog *>(dialogs.at(0).at(0).value<QDialog *>());
        QVERIFY(dialog);
        auto *name = dialog->findChild<QLineEdit *>();
        QVERIFY(name);
        name->setText(QStringLiteral("GAMMA"));
        dialog->accept();
        QVERIFY(ops.wait());
        QCOMPARE(holder(QStringLiteral("GAMMA")), QStringLiteral("v1"));
        QCOMPARE(history()->count(), 1);

        undoAndWait();
        QCOMPARE(holder(QStringLiteral("GAMMA")), QString()); // deleted again
        redoAndWait();
        QCOMPARE(holder(QStringLiteral("GAMMA")), QStringLiteral("v1"));
    }

    void deleteUndoRedo()
    {
        QSignalSpy ops(board()->editor(), &StageEditor::operationFinished);
        board()->requestDeleteStage(QStringLiteral("BETA"), QStringLiteral("v2"));
        QVERIFY(ops.wait());
        QCOMPARE(holder(QStringLiteral("BETA")), QString());
        QCOMPARE(history()->count(), 1);

        undoAndWait();
        QCOMPARE(holder(QStringLiteral("BETA")), QStringLiteral("v2"));
        redoAndWait();
        QCOMPARE(holder(QStringLiteral("BETA")), QString());
    }

    void rollBackUndoRedo()
    {
        QSignalSpy ops(board()->editor(), &StageEditor::operationFinished);
        board()->requestRollBack();
        QVERIFY(ops.wait());
        QCOMPARE(holder(QStringLiteral("SYSCURRENT")), QStringLiteral("v2"));
        QCOMPARE(holder(QStringLiteral("SYSPREVIOUS")), QStringLiteral("v3"));
        QCOMPARE(history()->count(), 1);

        // The undo decides from the server's versions, not from what the board shows now.
        board()->setSecret(QString());
        undoAndWait();
        QCOMPARE(holder(QStringLiteral("SYSCURRENT")), QStringLiteral("v3"));
        QCOMPARE(holder(QStringLiteral("SYSPREVIOUS")), QStringLiteral("v2"));
        redoAndWait();
        QCOMPARE(holder(QStringLiteral("SYSCURRENT")), QStringLiteral("v2"));
    }

    void refusedUndoLeavesTheHistoryAndSaysWhy()
    {
        QSignalSpy moved(board()->editor(), &StageEditor::operationFinished);
        board()->requestMove(QStringLiteral("BETA"), QStringLiteral("v2"), QStringLiteral("v1"));
        QVERIFY(moved.wait());
        board()->requestMove(QStringLiteral("BETA"), QStringLiteral("v1"), QStringLiteral("v3"));
        QVERIFY(moved.wait());
        QCOMPARE(history()->count(), 2);
        // Someone else moves BETA: undoing "v1 -> v3" would move it back from v3, but it is on v2.
        QVERIFY(test::await(
                        m_client->moveStage(m_secret, QStringLiteral("BETA"), QStringLiteral("v2")))
                        .ok());

        QSignalSpy failed(history(), &UndoHistory::stepFailed);
        m_window->undoAction()->trigger();
        QVERIFY(failed.wait());
        QCOMPARE(failed.at(0).at(2).toBool(), true); // dropped
        QCOMPARE(failed.at(0).at(1).value<ApiError>().kind, ApiError::Kind::Conflict);
        QCOMPARE(holder(QStringLiteral("BETA")), QStringLiteral("v2")); // nothing written
        // The stack: the refused command is gone, the earlier one is still undoable.
        QCOMPARE(history()->count(), 1);
        QCOMPARE(history()->index(), 1);
        QVERIFY(!history()->isBusy());
        QVERIFY(!history()->canRedo());
        QVERIFY(m_window->undoAction()->isEnabled());
        QVERIFY(m_window->undoAction()->text().contains(QStringLiteral("v2")));
        QVERIFY(!m_window->redoAction()->isEnabled());
        // The banner says why.
        QVERIFY(m_window->banner()->isVisible());
        QVERIFY(m_window->banner()->level() != ui::MessageBanner::Level::Info);
        QVERIFY(m_window->banner()->headline().contains(QStringLiteral("undo")));
        QVERIFY(m_window->banner()->detail().contains(QStringLiteral("v2")));
        // The board shows the truth.
        QTRY_COMPARE(board()->model()->holderOf(QStringLiteral("BETA")), QStringLiteral("v2"));

        // The remaining command ("v2 -> v1") undoes fine: BETA is on v2... so it is refused too
        // (its inverse expects BETA on v1): again nothing is written and the history empties.
        failed.clear();
        m_window->undoAction()->trigger();
        QVERIFY(failed.wait());
        QCOMPARE(history()->count(), 0);
        QCOMPARE(history()->index(), 0);
        QVERIFY(!m_window->undoAction()->isEnabled());
        QCOMPARE(holder(QStringLiteral("BETA")), QStringLiteral("v2"));
    }

    void refusedRedoLeavesTheHistory()
    {
        QSignalSpy moved(board()->editor(), &StageEditor::operationFinished);
        board()->requestMove(QStringLiteral("BETA"), QStringLiteral("v2"), QStringLiteral("v1"));
        QVERIFY(moved.wait());
        undoAndWait();
        QCOMPARE(holder(QStringLiteral("BETA")), QStringLiteral("v2"));
        QVERIFY(test::await(
                        m_client->moveStage(m_secret, QStringLiteral("BETA"), QStringLiteral("v3")))
                        .ok());
        QSignalSpy failed(history(), &UndoHistory::stepFailed);
        m_window->redoAction()->trigger();
        QVERIFY(failed.wait());
        QCOMPARE(holder(QStringLiteral("BETA")), QStringLiteral("v3"));
        QCOMPARE(history()->count(), 0);
        QCOMPARE(history()->index(), 0);
        QVERIFY(m_window->banner()->headline().contains(QStringLiteral("redo")));
    }

    void refusedCreateUndo()
    {
        // Undo of a deletion re-creates the stage; someone re-created it already: refused locally
        // after re-reading the versions, nothing written.
        QSignalSpy ops(board()->editor(), &StageEditor::operationFinished);
        board()->requestDeleteStage(QStringLiteral("BETA"), QStringLiteral("v2"));
        QVERIFY(ops.wait());
        QVERIFY(test::await(m_client->createStage(m_secret, QStringLiteral("BETA"),
                                                  QStringLiteral("v1")))
                        .ok());
        QSignalSpy failed(history(), &UndoHistory::stepFailed);
        history()->tryUndo();
        QVERIFY(failed.wait());
        QCOMPARE(holder(QStringLiteral("BETA")), QStringLiteral("v1"));
        QCOMPARE(history()->count(), 0);
    }

    void scheduledDeletionUndoRedo_data()
    {
        QTest::addColumn<QStringList>("names");
        QTest::newRow("single") << QStringList{QStringLiteral("one")};
        QTest::newRow("bulk") << QStringList{QStringLiteral("one"), QStringLiteral("two"),
                                             QStringLiteral("three")};
    }

    void scheduledDeletionUndoRedo()
    {
        QFETCH(QStringList, names);
        for (const QString &name : std::as_const(names))
            QVERIFY(test::createSecret(m_client.get(), name, QStringLiteral("x")));
        ui::BulkDeleteDialog *dialog = openDeleteDialog(names);
        QVERIFY(dialog->undoNote().contains(QStringLiteral("Undo")));
        dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit"))
                ->setText(dialog->confirmationText());
        QSignalSpy finished(dialog, &ui::BulkDeleteDialog::runFinished);
        dialog->start();
        QVERIFY(finished.wait());
        for (const QString &name : std::as_const(names))
            QVERIFY(isPendingDelete(name));
        QCOMPARE(history()->count(), 1);
        QVERIFY(m_window->undoAction()->text().contains(QStringLiteral("deletion")));
        auto *command = dynamic_cast<const ui::DeletionCommand *>(history()->command(0));
        QVERIFY(command);
        QStringList recorded = command->names();
        recorded.sort();
        names.sort();
        QCOMPARE(recorded, names);
        dialog->close();

        undoAndWait();
        for (const QString &name : std::as_const(names))
            QVERIFY(!isPendingDelete(name));
        redoAndWait();
        for (const QString &name : std::as_const(names))
            QVERIFY(isPendingDelete(name));
        QCOMPARE(history()->index(), 1);
    }

    // The details of the current secret follow what a bulk run did to it: pending deletion after
    // scheduling, enabled again after a restore (the list alone used to change).
    void detailsFollowBulkDeletionAndRestore()
    {
        QTRY_COMPARE(m_window->detailsPanel()->fieldText(QStringLiteral("state")),
                     QStringLiteral("ENABLED"));
        QVERIFY(test::createSecret(m_client.get(), QStringLiteral("other"), QStringLiteral("x")));
        ui::BulkDeleteDialog *dialog = openDeleteDialog({m_secret});
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit"))
                ->setText(dialog->confirmationText());
        QSignalSpy finished(dialog, &ui::BulkDeleteDialog::runFinished);
        dialog->start();
        QVERIFY(finished.wait());
        dialog->close();
        QTRY_COMPARE(m_window->detailsPanel()->fieldText(QStringLiteral("state")),
                     QStringLiteral("PENDING_DELETE"));
        QCOMPARE(m_window->currentSecretName(), m_secret);

        QTRY_VERIFY(m_window->secretsView()
                            ->currentIndex()
                            .data(SecretListModel::PendingDeleteRole)
                            .toBool());
        QSignalSpy opened(m_window.get(), &MainWindow::bulkDialogOpened);
        m_window->restoreSelectedSecrets();
        QCOMPARE(opened.count(), 1);
        auto *restore = qobject_cast<ui::BulkDeleteDialog *>(opened.at(0).at(0).value<QDialog *>());
        QVERIFY(restore);
        QSignalSpy restored(restore, &ui::BulkDeleteDialog::runFinished);
        restore->start();
        QVERIFY(restored.wait());
        restore->close();
        QTRY_COMPARE(m_window->detailsPanel()->fieldText(QStringLiteral("state")),
                     QStringLiteral("ENABLED"));
    }

    void partiallyRefusedDeletionUndo()
    {
        const QStringList names{QStringLiteral("one"), QStringLiteral("two")};
        for (const QString &name : names)
            QVERIFY(test::createSecret(m_client.get(), name, QStringLiteral("x")));
        ui::BulkDeleteDialog *dialog = openDeleteDialog(names);
        dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit"))->setText(QStringLiteral("2"));
        QSignalSpy finished(dialog, &ui::BulkDeleteDialog::runFinished);
        dialog->start();
        QVERIFY(finished.wait());
        // Someone else restores "two": cancelling its deletion is refused (CSMS.0108).
        QVERIFY(test::await(m_client->cancelDeletion(QStringLiteral("two"))).ok());
        QSignalSpy failed(history(), &UndoHistory::stepFailed);
        QSignalSpy done(history(), &UndoHistory::stepSucceeded);
        history()->tryUndo();
        QVERIFY(failed.wait());
        QCOMPARE(done.count(), 1);
        QCOMPARE(failed.at(0).at(2).toBool(), false);
        QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("two")));
        QVERIFY(!isPendingDelete(QStringLiteral("one")));
        // The command now stands for exactly "one": redo schedules only it.
        auto *command = dynamic_cast<const ui::DeletionCommand *>(history()->command(0));
        QVERIFY(command);
        QCOMPARE(command->names(), QStringList{QStringLiteral("one")});
        redoAndWait();
        QVERIFY(isPendingDelete(QStringLiteral("one")));
        QVERIFY(!isPendingDelete(QStringLiteral("two")));
    }

    void immediateDeletionIsNotUndoable()
    {
        QVERIFY(test::createSecret(m_client.get(), QStringLiteral("gone"), QStringLiteral("x")));
        QSignalSpy moved(board()->editor(), &StageEditor::operationFinished);
        board()->requestMove(QStringLiteral("BETA"), QStringLiteral("v2"), QStringLiteral("v1"));
        QVERIFY(moved.wait());
        const QString undoTextBefore = m_window->undoAction()->text();

        ui::BulkDeleteDialog *dialog = openDeleteDialog({QStringLiteral("gone")});
        dialog->findChild<QRadioButton *>(QStringLiteral("immediateRadio"))->setChecked(true);
        QVERIFY(dialog->undoNote().contains(QStringLiteral("cannot be undone")));
        auto *note = dialog->findChild<QLabel *>(QStringLiteral("undoNote"));
        QVERIFY(note && note->isVisible());
        QCOMPARE(note->text(), dialog->undoNote());
        dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit"))
                ->setText(dialog->confirmationText());
        QSignalSpy finished(dialog, &ui::BulkDeleteDialog::runFinished);
        dialog->start();
        QVERIFY(finished.wait());
        QVERIFY(!test::await(m_client->showSecret(QStringLiteral("gone"))).ok());
        // Nothing was added to the history; Undo still names the stage move only.
        QCOMPARE(history()->count(), 1);
        QCOMPARE(m_window->undoAction()->text(), undoTextBefore);
        QVERIFY(!m_window->undoAction()->text().contains(QStringLiteral("gone")));
        QVERIFY(!m_window->undoAction()->text().contains(QStringLiteral("elet")));
    }

    void switchingTheClientEmptiesTheHistory()
    {
        QSignalSpy moved(board()->editor(), &StageEditor::operationFinished);
        board()->requestMove(QStringLiteral("BETA"), QStringLiteral("v2"), QStringLiteral("v1"));
        QVERIFY(moved.wait());
        QCOMPARE(history()->count(), 1);
        m_window->setClient(nullptr);
        QCOMPARE(history()->count(), 0);
        QVERIFY(!m_window->undoAction()->isEnabled());
    }

private:
    StageBoard *board() const { return m_window->stageBoard(); }
    UndoHistory *history() const { return m_window->undoHistory(); }

    void undoAndWait()
    {
        QSignalSpy done(history(), &UndoHistory::stepSucceeded);
        QSignalSpy failed(history(), &UndoHistory::stepFailed);
        QVERIFY(m_window->undoAction()->isEnabled());
        m_window->undoAction()->trigger();
        QVERIFY(done.wait());
        QCOMPARE(failed.count(), 0);
    }

    void redoAndWait()
    {
        QSignalSpy done(history(), &UndoHistory::stepSucceeded);
        QSignalSpy failed(history(), &UndoHistory::stepFailed);
        QVERIFY(m_window->redoAction()->isEnabled());
        m_window->redoAction()->trigger();
        QVERIFY(done.wait());
        QCOMPARE(failed.count(), 0);
    }

    QString holder(const QString &stage)
    {
        const auto r = test::await(m_client->showStage(m_secret, stage));
        return r.ok() ? r->versionId : QString();
    }

    bool isPendingDelete(const QString &name)
    {
        const auto r = test::await(m_client->showSecret(name));
        return r.ok() && r->isPendingDelete();
    }

    ui::BulkDeleteDialog *openDeleteDialog(const QStringList &names)
    {
        m_window->secretsModel()->refresh();
        if (!QTest::qWaitFor(
                    [&]() { return m_window->secretsModel()->rowCount() >= names.size() + 1; }))
            return nullptr;
        auto *view = m_window->secretsView();
        view->clearSelection();
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex index = view->model()->index(row, 0);
            if (names.contains(index.data(SecretListModel::NameRole).toString()))
                view->selectionModel()->select(index, QItemSelectionModel::Select
                                                              | QItemSelectionModel::Rows);
        }
        if (m_window->selectedSecretNames().size() != names.size())
            return nullptr;
        QSignalSpy opened(m_window.get(), &MainWindow::bulkDialogOpened);
        m_window->deleteSelectedSecrets();
        if (opened.count() != 1)
            return nullptr;
        return qobject_cast<ui::BulkDeleteDialog *>(opened.at(0).at(0).value<QDialog *>());
    }

    QTemporaryDir m_settingsDir;
    QNetworkAccessManager m_nam;
    std::unique_ptr<test::CsmsLocal> m_server;
    std::unique_ptr<CsmsClient> m_client;
    std::unique_ptr<MainWindow> m_window;
    QString m_secret;
};

QTEST_MAIN(TestUndoHistory)
#include "tst_undohistory.moc"
