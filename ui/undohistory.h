// SPDX-License-Identifier: Apache-2.0
// UndoHistory: the window's QUndoStack for changes that are replayed against the server.
// A command's undo()/redo() only starts the server call (AsyncUndoCommand); while it runs the
// history is busy and tryUndo()/tryRedo() do nothing, so the stack index always names the command
// whose call is in flight. When the server refuses, the command settles the stack itself (see
// AsyncUndoCommand) and the history reports why through stepFailed().
#pragma once

#include "core/api/apierror.h"

#include <QPointer>
#include <QUndoStack>
#include <functional>

namespace keystage::ui {

class UndoHistory : public QUndoStack
{
    Q_OBJECT

public:
    explicit UndoHistory(QObject *parent = nullptr);
    ~UndoHistory() override;

    bool isBusy() const { return !m_busy.isNull(); }
    // While `token` lives (or until setIdle(token)), the history is busy.
    void setBusy(QObject *token);
    void setIdle(QObject *token);
    // Asked before every undo and redo with the step's text ("Undo: Move BETA to v3"); the step
    // runs when the guard calls done(true), if the history is still where it was. The history is
    // busy while the guard asks. The window uses it for the production-profile guard. Commands
    // that ask through their own door (AsyncUndoCommand::confirmsItself) skip it.
    using Guard = std::function<void(const QString &step, std::function<void(bool go)> done)>;
    void setGuard(Guard guard) { m_guard = std::move(guard); }

public Q_SLOTS:
    // undo() / redo() unless a step is still running on the server.
    void tryUndo();
    void tryRedo();

Q_SIGNALS:
    void busyChanged(bool busy);
    // A step (undo or redo) finished on the server.
    void stepSucceeded(const QString &text);
    // The server refused (or never answered) a step. dropped: the command left the history.
    void stepFailed(const QString &headline, const keystage::ApiError &error, bool dropped);
    // Secrets were deleted or restored by a step: lists should be re-read.
    void secretsChanged();

private:
    void guardThen(const QString &step, int command, void (QUndoStack::*go)());

    QPointer<QObject> m_busy;
    Guard m_guard;
};

} // namespace keystage::ui
