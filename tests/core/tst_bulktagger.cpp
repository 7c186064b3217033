// SPDX-License-Identifier: Apache-2.0
// BulkTagger against a real csms-local: tags added to and removed from many secrets with a
// bounded number in flight, one result per secret (a secret at its 20-tag limit fails alone),
// rules refused before anything is sent, a 429 storm (results agree with the server, retry
// finishes the job) and the server killed halfway (no result claims more than the server did);
// undo and redo of a run from the prior values it recorded, skipping secrets changed since.
#include "core/ops/bulktagger.h"
#include "sandboxclient.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace keystage;
using namespace keystage::test;
using Status = BulkItemResult::Status;

class TstBulkTagger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addThenRemove();
    void refusesBadTags();
    void survives429Storm();
    void serverKilledHalfway();
    void droppedAnswersAreVerified();
    void undoRestoresPriorValuesAndSkipsStale();
    void undoOfARemovalRecreatesOldValues();

private:
    static std::optional<QString> valueOf(CsmsClient &client, const QString &id,
                                          const QString &key);
    static QList<TagTarget> makeSecrets(CsmsClient &client, int count);
    static bool hasTag(CsmsClient &client, const QString &id, const Tag &tag);
    static bool run(BulkTagger &tagger);
    QNetworkAccessManager m_nam;
};

QList<TagTarget> TstBulkTagger::makeSecrets(CsmsClient &client, int count)
{
    QList<TagTarget> targets;
    for (int i = 0; targets.size() < count && i < count * 10; ++i) {
        const QString name = QStringLiteral("tag-%1").arg(targets.size(), 4, 10, QLatin1Char('0'));
        const auto r = await(client.createSecret(secretRequest(name, QStringLiteral("v"))));
        if (r.ok())
            targets.append({r->name, r->id});
    }
    return targets;
}

bool TstBulkTagger::hasTag(CsmsClient &client, const QString &id, const Tag &tag)
{
    for (int attempt = 0; attempt < 20; ++attempt) {
        const auto r = await(client.listTags(id));
        if (!r.ok())
            continue;
        return std::any_of(r->tags.begin(), r->tags.end(),
                           [&](const Tag &t) { return t.key == tag.key && t.value == tag.value; });
    }
    return false;
}

bool TstBulkTagger::run(BulkTagger &tagger)
{
    if (!tagger.isRunning())
        return true;
    QSignalSpy finished(&tagger, &BulkTagger::finished);
    return finished.wait(120000);
}

void TstBulkTagger::addThenRemove()
{
    CsmsLocal server;
    QVERIFY2(server.start(), server.errorOutput().constData());
    auto client = sandboxClient(&m_nam, server);
    const QList<TagTarget> targets = makeSecrets(*client, 30);
    QCOMPARE(targets.size(), 30);
    // One secret already holds 20 tags: adding two new ones must fail for it alone.
    QList<Tag> full;
    for (int i = 0; i < 20; ++i)
        full.append({QStringLiteral("k%1").arg(i), QStringLiteral("v")});
    QVERIFY(await(client->tagAction(targets.at(7).id, TagAction::Create, full)).ok());

    BulkTagger tagger(client.get());
    tagger.setMaxInFlight(4);
    int peak = 0;
    connect(client.get(), &CsmsClient::inFlightChanged, this,
            [&client, &peak]() { peak = qMax(peak, client->inFlight() + client->queued()); });
    QSignalSpy changed(&tagger, &BulkTagger::tagsChanged);
    const QList<Tag> tags{{QStringLiteral("env"), QStringLiteral("prod")},
                          {QStringLiteral("owner"), QStringLiteral("billing")}};
    QVERIFY(tagger.start(targets, TagAction::Create, tags));
    QVERIFY(run(tagger));
    QVERIFY(peak > 0 && peak <= 4);
    BulkSummary s = tagger.summary();
    QCOMPARE(s.succeeded, 29);
    QCOMPARE(s.failed, 1);
    const BulkItemResult &refused = tagger.results().at(7);
    QCOMPARE(refused.secretName, targets.at(7).name);
    QCOMPARE(refused.status, Status::Failed);
    QCOMPARE(refused.error->kind, ApiError::Kind::Validation);
    QVERIFY(!refused.error->requestId.isEmpty());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toStringList().size(), 29);
    for (int i = 0; i < targets.size(); ++i)
        QCOMPARE(hasTag(*client, targets.at(i).id, tags.first()), i != 7);

    // Remove by key only.
    QVERIFY(tagger.start(targets, TagAction::Delete, {{QStringLiteral("env"), QString()}}));
    QVERIFY(run(tagger));
    QCOMPARE(tagger.summary().succeeded, 30);
    for (const TagTarget &t : targets) {
        QVERIFY(!hasTag(*client, t.id, tags.first()));
        if (t.id != targets.at(7).id)
            QVERIFY(hasTag(*client, t.id, tags.last()));
    }
}

void TstBulkTagger::refusesBadTags()
{
    CsmsLocal server;
    QVERIFY2(server.start(), server.errorOutput().constData());
    auto client = sandboxClient(&m_nam, server);
    const QList<TagTarget> targets = makeSecrets(*client, 2);
    BulkTagger tagger(client.get());
    QSignalSpy calls(client.get(), &CsmsClient::callFinished);
    QVERIFY(!BulkTagger::tagsProblem(TagAction::Create, {{QStringLiteral("_sys_x"), {}}})
                     .isEmpty());
    QVERIFY(!tagger.start(targets, TagAction::Create, {{QStringLiteral("_sys_x"), {}}}));
    QVERIFY(!tagger.start(targets, TagAction::Create, {}));
    QVERIFY(!tagger.start(targets, TagAction::Create,
                          {{QStringLiteral("a"), QStringLiteral("1")},
                           {QStringLiteral("a"), QStringLiteral("2")}}));
    QCOMPARE(calls.size(), 0);
}

void TstBulkTagger::survives429Storm()
{
    CsmsLocalOptions options;
    options.fault429Rate = 0.4;
    CsmsLocal server(options);
    QVERIFY2(server.start(), server.errorOutput().constData());
    auto client = sandboxClient(&m_nam, server);
    RetryPolicy fast;
    fast.setMaxRetries(1);
    client->setRetryPolicy(fast);
    const QList<TagTarget> targets = makeSecrets(*client, 40);
    QCOMPARE(targets.size(), 40);
    BulkTagger tagger(client.get());
    const Tag tag{QStringLiteral("storm"), QStringLiteral("yes")};
    QVERIFY(tagger.start(targets, TagAction::Create, {tag})); // POST: never retried
    QVERIFY(run(tagger));
    QVERIFY(tagger.summary().failed > 0);
    // A 429 is an answer: nothing was done for those, and the server agrees with every result.
    for (int i = 0; i < targets.size(); ++i) {
        const BulkItemResult &r = tagger.results().at(i);
        if (r.status == Status::Failed)
            QCOMPARE(r.error->kind, ApiError::Kind::RateLimited);
        QCOMPARE(hasTag(*client, targets.at(i).id, tag), r.status == Status::Succeeded);
    }
    for (int round = 0; round < 30 && tagger.retryFailed(); ++round)
        QVERIFY(run(tagger));
    QCOMPARE(tagger.summary().succeeded, 40);
}

void TstBulkTagger::serverKilledHalfway()
{
    QTemporaryDir dir;
    CsmsLocal server(durableOptions(dir));
    QVERIFY2(server.start(), server.errorOutput().constData());
    auto client = sandboxClient(&m_nam, server);
    const QList<TagTarget> targets = makeSecrets(*client, 60);
    QCOMPARE(targets.size(), 60);
    BulkTagger tagger(client.get());
    tagger.setMaxInFlight(4);
    killServerAfter(tagger, server, 20);
    const Tag tag{QStringLiteral("half"), QStringLiteral("way")};
    QVERIFY(tagger.start(targets, TagAction::Create, {tag}));
    QVERIFY(run(tagger));
    const BulkSummary s = tagger.summary();
    QVERIFY(cutShortHonestly(s, 60, 20));
    QVERIFY(s.failed + s.unconfirmed > 0);

    // Restarted on the same data: every Succeeded secret has the tag.
    CsmsLocal again(durableOptions(dir));
    QVERIFY2(again.start(), again.errorOutput().constData());
    auto client2 = sandboxClient(&m_nam, again);
    for (int i = 0; i < targets.size(); ++i) {
        if (tagger.results().at(i).status == Status::Succeeded)
            QVERIFY(hasTag(*client2, targets.at(i).id, tag));
    }
}

void TstBulkTagger::droppedAnswersAreVerified()
{
    CsmsLocalOptions options;
    // Qt resends a request once when a kept-alive connection closes before any answer, so a
    // write goes unanswered with about the square of the drop rate: 0.09 at 0.3, which left no
    // unconfirmed secret among 30 in 1 run of 18 (0.91^30). 0.25 among 40 leaves 1 in 10^5.
    options.faultDropRate = 0.5;
    CsmsLocal server(options);
    QVERIFY2(server.start(), server.errorOutput().constData());
    auto client = sandboxClient(&m_nam, server);
    const QList<TagTarget> targets = makeSecrets(*client, 40);
    QCOMPARE(targets.size(), 40);
    BulkTagger tagger(client.get());
    const Tag tag{QStringLiteral("dropped"), QStringLiteral("maybe")};
    QVERIFY(tagger.start(targets, TagAction::Create, {tag}));
    QVERIFY(run(tagger));
    QVERIFY(tagger.summary().unconfirmed > 0); // no answer: neither done nor failed
    // Reading their tags settles them (a read is retried through the drops).
    for (int round = 0; round < 10 && tagger.summary().unconfirmed > 0; ++round) {
        QVERIFY(tagger.verifyUnconfirmed());
        QVERIFY(run(tagger));
    }
    QCOMPARE(tagger.summary().unconfirmed, 0);
    for (int i = 0; i < targets.size(); ++i)
        QCOMPARE(hasTag(*client, targets.at(i).id, tag),
                 tagger.results().at(i).status == Status::Succeeded);
}

std::optional<QString> TstBulkTagger::valueOf(CsmsClient &client, const QString &id,
                                              const QString &key)
{
    const auto r = await(client.listTags(id));
    if (!r.ok())
        return QStringLiteral("<unreadable>");
    for (const Tag &t : r->tags) {
        if (t.key == key)
            return t.value;
    }
    return std::nullopt;
}

void TstBulkTagger::undoRestoresPriorValuesAndSkipsStale()
{
    CsmsLocal server;
    QVERIFY2(server.start(), server.errorOutput().constData());
    auto client = sandboxClient(&m_nam, server);
    const QList<TagTarget> targets = makeSecrets(*client, 4);
    QCOMPARE(targets.size(), 4);
    const QString env = QStringLiteral("env");
    const QString prod = QStringLiteral("prod");
    // 0 has no env, 1 and 3 have env=dev, 2 already env=prod (the run changes nothing there).
    for (int i : {1, 3})
        QVERIFY(await(client->tagAction(targets.at(i).id, TagAction::Create,
                                        {{env, QStringLiteral("dev")}}))
                        .ok());
    QVERIFY(await(client->tagAction(targets.at(2).id, TagAction::Create, {{env, prod}})).ok());

    BulkTagger tagger(client.get());
    QVERIFY(tagger.start(targets, TagAction::Create, {{env, prod}}));
    QVERIFY(run(tagger));
    QCOMPARE(tagger.summary().succeeded, 4);
    const QList<SecretTagChange> changes = tagger.changes();
    QCOMPARE(changes.size(), 3);
    QCOMPARE(changes.at(0).name, targets.at(0).name);
    QCOMPARE(changes.at(0).tags.size(), 1);
    QCOMPARE(changes.at(0).tags.first().before, std::nullopt); // was absent
    QCOMPARE(changes.at(0).tags.first().after, std::optional<QString>(prod));
    QCOMPARE(changes.at(1).name, targets.at(1).name);
    QCOMPARE(changes.at(1).tags.first().before, std::optional<QString>(QStringLiteral("dev")));
    QCOMPARE(changes.at(2).name, targets.at(3).name);

    // Someone else changes secret 3 between the run and the undo.
    QVERIFY(await(client->tagAction(targets.at(3).id, TagAction::Create,
                                    {{env, QStringLiteral("staging")}}))
                    .ok());
    QVERIFY(tagger.replay(changes, true));
    QVERIFY(run(tagger));
    QCOMPARE(tagger.summary().succeeded, 2);
    QCOMPARE(tagger.results().at(2).secretName, targets.at(3).name);
    QCOMPARE(tagger.results().at(2).status, Status::Failed);
    QCOMPARE(tagger.results().at(2).error->kind, ApiError::Kind::Conflict);
    QCOMPARE(valueOf(*client, targets.at(0).id, env), std::nullopt); // deleted again
    QCOMPARE(valueOf(*client, targets.at(1).id, env),
             std::optional<QString>(QStringLiteral("dev"))); // the overwritten value is back
    QCOMPARE(valueOf(*client, targets.at(2).id, env), std::optional<QString>(prod));
    QCOMPARE(valueOf(*client, targets.at(3).id, env),
             std::optional<QString>(QStringLiteral("staging"))); // not overwritten

    // Redo applies the run again to the secrets the undo restored.
    QVERIFY(tagger.replay(changes.mid(0, 2), false));
    QVERIFY(run(tagger));
    QCOMPARE(tagger.summary().succeeded, 2);
    for (int i : {0, 1, 2})
        QCOMPARE(valueOf(*client, targets.at(i).id, env), std::optional<QString>(prod));
}

void TstBulkTagger::undoOfARemovalRecreatesOldValues()
{
    CsmsLocal server;
    QVERIFY2(server.start(), server.errorOutput().constData());
    auto client = sandboxClient(&m_nam, server);
    const QList<TagTarget> targets = makeSecrets(*client, 3);
    QCOMPARE(targets.size(), 3);
    const QString team = QStringLiteral("team");
    for (int i = 0; i < 2; ++i)
        QVERIFY(await(client->tagAction(targets.at(i).id, TagAction::Create,
                                        {{team, QStringLiteral("t%1").arg(i)}}))
                        .ok());
    BulkTagger tagger(client.get());
    QVERIFY(tagger.start(targets, TagAction::Delete, {{team, QString()}}));
    QVERIFY(run(tagger));
    QCOMPARE(tagger.summary().succeeded, 3);
    const QList<SecretTagChange> changes = tagger.changes();
    QCOMPARE(changes.size(), 2); // the third had no such tag
    QCOMPARE(valueOf(*client, targets.at(0).id, team), std::nullopt);
    QVERIFY(tagger.replay(changes, true));
    QVERIFY(run(tagger));
    QCOMPARE(tagger.summary().succeeded, 2);
    for (int i = 0; i < 2; ++i)
        QCOMPARE(valueOf(*client, targets.at(i).id, team),
                 std::optional<QString>(QStringLiteral("t%1").arg(i)));
    QCOMPARE(valueOf(*client, targets.at(2).id, team), std::nullopt);
}

QTEST_GUILESS_MAIN(TstBulkTagger)
#include "tst_bulktagger.moc"
