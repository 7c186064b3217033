// SPDX-License-Identifier: Apache-2.0
// MainWindow: the Keystage window. Left: profile selector, filter box, secrets table. Right:
// details, the stage board and the value panel. Bottom: the Activity dock. A status bar with the
// connection, the requests in flight and the clipboard countdown; one non-modal banner.
// The window holds no connection logic: SessionController gives it a CsmsClient (or none).
#pragma once

#include "core/api/csmsclient.h"
#include <QMainWindow>
#include <QPointer>
#include <QSet>

QT_BEGIN_NAMESPACE
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QDockWidget;
class QToolBar;
class QUndoStack;
QT_END_NAMESPACE

namespace keystage {
class ActivityModel;
class BulkDeleter;
class SecretListModel;
} // namespace keystage

namespace keystage::ui {

class ActivityPane;
class BulkDeleteDialog;
class ClipboardGuard;
class E2eProbe;
class StageBoard;
class DetailsPanel;
class MessageBanner;
class SecretAdminActions;
class SecretFilterBar;
class SecretsPane;
class UndoHistory;
class ValuePanel;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class ConnectionState { Disconnected, Connecting, Connected, Failed };
    Q_ENUM(ConnectionState)

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // The client of the connected profile, or nullptr. Not owned; the window drops everything it
    // built on the previous client.
    void setClient(CsmsClient *client);
    CsmsClient *client() const { return m_client; }
    void setConnectionState(ConnectionState state, const QString &text);
    ConnectionState connectionState() const { return m_connectionState; }
    // Fills the profile selector: (id, display name) pairs; current is selected.
    void setProfiles(const QList<QPair<QString, QString>> &profiles, const QString &current);

    MessageBanner *banner() const { return m_banner; }
    ClipboardGuard *clipboard() const { return m_clipboard; }
    ValuePanel *valuePanel() const { return m_valuePanel; }
    DetailsPanel *detailsPanel() const { return m_details; }
    QUndoStack *undoStack() const;
    UndoHistory *undoHistory() const { return m_history; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    QAction *newSecretAction() const { return m_newSecretAction; }
    QAction *newVersionAction() const { return m_newVersionAction; }
    QAction *compareAction() const { return m_compareAction; }
    QToolBar *toolBar() const { return m_toolBar; }
    QLabel *productionMarker() const { return m_productionMarker; }
    SecretsPane *secretsPane() const { return m_secretsPane; }
    // The secrets pane's parts (SecretsPane owns them).
    QTableView *secretsView() const;
    QLineEdit *filterEdit() const;
    SecretFilterBar *filterBar() const;
    SecretListModel *secretsModel() const;
    StageBoard *stageBoard() const { return m_board; }
    ActivityModel *activityModel() const { return m_activity; }
    // The names of the selected secrets, in table order.
    QStringList selectedSecretNames(bool pendingDeleteOnly = false) const;
    QString currentSecretName() const { return m_currentSecret; }
    // What the empty secrets table says ("No secret matches …"); empty while it has rows.
    QString emptyListText() const;

    // Settings: geometry, dock and splitter states only (never a secret, never a value).
    void restoreLayout();
    void saveLayout() const;

public Q_SLOTS:
    void refresh();
    // Bulk operations on the selection (dialogs with typed confirmation).
    void deleteSelectedSecrets();
    // The selected secrets' names, one per line, to the clipboard (names only, never a value).
    void copySelectedNames();
    void restoreSelectedSecrets();
    void deleteByInstance();
    // "New secret…" and "New version…" of the current secret.
    void newSecret();
    void newVersion();
    void compareValues(); // Secrets > Compare values… (issue 20)
    void stagePlan(); // Secrets > Stage plan… (issue 20)
    // Help > About Keystage: version, the Qt it runs on, where its settings are kept.
    void showAbout();

Q_SIGNALS:
    void profileChosen(const QString &profileId);
    void profilesRequested(); // File > Connection profiles…
    void currentSecretChanged(const QString &name);
    // The window's client changed (setClient): the panes and every dialog working on a client
    // follow this one signal (a New secret or New version dialog keeps its profile's client,
    // the deletion dialogs close).
    void clientChanged(keystage::CsmsClient *client);
    // A bulk dialog opened (tests drive it).
    void bulkDialogOpened(QDialog *dialog);
    // Another dialog opened (new secret, new version); tests drive it.
    void dialogOpened(QDialog *dialog);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildActions();
    void buildMenus();
    void buildCentral();
    void buildDock();
    void buildStatusBar();
    void buildToolBar();
    // Title and toolbar marker for the connected profile (production: the coloured marker).
    void updateProfileMarker();
    void updateInFlight();
    void updateClipboardCountdown(int secondsLeft);
    // The selection changed: the details, board, value and actions follow the selected secrets.
    void syncSelection();
    // A dialog that works on the window's client follows clientChanged(): it goes with its
    // client, or (New secret, New version) stays for a reconnection to its own profile.
    template<typename Dialog>
    void followClient(Dialog *dialog);
    void closeWithClient(QDialog *dialog);
    // Immediate deletions, by whichever door, drop the deleted secrets from the panels.
    void watchDeletions(BulkDeleter *deleter);
    void forgetSecrets(const QStringList &names);
    void updateActions();
    void openBulkDialog(QDialog *dialog);
    void updateUndoActions();
    // Scheduled deletions the dialog's runs acknowledged go on the undo history (immediate ones
    // never do: they cannot be undone).
    void recordScheduledDeletions(BulkDeleteDialog *dialog);

    QPointer<CsmsClient> m_client;
    ConnectionState m_connectionState = ConnectionState::Disconnected;
    ClipboardGuard *m_clipboard;
    UndoHistory *m_history;
    MessageBanner *m_banner = nullptr;
    QComboBox *m_profiles = nullptr;
    SecretsPane *m_secretsPane = nullptr;
    DetailsPanel *m_details = nullptr;
    StageBoard *m_board = nullptr;
    ActivityModel *m_activity = nullptr;
    E2eProbe *m_probe = nullptr;
    QString m_currentSecret; // the one selected secret; empty with none or several selected
    int m_selectedCount = 0;
    QSet<QString> m_gone; // deleted for good in this session: never read again
    ValuePanel *m_valuePanel = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_rightSplitter = nullptr;
    QDockWidget *m_activityDock = nullptr;
    ActivityPane *m_activityPane = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_inFlightLabel = nullptr;
    bool m_inFlightPending = false; // an update of the label is due within a frame
    QLabel *m_clipboardLabel = nullptr;

    QAction *m_refreshAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_profilesAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_copyNamesAction = nullptr;
    QAction *m_instanceDeleteAction = nullptr;
    QAction *m_newSecretAction = nullptr;
    QAction *m_newVersionAction = nullptr;
    QAction *m_compareAction = nullptr;
    SecretAdminActions *m_admin = nullptr; // issue 19: metadata, tags, bulk tags
    QToolBar *m_toolBar = nullptr;
    QLabel *m_productionMarker = nullptr;
    bool m_fitDetails = false; // no saved splitter state: size the details to their content
};

} // namespace keystage::ui
