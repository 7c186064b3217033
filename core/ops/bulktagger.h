// SPDX-License-Identifier: Apache-2.0
// BulkTagger: adds or removes the same tags on many secrets (BatchCreateOrDeleteTags, one call
// per secret), modelled on BulkDeleter: a bounded number of calls in flight (default 8,
// Priority::Bulk so interactive calls go first), progress, one result per secret, cancel, retry
// of the failed ones and a summary (BulkItemResult, BulkSummary).
//
// A result is Succeeded only when the server acknowledged the call; a 429 is an answer (nothing
// was done: Failed, RateLimited). A call that got no answer at all (the connection broke, the
// server died) is Unconfirmed: verifyUnconfirmed() reads those secrets' tags and settles them.
// The tags are checked against TagRules before anything is sent (start() refuses).
//
// Undo: before writing a secret the tagger reads its tags and keeps the prior value of each key
// the run touches; changes() holds, after a run, one SecretTagChange for every secret whose write
// the server acknowledged. replay() undoes (or redoes) such changes per secret with the stale
// check of the other edits: the secret's tags are re-read and, if a touched key no longer holds
// the value the change left, that secret is skipped (Failed, a Conflict) and nothing is written.
#pragma once

#include "core/ops/bulkdeleter.h"

#include <optional>

namespace keystage {

// One key a run changed on one secret: its value before and after (unset: absent).
struct TouchedTag
{
    QString key;
    std::optional<QString> before;
    std::optional<QString> after;
};

// What a run changed on one secret (only the keys whose value it changed).
struct SecretTagChange
{
    QString name;
    QString id;
    QList<TouchedTag> tags;
};

// A secret to tag: tags are addressed by the secret's id, results named by its name.
struct TagTarget
{
    QString name;
    QString id;
};

class BulkTagger : public QObject
{
    Q_OBJECT

public:
    explicit BulkTagger(CsmsClient *client, QObject *parent = nullptr);
    ~BulkTagger() override;

    int maxInFlight() const { return m_run.maxInFlight; }
    void setMaxInFlight(int limit); // at least 1; default 8

    // Empty when the tags may be sent with the action, else the translated reason: 1 to 20
    // tags, each by TagRules (a removal may name keys only).
    static QString tagsProblem(TagAction action, const QList<Tag> &tags);
    // Starts a run; false while one runs, without a client, or when tagsProblem() refuses.
    // Targets without an id or name are ignored, duplicates (by id) once.
    bool start(const QList<TagTarget> &targets, TagAction action, const QList<Tag> &tags);
    void cancel(); // stops starting new calls; in-flight ones finish
    bool retryFailed(); // Failed, Unconfirmed and NotTried again; false if none
    bool verifyUnconfirmed(); // reads the tags of every Unconfirmed secret
    // Puts the given changes back (undo: to their before values; else to their after values),
    // one result per change, in order. False while a run runs or without a client.
    bool replay(const QList<SecretTagChange> &changes, bool undo);

    // After a run (start, retryFailed, verifyUnconfirmed): the changes of the secrets that
    // succeeded in it and changed something. Empty after a replay().
    const QList<SecretTagChange> &changes() const { return m_runChanges; }

    bool isRunning() const { return m_run.running; }
    TagAction action() const { return m_action; }
    const QList<Tag> &tags() const { return m_tags; }
    int total() const { return m_run.total(); }
    int done() const { return m_run.done(); }
    const QList<BulkItemResult> &results() const { return m_run.results; }
    QStringList namesWith(BulkItemResult::Status status) const { return m_run.namesWith(status); }
    BulkSummary summary() const { return m_run.summary(); }

Q_SIGNALS:
    void progressed(int done, int total);
    void itemFinished(int index, const keystage::BulkItemResult &result);
    void finished(const keystage::BulkSummary &summary);
    // After every run: the secrets whose tags the server acknowledged changing.
    void tagsChanged(const QStringList &names);

private:
    void pump();
    void launch(int index);
    void write(int index, const QList<Tag> &current);
    void replayWrite(int index, const QList<Tag> &current);
    // wrote: the failed call was a write (no answer: Unconfirmed), not the read before it.
    void settle(int index, bool ok, const ApiError &error, bool wrote);
    void verifyNext();
    void finishIfDone();
    // Did the secret's tags (as read) get what the run asked?
    bool applied(int index, const QList<Tag> &current) const;
    // What the run's action does to current: the keys whose value it changes.
    QList<TouchedTag> touched(const QList<Tag> &current) const;

    QPointer<CsmsClient> m_client;
    TagAction m_action = TagAction::Create;
    QList<Tag> m_tags;
    QList<QString> m_ids; // parallel to m_run.results
    QList<SecretTagChange> m_changes; // parallel to m_run.results: as read before the write
    QList<int> m_succeededNow; // indices that succeeded in the current run
    QList<SecretTagChange> m_runChanges;
    bool m_replaying = false;
    bool m_undoing = false;
    BulkRun m_run;
};

} // namespace keystage
