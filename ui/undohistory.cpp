#include "ui/undohistory.h"

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
    if (m_guard && !m_guard(tr("Undo: %1").arg(undoText())))
        return;
    undo();
}

void UndoHistory::tryRedo()
{
    if (isBusy() || !canRedo())
        return;
    if (m_guard && !m_guard(tr("Redo: %1").arg(redoText())))
        return;
    redo();
}

} // namespace keystage::ui
