// SPDX-License-Identifier: Apache-2.0
#include "ui/plan/plancommand.h"

#include "core/api/csmsclient.h"
#include "core/plan/planrunner.h"
#include "ui/undohistory.h"

namespace keystage::ui {

PlanCommand::PlanCommand(QUndoStack *stack, CsmsClient *client, const StagePlan &undoPlan,
                         const QString &text)
    : AsyncUndoCommand(stack)
    , m_client(client)
    , m_undo(undoPlan)
{
    setText(text);
}

void PlanCommand::start(Step step)
{
    if (!m_client) {
        finishStep(step, Result::Refused,
                   ApiError::validation(tr("The connection this change was made on is closed.")));
        return;
    }
    auto *runner = new PlanRunner(m_client, context());
    QObject::connect(runner, &PlanRunner::finished, context(),
                     [this, step, runner]() { onFinished(step, runner); });
    // The history's guard asked for this step (a production profile) before start().
    if (!runner->start(step == Step::Undo ? m_undo : m_redo, true)) {
        runner->deleteLater();
        finishStep(step, Result::Refused, ApiError::validation(tr("Nothing to do.")));
    }
}

void PlanCommand::onFinished(Step step, PlanRunner *runner)
{
    runner->deleteLater();
    const PlanSummary s = runner->summary();
    if (UndoHistory *h = history())
        Q_EMIT h->secretsChanged();
    std::optional<ApiError> firstError;
    for (const PlanResult &r : runner->results()) {
        if (r.status != PlanResult::Status::Done && r.status != PlanResult::Status::NotPlanned
            && !firstError)
            firstError = r.error.value_or(ApiError::validation(r.detail));
    }
    if (s.done == 0) {
        const ApiError error = firstError.value_or(ApiError::validation(tr("Nothing to do.")));
        finishStep(step, s.failed + s.unconfirmed > 0 ? classify(error) : Result::Refused, error);
        return;
    }
    // What this step did is what the next step in the other direction undoes.
    (step == Step::Undo ? m_redo : m_undo) = runner->inversePlan();
    finishStep(step, Result::Done);
    if (firstError) {
        if (UndoHistory *h = history())
            Q_EMIT h->stepFailed(tr("%1 of %2 secrets were not changed: %3")
                                         .arg(s.planned - s.done)
                                         .arg(s.planned)
                                         .arg(s.text()),
                                 *firstError, false);
    }
}

} // namespace keystage::ui
