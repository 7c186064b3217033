// SPDX-License-Identifier: Apache-2.0
// SecretPrefetcher against csms-local (issue 18): the next page is read before the scroll reaches
// the end, one page at a time; the versions of the row under the cursor are read once the cursor
// rests there (into the session cache), never during a fast move, one read at a time, aborted
// when the cursor moves on. The pause is the prefetcher's own QTimer: the tests wait on signals
// and QTRY_, never sleep.
#include "core/api/sessioncache.h"
#include "core/model/secretlistmodel.h"
#include "ui/secrets/secretprefetcher.h"
#include "uisandbox.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace keystage;
using namespace keystage::ui;

class TestSecretPrefetcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::CsmsLocalOptions options;
        options.seedDemo = 300;
        options.faultLatencyMs = 200; // a read is seen in flight before its answer
        m_server = std::make_unique<test::CsmsLocal>(options);
        QVERIFY2(m_server->start(120000), m_server->errorOutput().constData());
    }

    void init()
    {
        Profile profile = SandboxProfile::profile(m_server->baseUrl());
        profile.pageSize = 50; // 300 secrets: 6 pages
        m_client = std::make_unique<CsmsClient>(&m_nam, profile, SandboxProfile::credentials());
        m_model = std::make_unique<SecretListModel>(m_client.get());
        // No QAbstractItemModelTester here: it calls fetchMore() at every check and would load
        // every page itself (tst_secretlistmodel tests the model with one).
        m_view = std::make_unique<QTableView>();
        m_view->resize(600, 400);
        m_view->setModel(m_model.get());
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_prefetcher = new SecretPrefetcher(m_view.get(), m_client.get(), m_model.get());
        m_calls.clear();
        connect(m_client.get(), &CsmsClient::callFinished, this,
                [this](const ApiCallRecord &r) { m_calls << r; });
        m_model->fetchMore(QModelIndex());
        QTRY_VERIFY_WITH_TIMEOUT(m_model->rowCount() > 0, 10000);
        settle();
        m_calls.clear();
    }

    void cleanup()
    {
        m_view.reset();
        m_model.reset();
        m_client.reset();
    }

    void nextPageBeforeTheEnd()
    {
        const int page = m_client->profile().pageSize;
        const int loaded = m_model->rowCount();
        QCOMPARE(loaded, page);
        // Scroll so the last visible row is a few rows short of the end: the next page is asked
        // for now, not when the user hits the bottom.
        m_view->scrollTo(m_model->index(loaded - 5, 0), QAbstractItemView::PositionAtBottom);
        QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 2 * page, 10000);
        const QModelIndex lastVisible
                = m_view->indexAt(QPoint(1, m_view->viewport()->height() - 1));
        QVERIFY(lastVisible.row() < loaded); // the view had not reached the end
        QCOMPARE(m_prefetcher->pagesFetched(), 1);
    }

    void scrollingThroughIsOnePagePerPage()
    {
        const int page = m_client->profile().pageSize;
        // Down the list a few rows at a time, to its end, the model's own paging included.
        for (int step = 0; step < 200 && m_model->rowCount() < 300; ++step) {
            const int row = qMin(m_view->indexAt(QPoint(1, 1)).row() + 7, m_model->rowCount() - 1);
            m_view->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtTop);
            settle();
        }
        settle();
        int pages = 0;
        for (const ApiCallRecord &r : std::as_const(m_calls))
            pages += r.path.endsWith(QLatin1String("/secrets")) ? 1 : 0;
        QVERIFY2(pages <= (300 + page - 1) / page, qPrintable(QString::number(pages)));
        QCOMPARE(m_model->rowCount(), 300);
    }

    void fastCursorMoveReadsOnlyWhereItRests()
    {
        m_view->setFocus();
        m_view->setCurrentIndex(m_model->index(0, 0));
        m_view->selectionModel()->clearSelection(); // the cursor without a selection
        QSignalSpy prefetched(m_prefetcher, &SecretPrefetcher::versionsPrefetched);
        // 40 rows down, each key handled at once: the pause never elapses in between.
        for (int i = 0; i < 40; ++i)
            QTest::keyClick(m_view.get(), Qt::Key_Down, Qt::ControlModifier);
        const int rested = m_view->currentIndex().row();
        QCOMPARE(rested, 40);
        const QString name = m_model->index(rested, 0).data(SecretListModel::NameRole).toString();
        QVERIFY(prefetched.wait(10000));
        QCOMPARE(prefetched.count(), 1);
        QCOMPARE(prefetched.first().first().toString(), name);
        QCOMPARE(m_prefetcher->versionReads(), 1);
        QVERIFY(m_client->sessionCache()->versions(name));
        settle();
        int versionCalls = 0;
        for (const ApiCallRecord &r : std::as_const(m_calls))
            versionCalls += r.path.endsWith(QLatin1String("/versions")) ? 1 : 0;
        QCOMPARE(versionCalls, 1); // one listVersions for 40 rows passed

        // Back on a row already cached: nothing more is read.
        QTest::keyClick(m_view.get(), Qt::Key_Up, Qt::ControlModifier);
        QTest::keyClick(m_view.get(), Qt::Key_Down, Qt::ControlModifier);
        QVERIFY(m_prefetcher->isWaiting());
        QTRY_VERIFY(!m_prefetcher->isWaiting()); // the pause elapsed on the cached row
        QCOMPARE(m_prefetcher->versionReads(), 1);
        QCOMPARE(prefetched.count(), 1);
    }

    void movingOnAbortsTheRead()
    {
        m_view->setFocus();
        m_view->setCurrentIndex(m_model->index(0, 0));
        m_view->selectionModel()->clearSelection();
        QTest::keyClick(m_view.get(), Qt::Key_Down, Qt::ControlModifier);
        const QString first = m_model->index(1, 0).data(SecretListModel::NameRole).toString();
        // The pause elapses, the read goes out; the cursor moves on before its answer (200 ms).
        QTRY_COMPARE(m_prefetcher->versionReads(), 1);
        QTest::keyClick(m_view.get(), Qt::Key_Down, Qt::ControlModifier);
        settle();
        QVERIFY(!m_client->sessionCache()->versions(first));
        QCOMPARE(m_calls.size(), 1);
        QVERIFY(m_calls.first().errorKind == ApiError::Kind::Cancelled);
        QTRY_COMPARE(m_prefetcher->versionReads(), 2); // then the row it rests on
    }

private:
    void settle()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_client->inFlight() == 0 && m_client->queued() == 0, 10000);
        QCoreApplication::processEvents();
    }

    QNetworkAccessManager m_nam;
    std::unique_ptr<test::CsmsLocal> m_server;
    std::unique_ptr<CsmsClient> m_client;
    std::unique_ptr<SecretListModel> m_model;
    std::unique_ptr<QTableView> m_view;
    SecretPrefetcher *m_prefetcher = nullptr;
    QList<ApiCallRecord> m_calls;
};

QTEST_MAIN(TestSecretPrefetcher)
#include "tst_secretprefetcher.moc"
