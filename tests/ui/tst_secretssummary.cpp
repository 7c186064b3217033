// SPDX-License-Identifier: Apache-2.0
// SecretsSummary against a real csms-local with 250 demo secrets: the line under the table says
// how many secrets the server holds and how many are loaded, then how many are selected, and the
// number of matches while a filter is set.
#include "core/model/secretlistmodel.h"
#include "ui/secrets/secretssummary.h"
#include "ui/translators.h"
#include "uisandbox.h"

#include <QItemSelectionModel>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace keystage;
using keystage::ui::SecretsSummary;

class TestSecretsSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        ui::installTranslators(QLocale(QLocale::English)); // "250 secrets", not "secret(s)"
        test::CsmsLocalOptions options;
        options.seedDemo = 250;
        m_server = std::make_unique<test::CsmsLocal>(options);
        QVERIFY2(m_server->start(), m_server->errorOutput().constData());
        m_client = test::uiClient(&m_nam, *m_server);
    }

    void countsLoadedSelectedAndMatches()
    {
        SecretListModel model(m_client.get());
        model.setPageSize(100);
        QItemSelectionModel selection(&model);
        SecretsSummary summary;
        summary.setList(m_client.get(), &model, &selection);
        QSignalSpy pages(&model, &SecretListModel::pageLoaded);
        model.fetchMore({});
        QVERIFY(pages.wait(10000));
        QTRY_COMPARE(summary.serverTotal(), 250);
        QCOMPARE(summary.text(), QStringLiteral("250 secrets (100 loaded)"));

        selection.select(model.index(3, 0),
                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
        selection.select(model.index(7, 0),
                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(summary.text(), QStringLiteral("250 secrets (100 loaded) · 2 selected"));
        selection.clearSelection();

        while (model.canFetchMore({})) {
            model.fetchMore({});
            QVERIFY(pages.wait(10000));
        }
        QCOMPARE(summary.text(), QStringLiteral("250 secrets"));

        QSignalSpy searched(&model, &SecretListModel::searchFinished);
        model.setFilterText(QStringLiteral("payments"));
        QVERIFY(searched.wait(10000));
        const int matches = model.searchTotal();
        QVERIFY(matches > 0);
        QVERIFY2(summary.text().startsWith(QStringLiteral("%1 match").arg(matches)),
                 qPrintable(summary.text()));
    }

    void saysOnlyWhatItKnowsWithoutACount()
    {
        SecretListModel model(m_client.get());
        model.setPageSize(100);
        SecretsSummary summary;
        summary.setList(nullptr, &model, nullptr); // no client: no count call
        QSignalSpy pages(&model, &SecretListModel::pageLoaded);
        model.fetchMore({});
        QVERIFY(pages.wait(10000));
        QCOMPARE(summary.serverTotal(), -1);
        QCOMPARE(summary.text(), QStringLiteral("100+ loaded"));
        summary.setList(nullptr, nullptr, nullptr);
        QVERIFY(summary.text().isEmpty());
    }

private:
    std::unique_ptr<test::CsmsLocal> m_server;
    QNetworkAccessManager m_nam;
    std::unique_ptr<CsmsClient> m_client;
};

QTEST_MAIN(TestSecretsSummary)
#include "tst_secretssummary.moc"
