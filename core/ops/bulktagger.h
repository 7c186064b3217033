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
#pragma once

#include "core/ops/bulkdeleter.h"

namespace keystage {

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

    int maxInFlight() const { return m_maxInFlight; }
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

    bool isRunning() const { return m_running; }
    TagAction action() const { return m_action; }
    const QList<Tag> &tags() const { return m_tags; }
    int total() const { return int(m_results.size()); }
    int done() const;
    const QList<BulkItemResult> &results() const { return m_results; }
    QStringList namesWith(BulkItemResult::Status status) const;
    BulkSummary summary() const;

Q_SIGNALS:
    void progressed(int done, int total);
    void itemFinished(int index, const keystage::BulkItemResult &result);
    void finished(const keystage::BulkSummary &summary);
    // After every run: the secrets whose tags the server acknowledged changing.
    void tagsChanged(const QStringList &names);

private:
    void pump();
    void launch(int index);
    void settle(int index, bool ok, const ApiError &error);
    void verifyNext();
    void finishIfDone();
    // Did the secret's tags (as read) get what the run asked?
    bool applied(const QList<Tag> &current) const;

    QPointer<CsmsClient> m_client;
    int m_maxInFlight = 8;
    TagAction m_action = TagAction::Create;
    QList<Tag> m_tags;
    QList<QString> m_ids; // parallel to m_results
    QList<BulkItemResult> m_results;
    QList<int> m_queue;
    QList<QPointer<ApiReply>> m_replies;
    int m_inFlight = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace keystage
