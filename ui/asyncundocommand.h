// SPDX-License-Identifier: Apache-2.0
// AsyncUndoCommand: an undo command whose steps are server calls. It is pushed after the change
// was done on the server, so the first redo() does nothing. Later undo()/redo() call start(),
// which must end (later, from the event loop) with exactly one finishStep():
//  - Done: the step happened; the stack stays where QUndoStack put it.
//  - Refused: the server refused (stale state, gone, not allowed): the command becomes obsolete
//    and leaves the history, the stack index stays coherent (the commands around it keep their
//    order) and the history reports why.
//  - Failed: no answer or a transient error; the server state is unchanged as far as we know:
//    the stack is put back where it was before the step, so the user can try again. A step the
//    user declined at a prompt (Cancelled) is Failed too, without a report.
// While a step runs the UndoHistory is busy (tryUndo()/tryRedo() do nothing).
#pragma once

#include <QCoreApplication>

#include "core/api/apierror.h"

#include <QPointer>
#include <QUndoCommand>
#include <QUndoStack>
#include <memory>

namespace keystage::ui {

class UndoHistory;

class AsyncUndoCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(keystage::ui::AsyncUndoCommand)

public:
    enum class Step { Undo, Redo };
    enum class Result { Done, Refused, Failed };

    explicit AsyncUndoCommand(QUndoStack *stack);
    ~AsyncUndoCommand() override;

    void undo() final;
    void redo() final;
    bool isRunning() const { return m_running; }
    // The command's steps go through a door that asks the user itself (risk prompt, production
    // guard): the UndoHistory's guard does not ask again.
    virtual bool confirmsItself() const { return false; }

    // Refused for errors that say the server will not do it (conflict, not found, validation,
    // forbidden, quota, bad response), Failed for the others (network, timeout, 5xx, 429...).
    static Result classify(const ApiError &error);

protected:
    virtual void start(Step step) = 0;
    void finishStep(Step step, Result result, const ApiError &error = {});
    // Dies with the command: the context of every callback a step starts.
    QObject *context() const { return m_context.get(); }
    UndoHistory *history() const;

private:
    void run(Step step); // undo() and redo() once past their own checks
    void settle(Step step, Result result);

    QPointer<QUndoStack> m_stack;
    std::unique_ptr<QObject> m_context;
    bool m_first = true;
    bool m_skip = false;
    bool m_running = false;
};

} // namespace keystage::ui
