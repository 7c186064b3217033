// SPDX-License-Identifier: Apache-2.0
// SecretListModel's tag and state filters against a real csms-local: a tag search finds secrets
// that are not loaded (the server's resource-instances filter), a state filter narrows the loaded
// rows and the server's matches on the client (the server cannot filter by state), and the Tags
// column shows the tags the searches returned.
#include "core/model/secretlistmodel.h"
#include "sandboxclient.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace keystage;
using namespace keystage::test;

class TstSecretListFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tagFilterFindsUnloadedSecrets();
    void tagAndNameCombine();
    void stateFilterOnLoadedPages();
    void stateFilterOnServerMatches();
    void clearingEveryFilterBringsTheFullListBack();

private:
    static QStringList names(const SecretListModel &model);
    static bool settle(SecretListModel &model);
    std::unique_ptr<CsmsLocal> m_server;
    QNetworkAccessManager m_nam;
};

QStringList TstSecretListFilter::names(const SecretListModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, 0).data(SecretListModel::NameRole).toString();
    out.sort();
    return out;
}

bool TstSecretListFilter::settle(SecretListModel &model)
{
    return QTest::qWaitFor([&model]() { return !model.isLoading(); }, 30000);
}

void TstSecretListFilter::initTestCase()
{
    m_server = std::make_unique<CsmsLocal>(CsmsLocalOptions());
    QVERIFY2(m_server->start(), m_server->errorOutput().constData());
    auto client = sandboxClient(&m_nam, *m_server);
    // 20 plain secrets first: with pages of 5, the tagged ones are not on the first page.
    for (int i = 0; i < 20; ++i) {
        QVERIFY(await(client->createSecret(secretRequest(
                              QStringLiteral("plain-%1").arg(i, 2, 10, QLatin1Char('0')),
                              QStringLiteral("v"))))
                        .ok());
    }
    const QList<QPair<QString, Tag>> tagged{
            {QStringLiteral("zz-pay-db"), Tag{QStringLiteral("team"), QStringLiteral("pay")}},
            {QStringLiteral("zz-pay-api"), Tag{QStringLiteral("team"), QStringLiteral("pay")}},
            {QStringLiteral("zz-ops-db"), Tag{QStringLiteral("team"), QStringLiteral("ops")}}};
    for (const auto &[name, tag] : tagged) {
        const auto created = await(client->createSecret(secretRequest(name, QStringLiteral("v"))));
        QVERIFY(created.ok());
        QVERIFY(await(client->createTag(created->id, tag)).ok());
    }
    // One pending deletion among the plain ones and one among the tagged ones.
    QVERIFY(await(client->scheduleDeletion(QStringLiteral("plain-03"), 7)).ok());
    QVERIFY(await(client->scheduleDeletion(QStringLiteral("zz-pay-api"), 7)).ok());
}

void TstSecretListFilter::tagFilterFindsUnloadedSecrets()
{
    auto client = sandboxClient(&m_nam, *m_server, 5);
    auto model = std::make_unique<SecretListModel>(client.get());
    auto tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The tester asks for page after page: filter as soon as the first page is in, so that the
    // tagged secrets (sorted last) are never loaded from the list.
    bool taggedLoaded = true;
    connect(model.get(), &SecretListModel::pageLoaded, this, [&]() {
        if (model->hasFilter())
            return;
        taggedLoaded = model->rowOf(QStringLiteral("zz-pay-db")) >= 0;
        model->setTagFilter({Tag{QStringLiteral("team"), QStringLiteral("pay")}});
    });
    if (model->canFetchMore({}))
        model->fetchMore({});
    QTRY_VERIFY(model->hasFilter());
    QVERIFY(settle(*model));
    QVERIFY(!taggedLoaded);
    QVERIFY(model->loadedCount() < 23);
    QCOMPARE(names(*model),
             (QStringList{QStringLiteral("zz-pay-api"), QStringLiteral("zz-pay-db")}));
    QCOMPARE(model->searchTotal(), 2);
    // The search returned their tags: the Tags column shows them.
    const int row = model->rowOf(QStringLiteral("zz-pay-db"));
    QCOMPARE(model->index(row, SecretListModel::TagsColumn).data().toString(),
             QStringLiteral("team=pay"));
    QVERIFY(model->tagsKnown(QStringLiteral("zz-pay-db")));

    // A key with no value: any value of the key.
    model->setTagFilter({Tag{QStringLiteral("team"), QString()}});
    QVERIFY(settle(*model));
    QCOMPARE(names(*model).size(), 3);
}

void TstSecretListFilter::tagAndNameCombine()
{
    auto client = sandboxClient(&m_nam, *m_server, 5);
    auto model = std::make_unique<SecretListModel>(client.get());
    auto tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    model->setFilterText(QStringLiteral("db"));
    model->setTagFilter({Tag{QStringLiteral("team"), QStringLiteral("pay")}});
    QVERIFY(settle(*model));
    QCOMPARE(names(*model), QStringList{QStringLiteral("zz-pay-db")});
}

void TstSecretListFilter::stateFilterOnLoadedPages()
{
    auto client = sandboxClient(&m_nam, *m_server, 5);
    auto model = std::make_unique<SecretListModel>(client.get());
    auto tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QStringList shownAtOnce;
    int searches = 0;
    connect(client.get(), &CsmsClient::callFinished, this, [&searches](const ApiCallRecord &call) {
        searches += call.path.contains(QLatin1String("resource_instances"));
    });
    connect(model.get(), &SecretListModel::pageLoaded, this, [&]() {
        if (model->hasFilter())
            return;
        model->setStateFilter(QStringLiteral("PENDING_DELETE"));
        shownAtOnce = names(*model);
    });
    if (model->canFetchMore({}))
        model->fetchMore({});
    QTRY_VERIFY(model->hasFilter());
    QCOMPARE(shownAtOnce, QStringList{QStringLiteral("plain-03")}); // on the first page
    QCOMPARE(model->searchTotal(), -1);
    // Paging goes on through the full list, showing only the matching rows.
    while (!model->isComplete()) {
        if (model->canFetchMore({}))
            model->fetchMore({});
        QVERIFY(settle(*model));
    }
    QCOMPARE(names(*model),
             (QStringList{QStringLiteral("plain-03"), QStringLiteral("zz-pay-api")}));
    QCOMPARE(model->loadedCount(), 23);
    QCOMPARE(searches, 0); // the server cannot filter by state: no search was sent
    // A refresh keeps the state filter.
    model->refresh();
    QVERIFY(settle(*model));
    QCOMPARE(names(*model),
             (QStringList{QStringLiteral("plain-03"), QStringLiteral("zz-pay-api")}));
}

void TstSecretListFilter::stateFilterOnServerMatches()
{
    auto client = sandboxClient(&m_nam, *m_server, 5);
    auto model = std::make_unique<SecretListModel>(client.get());
    auto tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    model->setStateFilter(QStringLiteral("ENABLED"));
    model->setTagFilter({Tag{QStringLiteral("team"), QStringLiteral("pay")}});
    QVERIFY(settle(*model));
    QCOMPARE(names(*model), QStringList{QStringLiteral("zz-pay-db")});
    QVERIFY(model->wouldShow(QStringLiteral("zz-pay-db"), QStringLiteral("ENABLED")));
    QVERIFY(!model->wouldShow(QStringLiteral("zz-pay-db"), QStringLiteral("DISABLED")));
    QVERIFY(!model->wouldShow(QStringLiteral("brand-new"), QStringLiteral("ENABLED")));
}

void TstSecretListFilter::clearingEveryFilterBringsTheFullListBack()
{
    auto client = sandboxClient(&m_nam, *m_server, 50);
    auto model = std::make_unique<SecretListModel>(client.get());
    auto tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    if (model->canFetchMore({}))
        model->fetchMore({});
    QVERIFY(settle(*model));
    QCOMPARE(model->rowCount(), 23);
    model->setStateFilter(QStringLiteral("PENDING_DELETE"));
    model->setTagFilter({Tag{QStringLiteral("team"), QString()}});
    QVERIFY(settle(*model));
    QCOMPARE(names(*model), QStringList{QStringLiteral("zz-pay-api")});
    model->setTagFilter({});
    model->setStateFilter({});
    QVERIFY(!model->hasFilter());
    QCOMPARE(model->rowCount(), 23);
    // Tags read by the search stay known after the filter is cleared.
    const int row = model->rowOf(QStringLiteral("zz-ops-db"));
    QVERIFY(row >= 0);
    QCOMPARE(model->index(row, SecretListModel::TagsColumn)
                     .data(SecretListModel::TagsRole)
                     .toString(),
             QStringLiteral("team=ops"));
    QVERIFY(!model->index(model->rowOf(QStringLiteral("plain-00")), SecretListModel::TagsColumn)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .isEmpty());
}

QTEST_GUILESS_MAIN(TstSecretListFilter)
#include "tst_secretlistfilter.moc"
