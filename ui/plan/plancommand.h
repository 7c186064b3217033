// SPDX-License-Identifier: Apache-2.0
// PlanCommand: an applied stage plan as one step of the window's undo history. undo() applies the
// inverse plan (each row re-read and checked, a secret changed since is skipped), redo() the
// inverse of what the undo did, both through a PlanRunner and so through StageEditor. The
// history's guard asks once per step on a production profile (the runner is told it was asked).
#pragma once

#include "core/plan/stageplan.h"
#include "ui/asyncundocommand.h"

#include <QCoreApplication>
#include <QPointer>

namespace keystage {
class CsmsClient;
class PlanRunner;
} // namespace keystage

namespace keystage::ui {

class PlanCommand : public AsyncUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(keystage::ui::PlanCommand)

public:
    // undoPlan: PlanRunner::inversePlan() of the applied run; text: what was applied.
    PlanCommand(QUndoStack *stack, CsmsClient *client, const StagePlan &undoPlan,
                const QString &text);

    const StagePlan &undoPlan() const { return m_undo; }

protected:
    void start(Step step) override;

private:
    void onFinished(Step step, PlanRunner *runner);

    QPointer<CsmsClient> m_client;
    StagePlan m_undo; // applied by the next undo
    StagePlan m_redo; // applied by the next redo
};

} // namespace keystage::ui
