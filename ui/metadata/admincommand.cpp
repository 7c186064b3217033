// SPDX-License-Identifier: Apache-2.0
#include "ui/metadata/admincommand.h"

#include "ui/undohistory.h"

namespace keystage::ui {

AdminCommand::AdminCommand(QUndoStack *stack, CsmsClient *client, Kind kind, const QString &secret)
    : AsyncUndoCommand(stack)
    , m_client(client)
    , m_kind(kind)
    , m_secret(secret)
{}

AdminCommand *AdminCommand::metadata(QUndoStack *stack, CsmsClient *client, const QString &secret,
                                     const SecretMetadata &before, const SecretMetadata &after)
{
    auto *c = new AdminCommand(stack, client, Kind::Metadata, secret);
    c->m_metaBefore = before;
    c->m_metaAfter = after;
    c->setText(tr("Edit the description and KMS key of %1").arg(secret));
    return c;
}

AdminCommand *AdminCommand::tags(QUndoStack *stack, CsmsClient *client, const QString &secret,
                                 const QString &secretId, const QList<Tag> &before,
                                 const QList<Tag> &after)
{
    auto *c = new AdminCommand(stack, client, Kind::Tags, secret);
    c->m_secretId = secretId;
    c->m_tagsBefore = before;
    c->m_tagsAfter = after;
    c->setText(tr("Edit the tags of %1").arg(secret));
    return c;
}

AdminCommand *AdminCommand::expiry(QUndoStack *stack, CsmsClient *client, const QString &secret,
                                   const QString &versionId, std::optional<qint64> before,
                                   std::optional<qint64> after)
{
    auto *c = new AdminCommand(stack, client, Kind::Expiry, secret);
    c->m_versionId = versionId;
    c->m_expiryBefore = before;
    c->m_expiryAfter = after;
    c->setText(after ? tr("Set the expiry of %1 %2").arg(secret, versionId)
                     : tr("Clear the expiry of %1 %2").arg(secret, versionId));
    return c;
}

void AdminCommand::setAfterStep(QObject *context, std::function<void()> afterStep)
{
    m_afterContext = context;
    m_afterStep = std::move(afterStep);
}

void AdminCommand::start(Step step)
{
    if (!m_client) {
        finishStep(step, Result::Refused,
                   ApiError::validation(tr("The connection this change was made on is closed.")));
        return;
    }
    auto *admin = new SecretAdmin(m_client, context());
    const bool undo = step == Step::Undo;
    auto done = [this, step, admin](const AdminOutcome &outcome) {
        admin->deleteLater();
        if (outcome.written) {
            if (UndoHistory *h = history())
                Q_EMIT h->secretsChanged();
            if (m_afterContext && m_afterStep)
                m_afterStep();
        }
        if (outcome.ok())
            finishStep(step, Result::Done);
        else
            finishStep(step, classify(*outcome.error), *outcome.error);
    };
    switch (m_kind) {
    case Kind::Metadata:
        admin->updateMetadata(m_secret, undo ? m_metaAfter : m_metaBefore,
                              undo ? m_metaBefore : m_metaAfter, context(), done);
        break;
    case Kind::Tags:
        admin->updateTags(m_secretId, undo ? m_tagsAfter : m_tagsBefore,
                          undo ? m_tagsBefore : m_tagsAfter, context(), done);
        break;
    case Kind::Expiry:
        admin->updateExpiry(m_secret, m_versionId, undo ? m_expiryAfter : m_expiryBefore,
                            undo ? m_expiryBefore : m_expiryAfter, context(), done);
        break;
    }
}

} // namespace keystage::ui
