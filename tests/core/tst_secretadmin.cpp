// SPDX-License-Identifier: Apache-2.0
// SecretAdmin against a real csms-local: a secret's description and KMS key, its tags and its
// versions' expiry are written only after a re-read shows what the user saw; a change made
// elsewhere in between is reported as stale and nothing is written; the rules of Huawei's
// definitions refuse before anything is sent.
#include "core/admin/secretadmin.h"
#include "core/admin/tagrules.h"
#include "sandboxclient.h"

#include <QtTest>

using namespace keystage;
using namespace keystage::test;

class TstSecretAdmin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void metadataEditAndStale();
    void metadataRulesRefuseBeforeSending();
    void tagsEditAndStale();
    void tagRulesRefuseBeforeSending();
    void tagRulesFollowTheDefinitions_data();
    void tagRulesFollowTheDefinitions();
    void expirySetClearAndStale();

private:
    QNetworkAccessManager m_nam;
};

namespace {

// Runs one SecretAdmin call and waits for its outcome.
template<typename Start>
AdminOutcome run(Start start)
{
    std::optional<AdminOutcome> outcome;
    QObject context;
    start(&context, [&outcome](const AdminOutcome &o) { outcome = o; });
    if (!QTest::qWaitFor([&outcome]() { return outcome.has_value(); }, 30000))
        return AdminOutcome{ApiError::timeout(), false, false, {}, {}, {}};
    return *outcome;
}

QString why(const AdminOutcome &o)
{
    return o.error ? o.error->summary() : QString();
}

int callsOf(CsmsClient *client, std::function<void()> action)
{
    QSignalSpy calls(client, &CsmsClient::callFinished);
    action();
    return int(calls.size());
}

} // namespace

void TstSecretAdmin::metadataEditAndStale()
{
    CsmsLocal server;
    QVERIFY2(server.start(), server.errorOutput().constData());
    auto client = sandboxClient(&m_nam, server);
    auto created = await(client->createSecret(
            secretRequest(QStringLiteral("db"), QStringLiteral("v"), QStringLiteral("old"))));
    QVERIFY(created.ok());
    SecretAdmin admin(client.get());
    const SecretMetadata seen = SecretMetadata::of(*created);
    SecretMetadata wanted = seen;
    wanted.description = QStringLiteral("数据库口令 for the billing service");
    wanted.kmsKeyId = QStringLiteral("0d0466b0-e727-4d9c-b35d-f84bb474a37f");
    AdminOutcome o = run([&](QObject *c, auto done) {
        admin.updateMetadata(QStringLiteral("db"), seen, wanted, c, done);
    });
    QVERIFY2(o.ok(), qPrintable(why(o)));
    QVERIFY(o.written);
    QCOMPARE(o.secret->description, wanted.description);
    QCOMPARE(o.secret->kmsKeyId, wanted.kmsKeyId);
    QCOMPARE(await(client->showSecret(QStringLiteral("db")))->description, wanted.description);

    // Someone else edits the description; our edit from the old state must not overwrite it.
    UpdateSecretRequest other;
    other.description = QStringLiteral("theirs");
    QVERIFY(await(client->updateSecret(QStringLiteral("db"), other)).ok());
    SecretMetadata mine = wanted;
    mine.description = QStringLiteral("mine");
    o = run([&](QObject *c, auto done) {
        admin.updateMetadata(QStringLiteral("db"), wanted, mine, c, done);
    });
    QVERIFY(o.isStale());
    QVERIFY(!o.written);
    QVERIFY(o.error->message.contains(QLatin1String("description")));
    QCOMPARE(await(client->showSecret(QStringLiteral("db")))->description,
             QStringLiteral("theirs"));

    // Undo is the same call reversed: back to the first description, checked the same way.
    SecretMetadata theirs = wanted;
    theirs.description = QStringLiteral("theirs");
    o = run([&](QObject *c, auto done) {
        admin.updateMetadata(QStringLiteral("db"), theirs, seen, c, done);
    });
    QVERIFY2(o.ok(), qPrintable(why(o)));
    QCOMPARE(o.secret->description, QStringLiteral("old"));
    QCOMPARE(o.secret->kmsKeyId, seen.kmsKeyId);
}

void TstSecretAdmin::metadataRulesRefuseBeforeSending()
{
    CsmsLocal server;
    QVERIFY2(server.start(), server.errorOutput().constData());
    auto client = sandboxClient(&m_nam, server);
    auto created
            = await(client->createSecret(secretRequest(QStringLiteral("s"), QStringLiteral("v"))));
    QVERIFY(created.ok());
    SecretAdmin admin(client.get());
    const SecretMetadata seen = SecretMetadata::of(*created);
    // 683 Chinese characters are 2049 bytes of UTF-8 (683 characters would pass a char count).
    SecretMetadata tooLong = seen;
    tooLong.description = QString(683, QChar(0x5bc6));
    QCOMPARE(tooLong.description.toUtf8().size(), 2049);
    AdminOutcome o;
    QCOMPARE(callsOf(client.get(),
                     [&] {
                         o = run([&](QObject *c, auto done) {
                             admin.updateMetadata(QStringLiteral("s"), seen, tooLong, c, done);
                         });
                     }),
             0);
    QVERIFY(o.refusedLocally);
    QVERIFY(o.error->message.contains(QLatin1String("2049")));
    SecretMetadata exactly = seen;
    exactly.description = QString(682, QChar(0x5bc6)) + QStringLiteral("ab");
    QCOMPARE(exactly.description.toUtf8().size(), 2048);
    o = run([&](QObject *c, auto done) {
        admin.updateMetadata(QStringLiteral("s"), seen, exactly, c, done);
    });
    QVERIFY2(o.ok(), qPrintable(why(o)));
    SecretMetadata badKey = exactly;
    badKey.kmsKeyId = QStringLiteral("x");
    o = run([&](QObject *c, auto done) {
        admin.updateMetadata(QStringLiteral("s"), exactly, badKey, c, done);
    });
    QVERIFY(o.refusedLocally);
}

void TstSecretAdmin::tagsEditAndStale()
{
    CsmsLocal server;
    QVERIFY2(server.start(), server.errorOutput().constData());
    auto client = sandboxClient(&m_nam, server);
    auto created
            = await(client->createSecret(secretRequest(QStringLiteral("t"), QStringLiteral("v"))));
    QVERIFY(created.ok());
    const QString id = created->id;
    SecretAdmin admin(client.get());
    const QList<Tag> first{{QStringLiteral("env"), QStringLiteral("prod")},
                           {QStringLiteral("team"), QStringLiteral("支付")}};
    AdminOutcome o = run([&](QObject *c, auto done) { admin.updateTags(id, {}, first, c, done); });
    QVERIFY2(o.ok(), qPrintable(why(o)));
    QVERIFY(SecretAdmin::sameTags(*o.tags, first));

    // Edit a value, remove a key, add one.
    const QList<Tag> second{{QStringLiteral("env"), QStringLiteral("dev")},
                            {QStringLiteral("owner"), QStringLiteral("ops@example")}};
    o = run([&](QObject *c, auto done) { admin.updateTags(id, first, second, c, done); });
    QVERIFY2(o.ok(), qPrintable(why(o)));
    QVERIFY(SecretAdmin::sameTags(*o.tags, second));
    QVERIFY(SecretAdmin::sameTags(await(client->listTags(id))->tags, second));
    // The project's tags (completion) list what is on the server now.
    const auto project = await(client->listProjectTags());
    QVERIFY(project.ok());
    QVERIFY(std::any_of(project->begin(), project->end(), [](const TagValues &t) {
        return t.key == QLatin1String("owner") && t.values.contains(QLatin1String("ops@example"));
    }));

    // A tag added elsewhere: the edit from the old list writes nothing.
    QVERIFY(await(client->createTag(id, {QStringLiteral("x"), QStringLiteral("y")})).ok());
    o = run([&](QObject *c, auto done) { admin.updateTags(id, second, first, c, done); });
    QVERIFY(o.isStale());
    QVERIFY(!o.written);
    QCOMPARE(await(client->listTags(id))->tags.size(), 3);
}

void TstSecretAdmin::tagRulesRefuseBeforeSending()
{
    CsmsLocal server;
    QVERIFY2(server.start(), server.errorOutput().constData());
    auto client = sandboxClient(&m_nam, server);
    auto created
            = await(client->createSecret(secretRequest(QStringLiteral("t"), QStringLiteral("v"))));
    QVERIFY(created.ok());
    SecretAdmin admin(client.get());
    QList<Tag> many;
    for (int i = 0; i < 21; ++i)
        many.append({QStringLiteral("k%1").arg(i), QStringLiteral("v")});
    AdminOutcome o;
    QCOMPARE(callsOf(client.get(),
                     [&] {
                         o = run([&](QObject *c, auto done) {
                             admin.updateTags(created->id, {}, many, c, done);
                         });
                     }),
             0);
    QVERIFY(o.refusedLocally);
    QVERIFY(o.error->message.contains(QLatin1String("20")));
    many.removeLast();
    o = run([&](QObject *c, auto done) { admin.updateTags(created->id, {}, many, c, done); });
    QVERIFY2(o.ok(), qPrintable(why(o)));
    QCOMPARE(o.tags->size(), 20);
}

void TstSecretAdmin::tagRulesFollowTheDefinitions_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("plain") << "env"
                           << "prod" << true;
    QTest::newRow("chinese and punctuation") << "环境.a:b=c+d-e@f_g"
                                             << "生产/x:y" << true;
    QTest::newRow("inner space") << "cost center"
                                 << "a b" << true;
    QTest::newRow("empty value") << "flag"
                                 << "" << true;
    QTest::newRow("empty key") << ""
                               << "v" << false;
    QTest::newRow("leading space") << " env"
                                   << "v" << false;
    QTest::newRow("trailing space") << "env "
                                    << "v" << false;
    QTest::newRow("_sys_ prefix") << "_sys_enterprise"
                                  << "v" << false;
    QTest::newRow("slash in key") << "a/b"
                                  << "v" << false;
    QTest::newRow("hash in value") << "k"
                                   << "#1" << false;
    QTest::newRow("key of 128") << QString(128, QLatin1Char('k')) << "v" << true;
    QTest::newRow("key of 129") << QString(129, QLatin1Char('k')) << "v" << false;
    QTest::newRow("value of 255") << "k" << QString(255, QLatin1Char('v')) << true;
    QTest::newRow("value of 256") << "k" << QString(256, QLatin1Char('v')) << false;
}

void TstSecretAdmin::tagRulesFollowTheDefinitions()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(bool, allowed);
    const QString problem = TagRules::listProblem({{key, value}});
    QCOMPARE(problem.isEmpty(), allowed);
    // csms-local (which applies the definitions' own patterns) agrees.
    CsmsLocal server;
    QVERIFY2(server.start(), server.errorOutput().constData());
    auto client = sandboxClient(&m_nam, server);
    auto created
            = await(client->createSecret(secretRequest(QStringLiteral("t"), QStringLiteral("v"))));
    QVERIFY(created.ok());
    QCOMPARE(await(client->createTag(created->id, {key, value})).ok(), allowed);
}

void TstSecretAdmin::expirySetClearAndStale()
{
    CsmsLocal server;
    QVERIFY2(server.start(), server.errorOutput().constData());
    auto client = sandboxClient(&m_nam, server);
    QVERIFY(await(client->createSecret(secretRequest(QStringLiteral("e"), QStringLiteral("v"))))
                    .ok());
    SecretAdmin admin(client.get());
    const qint64 at = QDateTime::currentMSecsSinceEpoch() + 3 * 86400000LL;
    AdminOutcome o = run([&](QObject *c, auto done) {
        admin.updateExpiry(QStringLiteral("e"), QStringLiteral("v1"), std::nullopt, at, c, done);
    });
    QVERIFY2(o.ok(), qPrintable(why(o)));
    QCOMPARE(o.version->expireTime.value_or(-1), at);

    // Cleared: expire_time 0 on the wire, and the version answers without an expiry.
    o = run([&](QObject *c, auto done) {
        admin.updateExpiry(QStringLiteral("e"), QStringLiteral("v1"), at, std::nullopt, c, done);
    });
    QVERIFY2(o.ok(), qPrintable(why(o)));
    QVERIFY(!SecretAdmin::normalisedExpiry(o.version->expireTime));
    const auto versions = await(client->listVersions(QStringLiteral("e")));
    QVERIFY(!versions->items.first().expireTime.has_value());

    // Set elsewhere meanwhile: stale, nothing written.
    QVERIFY(await(client->updateVersionExpiry(QStringLiteral("e"), QStringLiteral("v1"), at + 1))
                    .ok());
    o = run([&](QObject *c, auto done) {
        admin.updateExpiry(QStringLiteral("e"), QStringLiteral("v1"), std::nullopt, at, c, done);
    });
    QVERIFY(o.isStale());
    QCOMPARE(await(client->listVersions(QStringLiteral("e")))->items.first().expireTime.value_or(0),
             at + 1);
    // A version that does not exist.
    o = run([&](QObject *c, auto done) {
        admin.updateExpiry(QStringLiteral("e"), QStringLiteral("v9"), std::nullopt, at, c, done);
    });
    QVERIFY(o.error && o.error->isNotFound());
}

QTEST_GUILESS_MAIN(TstSecretAdmin)
#include "tst_secretadmin.moc"
