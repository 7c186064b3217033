// SPDX-License-Identifier: Apache-2.0
#include "ui/stagecommand.h"

#include <QCoreApplication>

namespace keystage::ui {

StageCommand::StageCommand(QUndoStack *stack, StageEditor *editor, const StageChange &done,
                           const StageChange &undo)
    : AsyncUndoCommand(stack)
    , m_editor(editor)
    , m_done(done)
    , m_undo(undo)
{
    setText(done.describe());
}

StageRequest StageCommand::request(Step step) const
{
    StageRequest request;
    request.change = step == Step::Undo ? m_undo : m_done;
    request.origin = step == Step::Undo ? StageRequest::Origin::Undo : StageRequest::Origin::Redo;
    // No versions: the editor reads the server's. The prompts name what the step does.
    if (step == Step::Undo) {
        request.question = tr("Undo \"%1\"?").arg(text());
        request.acceptText = tr("Undo");
        request.action = tr("Undo: %1").arg(text());
    } else {
        request.question = tr("Redo \"%1\"?").arg(text());
        request.acceptText = tr("Redo");
        request.action = tr("Redo: %1").arg(text());
    }
    return request;
}

void StageCommand::start(Step step)
{
    const StageRequest request = this->request(step);
    if (!m_editor || !m_editor->client() || !request.change.isValid()) {
        finishStep(step, Result::Refused,
                   ApiError::validation(tr("The connection this change was made on is closed.")));
        return;
    }
    StageOperation *op = m_editor->submit(request);
    QObject::connect(
            op, &StageOperation::finished, context(), [this, step](const StageOutcome &outcome) {
                if (outcome.ok()) {
                    finishStep(step, Result::Done);
                    return;
                }
                // A half-done roll back changed the server: never offer it again.
                const Result result = outcome.partial ? Result::Refused : classify(*outcome.error);
                finishStep(step, result, *outcome.error);
            });
}

} // namespace keystage::ui
