// SPDX-License-Identifier: Apache-2.0
#include "ui/tags/bulktagcommand.h"

#include "ui/undohistory.h"

namespace keystage::ui {

BulkTagCommand::BulkTagCommand(QUndoStack *stack, CsmsClient *client, TagAction action,
                               const QList<Tag> &tags, const QList<SecretTagChange> &changes)
    : AsyncUndoCommand(stack)
    , m_client(client)
    , m_action(action)
    , m_tags(tags)
    , m_changes(changes)
{
    updateText();
}

void BulkTagCommand::updateText()
{
    QStringList what;
    for (const Tag &t : std::as_const(m_tags)) {
        what.append(m_action == TagAction::Create || !t.value.isEmpty()
                            ? t.key + QLatin1Char('=') + t.value
                            : t.key);
    }
    const int n = int(m_changes.size());
    const QString list = what.join(QStringLiteral(", "));
    setText(m_action == TagAction::Create
                    ? tr("Tag %n secret(s) with %1", nullptr, n).arg(list)
                    : tr("Remove the tag %1 from %n secret(s)", nullptr, n).arg(list));
}

void BulkTagCommand::start(Step step)
{
    if (!m_client) {
        finishStep(step, Result::Refused,
                   ApiError::validation(tr("The connection this change was made on is closed.")));
        return;
    }
    auto *tagger = new BulkTagger(m_client, context());
    QObject::connect(tagger, &BulkTagger::finished, context(),
                     [this, step, tagger]() { onFinished(step, tagger); });
    if (!tagger->replay(m_changes, step == Step::Undo)) {
        tagger->deleteLater();
        finishStep(step, Result::Refused, ApiError::validation(tr("Nothing to do.")));
    }
}

void BulkTagCommand::onFinished(Step step, BulkTagger *tagger)
{
    tagger->deleteLater();
    QList<SecretTagChange> succeeded;
    std::optional<ApiError> firstError;
    QStringList skipped;
    QStringList others;
    bool anyRefused = false;
    const QList<BulkItemResult> &results = tagger->results();
    for (int i = 0; i < results.size() && i < m_changes.size(); ++i) {
        const BulkItemResult &result = results.at(i);
        if (result.status == BulkItemResult::Status::Succeeded) {
            succeeded.append(m_changes.at(i));
            continue;
        }
        const ApiError error = result.error.value_or(ApiError::cancelled());
        if (!firstError)
            firstError = error;
        anyRefused = anyRefused || classify(error) == Result::Refused;
        (error.kind == ApiError::Kind::Conflict ? skipped : others) << result.secretName;
    }
    if (!succeeded.isEmpty()) {
        if (UndoHistory *h = history())
            Q_EMIT h->secretsChanged();
    }
    if (!firstError) {
        finishStep(step, Result::Done);
        return;
    }
    if (succeeded.isEmpty()) {
        // Nothing happened: keep the command when it may work later, else drop it.
        finishStep(step, anyRefused ? Result::Refused : Result::Failed, *firstError);
        return;
    }
    // Part of it happened: the command now stands for exactly those secrets.
    m_changes = succeeded;
    updateText();
    finishStep(step, Result::Done);
    if (UndoHistory *h = history()) {
        QStringList parts;
        if (!skipped.isEmpty())
            parts << tr("%n secret(s) skipped, their tags were changed elsewhere: %1", nullptr,
                        int(skipped.size()))
                             .arg(skipped.join(QStringLiteral(", ")));
        if (!others.isEmpty())
            parts << tr("%n secret(s) failed: %1", nullptr, int(others.size()))
                             .arg(others.join(QStringLiteral(", ")));
        Q_EMIT h->stepFailed(parts.join(QStringLiteral("; ")), *firstError, false);
    }
}

} // namespace keystage::ui
