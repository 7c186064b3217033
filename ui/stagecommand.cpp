#include "ui/stagecommand.h"

#include "core/ops/stagerules.h"

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

void StageCommand::start(Step step)
{
    const StageChange change = step == Step::Undo ? m_undo : m_done;
    if (!m_editor || !m_editor->client() || !change.isValid()) {
        finishStep(step, Result::Refused,
                   ApiError::validation(tr("The connection this change was made on is closed.")));
        return;
    }
    // Create and roll back decide from the versions: read them from the server, not from what
    // the board happens to show (it may show another secret by now).
    if (change.kind == StageChange::Kind::Create || change.kind == StageChange::Kind::RollBack) {
        readVersions(step, change, QString(), {});
        return;
    }
    run(step, change, {});
}

void StageCommand::readVersions(Step step, const StageChange &change, const QString &marker,
                                QList<VersionMetadata> collected)
{
    m_editor->client()
            ->listVersions(change.secretName, marker, 1000)
            ->then(context(), [this, step, change, collected](const ApiResult<VersionPage> &r) {
                if (!r.ok()) {
                    finishStep(step, classify(r.error()), r.error());
                    return;
                }
                QList<VersionMetadata> all = collected;
                all.append(r->items);
                if (r->hasMore()) {
                    readVersions(step, change, r->pageInfo.nextMarker, all);
                    return;
                }
                run(step, change, toVersionStages(all));
            });
}

void StageCommand::run(Step step, const StageChange &change, const QList<VersionStages> &snapshot)
{
    if (!m_editor) {
        finishStep(step, Result::Refused,
                   ApiError::validation(tr("The connection this change was made on is closed.")));
        return;
    }
    if (change.kind == StageChange::Kind::RollBack) {
        const QString current = StageRules::holderOf(snapshot, StageRules::current());
        const QString previous = StageRules::holderOf(snapshot, StageRules::previous());
        if (current != change.from || previous != change.to) {
            ApiError stale;
            stale.kind = ApiError::Kind::Conflict;
            stale.message = tr("%1 of %2 is now on %3 and %4 on %5, not where this change left "
                               "them: someone else changed them. Nothing was written.")
                                    .arg(StageRules::current(), change.secretName, current,
                                         StageRules::previous(), previous);
            finishStep(step, Result::Refused, stale);
            return;
        }
    }
    StageOperation *op = m_editor->apply(change, snapshot);
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
