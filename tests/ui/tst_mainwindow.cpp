// SPDX-License-Identifier: Apache-2.0
// The window on a real csms-local: secrets load lazily, selecting one loads its details and
// versions, the filter searches on the server, Delete on the table opens the bulk dialog with the
// selection, the status bar counts requests, banners show failures, and QSettings never receives
// anything but layout.
#include "cellsfit.h"
#include "core/model/secretlistmodel.h"
#include "core/model/versionstagemodel.h"
#include "core/version.h"
#include "ui/bulkdeletedialog.h"
#include "ui/detailspanel.h"
#include "ui/instancedeletedialog.h"
#include "ui/mainwindow.h"
#include "ui/messagebanner.h"
#include "ui/newversiondialog.h"
#include "ui/secrets/secretfilterbar.h"
#include "ui/secrets/secretspane.h"
#include "ui/secretvalueedit.h"
#include "ui/stageboard.h"
#include "ui/stageboardview.h"
#include "ui/valuepanel.h"
#include "uisandbox.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace keystage;
using keystage::ui::MainWindow;

// Counts the events of one type a widget receives.
class EventCount : public QObject
{
public:
    EventCount(QObject *target, QEvent::Type type)
        : m_type(type)
    {
        target->installEventFilter(this);
    }
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == m_type)
            ++count;
        return false;
    }
    int count = 0;

private:
    QEvent::Type m_type;
};

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        test::useScratchSettings(m_settingsDir.path(), QStringLiteral("tst_mainwindow"));
        test::CsmsLocalOptions options;
        options.seedDemo = 120;
        m_server = std::make_unique<test::CsmsLocal>(options);
        QVERIFY2(m_server->start(), m_server->errorOutput().constData());
        m_client = test::uiClient(&m_nam, *m_server);
    }

    void browsesAndSelects()
    {
        MainWindow window;
        window.resize(1200, 800);
        QVERIFY(showOnServer(window));
        QVERIFY(window.secretsModel()->rowCount() < 120); // one page at a time (page size 100)
        // The first secret is selected: details and versions load.
        QTRY_VERIFY(!window.currentSecretName().isEmpty());
        const QString first = window.currentSecretName();
        QTRY_COMPARE(window.detailsPanel()->fieldText(QStringLiteral("state")).isEmpty(), false);
        QTRY_COMPARE(window.stageBoard()->model()->secretName(), first);
        QTRY_VERIFY(window.stageBoard()->model()->rowCount() > 0);

        // Scrolling to the end fetches more.
        window.secretsView()->scrollToBottom();
        QTRY_VERIFY(window.secretsModel()->rowCount() >= 120);
    }

    // Issue 18: the status bar's "N request(s) in flight" changes with every call; the label
    // keeps its size, so the counts never relay out the status bar (and the window with it).
    void requestCountsDoNotRelayOutTheWindow()
    {
        MainWindow window;
        window.resize(1200, 800);
        QVERIFY(showOnServer(window));
        QTRY_COMPARE(m_client->inFlight() + m_client->queued(), 0);
        auto *label = window.findChild<QLabel *>(QStringLiteral("inFlightLabel"));
        QVERIFY(label);
        QTRY_COMPARE(label->text(), QStringLiteral("Idle"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        EventCount layouts(window.statusBar(), QEvent::LayoutRequest);
        EventCount resizes(label, QEvent::Resize);
        QSignalSpy calls(m_client.get(), &CsmsClient::inFlightChanged);
        for (const int row : {3, 5}) {
            const QModelIndex index = window.secretsView()->model()->index(row, 0);
            window.secretsView()->setCurrentIndex(index);
            QTRY_COMPARE(window.stageBoard()->model()->secretName(),
                         index.data(SecretListModel::NameRole).toString());
            QTRY_COMPARE(m_client->inFlight() + m_client->queued(), 0);
        }
        QVERIFY(calls.count() >= 4); // requests came and went
        QTRY_COMPARE(label->text(), QStringLiteral("Idle"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCOMPARE(resizes.count, 0);
        QCOMPARE(layouts.count, 0);
    }

    // The dialogs working on a client follow the window's clientChanged: a deletion dialog goes
    // with its client, a New version dialog waits for a connection to its own profile and keeps
    // what was typed.
    void dialogsFollowTheWindowsClient()
    {
        MainWindow window;
        window.resize(1200, 800);
        QVERIFY(showOnServer(window));
        QTRY_VERIFY(window.newVersionAction()->isEnabled());
        QSignalSpy changed(&window, &MainWindow::clientChanged);
        QSignalSpy bulk(&window, &MainWindow::bulkDialogOpened);
        QSignalSpy opened(&window, &MainWindow::dialogOpened);
        window.deleteSelectedSecrets();
        QCOMPARE(bulk.count(), 1);
        QPointer<QDialog> deletion = bulk.at(0).at(0).value<QDialog *>();
        window.newVersionAction()->trigger();
        QCOMPARE(opened.count(), 1);
        QPointer<ui::NewVersionDialog> version
                = qobject_cast<ui::NewVersionDialog *>(opened.at(0).at(0).value<QDialog *>());
        QVERIFY(version);
        version->valueEdit()->setPlainText(QStringLiteral("typed before the drop"));
        QVERIFY(version->canCreate());

        window.setClient(nullptr);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<CsmsClient *>(), nullptr);
        QTRY_VERIFY(!deletion);
        QVERIFY(version);
        QVERIFY(!version->canCreate());
        QVERIFY(version->problem().startsWith(QStringLiteral("Not connected")));

        window.setClient(m_client.get()); // the same profile again
        QCOMPARE(changed.count(), 2);
        QVERIFY(version);
        QVERIFY(version->canCreate());
        QVERIFY(!version->valueEdit()->isEmpty());
        version->reject();
    }

    // Tab and Shift+Tab walk the window's areas in reading order: filter (name, tag, state) →
    // list → board → value → Activity, and back; nothing else (details, toolbar) in between.
    void tabWalksTheAreasInOrder()
    {
        MainWindow window;
        window.resize(1200, 800);
        QVERIFY(showOnServer(window));
        QTRY_VERIFY(window.stageBoard()->model()->rowCount() > 0);
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("activityDock"));
        QVERIFY(dock);
        const auto areaOf = [&](QWidget *widget) -> QString {
            const QList<QPair<QString, QWidget *>> areas = {
                    {QStringLiteral("filter"), window.filterEdit()},
                    {QStringLiteral("filter"), window.filterBar()},
                    {QStringLiteral("list"), window.secretsView()},
                    {QStringLiteral("board"), window.stageBoard()},
                    {QStringLiteral("value"), window.valuePanel()},
                    {QStringLiteral("activity"), dock},
            };
            for (const auto &area : areas) {
                if (widget && (widget == area.second || area.second->isAncestorOf(widget)))
                    return area.first;
            }
            return widget ? QStringLiteral("other: %1 %2")
                                    .arg(QString::fromLatin1(widget->metaObject()->className()),
                                         widget->objectName())
                          : QStringLiteral("none");
        };
        const auto walk = [&](Qt::KeyboardModifiers modifiers, const QString &until) {
            QStringList visited{areaOf(QApplication::focusWidget())};
            for (int press = 0; press < 40 && visited.constLast() != until; ++press) {
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, modifiers);
                const QString area = areaOf(QApplication::focusWidget());
                if (area != visited.constLast())
                    visited << area;
            }
            return visited;
        };
        window.activateWindow();
        window.filterEdit()->setFocus(Qt::ShortcutFocusReason);
        QTRY_VERIFY(window.filterEdit()->hasFocus());
        const QStringList order{QStringLiteral("filter"), QStringLiteral("list"),
                                QStringLiteral("board"), QStringLiteral("value"),
                                QStringLiteral("activity")};
        const QStringList forward = walk(Qt::NoModifier, order.constLast());
        QVERIFY2(forward == order, qPrintable(forward.join(QStringLiteral(" > "))));
        QStringList reversed = order;
        std::reverse(reversed.begin(), reversed.end());
        const QStringList back = walk(Qt::ShiftModifier, order.constFirst());
        QVERIFY2(back == reversed, qPrintable(back.join(QStringLiteral(" < "))));
    }

    // Every cell of the state and time columns, and every column title, is shown whole: no
    // "16 Oct 2026 …", no "deletion on 1…" (the demo seed has secrets pending deletion).
    void timesAndTitlesFitTheirColumns()
    {
        MainWindow window;
        window.resize(1200, 800);
        QVERIFY(showOnServer(window));
        QTableView *view = window.secretsView();
        QAbstractItemModel *rows = view->model();
        int pending = 0;
        for (int row = 0; row < rows->rowCount(); ++row) {
            if (rows->index(row, 0).data(SecretListModel::PendingDeleteRole).toBool())
                ++pending;
        }
        QVERIFY(pending > 0);
        const QStringList cut = test::cutCells(
                view, {SecretListModel::StateColumn, SecretListModel::CreatedColumn,
                       SecretListModel::UpdatedColumn, SecretListModel::ScheduledDeletionColumn});
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));
    }

    // The first-start layout gives the stage board its height first (five versions' worth of
    // rows) and the details what is left, where they stay readable: on a 900-pixel-high screen
    // every field, tags included, shows at once; on a 720-pixel-high one the details scroll
    // (never sideways), every field can be scrolled into view whole and the first lines show
    // without scrolling. (At 1280x720 the whole details used to hold the board at its minimum:
    // three rows.)
    void detailsStayReadableWhileTheBoardGetsHeight_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("whole");
        QTest::newRow("1280x900") << QSize(1280, 900) << true;
        QTest::newRow("1280x720") << QSize(1280, 720) << false;
        QTest::newRow("900x720") << QSize(900, 720) << false;
    }

    void detailsStayReadableWhileTheBoardGetsHeight()
    {
        QFETCH(QSize, size);
        QFETCH(bool, whole);
        MainWindow window;
        window.restoreLayout(); // the defaults: the scratch settings hold no layout yet
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setClient(m_client.get());
        QTRY_VERIFY(!window.currentSecretName().isEmpty());
        ui::DetailsPanel *details = window.detailsPanel();
        QTRY_VERIFY(!details->fieldText(QStringLiteral("tags")).isEmpty());
        QTRY_VERIFY(details->fieldText(QStringLiteral("tags")).contains(u'='));
        QScrollArea *scroll = nullptr;
        for (QWidget *up = details->parentWidget(); up && !scroll; up = up->parentWidget())
            scroll = qobject_cast<QScrollArea *>(up);
        QVERIFY(scroll);
        QApplication::processEvents();
        QCOMPARE(scroll->horizontalScrollBar()->maximum(), 0);
        const auto shownWhole = [&](const QWidget *field) {
            const QRect shown(field->mapTo(scroll->viewport(), QPoint()), field->size());
            return scroll->viewport()->rect().contains(shown);
        };
        // The first line of each half without scrolling.
        for (const char *first : {"name", "created"}) {
            const auto *field = details->findChild<QLabel *>(QString::fromLatin1(first));
            QVERIFY(field);
            QVERIFY2(shownWhole(field), first);
        }
        const auto fields = details->findChildren<QLabel *>();
        if (whole) {
            QTRY_COMPARE(scroll->verticalScrollBar()->maximum(), 0);
            for (const QLabel *field : fields)
                QVERIFY2(shownWhole(field), qPrintable(field->text()));
        } else {
            for (QLabel *field : fields) {
                scroll->ensureWidgetVisible(field, 0, 0);
                QVERIFY2(shownWhole(field), qPrintable(field->text()));
            }
            scroll->verticalScrollBar()->setValue(0);
        }
        // The board first: five versions' worth of rows, and more height than the details.
        ui::StageBoardView *view = window.stageBoard()->view();
        auto *splitter = window.findChild<QSplitter *>(QStringLiteral("rightSplitter"));
        QVERIFY(splitter);
        const QList<int> sizes = splitter->sizes();
        const QString measured = QStringLiteral("splitter %1/%2/%3, board viewport %4")
                                         .arg(sizes.value(0))
                                         .arg(sizes.value(1))
                                         .arg(sizes.value(2))
                                         .arg(view->viewport()->height());
        QVERIFY2(sizes.value(1) > sizes.value(0), qPrintable(measured));
        QVERIFY2(view->viewport()->height() >= 4 * view->verticalHeader()->defaultSectionSize(),
                 qPrintable(measured));
        // And the value four lines, enough to see that a revealed value has more than one.
        const auto *value = window.findChild<QPlainTextEdit *>(QStringLiteral("valueView"));
        QVERIFY(value);
        QVERIFY2(value->viewport()->height() >= 4 * value->fontMetrics().lineSpacing(),
                 qPrintable(
                         measured
                         + QStringLiteral(", value viewport %1").arg(value->viewport()->height())));
    }

    // However small the window is made, the stage board keeps three versions in view (at
    // 900x600 it used to show one and a half, too few to drag a stage between).
    // The whole window fits a 900x600 screen once a title bar and a desktop panel (about 75
    // pixels) are taken off: it used to need 663 pixels of height, so the Activity log and the
    // status bar fell off the screen. Made that small, the board still shows three versions and
    // the value, the details and the log each keep a line.
    void theWindowFitsA900x600Screen()
    {
        MainWindow window;
        window.restoreLayout(); // the defaults: the scratch settings hold no layout yet
        QVERIFY(showOnServer(window));
        const QSize least = window.minimumSizeHint();
        QVERIFY2(least.width() <= 900 && least.height() <= 525,
                 qPrintable(QStringLiteral("%1x%2").arg(least.width()).arg(least.height())));
        window.resize(900, 525);
        QTRY_VERIFY(window.stageBoard()->model()->rowCount() > 0);
        QTRY_COMPARE(window.height(), 525);
        ui::StageBoardView *board = window.stageBoard()->view();
        const int rowHeight = board->verticalHeader()->defaultSectionSize();
        QTRY_VERIFY2(board->viewport()->height() >= 3 * rowHeight,
                     qPrintable(QString::number(board->viewport()->height())));
        const auto *value = window.findChild<QPlainTextEdit *>(QStringLiteral("valueView"));
        QVERIFY(value);
        QVERIFY(value->isVisible());
        QVERIFY2(value->viewport()->height() >= value->fontMetrics().lineSpacing(),
                 qPrintable(QString::number(value->viewport()->height())));
        const auto *log = window.findChild<QTableView *>(QStringLiteral("activityView"));
        QVERIFY(log);
        QVERIFY(log->isVisible());
        QVERIFY2(log->viewport()->height() >= log->verticalHeader()->defaultSectionSize(),
                 qPrintable(QString::number(log->viewport()->height())));
        // Nothing of the window lies outside it: the status bar is the last thing in it.
        const QWidget *status = window.statusBar();
        QVERIFY(status->isVisible());
        QVERIFY(status->mapTo(&window, QPoint(0, status->height())).y() <= window.height());
    }

    void aSmallWindowKeepsThreeVersionsInView()
    {
        MainWindow window;
        QVERIFY(showOnServer(window));
        window.resize(640, 480);
        QTRY_VERIFY(window.stageBoard()->model()->rowCount() > 0);
        ui::StageBoardView *view = window.stageBoard()->view();
        const int rowHeight = view->verticalHeader()->defaultSectionSize();
        // (The rows may come from the session cache at once, before the resize is laid out.)
        QTRY_VERIFY2(view->viewport()->height() >= 3 * rowHeight,
                     qPrintable(QString::number(view->viewport()->height())));
    }

    void filterSearchesTheServer()
    {
        MainWindow window;
        QVERIFY(showOnServer(window));
        const int last = window.secretsModel()->loadedCount() - 1;
        Q_UNUSED(last)
        // Find a secret that is not on the first page: the server search must find it.
        QTRY_VERIFY(!window.currentSecretName().isEmpty());
        const QString shown = window.currentSecretName();
        QTRY_COMPARE(window.stageBoard()->model()->secretName(), shown);
        QSignalSpy searched(window.secretsModel(), &SecretListModel::searchFinished);
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(window.filterEdit()->hasFocus());
        // A filter the current secret still matches keeps it selected, details and all.
        QTest::keyClicks(window.filterEdit(), shown.left(shown.size() - 1));
        QCOMPARE(window.currentSecretName(), shown);
        QCOMPARE(window.detailsPanel()->fieldText(QStringLiteral("name")), shown);
        window.filterEdit()->clear();
        QTest::keyClicks(window.filterEdit(), QStringLiteral("zzz-nothing-matches"));
        QVERIFY(searched.wait());
        QTRY_COMPARE(window.secretsModel()->rowCount(), 0);
        // Nothing listed, nothing shown: no details, board or value of a secret the table hides.
        QVERIFY(window.currentSecretName().isEmpty());
        QCOMPARE(window.detailsPanel()->fieldText(QStringLiteral("name")),
                 QStringLiteral("No secret selected"));
        QVERIFY(window.detailsPanel()->fieldText(QStringLiteral("state")).isEmpty());
        QVERIFY(window.stageBoard()->model()->secretName().isEmpty());
        QVERIFY(!window.newVersionAction()->isEnabled());
        // The empty table says why it is empty.
        auto *empty = window.secretsView()->findChild<QLabel *>(QStringLiteral("emptyListLabel"));
        QVERIFY(empty);
        QTRY_VERIFY(empty->isVisible());
        QCOMPARE(empty->text(), QStringLiteral("No secret matches \"zzz-nothing-matches\"."));
        // Escape clears the filter and the whole list is back; a second one returns to the table.
        QTest::keyClick(window.filterEdit(), Qt::Key_Escape);
        QVERIFY(window.filterEdit()->text().isEmpty());
        QCOMPARE(window.secretsModel()->filterText(), QString());
        QTRY_VERIFY(window.secretsModel()->rowCount() > 0);
        QVERIFY(!empty->isVisible());
        QVERIFY(window.emptyListText().isEmpty());
        QTest::keyClick(window.filterEdit(), Qt::Key_Escape);
        QTRY_VERIFY(window.secretsView()->hasFocus());

        // The whole name of a secret not loaded yet, and Enter: the one match the server finds is
        // current and selected, ready for Delete or Ctrl+C (the view used to make it current
        // only, on focus, and Copy names stayed disabled).
        window.secretsView()->scrollToBottom();
        QTRY_VERIFY(window.secretsModel()->isComplete());
        const QString deep
                = window.secretsModel()->rowAt(window.secretsModel()->rowCount() - 1).name;
        window.setClient(nullptr);
        window.setClient(m_client.get()); // a fresh list: the first page only
        QTRY_VERIFY(window.secretsModel()->rowCount() > 0);
        QCOMPARE(window.secretsModel()->rowOf(deep), -1);
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(window.filterEdit()->hasFocus());
        window.filterEdit()->clear();
        QTest::keyClicks(window.filterEdit(), deep);
        QTest::keyClick(window.filterEdit(), Qt::Key_Return);
        QTRY_COMPARE(window.secretsModel()->rowCount(), 1);
        QTRY_COMPARE(window.selectedSecretNames(), QStringList{deep});
        QCOMPARE(window.currentSecretName(), deep);
        QVERIFY(window.findChild<QAction *>(QStringLiteral("copyNamesAction"))->isEnabled());
    }

    // A project with no secrets, and a list that could not be loaded, are not the same blank.
    void anEmptyListSaysWhy()
    {
        test::CsmsLocalOptions options;
        test::CsmsLocal bare(options);
        QVERIFY2(bare.start(), bare.errorOutput().constData());
        auto client = test::uiClient(&m_nam, bare);
        MainWindow window;
        window.show();
        window.setConnectionState(MainWindow::ConnectionState::Connected,
                                  QStringLiteral("bare")); // as SessionController does
        window.setClient(client.get());
        auto *empty = window.secretsView()->findChild<QLabel *>(QStringLiteral("emptyListLabel"));
        QTRY_COMPARE(window.emptyListText(),
                     QStringLiteral("This project has no secrets yet. Secrets > New secret… "
                                    "(Ctrl+N) creates one."));
        QVERIFY(empty->isVisible());

        bare.kill();
        window.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(
                window.emptyListText().startsWith(QStringLiteral("The list could not be loaded")),
                30000);
        QVERIFY(window.banner()->isVisible());
        QVERIFY(empty->isVisible());
        // What the line offers: Refresh (F5) is there to try again (a failed listing does not
        // end the connection).
        auto *refresh = window.findChild<QAction *>(QStringLiteral("refreshAction"));
        QVERIFY(refresh && refresh->isEnabled());
        QCOMPARE(refresh->shortcut(), QKeySequence(Qt::Key_F5));
        window.setClient(nullptr);
        QVERIFY(!empty->isVisible());
    }

    // The ids of a selection come from the same pass as its names (bulk tag addresses secrets
    // by id): rows picked out of order, each id the one its name has in the list.
    void selectedIdsFollowTheSelectedNames()
    {
        MainWindow window;
        QVERIFY(showOnServer(window));
        QTRY_VERIFY(window.secretsModel()->rowCount() > 6);
        QTableView *view = window.secretsView();
        QItemSelection picked;
        for (int row : {5, 1, 3})
            picked.select(view->model()->index(row, 0), view->model()->index(row, 0));
        view->selectionModel()->select(picked, QItemSelectionModel::ClearAndSelect
                                                       | QItemSelectionModel::Rows);
        const QStringList names = window.selectedSecretNames();
        const QStringList ids = window.secretsPane()->selectedIds();
        QCOMPARE(names.size(), 3);
        QCOMPARE(ids.size(), 3);
        for (int i = 0; i < names.size(); ++i) {
            QVERIFY(!ids.at(i).isEmpty());
            QCOMPARE(ids.at(i), window.secretsPane()->idOf(names.at(i)));
        }
    }

    void deleteKeyOpensTheBulkDialogWithTheSelection()
    {
        MainWindow window;
        QVERIFY(showOnServer(window));
        QTRY_VERIFY(window.secretsModel()->rowCount() > 3);
        QTableView *view = window.secretsView();
        view->setFocus();
        view->selectionModel()->select(
                QItemSelection(view->model()->index(0, 0), view->model()->index(2, 0)),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(window.selectedSecretNames().size(), 3);
        QSignalSpy opened(&window, &MainWindow::bulkDialogOpened);
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(opened.count(), 1);
        auto *dialog = qobject_cast<ui::BulkDeleteDialog *>(opened.at(0).at(0).value<QDialog *>());
        QVERIFY(dialog);
        QCOMPARE(dialog->names(), window.selectedSecretNames());
        QCOMPARE(dialog->confirmationText(), QStringLiteral("3"));
        QVERIFY(dialog->alreadyScheduled().isEmpty());
        dialog->reject();

        // Ctrl+C on the table copies the selected names, one per line (names, never values).
        QApplication::clipboard()->clear();
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), window.selectedSecretNames().join(u'\n'));

        // A selection reaching the first secret pending deletion (the demo seed has some): the
        // dialog knows it, and scheduling counts only the others.
        QAbstractItemModel *rows = view->model();
        int pendingRow = -1;
        while (pendingRow < 0
               || !rows->index(pendingRow, 0).data(SecretListModel::PendingDeleteRole).toBool()) {
            ++pendingRow;
            QVERIFY(pendingRow < rows->rowCount());
        }
        view->selectionModel()->select(
                QItemSelection(rows->index(0, 0), rows->index(pendingRow, 0)),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(opened.count(), 2);
        dialog = qobject_cast<ui::BulkDeleteDialog *>(opened.at(1).at(0).value<QDialog *>());
        QVERIFY(dialog);
        QCOMPARE(
                dialog->alreadyScheduled(),
                QStringList{rows->index(pendingRow, 0).data(SecretListModel::NameRole).toString()});
        QCOMPARE(dialog->confirmationText(), QString::number(pendingRow));
        // The title counts the whole list and says how much of it is scheduled already.
        const QString title = dialog->findChild<QLabel *>(QStringLiteral("title"))->text();
        QVERIFY2(title.startsWith(QStringLiteral("Delete %1 secret").arg(pendingRow + 1))
                         && title.endsWith(QStringLiteral(", 1 already scheduled for deletion:")),
                 qPrintable(title));
        dialog->reject();

        // Elsewhere Ctrl+C is the widget's own: in the filter box it copies the typed text.
        window.filterEdit()->setFocus();
        window.filterEdit()->setText(QStringLiteral("dev-"));
        window.filterEdit()->selectAll();
        QTest::keyClick(window.filterEdit(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("dev-"));
    }

    // One notion of "what is selected": click a row, then Ctrl+End (the cursor moves, the
    // selection does not) or Ctrl+click another row. Details, Delete and Copy names always
    // name exactly the selected rows; with several selected, Details says how many.
    void detailsDeleteAndCopyFollowOneSelection()
    {
        MainWindow window;
        window.resize(1200, 800);
        QVERIFY(showOnServer(window));
        QTableView *view = window.secretsView();
        QAbstractItemModel *rows = view->model();
        QTRY_VERIFY(rows->rowCount() > 5);
        const auto nameAt = [rows](int row) {
            return rows->index(row, 0).data(SecretListModel::NameRole).toString();
        };
        const auto click = [view, rows](int row, Qt::KeyboardModifiers modifiers = {}) {
            QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers,
                              view->visualRect(rows->index(row, 0)).center());
        };
        QSignalSpy opened(&window, &MainWindow::bulkDialogOpened);
        const auto deleteNames = [&]() {
            QTest::keyClick(view, Qt::Key_Delete);
            auto *dialog = qobject_cast<ui::BulkDeleteDialog *>(
                    opened.isEmpty() ? nullptr : opened.last().at(0).value<QDialog *>());
            const QStringList names = dialog ? dialog->names() : QStringList();
            if (dialog)
                dialog->reject();
            return names;
        };

        click(1);
        QCOMPARE(window.selectedSecretNames(), QStringList{nameAt(1)});
        QTRY_COMPARE(window.detailsPanel()->fieldText(QStringLiteral("name")), nameAt(1));
        QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
        QVERIFY(view->currentIndex().row() > 1); // the cursor went to the end...
        QCOMPARE(window.selectedSecretNames(), QStringList{nameAt(1)}); // ...the selection not
        QCOMPARE(window.currentSecretName(), nameAt(1));
        QCOMPARE(window.detailsPanel()->fieldText(QStringLiteral("name")), nameAt(1));
        QCOMPARE(window.stageBoard()->model()->secretName(), nameAt(1));
        QCOMPARE(deleteNames(), QStringList{nameAt(1)});

        click(1);
        click(3, Qt::ControlModifier);
        const QStringList both{nameAt(1), nameAt(3)};
        QCOMPARE(window.selectedSecretNames(), both);
        // ("2 secrets selected" with the English plural forms; tests load no translation)
        QVERIFY(window.detailsPanel()
                        ->fieldText(QStringLiteral("name"))
                        .startsWith(QStringLiteral("2 secret")));
        QVERIFY(window.currentSecretName().isEmpty());
        QVERIFY(window.stageBoard()->model()->secretName().isEmpty());
        QVERIFY(!window.newVersionAction()->isEnabled()); // of which one?
        QCOMPARE(deleteNames(), both);
        QApplication::clipboard()->clear();
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), both.join(u'\n'));

        // Ctrl+click on a selected row deselects it: the one left is shown, and is the one
        // Delete names (it used to name the clicked, no longer selected row in the details).
        click(1, Qt::ControlModifier);
        QCOMPARE(window.selectedSecretNames(), QStringList{nameAt(3)});
        QTRY_COMPARE(window.detailsPanel()->fieldText(QStringLiteral("name")), nameAt(3));
        QCOMPARE(window.currentSecretName(), nameAt(3));
        QCOMPARE(deleteNames(), QStringList{nameAt(3)});
    }

    // "Restore secrets…" is enabled as soon as the selection holds a pending secret, also when
    // a selected secret becomes pending under the selection (a refresh after scheduling).
    void restoreFollowsThePendingSelection()
    {
        MainWindow window;
        window.resize(1200, 800);
        QVERIFY(showOnServer(window));
        QTableView *view = window.secretsView();
        QAbstractItemModel *rows = view->model();
        QTRY_VERIFY(rows->rowCount() > 5);
        auto *restore = window.findChild<QAction *>(QStringLiteral("restoreSecretsAction"));
        int pending = -1;
        int enabled = -1;
        for (int row = 0; row < rows->rowCount(); ++row) {
            const bool isPending
                    = rows->index(row, 0).data(SecretListModel::PendingDeleteRole).toBool();
            if (isPending && pending < 0)
                pending = row;
            if (!isPending && enabled < 0)
                enabled = row;
        }
        QVERIFY(pending >= 0 && enabled >= 0);
        const auto rowRect
                = [&](int row) { return view->visualRect(rows->index(row, 0)).center(); };
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rowRect(enabled));
        QVERIFY(!restore->isEnabled());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier, rowRect(pending));
        QVERIFY(restore->isEnabled());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rowRect(enabled));
        QVERIFY(!restore->isEnabled());

        const QString name = rows->index(enabled, 0).data(SecretListModel::NameRole).toString();
        QVERIFY(test::await(m_client->scheduleDeletion(name, 7)).ok());
        window.refresh();
        QTRY_VERIFY(restore->isEnabled());
        QCOMPARE(window.selectedSecretNames(true), QStringList{name});
        QVERIFY(test::await(m_client->cancelDeletion(name)).ok());
        window.refresh();
        QTRY_VERIFY(!restore->isEnabled());
    }

    // After a permanent deletion nothing reads the deleted secret again (it used to re-read its
    // versions and showed "could not be loaded — CSMS.0106"), and the success replaces the error
    // banner of an earlier action.
    void nothingReReadsADeletedSecret()
    {
        const QString gone = QStringLiteral("0-gone-now");
        QVERIFY(test::createSecret(m_client.get(), gone, QStringLiteral("x")));
        MainWindow window;
        window.resize(1200, 800);
        QVERIFY(showOnServer(window));
        QTableView *view = window.secretsView();
        QAbstractItemModel *rows = view->model();
        QCOMPARE(rows->index(0, 0).data(SecretListModel::NameRole).toString(), gone);
        // An earlier failure leaves its error banner.
        window.banner()->showError(QStringLiteral("An earlier action failed"),
                                   ApiError::validation(QStringLiteral("for the test")));
        QCOMPARE(window.banner()->level(), ui::MessageBanner::Level::Error);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(rows->index(0, 0)).center());
        QCOMPARE(window.selectedSecretNames(), QStringList{gone});
        QTRY_COMPARE(window.stageBoard()->model()->secretName(), gone);
        QTRY_VERIFY(window.stageBoard()->model()->rowCount() > 0);

        QSignalSpy opened(&window, &MainWindow::bulkDialogOpened);
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(opened.count(), 1);
        auto *dialog = qobject_cast<ui::BulkDeleteDialog *>(opened.at(0).at(0).value<QDialog *>());
        QVERIFY(dialog);
        dialog->findChild<QRadioButton *>(QStringLiteral("immediateRadio"))->setChecked(true);
        dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit"))->setText(gone);
        QSignalSpy calls(m_client.get(), &CsmsClient::callFinished);
        QSignalSpy finished(dialog, &ui::BulkDeleteDialog::runFinished);
        dialog->start();
        QVERIFY(finished.wait());
        QSignalSpy refreshed(window.secretsModel(), &SecretListModel::refreshed);
        dialog->reject(); // closes: the window refreshes its list
        QVERIFY(refreshed.wait());
        QTRY_COMPARE(m_client->inFlight() + m_client->queued(), 0);
        bool deleted = false;
        for (const auto &args : std::as_const(calls)) {
            const auto record = args.at(0).value<ApiCallRecord>();
            const bool aboutGone = record.path.endsWith(QStringLiteral("/secrets/") + gone)
                                   || record.path.contains(QStringLiteral("/secrets/") + gone
                                                           + QLatin1Char('/'));
            if (record.method == "DELETE" && aboutGone)
                deleted = true;
            else if (deleted)
                QVERIFY2(!aboutGone,
                         qPrintable(QString::fromLatin1(record.method) + u' ' + record.path));
        }
        QVERIFY(deleted);
        QCOMPARE(window.banner()->level(), ui::MessageBanner::Level::Info);
        QVERIFY2(window.banner()->headline().startsWith(QStringLiteral("1 secret")),
                 qPrintable(window.banner()->headline()));
        QVERIFY(window.stageBoard()->model()->secretName() != gone);
        QVERIFY(window.detailsPanel()->fieldText(QStringLiteral("name")) != gone);
        QCOMPARE(window.secretsModel()->rowOf(gone), -1);
    }

    // The instance dialog previews from every secret on the server: a filter in the window
    // (one secret listed) does not change it, and the server deletes exactly the previewed
    // secrets, as many as the preview counted.
    void instancePreviewIgnoresTheWindowsFilter()
    {
        test::CsmsLocalOptions options;
        options.seedDemo = 1500; // two pages of 1000
        test::CsmsLocal server(options);
        QVERIFY2(server.start(), server.errorOutput().constData());
        auto client = test::uiClient(&m_nam, server);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setClient(client.get());
        QTRY_VERIFY(window.secretsModel()->rowCount() > 0);
        const QString one = window.secretsModel()->rowAt(0).name;
        QSignalSpy searched(window.secretsModel(), &SecretListModel::searchFinished);
        window.filterEdit()->setText(one);
        QTest::keyClick(window.filterEdit(), Qt::Key_Return);
        QVERIFY(searched.wait());
        QTRY_VERIFY(window.secretsModel()->rowCount() < 10);
        const int listed = window.secretsModel()->rowCount();

        QSignalSpy opened(&window, &MainWindow::bulkDialogOpened);
        window.findChild<QAction *>(QStringLiteral("instanceDeleteAction"))->trigger();
        QCOMPARE(opened.count(), 1);
        auto *dialog
                = qobject_cast<ui::InstanceDeleteDialog *>(opened.at(0).at(0).value<QDialog *>());
        QVERIFY(dialog);
        QSignalSpy previewed(dialog, &ui::InstanceDeleteDialog::previewFinished);
        QVERIFY(previewed.wait(60000));
        const QStringList instances = dialog->offeredInstances();
        QVERIFY(!instances.isEmpty());
        dialog->setInstanceId(instances.first());
        const QStringList preview = dialog->previewMatches();
        QVERIFY2(preview.size() > listed, qPrintable(QString::number(preview.size())));
        dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit"))
                ->setText(QStringLiteral("DELETE %1").arg(preview.size()));
        QVERIFY(dialog->canStart());
        QSignalSpy done(dialog, &ui::InstanceDeleteDialog::batchFinished);
        dialog->start();
        QVERIFY(done.wait());
        const auto result = done.at(0).at(0).value<BatchDeleteResult>();
        QCOMPARE(result.total, preview.size());
        QStringList acted = result.succeeded;
        for (const FailedDeletedSecret &f : result.failed)
            acted << f.secretName;
        acted.sort();
        QStringList expected = preview;
        expected.sort();
        QCOMPARE(acted, expected);
        QVERIFY(window.banner()->headline().startsWith(
                QStringLiteral("%1 secret").arg(result.succeeded.size())));
        window.setClient(nullptr);
    }

    // Huawei's own example secret carries scheduled_delete_time on an ENABLED secret and a
    // single-quoted rotation_config on a GaussDB-FG (TaurusDB) secret: the details say "not
    // scheduled", "TaurusDB" and the instance; an unreadable configuration is "unknown".
    void detailsFollowHuaweisFields()
    {
        ui::DetailsPanel details;
        Secret s;
        s.name = QStringLiteral("test");
        s.state = QStringLiteral("ENABLED");
        s.scheduledDeleteTime = 1581507580000; // from the definitions' example response
        s.secretType = QStringLiteral("GaussDB-FG");
        s.rotationConfig = QStringLiteral("{'InstanceId':'63616bceef2c45409575d762a498318bin01','"
                                          "SecretSubType':'MultiUser'}");
        details.setSecret(s);
        QCOMPARE(details.fieldText(QStringLiteral("deletion")), QStringLiteral("not scheduled"));
        QCOMPARE(details.fieldText(QStringLiteral("type")),
                 QStringLiteral("TaurusDB (GaussDB-FG)"));
        QCOMPARE(details.fieldText(QStringLiteral("instance")),
                 QStringLiteral("TaurusDB instance 63616bceef2c45409575d762a498318bin01"));
        s.state = QStringLiteral("PENDING_DELETE");
        details.setSecret(s);
        QVERIFY(details.fieldText(QStringLiteral("deletion"))
                        .startsWith(QStringLiteral("scheduled for")));
        s.secretType = QStringLiteral("COMMON");
        s.rotationConfig = QStringLiteral("InstanceId=42");
        details.setSecret(s);
        QVERIFY(details.fieldText(QStringLiteral("instance"))
                        .startsWith(QStringLiteral("unknown")));
        s.rotationConfig.clear();
        details.setSecret(s);
        QCOMPARE(details.fieldText(QStringLiteral("instance")), QStringLiteral("none"));
    }

    void failuresShowInTheBanner()
    {
        MainWindow window;
        QVERIFY(showOnServer(window));
        window.stageBoard()->setSecret(QStringLiteral("no-such-secret"));
        QTRY_VERIFY(window.banner()->isVisible());
        QVERIFY(window.banner()->detail().contains(QStringLiteral("Request id")));
    }

    // Help > About Keystage names the version and the Qt it runs on, and closes with its button.
    void helpMenuHasAbout()
    {
        MainWindow window;
        window.show();
        auto *help = window.findChild<QMenu *>(QStringLiteral("helpMenu"));
        QVERIFY(help);
        auto *about = window.findChild<QAction *>(QStringLiteral("aboutAction"));
        QVERIFY(about);
        QVERIFY(help->actions().contains(about));
        QVERIFY(help->actions().contains(
                window.findChild<QAction *>(QStringLiteral("aboutQtAction"))));
        QSignalSpy opened(&window, &MainWindow::dialogOpened);
        about->trigger();
        QCOMPARE(opened.count(), 1);
        auto *box = qobject_cast<QMessageBox *>(opened.at(0).at(0).value<QDialog *>());
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY(box->text().contains(versionString()));
        QVERIFY(box->informativeText().contains(QString::fromLatin1(qVersion())));
        QVERIFY(box->informativeText().contains(QSettings().fileName().toHtmlEscaped()));
        QPointer<QMessageBox> guard(box);
        box->button(QMessageBox::Close)->click();
        QTRY_VERIFY(!guard);
    }

    void settingsHoldLayoutOnly()
    {
        {
            MainWindow window;
            QVERIFY(showOnServer(window));
            window.close();
        }
        QSettings settings;
        const QStringList keys = settings.allKeys();
        QVERIFY(!keys.isEmpty());
        for (const QString &key : keys)
            QVERIFY2(key.startsWith(QStringLiteral("window/")), qPrintable(key));
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(!content.contains(SandboxSecretKey()));
        QVERIFY(!content.contains("sandbox-password"));
    }

    // The secrets table's columns are the user's: a width set, a column hidden from the titles'
    // menu, stay so on the next connection (a profile switch) and in the next session; the rows
    // still come in the server's order. (Last: it leaves a layout in the scratch settings.)
    void columnsAreKeptAcrossConnectionsAndSessions()
    {
        {
            MainWindow window;
            window.restoreLayout();
            QVERIFY(showOnServer(window));
            QHeaderView *header = window.secretsView()->horizontalHeader();
            QCOMPARE(header->actions().size(), SecretListModel::ColumnCount - 1); // not the name
            auto *description = header->findChild<QAction *>(
                    QStringLiteral("showColumn%1").arg(SecretListModel::DescriptionColumn));
            QVERIFY(description && description->isChecked());
            QCOMPARE(description->text(), QStringLiteral("Description"));
            description->trigger();
            QVERIFY(header->isSectionHidden(SecretListModel::DescriptionColumn));
            header->resizeSection(SecretListModel::NameColumn, 333);

            window.setClient(nullptr); // another profile, then back
            window.setClient(m_client.get());
            QTRY_VERIFY(window.secretsModel()->rowCount() > 0);
            QCOMPARE(header->sectionSize(SecretListModel::NameColumn), 333);
            QVERIFY(header->isSectionHidden(SecretListModel::DescriptionColumn));
            QVERIFY(!header->findChild<QAction *>(QStringLiteral("showColumn%1")
                                                          .arg(SecretListModel::DescriptionColumn))
                             ->isChecked());
            window.close(); // saves the layout
        }
        MainWindow next;
        next.restoreLayout();
        QVERIFY(showOnServer(next));
        QHeaderView *header = next.secretsView()->horizontalHeader();
        QCOMPARE(header->sectionSize(SecretListModel::NameColumn), 333);
        QVERIFY(header->isSectionHidden(SecretListModel::DescriptionColumn));
        QCOMPARE(header->sortIndicatorSection(), -1);
        QCOMPARE(next.secretsView()->model()->index(0, 0).data().toString(),
                 next.secretsModel()->index(0, 0).data().toString()); // the server's order
        QSettings().clear();
    }

private:
    // Shows the window (sized by the caller, or not), gives it the seeded server's client and
    // waits for its first rows.
    bool showOnServer(MainWindow &window)
    {
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return false;
        window.setClient(m_client.get());
        return QTest::qWaitFor([&window]() { return window.secretsModel()->rowCount() > 0; });
    }

    static QByteArray SandboxSecretKey()
    {
        return test::SandboxCredentials::secretKey().toLatin1();
    }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<test::CsmsLocal> m_server;
    QNetworkAccessManager m_nam;
    std::unique_ptr<CsmsClient> m_client;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
