// SPDX-License-Identifier: Apache-2.0
// Conformance of csms-local's rotation (Huawei's RotateSecret, ListSecretTask and UpdateSecret
// definitions): rotate makes a new version and moves SYSCURRENT/SYSPREVIOUS (MultiUser resets the
// other account), tasks are recorded and listed, periods are validated, times are kept.
#include "apisession.h"
#include "httpchecks.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QtTest>

using namespace keystage::test;

class TstRotation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void singleUserRotationMovesSyscurrentAndSysprevious();
    void multiUserRotationResetsTheOtherAccount();
    void rotationRefusals();
    void failedRotationIsAFailedTask();
    void tasksAreListedAndFiltered();
    void taskListPaging();
    void taskQueryValidation_data();
    void taskQueryValidation();
    void rotationPeriodRules_data();
    void rotationPeriodRules();
    void autoRotationTimes();
    void updateRefusesFieldsItHasNot();

private:
    void makeDatabaseSecret(const QString &name, const QString &subType, const QString &user);
    QMap<QString, QString> stages(const QString &secret); // stage -> version
    QJsonObject account(const QString &secret, const QString &version);
    QJsonObject secret(const QString &name);
    std::unique_ptr<CsmsLocal> m_server;
    std::unique_ptr<ApiSession> m_api;
};

static QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

static QString accountText(const QString &user, const QString &password)
{
    return QString::fromUtf8(
            compact({{QStringLiteral("username"), user}, {QStringLiteral("password"), password}}));
}

void TstRotation::initTestCase()
{
    m_server = std::make_unique<CsmsLocal>();
    QVERIFY2(m_server->start(), m_server->errorOutput().constData());
    m_api = std::make_unique<ApiSession>(*m_server);
    QVERIFY(m_api->authenticate());
}

void TstRotation::makeDatabaseSecret(const QString &name, const QString &subType,
                                     const QString &user)
{
    const QString config
            = QStringLiteral("{'InstanceId':'inst-%1','SecretSubType':'%2'}").arg(name, subType);
    const auto created = m_api->post(
            QStringLiteral("secrets"),
            compact({{QStringLiteral("name"), name},
                     {QStringLiteral("secret_type"), QStringLiteral("RDS-FG")},
                     {QStringLiteral("rotation_config"), config},
                     {QStringLiteral("secret_string"), accountText(user, QStringLiteral("old"))}}));
    KS_VERIFY_STATUS(created, 200);
}

QMap<QString, QString> TstRotation::stages(const QString &secret)
{
    QMap<QString, QString> map;
    const auto listed = m_api->get(QStringLiteral("secrets/%1/versions?limit=1000").arg(secret));
    for (const QJsonValue &v : jsonAt(listed, "version_metadatas").toArray()) {
        for (const QJsonValue &s : v[QStringLiteral("version_stages")].toArray())
            map.insert(s.toString(), v[QStringLiteral("id")].toString());
    }
    return map;
}

QJsonObject TstRotation::account(const QString &secret, const QString &version)
{
    const auto shown = m_api->get(QStringLiteral("secrets/%1/versions/%2").arg(secret, version));
    return QJsonDocument::fromJson(jsonAt(shown, "version.secret_string").toString().toUtf8())
            .object();
}

QJsonObject TstRotation::secret(const QString &name)
{
    return jsonAt(m_api->get(QStringLiteral("secrets/%1").arg(name)), "secret").toObject();
}

void TstRotation::singleUserRotationMovesSyscurrentAndSysprevious()
{
    makeDatabaseSecret(QStringLiteral("rds-single"), QStringLiteral("SingleUser"),
                       QStringLiteral("app"));
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const auto rotated = m_api->post(QStringLiteral("secrets/rds-single/rotate"), {});
    KS_VERIFY_STATUS(rotated, 200);
    QCOMPARE(jsonAt(rotated, "version_id").toString(), QStringLiteral("v2"));
    QCOMPARE(jsonAt(rotated, "secret_name").toString(), QStringLiteral("rds-single"));
    static const QRegularExpression uuid(
            QStringLiteral("^[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}$"));
    QVERIFY(uuid.match(jsonAt(rotated, "rotation_task_id").toString()).hasMatch());

    const QMap<QString, QString> expected{{QStringLiteral("SYSCURRENT"), QStringLiteral("v2")},
                                          {QStringLiteral("SYSPREVIOUS"), QStringLiteral("v1")}};
    QCOMPARE(stages(QStringLiteral("rds-single")), expected); // no SYSPENDING left behind
    const QJsonObject fresh = account(QStringLiteral("rds-single"), QStringLiteral("v2"));
    QCOMPARE(fresh.value(QStringLiteral("username")).toString(), QStringLiteral("app"));
    QVERIFY(fresh.value(QStringLiteral("password")).toString().size() >= 16);
    QCOMPARE(account(QStringLiteral("rds-single"), QStringLiteral("v1"))
                     .value(QStringLiteral("password"))
                     .toString(),
             QStringLiteral("old"));
    const QJsonObject shown = secret(QStringLiteral("rds-single"));
    QVERIFY(qint64(shown.value(QStringLiteral("rotation_time")).toDouble()) >= before);
    QVERIFY(!shown.contains(QStringLiteral("next_rotation_time"))); // auto rotation is off

    // Again: the chain moves on, v1 keeps no stage.
    KS_VERIFY_STATUS(m_api->post(QStringLiteral("secrets/rds-single/rotate"), {}), 200);
    const QMap<QString, QString> next{{QStringLiteral("SYSCURRENT"), QStringLiteral("v3")},
                                      {QStringLiteral("SYSPREVIOUS"), QStringLiteral("v2")}};
    QCOMPARE(stages(QStringLiteral("rds-single")), next);
}

void TstRotation::multiUserRotationResetsTheOtherAccount()
{
    makeDatabaseSecret(QStringLiteral("rds-multi"), QStringLiteral("MultiUser"),
                       QStringLiteral("alice"));
    KS_VERIFY_STATUS(
            m_api->post(QStringLiteral("secrets/rds-multi/versions"),
                        compact({{QStringLiteral("secret_string"),
                                  accountText(QStringLiteral("bob"), QStringLiteral("b0"))}})),
            200);
    // SYSCURRENT v2 (bob), SYSPREVIOUS v1 (alice): alice gets the new password and becomes current.
    const auto rotated = m_api->post(QStringLiteral("secrets/rds-multi/rotate"), {});
    KS_VERIFY_STATUS(rotated, 200);
    QCOMPARE(jsonAt(rotated, "version_id").toString(), QStringLiteral("v3"));
    QCOMPARE(account(QStringLiteral("rds-multi"), QStringLiteral("v3"))
                     .value(QStringLiteral("username"))
                     .toString(),
             QStringLiteral("alice"));
    QMap<QString, QString> expected{{QStringLiteral("SYSCURRENT"), QStringLiteral("v3")},
                                    {QStringLiteral("SYSPREVIOUS"), QStringLiteral("v2")}};
    QCOMPARE(stages(QStringLiteral("rds-multi")), expected);
    // And back: bob's turn.
    KS_VERIFY_STATUS(m_api->post(QStringLiteral("secrets/rds-multi/rotate"), {}), 200);
    QCOMPARE(account(QStringLiteral("rds-multi"), QStringLiteral("v4"))
                     .value(QStringLiteral("username"))
                     .toString(),
             QStringLiteral("bob"));
    expected = {{QStringLiteral("SYSCURRENT"), QStringLiteral("v4")},
                {QStringLiteral("SYSPREVIOUS"), QStringLiteral("v3")}};
    QCOMPARE(stages(QStringLiteral("rds-multi")), expected);
    const auto tasks = m_api->get(QStringLiteral("csms/tasks?secret_name=rds-multi"));
    QCOMPARE(jsonAt(tasks, "tasks").toArray().first()[QStringLiteral("operate_type")].toString(),
             QStringLiteral("MULTI_USER"));
}

void TstRotation::rotationRefusals()
{
    // RotateSecret does not rotate COMMON secrets (the definition's constraint).
    KS_VERIFY_STATUS(m_api->createSecret(QStringLiteral("plain-common")), 200);
    KS_VERIFY_NESTED(m_api->post(QStringLiteral("secrets/plain-common/rotate"), {}), 400,
                     "CSMS.0002");
    QCOMPARE(stages(QStringLiteral("plain-common")).value(QStringLiteral("SYSCURRENT")),
             QStringLiteral("v1"));
    KS_VERIFY_NESTED(m_api->post(QStringLiteral("secrets/no-such-secret/rotate"), {}), 404,
                     "CSMS.0106");
    KS_VERIFY_NESTED(m_api->post(QStringLiteral("secrets/a.b/rotate"), {}), 400, "CSMS.0002");
    makeDatabaseSecret(QStringLiteral("rds-pending"), QStringLiteral("SingleUser"),
                       QStringLiteral("app"));
    KS_VERIFY_STATUS(
            m_api->post(QStringLiteral("secrets/rds-pending/scheduled-deleted-tasks/create"),
                        R"({"recovery_window_in_days":7})"),
            200);
    KS_VERIFY_NESTED(m_api->post(QStringLiteral("secrets/rds-pending/rotate"), {}), 400,
                     "CSMS.0103");
    // GET is not a rotation.
    KS_VERIFY_STATUS(m_api->get(QStringLiteral("secrets/rds-single/rotate")), 404);
    // None of the refusals left a task.
    for (const char *name : {"plain-common", "no-such-secret", "rds-pending"}) {
        const auto tasks
                = m_api->get(QStringLiteral("csms/tasks?secret_name=%1").arg(QLatin1String(name)));
        QCOMPARE(jsonAt(tasks, "total").toInt(), 0);
    }
}

void TstRotation::failedRotationIsAFailedTask()
{
    const auto created = m_api->post(
            QStringLiteral("secrets"),
            compact({{QStringLiteral("name"), QStringLiteral("rds-nologin")},
                     {QStringLiteral("secret_type"), QStringLiteral("GaussDB-FG")},
                     {QStringLiteral("rotation_config"),
                      QStringLiteral(R"({"InstanceId":"t-1","SecretSubType":"SingleUser"})")},
                     {QStringLiteral("secret_string"), QStringLiteral("not an account")}}));
    KS_VERIFY_STATUS(created, 200);
    KS_VERIFY_NESTED(m_api->post(QStringLiteral("secrets/rds-nologin/rotate"), {}), 400,
                     "CSMS.0002");
    QCOMPARE(stages(QStringLiteral("rds-nologin")).size(), 1); // nothing moved, no new version
    const auto tasks = m_api->get(QStringLiteral("csms/tasks?secret_name=rds-nologin"));
    KS_VERIFY_STATUS(tasks, 200);
    QCOMPARE(jsonAt(tasks, "total").toInt(), 1);
    const QJsonObject task = jsonAt(tasks, "tasks").toArray().first().toObject();
    QCOMPARE(task.value(QStringLiteral("task_status")).toString(), QStringLiteral("FAILED"));
    QCOMPARE(task.value(QStringLiteral("task_error_code")).toString(), QStringLiteral("CSMS.0002"));
    QVERIFY(!task.value(QStringLiteral("task_error_msg")).toString().isEmpty());
    const auto failed = m_api->get(QStringLiteral("csms/tasks?status=FAILED"));
    QCOMPARE(jsonAt(failed, "total").toInt(), 1);
}

void TstRotation::tasksAreListedAndFiltered()
{
    makeDatabaseSecret(QStringLiteral("rds-tasks"), QStringLiteral("SingleUser"),
                       QStringLiteral("app"));
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        const auto rotated = m_api->post(QStringLiteral("secrets/rds-tasks/rotate"), {});
        KS_VERIFY_STATUS(rotated, 200);
        ids.prepend(jsonAt(rotated, "rotation_task_id").toString());
    }
    const auto listed = m_api->get(QStringLiteral("csms/tasks?secret_name=rds-tasks"));
    KS_VERIFY_STATUS(listed, 200);
    QCOMPARE(jsonAt(listed, "total").toInt(), 3);
    QVERIFY(!listed.json.object().contains(QStringLiteral("next_marker")));
    QStringList listedIds;
    for (const QJsonValue &t : jsonAt(listed, "tasks").toArray()) {
        listedIds << t[QStringLiteral("task_id")].toString();
        QCOMPARE(t[QStringLiteral("secret_name")].toString(), QStringLiteral("rds-tasks"));
        QCOMPARE(t[QStringLiteral("task_status")].toString(), QStringLiteral("SUCCESS"));
        QCOMPARE(t[QStringLiteral("operate_type")].toString(), QStringLiteral("SINGLE_USER"));
        QCOMPARE(t[QStringLiteral("attempt_nums")].toInt(), 1);
        QVERIFY(t[QStringLiteral("task_time")].toDouble() > 1.6e12);
    }
    QCOMPARE(listedIds, ids); // newest first
    const auto one = m_api->get(QStringLiteral("csms/tasks?task_id=%1").arg(ids.at(1)));
    KS_VERIFY_STATUS(one, 200);
    QCOMPARE(jsonAt(one, "total").toInt(), 1);
    QCOMPARE(jsonAt(one, "tasks").toArray().first()[QStringLiteral("task_id")].toString(),
             ids.at(1));
    const auto none = m_api->get(QStringLiteral("csms/tasks?secret_name=rds-tasks&status=FAILED"));
    KS_VERIFY_STATUS(none, 200);
    QCOMPARE(jsonAt(none, "total").toInt(), 0);
    QCOMPARE(jsonAt(none, "tasks").toArray().size(), 0);
    // Tasks outlive their secret.
    KS_VERIFY_STATUS(m_api->del(QStringLiteral("secrets/rds-tasks")), 200);
    QCOMPARE(
            jsonAt(m_api->get(QStringLiteral("csms/tasks?secret_name=rds-tasks")), "total").toInt(),
            3);
}

void TstRotation::taskListPaging()
{
    makeDatabaseSecret(QStringLiteral("rds-pages"), QStringLiteral("SingleUser"),
                       QStringLiteral("app"));
    for (int i = 0; i < 5; ++i)
        KS_VERIFY_STATUS(m_api->post(QStringLiteral("secrets/rds-pages/rotate"), {}), 200);
    QStringList seen;
    QString marker;
    for (int page = 0; page < 10; ++page) {
        QString rest = QStringLiteral("csms/tasks?secret_name=rds-pages&limit=2");
        if (!marker.isEmpty())
            rest += QStringLiteral("&marker=") + marker;
        const auto listed = m_api->get(rest);
        KS_VERIFY_STATUS(listed, 200);
        QCOMPARE(jsonAt(listed, "total").toInt(), 5);
        const QJsonArray tasks = jsonAt(listed, "tasks").toArray();
        for (const QJsonValue &t : tasks)
            seen << t[QStringLiteral("task_id")].toString();
        marker = jsonAt(listed, "next_marker").toString();
        if (marker.isEmpty())
            break;
        QCOMPARE(marker, seen.last()); // the last task of this page
    }
    QCOMPARE(seen.size(), 5);
    seen.removeDuplicates();
    QCOMPARE(seen.size(), 5);
}

void TstRotation::taskQueryValidation_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("unknown status") << QStringLiteral("status=RUNNING");
    QTest::newRow("bad secret name") << QStringLiteral("secret_name=a.b");
    QTest::newRow("bad task id") << QStringLiteral("task_id=xxxx");
    QTest::newRow("task id with another parameter")
            << QStringLiteral("task_id=a71a4b47-6cac-4f11-92c1-21a165bb6401&status=SUCCESS");
    QTest::newRow("limit 0") << QStringLiteral("limit=0");
    QTest::newRow("limit 1001") << QStringLiteral("limit=1001");
    QTest::newRow("limit not a number") << QStringLiteral("limit=ten");
    QTest::newRow("bad marker") << QStringLiteral("marker=xxxx");
    QTest::newRow("unknown marker")
            << QStringLiteral("marker=a71a4b47-6cac-4f11-92c1-21a165bb6401");
}

void TstRotation::taskQueryValidation()
{
    QFETCH(QString, query);
    // ListSecretTask answers errors in the flat ErrorRsp shape.
    KS_VERIFY_FLAT(m_api->get(QStringLiteral("csms/tasks?") + query), 400, "CSMS.0002");
}

void TstRotation::rotationPeriodRules_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("6h, the least") << QStringLiteral("6h") << true;
    QTest::newRow("1d") << QStringLiteral("1d") << true;
    QTest::newRow("360m") << QStringLiteral("360m") << true;
    QTest::newRow("21600s") << QStringLiteral("21600s") << true;
    QTest::newRow("8760h, the most") << QStringLiteral("8760h") << true;
    QTest::newRow("365d") << QStringLiteral("365d") << true;
    QTest::newRow("5h") << QStringLiteral("5h") << false;
    QTest::newRow("21599s") << QStringLiteral("21599s") << false;
    QTest::newRow("8761h") << QStringLiteral("8761h") << false;
    QTest::newRow("366d") << QStringLiteral("366d") << false;
    QTest::newRow("weeks") << QStringLiteral("2w") << false;
    QTest::newRow("no unit") << QStringLiteral("30") << false;
    QTest::newRow("no number") << QStringLiteral("d") << false;
    QTest::newRow("space") << QStringLiteral("1 d") << false;
    QTest::newRow("over 50 characters") << QString(51, QLatin1Char('1')) + u'd' << false;
}

void TstRotation::rotationPeriodRules()
{
    QFETCH(QString, period);
    QFETCH(bool, accepted);
    const QString name = QStringLiteral("period-%1")
                                 .arg(QLatin1String(QTest::currentDataTag()))
                                 .replace(QRegularExpression(QStringLiteral("[^a-z0-9]")),
                                          QStringLiteral("-"));
    if (secret(name).isEmpty())
        makeDatabaseSecret(name, QStringLiteral("SingleUser"), QStringLiteral("app"));
    const auto updated = m_api->put(QStringLiteral("secrets/") + name,
                                    compact({{QStringLiteral("auto_rotation"), true},
                                             {QStringLiteral("rotation_period"), period}}));
    if (accepted) {
        KS_VERIFY_STATUS(updated, 200);
        QCOMPARE(jsonAt(updated, "secret.rotation_period").toString(), period);
        QVERIFY(jsonAt(updated, "secret.auto_rotation").toBool());
    } else {
        KS_VERIFY_FLAT(updated, 400, "CSMS.0002");
        QVERIFY(!secret(name).value(QStringLiteral("auto_rotation")).toBool());
    }
}

void TstRotation::autoRotationTimes()
{
    makeDatabaseSecret(QStringLiteral("rds-auto"), QStringLiteral("SingleUser"),
                       QStringLiteral("app"));
    // Auto rotation needs a period when the secret has none.
    KS_VERIFY_FLAT(m_api->put(QStringLiteral("secrets/rds-auto"), R"({"auto_rotation":true})"), 400,
                   "CSMS.0002");
    KS_VERIFY_FLAT(m_api->put(QStringLiteral("secrets/rds-auto"), R"({"auto_rotation":"yes"})"),
                   400, "CSMS.0002");
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const auto on = m_api->put(QStringLiteral("secrets/rds-auto"),
                               R"({"auto_rotation":true,"rotation_period":"1d"})");
    KS_VERIFY_STATUS(on, 200);
    const qint64 next = qint64(jsonAt(on, "secret.next_rotation_time").toDouble());
    QVERIFY(next >= before + 86400000LL);
    QVERIFY(next <= QDateTime::currentMSecsSinceEpoch() + 86400000LL);
    // Another field leaves the schedule alone.
    const auto described = m_api->put(QStringLiteral("secrets/rds-auto"),
                                      R"({"description":"the orders database"})");
    KS_VERIFY_STATUS(described, 200);
    QCOMPARE(qint64(jsonAt(described, "secret.next_rotation_time").toDouble()), next);
    // A rotation moves the next one to a period after it.
    KS_VERIFY_STATUS(m_api->post(QStringLiteral("secrets/rds-auto/rotate"), {}), 200);
    const QJsonObject rotated = secret(QStringLiteral("rds-auto"));
    const qint64 last = qint64(rotated.value(QStringLiteral("rotation_time")).toDouble());
    QVERIFY(last >= before);
    QCOMPARE(qint64(rotated.value(QStringLiteral("next_rotation_time")).toDouble()),
             last + 86400000LL);
    // The period alone, auto rotation stays on.
    const auto weekly
            = m_api->put(QStringLiteral("secrets/rds-auto"), R"({"rotation_period":"7d"})");
    KS_VERIFY_STATUS(weekly, 200);
    QVERIFY(jsonAt(weekly, "secret.auto_rotation").toBool());
    QVERIFY(qint64(jsonAt(weekly, "secret.next_rotation_time").toDouble())
            >= last + 7 * 86400000LL);
    // Off: no next rotation; the last one stays.
    const auto off = m_api->put(QStringLiteral("secrets/rds-auto"), R"({"auto_rotation":false})");
    KS_VERIFY_STATUS(off, 200);
    QVERIFY(!off.json.object()
                     .value(QStringLiteral("secret"))
                     .toObject()
                     .contains(QStringLiteral("next_rotation_time")));
    QCOMPARE(qint64(jsonAt(off, "secret.rotation_time").toDouble()), last);
}

void TstRotation::updateRefusesFieldsItHasNot()
{
    makeDatabaseSecret(QStringLiteral("rds-fixed"), QStringLiteral("SingleUser"),
                       QStringLiteral("app"));
    const QString config = secret(QStringLiteral("rds-fixed"))
                                   .value(QStringLiteral("rotation_config"))
                                   .toString();
    // UpdateSecretRequestBody has neither: refused, not silently ignored.
    KS_VERIFY_FLAT(m_api->put(QStringLiteral("secrets/rds-fixed"),
                              R"({"rotation_config":"{'InstanceId':'other'}"})"),
                   400, "CSMS.0002");
    KS_VERIFY_FLAT(m_api->put(QStringLiteral("secrets/rds-fixed"),
                              R"({"next_rotation_time":4102444800000})"),
                   400, "CSMS.0002");
    QCOMPARE(
            secret(QStringLiteral("rds-fixed")).value(QStringLiteral("rotation_config")).toString(),
            config);
}

QTEST_GUILESS_MAIN(TstRotation)
#include "tst_rotation.moc"
