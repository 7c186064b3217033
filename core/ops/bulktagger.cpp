// SPDX-License-Identifier: Apache-2.0
#include "core/ops/bulktagger.h"

#include "core/admin/tagrules.h"
#include "core/ops/opslogging.h"

#include <QSet>

namespace keystage {

using Status = BulkItemResult::Status;

namespace {

std::optional<QString> valueOf(const QList<Tag> &tags, const QString &key)
{
    for (const Tag &t : tags) {
        if (t.key == key)
            return t.value;
    }
    return std::nullopt;
}

} // namespace

BulkTagger::BulkTagger(CsmsClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

BulkTagger::~BulkTagger()
{
    m_run.abortAll();
}

void BulkTagger::setMaxInFlight(int limit)
{
    m_run.maxInFlight = qMax(1, limit);
}

QString BulkTagger::tagsProblem(TagAction action, const QList<Tag> &tags)
{
    if (tags.isEmpty())
        return TagRules::tr("Name at least one tag.");
    if (action == TagAction::Create)
        return TagRules::listProblem(tags);
    QSet<QString> keys;
    for (const Tag &tag : tags) {
        if (QString p = TagRules::keyProblem(tag.key); !p.isEmpty())
            return p;
        keys.insert(tag.key);
    }
    if (tags.size() > TagRules::maxTagsPerSecret)
        return TagRules::tr("At most %1 tags in one change.").arg(TagRules::maxTagsPerSecret);
    return {};
}

bool BulkTagger::start(const QList<TagTarget> &targets, TagAction action, const QList<Tag> &tags)
{
    if (m_run.running || !m_client || !tagsProblem(action, tags).isEmpty())
        return false;
    m_action = action;
    m_tags = tags;
    m_replaying = false;
    m_run.clear();
    m_ids.clear();
    m_changes.clear();
    m_succeededNow.clear();
    m_runChanges.clear();
    for (const TagTarget &t : targets) {
        if (t.name.isEmpty() || !m_run.add(t.id, t.name))
            continue;
        m_ids.append(t.id);
        m_changes.append({t.name, t.id, {}});
    }
    m_run.begin();
    qCInfo(lcOps) << "bulk tag" << (action == TagAction::Create ? "create" : "delete") << "on"
                  << m_run.total() << "secrets";
    pump();
    finishIfDone();
    return true;
}

void BulkTagger::cancel()
{
    if (!m_run.cancel())
        return;
    Q_EMIT progressed(done(), total());
    finishIfDone();
}

bool BulkTagger::retryFailed()
{
    if (m_run.running || !m_client || !m_run.requeueUnfinished())
        return false;
    m_succeededNow.clear();
    m_run.begin();
    pump();
    return true;
}

bool BulkTagger::replay(const QList<SecretTagChange> &changes, bool undo)
{
    if (m_run.running || !m_client)
        return false;
    m_replaying = true;
    m_undoing = undo;
    m_run.clear();
    m_ids.clear();
    m_changes.clear();
    m_succeededNow.clear();
    m_runChanges.clear();
    for (const SecretTagChange &c : changes) {
        m_run.append(c.name);
        m_ids.append(c.id);
        m_changes.append(c);
    }
    m_run.begin();
    qCInfo(lcOps) << "bulk tag" << (undo ? "undo" : "redo") << "on" << m_run.total() << "secrets";
    pump();
    finishIfDone();
    return true;
}

void BulkTagger::pump()
{
    if (m_client)
        m_run.pump([this](int index) { launch(index); });
}

void BulkTagger::launch(int index)
{
    // First the tags as they are: what the write changes is what undo puts back.
    Reply<SecretTags> *read = m_client->listTags(m_ids.at(index), CsmsClient::Priority::Bulk);
    m_run.track(index, read);
    read->then(this, [this, index](const ApiResult<SecretTags> &r) {
        m_run.track(index, nullptr);
        if (!r.ok())
            return settle(index, false, r.error(), false); // nothing was written
        if (m_run.cancelled || !m_client)
            return settle(index, false, ApiError::cancelled(), false);
        if (m_replaying)
            replayWrite(index, r->tags);
        else
            write(index, r->tags);
    });
}

QList<TouchedTag> BulkTagger::touched(const QList<Tag> &current) const
{
    QList<TouchedTag> result;
    QSet<QString> seen;
    for (const Tag &tag : m_tags) {
        if (seen.contains(tag.key))
            continue;
        seen.insert(tag.key);
        const std::optional<QString> before = valueOf(current, tag.key);
        if (m_action == TagAction::Create && before != tag.value)
            result.append({tag.key, before, tag.value});
        if (m_action == TagAction::Delete && before
            && (tag.value.isEmpty() || *before == tag.value))
            result.append({tag.key, before, std::nullopt});
    }
    return result;
}

void BulkTagger::write(int index, const QList<Tag> &current)
{
    m_changes[index].tags = touched(current);
    ApiReply *reply
            = m_client->tagAction(m_ids.at(index), m_action, m_tags, CsmsClient::Priority::Bulk);
    m_run.track(index, reply);
    connect(reply, &ApiReply::finished, this,
            [this, index, reply]() { settle(index, reply->isOk(), reply->error(), true); });
}

void BulkTagger::replayWrite(int index, const QList<Tag> &current)
{
    const SecretTagChange &change = m_changes.at(index);
    QList<Tag> deletions;
    QList<Tag> creations;
    for (const TouchedTag &t : change.tags) {
        const std::optional<QString> &from = m_undoing ? t.after : t.before;
        const std::optional<QString> &to = m_undoing ? t.before : t.after;
        if (valueOf(current, t.key) != from) {
            ApiError stale;
            stale.kind = ApiError::Kind::Conflict;
            stale.message = tr("The tag %1 of %2 was changed elsewhere since: skipped, "
                               "nothing was written.")
                                    .arg(t.key, change.name);
            return settle(index, false, stale, false);
        }
        if (to)
            creations.append({t.key, *to});
        else
            deletions.append({t.key, QString()});
    }
    const QString id = m_ids.at(index);
    auto create = [this, index, id, creations](bool wrote) {
        if (creations.isEmpty())
            return settle(index, true, {}, wrote);
        if (!m_client)
            return settle(index, false, ApiError::cancelled(), wrote);
        ApiReply *reply
                = m_client->tagAction(id, TagAction::Create, creations, CsmsClient::Priority::Bulk);
        m_run.track(index, reply);
        connect(reply, &ApiReply::finished, this,
                [this, index, reply]() { settle(index, reply->isOk(), reply->error(), true); });
    };
    if (deletions.isEmpty())
        return create(false);
    ApiReply *reply
            = m_client->tagAction(id, TagAction::Delete, deletions, CsmsClient::Priority::Bulk);
    m_run.track(index, reply);
    connect(reply, &ApiReply::finished, this, [this, index, reply, create]() {
        m_run.track(index, nullptr);
        if (reply->isOk())
            create(true);
        else
            settle(index, false, reply->error(), true);
    });
}

void BulkTagger::settle(int index, bool ok, const ApiError &error, bool wrote)
{
    BulkItemResult &result = m_run.settle(index);
    if (ok) {
        result.status = Status::Succeeded;
        result.error.reset();
        m_succeededNow.append(index);
    } else if (error.kind == ApiError::Kind::Cancelled && !wrote) {
        result.status = Status::NotTried; // cancelled between the read and the write
        result.error.reset();
    } else {
        // No HTTP response to a write: it may have been carried out before the connection broke.
        const bool unanswered = wrote && BulkRun::isUnanswered(error);
        result.status = unanswered ? Status::Unconfirmed : Status::Failed;
        result.error = error;
    }
    Q_EMIT itemFinished(index, result);
    Q_EMIT progressed(done(), total());
    pump();
    finishIfDone();
}

void BulkTagger::finishIfDone()
{
    if (!m_run.running || !m_run.isIdle())
        return;
    m_run.running = false;
    m_runChanges.clear();
    if (!m_replaying) {
        std::sort(m_succeededNow.begin(), m_succeededNow.end());
        for (int index : std::as_const(m_succeededNow)) {
            if (!m_changes.at(index).tags.isEmpty())
                m_runChanges.append(m_changes.at(index));
        }
    }
    m_succeededNow.clear();
    const BulkSummary s = summary();
    qCInfo(lcOps).noquote() << "bulk tag finished:" << s.succeeded << "ok" << s.failed << "failed"
                            << s.unconfirmed << "unconfirmed" << s.notTried << "not tried";
    const QStringList names = namesWith(Status::Succeeded);
    if (!names.isEmpty())
        Q_EMIT tagsChanged(names);
    Q_EMIT finished(s);
}

bool BulkTagger::applied(int index, const QList<Tag> &current) const
{
    if (m_replaying) {
        for (const TouchedTag &t : m_changes.at(index).tags) {
            if (valueOf(current, t.key) != (m_undoing ? t.before : t.after))
                return false;
        }
        return true;
    }
    for (const Tag &wanted : m_tags) {
        const auto it = std::find_if(current.begin(), current.end(),
                                     [&](const Tag &t) { return t.key == wanted.key; });
        if (m_action == TagAction::Create && (it == current.end() || it->value != wanted.value))
            return false;
        if (m_action == TagAction::Delete && it != current.end()
            && (wanted.value.isEmpty() || it->value == wanted.value))
            return false;
    }
    return true;
}

bool BulkTagger::verifyUnconfirmed()
{
    if (m_run.running || !m_client || !m_run.queueUnconfirmed())
        return false;
    m_succeededNow.clear();
    m_run.running = true;
    verifyNext();
    return true;
}

void BulkTagger::verifyNext()
{
    while (m_run.inFlight < m_run.maxInFlight && !m_run.queue.isEmpty() && m_client) {
        const int index = m_run.queue.takeFirst();
        ++m_run.inFlight;
        m_client->listTags(m_ids.at(index), CsmsClient::Priority::Bulk)
                ->then(this, [this, index](const ApiResult<SecretTags> &r) {
                    --m_run.inFlight;
                    BulkItemResult &result = m_run.results[index];
                    if (r.ok()) {
                        const bool done = applied(index, r->tags);
                        result.status = done ? Status::Succeeded : Status::Failed;
                        if (done) {
                            result.error.reset();
                            m_succeededNow.append(index);
                        }
                        Q_EMIT itemFinished(index, result);
                    }
                    if (m_run.isIdle())
                        finishIfDone();
                    else
                        verifyNext();
                });
    }
    if (m_run.isIdle())
        finishIfDone();
}

} // namespace keystage
