// SPDX-License-Identifier: Apache-2.0
#include "ui/deletioncommand.h"

#include "core/ops/bulkdeleter.h"
#include "ui/undohistory.h"

#include <QCoreApplication>

namespace keystage::ui {

DeletionCommand::DeletionCommand(QUndoStack *stack, CsmsClient *client, const QStringList &names,
                                 int recoveryWindowDays)
    : AsyncUndoCommand(stack)
    , m_client(client)
    , m_names(names)
    , m_days(recoveryWindowDays)
{
    updateText();
}

void DeletionCommand::updateText()
{
    if (m_names.size() == 1)
        setText(tr("Schedule deletion of %1").arg(m_names.constFirst()));
    else
        setText(tr("Schedule deletion of %n secret(s)", nullptr, int(m_names.size())));
}

void DeletionCommand::start(Step step)
{
    if (!m_client) {
        finishStep(step, Result::Refused,
                   ApiError::validation(tr("The connection this change was made on is closed.")));
        return;
    }
    auto *deleter = new BulkDeleter(m_client, context());
    QObject::connect(deleter, &BulkDeleter::finished, context(),
                     [this, step, deleter]() { onFinished(step, deleter); });
    const BulkDeleter::Mode mode
            = step == Step::Undo ? BulkDeleter::Mode::Restore : BulkDeleter::Mode::Scheduled;
    if (!deleter->start(m_names, mode, m_days)) {
        deleter->deleteLater();
        finishStep(step, Result::Refused, ApiError::validation(tr("Nothing to do.")));
    }
}

void DeletionCommand::onFinished(Step step, BulkDeleter *deleter)
{
    deleter->deleteLater();
    const QStringList succeeded = deleter->namesWith(BulkItemResult::Status::Succeeded);
    std::optional<ApiError> firstError;
    QStringList refused;
    QStringList failed;
    for (const BulkItemResult &result : deleter->results()) {
        if (result.status == BulkItemResult::Status::Succeeded)
            continue;
        const ApiError error = result.error.value_or(ApiError::cancelled());
        if (!firstError)
            firstError = error;
        (classify(error) == Result::Refused ? refused : failed) << result.secretName;
    }
    if (UndoHistory *h = history())
        Q_EMIT h->secretsChanged();
    if (!firstError) {
        finishStep(step, Result::Done);
        return;
    }
    if (succeeded.isEmpty()) {
        // Nothing happened: keep the command when it may work later, else drop it.
        finishStep(step, refused.isEmpty() ? Result::Failed : Result::Refused, *firstError);
        return;
    }
    // Part of it happened: the command now stands for exactly those secrets.
    const QStringList others = refused + failed;
    m_names = succeeded;
    updateText();
    finishStep(step, Result::Done);
    if (UndoHistory *h = history()) {
        const QString headline
                = (step == Step::Undo
                           ? tr("The deletion of %n secret(s) could not be cancelled: %1", nullptr,
                                int(others.size()))
                           : tr("%n secret(s) could not be scheduled for deletion "
                                "again: %1",
                                nullptr, int(others.size())))
                          .arg(others.join(QStringLiteral(", ")));
        Q_EMIT h->stepFailed(headline, *firstError, false);
    }
}

} // namespace keystage::ui
