// SPDX-License-Identifier: Apache-2.0
#include "core/ops/bulktagger.h"

#include "core/admin/tagrules.h"
#include "core/ops/opslogging.h"

#include <QSet>

namespace keystage {

using Status = BulkItemResult::Status;

BulkTagger::BulkTagger(CsmsClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

BulkTagger::~BulkTagger()
{
    m_queue.clear();
    for (const QPointer<ApiReply> &reply : std::as_const(m_replies)) {
        if (reply)
            reply->abort();
    }
}

void BulkTagger::setMaxInFlight(int limit)
{
    m_maxInFlight = qMax(1, limit);
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
    if (m_running || !m_client || !tagsProblem(action, tags).isEmpty())
        return false;
    m_action = action;
    m_tags = tags;
    m_results.clear();
    m_ids.clear();
    m_replies.clear();
    m_queue.clear();
    QSet<QString> seen;
    for (const TagTarget &t : targets) {
        if (t.id.isEmpty() || t.name.isEmpty() || seen.contains(t.id))
            continue;
        seen.insert(t.id);
        m_queue.append(int(m_results.size()));
        m_results.append({t.name, Status::Waiting, std::nullopt});
        m_ids.append(t.id);
    }
    m_replies.resize(m_results.size());
    m_cancelled = false;
    m_running = true;
    qCInfo(lcOps) << "bulk tag" << (action == TagAction::Create ? "create" : "delete") << "on"
                  << m_results.size() << "secrets";
    pump();
    finishIfDone();
    return true;
}

void BulkTagger::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    for (int index : std::as_const(m_queue))
        m_results[index].status = Status::NotTried;
    m_queue.clear();
    Q_EMIT progressed(done(), total());
    finishIfDone();
}

bool BulkTagger::retryFailed()
{
    if (m_running || !m_client)
        return false;
    m_queue.clear();
    for (int i = 0; i < m_results.size(); ++i) {
        const Status s = m_results.at(i).status;
        if (s == Status::Failed || s == Status::Unconfirmed || s == Status::NotTried) {
            m_results[i].status = Status::Waiting;
            m_results[i].error.reset();
            m_queue.append(i);
        }
    }
    if (m_queue.isEmpty())
        return false;
    m_cancelled = false;
    m_running = true;
    pump();
    return true;
}

int BulkTagger::done() const
{
    int n = 0;
    for (const BulkItemResult &r : m_results) {
        if (r.status != Status::Waiting && r.status != Status::InFlight)
            ++n;
    }
    return n;
}

QStringList BulkTagger::namesWith(BulkItemResult::Status status) const
{
    QStringList names;
    for (const BulkItemResult &r : m_results) {
        if (r.status == status)
            names.append(r.secretName);
    }
    return names;
}

BulkSummary BulkTagger::summary() const
{
    BulkSummary s;
    s.total = total();
    for (const BulkItemResult &r : m_results) {
        switch (r.status) {
        case Status::Succeeded:
            ++s.succeeded;
            break;
        case Status::Failed:
            ++s.failed;
            break;
        case Status::Unconfirmed:
            ++s.unconfirmed;
            break;
        case Status::NotTried:
            ++s.notTried;
            break;
        case Status::Waiting:
        case Status::InFlight:
            ++s.remaining;
            break;
        }
    }
    return s;
}

void BulkTagger::pump()
{
    while (!m_cancelled && m_inFlight < m_maxInFlight && !m_queue.isEmpty() && m_client)
        launch(m_queue.takeFirst());
}

void BulkTagger::launch(int index)
{
    m_results[index].status = Status::InFlight;
    ++m_inFlight;
    ApiReply *reply
            = m_client->tagAction(m_ids.at(index), m_action, m_tags, CsmsClient::Priority::Bulk);
    m_replies[index] = reply;
    connect(reply, &ApiReply::finished, this,
            [this, index, reply]() { settle(index, reply->isOk(), reply->error()); });
}

void BulkTagger::settle(int index, bool ok, const ApiError &error)
{
    --m_inFlight;
    m_replies[index] = nullptr;
    BulkItemResult &result = m_results[index];
    if (ok) {
        result.status = Status::Succeeded;
        result.error.reset();
    } else {
        // No HTTP response: the call may have been carried out before the connection broke.
        const bool unanswered = error.httpStatus == 0
                                && (error.kind == ApiError::Kind::Network
                                    || error.kind == ApiError::Kind::Timeout);
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
    if (!m_running || m_inFlight > 0 || !m_queue.isEmpty())
        return;
    m_running = false;
    const BulkSummary s = summary();
    qCInfo(lcOps).noquote() << "bulk tag finished:" << s.succeeded << "ok" << s.failed << "failed"
                            << s.unconfirmed << "unconfirmed" << s.notTried << "not tried";
    const QStringList names = namesWith(Status::Succeeded);
    if (!names.isEmpty())
        Q_EMIT tagsChanged(names);
    Q_EMIT finished(s);
}

bool BulkTagger::applied(const QList<Tag> &current) const
{
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
    if (m_running || !m_client)
        return false;
    m_queue.clear();
    for (int i = 0; i < m_results.size(); ++i) {
        if (m_results.at(i).status == Status::Unconfirmed)
            m_queue.append(i);
    }
    if (m_queue.isEmpty())
        return false;
    m_running = true;
    verifyNext();
    return true;
}

void BulkTagger::verifyNext()
{
    while (m_inFlight < m_maxInFlight && !m_queue.isEmpty() && m_client) {
        const int index = m_queue.takeFirst();
        ++m_inFlight;
        m_client->listTags(m_ids.at(index), CsmsClient::Priority::Bulk)
                ->then(this, [this, index](const ApiResult<SecretTags> &r) {
                    --m_inFlight;
                    BulkItemResult &result = m_results[index];
                    if (r.ok()) {
                        const bool done = applied(r->tags);
                        result.status = done ? Status::Succeeded : Status::Failed;
                        if (done)
                            result.error.reset();
                        Q_EMIT itemFinished(index, result);
                    }
                    if (m_queue.isEmpty() && m_inFlight == 0)
                        finishIfDone();
                    else
                        verifyNext();
                });
    }
    if (m_queue.isEmpty() && m_inFlight == 0)
        finishIfDone();
}

} // namespace keystage
