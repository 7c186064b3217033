// SPDX-License-Identifier: Apache-2.0
// StageCommand: a stage change (move, create, delete, roll back) on the undo history. It is
// pushed after the server confirmed the change. undo() submits the inverse and redo() the change
// again to the StageEditor, the one door: the editor reads the secret and its versions from the
// server (the board may show another secret by now), applies the rules and the same stale check
// as a fresh change (a move or a delete must still find the stage where the command left it, a
// create must not find it, a roll back must find SYSCURRENT and SYSPREVIOUS where it left them),
// shows the same risk prompt a drag shows and, on a production profile, the production guard.
// Refusals settle the stack (AsyncUndoCommand).
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
    bool confirmsItself() const override { return true; }
    // The request an undo or redo submits (exposed for tests).
    StageRequest request(Step step) const;

protected:
    void start(Step step) override;

private:
    QPointer<StageEditor> m_editor;
    StageChange m_done;
    StageChange m_undo;
};

} // namespace keystage::ui
