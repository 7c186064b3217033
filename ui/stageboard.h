// SPDX-License-Identifier: Apache-2.0
// StageBoard: the stage board of the window: the StageBoardView on a VersionStageModel, the context
// menu (move to version…, add stage…, delete stage, roll back), the stage counter, undo commands
// and error reporting. Every change (a drop, Alt+Up/Down, the menu, the buttons, and the undo
// history's steps, which share the editor) enters the StageEditor, the one door; the board is the
// editor's StagePrompter: it shows the risk prompt (RiskyMoveDialog) and the production guard for
// every door alike. Actions the secret's state or the limits refuse are disabled, with the reason
// in their tooltip and in the board's status line.
#pragma once

#include "core/api/csmsclient.h"
#include "core/ops/stagechange.h"
#include "ui/messagebanner.h"

#include <QPointer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QMenu;
class QToolButton;
class QUndoStack;
QT_END_NAMESPACE

namespace keystage {
class StageEditor;
class StageOperation;
class VersionStageModel;
} // namespace keystage

namespace keystage::ui {

class StageBoardView;
class BoardPrompter;
class ExpiryController;

class StageBoard : public QWidget
{
    Q_OBJECT

public:
    StageBoard(QUndoStack *undoStack, QWidget *parent = nullptr);
    ~StageBoard() override;

    void setClient(CsmsClient *client); // builds the editor and the model for it
    void setSecret(const QString &secretName);
    QString secretName() const;

    VersionStageModel *model() const { return m_model; }
    StageEditor *editor() const { return m_editor; }
    StageBoardView *view() const { return m_view; }
    ExpiryController *expiry() const { return m_expiry; } // the Expires column (issue 19)
    QString currentVersion() const; // the selected row's version id

    // Why a new version of the shown secret would be refused now (its state); empty: allowed.
    QString newVersionRefusal() const;
    // Why stage changes of the shown secret are refused now (its state); empty: allowed.
    QString changeRefusal() const;
    QString statusText() const; // the board's status line

    // "Don't ask again until Keystage closes": process-wide, never saved.
    static bool confirmsRiskyChanges();
    static void setConfirmsRiskyChanges(bool confirm);

    // The menu the context menu shows for a row / chip (exposed for tests).
    QMenu *buildContextMenu(int row, const QString &stage, QWidget *parent);

public Q_SLOTS:
    void requestMove(const QString &stage, const QString &from, const QString &to);
    void requestAddStage(const QString &versionId);
    void requestDeleteStage(const QString &stage, const QString &holder);
    void requestRollBack();
    void reload();

Q_SIGNALS:
    void errorOccurred(const QString &headline, const keystage::ApiError &error);
    void messageShown(keystage::ui::MessageBanner::Level level, const QString &headline,
                      const QString &detail);
    void currentVersionChanged(const QString &versionId);
    // A dialog opened (tests answer it): a confirmation, a production guard, a move target.
    void confirmationShown(QDialog *dialog);
    // A change of the board's own passed its prompts and is being written.
    void changeSent(const keystage::StageChange &change);
    // The shown secret's state or traits changed: what is allowed may have changed.
    void secretTraitsChanged();

private:
    friend class BoardPrompter;
    void updateCounter();
    // Submits a change of the board's own, on the versions and secret the board shows.
    StageOperation *submit(StageRequest request, const QString &question,
                           const QString &acceptText);
    void pushOrReport(const StageOutcome &outcome);
    // Errors of the changes the board started (the undo history reports its own).
    void reportFailure(const StageOutcome &outcome);
    void refuse(const QString &headline, const QString &reason);

    QUndoStack *m_undoStack;
    QPointer<CsmsClient> m_client;
    StageEditor *m_editor = nullptr;
    VersionStageModel *m_model = nullptr;
    BoardPrompter *m_prompter = nullptr;
    StageBoardView *m_view;
    QLabel *m_counter;
    QLabel *m_state;
    QToolButton *m_addButton;
    QToolButton *m_rollBackButton;
    ExpiryController *m_expiry = nullptr;
};

} // namespace keystage::ui
