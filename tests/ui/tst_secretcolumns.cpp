// SPDX-License-Identifier: Apache-2.0
// The secrets table's columns on a real csms-local: a 64-character name is shown whole (the Name
// column is sized to the loaded names first, the others scroll to its right), also at 900×600;
// Tab leaves the table; a list whose next page fails says it is incomplete and Retry goes on from
// that page once the server is back.
#include "cellsfit.h"
#include "core/model/secretlistmodel.h"
#include "ui/mainwindow.h"
#include "ui/messagebanner.h"
#include "uisandbox.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace keystage;
using keystage::ui::MainWindow;

namespace {
const QString longName
        = QStringLiteral("payments-gateway-merchant-settlement-signing-key-prod-eu-01");
const QString longest
        = QStringLiteral("a-payments-gateway-merchant-settlement-signing-key-prod-eu-01645");
} // namespace

class TestSecretColumns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        test::useScratchSettings(m_settingsDir.path(), QStringLiteral("tst_secretcolumns"));
        QVERIFY2(m_server.start(), m_server.errorOutput().constData());
        m_client = test::uiClient(&m_nam, m_server);
        QCOMPARE(longest.size(), 64);
        for (const QString &name :
             {longest, longName, QStringLiteral("db"), QStringLiteral("api-key")}) {
            QVERIFY(test::createSecret(m_client.get(), name, QStringLiteral("value")));
        }
    }

    void namesAreShownWhole_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("900x600") << QSize(900, 600);
        QTest::newRow("1600x1000") << QSize(1600, 1000);
    }

    void namesAreShownWhole()
    {
        QFETCH(QSize, size);
        MainWindow window;
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setClient(m_client.get());
        QTRY_COMPARE(window.secretsModel()->rowCount(), 4);
        QTableView *view = window.secretsView();
        const QStringList cut = test::cutCells(view, {SecretListModel::NameColumn});
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));
        // Name first: it is the first column, and at most as wide as its longest name needs.
        QCOMPARE(view->horizontalHeader()->visualIndex(SecretListModel::NameColumn), 0);
        QVERIFY(view->columnWidth(SecretListModel::NameColumn)
                < view->fontMetrics().horizontalAdvance(longest) + 80);
        window.setClient(nullptr);
    }

    void tabLeavesTheTable()
    {
        MainWindow window;
        window.resize(900, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setClient(m_client.get());
        QTRY_COMPARE(window.secretsModel()->rowCount(), 4);
        QTableView *view = window.secretsView();
        QVERIFY(!view->tabKeyNavigation());
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        QTest::keyClick(view, Qt::Key_Tab);
        QTRY_VERIFY(!view->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        QTRY_VERIFY(view->hasFocus());
        window.setClient(nullptr);
    }

    void anIncompleteListSaysSoAndRetries()
    {
        QTemporaryDir data;
        test::CsmsLocalOptions options;
        options.seedDemo = 250;
        options.dataFile = data.filePath(QStringLiteral("csms.db"));
        test::CsmsLocal server(options);
        QVERIFY2(server.start(), server.errorOutput().constData());
        QNetworkAccessManager nam;
        auto client = test::uiClient(&nam, server); // the sandbox profile: pages of 100
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setClient(client.get());
        QTRY_COMPARE(window.secretsModel()->rowCount(), 100);
        QTRY_VERIFY(client->inFlight() == 0 && client->queued() == 0);

        server.kill();
        window.secretsView()->scrollToBottom();
        QTRY_VERIFY_WITH_TIMEOUT(window.secretsModel()->isIncomplete(), 30000);
        ui::MessageBanner *banner = window.banner();
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->headline().contains(QStringLiteral("incomplete")),
                 qPrintable(banner->headline()));
        QVERIFY(banner->actionButton()->isVisible());
        QCOMPARE(window.secretsModel()->rowCount(), 100); // nothing listed twice or dropped

        QVERIFY2(server.restart(), server.errorOutput().constData());
        QTest::mouseClick(banner->actionButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window.secretsModel()->rowCount() > 100, 30000);
        QVERIFY(!window.secretsModel()->isIncomplete());
        window.setClient(nullptr);
    }

private:
    QTemporaryDir m_settingsDir;
    test::CsmsLocal m_server;
    QNetworkAccessManager m_nam;
    std::unique_ptr<CsmsClient> m_client;
};

QTEST_MAIN(TestSecretColumns)
#include "tst_secretcolumns.moc"
