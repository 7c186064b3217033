// SPDX-License-Identifier: Apache-2.0
#include "ui/undohistory.h"

#include "ui/asyncundocommand.h"

namespace keystage::ui {

UndoHistory::UndoHistory(QObject *parent)
    : QUndoStack(parent)
{
    setObjectName(QStringLiteral("undoHistory"));
}

UndoHistory::~UndoHistory()
{
    // The commands go while this object is still whole (QUndoStack would delete them later).
    if (m_busy)
        m_busy->disconnect(this);
    m_busy = nullptr;
    clear();
}

void UndoHistory::setBusy(QObject *token)
{
    if (m_busy == token)
        return;
    if (m_busy)
        m_busy->disconnect(this);
    m_busy = token;
    if (token) {
        connect(token, &QObject::destroyed, this, [this]() {
            m_busy = nullptr;
            Q_EMIT busyChanged(false);
        });
    }
    Q_EMIT busyChanged(isBusy());
}

void UndoHistory::setIdle(QObject *token)
{
    if (m_busy != token || !token)
        return;
    token->disconnect(this);
    m_busy = nullptr;
    Q_EMIT busyChanged(false);
}

void UndoHistory::tryUndo()
{
    if (isBusy() || !canUndo())
        return;
    guardThen(tr("Undo: %1").arg(undoText()), index() - 1, &QUndoStack::undo);
}

void UndoHistory::tryRedo()
{
    if (isBusy() || !canRedo())
        return;
    guardThen(tr("Redo: %1").arg(redoText()), index(), &QUndoStack::redo);
}

void UndoHistory::guardThen(const QString &step, int command, void (QUndoStack::*go)())
{
    const auto *async = dynamic_cast<const AsyncUndoCommand *>(this->command(command));
    if (!m_guard || (async && async->confirmsItself())) {
        (this->*go)();
        return;
    }
    // Busy while the guard asks: a second Ctrl+Z cannot ask twice or slip past it.
    auto *asking = new QObject(this);
    setBusy(asking);
    const int at = index();
    QPointer<UndoHistory> self = this;
    QPointer<QObject> token = asking;
    m_guard(step, [self, token, at, go](bool confirmed) {
        if (!self || !token)
            return;
        self->setIdle(token);
        delete token.data();
        if (confirmed && !self->isBusy() && self->index() == at)
            (self.data()->*go)();
    });
}

} // namespace keystage::ui
