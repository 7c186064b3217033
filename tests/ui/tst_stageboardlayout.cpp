// SPDX-License-Identifier: Apache-2.0
// The stage board at a real window size (900x600, the window's own default layout) against a real
// csms-local: a version holding all 12 stages a secret may have shows every chip inside its cell
// (wrapped onto more lines, the row grown), each chip is hit by the mouse, the context menu and the
// keyboard as itself, and the last one can be dragged; the board gets the height first; the
// "deprecated" badge explains itself and the context menu names the stage it deletes.
#include "core/model/versionstagemodel.h"
#include "ui/mainwindow.h"
#include "ui/stageboard.h"
#include "ui/stageboardview.h"
#include "uisandbox.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QMenu>
#include <QMouseEvent>
#include <QNetworkAccessManager>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolTip>
#include <QUndoStack>

#include <memory>

using namespace keystage;
using keystage::ui::MainWindow;
using keystage::ui::StageBoardView;

namespace {
const QString crowded = QStringLiteral("crowded-payments-api-key");
// With SYSCURRENT and SYSPREVIOUS, the 12 stages a secret may hold.
const QStringList customStages{QStringLiteral("BLUE"),           QStringLiteral("GREEN"),
                               QStringLiteral("CANARY"),         QStringLiteral("BETA"),
                               QStringLiteral("ROLLBACK_POINT"), QStringLiteral("STAGING_EU_WEST"),
                               QStringLiteral("LOAD_TEST"),      QStringLiteral("AUDIT_2026Q4"),
                               QStringLiteral("DR_REPLICA"),     QStringLiteral("PARTNER_SANDBOX")};
} // namespace

class TestStageBoardLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        test::useScratchSettings(m_settingsDir.path(), QStringLiteral("tst_stageboardlayout"));
        QVERIFY2(m_server.start(), m_server.errorOutput().constData());
        m_client = test::uiClient(&m_nam, m_server);
        // v1..v4 hold no stage (deprecated), v5 holds all 12.
        QVERIFY(test::createSecret(m_client.get(), crowded, QStringLiteral("one")));
        for (int n = 2; n <= 5; ++n) {
            CreateVersionRequest r;
            r.secretString = QStringLiteral("value %1").arg(n);
            QVERIFY(test::await(m_client->createVersion(crowded, r)).ok());
        }
        QVERIFY(test::await(m_client->moveStage(crowded, QStringLiteral("SYSPREVIOUS"),
                                                QStringLiteral("v5")))
                        .ok());
        for (const QString &stage : customStages)
            QVERIFY(test::await(m_client->createStage(crowded, stage, QStringLiteral("v5"))).ok());
    }

    // The window's first-start layout at 900x600, the crowded secret selected.
    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->restoreLayout(); // the defaults: the scratch settings hold no layout
        m_window->resize(900, 600);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->setClient(m_client.get());
        QTRY_COMPARE(m_window->currentSecretName(), crowded);
        QTRY_COMPARE(m_window->stageBoard()->model()->rowCount(), 5);
        QApplication::processEvents();
    }

    void cleanup() { m_window.reset(); }

    // Every chip of the version with 12 stages lies inside its cell, inside the board's
    // viewport, and no two overlap (they used to run off the column's edge from the 7th on).
    void twelveStagesAllShowInsideTheirCell()
    {
        StageBoardView *view = m_window->stageBoard()->view();
        const int row = crowdedRow();
        view->scrollTo(view->model()->index(row, VersionStageModel::StagesColumn));
        QApplication::processEvents();
        const QList<ui::ChipGeometry> chips = view->chipsOfRow(row);
        QCOMPARE(chips.size(), 12);
        const QRect cell = view->stagesCellRect(row);
        QVERIFY2(cell.height() > ui::StageChipDelegate::minimumRowHeight,
                 "the row grows to hold the wrapped chips");
        for (int i = 0; i < chips.size(); ++i) {
            const ui::ChipGeometry &chip = chips.at(i);
            QVERIFY2(cell.contains(chip.rect), qPrintable(describe(chip, cell)));
            QVERIFY2(!chip.elided, qPrintable(chip.stage)); // 900 px: every name whole
            for (int j = i + 1; j < chips.size(); ++j)
                QVERIFY2(!chip.rect.intersects(chips.at(j).rect),
                         qPrintable(chip.stage + QLatin1String(" overlaps ") + chips.at(j).stage));
            // Selected, the chip comes into view, whole.
            const ui::ChipGeometry shown = showChip(view, row, chip.stage);
            QVERIFY2(view->viewport()->rect().contains(shown.rect),
                     qPrintable(describe(shown, view->viewport()->rect())));
        }
    }

    // A click and a right-click on each chip find that chip: the hit test uses the layout the
    // painting uses.
    void eachChipIsHitAsItself()
    {
        StageBoardView *view = m_window->stageBoard()->view();
        const int row = crowdedRow();
        view->scrollTo(view->model()->index(row, VersionStageModel::StagesColumn));
        QApplication::processEvents();
        QSignalSpy menus(view, &StageBoardView::contextMenuRequested);
        const QList<ui::ChipGeometry> chips = view->chipsOfRow(row);
        QCOMPARE(chips.size(), 12);
        for (const ui::ChipGeometry &listed : chips) {
            const ui::ChipGeometry chip = showChip(view, row, listed.stage);
            view->clearChipSelection();
            const QPoint at = chip.rect.center();
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
            QCOMPARE(view->currentStage(), chip.stage);
            QCOMPARE(view->currentChipVersion(), QStringLiteral("v5"));

            QContextMenuEvent event(QContextMenuEvent::Mouse, at,
                                    view->viewport()->mapToGlobal(at));
            QApplication::sendEvent(view->viewport(), &event);
            QCOMPARE(menus.count(), 1);
            QCOMPARE(menus.takeFirst().at(1).toString(), chip.stage);
            closeMenus();
        }
    }

    // Left and Right walk every chip of the row, on every line, in order.
    void everyChipIsReachedByTheKeyboard()
    {
        StageBoardView *view = m_window->stageBoard()->view();
        const int row = crowdedRow();
        view->setFocus();
        const QList<ui::ChipGeometry> chips = view->chipsOfRow(row);
        QVERIFY(view->selectStage(chips.first().stage));
        QStringList reached{view->currentStage()};
        for (int i = 1; i < chips.size(); ++i) {
            QTest::keyClick(view, Qt::Key_Right);
            reached << view->currentStage();
        }
        QStringList expected;
        for (const ui::ChipGeometry &chip : chips)
            expected << chip.stage;
        QCOMPARE(reached, expected);
        QCOMPARE(reached.size(), 12);
    }

    // The last chip, on the last line, starts a drag (a press and a move past the drag distance).
    void theLastChipCanBeDragged()
    {
        StageBoardView *view = m_window->stageBoard()->view();
        const int row = crowdedRow();
        view->scrollTo(view->model()->index(row, VersionStageModel::StagesColumn));
        QApplication::processEvents();
        const ui::ChipGeometry last = showChip(view, row, view->chipsOfRow(row).last().stage);
        view->clearChipSelection();
        QSignalSpy started(view, &StageBoardView::dragStarted);
        QSignalSpy ended(view, &StageBoardView::dragEnded);
        // The drag runs its own event loop: Escape ends it.
        connect(view, &StageBoardView::dragStarted, this, [view]() {
            QTimer::singleShot(50, view, [view]() {
                QKeyEvent escape(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
                QApplication::sendEvent(view, &escape);
            });
        });
        const QPoint at = last.rect.center();
        QMouseEvent press(QEvent::MouseButtonPress, at, view->viewport()->mapToGlobal(at),
                          Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &press);
        const QPoint away = at + QPoint(0, -3 * QApplication::startDragDistance());
        QMouseEvent move(QEvent::MouseMove, away, view->viewport()->mapToGlobal(away), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &move);
        QCOMPARE(started.count(), 1);
        QCOMPARE(started.at(0).at(0).toString(), last.stage);
        QTRY_COMPARE(ended.count(), 1);
        QMouseEvent release(QEvent::MouseButtonRelease, away, view->viewport()->mapToGlobal(away),
                            Qt::LeftButton, Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &release);
    }

    // At 900x600 the board gets the height first (it used to show two of five versions while
    // the value pane and the Activity dock kept theirs): the dock takes its minimum, the board
    // shows five versions' worth of rows, and the value pane gets what is left of four lines.
    void theBoardGetsTheHeightFirst()
    {
        StageBoardView *view = m_window->stageBoard()->view();
        auto *splitter = m_window->findChild<QSplitter *>(QStringLiteral("rightSplitter"));
        auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("activityDock"));
        QVERIFY(splitter);
        QVERIFY(dock);
        const QList<int> sizes = splitter->sizes();
        QCOMPARE(sizes.size(), 3);
        const QString measured = QStringLiteral("splitter %1/%2/%3, board viewport %4, dock %5")
                                         .arg(sizes.at(0))
                                         .arg(sizes.at(1))
                                         .arg(sizes.at(2))
                                         .arg(view->viewport()->height())
                                         .arg(dock->height());
        qInfo("%s", qPrintable(measured));
        // The value pane: what the board leaves, four lines at most (its least is one).
        const int valueLeast = splitter->widget(2)->minimumSizeHint().height();
        QVERIFY2(sizes.at(2) >= valueLeast
                         && sizes.at(2) <= valueLeast + 3 * m_window->fontMetrics().lineSpacing(),
                 qPrintable(measured));
        QCOMPARE(dock->height(), dock->minimumSizeHint().height());
        QVERIFY2(sizes.at(1) > sizes.at(0) + sizes.at(2), qPrintable(measured));
        QVERIFY2(view->viewport()->height() >= 5 * ui::StageChipDelegate::minimumRowHeight,
                 qPrintable(measured));
    }

    // On a board too narrow for a chip, the chip keeps to its cell (shortened, its name elided)
    // and its tooltip names the stage; the rows still hold every chip.
    void aNarrowBoardShortensChipsInsideTheCell()
    {
        QUndoStack undo;
        ui::StageBoard board(&undo);
        board.resize(360, 500);
        board.setClient(m_client.get());
        QSignalSpy loaded(board.model(), &VersionStageModel::versionsLoaded);
        board.setSecret(crowded);
        QVERIFY(loaded.wait());
        board.show();
        QVERIFY(QTest::qWaitForWindowExposed(&board));
        StageBoardView *view = board.view();
        const int row = board.model()->rowOfVersion(QStringLiteral("v5"));
        QTRY_COMPARE(view->chipsOfRow(row).size(), 12);
        bool someElided = false;
        for (const ui::ChipGeometry &listed : view->chipsOfRow(row)) {
            const ui::ChipGeometry chip = showChip(view, row, listed.stage);
            const QRect cell = view->stagesCellRect(row);
            QVERIFY2(cell.contains(chip.rect), qPrintable(describe(chip, cell)));
            QVERIFY2(view->viewport()->rect().contains(chip.rect),
                     qPrintable(describe(chip, view->viewport()->rect())));
            if (!chip.elided)
                continue;
            someElided = true;
            QHelpEvent help(QEvent::ToolTip, chip.rect.center(),
                            view->viewport()->mapToGlobal(chip.rect.center()));
            QApplication::sendEvent(view->viewport(), &help);
            QTRY_VERIFY(QToolTip::isVisible());
            QVERIFY2(QToolTip::text().startsWith(chip.stage), qPrintable(QToolTip::text()));
            QToolTip::hideText();
        }
        QVERIFY2(someElided, "the board was not narrow enough to test shortened chips");
    }

    // The badge of a version with no stage says what it means, to the mouse and to a screen
    // reader.
    void theDeprecatedBadgeExplainsItself()
    {
        StageBoardView *view = m_window->stageBoard()->view();
        const int row = view->stageModel()->rowOfVersion(QStringLiteral("v1"));
        QVERIFY(row >= 0);
        view->scrollTo(view->model()->index(row, VersionStageModel::VersionColumn));
        QApplication::processEvents();
        const QModelIndex version = view->model()->index(row, VersionStageModel::VersionColumn);
        const QRect badge = ui::StageChipDelegate::deprecatedBadgeRect(
                version, view->visualRect(version), view->font());
        QVERIFY(!badge.isEmpty());
        QVERIFY(view->viewport()->rect().contains(badge));
        QHelpEvent help(QEvent::ToolTip, badge.center(),
                        view->viewport()->mapToGlobal(badge.center()));
        QApplication::sendEvent(view->viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        const QString tip = QToolTip::text();
        QVERIFY2(tip.contains(QLatin1String("no stage")), qPrintable(tip));
        QVERIFY2(tip.contains(QLatin1String("purge")), qPrintable(tip));
        QToolTip::hideText();

        // The keyboard on that row: the board's accessible description says the same.
        view->setCurrentIndex(version);
        QVERIFY2(view->accessibleDescription().contains(
                         ui::StageChipDelegate::deprecatedExplanation()),
                 qPrintable(view->accessibleDescription()));
    }

    // "Delete stage" names the stage the right-click found.
    void theMenuNamesTheStageItDeletes()
    {
        ui::StageBoard *board = m_window->stageBoard();
        const int row = crowdedRow();
        std::unique_ptr<QMenu> menu(
                board->buildContextMenu(row, QStringLiteral("CANARY"), nullptr));
        auto *remove = menu->findChild<QAction *>(QStringLiteral("deleteStageAction"));
        if (!remove) {
            const auto actions = menu->actions();
            for (QAction *a : actions) {
                if (a->objectName() == QLatin1String("deleteStageAction"))
                    remove = a;
            }
        }
        QVERIFY(remove);
        QCOMPARE(remove->text(), QStringLiteral("Delete stage CANARY"));
    }

private:
    // Selects the chip of `stage` (which scrolls it into view) and returns where it is now.
    static ui::ChipGeometry showChip(StageBoardView *view, int row, const QString &stage)
    {
        view->selectStage(stage);
        QApplication::processEvents();
        const auto chips = view->chipsOfRow(row);
        for (const ui::ChipGeometry &chip : chips) {
            if (chip.stage == stage)
                return chip;
        }
        return {};
    }
    int crowdedRow() const
    {
        const int row = m_window->stageBoard()->model()->rowOfVersion(QStringLiteral("v5"));
        Q_ASSERT(row >= 0);
        return row;
    }
    static QString describe(const ui::ChipGeometry &chip, const QRect &outer)
    {
        return QStringLiteral("%1 at %2,%3 %4x%5 outside %6,%7 %8x%9")
                .arg(chip.stage)
                .arg(chip.rect.x())
                .arg(chip.rect.y())
                .arg(chip.rect.width())
                .arg(chip.rect.height())
                .arg(outer.x())
                .arg(outer.y())
                .arg(outer.width())
                .arg(outer.height());
    }
    void closeMenus()
    {
        const auto popups = m_window->findChildren<QMenu *>(QStringLiteral("stageContextMenu"));
        for (QMenu *popup : popups) {
            popup->close();
            delete popup;
        }
    }

    QTemporaryDir m_settingsDir;
    test::CsmsLocal m_server;
    QNetworkAccessManager m_nam;
    std::unique_ptr<CsmsClient> m_client;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestStageBoardLayout)
#include "tst_stageboardlayout.moc"
