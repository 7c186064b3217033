// SPDX-License-Identifier: Apache-2.0
// DetailsPanel against a real csms-local that answers each request after 150 ms: with the secret's
// id known from the list, its tags are read beside the secret (one round trip for the panel, not
// two); without it they follow the secret; tags never show on another secret's details; the
// fields keep their place while the next secret loads.
#include "core/api/sessioncache.h"
#include "core/model/activitymodel.h"
#include "ui/detailspanel.h"
#include "uisandbox.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace keystage;
using keystage::ui::DetailsPanel;

class TestDetailsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::CsmsLocalOptions options;
        options.faultLatencyMs = 150;
        m_server = std::make_unique<test::CsmsLocal>(options);
        QVERIFY2(m_server->start(), m_server->errorOutput().constData());
        m_client = test::uiClient(&m_nam, *m_server);
        for (const char *name : {"app", "other"}) {
            QVERIFY(test::createSecret(m_client.get(), QString::fromLatin1(name),
                                       QStringLiteral("v")));
            const auto secret = test::await(m_client->showSecret(QString::fromLatin1(name)));
            QVERIFY(secret.ok());
            m_ids << secret->id;
        }
        QVERIFY(test::await(m_client->createTag(m_ids.at(0),
                                                Tag{QStringLiteral("team"), QStringLiteral("pay")}))
                        .ok());
    }

    void tagsComeBesideTheSecret()
    {
        ActivityModel log;
        log.attach(m_client.get());
        DetailsPanel panel;
        panel.setClient(m_client.get());
        panel.showSecret(QStringLiteral("app"), m_ids.at(0));
        QTRY_COMPARE(panel.fieldText(QStringLiteral("tags")), QStringLiteral("team=pay"));
        QTRY_COMPARE(log.rowCount(), 2);
        const ApiCallRecord show = recordEndingWith(log, QStringLiteral("/secrets/app"));
        const ApiCallRecord tags = recordEndingWith(log, QStringLiteral("/tags"));
        // The tags call left before the secret's answer came back.
        QVERIFY(tags.startedAt < show.startedAt.addMSecs(show.latencyMs));
        QCOMPARE(panel.fieldText(QStringLiteral("state")), QStringLiteral("ENABLED"));
    }

    void withoutAnIdTagsFollowTheSecret()
    {
        ActivityModel log;
        log.attach(m_client.get());
        m_client->sessionCache()->clear(); // no id known from a read before (issue 18's cache)
        DetailsPanel panel;
        panel.setClient(m_client.get());
        panel.showSecret(QStringLiteral("app"));
        QTRY_COMPARE(panel.fieldText(QStringLiteral("tags")), QStringLiteral("team=pay"));
        QTRY_COMPARE(log.rowCount(), 2);
        const ApiCallRecord show = recordEndingWith(log, QStringLiteral("/secrets/app"));
        const ApiCallRecord tags = recordEndingWith(log, QStringLiteral("/tags"));
        QVERIFY(tags.startedAt >= show.startedAt.addMSecs(show.latencyMs - 5));
    }

    void tagsOfAnotherSecretNeverShow()
    {
        DetailsPanel panel;
        panel.setClient(m_client.get());
        panel.showSecret(QStringLiteral("app"), m_ids.at(0));
        panel.showSecret(QStringLiteral("other"), m_ids.at(1)); // before either answers
        QTRY_COMPARE(panel.fieldText(QStringLiteral("tags")), QStringLiteral("none"));
        // Every call answered or cancelled: no late answer for "app" is still to come.
        QTRY_VERIFY(m_client->inFlight() == 0 && m_client->queued() == 0);
        QCOMPARE(panel.secretName(), QStringLiteral("other"));
        QCOMPARE(panel.fieldText(QStringLiteral("tags")), QStringLiteral("none"));
    }

    // Issue 18: between two secrets the fields are emptied, then filled by the answer. An empty
    // field keeps its line, so the rows below never jump (and the window is not laid out and
    // repainted again, twice per selection).
    void fieldsKeepTheirPlaceBetweenSecrets()
    {
        DetailsPanel panel;
        panel.setClient(m_client.get());
        panel.resize(700, 200);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.showSecret(QStringLiteral("app"), m_ids.at(0));
        QTRY_COMPARE(panel.fieldText(QStringLiteral("tags")), QStringLiteral("team=pay"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        const QStringList fields{
                QStringLiteral("state"),    QStringLiteral("type"),     QStringLiteral("kmsKey"),
                QStringLiteral("created"),  QStringLiteral("updated"),  QStringLiteral("deletion"),
                QStringLiteral("rotation"), QStringLiteral("instance"), QStringLiteral("tags")};
        const auto geometries = [&]() {
            QList<QRect> out;
            for (const QString &field : fields)
                out << panel.findChild<QWidget *>(field)->geometry();
            return out;
        };
        const QList<QRect> shown = geometries();
        QCOMPARE(panel.fieldText(QStringLiteral("description")), QString()); // an empty field
        m_client->sessionCache()->clear(); // nothing of "other" to show before its answer
        panel.showSecret(QStringLiteral("other"), m_ids.at(1));
        QCOMPARE(panel.fieldText(QStringLiteral("type")), QString()); // emptied while it loads
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCOMPARE(geometries(), shown);
        QTRY_COMPARE(panel.fieldText(QStringLiteral("tags")), QStringLiteral("none"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCOMPARE(geometries(), shown);
    }

private:
    static ApiCallRecord recordEndingWith(const ActivityModel &log, const QString &suffix)
    {
        for (int row = 0; row < log.rowCount(); ++row) {
            if (log.record(row).path.endsWith(suffix))
                return log.record(row);
        }
        return {};
    }

    std::unique_ptr<test::CsmsLocal> m_server;
    QNetworkAccessManager m_nam;
    std::unique_ptr<CsmsClient> m_client;
    QStringList m_ids;
};

QTEST_MAIN(TestDetailsPanel)
#include "tst_detailspanel.moc"
