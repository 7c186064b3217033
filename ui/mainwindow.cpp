// SPDX-License-Identifier: Apache-2.0
#include "ui/mainwindow.h"

#include "core/api/csmsclient.h"
#include "core/api/sessioncache.h"
#include "core/model/activitymodel.h"
#include "core/model/secretlistmodel.h"
#include "core/model/versionstagemodel.h"
#include "core/version.h"
#include "ui/activity/activitypane.h"
#include "ui/bulkdeletedialog.h"
#include "ui/clipboardguard.h"
#include "ui/compare/comparedialog.h"
#include "ui/deletioncommand.h"
#include "ui/detailspanel.h"
#include "ui/e2eprobe.h"
#include "ui/initresources.h"
#include "ui/instancedeletedialog.h"
#include "ui/messagebanner.h"
#include "ui/newsecretdialog.h"
#include "ui/newversiondialog.h"
#include "ui/profiles/productionguard.h"
#include "ui/secretrowdelegate.h"
#include "ui/secrets/secretfilterbar.h"
#include "ui/secrets/secretprefetcher.h"
#include "ui/secrets/secretssummary.h"
#include "ui/secretvalueedit.h"
#include "ui/stageboard.h"
#include "ui/stageboardview.h"
#include "ui/undohistory.h"
#include "ui/valuepanel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDate>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QScopedValueRollback>
#include <QScreen>
#include <QScrollArea>
#include <QSet>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>
#include <memory>
#include <utility>

namespace keystage::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_clipboard(new ClipboardGuard(this))
    , m_history(new UndoHistory(this))
{
    initResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Keystage"));
    buildActions();
    buildCentral();
    buildDock();
    buildMenus();
    buildToolBar();
    buildStatusBar();
    // 1280×900, or less on a smaller screen.
    const QSize available = screen() ? screen()->availableSize() * 0.9 : QSize(1280, 900);
    resize(QSize(1280, 900).boundedTo(available));
    setConnectionState(ConnectionState::Disconnected, tr("Not connected"));
}

MainWindow::~MainWindow()
{
    // Detach from the client while the window is whole: the panels abort their calls when they
    // go, and the client's signals must not reach a half-destroyed window.
    setClient(nullptr);
    m_history->disconnect(this); // it outlives the window's widgets by a moment
}

QUndoStack *MainWindow::undoStack() const
{
    return m_history;
}

void MainWindow::buildActions()
{
    m_refreshAction = new QAction(tr("&Refresh"), this);
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_findAction = new QAction(tr("&Find secrets…"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setObjectName(QStringLiteral("findAction"));

    m_profilesAction = new QAction(tr("Connection &profiles…"), this);
    m_profilesAction->setObjectName(QStringLiteral("profilesAction"));
    connect(m_profilesAction, &QAction::triggered, this, &MainWindow::profilesRequested);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_deleteAction = new QAction(tr("&Delete secrets…"), this);
    m_deleteAction->setObjectName(QStringLiteral("deleteSecretsAction"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    // Only while the secrets table has the focus: on the board, Delete deletes a stage.
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteSelectedSecrets);
    m_restoreAction = new QAction(tr("&Restore secrets…"), this);
    m_restoreAction->setObjectName(QStringLiteral("restoreSecretsAction"));
    connect(m_restoreAction, &QAction::triggered, this, &MainWindow::restoreSelectedSecrets);
    m_copyNamesAction = new QAction(tr("&Copy names"), this);
    m_copyNamesAction->setObjectName(QStringLiteral("copyNamesAction"));
    m_copyNamesAction->setShortcut(QKeySequence::Copy);
    m_copyNamesAction->setShortcutContext(Qt::WidgetWithChildrenShortcut); // the table's Ctrl+C
    m_copyNamesAction->setStatusTip(tr("Copy the names of the selected secrets, one per line"));
    connect(m_copyNamesAction, &QAction::triggered, this, &MainWindow::copySelectedNames);
    m_newSecretAction = new QAction(tr("&New secret…"), this);
    m_newSecretAction->setObjectName(QStringLiteral("newSecretAction"));
    m_newSecretAction->setShortcut(QKeySequence::New);
    m_newSecretAction->setStatusTip(tr("Create a secret with its first value"));
    connect(m_newSecretAction, &QAction::triggered, this, &MainWindow::newSecret);
    m_newVersionAction = new QAction(tr("New &version…"), this);
    m_newVersionAction->setObjectName(QStringLiteral("newVersionAction"));
    m_newVersionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newVersionAction->setStatusTip(tr("Store a new value of the selected secret"));
    connect(m_newVersionAction, &QAction::triggered, this, &MainWindow::newVersion);
    m_compareAction = new QAction(tr("&Compare values…"), this);
    m_compareAction->setObjectName(QStringLiteral("compareAction"));
    m_compareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    m_compareAction->setStatusTip(
            tr("Compare two versions of the selected secret without showing their values"));
    connect(m_compareAction, &QAction::triggered, this, &MainWindow::compareValues);
    m_instanceDeleteAction = new QAction(tr("Delete all secrets of an &instance…"), this);
    m_instanceDeleteAction->setObjectName(QStringLiteral("instanceDeleteAction"));
    connect(m_instanceDeleteAction, &QAction::triggered, this, &MainWindow::deleteByInstance);

    // Own actions, not QUndoStack's: they stay disabled while a step runs on the server, and
    // name exactly what would be undone (an immediate deletion never shows up here).
    m_undoAction = new QAction(this);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    connect(m_undoAction, &QAction::triggered, m_history, &UndoHistory::tryUndo);
    m_redoAction = new QAction(this);
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    // The platform's Redo keys plus Ctrl+Shift+Z and Ctrl+Y, each once: a key listed twice is an
    // "ambiguous shortcut" that Qt refuses to trigger at all.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &key :
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)}) {
        if (!redoKeys.contains(key))
            redoKeys.append(key);
    }
    m_redoAction->setShortcuts(redoKeys);
    connect(m_redoAction, &QAction::triggered, m_history, &UndoHistory::tryRedo);
    connect(m_history, &QUndoStack::indexChanged, this, &MainWindow::updateUndoActions);
    connect(m_history, &UndoHistory::busyChanged, this, &MainWindow::updateUndoActions);
    connect(m_history, &UndoHistory::stepSucceeded, this, [this]() {
        updateUndoActions();
        // A later success makes an earlier error banner stale.
        if (!m_banner->isHidden() && m_banner->level() != MessageBanner::Level::Info)
            m_banner->dismiss();
    });
    connect(m_history, &UndoHistory::stepFailed, this,
            [this](const QString &headline, const ApiError &error) {
                updateUndoActions();
                m_banner->showError(headline, error); // the board shows what the step re-read
            });
    connect(m_history, &UndoHistory::secretsChanged, this, [this]() {
        if (m_secrets)
            m_secrets->refresh();
        if (m_selectedCount <= 1)
            m_details->showSecret(m_currentSecret);
    });
    updateUndoActions();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_profilesAction);
    file->addAction(m_refreshAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_copyNamesAction);
    edit->addAction(m_findAction);

    QMenu *secrets = menuBar()->addMenu(tr("&Secrets"));
    secrets->setObjectName(QStringLiteral("secretsMenu"));
    secrets->addAction(m_newSecretAction);
    secrets->addAction(m_newVersionAction);
    secrets->addAction(m_compareAction);
    secrets->addSeparator();
    secrets->addAction(m_deleteAction);
    secrets->addAction(m_restoreAction);
    secrets->addSeparator();
    secrets->addAction(m_instanceDeleteAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(m_activityDock->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *about = help->addAction(tr("&About Keystage"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(QStringLiteral("aboutQtAction"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About Keystage"));
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setTextFormat(Qt::RichText);
    box->setText(QStringLiteral("<h3>%1</h3><p>%2</p>")
                         .arg(tr("Keystage %1").arg(versionString()).toHtmlEscaped(),
                              tr("A desktop client for Huawei Cloud CSMS: secrets, their "
                                 "versions and stages.")
                                      .toHtmlEscaped()));
    box->setInformativeText(QStringLiteral("<p>%1</p><p>%2</p>")
                                    .arg(tr("Built with Qt %1, running on Qt %2.")
                                                 .arg(QStringLiteral(QT_VERSION_STR),
                                                      QString::fromLatin1(qVersion()))
                                                 .toHtmlEscaped(),
                                         tr("Settings (layout and profiles, never a secret): %1")
                                                 .arg(QSettings().fileName())
                                                 .toHtmlEscaped()));
    box->setStandardButtons(QMessageBox::Close);
    box->open();
    Q_EMIT dialogOpened(box);
}

void MainWindow::buildCentral()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    // The banner floats over the bottom of the window's centre: showing or hiding it never moves
    // the table or a button under the pointer.
    m_banner = new MessageBanner(central);
    m_banner->floatOver(central);

    m_mainSplitter = new QSplitter(Qt::Horizontal, central);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    layout->addWidget(m_mainSplitter, 1);

    // Left: profile, filter, secrets.
    auto *left = new QWidget(m_mainSplitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_profiles = new QComboBox(left);
    m_profiles->setObjectName(QStringLiteral("profileSelector"));
    m_profiles->setAccessibleName(tr("Profile"));
    connect(m_profiles, &QComboBox::activated, this,
            [this](int index) { Q_EMIT profileChosen(m_profiles->itemData(index).toString()); });
    m_filter = new QLineEdit(left);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("Filter secrets by name (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    connect(m_findAction, &QAction::triggered, m_filter, [this]() {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    m_secretsView = new QTableView(left);
    m_secretsView->setObjectName(QStringLiteral("secretsView"));
    m_secretsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_secretsView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_secretsView->setSortingEnabled(true);
    m_secretsView->verticalHeader()->hide();
    m_secretsView->horizontalHeader()->setStretchLastSection(true);
    m_secretsView->horizontalHeader()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_secretsView->horizontalHeader()->setSectionsMovable(true);
    m_secretsView->setAlternatingRowColors(true);
    m_secretsView->setWordWrap(false);
    // Tab leaves the table (arrows, Home/End and Page keys move inside it): with tab key
    // navigation every cell was a Tab stop and the table a keyboard trap.
    m_secretsView->setTabKeyNavigation(false);
    m_secretsView->verticalHeader()->setDefaultSectionSize(m_secretsView->fontMetrics().height()
                                                           + 8);
    m_secretsView->setItemDelegate(new SecretRowDelegate(m_secretsView));
    m_secretsView->addAction(m_copyNamesAction);
    m_secretsView->addAction(m_deleteAction);
    m_secretsView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_secretsView->addAction(m_restoreAction);
    m_filterTimer.setSingleShot(true);
    m_filterTimer.setInterval(250);
    connect(m_filter, &QLineEdit::textChanged, &m_filterTimer, qOverload<>(&QTimer::start));
    connect(&m_filterTimer, &QTimer::timeout, this, &MainWindow::applyFilters);
    connect(m_filter, &QLineEdit::returnPressed, this, [this]() {
        m_filterTimer.stop();
        applyFilters();
        m_secretsView->setFocus();
    });
    m_filterBar = new SecretFilterBar(left);
    connect(m_filterBar, &SecretFilterBar::filterChanged, this, &MainWindow::applyFilters);
    // A title click sorts; the order is kept per profile.
    connect(m_secretsView->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &MainWindow::saveSort);
    // Escape in the filter: clears it (the whole list comes back at once), then, when already
    // empty, goes back to the table.
    auto *clearFilter = new QAction(tr("Clear the filter"), m_filter);
    clearFilter->setObjectName(QStringLiteral("clearFilterAction"));
    clearFilter->setShortcut(QKeySequence(Qt::Key_Escape));
    clearFilter->setShortcutContext(Qt::WidgetShortcut);
    m_filter->addAction(clearFilter);
    connect(clearFilter, &QAction::triggered, this, [this]() {
        if (m_filter->text().isEmpty()) {
            m_secretsView->setFocus();
            return;
        }
        m_filter->clear();
        m_filterTimer.stop();
        if (m_secrets)
            m_secrets->setFilterText({});
    });
    leftLayout->addWidget(m_profiles);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_filterBar);
    leftLayout->addWidget(m_secretsView, 1);
    m_summary = new SecretsSummary(left);
    leftLayout->addWidget(m_summary);
    m_emptyList = new QLabel(m_secretsView->viewport());
    m_emptyList->setObjectName(QStringLiteral("emptyListLabel"));
    m_emptyList->setTextFormat(Qt::PlainText);
    m_emptyList->setWordWrap(true);
    m_emptyList->setAlignment(Qt::AlignCenter);
    m_emptyList->setForegroundRole(QPalette::PlaceholderText);
    m_emptyList->setAttribute(Qt::WA_TransparentForMouseEvents);
    auto *emptyLayout = new QVBoxLayout(m_secretsView->viewport());
    emptyLayout->setContentsMargins(12, 24, 12, 12);
    emptyLayout->addWidget(m_emptyList, 0, Qt::AlignTop);
    m_emptyList->hide();

    // Right: details, stage board, value.
    m_rightSplitter = new QSplitter(Qt::Vertical, m_mainSplitter);
    m_rightSplitter->setObjectName(QStringLiteral("rightSplitter"));
    auto *detailsBox = new QGroupBox(tr("Details"), m_rightSplitter);
    auto *detailsLayout = new QVBoxLayout(detailsBox);
    // Scrollable, so that the splitter can give the stage board the room on small screens.
    auto *detailsScroll = new QScrollArea(detailsBox);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    detailsScroll->setWidgetResizable(true);
    m_details = new DetailsPanel(detailsScroll);
    detailsScroll->setWidget(m_details);
    detailsLayout->addWidget(detailsScroll);
    auto *boardBox = new QGroupBox(tr("Versions and stages"), m_rightSplitter);
    boardBox->setObjectName(QStringLiteral("boardBox"));
    auto *boardLayout = new QVBoxLayout(boardBox);
    m_board = new StageBoard(m_history, boardBox);
    boardLayout->addWidget(m_board);
    auto *valueBox = new QGroupBox(tr("Value"), m_rightSplitter);
    auto *valueLayout = new QVBoxLayout(valueBox);
    m_valuePanel = new ValuePanel(m_clipboard, valueBox);
    // Settings > value/autoHideSeconds: how long a revealed value stays on screen (0: until
    // hidden).
    m_valuePanel->setAutoHideSeconds(QSettings()
                                             .value(QStringLiteral("value/autoHideSeconds"),
                                                    ValuePanel::defaultAutoHideSeconds)
                                             .toInt());
    valueLayout->addWidget(m_valuePanel);
    // The board never collapses: its view keeps three versions in view (minimumSizeHint).
    m_rightSplitter->setCollapsible(1, false);
    m_rightSplitter->setStretchFactor(0, 0);
    m_rightSplitter->setStretchFactor(1, 1); // the board gets the space first
    m_rightSplitter->setStretchFactor(2, 0);

    m_mainSplitter->setStretchFactor(0, 2);
    m_mainSplitter->setStretchFactor(1, 3);
    setCentralWidget(central);

    connect(m_valuePanel, &ValuePanel::errorOccurred, m_banner, &MessageBanner::showError);
    connect(m_board, &StageBoard::errorOccurred, m_banner, &MessageBanner::showError);
    connect(m_board, &StageBoard::messageShown, m_banner, &MessageBanner::showMessage);
    connect(m_board, &StageBoard::secretTraitsChanged, this, &MainWindow::updateActions);
    connect(m_board, &StageBoard::currentVersionChanged, this,
            [this](const QString &version) { m_valuePanel->setVersion(m_currentSecret, version); });
    m_probe = E2eProbe::fromEnvironment(m_secretsView, m_board->view(), this);
}

void MainWindow::buildDock()
{
    m_activityDock = new QDockWidget(tr("Activity"), this);
    m_activityDock->setObjectName(QStringLiteral("activityDock"));
    m_activity = new ActivityModel(this);
    m_activityPane = new ActivityPane(m_activity, m_activityDock);
    m_activityDock->setWidget(m_activityPane);
    addDockWidget(Qt::BottomDockWidgetArea, m_activityDock);
}

void MainWindow::buildToolBar()
{
    m_toolBar = addToolBar(tr("Main"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setAccessibleName(tr("Main toolbar"));
    m_toolBar->setMovable(false);
    m_toolBar->addAction(m_newSecretAction);
    m_toolBar->addAction(m_newVersionAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_undoAction);
    m_toolBar->addAction(m_redoAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_refreshAction);
    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_productionMarker = new QLabel(m_toolBar);
    m_productionMarker->setObjectName(QStringLiteral("productionMarker"));
    m_productionMarker->setTextFormat(Qt::PlainText);
    // A style sheet, not a palette: inside a toolbar the style paints the label's background
    // itself, and the red set in the palette showed as grey. White on this red is 5.6:1, and it
    // stands out on light and dark palettes alike.
    m_productionMarker->setStyleSheet(
            QStringLiteral("QLabel#productionMarker { background-color: %1; color: white;"
                           " border-radius: 3px; padding: 3px 8px; }")
                    .arg(productionMarkerColor().name()));
    QFont bold = m_productionMarker->font();
    bold.setBold(true);
    m_productionMarker->setFont(bold);
    m_productionMarker->setAccessibleName(tr("Production profile"));
    m_productionMarker->setAccessibleDescription(
            tr("This profile is marked production: destructive actions ask for its name."));
    m_toolBar->addWidget(m_productionMarker)
            ->setObjectName(QStringLiteral("productionMarkerAction"));
    updateProfileMarker();
}

void MainWindow::updateProfileMarker()
{
    const bool production = m_client && m_client->profile().production;
    const QString name = m_client ? m_client->profile().displayName : QString();
    m_productionMarker->setText(production ? tr("%1: %2").arg(productionMarkerText(), name)
                                           : QString());
    // The label sits in a toolbar action: hide the action, not only the widget.
    for (QAction *action : m_toolBar->actions()) {
        if (m_toolBar->widgetForAction(action) == m_productionMarker)
            action->setVisible(production);
    }
    // Qt appends the application's display name ("— Keystage") itself.
    if (production)
        setWindowTitle(tr("[%1] %2").arg(productionMarkerText(), name));
    else
        setWindowTitle(name.isEmpty() ? tr("Keystage") : name);
}

void MainWindow::buildStatusBar()
{
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_inFlightLabel = new QLabel(this);
    m_inFlightLabel->setObjectName(QStringLiteral("inFlightLabel"));
    m_clipboardLabel = new QLabel(this);
    m_clipboardLabel->setObjectName(QStringLiteral("clipboardLabel"));
    statusBar()->addWidget(m_connectionLabel, 1);
    statusBar()->addPermanentWidget(m_clipboardLabel);
    statusBar()->addPermanentWidget(m_inFlightLabel);
    connect(m_clipboard, &ClipboardGuard::countdownChanged, this,
            &MainWindow::updateClipboardCountdown);
    updateInFlight();
}

void MainWindow::setClient(CsmsClient *client)
{
    if (m_client)
        m_client->disconnect(this);
    // Dialogs working on the previous client's secrets go with it. A New secret or New version
    // dialog stays while the connection is down (a stopped sandbox: what was typed is not lost)
    // and carries on with a new connection to the same profile, never with another profile's.
    const QString nextProfile = client ? client->profile().id : QString();
    const auto dialogs = findChildren<QDialog *>(QString(), Qt::FindDirectChildrenOnly);
    for (QDialog *dialog : dialogs) {
        const auto handOver = [&](auto *create) {
            if (client && create->profileId() != nextProfile)
                return false;
            create->setClient(client);
            return true;
        };
        bool kept = false;
        if (auto *create = qobject_cast<NewSecretDialog *>(dialog))
            kept = handOver(create);
        else if (auto *create = qobject_cast<NewVersionDialog *>(dialog))
            kept = handOver(create);
        else if (!qobject_cast<BulkDeleteDialog *>(dialog)
                 && !qobject_cast<InstanceDeleteDialog *>(dialog))
            kept = true;
        if (!kept) {
            dialog->hide();
            dialog->deleteLater();
        }
    }
    // A banner speaks of the session it was shown in (a failed call, the reason a connection
    // ended): a new connection makes it stale.
    if (client != m_client)
        m_banner->dismiss();
    m_client = client;
    m_currentSecret.clear();
    m_selectedCount = 0;
    m_gone.clear();
    m_valuePanel->setClient(client);
    m_details->setClient(client);
    m_board->setClient(client);
    m_history->clear();
    // Undo and redo change the server as much as the original action: on a production profile
    // they ask for the profile name too.
    m_history->setGuard([this](const QString &step, std::function<void(bool)> done) {
        if (!m_client)
            done(true);
        else
            ProductionGuard::confirm(this, m_client->profile(), step, this, std::move(done));
    });
    updateUndoActions();
    if (m_secretsView->model())
        m_secretsHeaderState = m_secretsView->horizontalHeader()->saveState();
    // Setting the model and the columns moves the sort indicator: not the user's choice, not saved.
    m_restoringSort = true;
    m_secretsView->setModel(nullptr);
    delete m_proxy;
    m_proxy = nullptr;
    delete m_secrets;
    m_secrets = nullptr;
    if (client) {
        connect(client, &CsmsClient::inFlightChanged, this, &MainWindow::updateInFlight);
        // The log goes on across connections: the calls before a server stopped or a profile
        // switch stay there to be read.
        m_activity->attach(client);
        m_secrets = new SecretListModel(client, this);
        m_secrets->setFilterText(m_filter->text().trimmed());
        m_secrets->setTagFilter(m_filterBar->tags());
        m_secrets->setStateFilter(m_filterBar->state());
        m_proxy = new QSortFilterProxyModel(this);
        m_proxy->setSourceModel(m_secrets);
        m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
        m_secretsView->setModel(m_proxy);
        setUpSecretColumns();
        m_restoringSort = false;
        restoreSort();
        // One notion of "what is selected": the selection drives the details, the board, the
        // value, Delete, Restore, Copy names and New version alike; the current row (the
        // keyboard cursor) is only where the next selection starts.
        connect(m_secretsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &MainWindow::onCurrentRowChanged);
        connect(m_secretsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &MainWindow::syncSelection);
        new SecretPrefetcher(m_secretsView, client, m_proxy); // reads ahead (issue 18)
        // A row's state can change under the selection (a refresh after a scheduled deletion):
        // Restore follows it.
        connect(m_proxy, &QAbstractItemModel::dataChanged, this, &MainWindow::updateActions);
        connect(m_secrets, &SecretListModel::loadFailed, this, [this](const ApiError &error) {
            // With rows already listed the list is incomplete, and says so: Retry goes on from the
            // page that failed, not from the start.
            const int loaded = m_secrets->rowCount();
            m_banner->showError(loaded > 0 ? tr("The list of secrets is incomplete: %n secret(s) "
                                                "listed, the next page could not be read",
                                                nullptr, loaded)
                                           : tr("The secrets could not be listed"),
                                error);
            QPointer<SecretListModel> secrets = m_secrets;
            m_banner->setAction(tr("Retry"), [secrets]() {
                if (secrets)
                    secrets->retryLoad();
            });
            m_listFailed = true;
            updateEmptyList();
        });
        connect(m_secrets, &SecretListModel::searchFailed, this, [this](const ApiError &error) {
            m_banner->showError(tr("The search on the server failed"), error);
            m_listFailed = true;
            updateEmptyList();
        });
        connect(m_secrets, &SecretListModel::loadingChanged, this, [this](bool loading) {
            if (loading)
                m_listFailed = false;
            updateEmptyList();
        });
        for (const auto signal :
             {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
            connect(m_proxy, signal, this, &MainWindow::updateEmptyList);
        }
        connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyList);
        // A reset (a new filter) drops the current row without a currentRowChanged: the secret
        // stays selected if it is still listed, else the details, board and value are emptied
        // (never a secret the table no longer shows).
        // A cleared filter keeps every selected secret that the full list holds (loaded).
        connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, [this]() {
            m_keepSelected = selectedSecretNames();
            m_keepCurrent
                    = m_secretsView->currentIndex().data(SecretListModel::NameRole).toString();
        });
        connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::reselect);
        // Rows arrived (a page, or the server's matches for the filter): with none current, the
        // first is selected and shown.
        const auto selectFirstIfNone = [this]() {
            if (!m_secretsView->currentIndex().isValid() && m_proxy->rowCount() > 0)
                m_secretsView->setCurrentIndex(m_proxy->index(0, 0));
            selectSecretWhenListed(m_selectWhenListed);
        };
        connect(m_secrets, &SecretListModel::pageLoaded, this, selectFirstIfNone);
        connect(m_secrets, &SecretListModel::pageLoaded, this, &MainWindow::fitNameColumn);
        connect(m_secrets, &SecretListModel::searchFinished, this, selectFirstIfNone);
        connect(m_secrets, &SecretListModel::refreshed, this,
                [this]() { selectSecretWhenListed(m_selectWhenListed); });
        if (m_secrets->canFetchMore({}))
            m_secrets->fetchMore({});
    }
    m_restoringSort = false;
    m_summary->setList(client, m_secrets, m_secrets ? m_secretsView->selectionModel() : nullptr);
    m_filterBar->setClient(client);
    m_selectWhenListed.clear();
    updateProfileMarker();
    updateInFlight();
    m_listFailed = false;
    updateEmptyList();
    updateActions();
}

void MainWindow::applyFilters()
{
    if (!m_secrets)
        return;
    m_secrets->setFilterText(m_filter->text().trimmed());
    m_secrets->setTagFilter(m_filterBar->tags());
    m_secrets->setStateFilter(m_filterBar->state());
    updateEmptyList();
}

void MainWindow::clearFilters()
{
    m_filterTimer.stop();
    {
        const QSignalBlocker block(m_filter);
        m_filter->clear();
    }
    {
        const QSignalBlocker block(m_filterBar);
        m_filterBar->clear();
    }
    applyFilters();
}

namespace {
QString sortKey(const CsmsClient *client)
{
    return QStringLiteral("secretsSort/") + client->profile().id;
}
} // namespace

void MainWindow::restoreSort()
{
    if (!m_client)
        return;
    const QVariant saved = QSettings().value(sortKey(m_client));
    const QStringList parts = saved.toString().split(QLatin1Char(' '));
    bool ok = false;
    const int column = parts.value(0).toInt(&ok);
    if (!ok || column < 0 || column >= SecretListModel::ColumnCount)
        return;
    const QScopedValueRollback<bool> restoring(m_restoringSort, true);
    m_secretsView->sortByColumn(column, parts.value(1) == QLatin1String("desc")
                                                ? Qt::DescendingOrder
                                                : Qt::AscendingOrder);
}

void MainWindow::saveSort(int column, Qt::SortOrder order)
{
    // Only the user's clicks: not the reset to the server's order a new connection makes.
    if (m_restoringSort || !m_client || !m_proxy || m_secretsView->model() != m_proxy)
        return;
    QSettings settings;
    if (column < 0) {
        settings.remove(sortKey(m_client));
        return;
    }
    settings.setValue(sortKey(m_client),
                      QStringLiteral("%1 %2").arg(column).arg(order == Qt::DescendingOrder
                                                                      ? QStringLiteral("desc")
                                                                      : QStringLiteral("asc")));
}

void MainWindow::reselect()
{
    const QStringList names = std::exchange(m_keepSelected, {});
    QString current = std::exchange(m_keepCurrent, {});
    if (current.isEmpty())
        current = m_currentSecret;
    // One pass over the rows, however many were selected.
    const QSet<QString> wanted(names.cbegin(), names.cend());
    QItemSelection keep;
    QModelIndex currentRow;
    for (int row = 0; m_proxy && row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        const QString name = index.data(SecretListModel::NameRole).toString();
        if (name == current)
            currentRow = index;
        if (wanted.contains(name))
            keep.select(index, index);
    }
    QItemSelectionModel *selection = m_secretsView->selectionModel();
    if (!keep.isEmpty()) {
        if (currentRow.isValid())
            selection->setCurrentIndex(currentRow, QItemSelectionModel::NoUpdate);
        selection->select(keep, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    } else if (currentRow.isValid()) {
        m_secretsView->setCurrentIndex(currentRow);
    }
    onCurrentRowChanged();
}

QModelIndex MainWindow::rowOf(const QString &name) const
{
    if (name.isEmpty() || !m_proxy)
        return {};
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(SecretListModel::NameRole).toString() == name)
            return index;
    }
    return {};
}

void MainWindow::selectSecretWhenListed(const QString &name)
{
    const QModelIndex index = rowOf(name);
    if (!index.isValid())
        return;
    m_selectWhenListed.clear();
    m_secretsView->setCurrentIndex(index);
    m_secretsView->scrollTo(index);
}

void MainWindow::newSecret()
{
    if (!m_client)
        return;
    auto *dialog = new NewSecretDialog(m_client, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->valueEdit()->setClipboardGuard(m_clipboard);
    connect(dialog, &NewSecretDialog::secretCreated, this, [this](const QString &name) {
        // A new secret is ENABLED; under a filter that would hide it, the filter is cleared so
        // that it is shown and selected.
        if (m_secrets && m_secrets->hasFilter()
            && !m_secrets->wouldShow(name, QStringLiteral("ENABLED"))) {
            clearFilters();
            m_banner->showMessage(MessageBanner::Level::Info,
                                  tr("Secret %1 was created. The filter would hide it: it was "
                                     "cleared.")
                                          .arg(name));
        } else {
            m_banner->showMessage(MessageBanner::Level::Info,
                                  tr("Secret %1 was created").arg(name));
        }
        m_gone.remove(name);
        m_selectWhenListed = name;
        if (m_secrets)
            m_secrets->refresh(); // the server's truth; the new secret is selected when listed
    });
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

void MainWindow::newVersion()
{
    if (!m_client || m_currentSecret.isEmpty())
        return;
    const QList<VersionStages> snapshot
            = m_board->model() ? m_board->model()->snapshot() : QList<VersionStages>();
    auto *dialog = new NewVersionDialog(m_client, m_currentSecret, snapshot, this);
    if (m_board->model())
        dialog->setSecretTraits(m_board->model()->secretTraits());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->valueEdit()->setClipboardGuard(m_clipboard);
    connect(dialog, &NewVersionDialog::versionCreated, this,
            [this](const QString &secret, const QString &version) {
                m_banner->showMessage(MessageBanner::Level::Info,
                                      tr("Version %1 of %2 was created").arg(version, secret));
                if (secret != m_currentSecret)
                    return;
                m_board->reload(); // the server's truth: stages may have moved to it
                m_details->showSecret(secret);
                if (m_secrets)
                    m_secrets->refresh();
            });
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

void MainWindow::compareValues()
{
    if (!m_client || m_currentSecret.isEmpty())
        return;
    // The versions on the board, newest first: the two newest are compared by default.
    QStringList versions;
    if (VersionStageModel *model = m_board->model()) {
        for (int row = 0; row < model->rowCount(); ++row)
            versions << model->index(row, 0).data(VersionStageModel::VersionIdRole).toString();
    }
    const QString right = versions.value(0);
    const QString left = versions.value(1, right);
    auto *dialog = new CompareDialog(m_client, m_clipboard, m_currentSecret, versions, left, right,
                                     this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CompareDialog::failed, m_banner, &MessageBanner::showError);
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

QStringList MainWindow::selectedSecretNames(bool pendingDeleteOnly) const
{
    QStringList names;
    if (!m_proxy)
        return names;
    QModelIndexList rows = m_secretsView->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(rows)) {
        if (pendingDeleteOnly && !index.data(SecretListModel::PendingDeleteRole).toBool())
            continue;
        names << index.data(SecretListModel::NameRole).toString();
    }
    return names;
}

QString MainWindow::idOf(const QString &name) const
{
    const QModelIndex index = rowOf(name);
    return index.isValid() ? index.data(SecretListModel::IdRole).toString() : QString();
}

void MainWindow::onCurrentRowChanged()
{
    const QModelIndex current = m_secretsView->currentIndex();
    // The view makes a row current without selecting it when it gets the focus (after the filter's
    // Enter): that row is then selected, so that the details, Delete and Copy names agree.
    if (current.isValid() && !m_secretsView->selectionModel()->hasSelection()) {
        m_secretsView->selectionModel()->select(current, QItemSelectionModel::Select
                                                                 | QItemSelectionModel::Rows);
    }
    syncSelection();
}

void MainWindow::syncSelection()
{
    const QStringList selected = selectedSecretNames();
    QString name = selected.size() == 1 ? selected.constFirst() : QString();
    if (m_gone.contains(name))
        name.clear(); // still listed until the list is read again: never read it
    if (name == m_currentSecret && selected.size() == m_selectedCount) {
        updateActions();
        return;
    }
    m_selectedCount = int(selected.size());
    const bool changed = name != m_currentSecret;
    m_currentSecret = name;
    if (selected.size() > 1)
        m_details->showSelectionCount(int(selected.size()));
    else if (changed || name.isEmpty())
        m_details->showSecret(name, idOf(name)); // the id from the list: tags in parallel
    if (changed) {
        m_board->setSecret(name);
        m_valuePanel->setVersion(name, {});
    }
    updateActions();
    if (changed)
        Q_EMIT currentSecretChanged(name);
}

void MainWindow::updateActions()
{
    const bool connected = m_client && m_secrets;
    const QStringList selected = connected ? selectedSecretNames() : QStringList();
    m_deleteAction->setEnabled(!selected.isEmpty());
    m_restoreAction->setEnabled(connected && !selectedSecretNames(true).isEmpty());
    m_copyNamesAction->setEnabled(!selected.isEmpty());
    m_instanceDeleteAction->setEnabled(connected);
    m_newSecretAction->setEnabled(connected);
    // Refused by the secret's state (pending deletion, frozen, disabled): disabled, and says why.
    const QString refusal = m_board ? m_board->newVersionRefusal() : QString();
    m_newVersionAction->setEnabled(connected && !m_currentSecret.isEmpty() && refusal.isEmpty());
    m_newVersionAction->setToolTip(refusal.isEmpty() ? m_newVersionAction->text().remove(u'&')
                                                     : refusal);
    m_newVersionAction->setStatusTip(
            refusal.isEmpty() ? tr("Store a new value of the selected secret") : refusal);
    m_compareAction->setEnabled(connected && !m_currentSecret.isEmpty());
}

void MainWindow::copySelectedNames()
{
    const QStringList names = selectedSecretNames();
    if (names.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(names.join(u'\n'));
    statusBar()->showMessage(tr("Copied %n name(s)", nullptr, int(names.size())), 4000);
}

void MainWindow::refresh()
{
    if (!m_client)
        return;
    m_client->sessionCache()->clear(); // Refresh reads everything from the server again
    if (m_secrets)
        m_secrets->refresh();
    if (m_currentSecret.isEmpty() || m_gone.contains(m_currentSecret))
        return;
    m_board->reload();
    if (m_selectedCount <= 1)
        m_details->showSecret(m_currentSecret);
}

void MainWindow::openBulkDialog(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The server's truth once the dialog closes: the list, and the details and board of the
    // current secret unless the run deleted it (nothing re-reads what is gone).
    connect(dialog, &QDialog::finished, this, &MainWindow::refresh);
    dialog->open();
    Q_EMIT bulkDialogOpened(dialog);
}

void MainWindow::watchDeletions(BulkDeleter *deleter)
{
    connect(deleter, &BulkDeleter::secretsChanged, this,
            [this](const QStringList &names, BulkDeleter::Mode mode) {
                if (mode == BulkDeleter::Mode::Immediate)
                    forgetSecrets(names);
                // A success is news: an error banner from an earlier action is no longer the
                // state of things.
                const int n = int(names.size());
                QString text;
                switch (mode) {
                case BulkDeleter::Mode::Immediate:
                    text = tr("%n secret(s) deleted", nullptr, n);
                    break;
                case BulkDeleter::Mode::Scheduled:
                    text = tr("%n secret(s) scheduled for deletion", nullptr, n);
                    break;
                case BulkDeleter::Mode::Restore:
                    text = tr("%n secret(s) restored", nullptr, n);
                    break;
                }
                m_banner->showMessage(MessageBanner::Level::Info, text);
            });
}

void MainWindow::forgetSecrets(const QStringList &names)
{
    for (const QString &name : names)
        m_gone.insert(name);
    if (m_currentSecret.isEmpty() || !m_gone.contains(m_currentSecret))
        return;
    // The shown secret is gone: its panels empty now, and nothing asks the server for it.
    m_currentSecret.clear();
    m_details->clear();
    m_board->setSecret(QString());
    m_valuePanel->setVersion(QString(), {});
    updateActions();
    Q_EMIT currentSecretChanged(QString());
}

void MainWindow::deleteSelectedSecrets()
{
    const QStringList names = selectedSecretNames();
    if (!m_client || names.isEmpty())
        return;
    auto *dialog = new BulkDeleteDialog(m_client, names, BulkDeleteDialog::Purpose::Delete, this);
    dialog->setAlreadyScheduled(selectedSecretNames(true));
    watchDeletions(dialog->deleter());
    recordScheduledDeletions(dialog);
    openBulkDialog(dialog);
}

void MainWindow::recordScheduledDeletions(BulkDeleteDialog *dialog)
{
    // A retry reports the earlier successes again: each secret goes on the history once.
    auto recorded = std::make_shared<QSet<QString>>();
    QPointer<CsmsClient> client = m_client;
    connect(dialog, &BulkDeleteDialog::runFinished, this, [this, dialog, recorded, client]() {
        if (dialog->mode() != BulkDeleter::Mode::Scheduled || !client || client != m_client)
            return;
        QStringList fresh;
        const QStringList done = dialog->deleter()->namesWith(BulkItemResult::Status::Succeeded);
        for (const QString &name : done) {
            if (!recorded->contains(name)) {
                recorded->insert(name);
                fresh << name;
            }
        }
        if (!fresh.isEmpty())
            m_history->push(
                    new DeletionCommand(m_history, client, fresh, dialog->recoveryWindowDays()));
    });
}

void MainWindow::updateUndoActions()
{
    const bool busy = m_history->isBusy();
    const QString undoText = m_history->undoText();
    const QString redoText = m_history->redoText();
    m_undoAction->setText(undoText.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undoText));
    m_redoAction->setText(redoText.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redoText));
    // The toolbar keeps short labels (a long secret name pushed Redo and Refresh into the
    // overflow menu); the tooltip and the Edit menu say what exactly would be undone.
    m_undoAction->setIconText(tr("Undo"));
    m_redoAction->setIconText(tr("Redo"));
    m_undoAction->setToolTip(undoText.isEmpty() ? tr("Undo") : tr("Undo %1").arg(undoText));
    m_redoAction->setToolTip(redoText.isEmpty() ? tr("Redo") : tr("Redo %1").arg(redoText));
    m_undoAction->setEnabled(!busy && m_history->canUndo());
    m_redoAction->setEnabled(!busy && m_history->canRedo());
    const QString waiting = tr("Waiting for the server to finish the last undo or redo.");
    m_undoAction->setStatusTip(busy ? waiting : QString());
    m_redoAction->setStatusTip(busy ? waiting : QString());
}

void MainWindow::restoreSelectedSecrets()
{
    const QStringList names = selectedSecretNames(true);
    if (!m_client || names.isEmpty())
        return;
    auto *dialog = new BulkDeleteDialog(m_client, names, BulkDeleteDialog::Purpose::Restore, this);
    watchDeletions(dialog->deleter());
    openBulkDialog(dialog);
}

void MainWindow::deleteByInstance()
{
    if (!m_client || !m_secrets)
        return;
    // It reads every secret on the server itself: the window's filter and paging do not matter.
    auto *dialog = new InstanceDeleteDialog(m_client, this);
    watchDeletions(dialog->deleter());
    openBulkDialog(dialog);
}

void MainWindow::setConnectionState(ConnectionState state, const QString &text)
{
    m_connectionState = state;
    m_connectionLabel->setText(text);
    m_refreshAction->setEnabled(state == ConnectionState::Connected);
}

void MainWindow::setProfiles(const QList<QPair<QString, QString>> &profiles, const QString &current)
{
    const QSignalBlocker block(m_profiles);
    m_profiles->clear();
    for (const auto &profile : profiles)
        m_profiles->addItem(profile.second, profile.first);
    m_profiles->setCurrentIndex(qMax(0, m_profiles->findData(current)));
}

void MainWindow::fitNameColumn()
{
    // Once per listing, unless the user's own widths were restored: the names whole (up to 64
    // characters), before the state and times get the rest.
    if (m_nameColumnFitted || !m_proxy || m_secretsHeaderRestored)
        return;
    m_nameColumnFitted = true;
    const QFontMetrics metrics = m_secretsView->fontMetrics();
    QFont italic = m_secretsView->font();
    italic.setItalic(true);
    const QFontMetrics slanted(italic);
    int widest = 0;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QString name = m_proxy->index(row, SecretListModel::NameColumn).data().toString();
        widest = qMax(widest,
                      qMax(metrics.horizontalAdvance(name), slanted.horizontalAdvance(name)));
    }
    // Name first: a 64-character name whole, the other columns scroll to its right.
    const int width = qBound(220, widest + 24, 80 * metrics.averageCharWidth());
    if (width > m_secretsView->columnWidth(SecretListModel::NameColumn))
        m_secretsView->setColumnWidth(SecretListModel::NameColumn, width);
}

void MainWindow::setUpSecretColumns()
{
    QHeaderView *header = m_secretsView->horizontalHeader();
    // What the user made of the columns (widths, order, hidden ones), from this session or the
    // last; else the defaults below. Either way the rows stay in the server's order until a
    // title is clicked.
    const bool restored
            = !m_secretsHeaderState.isEmpty() && header->restoreState(m_secretsHeaderState);
    m_secretsHeaderRestored = restored;
    m_nameColumnFitted = false;
    {
        const QScopedValueRollback<bool> restoring(m_restoringSort, true);
        m_secretsView->sortByColumn(-1, Qt::AscendingOrder);
    }
    if (!restored) {
        header->setSectionHidden(SecretListModel::TagsColumn, true); // from the header menu
        header->setSectionResizeMode(SecretListModel::NameColumn, QHeaderView::Interactive);
        m_secretsView->setColumnWidth(SecretListModel::NameColumn, 220);
        // Wide enough for "deletion on <date>", which pending-deletion rows show in place of
        // their state (SecretRowDelegate).
        const QString pending
                = SecretRowDelegate::tr("deletion on %1")
                          .arg(QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat));
        // Times whole, never "16 Oct 2026 …": wide enough for a late date in this locale's
        // format (as the delegate shows it) and for the column's title with its sort arrow.
        const auto *delegate = static_cast<QStyledItemDelegate *>(m_secretsView->itemDelegate());
        const QString time = delegate->displayText(
                QDateTime(QDate(2026, 12, 28), QTime(22, 58, 58)), QLocale());
        // Rows pending deletion are italic (SecretRowDelegate), which can be wider.
        QFont italic = m_secretsView->font();
        italic.setItalic(true);
        const QFontMetrics upright = m_secretsView->fontMetrics();
        const QFontMetrics slanted(italic);
        const auto fit = [&](int column, const QString &text) {
            const int width
                    = qMax(upright.horizontalAdvance(text), slanted.horizontalAdvance(text));
            m_secretsView->setColumnWidth(column,
                                          qMax(width + 16, header->sectionSizeHint(column)));
        };
        fit(SecretListModel::StateColumn, pending);
        fit(SecretListModel::CreatedColumn, time);
        fit(SecretListModel::UpdatedColumn, time);
        fit(SecretListModel::ScheduledDeletionColumn, pending); // (SecretRowDelegate)
    }
    header->setSectionHidden(SecretListModel::NameColumn, false);
    // Right-click on the titles: show or hide any column but the name.
    const auto old = header->actions();
    for (QAction *action : old) {
        header->removeAction(action);
        delete action;
    }
    for (int column = 0; column < SecretListModel::ColumnCount; ++column) {
        if (column == SecretListModel::NameColumn)
            continue;
        auto *action = new QAction(m_proxy->headerData(column, Qt::Horizontal).toString(), header);
        action->setObjectName(QStringLiteral("showColumn%1").arg(column));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        connect(action, &QAction::toggled, header,
                [header, column](bool shown) { header->setSectionHidden(column, !shown); });
        header->addAction(action);
    }
}

QString MainWindow::emptyListText() const
{
    if (!m_secrets || !m_proxy || m_proxy->rowCount() > 0)
        return {};
    const QString filter = m_secrets->filterText();
    const bool otherFilter = m_secrets->hasFilter() && filter.isEmpty();
    if (m_secrets->isLoading()) {
        if (!filter.isEmpty())
            return tr("Searching for \"%1\"…").arg(filter);
        return otherFilter ? tr("Searching…") : tr("Loading the secrets…");
    }
    if (m_listFailed)
        return tr("The list could not be loaded: the message above says why. Refresh (F5) "
                  "tries again.");
    if (!filter.isEmpty())
        return tr("No secret matches \"%1\".").arg(filter);
    if (otherFilter)
        return tr("No secret matches the tag and state filter.");
    return tr("This project has no secrets yet. Secrets > New secret… (Ctrl+N) creates one.");
}

void MainWindow::updateEmptyList()
{
    const QString text = emptyListText();
    m_emptyList->setText(text);
    m_emptyList->setVisible(!text.isEmpty());
}

void MainWindow::updateInFlight()
{
    const int inFlight = m_client ? m_client->inFlight() + m_client->queued() : 0;
    m_inFlightLabel->setText(inFlight == 0 ? tr("Idle")
                                           : tr("%n request(s) in flight", nullptr, inFlight));
}

void MainWindow::updateClipboardCountdown(int secondsLeft)
{
    m_clipboardLabel->setText(secondsLeft > 0 ? tr("Clipboard clears in %n s", nullptr, secondsLeft)
                                              : QString());
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("window"));
    // Defaults first (the board gets most of the right side), then what the user left.
    m_mainSplitter->setSizes({420, 860});
    m_rightSplitter->setSizes({170, 420, 150});
    resizeDocks({m_activityDock}, {110}, Qt::Vertical);
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    m_mainSplitter->restoreState(settings.value(QStringLiteral("mainSplitter")).toByteArray());
    m_fitDetails = !m_rightSplitter->restoreState(
            settings.value(QStringLiteral("rightSplitter")).toByteArray());
    // Applied when a connection gives the table its columns (setUpSecretColumns), and only if
    // saved for the same columns. ("secretsHeader", before, never held the user's widths.)
    if (settings.value(QStringLiteral("secretsColumnCount")).toInt()
        == SecretListModel::ColumnCount)
        m_secretsHeaderState = settings.value(QStringLiteral("secretsColumns")).toByteArray();
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("window"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("rightSplitter"), m_rightSplitter->saveState());
    settings.remove(QStringLiteral("secretsHeader"));
    const QByteArray columns = m_secretsView->model()
                                       ? m_secretsView->horizontalHeader()->saveState()
                                       : m_secretsHeaderState;
    if (!columns.isEmpty()) {
        settings.setValue(QStringLiteral("secretsColumns"), columns);
        settings.setValue(QStringLiteral("secretsColumnCount"), int(SecretListModel::ColumnCount));
    }
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_fitDetails)
        return;
    m_fitDetails = false;
    // The first time, with no layout of the user's: the stage board gets the space first. The
    // value pane takes its minimum, the details the height their fields need (two halves and
    // the tags, at most two fifths of the column), the board the rest. In a short window (900x600)
    // the Activity dock gives way to its minimum, and if the board would still be held at its
    // own minimum, the details collapse (their splitter handle brings them back).
    QList<int> sizes = m_rightSplitter->sizes();
    int total = sizes.value(0) + sizes.value(1) + sizes.value(2);
    if (sizes.size() != 3 || total <= 0)
        return;
    const int valueMin = m_rightSplitter->widget(2)->minimumSizeHint().height();
    const int boardMin = m_rightSplitter->widget(1)->minimumSizeHint().height();
    const int detailsMin = m_rightSplitter->widget(0)->minimumSizeHint().height();
    // (one spare line: a long description or instance id wraps)
    const int detailsHint
            = m_rightSplitter->widget(0)->sizeHint().height() + fontMetrics().lineSpacing();
    const int dockMin = m_activityDock->minimumSizeHint().height();
    if (total - qMin(detailsHint, total * 2 / 5) - valueMin < boardMin
        && m_activityDock->isVisible() && !m_activityDock->isFloating()
        && m_activityDock->height() > dockMin) {
        resizeDocks({m_activityDock}, {dockMin}, Qt::Vertical);
        layout()->activate();
        sizes = m_rightSplitter->sizes();
        total = sizes.value(0) + sizes.value(1) + sizes.value(2);
    }
    const int value = qMin(sizes[2], valueMin);
    int details = qMin(detailsHint, total * 2 / 5);
    if (total - value - detailsMin <= boardMin)
        details = 0;
    else
        details = qBound(detailsMin, details, total - value - boardMin);
    sizes = {details, total - details - value, value};
    m_rightSplitter->setSizes(sizes);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    m_valuePanel->hideValue();
    m_clipboard->clearNow();
    QMainWindow::closeEvent(event);
}

} // namespace keystage::ui
