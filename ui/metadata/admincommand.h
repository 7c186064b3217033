// SPDX-License-Identifier: Apache-2.0
// AdminCommand: a change of a secret's metadata, its tags or a version's expiry on the undo
// history. It is pushed after the server acknowledged the change; undo() and redo() replay it
// through SecretAdmin with before and after swapped, so each step re-reads and compares first:
// a value changed elsewhere meanwhile refuses the step (the command leaves the history) and
// nothing is written. The window's undo guard asks for the profile name on a production profile.
#pragma once

#include <QCoreApplication>

#include "core/admin/secretadmin.h"
#include "ui/asyncundocommand.h"

#include <QPointer>
#include <functional>
#include <optional>

namespace keystage::ui {

class AdminCommand : public AsyncUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(keystage::ui::AdminCommand)

public:
    enum class Kind { Metadata, Tags, Expiry };

    static AdminCommand *metadata(QUndoStack *stack, CsmsClient *client, const QString &secret,
                                  const SecretMetadata &before, const SecretMetadata &after);
    static AdminCommand *tags(QUndoStack *stack, CsmsClient *client, const QString &secret,
                              const QString &secretId, const QList<Tag> &before,
                              const QList<Tag> &after);
    static AdminCommand *expiry(QUndoStack *stack, CsmsClient *client, const QString &secret,
                                const QString &versionId, std::optional<qint64> before,
                                std::optional<qint64> after);

    Kind kind() const { return m_kind; }
    QString secretName() const { return m_secret; }
    // Runs after every step the server acknowledged (the board re-reads its versions), while
    // context lives.
    void setAfterStep(QObject *context, std::function<void()> afterStep);

protected:
    void start(Step step) override;

private:
    AdminCommand(QUndoStack *stack, CsmsClient *client, Kind kind, const QString &secret);

    QPointer<CsmsClient> m_client;
    Kind m_kind;
    QString m_secret;
    QString m_secretId;
    QString m_versionId;
    SecretMetadata m_metaBefore, m_metaAfter;
    QList<Tag> m_tagsBefore, m_tagsAfter;
    std::optional<qint64> m_expiryBefore, m_expiryAfter;
    QPointer<QObject> m_afterContext;
    std::function<void()> m_afterStep;
};

} // namespace keystage::ui
