// SPDX-License-Identifier: Apache-2.0
// The session cache (issue 18) against a real csms-local: a secret shown again paints its
// versions and traits from the cache before the server answers, the answer then replaces them;
// any write, and clear() (the window's Refresh), empties it; a read that overlapped a write is
// not kept; the resource search, a read sent as a POST, is not a write; the cache stays bounded.
#include "core/api/sessioncache.h"
#include "core/model/versionstagemodel.h"
#include "sandboxclient.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace keystage;
using namespace keystage::test;

class TstSessionCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void secondSelectionPaintsFromCache();
    void writeInvalidates();
    void refreshInvalidates();
    void readOverlappingWriteIsNotKept();
    void searchIsNotAWrite();
    void boundedEntries();

private:
    void show(const QString &secret); // and wait for the server's answer
    QNetworkAccessManager m_nam;
    std::unique_ptr<CsmsLocal> m_server;
    std::unique_ptr<CsmsClient> m_client;
    std::unique_ptr<VersionStageModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TstSessionCache::init()
{
    m_server = std::make_unique<CsmsLocal>();
    QVERIFY2(m_server->start(), m_server->errorOutput().constData());
    m_client = sandboxClient(&m_nam, *m_server);
    QVERIFY(createStagedApp(m_client.get())); // app: v1..v4
    QVERIFY(await(m_client->createSecret(
                          secretRequest(QStringLiteral("other"), QStringLiteral("x"))))
                    .ok());
    m_model = std::make_unique<VersionStageModel>(m_client.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TstSessionCache::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_client.reset();
    m_server.reset();
}

void TstSessionCache::show(const QString &secret)
{
    QSignalSpy loaded(m_model.get(), &VersionStageModel::versionsLoaded);
    m_model->setSecret(secret);
    QVERIFY(loaded.wait(30000));
    QTRY_VERIFY(m_client->inFlight() == 0 && m_client->queued() == 0); // the traits too
}

void TstSessionCache::secondSelectionPaintsFromCache()
{
    // First selection: nothing to show until the server answers.
    m_model->setSecret(QStringLiteral("app"));
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(m_model->isLoading());
    QSignalSpy loaded(m_model.get(), &VersionStageModel::versionsLoaded);
    QVERIFY(loaded.wait(30000));
    QTRY_VERIFY(m_client->inFlight() == 0);
    QCOMPARE(m_model->rowCount(), 4);
    const QString state = m_model->secretTraits().state;
    QVERIFY(!state.isEmpty());
    show(QStringLiteral("other"));

    // Second selection of app: its rows, stages and state are there at once, while the reads
    // (which the cache never replaces) are still on the wire.
    QSignalSpy calls(m_client.get(), &CsmsClient::callFinished);
    loaded.clear();
    m_model->setSecret(QStringLiteral("app"));
    QCOMPARE(m_model->rowCount(), 4);
    QVERIFY(m_model->showsCached());
    QVERIFY(m_model->isLoading());
    QCOMPARE(calls.count(), 0);
    QCOMPARE(m_model->holderOf(QStringLiteral("SYSCURRENT")), QStringLiteral("v4"));
    QCOMPARE(m_model->secretTraits().state, state);
    QVERIFY(loaded.wait(30000));
    QVERIFY(!m_model->showsCached());
    QCOMPARE(m_model->rowCount(), 4);
}

void TstSessionCache::writeInvalidates()
{
    show(QStringLiteral("app"));
    show(QStringLiteral("other"));
    QVERIFY(m_client->sessionCache()->versions(QStringLiteral("app")));
    // Any write, even to another secret: the stage of app moved by "someone" through this client.
    QVERIFY(await(m_client->moveStage(QStringLiteral("app"), QStringLiteral("BETA"),
                                      QStringLiteral("v1")))
                    .ok());
    QVERIFY(!m_client->sessionCache()->versions(QStringLiteral("app")));
    QVERIFY(!m_client->sessionCache()->secret(QStringLiteral("other")));
    m_model->setSecret(QStringLiteral("app"));
    QCOMPARE(m_model->rowCount(), 0); // nothing stale painted: the board waits for the server
    QVERIFY(!m_model->showsCached());
    QSignalSpy loaded(m_model.get(), &VersionStageModel::versionsLoaded);
    QVERIFY(loaded.wait(30000));
    QCOMPARE(m_model->holderOf(QStringLiteral("BETA")), QStringLiteral("v1"));
}

void TstSessionCache::refreshInvalidates()
{
    show(QStringLiteral("app"));
    show(QStringLiteral("other"));
    QSignalSpy cleared(m_client->sessionCache(), &SessionCache::cleared);
    m_client->sessionCache()->clear(); // what Refresh does
    QCOMPARE(cleared.count(), 1);
    m_model->setSecret(QStringLiteral("app"));
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(m_model->isLoading());
}

void TstSessionCache::readOverlappingWriteIsNotKept()
{
    // The versions' read goes out, then a write: whichever the server handled first, the read
    // may show the state before the write, so it is not kept.
    m_model->setSecret(QStringLiteral("app"));
    auto *write = m_client->moveStage(QStringLiteral("app"), QStringLiteral("BETA"),
                                      QStringLiteral("v1"));
    QVERIFY(await(write).ok());
    QTRY_VERIFY(!m_model->isLoading());
    QTRY_VERIFY(m_client->inFlight() == 0);
    QVERIFY(!m_client->sessionCache()->versions(QStringLiteral("app")));
    QVERIFY(!m_client->sessionCache()->secret(QStringLiteral("app")));
}

void TstSessionCache::searchIsNotAWrite()
{
    show(QStringLiteral("app"));
    const quint64 generation = m_client->sessionCache()->generation();
    ResourceFilter filter;
    QVERIFY(await(m_client->countResources(filter)).ok());
    QCOMPARE(m_client->sessionCache()->generation(), generation);
    QVERIFY(m_client->sessionCache()->versions(QStringLiteral("app")));
}

void TstSessionCache::boundedEntries()
{
    SessionCache cache;
    VersionMetadata v;
    v.id = QStringLiteral("v1");
    for (int i = 0; i < 10 * SessionCache::maxEntries; ++i)
        cache.putVersions(QStringLiteral("s%1").arg(i), {v}, cache.generation());
    int kept = 0;
    for (int i = 0; i < 10 * SessionCache::maxEntries; ++i)
        kept += cache.versions(QStringLiteral("s%1").arg(i)).has_value() ? 1 : 0;
    QVERIFY(kept <= SessionCache::maxEntries);
    QVERIFY(cache.versions(QStringLiteral("s%1").arg(10 * SessionCache::maxEntries - 1)));
    // A put from before a clear is dropped.
    const quint64 before = cache.generation();
    cache.clear();
    cache.putVersions(QStringLiteral("late"), {v}, before);
    QVERIFY(!cache.versions(QStringLiteral("late")));
}

QTEST_GUILESS_MAIN(TstSessionCache)
#include "tst_sessioncache.moc"
