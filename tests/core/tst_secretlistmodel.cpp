// SPDX-License-Identifier: Apache-2.0
// SecretListModel against a real csms-local: paging, a failed page and its retry, a 429 storm,
// refresh with concurrent changes, local filter and server-side search, no values in any role.
#include "core/model/secretlistmodel.h"
#include "sandboxclient.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QtTest>

using namespace keystage;
using namespace keystage::test;

class TstSecretListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pagesThroughTenThousand();
    void localFilterIsInstantAndServerSearchFindsUnloaded();
    void newerQueryWins();
    void searchPagesThroughMatches();
    void failedPageThenRetry();
    void pagingThrough429Storm();
    void refreshKeepsSurvivingRows();
    void refreshOfChangedRowsOnly();
    void noValueInAnyRole();
    void taurusDbSecretsSayTaurusDb();

private:
    // Fetches until the full list is loaded; failed pages are retried (at most maxFailures).
    static bool loadAll(SecretListModel &model, int maxFailures = 0);
    static bool firstPage(SecretListModel &model);
    std::unique_ptr<CsmsLocal> m_big; // 10,000 demo secrets + one needle
    QNetworkAccessManager m_nam;
};

bool TstSecretListModel::loadAll(SecretListModel &model, int maxFailures)
{
    QSignalSpy failed(&model, &SecretListModel::loadFailed);
    while (!model.isComplete()) {
        if (model.isIncomplete())
            model.retryLoad(); // as the user would, from the failed page
        else if (model.canFetchMore({}))
            model.fetchMore({});
        if (!QTest::qWaitFor([&model]() { return !model.isLoading(); }, 60000))
            return false;
        if (failed.count() > maxFailures) {
            qWarning() << "page failed:" << failed.last().first().value<ApiError>().summary();
            return false;
        }
    }
    return true;
}

// The tester may already have asked for the first page; ask if it did not, and wait for it.
bool TstSecretListModel::firstPage(SecretListModel &model)
{
    if (model.rowCount() == 0 && model.canFetchMore({}))
        model.fetchMore({});
    return QTest::qWaitFor([&model]() { return !model.isLoading(); }, 60000);
}

void TstSecretListModel::initTestCase()
{
    CsmsLocalOptions options;
    options.seedDemo = 10000;
    m_big = std::make_unique<CsmsLocal>(options);
    QVERIFY2(m_big->start(), m_big->errorOutput().constData());
    auto client = sandboxClient(&m_nam, *m_big);
    QVERIFY(await(client->createSecret(secretRequest(QStringLiteral("zz-needle-secret"),
                                                     QStringLiteral("needle-value"))))
                    .ok());
}

void TstSecretListModel::pagesThroughTenThousand()
{
    auto client = sandboxClient(&m_nam, *m_big, 500);
    auto model = std::make_unique<SecretListModel>(client.get());
    auto tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
    QVERIFY(loadAll(*model));
    QCOMPARE(model->rowCount(), 10001);
    QCOMPARE(model->loadedCount(), 10001);
    QVERIFY(!model->canFetchMore({}));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 21); // one insert per page of 500 (the last page has 1 row)
    QSet<QString> names;
    for (int i = 0; i < model->rowCount(); ++i)
        names.insert(model->index(i, SecretListModel::NameColumn).data().toString());
    QCOMPARE(names.size(), 10001);
    const QModelIndex needle = model->index(model->rowOf(QStringLiteral("zz-needle-secret")), 0);
    QVERIFY(needle.isValid());
    QCOMPARE(needle.data(SecretListModel::StateRole).toString(), QStringLiteral("ENABLED"));
    QVERIFY(needle.data(SecretListModel::CreateTimeRole).toDateTime().isValid());
    QVERIFY(!needle.data(SecretListModel::IdRole).toString().isEmpty());
    QCOMPARE(needle.data(SecretListModel::PendingDeleteRole).toBool(), false);
}

void TstSecretListModel::localFilterIsInstantAndServerSearchFindsUnloaded()
{
    auto client = sandboxClient(&m_nam, *m_big, 200);
    auto model = std::make_unique<SecretListModel>(client.get());
    auto tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The tester asks for page after page; filter as soon as the first page is in, so that most
    // of the list is never loaded (in filter mode fetchMore() pages through the search instead).
    int expected = -1;
    int shownAtOnce = -1;
    QSignalSpy found(model.get(), &SecretListModel::searchFinished);
    connect(model.get(), &SecretListModel::pageLoaded, this, [&]() {
        if (expected >= 0)
            return;
        expected = 0;
        for (int i = 0; i < model->rowCount(); ++i)
            expected += model->index(i, 0).data().toString().contains(QLatin1String("ANALYTICS"),
                                                                      Qt::CaseInsensitive);
        model->setFilterText(QStringLiteral("ANALYTICS"));
        shownAtOnce = model->rowCount(); // instant: before any answer from the server
    });
    QVERIFY(firstPage(*model));
    QVERIFY(!found.isEmpty() || found.wait(30000));
    QVERIFY(expected > 0);
    QCOMPARE(shownAtOnce, expected);
    QVERIFY(model->loadedCount() < 10001);
    QVERIFY(model->searchTotal() > expected); // the server knows matches that are not loaded
    // The tester pages through the matches; they all show in the end.
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), model->searchTotal(), 30000);

    // The needle sorts last: it is not loaded, the server finds it.
    model->setFilterText(QStringLiteral("needle"));
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(found.wait(30000));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("zz-needle-secret"));
    QCOMPARE(model->searchTotal(), 1);

    // Clearing the filter shows the loaded list again.
    model->setFilterText(QString());
    QCOMPARE(model->rowCount(), model->loadedCount());
}

void TstSecretListModel::newerQueryWins()
{
    auto client = sandboxClient(&m_nam, *m_big, 200);
    auto model = std::make_unique<SecretListModel>(client.get());
    auto tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(firstPage(*model));
    QSignalSpy found(model.get(), &SecretListModel::searchFinished);
    model->setFilterText(QStringLiteral("prod"));
    model->setFilterText(QStringLiteral("payments"));
    model->setFilterText(QStringLiteral("needle"));
    QVERIFY(found.wait(30000));
    // Let any stray answer arrive: one more round trip on the same client.
    QVERIFY(await(client->listSecrets(QString(), 1)).ok());
    QCoreApplication::processEvents();
    QCOMPARE(found.count(), 1);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("zz-needle-secret"));
}

void TstSecretListModel::searchPagesThroughMatches()
{
    auto client = sandboxClient(&m_nam, *m_big, 50);
    auto model = std::make_unique<SecretListModel>(client.get());
    auto tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    model->setSearchPageSize(100);
    QSignalSpy found(model.get(), &SecretListModel::searchFinished);
    model->setFilterText(QStringLiteral("qa-billing"));
    QVERIFY(found.wait(30000));
    const int total = model->searchTotal();
    QVERIFY2(total > 100, qPrintable(QString::number(total)));
    QCOMPARE(model->rowCount(), 100);
    while (model->rowCount() < total) {
        if (model->canFetchMore({}))
            model->fetchMore({});
        QVERIFY(model->isLoading());
        QVERIFY(found.wait(30000));
    }
    QVERIFY(!model->canFetchMore({}));
    QCOMPARE(model->rowCount(), total);
    for (int i = 0; i < model->rowCount(); ++i)
        QVERIFY(model->index(i, 0).data().toString().contains(QLatin1String("qa-billing")));
}

void TstSecretListModel::failedPageThenRetry()
{
    QTemporaryDir dir;
    CsmsLocalOptions options;
    options.dataFile = dir.filePath(QStringLiteral("csms.db"));
    options.seedDemo = 1000;
    CsmsLocal server(options);
    QVERIFY2(server.start(), server.errorOutput().constData());
    auto client = sandboxClient(&m_nam, server, 200);
    auto model = std::make_unique<SecretListModel>(client.get());
    auto tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy failed(model.get(), &SecretListModel::loadFailed);
    // The server dies right after the first page: the next page (the tester asks for it at once,
    // or we do) fails.
    bool killed = false;
    connect(model.get(), &SecretListModel::pageLoaded, this, [&server, &killed]() {
        if (!killed)
            server.kill();
        killed = true;
    });
    QVERIFY(firstPage(*model));
    if (failed.isEmpty()) {
        QVERIFY(model->canFetchMore({}));
        model->fetchMore({});
        QVERIFY(model->isLoading());
        QVERIFY(!model->canFetchMore({})); // in flight
        QVERIFY(failed.wait(60000));
    }
    QCOMPARE(failed.count(), 1);
    const ApiError error = failed.first().first().value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::Network);
    QCOMPARE(model->rowCount(), 200); // consistent: nothing half-inserted
    QVERIFY(!model->isLoading());
    // Incomplete, and says so: a view scrolling to the end does not retry on its own.
    QVERIFY(model->isIncomplete());
    QCOMPARE(model->loadError().kind, ApiError::Kind::Network);
    QVERIFY(!model->canFetchMore({}));

    QVERIFY2(server.restart(), server.errorOutput().constData());
    if (server.port() != client->profile().csmsEndpoint.port())
        QSKIP("csms-local could not get its port back");
    QVERIFY(loadAll(*model));
    QCOMPARE(model->rowCount(), 1000);
    QCOMPARE(failed.count(), 1);
}

void TstSecretListModel::pagingThrough429Storm()
{
    CsmsLocalOptions options;
    options.seedDemo = 1500;
    options.fault429Rate = 0.3;
    CsmsLocal server(options);
    QVERIFY2(server.start(), server.errorOutput().constData());
    auto client = sandboxClient(&m_nam, server, 100);
    auto model = std::make_unique<SecretListModel>(client.get());
    auto tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    int rateLimited = 0;
    connect(client.get(), &CsmsClient::callFinished, this, [&rateLimited](const ApiCallRecord &r) {
        rateLimited += r.attempts > 1 || r.httpStatus == 429;
    });
    QVERIFY(loadAll(*model, 10)); // a page that stays throttled after its retries is retried
    // The 15 pages all pass unthrottled once in ~200 runs (0.7^15): refresh (pages of up to 500)
    // until the storm has hit, so that the test always covers it (0.7^45 after ten refreshes).
    for (int i = 0; i < 10 && rateLimited == 0; ++i) {
        QSignalSpy refreshed(model.get(), &SecretListModel::refreshed);
        QSignalSpy failed(model.get(), &SecretListModel::loadFailed); // a page throttled 4 times
        model->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() + failed.count() > 0, 60000);
    }
    QCOMPARE(model->rowCount(), 1500);
    QSet<QString> names;
    for (int i = 0; i < model->rowCount(); ++i)
        names.insert(model->index(i, 0).data().toString());
    QCOMPARE(names.size(), 1500); // no page twice, none missing
    QVERIFY(rateLimited > 0); // the storm did hit
}

void TstSecretListModel::refreshKeepsSurvivingRows()
{
    CsmsLocal server;
    QVERIFY2(server.start(), server.errorOutput().constData());
    auto client = sandboxClient(&m_nam, server, 10);
    for (int i = 0; i < 30; ++i) {
        const QString name = QStringLiteral("s%1").arg(i * 2, 3, 10, QLatin1Char('0'));
        QVERIFY(await(client->createSecret(secretRequest(name, QStringLiteral("x")))).ok());
    }
    auto model = std::make_unique<SecretListModel>(client.get());
    auto tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loadAll(*model));
    QCOMPARE(model->rowCount(), 30);
    const QPersistentModelIndex kept(model->index(model->rowOf(QStringLiteral("s040")), 0));
    const QPersistentModelIndex changed(model->index(model->rowOf(QStringLiteral("s020")), 0));
    const QPersistentModelIndex gone(model->index(model->rowOf(QStringLiteral("s010")), 0));

    // Someone else changes the list meanwhile.
    auto other = sandboxClient(&m_nam, server, 10);
    QVERIFY(await(other->deleteSecret(QStringLiteral("s010"))).ok());
    QVERIFY(await(other->createSecret(secretRequest(QStringLiteral("s011"), QStringLiteral("y"))))
                    .ok());
    UpdateSecretRequest update;
    update.description = QStringLiteral("rotated by ops");
    QVERIFY(await(other->updateSecret(QStringLiteral("s020"), update)).ok());

    QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy removed(model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy dataChanged(model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy refreshed(model.get(), &SecretListModel::refreshed);
    model->refresh();
    QVERIFY(refreshed.wait(30000));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(inserted.count(), 1);
    QVERIFY(dataChanged.count() >= 1);
    QCOMPARE(model->rowCount(), 30);
    QVERIFY(kept.isValid());
    QCOMPARE(kept.data().toString(), QStringLiteral("s040")); // selection / scroll anchor kept
    QVERIFY(changed.isValid());
    QCOMPARE(changed.data(SecretListModel::DescriptionRole).toString(),
             QStringLiteral("rotated by ops"));
    QVERIFY(!gone.isValid());
    QCOMPARE(model->rowOf(QStringLiteral("s011")), 5); // s000 s002 s004 s006 s008 s011
}

// The usual refresh (after a bulk scheduled deletion): the same secrets, some changed. Only the
// changed rows are reported, in contiguous runs, with no insert, remove or reset.
void TstSecretListModel::refreshOfChangedRowsOnly()
{
    CsmsLocal server;
    QVERIFY2(server.start(), server.errorOutput().constData());
    auto client = sandboxClient(&m_nam, server, 10);
    for (int i = 0; i < 25; ++i) {
        const QString name = QStringLiteral("r%1").arg(i, 2, 10, QLatin1Char('0'));
        QVERIFY(await(client->createSecret(secretRequest(name, QStringLiteral("x")))).ok());
    }
    auto model = std::make_unique<SecretListModel>(client.get());
    auto tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loadAll(*model));
    QCOMPARE(model->rowCount(), 25);
    const QPersistentModelIndex anchor(model->index(12, 0));
    for (const char *name : {"r03", "r04", "r05", "r20"})
        QVERIFY(await(client->scheduleDeletion(QLatin1String(name), 7)).ok());

    QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy removed(model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy dataChanged(model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy refreshed(model.get(), &SecretListModel::refreshed);
    model->refresh();
    QVERIFY(refreshed.wait(30000));
    QCOMPARE(reset.count() + removed.count() + inserted.count(), 0);
    QCOMPARE(dataChanged.count(), 2); // r03..r05, then r20
    QCOMPARE(dataChanged.at(0).at(0).toModelIndex().row(), 3);
    QCOMPARE(dataChanged.at(0).at(1).toModelIndex().row(), 5);
    QCOMPARE(dataChanged.at(1).at(0).toModelIndex().row(), 20);
    QCOMPARE(dataChanged.at(1).at(1).toModelIndex().row(), 20);
    QCOMPARE(model->index(4, 0).data(SecretListModel::StateRole).toString(),
             QStringLiteral("PENDING_DELETE"));
    QCOMPARE(model->index(6, 0).data(SecretListModel::StateRole).toString(),
             QStringLiteral("ENABLED"));
    QVERIFY(anchor.isValid());
    QCOMPARE(anchor.row(), 12);
}

void TstSecretListModel::noValueInAnyRole()
{
    CsmsLocal server;
    QVERIFY2(server.start(), server.errorOutput().constData());
    auto client = sandboxClient(&m_nam, server);
    const QString value = QStringLiteral("sv-DO-NOT-SHOW-42");
    QVERIFY(await(client->createSecret(secretRequest(QStringLiteral("db"), value,
                                                     QStringLiteral("the db password"))))
                    .ok());
    auto model = std::make_unique<SecretListModel>(client.get());
    auto tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(firstPage(*model));
    QCOMPARE(model->rowCount(), 1);
    for (int column = 0; column < model->columnCount(); ++column) {
        for (int role = 0; role < Qt::UserRole + 32; ++role) {
            const QVariant v = model->index(0, column).data(role);
            QVERIFY(!v.toString().contains(value));
            QVERIFY(!v.toStringList().join(QLatin1Char(' ')).contains(value));
        }
    }
}

// A GaussDB-FG secret is a TaurusDB secret (Huawei's SDK, issue 15): the Type column says so.
void TstSecretListModel::taurusDbSecretsSayTaurusDb()
{
    CsmsLocal server;
    QVERIFY2(server.start(), server.errorOutput().constData());
    auto client = sandboxClient(&m_nam, server);
    CreateSecretRequest r = secretRequest(QStringLiteral("taurus-admin"), QStringLiteral("{}"));
    r.secretType = QStringLiteral("GaussDB-FG");
    r.rotationConfig = QStringLiteral("{'InstanceId':'taurus-1','SecretSubType':'SingleUser'}");
    QVERIFY(await(client->createSecret(r)).ok());
    auto model = std::make_unique<SecretListModel>(client.get());
    auto tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(firstPage(*model));
    QCOMPARE(model->index(0, SecretListModel::TypeColumn).data().toString(),
             QStringLiteral("TaurusDB (GaussDB-FG)"));
}

QTEST_GUILESS_MAIN(TstSecretListModel)
#include "tst_secretlistmodel.moc"
