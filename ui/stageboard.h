// StageBoard: the stage board of the window: the StageBoardView on a VersionStageModel, the
// confirmation of risky changes (StageRules), the context menu (move to version…, add stage…,
// delete stage, roll back), the stage counter, undo commands and error reporting. Every change
// goes through the StageEditor; the board then shows the server's truth.
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
class VersionStageModel;
} // namespace keystage

namespace keystage::ui {

class StageBoardView;

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
    QString currentVersion() const; // the selected row's version id

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
    // A confirmation dialog opened (tests answer it) / a change was sent to the server.
    void confirmationShown(QDialog *dialog);
    void changeSent(const keystage::StageChange &change);

private:
    void updateCounter();
    void onOutcome(const StageOutcome &outcome);
    void pushUndo(const StageOutcome &outcome);
    void pushOrReport(const StageOutcome &outcome);
    // Errors of the changes the board started (the undo history reports its own).
    void reportFailure(const StageOutcome &outcome);
    // True when the profile is not production or the user typed its name (ProductionGuard).
    bool guardProduction(const QString &action);
    void refuse(const QString &headline, const QString &reason);
    // Runs `go` now, or after the confirmation when the prediction is risky. On a production
    // profile a risky change (and any change when alwaysGuard is set) also needs the profile name.
    void confirmThen(const QString &question, const StagePrediction &prediction,
                     const QString &acceptText, std::function<void()> go, bool alwaysGuard = false);
    void startMove(const QString &stage, const QString &from, const QString &to);

    QUndoStack *m_undoStack;
    QPointer<CsmsClient> m_client;
    StageEditor *m_editor = nullptr;
    VersionStageModel *m_model = nullptr;
    StageBoardView *m_view;
    QLabel *m_counter;
    QLabel *m_state;
    QToolButton *m_addButton;
    QToolButton *m_rollBackButton;
    QString m_profileId;
};

} // namespace keystage::ui
