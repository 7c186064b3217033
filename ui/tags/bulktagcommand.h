// SPDX-License-Identifier: Apache-2.0
// BulkTagCommand: one bulk tag run on the undo history, for exactly the secrets whose write the
// server acknowledged. undo() puts back each secret's prior values of the keys the run changed
// (deletes keys that were absent, re-creates old values), redo() applies the run again, both
// through BulkTagger::replay(): a secret whose tags were changed elsewhere since is skipped and
// reported, never overwritten. The command then stands for the secrets its step succeeded for;
// when none, it leaves the history. The window's undo guard asks once on a production profile.
#pragma once

#include <QCoreApplication>

#include "core/ops/bulktagger.h"
#include "ui/asyncundocommand.h"

#include <QPointer>

namespace keystage::ui {

class BulkTagCommand : public AsyncUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(keystage::ui::BulkTagCommand)

public:
    // changes: BulkTagger::changes() after the run; action and tags name it.
    BulkTagCommand(QUndoStack *stack, CsmsClient *client, TagAction action, const QList<Tag> &tags,
                   const QList<SecretTagChange> &changes);

    const QList<SecretTagChange> &changes() const { return m_changes; }

protected:
    void start(Step step) override;

private:
    void onFinished(Step step, BulkTagger *tagger);
    void updateText();

    QPointer<CsmsClient> m_client;
    TagAction m_action;
    QList<Tag> m_tags;
    QList<SecretTagChange> m_changes;
};

} // namespace keystage::ui
