// SPDX-License-Identifier: Apache-2.0
// BulkTagger against a real csms-local: tags added to and removed from many secrets with a
// bounded number in flight, one result per secret (a secret at its 20-tag limit fails alone),
// rules refused before anything is sent, a 429 storm (results agree with the server, retry
// finishes the job) and the server killed halfway (no result claims more than the server did).
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

private:
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
    CsmsLocalOptions options;
    options.dataFile = dir.filePath(QStringLiteral("csms.db"));
    options.faultLatencyMs = 10;
    CsmsLocal server(options);
    QVERIFY2(server.start(), server.errorOutput().constData());
    auto client = sandboxClient(&m_nam, server);
    const QList<TagTarget> targets = makeSecrets(*client, 60);
    QCOMPARE(targets.size(), 60);
    BulkTagger tagger(client.get());
    tagger.setMaxInFlight(4);
    connect(&tagger, &BulkTagger::progressed, this, [&server](int done) {
        if (done >= 20 && server.isRunning())
            server.kill();
    });
    const Tag tag{QStringLiteral("half"), QStringLiteral("way")};
    QVERIFY(tagger.start(targets, TagAction::Create, {tag}));
    QVERIFY(run(tagger));
    const BulkSummary s = tagger.summary();
    QVERIFY(s.succeeded >= 20 && s.succeeded < 60);
    QCOMPARE(s.succeeded + s.failed + s.unconfirmed + s.notTried, 60);
    QVERIFY(s.failed + s.unconfirmed > 0);

    // Restarted on the same data: every Succeeded secret has the tag.
    CsmsLocal again(options);
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
    options.faultDropRate = 0.3;
    CsmsLocal server(options);
    QVERIFY2(server.start(), server.errorOutput().constData());
    auto client = sandboxClient(&m_nam, server);
    const QList<TagTarget> targets = makeSecrets(*client, 30);
    QCOMPARE(targets.size(), 30);
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

QTEST_GUILESS_MAIN(TstBulkTagger)
#include "tst_bulktagger.moc"
