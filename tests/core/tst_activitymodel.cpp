// ActivityModel: the last N calls, oldest first, trimmed at the capacity; real calls against
// csms-local show method, path, status, latency, code and request id, never a value.
#include "core/model/activitymodel.h"
#include "sandboxclient.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace keystage;
using namespace keystage::test;

class TstActivityModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsTheLastCalls();
    void recordsRealCalls();
};

void TstActivityModel::keepsTheLastCalls()
{
    auto model = std::make_unique<ActivityModel>();
    auto tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->capacity(), 1000);
    model->setCapacity(5);
    for (int i = 0; i < 8; ++i) {
        ApiCallRecord r;
        r.startedAt = QDateTime::currentDateTimeUtc();
        r.method = "GET";
        r.path = QStringLiteral("/v1/p/secrets/s%1").arg(i);
        r.httpStatus = i == 7 ? 404 : 200;
        r.latencyMs = i;
        r.requestId = QStringLiteral("req-%1").arg(i);
        if (i == 7) {
            r.code = QStringLiteral("CSMS.0106");
            r.errorKind = ApiError::Kind::NotFound;
        }
        model->addRecord(r);
    }
    QCOMPARE(model->rowCount(), 5);
    QCOMPARE(model->index(0, ActivityModel::PathColumn).data().toString(),
             QStringLiteral("/v1/p/secrets/s3"));
    const QModelIndex last = model->index(4, 0);
    QCOMPARE(model->index(4, ActivityModel::CodeColumn).data().toString(),
             QStringLiteral("CSMS.0106"));
    QCOMPARE(model->index(4, ActivityModel::StatusColumn).data().toInt(), 404);
    QCOMPARE(model->index(4, ActivityModel::RequestIdColumn).data().toString(),
             QStringLiteral("req-7"));
    QVERIFY(last.data(ActivityModel::FailedRole).toBool());
    QCOMPARE(last.data(ActivityModel::ErrorKindRole).toString(), QStringLiteral("NotFound"));
    QVERIFY(!model->index(3, 0).data(ActivityModel::FailedRole).toBool());
    // The path column's tooltip has the whole call (the view elides the path on the left).
    QCOMPARE(model->index(3, ActivityModel::PathColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("GET /v1/p/secrets/s6"));
    QCOMPARE(model->index(4, ActivityModel::PathColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("GET /v1/p/secrets/s7"));
    model->setCapacity(2);
    QCOMPARE(model->rowCount(), 2);
    model->clear();
    QCOMPARE(model->rowCount(), 0);
}

void TstActivityModel::recordsRealCalls()
{
    CsmsLocal server;
    QVERIFY2(server.start(), server.errorOutput().constData());
    QNetworkAccessManager nam;
    auto client = sandboxClient(&nam, server);
    auto model = std::make_unique<ActivityModel>();
    auto tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    model->attach(client.get());
    const QString value = QStringLiteral("activity-secret-value-77");
    QVERIFY(await(client->createSecret(secretRequest(QStringLiteral("db"), value))).ok());
    QVERIFY(await(client->showVersion(QStringLiteral("db"), QStringLiteral("v1"))).ok());
    QVERIFY(!await(client->showSecret(QStringLiteral("missing"))).ok());
    QTRY_COMPARE(model->rowCount(), 3);
    QCOMPARE(model->index(0, ActivityModel::MethodColumn).data().toString(),
             QStringLiteral("POST"));
    QCOMPARE(model->index(2, ActivityModel::StatusColumn).data().toInt(), 404);
    QCOMPARE(model->index(2, ActivityModel::CodeColumn).data().toString(),
             QStringLiteral("CSMS.0106"));
    QVERIFY(model->index(2, ActivityModel::PathColumn)
                    .data()
                    .toString()
                    .endsWith(QLatin1String("/secrets/missing")));
    for (int row = 0; row < 3; ++row) {
        QVERIFY(!model->index(row, ActivityModel::RequestIdColumn).data().toString().isEmpty());
        for (int column = 0; column < model->columnCount(); ++column) {
            const QString text = model->index(row, column).data().toString();
            QVERIFY(!text.contains(value));
            QVERIFY(!text.contains(SandboxCredentials::secretKey()));
        }
    }
}

QTEST_GUILESS_MAIN(TstActivityModel)
#include "tst_activitymodel.moc"
