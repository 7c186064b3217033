// SPDX-License-Identifier: Apache-2.0
// DeletionCommand: a scheduled deletion on the undo history, for exactly the secrets whose
// scheduling the server acknowledged. undo() cancels the deletion of those secrets, redo()
// schedules it again with the same recovery window, both through a BulkDeleter. When the server
// refuses some of them (the secret was deleted for good, restored by someone else...), the command
// keeps only the secrets it succeeded for and the history reports the others; when it succeeded
// for none, the command leaves the history. Immediate deletions are never put on the history.
#pragma once

#include <QCoreApplication>

#include "core/api/csmsclient.h"
#include "ui/asyncundocommand.h"

#include <QPointer>
#include <QStringList>

namespace keystage {
class BulkDeleter;
}

namespace keystage::ui {

class DeletionCommand : public AsyncUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(keystage::ui::DeletionCommand)

public:
    DeletionCommand(QUndoStack *stack, CsmsClient *client, const QStringList &names,
                    int recoveryWindowDays);

    QStringList names() const { return m_names; }
    int recoveryWindowDays() const { return m_days; }

protected:
    void start(Step step) override;

private:
    void onFinished(Step step, BulkDeleter *deleter);
    void updateText();

    QPointer<CsmsClient> m_client;
    QStringList m_names;
    int m_days;
};

} // namespace keystage::ui
