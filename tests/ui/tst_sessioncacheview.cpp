// SPDX-License-Identifier: Apache-2.0
// The session cache as the window shows it (issue 18), against csms-local answering 150 ms late:
// a secret selected a second time paints its details, tags, versions and stages from the cache
// before any answer, and the answers still come; Refresh and a write empty the cache, so the
// next selection waits for the server instead of painting what may be stale.
#include "core/api/sessioncache.h"
#include "core/model/secretlistmodel.h"
#include "core/model/versionstagemodel.h"
#include "ui/detailspanel.h"
#include "ui/mainwindow.h"
#include "ui/stageboard.h"
#include "uisandbox.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace keystage;
using namespace keystage::ui;

class TestSessionCacheView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::useScratchSettings(m_settings.path(), QStringLiteral("tst_sessioncacheview"));
        test::CsmsLocalOptions options;
        options.faultLatencyMs = 150;
        m_server = std::make_unique<test::CsmsLocal>(options);
        QVERIFY2(m_server->start(), m_server->errorOutput().constData());
        m_client = test::uiClient(&m_nam, *m_server);
        QVERIFY(test::createStagedSecret(m_client.get(), QStringLiteral("app")));
        QVERIFY(test::createSecret(m_client.get(), QStringLiteral("other"), QStringLiteral("v")));
        const auto app = test::await(m_client->showSecret(QStringLiteral("app")));
        QVERIFY(app.ok());
        QVERIFY(test::await(m_client->createTag(app->id,
                                                Tag{QStringLiteral("team"), QStringLiteral("pay")}))
                        .ok());
    }

    void secondSelectionPaintsFromCacheUntilRefresh()
    {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setClient(m_client.get());
        QTRY_VERIFY_WITH_TIMEOUT(window.secretsModel()->rowCount() == 2, 10000);
        QTableView *view = window.secretsView();
        const auto rowOf = [view](const QString &name) {
            for (int row = 0; row < view->model()->rowCount(); ++row) {
                if (view->model()->index(row, 0).data(SecretListModel::NameRole) == name)
                    return view->model()->index(row, 0);
            }
            return QModelIndex();
        };
        const auto settle = [this]() {
            QTRY_VERIFY_WITH_TIMEOUT(m_client->inFlight() == 0 && m_client->queued() == 0, 10000);
        };
        DetailsPanel *details = window.detailsPanel();
        VersionStageModel *board = window.stageBoard()->model();
        const auto select = [&](const QString &name) { view->setCurrentIndex(rowOf(name)); };

        select(QStringLiteral("app"));
        QTRY_COMPARE_WITH_TIMEOUT(details->fieldText(QStringLiteral("tags")),
                                  QStringLiteral("team=pay"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(board->rowCount() > 0, 10000);
        settle();
        const int versions = board->rowCount();
        select(QStringLiteral("other"));
        QTRY_COMPARE_WITH_TIMEOUT(board->secretName(), QStringLiteral("other"), 10000);
        settle();

        // Second selection: painted at once, every answer still 150 ms away.
        QSignalSpy calls(m_client.get(), &CsmsClient::callFinished);
        select(QStringLiteral("app"));
        QCOMPARE(details->fieldText(QStringLiteral("state")), QStringLiteral("ENABLED"));
        QCOMPARE(details->fieldText(QStringLiteral("tags")), QStringLiteral("team=pay"));
        QCOMPARE(board->rowCount(), versions);
        QVERIFY(board->showsCached());
        QCOMPARE(calls.count(), 0);
        QVERIFY(m_client->inFlight() + m_client->queued() > 0); // the server is asked all the same
        settle();
        QVERIFY(!board->showsCached());

        // Refresh: the cache is emptied; the next selection waits for the server.
        select(QStringLiteral("other"));
        settle();
        window.refresh();
        settle();
        QVERIFY(!m_client->sessionCache()->versions(QStringLiteral("app")));
        select(QStringLiteral("app"));
        QCOMPARE(board->rowCount(), 0);
        QCOMPARE(details->fieldText(QStringLiteral("state")), QStringLiteral("loading…"));
        settle();
        QCOMPARE(board->rowCount(), versions);

        // A write (here a tag created through the same client) empties it too.
        select(QStringLiteral("other"));
        settle();
        const auto app = test::await(m_client->showSecret(QStringLiteral("app")));
        QVERIFY(app.ok());
        QVERIFY(test::await(m_client->createTag(app->id,
                                                Tag{QStringLiteral("tier"), QStringLiteral("1")}))
                        .ok());
        select(QStringLiteral("app"));
        QCOMPARE(board->rowCount(), 0);
        QCOMPARE(details->fieldText(QStringLiteral("tags")), QString());
        QTRY_COMPARE_WITH_TIMEOUT(details->fieldText(QStringLiteral("tags")),
                                  QStringLiteral("team=pay, tier=1"), 10000);
        settle();
        window.setClient(nullptr);
    }

private:
    QTemporaryDir m_settings;
    std::unique_ptr<test::CsmsLocal> m_server;
    QNetworkAccessManager m_nam;
    std::unique_ptr<CsmsClient> m_client;
};

QTEST_MAIN(TestSessionCacheView)
#include "tst_sessioncacheview.moc"
