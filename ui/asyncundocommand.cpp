// SPDX-License-Identifier: Apache-2.0
#include "ui/asyncundocommand.h"

#include "ui/uilogging.h"
#include "ui/undohistory.h"

#include <QCoreApplication>
#include <QMetaObject>

namespace keystage::ui {

namespace {

int indexOf(const QUndoStack *stack, const QUndoCommand *command)
{
    for (int i = 0; i < stack->count(); ++i) {
        if (stack->command(i) == command)
            return i;
    }
    return -1;
}

} // namespace

AsyncUndoCommand::AsyncUndoCommand(QUndoStack *stack)
    : m_stack(stack)
    , m_context(std::make_unique<QObject>())
{}

AsyncUndoCommand::~AsyncUndoCommand() = default;

UndoHistory *AsyncUndoCommand::history() const
{
    return qobject_cast<UndoHistory *>(m_stack.data());
}

void AsyncUndoCommand::undo()
{
    run(Step::Undo);
}

void AsyncUndoCommand::redo()
{
    if (m_first) {
        m_first = false; // already done on the server
        return;
    }
    run(Step::Redo);
}

void AsyncUndoCommand::run(Step step)
{
    if (m_skip) {
        m_skip = false;
        return;
    }
    m_running = true;
    if (UndoHistory *h = history())
        h->setBusy(m_context.get());
    start(step);
}

AsyncUndoCommand::Result AsyncUndoCommand::classify(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Conflict:
    case ApiError::Kind::NotFound:
    case ApiError::Kind::Validation:
    case ApiError::Kind::Forbidden:
    case ApiError::Kind::Quota:
    case ApiError::Kind::BadResponse:
        return Result::Refused;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Unauthorized:
    case ApiError::Kind::RateLimited:
    case ApiError::Kind::Server:
    case ApiError::Kind::Cancelled:
        return Result::Failed;
    }
    return Result::Refused;
}

void AsyncUndoCommand::finishStep(Step step, Result result, const ApiError &error)
{
    m_running = false;
    UndoHistory *h = history();
    const QString what = text();
    if (result == Result::Done) {
        if (h) {
            h->setIdle(m_context.get());
            Q_EMIT h->stepSucceeded(what);
        }
        return;
    }
    const bool dropped = result == Result::Refused;
    QString headline = step == Step::Undo ? tr("Could not undo \"%1\"").arg(what)
                                          : tr("Could not redo \"%1\"").arg(what);
    headline += QLatin1Char(' ')
                + (dropped ? tr("(removed from the undo history)")
                           : tr("(nothing changed; you can try again)"));
    qCInfo(lcUi).noquote() << (step == Step::Undo ? "undo" : "redo") << "refused:" << what
                           << ApiError::kindName(error.kind) << error.code << "request id"
                           << error.requestId;
    // Settle the stack from the event loop: settling may delete this command, and the caller is
    // still inside one of its callbacks.
    QPointer<QObject> alive = m_context.get();
    QUndoStack *stack = m_stack.data();
    if (!stack)
        return;
    QMetaObject::invokeMethod(
            stack,
            [this, alive, step, result, headline, error, dropped, stack]() {
                if (!alive)
                    return;
                settle(step, result); // may delete this
                if (auto *h = qobject_cast<UndoHistory *>(stack)) {
                    h->setIdle(alive);
                    // The user said no to a prompt: nothing to report.
                    if (error.kind != ApiError::Kind::Cancelled)
                        Q_EMIT h->stepFailed(headline, error, dropped);
                }
            },
            Qt::QueuedConnection);
}

void AsyncUndoCommand::settle(Step step, Result result)
{
    QUndoStack *stack = m_stack.data();
    const int position = indexOf(stack, this);
    // After an undo the command sits at index() (the redo side); after a redo at index() - 1.
    const bool inPlace
            = position >= 0
              && (step == Step::Undo ? position == stack->index() : position == stack->index() - 1);
    if (!inPlace) {
        setObsolete(true);
        return;
    }
    if (result == Result::Refused)
        setObsolete(true); // QUndoStack removes an obsolete command instead of running it
    else
        m_skip = true; // put the index back without calling the server
    if (step == Step::Undo)
        stack->redo();
    else
        stack->undo();
}

} // namespace keystage::ui
