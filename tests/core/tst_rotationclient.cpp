// SPDX-License-Identifier: Apache-2.0
// CsmsClient's rotation calls against a real csms-local: rotateSecret (POST, never retried),
// listSecretTasks (GET, retried), the rotation fields of updateSecret; and the lenient decoding of
// the task list (one odd field drops for its task only), from Huawei's example answers too.
#include "clienttest.h"
#include "core/api/codecs.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

using namespace keystage;
using namespace keystage::test;
using Kind = ApiError::Kind;

class TstRotationClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rotateMakesANewCurrentVersion();
    void rotateRefusalsAreTypedErrors();
    void tasksFilterAndPage();
    void updateSecretRotationFields();
    void rotationPeriodRefused();
    void listIsRetriedRotateIsNot();
    void decodesHuaweisExamples();
    void oneOddFieldDropsForItsTaskOnly();
    void malformedAnswersAreBadResponses();

private:
    void makeDatabaseSecret(const QString &name,
                            const QString &subType = QStringLiteral("SingleUser"));
    std::unique_ptr<CsmsLocal> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<CsmsClient> m_client;
};

void TstRotationClient::initTestCase()
{
    m_server = std::make_unique<CsmsLocal>();
    START(*m_server);
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<CsmsClient>(m_nam.get(), profileFor(*m_server), credentials());
}

void TstRotationClient::makeDatabaseSecret(const QString &name, const QString &subType)
{
    CreateSecretRequest create;
    create.name = name;
    create.secretType = QStringLiteral("RDS-FG");
    create.rotationConfig
            = QStringLiteral("{'InstanceId':'i-%1','SecretSubType':'%2'}").arg(name, subType);
    create.secretString = QStringLiteral(R"({"username":"app","password":"first"})");
    OK(await(m_client->createSecret(create)));
}

void TstRotationClient::rotateMakesANewCurrentVersion()
{
    makeDatabaseSecret(QStringLiteral("orders-db"));
    QSignalSpy records(m_client.get(), &CsmsClient::callFinished);
    const ApiResult<RotationResult> rotated
            = await(m_client->rotateSecret(QStringLiteral("orders-db")));
    OK(rotated);
    QVERIFY(!rotated->taskId.isEmpty());
    QCOMPARE(rotated->secretName, QStringLiteral("orders-db"));
    QCOMPARE(rotated->versionId, QStringLiteral("v2"));
    // Logged like every call: method and path, nothing of a value.
    QCOMPARE(records.size(), 1);
    const auto record = records.at(0).at(0).value<ApiCallRecord>();
    QCOMPARE(record.method, QByteArray("POST"));
    QVERIFY2(record.path.endsWith(QLatin1String("/secrets/orders-db/rotate")),
             qPrintable(record.path));
    QCOMPARE(record.httpStatus, 200);

    const ApiResult<VersionPage> versions
            = await(m_client->listVersions(QStringLiteral("orders-db")));
    OK(versions);
    QCOMPARE(versions->items.size(), 2);
    for (const VersionMetadata &v : versions->items) {
        QCOMPARE(v.versionStages,
                 QStringList{v.id == QLatin1String("v2") ? QStringLiteral("SYSCURRENT")
                                                         : QStringLiteral("SYSPREVIOUS")});
    }
    const ApiResult<Secret> secret = await(m_client->showSecret(QStringLiteral("orders-db")));
    OK(secret);
    QVERIFY(secret->rotationTime.has_value());

    SecretTaskQuery query;
    query.secretName = QStringLiteral("orders-db");
    const ApiResult<SecretTaskPage> tasks = await(m_client->listSecretTasks(query));
    OK(tasks);
    QCOMPARE(tasks->total, 1);
    QCOMPARE(tasks->tasks.size(), 1);
    const SecretTask &task = tasks->tasks.first();
    QCOMPARE(task.taskId, rotated->taskId);
    QVERIFY(task.succeeded());
    QCOMPARE(task.operateType, QStringLiteral("SINGLE_USER"));
    QCOMPARE(task.attempts, 1);
    QVERIFY(task.taskTime >= secret->createTime);
    QVERIFY(task.unreadFields.isEmpty());
}

void TstRotationClient::rotateRefusalsAreTypedErrors()
{
    CreateSecretRequest common;
    common.name = QStringLiteral("plain-token");
    common.secretString = QStringLiteral("t0p");
    OK(await(m_client->createSecret(common)));
    const ApiResult<RotationResult> refused
            = await(m_client->rotateSecret(QStringLiteral("plain-token")));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Kind::Validation);
    QCOMPARE(refused.error().code, QStringLiteral("CSMS.0002"));
    QCOMPARE(refused.error().httpStatus, 400);
    QVERIFY(!refused.error().summary().contains(QLatin1String("t0p")));

    const ApiResult<RotationResult> missing
            = await(m_client->rotateSecret(QStringLiteral("no-such-db")));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, Kind::NotFound);
    QCOMPARE(missing.error().code, QStringLiteral("CSMS.0106"));
}

void TstRotationClient::tasksFilterAndPage()
{
    makeDatabaseSecret(QStringLiteral("billing-db"), QStringLiteral("MultiUser"));
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        const auto rotated = await(m_client->rotateSecret(QStringLiteral("billing-db")));
        OK(rotated);
        ids.prepend(rotated->taskId);
    }
    SecretTaskQuery query;
    query.secretName = QStringLiteral("billing-db");
    query.limit = 2;
    const auto first = await(m_client->listSecretTasks(query));
    OK(first);
    QCOMPARE(first->total, 3);
    QCOMPARE(first->tasks.size(), 2);
    QCOMPARE(first->nextMarker, ids.at(1));
    QCOMPARE(first->tasks.first().operateType, QStringLiteral("MULTI_USER"));
    query.marker = first->nextMarker;
    const auto second = await(m_client->listSecretTasks(query));
    OK(second);
    QCOMPARE(second->tasks.size(), 1);
    QCOMPARE(second->tasks.first().taskId, ids.at(2));
    QVERIFY(second->nextMarker.isEmpty());

    SecretTaskQuery byId;
    byId.taskId = ids.at(1);
    const auto one = await(m_client->listSecretTasks(byId));
    OK(one);
    QCOMPARE(one->tasks.size(), 1);
    QCOMPARE(one->tasks.first().taskId, ids.at(1));

    SecretTaskQuery failed;
    failed.secretName = QStringLiteral("billing-db");
    failed.status = QStringLiteral("FAILED");
    const auto none = await(m_client->listSecretTasks(failed));
    OK(none);
    QCOMPARE(none->total, 0);
    QVERIFY(none->tasks.isEmpty());
}

void TstRotationClient::updateSecretRotationFields()
{
    makeDatabaseSecret(QStringLiteral("crm-db"));
    UpdateSecretRequest on;
    on.autoRotation = true;
    on.rotationPeriod = QStringLiteral("12h");
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const ApiResult<Secret> enabled = await(m_client->updateSecret(QStringLiteral("crm-db"), on));
    OK(enabled);
    QVERIFY(enabled->autoRotation);
    QCOMPARE(enabled->rotationPeriod, QStringLiteral("12h"));
    QVERIFY(enabled->nextRotationTime.has_value());
    QVERIFY(*enabled->nextRotationTime >= before + 12 * 3600 * 1000LL);

    UpdateSecretRequest off;
    off.autoRotation = false;
    const ApiResult<Secret> disabled = await(m_client->updateSecret(QStringLiteral("crm-db"), off));
    OK(disabled);
    QVERIFY(!disabled->autoRotation);
    QVERIFY(!disabled->nextRotationTime.has_value());
    QCOMPARE(disabled->rotationPeriod, QStringLiteral("12h")); // kept for the next time
}

void TstRotationClient::rotationPeriodRefused()
{
    makeDatabaseSecret(QStringLiteral("hr-db"));
    UpdateSecretRequest tooShort;
    tooShort.autoRotation = true;
    tooShort.rotationPeriod = QStringLiteral("5h");
    int attempts = 0;
    const ApiResult<Secret> refused
            = await(m_client->updateSecret(QStringLiteral("hr-db"), tooShort), &attempts);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Kind::Validation);
    QCOMPARE(refused.error().code, QStringLiteral("CSMS.0002"));
    QCOMPARE(attempts, 1);
    const ApiResult<Secret> unchanged = await(m_client->showSecret(QStringLiteral("hr-db")));
    OK(unchanged);
    QVERIFY(!unchanged->autoRotation);
}

void TstRotationClient::listIsRetriedRotateIsNot()
{
    CsmsLocalOptions options;
    options.fault429Rate = 1.0;
    CsmsLocal throttled(options);
    START(throttled);
    QNetworkAccessManager nam;
    CsmsClient client(&nam, profileFor(throttled), credentials());
    int attempts = 0;
    const auto list = await(client.listSecretTasks({}), &attempts);
    QVERIFY(!list.ok());
    QCOMPARE(list.error().kind, Kind::RateLimited);
    QCOMPARE(attempts, 4); // 1 + at most 3 retries
    const auto rotate = await(client.rotateSecret(QStringLiteral("any-db")), &attempts);
    QVERIFY(!rotate.ok());
    QCOMPARE(rotate.error().kind, Kind::RateLimited);
    QCOMPARE(attempts, 1); // a POST is never retried: a rotation must not happen twice
}

void TstRotationClient::decodesHuaweisExamples()
{
    // The example answers of RotateSecret.json and ListSecretTask.json, verbatim.
    const auto rotated = codec::rotationResultFromBody(
            R"({"rotation_task_id": "a71a4b47-6cac-4f11-92c1-21a165bb6401"})");
    OK(rotated);
    QCOMPARE(rotated->taskId, QStringLiteral("a71a4b47-6cac-4f11-92c1-21a165bb6401"));
    QVERIFY(rotated->versionId.isEmpty());
    const auto page = codec::secretTaskPageFromBody(R"({
        "next_marker": "xxxxxx",
        "tasks": [{"attempt_nums": 3, "operate_type": "MULTI_USER",
                   "rotation_func_urn": "urn:fss:cn-north-4:xxxxxxxx:function:default:xxxx:xxxxx",
                   "secret_name": "xxxx", "task_id": "xxxx", "task_status": "SUCCESS",
                   "task_time": 1715436899000}],
        "total": 1})");
    OK(page);
    QCOMPARE(page->total, 1);
    QCOMPARE(page->nextMarker, QStringLiteral("xxxxxx"));
    QCOMPARE(page->tasks.size(), 1);
    const SecretTask &t = page->tasks.first();
    QCOMPARE(t.taskId, QStringLiteral("xxxx"));
    QCOMPARE(t.attempts, 3);
    QCOMPARE(t.taskTime, 1715436899000LL);
    QCOMPARE(t.operateType, QStringLiteral("MULTI_USER"));
    QVERIFY(t.rotationFuncUrn.startsWith(QLatin1String("urn:fss:")));
}

void TstRotationClient::oneOddFieldDropsForItsTaskOnly()
{
    const auto page = codec::secretTaskPageFromBody(R"({"tasks": [
        {"task_id": "a", "attempt_nums": "three", "task_time": true, "task_status": "FAILED",
         "task_error_code": "CSMS.0002", "task_error_msg": "no account"},
        {"task_id": "b", "task_status": "SUCCESS", "task_time": "1715436899000"},
        {"task_status": "FAILED"},
        {"task_id": 5},
        "not a task"],
        "total": "many"})");
    OK(page);
    QCOMPARE(page->tasks.size(), 2);
    QCOMPARE(page->dropped, 3);
    const SecretTask &a = page->tasks.at(0);
    QVERIFY(a.failed());
    QCOMPARE(a.errorCode, QStringLiteral("CSMS.0002"));
    QCOMPARE(a.attempts, 0);
    QCOMPARE(a.taskTime, 0);
    QCOMPARE(a.unreadFields,
             (QStringList{QStringLiteral("task_time"), QStringLiteral("attempt_nums")}));
    const SecretTask &b = page->tasks.at(1);
    QVERIFY(b.unreadFields.isEmpty());
    QCOMPARE(b.taskTime, 1715436899000LL);
    QCOMPARE(page->total, 2); // "many" dropped: at least the tasks listed
}

void TstRotationClient::malformedAnswersAreBadResponses()
{
    QCOMPARE(codec::rotationResultFromBody("{}").error().kind, Kind::BadResponse);
    QCOMPARE(codec::rotationResultFromBody(R"({"rotation_task_id": 7})").error().kind,
             Kind::BadResponse);
    QCOMPARE(codec::rotationResultFromBody("[]").error().kind, Kind::BadResponse);
    QCOMPARE(codec::secretTaskPageFromBody(R"({"tasks": {}})").error().kind, Kind::BadResponse);
    QCOMPARE(codec::secretTaskPageFromBody("nope").error().kind, Kind::BadResponse);
}

QTEST_GUILESS_MAIN(TstRotationClient)
#include "tst_rotationclient.moc"
