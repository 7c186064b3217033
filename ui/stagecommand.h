// StageCommand: a stage change (move, create, delete, roll back) on the undo history. It is
// pushed after the server confirmed the change. undo() runs the inverse and redo() the change
// again through the StageEditor, with the same stale-state check as a fresh change: a move or a
// delete re-reads the stage's holder first; a create re-reads the versions and refuses when the
// stage exists again; a roll back re-reads the versions and refuses unless SYSCURRENT and
// SYSPREVIOUS are still where the command left them. Refusals settle the stack (AsyncUndoCommand).
#pragma once

#include <QCoreApplication>

#include "core/ops/stagechange.h"
#include "core/ops/stageeditor.h"
#include "ui/asyncundocommand.h"

#include <QPointer>

namespace keystage::ui {

class StageCommand : public AsyncUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(keystage::ui::StageCommand)

public:
    StageCommand(QUndoStack *stack, StageEditor *editor, const StageChange &done,
                 const StageChange &undo);

    const StageChange &change() const { return m_done; }
    const StageChange &inverse() const { return m_undo; }

protected:
    void start(Step step) override;

private:
    void run(Step step, const StageChange &change, const QList<VersionStages> &snapshot);
    void readVersions(Step step, const StageChange &change, const QString &marker,
                      QList<VersionMetadata> collected);

    QPointer<StageEditor> m_editor;
    StageChange m_done;
    StageChange m_undo;
};

} // namespace keystage::ui
