// SPDX-License-Identifier: Apache-2.0
#include "core/profile/memorycredentialstore.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace keystage;
using Kind = CredentialError::Kind;

namespace {

Credentials sample(const QString &tag)
{
    Credentials c;
    c.secretKey = QStringLiteral("sk-") + tag;
    c.securityToken = QStringLiteral("token-") + tag;
    c.password = QStringLiteral("password-") + tag;
    return c;
}

// Checks the reply is still pending, then waits: finished() must come exactly once.
std::unique_ptr<CredentialReply> await(CredentialReply *raw)
{
    std::unique_ptr<CredentialReply> reply(raw);
    reply->setParent(nullptr);
    if (reply->isFinished()) {
        qWarning("the reply finished inside the call");
        return nullptr;
    }
    QSignalSpy spy(reply.get(), &CredentialReply::finished);
    spy.wait(5000);
    QTest::qWait(0); // a second finished() would arrive now
    if (spy.count() != 1 || !reply->isFinished()) {
        qWarning("finished() was emitted %d times", int(spy.count()));
        return nullptr;
    }
    return reply;
}

} // namespace

class TestMemoryCredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writeReadRemove();
    void readOfUnknownProfileIsNotFound();
    void overwriteReplaces();
    void removingNothingIsNotAnError();
    void profilesAreKeptApart();
    void failNextCallFailsOnlyOnce();
    void deletingAPendingReplyIsSafe();
    void destroyingTheStoreWithPendingRepliesIsSafe();
    void credentialsWipeEmptiesThem();
};

void TestMemoryCredentialStore::writeReadRemove()
{
    MemoryCredentialStore store;
    QVERIFY(!store.isPersistent());
    auto written = await(store.write(QStringLiteral("p1"), sample(QStringLiteral("1"))));
    QVERIFY(written);
    QVERIFY(!written->hasError());
    QCOMPARE(written->operation(), CredentialReply::Operation::Write);
    QCOMPARE(written->profileId(), QStringLiteral("p1"));
    QCOMPARE(store.count(), 1);

    auto read = await(store.read(QStringLiteral("p1")));
    QVERIFY(read);
    QVERIFY(!read->hasError());
    QCOMPARE(read->operation(), CredentialReply::Operation::Read);
    QVERIFY(read->credentials() == sample(QStringLiteral("1")));

    auto removed = await(store.remove(QStringLiteral("p1")));
    QVERIFY(removed);
    QVERIFY(!removed->hasError());
    QCOMPARE(store.count(), 0);

    auto gone = await(store.read(QStringLiteral("p1")));
    QVERIFY(gone);
    QCOMPARE(gone->error().kind, Kind::NotFound);
    QVERIFY(gone->credentials().isEmpty());
}

void TestMemoryCredentialStore::readOfUnknownProfileIsNotFound()
{
    MemoryCredentialStore store;
    auto read = await(store.read(QStringLiteral("nobody")));
    QVERIFY(read);
    QVERIFY(read->hasError());
    QCOMPARE(read->error().kind, Kind::NotFound);
    QVERIFY(read->error().message.contains(QLatin1String("Enter the secret key again")));
}

void TestMemoryCredentialStore::overwriteReplaces()
{
    MemoryCredentialStore store;
    QVERIFY(!await(store.write(QStringLiteral("p"), sample(QStringLiteral("old"))))->hasError());
    Credentials fresh;
    fresh.secretKey = QStringLiteral("new");
    QVERIFY(!await(store.write(QStringLiteral("p"), fresh))->hasError());
    QCOMPARE(store.count(), 1);
    auto read = await(store.read(QStringLiteral("p")));
    QVERIFY(read->credentials() == fresh);
}

void TestMemoryCredentialStore::removingNothingIsNotAnError()
{
    MemoryCredentialStore store;
    auto removed = await(store.remove(QStringLiteral("nobody")));
    QVERIFY(removed);
    QVERIFY(!removed->hasError());
}

void TestMemoryCredentialStore::profilesAreKeptApart()
{
    MemoryCredentialStore store;
    QVERIFY(!await(store.write(QStringLiteral("a"), sample(QStringLiteral("a"))))->hasError());
    QVERIFY(!await(store.write(QStringLiteral("b"), sample(QStringLiteral("b"))))->hasError());
    QVERIFY(!await(store.remove(QStringLiteral("a")))->hasError());
    QCOMPARE(await(store.read(QStringLiteral("a")))->error().kind, Kind::NotFound);
    QVERIFY(await(store.read(QStringLiteral("b")))->credentials() == sample(QStringLiteral("b")));
}

void TestMemoryCredentialStore::failNextCallFailsOnlyOnce()
{
    MemoryCredentialStore store;
    store.failNextCall(Kind::Locked);
    auto failed = await(store.write(QStringLiteral("p"), sample(QStringLiteral("x"))));
    QVERIFY(failed);
    QCOMPARE(failed->error().kind, Kind::Locked);
    QVERIFY(failed->error().message.contains(QLatin1String("locked")));
    QVERIFY(!failed->error().message.contains(QLatin1String("sk-x")));
    QCOMPARE(store.count(), 0); // a failed write stores nothing

    auto next = await(store.write(QStringLiteral("p"), sample(QStringLiteral("x"))));
    QVERIFY(!next->hasError());
    QCOMPARE(store.count(), 1);
}

void TestMemoryCredentialStore::deletingAPendingReplyIsSafe()
{
    MemoryCredentialStore store;
    CredentialReply *reply = store.write(QStringLiteral("p"), sample(QStringLiteral("x")));
    bool emitted = false;
    connect(reply, &CredentialReply::finished, this, [&emitted] { emitted = true; });
    delete reply; // abandons the call
    // A later call is queued behind the abandoned one: once it finished, the other had its turn.
    auto after = await(store.read(QStringLiteral("other")));
    QVERIFY(after);
    QVERIFY(!emitted);
}

void TestMemoryCredentialStore::destroyingTheStoreWithPendingRepliesIsSafe()
{
    auto store = std::make_unique<MemoryCredentialStore>();
    QPointer<CredentialReply> reply = store->read(QStringLiteral("p"));
    store.reset(); // the pending reply is a child of the store and goes with it
    QVERIFY(reply.isNull());
    QTest::qWait(0);
}

void TestMemoryCredentialStore::credentialsWipeEmptiesThem()
{
    Credentials c = sample(QStringLiteral("w"));
    const Credentials copy = c; // shares the buffers: wiping c must not change the copy
    c.wipe();
    QVERIFY(c.isEmpty());
    QVERIFY(copy == sample(QStringLiteral("w")));
}

QTEST_GUILESS_MAIN(TestMemoryCredentialStore)
#include "tst_memorycredentialstore.moc"
