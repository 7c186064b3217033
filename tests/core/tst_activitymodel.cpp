// SPDX-License-Identifier: Apache-2.0
// ActivityModel: the last N calls, oldest first, trimmed at the capacity; real calls against
// csms-local show method, path, status, latency, code and request id, never a value. Calls are
// inserted in batches from the event loop: a burst is one insertion, and at the capacity one
// removal.
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
    void exportsCsvAndJsonLines();
    void burstIsOneInsertion();
};

namespace {

ApiCallRecord call(int i)
{
    ApiCallRecord r;
    r.startedAt = QDateTime::currentDateTimeUtc();
    r.method = "PUT";
    r.path = QStringLiteral("/v1/p/secrets/s%1/stages/PLAN").arg(i);
    r.httpStatus = 200;
    r.requestId = QStringLiteral("req-%1").arg(i);
    return r;
}

} // namespace

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
    QCOMPARE(model->rowCount(), 0); // not before the event loop runs
    QTRY_COMPARE(model->rowCount(), 5);
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
        // Submitted, then on the wire: never sent before it was submitted.
        QVERIFY(model->record(row).sentAt.isValid());
        QVERIFY(model->record(row).sentAt >= model->record(row).startedAt);
        QVERIFY(!model->index(row, ActivityModel::RequestIdColumn).data().toString().isEmpty());
        for (int column = 0; column < model->columnCount(); ++column) {
            const QString text = model->index(row, column).data().toString();
            QVERIFY(!text.contains(value));
            QVERIFY(!text.contains(SandboxCredentials::secretKey()));
        }
    }
    // The export of the real calls holds no value and no key either.
    const QByteArray csv = model->toCsv({0, 1, 2});
    const QByteArray jsonl = model->toJsonLines({0, 1, 2});
    for (const QByteArray &out : {csv, jsonl}) {
        QVERIFY(!out.contains(value.toUtf8()));
        QVERIFY(!out.contains(SandboxCredentials::secretKey().toUtf8()));
        QVERIFY(out.contains("CSMS.0106"));
    }
    QCOMPARE(csv.count("\r\n"), 4); // the titles and three calls
    QCOMPARE(jsonl.count('\n'), 3);
}

void TstActivityModel::exportsCsvAndJsonLines()
{
    ActivityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ApiCallRecord ok;
    ok.startedAt = QDateTime(QDate(2026, 12, 3), QTime(14, 5, 9, 250), Qt::UTC);
    ok.method = "PUT";
    ok.path = QStringLiteral("/v1/p/secrets/a,\"b\"/stages/BETA"); // quoted in CSV
    ok.httpStatus = 200;
    ok.latencyMs = 31;
    ok.attempts = 1;
    ok.requestId = QStringLiteral("r-1");
    ApiCallRecord failed;
    failed.startedAt = ok.startedAt.addSecs(1);
    failed.method = "GET";
    failed.path = QStringLiteral("/v1/p/secrets");
    failed.attempts = 4;
    failed.errorKind = ApiError::Kind::Network;
    model.addRecord(ok);
    model.addRecord(failed);
    QTRY_COMPARE(model.rowCount(), 2);

    // Seconds in every language (the zh_CN short format had none).
    QCOMPARE(model.index(0, ActivityModel::TimeColumn).data().toString(),
             ok.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));

    const QList<QByteArray> csv = model.toCsv({0, 1}).split('\n');
    QCOMPARE(csv.at(0), QByteArray("time,method,path,status,latency_ms,attempts,code,request_id,"
                                   "error\r"));
    QCOMPARE(csv.at(1),
             QByteArray("2026-12-03T14:05:09.250Z,PUT,\"/v1/p/secrets/a,\"\"b\"\"/stages/"
                        "BETA\",200,31,1,,r-1,\r"));
    QCOMPARE(csv.at(2), QByteArray("2026-12-03T14:05:10.250Z,GET,/v1/p/secrets,,0,4,,,Network\r"));

    const QList<QByteArray> lines = model.toJsonLines({1}).split('\n');
    QCOMPARE(lines.size(), 2); // one line and the final newline
    const QJsonObject o = QJsonDocument::fromJson(lines.at(0)).object();
    QCOMPARE(o.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
    QVERIFY(o.value(QStringLiteral("status")).isNull());
    QCOMPARE(o.value(QStringLiteral("attempts")).toInt(), 4);
    QCOMPARE(o.value(QStringLiteral("error")).toString(), QStringLiteral("Network"));
    QCOMPARE(o.value(QStringLiteral("time")).toString(),
             QStringLiteral("2026-12-03T14:05:10.250Z"));
    QVERIFY(model.toCsv({7}).count('\n') == 1); // rows out of range are skipped
}

void TstActivityModel::burstIsOneInsertion()
{
    auto model = std::make_unique<ActivityModel>();
    auto tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(model.get(), &QAbstractItemModel::rowsRemoved);
    for (int i = 0; i < 200; ++i)
        model->addRecord(call(i));
    QTRY_COMPARE(model->rowCount(), 200);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model->record(0).requestId, QStringLiteral("req-0"));
    QCOMPARE(model->record(199).requestId, QStringLiteral("req-199"));

    // At the capacity: the oldest rows leave in one removal, the burst comes in one insertion.
    model->setCapacity(250);
    inserted.clear();
    for (int i = 200; i < 300; ++i)
        model->addRecord(call(i));
    QTRY_COMPARE(inserted.count(), 1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model->rowCount(), 250);
    QCOMPARE(model->record(0).requestId, QStringLiteral("req-50"));
    QCOMPARE(model->record(249).requestId, QStringLiteral("req-299"));

    // A burst beyond the capacity keeps its newest calls only.
    inserted.clear();
    removed.clear();
    for (int i = 300; i < 700; ++i)
        model->addRecord(call(i));
    QTRY_COMPARE(inserted.count(), 1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model->rowCount(), 250);
    QCOMPARE(model->record(0).requestId, QStringLiteral("req-450"));
    QCOMPARE(model->record(249).requestId, QStringLiteral("req-699"));

    // Cleared before the event loop ran: the calls collected go too.
    model->addRecord(call(700));
    model->clear();
    QCOMPARE(model->rowCount(), 0);
    model->addRecord(call(701));
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->record(0).requestId, QStringLiteral("req-701"));
}

QTEST_GUILESS_MAIN(TstActivityModel)
#include "tst_activitymodel.moc"
