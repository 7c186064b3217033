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
#include "ui/events/eventsdialog.h"
#include "ui/initresources.h"
#include "ui/instancedeletedialog.h"
#include "ui/messagebanner.h"
#include "ui/metadata/secretadminactions.h"
#include "ui/newsecretdialog.h"
#include "ui/newversiondialog.h"
#include "ui/plan/stageplandialog.h"
#include "ui/profiles/productionguard.h"
#include "ui/rotation/rotationsection.h"
#include "ui/secrets/secretspane.h"
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
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
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
    // Administering secrets (issue 19): description and KMS key, tags, bulk tags.
    m_admin = new SecretAdminActions(this, m_history);
    connect(m_admin, &SecretAdminActions::dialogOpened, this, &MainWindow::dialogOpened);
    connect(m_admin, &SecretAdminActions::secretChanged, this, [this](const QString &name) {
        m_secretsPane->refresh();
        if (name == m_currentSecret && m_selectedCount <= 1)
            m_details->showSecret(name, m_secretsPane->idOf(name));
    });
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
        m_secretsPane->refresh();
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
    // A stage plan across secrets (issue 20): the dialog does the rest.
    QAction *stagePlan = secrets->addAction(tr("Stage &plan…"), this, &MainWindow::stagePlan);
    stagePlan->setObjectName(QStringLiteral("stagePlanAction"));
    stagePlan->setStatusTip(tr("Move, add, delete or roll back a stage on many secrets at once"));
    // Secrets > Events… (ui/events, issue 19): the project's events, the selected secret's
    // subscription and the notification records.
    QAction *events = secrets->addAction(tr("&Events…"), this, [this]() {
        if (!m_client)
            return;
        auto *dialog = new EventsDialog(m_client, m_currentSecret, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &EventsDialog::failed, m_banner, &MessageBanner::showError);
        connect(dialog, &EventsDialog::subscriptionChanged, this, [this](const QString &secret) {
            if (secret == m_currentSecret && m_selectedCount <= 1)
                m_details->showSecret(secret);
        });
        dialog->open();
        Q_EMIT dialogOpened(dialog);
    });
    events->setObjectName(QStringLiteral("eventsAction"));
    events->setStatusTip(tr("Manage events, subscribe the selected secret, read notifications"));
    connect(secrets, &QMenu::aboutToShow, events,
            [this, events]() { events->setEnabled(m_client); });
    secrets->addSeparator();
    secrets->addAction(m_deleteAction);
    secrets->addAction(m_restoreAction);
    secrets->addSeparator();
    secrets->addAction(m_instanceDeleteAction);
    // Rotation (ui/rotation): the details panel's rotation section owns these two actions.
    secrets->addSeparator();
    secrets->addAction(m_details->rotationSection()->autoRotationAction());
    secrets->addAction(m_details->rotationSection()->rotateNowAction());
    secrets->addSeparator();
    secrets->addActions(m_admin->actions());

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
    m_secretsPane = new SecretsPane(left);
    connect(m_findAction, &QAction::triggered, m_secretsPane, &SecretsPane::focusFilter);
    QTableView *table = m_secretsPane->view();
    table->addAction(m_copyNamesAction);
    table->addAction(m_deleteAction);
    table->addAction(m_restoreAction);
    table->addActions(m_admin->actions());
    connect(m_secretsPane, &SecretsPane::selectionChanged, this, &MainWindow::syncSelection);
    connect(m_secretsPane, &SecretsPane::rowsUpdated, this, &MainWindow::updateActions);
    connect(m_secretsPane, &SecretsPane::listFailed, this,
            [this](const QString &headline, const ApiError &error, bool retryable) {
                m_banner->showError(headline, error);
                if (!retryable)
                    return;
                // Retry goes on from the page that failed, on the list that failed.
                QPointer<SecretListModel> secrets = m_secretsPane->model();
                m_banner->setAction(tr("Retry"), [secrets]() {
                    if (secrets)
                        secrets->retryLoad();
                });
            });
    leftLayout->addWidget(m_profiles);
    leftLayout->addWidget(m_secretsPane, 1);

    // Right: details, stage board, value.
    m_rightSplitter = new QSplitter(Qt::Vertical, m_mainSplitter);
    m_rightSplitter->setObjectName(QStringLiteral("rightSplitter"));
    // Narrow margins inside the three boxes: a 900x600 screen has no height to spare.
    const int margin = style()->pixelMetric(QStyle::PM_LayoutBottomMargin) / 2;
    const QMargins boxMargins(margin, margin, margin, margin);
    auto *detailsBox = new QGroupBox(tr("Details"), m_rightSplitter);
    auto *detailsLayout = new QVBoxLayout(detailsBox);
    detailsLayout->setContentsMargins(boxMargins);
    // Scrollable, so that the splitter can give the stage board the room on small screens.
    auto *detailsScroll = new QScrollArea(detailsBox);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    // Not a Tab stop: Tab walks filter → list → board → value → Activity.
    detailsScroll->setFocusPolicy(Qt::NoFocus);
    detailsScroll->setWidgetResizable(true);
    // One line at the least, so that the window fits a 900x600 screen; the rest scrolls.
    detailsScroll->setMinimumHeight(fontMetrics().lineSpacing());
    m_details = new DetailsPanel(detailsScroll);
    detailsScroll->setWidget(m_details);
    detailsLayout->addWidget(detailsScroll);
    auto *boardBox = new QGroupBox(tr("Versions and stages"), m_rightSplitter);
    boardBox->setObjectName(QStringLiteral("boardBox"));
    auto *boardLayout = new QVBoxLayout(boardBox);
    boardLayout->setContentsMargins(boxMargins);
    m_board = new StageBoard(m_history, boardBox);
    boardLayout->addWidget(m_board);
    auto *valueBox = new QGroupBox(tr("Value"), m_rightSplitter);
    auto *valueLayout = new QVBoxLayout(valueBox);
    valueLayout->setContentsMargins(boxMargins);
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
    // Rotation (ui/rotation): reports through the banner; after a write the board re-reads.
    RotationSection *rotation = m_details->rotationSection();
    connect(rotation, &RotationSection::errorOccurred, m_banner, &MessageBanner::showError);
    connect(rotation, &RotationSection::messageShown, m_banner, &MessageBanner::showMessage);
    connect(rotation, &RotationSection::secretChanged, this, [this](const QString &name) {
        if (name == m_currentSecret)
            m_board->reload();
    });
    m_probe = E2eProbe::fromEnvironment(table, m_board->view(), this);
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
    // Room for a two-digit count from the start (updateInFlight() keeps the size fixed).
    m_inFlightLabel->setText(tr("%n request(s) in flight", nullptr, 88));
    m_inFlightLabel->setFixedSize(m_inFlightLabel->sizeHint());
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
    m_admin->setClient(client);
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
    if (client) {
        // The count changes twice per call (4,000 times during a plan over 1,000 secrets): the
        // label, and the status bar's layout, follow once a frame.
        connect(client, &CsmsClient::inFlightChanged, this, [this]() {
            if (std::exchange(m_inFlightPending, true))
                return;
            QTimer::singleShot(16, this, [this]() {
                m_inFlightPending = false;
                updateInFlight();
            });
        });
        // The log goes on across connections: the calls before a server stopped or a profile
        // switch stay there to be read.
        m_activity->attach(client);
    }
    m_secretsPane->setClient(client);
    // The dialogs working on a client follow (followClient, closeWithClient).
    Q_EMIT clientChanged(client);
    updateProfileMarker();
    updateInFlight();
    updateActions();
}

template<typename Dialog>
void MainWindow::followClient(Dialog *dialog)
{
    // A New secret or New version dialog stays while the connection is down (a stopped sandbox:
    // what was typed is not lost) and carries on with a new connection to the same profile,
    // never with another profile's.
    connect(this, &MainWindow::clientChanged, dialog, [dialog](CsmsClient *client) {
        if (client && client->profile().id != dialog->profileId()) {
            dialog->hide();
            dialog->deleteLater();
            return;
        }
        dialog->setClient(client);
    });
}

void MainWindow::closeWithClient(QDialog *dialog)
{
    // Dialogs working on the previous client's secrets go with it.
    connect(this, &MainWindow::clientChanged, dialog, [dialog]() {
        dialog->hide();
        dialog->deleteLater();
    });
}

QTableView *MainWindow::secretsView() const
{
    return m_secretsPane->view();
}

QLineEdit *MainWindow::filterEdit() const
{
    return m_secretsPane->filterEdit();
}

SecretFilterBar *MainWindow::filterBar() const
{
    return m_secretsPane->filterBar();
}

SecretListModel *MainWindow::secretsModel() const
{
    return m_secretsPane->model();
}

QString MainWindow::emptyListText() const
{
    return m_secretsPane->emptyListText();
}

QStringList MainWindow::selectedSecretNames(bool pendingDeleteOnly) const
{
    return m_secretsPane->selectedNames(pendingDeleteOnly);
}

void MainWindow::newSecret()
{
    if (!m_client)
        return;
    auto *dialog = new NewSecretDialog(m_client, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->valueEdit()->setClipboardGuard(m_clipboard);
    followClient(dialog);
    connect(dialog, &NewSecretDialog::secretCreated, this, [this](const QString &name) {
        m_gone.remove(name);
        // Selected once listed; a filter that would hide it is cleared, and the banner says so.
        if (m_secretsPane->selectNewSecret(name)) {
            m_banner->showMessage(MessageBanner::Level::Info,
                                  tr("Secret %1 was created. The filter would hide it: it was "
                                     "cleared.")
                                          .arg(name));
        } else {
            m_banner->showMessage(MessageBanner::Level::Info,
                                  tr("Secret %1 was created").arg(name));
        }
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
    followClient(dialog);
    connect(dialog, &NewVersionDialog::versionCreated, this,
            [this](const QString &secret, const QString &version) {
                m_banner->showMessage(MessageBanner::Level::Info,
                                      tr("Version %1 of %2 was created").arg(version, secret));
                if (secret != m_currentSecret)
                    return;
                m_board->reload(); // the server's truth: stages may have moved to it
                m_details->showSecret(secret);
                m_secretsPane->refresh();
            });
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

void MainWindow::stagePlan()
{
    if (!m_client)
        return;
    StagePlanDialog::Scope scope;
    scope.selected = selectedSecretNames();
    if (SecretListModel *secrets = m_secretsPane->model()) {
        scope.filterText = secrets->filterText();
        scope.filterTags = secrets->tagFilter();
        scope.filterState = secrets->stateFilter();
    }
    openBulkDialog(new StagePlanDialog(m_client, m_history, scope, this));
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
        m_details->showSecret(name,
                              m_secretsPane->idOf(name)); // the id from the list: tags in parallel
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
    const bool connected = m_client && m_secretsPane->model();
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
    // The ids from the same pass over the selection: one idOf() per name searched the whole list
    // each time (1,000 selected of 11,000 listed stalled the window 40 ms).
    const QStringList ids = connected ? m_secretsPane->selectedIds() : QStringList();
    QList<TagTarget> targets;
    for (int i = 0; i < selected.size(); ++i)
        targets.append({selected.at(i), ids.value(i)});
    m_admin->setSelection(targets);
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
    m_secretsPane->refresh();
    if (m_currentSecret.isEmpty() || m_gone.contains(m_currentSecret))
        return;
    m_board->reload();
    if (m_selectedCount <= 1)
        m_details->showSecret(m_currentSecret);
}

void MainWindow::openBulkDialog(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    closeWithClient(dialog);
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
    if (!m_client || !m_secretsPane->model())
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

void MainWindow::updateInFlight()
{
    const int inFlight = m_client ? m_client->inFlight() + m_client->queued() : 0;
    m_inFlightLabel->setText(inFlight == 0 ? tr("Idle")
                                           : tr("%n request(s) in flight", nullptr, inFlight));
    // A fixed size that only grows (issue 18): the count changes with every call, and a label
    // whose width followed it relaid out the status bar and the whole window each time.
    const QSize needed = m_inFlightLabel->sizeHint().expandedTo(m_inFlightLabel->minimumSize());
    if (needed != m_inFlightLabel->minimumSize())
        m_inFlightLabel->setFixedSize(needed);
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
    // The secrets table's columns: applied when a connection gives the table its model.
    m_secretsPane->restoreColumns(settings);
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("window"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("rightSplitter"), m_rightSplitter->saveState());
    m_secretsPane->saveColumns(settings);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_fitDetails)
        return;
    m_fitDetails = false;
    // The first time, with no layout of the user's: the stage board gets the space first. The
    // board five versions' worth of rows (its minimum keeps three); the value pane four lines
    // (one if the board would get less); the details the rest, up to the height their fields
    // need (two halves and the tags, at most two fifths of the column) and down to four lines,
    // where they scroll. In a short window (900x600) the Activity dock gives way to its
    // minimum, and if the board would still get less than five rows, the details collapse
    // (their splitter handle brings them back).
    QList<int> sizes = m_rightSplitter->sizes();
    int total = sizes.value(0) + sizes.value(1) + sizes.value(2);
    if (sizes.size() != 3 || total <= 0)
        return;
    const int valueMin = m_rightSplitter->widget(2)->minimumSizeHint().height(); // one line
    const int valueWanted = valueMin + 3 * fontMetrics().lineSpacing();
    const int boardMin = m_rightSplitter->widget(1)->minimumSizeHint().height();
    const int boardWanted = boardMin + 2 * m_board->view()->verticalHeader()->defaultSectionSize();
    // (their least is one line, for a small window; here a few lines or nothing)
    const int detailsMin = m_rightSplitter->widget(0)->minimumSizeHint().height()
                           + 4 * fontMetrics().lineSpacing();
    // (one spare line: a long description or instance id wraps)
    const int detailsHint
            = m_rightSplitter->widget(0)->sizeHint().height() + fontMetrics().lineSpacing();
    const int dockMin = m_activityDock->minimumSizeHint().height();
    if (total - qMin(detailsHint, total * 2 / 5) - valueMin < boardWanted
        && m_activityDock->isVisible() && !m_activityDock->isFloating()
        && m_activityDock->height() > dockMin) {
        resizeDocks({m_activityDock}, {dockMin}, Qt::Vertical);
        layout()->activate();
        sizes = m_rightSplitter->sizes();
        total = sizes.value(0) + sizes.value(1) + sizes.value(2);
    }
    const int value = qBound(valueMin, total - boardWanted, qMax(valueMin, valueWanted));
    int details = qMin(qMin(detailsHint, total * 2 / 5), total - value - boardWanted);
    if (total - value - boardWanted < detailsMin)
        details = 0; // the board first: five versions' worth of rows
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
