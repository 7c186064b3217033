// SPDX-License-Identifier: Apache-2.0
// The stage board against a real csms-local: keyboard moves (Alt+Up / Alt+Down), drops, the
// context menu (move, add, delete, roll back), the risky-change confirmation and its "don't ask
// again", and the conflict banner when someone else moved the stage. Every change is checked on
// the server. Every door (keys, drop, menu, buttons, undo, redo) goes through the StageEditor:
// the same prompts, pending chips and one re-read; actions the secret's state or the limits
// refuse are disabled with the reason; SYSPENDING stays put; rotated secrets warn about the login.
#include "core/model/versionstagemodel.h"
#include "core/ops/stageeditor.h"
#include "ui/addstagedialog.h"
#include "ui/riskymovedialog.h"
#include "ui/stageboard.h"
#include "ui/stageboardview.h"
#include "uisandbox.h"

#include <QContextMenuEvent>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace keystage;
using keystage::ui::StageBoard;

class TestStageBoard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), m_server.errorOutput().constData());
        m_client = test::uiClient(&m_nam, m_server);
    }

    // Each test gets a fresh secret: v3 SYSCURRENT, v2 SYSPREVIOUS + BETA, v1 (no stage).
    void init()
    {
        m_secret = QStringLiteral("app-%1").arg(++m_counter);
        QVERIFY(test::createStagedSecret(m_client.get(), m_secret));
        m_undo = std::make_unique<QUndoStack>();
        m_board = std::make_unique<StageBoard>(m_undo.get());
        m_board->resize(900, 300);
        m_board->setClient(m_client.get());
        QSignalSpy loaded(m_board->model(), &VersionStageModel::versionsLoaded);
        m_board->setSecret(m_secret);
        QVERIFY(loaded.wait());
        m_board->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_board.get()));
        QCOMPARE(m_board->model()->rowCount(), 3);
        StageBoard::setConfirmsRiskyChanges(true);
    }

    void cleanup()
    {
        m_board.reset();
        m_undo.reset();
    }

    void altUpAndAltDownMoveTheSelectedChip()
    {
        auto *view = m_board->view();
        QVERIFY(view->selectStage(QStringLiteral("BETA")));
        QCOMPARE(view->currentChipVersion(), QStringLiteral("v2"));
        QSignalSpy moved(m_board->editor(), &StageEditor::operationFinished);
        QSignalSpy dialogs(m_board.get(), &StageBoard::confirmationShown);

        QTest::keyClick(view, Qt::Key_Up, Qt::AltModifier);
        QVERIFY(m_board->model()->isPending(QStringLiteral("BETA"))); // shown pending at once
        QVERIFY(moved.wait());
        QCOMPARE(serverHolder(QStringLiteral("BETA")), QStringLiteral("v3"));
        QCOMPARE(m_board->model()->holderOf(QStringLiteral("BETA")), QStringLiteral("v3"));
        QCOMPARE(view->currentChipVersion(), QStringLiteral("v3")); // the chip stays selected
        QCOMPARE(dialogs.count(), 0); // not risky: v2 keeps SYSPREVIOUS
        QCOMPARE(m_undo->count(), 1);

        QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);
        QVERIFY(moved.wait());
        QCOMPARE(serverHolder(QStringLiteral("BETA")), QStringLiteral("v2"));

        // Alt+Up on the top row goes nowhere and sends nothing.
        QVERIFY(view->selectStage(QStringLiteral("SYSCURRENT")));
        QSignalSpy sent(m_board.get(), &StageBoard::changeSent);
        QTest::keyClick(view, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(sent.count(), 0);

        // Undo moves BETA back where it was before the last move.
        QSignalSpy ops(m_board->editor(), &StageEditor::operationFinished);
        m_undo->undo();
        QVERIFY(ops.wait());
        QCOMPARE(serverHolder(QStringLiteral("BETA")), QStringLiteral("v3"));
    }

    void leftAndRightPickChipsInARow()
    {
        auto *view = m_board->view();
        QVERIFY(view->selectStage(QStringLiteral("SYSPREVIOUS")));
        const QString first = view->currentStage();
        QTest::keyClick(view, Qt::Key_Right);
        QVERIFY(view->currentStage() != first);
        QCOMPARE(view->currentChipVersion(), QStringLiteral("v2"));
        QTest::keyClick(view, Qt::Key_Left);
        QCOMPARE(view->currentStage(), first);
    }

    void riskyMoveAsksFirst()
    {
        auto *view = m_board->view();
        QSignalSpy dialogs(m_board.get(), &StageBoard::confirmationShown);
        QSignalSpy sent(m_board.get(), &StageBoard::changeSent);
        QVERIFY(view->selectStage(QStringLiteral("SYSCURRENT")));

        // Cancel: nothing is sent.
        QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(dialogs.count(), 1);
        auto *dialog = qobject_cast<ui::RiskyMoveDialog *>(dialogs.at(0).at(0).value<QDialog *>());
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->effectTexts().isEmpty());
        QVERIFY(dialog->effectTexts().join(QLatin1Char(' ')).contains(QStringLiteral("v2")));
        dialog->reject();
        QTest::qWait(0);
        QCOMPARE(sent.count(), 0);
        QCOMPARE(serverHolder(QStringLiteral("SYSCURRENT")), QStringLiteral("v3"));

        // Accept with "don't ask again": the move happens...
        QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(dialogs.count(), 2);
        dialog = qobject_cast<ui::RiskyMoveDialog *>(dialogs.at(1).at(0).value<QDialog *>());
        auto *dontAsk = dialog->findChild<QAbstractButton *>(QStringLiteral("dontAskAgain"));
        QVERIFY(dontAsk);
        dontAsk->click();
        QSignalSpy moved(m_board->editor(), &StageEditor::operationFinished);
        dialog->findChild<QPushButton *>(QStringLiteral("acceptButton"))->click();
        QVERIFY(moved.wait());
        QCOMPARE(serverHolder(QStringLiteral("SYSCURRENT")), QStringLiteral("v2"));
        QVERIFY(!StageBoard::confirmsRiskyChanges());

        // ... and the next risky move goes without a question.
        QVERIFY(view->selectStage(QStringLiteral("SYSCURRENT")));
        QTest::keyClick(view, Qt::Key_Up, Qt::AltModifier);
        QVERIFY(moved.wait());
        QCOMPARE(dialogs.count(), 2);
        QCOMPARE(serverHolder(QStringLiteral("SYSCURRENT")), QStringLiteral("v3"));
    }

    void aDropOnAnotherVersionMovesTheStage()
    {
        auto *view = m_board->view();
        auto *model = m_board->model();
        const int from = model->rowOfVersion(QStringLiteral("v2"));
        const int to = model->rowOfVersion(QStringLiteral("v1"));
        QMimeData *mime = model->stageMimeData(from, QStringLiteral("BETA"));
        QVERIFY(mime);
        QCOMPARE(mime->formats(), QStringList{VersionStageModel::mimeType()});
        QVERIFY(!mime->data(VersionStageModel::mimeType()).contains("one")); // no value in it

        // Dragging over the holder is refused; over v1 it is accepted.
        const QPoint onHolder = view->stagesCellRect(from).center();
        const QPoint onTarget = view->stagesCellRect(to).center();
        QDragEnterEvent enter(onHolder, Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &enter);
        QDragMoveEvent overHolder(onHolder, Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &overHolder);
        QVERIFY(!overHolder.isAccepted());
        QVERIFY(!view->isValidDropRow(from));
        QVERIFY(view->isValidDropRow(to));
        QDragMoveEvent overTarget(onTarget, Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &overTarget);
        QVERIFY(overTarget.isAccepted());
        QCOMPARE(view->dropTargetRow(), to);

        // v2 keeps SYSPREVIOUS, so this is not risky: it moves at once.
        QSignalSpy moved(m_board->editor(), &StageEditor::operationFinished);
        QDropEvent drop(onTarget, Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &drop);
        QVERIFY(drop.isAccepted());
        QCOMPARE(view->dropTargetRow(), -1); // highlight gone
        QVERIFY(moved.wait());
        QCOMPARE(serverHolder(QStringLiteral("BETA")), QStringLiteral("v1"));
        delete mime;
    }

    void contextMenuOffersTheRightActions()
    {
        auto *view = m_board->view();
        auto *model = m_board->model();
        const int v3 = model->rowOfVersion(QStringLiteral("v3"));
        QSignalSpy requested(view, &ui::StageBoardView::contextMenuRequested);
        const QPoint chip = view->chipsOfRow(v3).first().rect.center();
        QContextMenuEvent event(QContextMenuEvent::Mouse, chip,
                                view->viewport()->mapToGlobal(chip));
        QApplication::sendEvent(view->viewport(), &event);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(1).toString(), QStringLiteral("SYSCURRENT"));
        QTRY_VERIFY(m_board->findChild<QMenu *>(QStringLiteral("stageContextMenu")));
        const auto popups = m_board->findChildren<QMenu *>(QStringLiteral("stageContextMenu"));
        for (QMenu *popup : popups)
            popup->close();

        std::unique_ptr<QMenu> current(
                m_board->buildContextMenu(v3, QStringLiteral("SYSCURRENT"), nullptr));
        QVERIFY(!action(current.get(), "deleteStageAction")->isEnabled()); // built in
        QVERIFY(action(current.get(), "moveToVersionAction")->isEnabled());
        QVERIFY(action(current.get(), "rollBackAction")->isEnabled());

        // Delete stage on BETA, through the menu: gone on the server.
        const int v2 = model->rowOfVersion(QStringLiteral("v2"));
        std::unique_ptr<QMenu> beta(m_board->buildContextMenu(v2, QStringLiteral("BETA"), nullptr));
        QVERIFY(action(beta.get(), "deleteStageAction")->isEnabled());
        QSignalSpy ops(m_board->editor(), &StageEditor::operationFinished);
        action(beta.get(), "deleteStageAction")->trigger();
        QVERIFY(ops.wait());
        QCOMPARE(test::await(m_client->showStage(m_secret, QStringLiteral("BETA"))).error().kind,
                 ApiError::Kind::NotFound);
        QTRY_COMPARE(model->holderOf(QStringLiteral("BETA")), QString());
    }

    void addStageValidatesAsYouType()
    {
        auto *model = m_board->model();
        QSignalSpy dialogs(m_board.get(), &StageBoard::confirmationShown);
        const int v1 = model->rowOfVersion(QStringLiteral("v1"));
        std::unique_ptr<QMenu> menu(m_board->buildContextMenu(v1, QString(), nullptr));
        action(menu.get(), "addStageAction")->trigger();
        QCOMPARE(dialogs.count(), 1);
        auto *dialog = qobject_cast<ui::AddStageDialog *>(dialogs.at(0).at(0).value<QDialog *>());
        QVERIFY(dialog);
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("stageName"));
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(name, QStringLiteral("bad name!"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(!dialog->problem().isEmpty());
        // A name over 64 characters is typed in full and refused with the rule.
        name->clear();
        QTest::keyClicks(name, QString(70, QLatin1Char('A')));
        QCOMPARE(name->text().size(), 70);
        QVERIFY(!ok->isEnabled());
        QVERIFY2(dialog->problem().contains(QStringLiteral("64")), qPrintable(dialog->problem()));
        // The rule has room to show whole (two lines kept for it).
        auto *problem = dialog->findChild<QLabel *>(QStringLiteral("problem"));
        QVERIFY(problem->minimumHeight() >= 2 * problem->fontMetrics().lineSpacing());
        name->setText(QStringLiteral("BETA")); // exists on v2
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog->problem().contains(QStringLiteral("v2")));
        name->setText(QStringLiteral("GAMMA"));
        QVERIFY(ok->isEnabled());
        QSignalSpy ops(m_board->editor(), &StageEditor::operationFinished);
        ok->click();
        QVERIFY(ops.wait());
        QCOMPARE(serverHolder(QStringLiteral("GAMMA")), QStringLiteral("v1"));
        QTRY_COMPARE(model->holderOf(QStringLiteral("GAMMA")), QStringLiteral("v1"));
    }

    void rollBackSwapsCurrentAndPrevious()
    {
        QSignalSpy dialogs(m_board.get(), &StageBoard::confirmationShown);
        m_board->requestRollBack();
        QCOMPARE(dialogs.count(), 1); // SYSCURRENT moves: risky
        auto *dialog = dialogs.at(0).at(0).value<QDialog *>();
        QSignalSpy ops(m_board->editor(), &StageEditor::operationFinished);
        dialog->accept();
        QVERIFY(ops.wait());
        QCOMPARE(serverHolder(QStringLiteral("SYSCURRENT")), QStringLiteral("v2"));
        QCOMPARE(serverHolder(QStringLiteral("SYSPREVIOUS")), QStringLiteral("v3"));
    }

    void aConflictShowsWhoHoldsTheStageNow()
    {
        // Someone else moves BETA to v1 behind the board's back.
        QVERIFY(test::await(
                        m_client->moveStage(m_secret, QStringLiteral("BETA"), QStringLiteral("v1")))
                        .ok());
        auto *view = m_board->view();
        QVERIFY(view->selectStage(QStringLiteral("BETA"))); // the board still shows it on v2
        QCOMPARE(view->currentChipVersion(), QStringLiteral("v2"));
        QSignalSpy errors(m_board.get(), &StageBoard::errorOccurred);
        QTest::keyClick(view, Qt::Key_Up, Qt::AltModifier); // to v3
        QVERIFY(errors.wait());
        const QString headline = errors.at(0).at(0).toString();
        const auto error = errors.at(0).at(1).value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::Conflict);
        QVERIFY2(headline.contains(QStringLiteral("v1")), qPrintable(headline));
        // Nothing was written, and the board shows the server's truth.
        QCOMPARE(serverHolder(QStringLiteral("BETA")), QStringLiteral("v1"));
        QTRY_COMPARE(m_board->model()->holderOf(QStringLiteral("BETA")), QStringLiteral("v1"));
    }

    void deleteKeyRefusesBuiltInStages()
    {
        auto *view = m_board->view();
        QSignalSpy messages(m_board.get(), &StageBoard::messageShown);
        QSignalSpy sent(m_board.get(), &StageBoard::changeSent);
        QVERIFY(view->selectStage(QStringLiteral("SYSPREVIOUS")));
        QTest::keyClick(view, Qt::Key_Delete);
        QTRY_COMPARE(messages.count(), 1);
        QCOMPARE(sent.count(), 0);
        QCOMPARE(serverHolder(QStringLiteral("SYSPREVIOUS")), QStringLiteral("v2"));
    }

    // Undo and redo of a risky move show the same prompt the key showed (issue 16, item 6).
    void undoAndRedoOfARiskyMoveAskAgain()
    {
        auto *view = m_board->view();
        QSignalSpy dialogs(m_board.get(), &StageBoard::confirmationShown);
        QSignalSpy ops(m_board->editor(), &StageEditor::operationFinished);
        QVERIFY(view->selectStage(StageRules::current()));
        QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier); // v3 -> v2
        QCOMPARE(dialogs.count(), 1);
        const QStringList effects = riskDialog(dialogs, 0)->effectTexts();
        QVERIFY(!effects.isEmpty());
        riskDialog(dialogs, 0)->findChild<QPushButton *>(QStringLiteral("acceptButton"))->click();
        QVERIFY(ops.wait());
        QCOMPARE(serverHolder(StageRules::current()), QStringLiteral("v2"));
        QCOMPARE(m_undo->count(), 1);

        m_undo->undo();
        QTRY_COMPARE(dialogs.count(), 2); // after the editor read the server's versions
        ui::RiskyMoveDialog *undoDialog = riskDialog(dialogs, 1);
        QVERIFY(undoDialog);
        QVERIFY2(undoDialog->effectTexts().join(QLatin1Char(' ')).contains(QStringLiteral("v3")),
                 qPrintable(undoDialog->effectTexts().join(QLatin1Char(' '))));
        QCOMPARE(serverHolder(StageRules::current()), QStringLiteral("v2")); // nothing yet
        undoDialog->findChild<QPushButton *>(QStringLiteral("acceptButton"))->click();
        QVERIFY(ops.wait());
        QCOMPARE(serverHolder(StageRules::current()), QStringLiteral("v3"));

        m_undo->redo();
        QTRY_COMPARE(dialogs.count(), 3);
        QCOMPARE(riskDialog(dialogs, 2)->effectTexts(), effects); // the drag's own prompt
        riskDialog(dialogs, 2)->reject();
        QVERIFY(ops.wait());
        QCOMPARE(serverHolder(StageRules::current()), QStringLiteral("v3"));
        QTRY_COMPARE(m_undo->index(), 0); // declined: the history stays where it was
    }

    // The context menu's "Move to version…" is one more door: the same prompt as Alt+Down.
    void menuMoveAsksLikeTheKey()
    {
        auto *view = m_board->view();
        QSignalSpy dialogs(m_board.get(), &StageBoard::confirmationShown);
        QSignalSpy ops(m_board->editor(), &StageEditor::operationFinished);
        QVERIFY(view->selectStage(StageRules::current()));
        QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier); // v3 -> v2, then declined
        QCOMPARE(dialogs.count(), 1);
        const QStringList byKey = riskDialog(dialogs, 0)->effectTexts();
        riskDialog(dialogs, 0)->reject();

        const int v3 = m_board->model()->rowOfVersion(QStringLiteral("v3"));
        std::unique_ptr<QMenu> menu(m_board->buildContextMenu(v3, StageRules::current(), nullptr));
        action(menu.get(), "moveToVersionAction")->trigger();
        QCOMPARE(dialogs.count(), 2);
        auto *target = qobject_cast<QInputDialog *>(dialogs.at(1).at(0).value<QDialog *>());
        QVERIFY(target);
        target->setTextValue(QStringLiteral("v2"));
        target->accept();
        QTRY_COMPARE(dialogs.count(), 3);
        QCOMPARE(riskDialog(dialogs, 2)->effectTexts(), byKey);
        riskDialog(dialogs, 2)->findChild<QPushButton *>(QStringLiteral("acceptButton"))->click();
        QTRY_COMPARE(ops.count(), 2); // the declined one, then this one
        const StageOutcome outcome = ops.last().first().value<StageOutcome>();
        QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->summary() : QString()));
        QCOMPARE(serverHolder(StageRules::current()), QStringLiteral("v2"));
    }

    // Keys, a drop, the menu, a button and undo: each shows its change as pending chips at once
    // and reads the versions once after the write (an undo also once before, for the rules).
    void everyDoorShowsPendingAndReadsOnce()
    {
        StageBoard::setConfirmsRiskyChanges(false);
        auto *model = m_board->model();
        auto *view = m_board->view();
        QObject scope;
        QStringList pendingSeen;
        connect(m_board->editor(), &StageEditor::operationStarted, &scope,
                [&pendingSeen, model](const StageRequest &r) {
                    pendingSeen << (model->isPending(r.change.stage) ? r.change.stage : QString());
                });
        int reads = 0;
        connect(m_client.get(), &CsmsClient::callFinished, &scope,
                [&reads](const ApiCallRecord &r) {
                    reads += r.method == "GET" && r.path.endsWith(QLatin1String("/versions"));
                });
        QSignalSpy ops(m_board->editor(), &StageEditor::operationFinished);
        const auto door = [&](const std::function<void()> &act) {
            reads = 0;
            const int before = int(ops.count());
            act();
            if (!QTest::qWaitFor([&]() { return ops.count() > before; }, 30000))
                return false;
            return ops.last().first().value<StageOutcome>().ok();
        };
        QVERIFY(view->selectStage(QStringLiteral("BETA")));
        QVERIFY(door([&]() { QTest::keyClick(view, Qt::Key_Up, Qt::AltModifier); })); // to v3
        QCOMPARE(reads, 1);
        QVERIFY(door([&]() { drop(QStringLiteral("BETA"), QStringLiteral("v1")); }));
        QCOMPARE(reads, 1);
        QVERIFY(door([&]() {
            std::unique_ptr<QMenu> menu(m_board->buildContextMenu(
                    model->rowOfVersion(QStringLiteral("v1")), QStringLiteral("BETA"), nullptr));
            action(menu.get(), "deleteStageAction")->trigger();
        }));
        QCOMPARE(reads, 1);
        QVERIFY(door([&]() {
            m_board->findChild<QToolButton *>(QStringLiteral("rollBackButton"))->click();
        }));
        QCOMPARE(reads, 1);
        QVERIFY(door([&]() { m_undo->undo(); }));
        QCOMPARE(reads, 2);
        QCOMPARE(pendingSeen, (QStringList{QStringLiteral("BETA"), QStringLiteral("BETA"),
                                           QStringLiteral("BETA"), StageRules::current(),
                                           StageRules::current()}));
        QCOMPARE(serverHolder(StageRules::current()), QStringLiteral("v3"));
    }

    // No answer from the server: the outcome is unknown and the versions are read once (the
    // board and the model each read them before).
    void unknownOutcomeIsReadOnce()
    {
        test::CsmsLocal server;
        QVERIFY2(server.start(), server.errorOutput().constData());
        auto client = test::uiClient(&m_nam, server);
        QVERIFY(test::createStagedSecret(client.get(), QStringLiteral("solo")));
        QUndoStack undo;
        StageBoard board(&undo);
        board.setClient(client.get());
        QSignalSpy loaded(board.model(), &VersionStageModel::versionsLoaded);
        board.setSecret(QStringLiteral("solo"));
        QVERIFY(loaded.wait());
        QObject scope;
        int reads = 0;
        connect(client.get(), &CsmsClient::callFinished, &scope, [&reads](const ApiCallRecord &r) {
            reads += r.path.endsWith(QLatin1String("/versions"));
        });
        server.kill();
        QSignalSpy ops(board.editor(), &StageEditor::operationFinished);
        board.requestMove(QStringLiteral("BETA"), QStringLiteral("v2"), QStringLiteral("v1"));
        QVERIFY(ops.wait(60000));
        QVERIFY(!ops.first().first().value<StageOutcome>().versionsKnown);
        QTRY_VERIFY(!board.model()->isLoading());
        QCOMPARE(reads, 1);
    }

    // Issue 16 item 7 / issue 15: a secret pending deletion refuses every stage change (CSMS.0103);
    // the board disables them and says why.
    void pendingDeletionDisablesChangesAndSaysWhy()
    {
        QVERIFY(test::await(m_client->scheduleDeletion(m_secret, 7)).ok());
        QSignalSpy traits(m_board.get(), &StageBoard::secretTraitsChanged);
        m_board->reload();
        QVERIFY(traits.wait());
        auto *model = m_board->model();
        QTRY_VERIFY(!model->isLoading());
        const QString why = QStringLiteral("pending deletion");
        for (const char *name : {"addStageButton", "rollBackButton"}) {
            auto *button = m_board->findChild<QToolButton *>(QString::fromLatin1(name));
            QVERIFY2(!button->isEnabled(), name);
            QVERIFY2(button->toolTip().contains(why), qPrintable(button->toolTip()));
        }
        QVERIFY2(m_board->statusText().contains(why), qPrintable(m_board->statusText()));
        QVERIFY(m_board->newVersionRefusal().contains(why));
        const int v2 = model->rowOfVersion(QStringLiteral("v2"));
        std::unique_ptr<QMenu> menu(m_board->buildContextMenu(v2, QStringLiteral("BETA"), nullptr));
        for (const char *name :
             {"moveToVersionAction", "addStageAction", "deleteStageAction", "rollBackAction"}) {
            QAction *a = action(menu.get(), name);
            QVERIFY2(!a->isEnabled(), name);
            QVERIFY2(a->toolTip().contains(why), name);
        }
        QVERIFY(!std::unique_ptr<QMimeData>(model->stageMimeData(v2, QStringLiteral("BETA"))));
        QVERIFY(m_board->view()->chipRefusal(v2, QStringLiteral("BETA")).contains(why));
        // The keyboard still asks: refused with the reason, nothing sent.
        QSignalSpy messages(m_board.get(), &StageBoard::messageShown);
        QSignalSpy sent(m_board.get(), &StageBoard::changeSent);
        QVERIFY(m_board->view()->selectStage(QStringLiteral("BETA")));
        QTest::keyClick(m_board->view(), Qt::Key_Up, Qt::AltModifier);
        QTRY_COMPARE(messages.count(), 1);
        QVERIFY(messages.at(0).at(2).toString().contains(QStringLiteral("CSMS.0103")));
        QCOMPARE(sent.count(), 0);
        QCOMPARE(serverHolder(QStringLiteral("BETA")), QStringLiteral("v2"));
    }

    void addStageAtTheLimitIsDisabledWithReason()
    {
        for (int i = 0; i < 9; ++i) { // SYSCURRENT, SYSPREVIOUS, BETA + 9 = 12
            QVERIFY(test::await(m_client->createStage(m_secret, QStringLiteral("S%1").arg(i),
                                                      QStringLiteral("v1")))
                            .ok());
        }
        QSignalSpy loaded(m_board->model(), &VersionStageModel::versionsLoaded);
        m_board->reload();
        QVERIFY(loaded.wait());
        QCOMPARE(m_board->model()->stageCount(), StageRules::MaxStages);
        auto *add = m_board->findChild<QToolButton *>(QStringLiteral("addStageButton"));
        QVERIFY(!add->isEnabled()); // before: enabled, and the server answered CSMS.0203
        QVERIFY2(add->toolTip().contains(QStringLiteral("12")), qPrintable(add->toolTip()));
        QVERIFY(m_board->statusText().contains(QStringLiteral("12")));
        std::unique_ptr<QMenu> menu(m_board->buildContextMenu(0, QString(), nullptr));
        QVERIFY(!action(menu.get(), "addStageAction")->isEnabled());
        QVERIFY(action(menu.get(), "addStageAction")->toolTip().contains(QStringLiteral("12")));
    }

    void sysPendingStaysWhereRotationPutIt()
    {
        QVERIFY(test::await(m_client->createStage(m_secret, StageRules::pending(),
                                                  QStringLiteral("v1")))
                        .ok());
        QSignalSpy loaded(m_board->model(), &VersionStageModel::versionsLoaded);
        m_board->reload();
        QVERIFY(loaded.wait());
        auto *model = m_board->model();
        const int v1 = model->rowOfVersion(QStringLiteral("v1"));
        QVERIFY(!std::unique_ptr<QMimeData>(model->stageMimeData(v1, StageRules::pending())));
        QVERIFY(m_board->view()
                        ->chipRefusal(v1, StageRules::pending())
                        .contains(StageRules::pending()));
        QVERIFY(m_board->view()
                        ->chipRefusal(model->rowOfVersion(QStringLiteral("v2")),
                                      QStringLiteral("BETA"))
                        .isEmpty());
        std::unique_ptr<QMenu> menu(m_board->buildContextMenu(v1, StageRules::pending(), nullptr));
        for (const char *name : {"moveToVersionAction", "deleteStageAction"}) {
            QVERIFY2(!action(menu.get(), name)->isEnabled(), name);
            QVERIFY(action(menu.get(), name)->toolTip().contains(StageRules::pending()));
        }
        QSignalSpy messages(m_board.get(), &StageBoard::messageShown);
        QSignalSpy sent(m_board.get(), &StageBoard::changeSent);
        QVERIFY(m_board->view()->selectStage(StageRules::pending()));
        QTest::keyClick(m_board->view(), Qt::Key_Up, Qt::AltModifier);
        QTest::keyClick(m_board->view(), Qt::Key_Delete);
        QTRY_COMPARE(messages.count(), 2);
        QCOMPARE(sent.count(), 0);
        QCOMPARE(serverHolder(StageRules::pending()), QStringLiteral("v1"));
    }

    // A rotated database secret (RDS-FG, SingleUser): roll back says what happens to the login.
    void rotatedSecretWarnsAboutTheDatabaseLogin()
    {
        const QString name = QStringLiteral("rds-%1").arg(m_counter);
        CreateSecretRequest r;
        r.name = name;
        r.secretString = QStringLiteral(R"({"username":"app","password":"one"})");
        r.secretType = QStringLiteral("RDS-FG");
        r.rotationConfig = QStringLiteral(R"({"InstanceId":"i-1","SecretSubType":"SingleUser"})");
        const auto created = test::await(m_client->createSecret(r));
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().summary()));
        CreateVersionRequest v;
        v.secretString = QStringLiteral(R"({"username":"app","password":"two"})");
        QVERIFY(test::await(m_client->createVersion(name, v)).ok());
        QSignalSpy traits(m_board.get(), &StageBoard::secretTraitsChanged);
        m_board->setSecret(name);
        QTRY_COMPARE(m_board->model()->secretTraits().type, QStringLiteral("RDS-FG"));
        QTRY_VERIFY(!m_board->model()->isLoading());
        QSignalSpy dialogs(m_board.get(), &StageBoard::confirmationShown);
        m_board->requestRollBack();
        QCOMPARE(dialogs.count(), 1);
        const QString effects = riskDialog(dialogs, 0)->effectTexts().join(QLatin1Char(' '));
        QVERIFY2(effects.contains(QStringLiteral("SingleUser")), qPrintable(effects));
        QVERIFY2(effects.contains(QStringLiteral("log in")), qPrintable(effects));
        riskDialog(dialogs, 0)->reject();
    }

private:
    static ui::RiskyMoveDialog *riskDialog(const QSignalSpy &dialogs, int i)
    {
        return qobject_cast<ui::RiskyMoveDialog *>(dialogs.at(i).at(0).value<QDialog *>());
    }
    // Drags `stage` from its holder onto `to` with the view's drag events.
    void drop(const QString &stage, const QString &to)
    {
        auto *view = m_board->view();
        auto *model = m_board->model();
        const int from = model->rowOfVersion(model->holderOf(stage));
        std::unique_ptr<QMimeData> mime(model->stageMimeData(from, stage));
        QVERIFY(mime);
        const QPoint onTarget = view->stagesCellRect(model->rowOfVersion(to)).center();
        QDragEnterEvent enter(onTarget, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &enter);
        QDragMoveEvent over(onTarget, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &over);
        QDropEvent dropped(onTarget, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &dropped);
        QVERIFY(dropped.isAccepted());
    }
    QString serverHolder(const QString &stage)
    {
        const auto result = test::await(m_client->showStage(m_secret, stage));
        return result.ok() ? result->versionId : QString();
    }
    static QAction *action(QMenu *menu, const char *name)
    {
        auto *a = menu->findChild<QAction *>(QString::fromLatin1(name));
        if (!a) {
            const auto actions = menu->actions();
            for (QAction *candidate : actions) {
                if (candidate->objectName() == QLatin1String(name))
                    a = candidate;
            }
        }
        Q_ASSERT(a);
        return a;
    }

    test::CsmsLocal m_server;
    QNetworkAccessManager m_nam;
    std::unique_ptr<CsmsClient> m_client;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<StageBoard> m_board;
    QString m_secret;
    int m_counter = 0;
};

QTEST_MAIN(TestStageBoard)
#include "tst_stageboard.moc"
