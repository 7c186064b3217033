// SPDX-License-Identifier: Apache-2.0
// Conformance of csms-local's deletion paths (csms-api.md 1.2 (5)-(8), 6, the batch-delete seed
// page and its Decisions row): scheduled deletion and its cancellation, what a pending secret
// refuses, immediate deletion, batch-delete by instance.
#include "apisession.h"
#include "httpchecks.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace keystage::test;

class TstDeletion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void recoveryWindow_data();
    void recoveryWindow();
    void scheduleTwiceAndCancel();
    void cancelWhenNotPending();
    void pendingSecretRefusesUse();
    void pendingSecretStillListed();
    void immediateDelete();
    void batchDeleteByInstance();
    void batchDeleteNeedsACriterion();

private:
    HttpResult schedule(const QString &name, int days);
    std::unique_ptr<CsmsLocal> m_server;
    std::unique_ptr<ApiSession> m_api;
};

static QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void TstDeletion::initTestCase()
{
    m_server = std::make_unique<CsmsLocal>();
    QVERIFY2(m_server->start(), m_server->errorOutput().constData());
    m_api = std::make_unique<ApiSession>(*m_server);
    QVERIFY(m_api->authenticate());
}

HttpResult TstDeletion::schedule(const QString &name, int days)
{
    return m_api->post(QStringLiteral("secrets/%1/scheduled-deleted-tasks/create").arg(name),
                       compact({{QStringLiteral("recovery_window_in_days"), days}}));
}

void TstDeletion::recoveryWindow_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<bool>("valid");
    QTest::newRow("6") << 6 << false;
    QTest::newRow("7") << 7 << true;
    QTest::newRow("15") << 15 << true;
    QTest::newRow("30") << 30 << true;
    QTest::newRow("31") << 31 << false;
    QTest::newRow("0") << 0 << false;
}

void TstDeletion::recoveryWindow()
{
    QFETCH(int, days);
    QFETCH(bool, valid);
    const QString name = QStringLiteral("window-%1").arg(days);
    KS_VERIFY_STATUS(m_api->createSecret(name), 200);
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const auto scheduled = schedule(name, days);
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    if (!valid) {
        KS_VERIFY_FLAT(scheduled, 400, "CSMS.0002");
        QCOMPARE(jsonAt(m_api->get(QStringLiteral("secrets/") + name), "secret.state").toString(),
                 QStringLiteral("ENABLED"));
        return;
    }
    KS_VERIFY_STATUS(scheduled, 200);
    QCOMPARE(jsonAt(scheduled, "secret.state").toString(), QStringLiteral("PENDING_DELETE"));
    // scheduled_delete_time = now + N days, in ms.
    const qint64 window = qint64(days) * 86400000LL;
    const qint64 when = qint64(jsonAt(scheduled, "secret.scheduled_delete_time").toDouble());
    QVERIFY2(when >= before + window - 2000 && when <= after + window + 2000,
             scheduled.body.constData());
    const auto shown = m_api->get(QStringLiteral("secrets/") + name);
    QCOMPARE(jsonAt(shown, "secret.state").toString(), QStringLiteral("PENDING_DELETE"));
    QCOMPARE(qint64(jsonAt(shown, "secret.scheduled_delete_time").toDouble()), when);
}

void TstDeletion::scheduleTwiceAndCancel()
{
    KS_VERIFY_STATUS(m_api->createSecret(QStringLiteral("twice")), 200);
    KS_VERIFY_STATUS(schedule(QStringLiteral("twice"), 7), 200);
    KS_VERIFY_FLAT(schedule(QStringLiteral("twice"), 8), 400, "CSMS.0107");
    const auto cancelled = m_api->post(
            QStringLiteral("secrets/twice/scheduled-deleted-tasks/cancel"), QByteArray());
    KS_VERIFY_STATUS(cancelled, 200);
    QCOMPARE(jsonAt(cancelled, "secret.state").toString(), QStringLiteral("ENABLED"));
    // "scheduled_delete_time becomes null" (1.2 (7)); absent is tolerated like omitempty.
    const QJsonValue when = jsonAt(cancelled, "secret.scheduled_delete_time");
    QVERIFY2(when.isNull() || when.isUndefined(), cancelled.body.constData());
    const auto shown = m_api->get(QStringLiteral("secrets/twice"));
    QCOMPARE(jsonAt(shown, "secret.state").toString(), QStringLiteral("ENABLED"));
    const QJsonValue shownWhen = jsonAt(shown, "secret.scheduled_delete_time");
    QVERIFY2(shownWhen.isNull() || shownWhen.isUndefined(), shown.body.constData());
    // Usable again.
    KS_VERIFY_STATUS(m_api->get(QStringLiteral("secrets/twice/versions/v1")), 200);
    KS_VERIFY_STATUS(schedule(QStringLiteral("twice"), 30), 200);
}

void TstDeletion::cancelWhenNotPending()
{
    KS_VERIFY_STATUS(m_api->createSecret(QStringLiteral("notpending")), 200);
    KS_VERIFY_FLAT(m_api->post(QStringLiteral("secrets/notpending/scheduled-deleted-tasks/cancel"),
                               QByteArray()),
                   400, "CSMS.0108");
    KS_VERIFY_FLAT(m_api->post(QStringLiteral("secrets/ghost/scheduled-deleted-tasks/cancel"),
                               QByteArray()),
                   404, "CSMS.0106");
    KS_VERIFY_FLAT(schedule(QStringLiteral("ghost"), 7), 404, "CSMS.0106");
}

// csms-api.md 6 names two codes: "a secret pending deletion refuses normal use (CSMS.0103)" and
// "reading values ... need ENABLED (otherwise CSMS.0109, 403)". The Decisions table is silent, so
// either documented pair is accepted; the value must never be returned.
static QByteArray refusedProblem(const HttpResult &result)
{
    const QByteArray as0103 = flatErrorProblem(result, 400, "CSMS.0103");
    const QByteArray as0109 = flatErrorProblem(result, 403, "CSMS.0109");
    if (as0103.isEmpty() || as0109.isEmpty())
        return {};
    return "expected 400 CSMS.0103 or 403 CSMS.0109, got " + describe(result);
}

void TstDeletion::pendingSecretRefusesUse()
{
    KS_VERIFY_STATUS(m_api->createSecret(QStringLiteral("pending"), QStringLiteral("hidden-v")),
                     200);
    KS_VERIFY_STATUS(schedule(QStringLiteral("pending"), 7), 200);
    for (const auto &result : {m_api->get(QStringLiteral("secrets/pending/versions/v1")),
                               m_api->get(QStringLiteral("secrets/pending/versions/latest"))}) {
        KS_VERIFY_OK(refusedProblem(result));
        QVERIFY(!result.body.contains("hidden-v"));
    }
    KS_VERIFY_OK(refusedProblem(
            m_api->post(QStringLiteral("secrets/pending/versions"), R"({"secret_string":"x"})")));
    KS_VERIFY_OK(refusedProblem(m_api->put(QStringLiteral("secrets/pending/versions/v1"),
                                           R"({"expire_time":9999999999999})")));
    KS_VERIFY_OK(refusedProblem(m_api->put(QStringLiteral("secrets/pending/stages/SYSCURRENT"),
                                           R"({"version_id":"v1"})")));
    KS_VERIFY_OK(refusedProblem(
            m_api->put(QStringLiteral("secrets/pending/stages/NEW"), R"({"version_id":"v1"})")));
    KS_VERIFY_OK(refusedProblem(
            m_api->put(QStringLiteral("secrets/pending"), R"({"description":"changed"})")));
    // Metadata stays readable, so a client can show the pending secret and its deletion date.
    const auto shown = m_api->get(QStringLiteral("secrets/pending"));
    KS_VERIFY_STATUS(shown, 200);
    QCOMPARE(jsonAt(shown, "secret.state").toString(), QStringLiteral("PENDING_DELETE"));
    QVERIFY(jsonAt(shown, "secret.description").toString() != QStringLiteral("changed"));
    KS_VERIFY_STATUS(m_api->get(QStringLiteral("secrets/pending/versions")), 200);
    // Nothing was added while pending.
    const auto cancelled = m_api->post(
            QStringLiteral("secrets/pending/scheduled-deleted-tasks/cancel"), QByteArray());
    KS_VERIFY_STATUS(cancelled, 200);
    const auto versions = m_api->get(QStringLiteral("secrets/pending/versions"));
    QCOMPARE(jsonAt(versions, "version_metadatas").toArray().size(), 1);
    QCOMPARE(jsonAt(versions, "version_metadatas.0.version_stages").toArray(),
             QJsonArray{QStringLiteral("SYSCURRENT")});
    QVERIFY(jsonAt(versions, "version_metadatas.0.expire_time").toDouble() != 9999999999999.0);
}

void TstDeletion::pendingSecretStillListed()
{
    KS_VERIFY_STATUS(m_api->createSecret(QStringLiteral("listed-pending")), 200);
    KS_VERIFY_STATUS(schedule(QStringLiteral("listed-pending"), 10), 200);
    const auto listed = m_api->get(QStringLiteral("secrets?limit=1000"));
    KS_VERIFY_STATUS(listed, 200);
    bool found = false;
    for (const QJsonValue &secret : jsonAt(listed, "secrets").toArray()) {
        if (secret[QStringLiteral("name")].toString() != QStringLiteral("listed-pending"))
            continue;
        found = true;
        QCOMPARE(secret[QStringLiteral("state")].toString(), QStringLiteral("PENDING_DELETE"));
        QVERIFY(isRecentMillis(QJsonValue(secret[QStringLiteral("scheduled_delete_time")].toDouble()
                                          - 10 * 86400000.0)));
    }
    QVERIFY(found);
}

void TstDeletion::immediateDelete()
{
    KS_VERIFY_STATUS(m_api->createSecret(QStringLiteral("now")), 200);
    KS_VERIFY_STATUS(
            m_api->post(QStringLiteral("secrets/now/versions"), R"({"secret_string":"2"})"), 200);
    const auto deleted = m_api->del(QStringLiteral("secrets/now"));
    KS_VERIFY_STATUS(deleted, 200);
    QVERIFY2(deleted.body.trimmed().isEmpty(), deleted.body.constData());
    KS_VERIFY_FLAT(m_api->get(QStringLiteral("secrets/now")), 404, "CSMS.0106");
    KS_VERIFY_FLAT(m_api->get(QStringLiteral("secrets/now/versions")), 404, "CSMS.0106");
}

static QStringList sortedStrings(const QJsonValue &array)
{
    QStringList list;
    for (const QJsonValue &value : array.toArray())
        list.append(value.toString());
    list.sort();
    return list;
}

void TstDeletion::batchDeleteByInstance()
{
    // Own server: batch-delete acts on every secret of the project.
    CsmsLocal server;
    QVERIFY2(server.start(), server.errorOutput().constData());
    ApiSession api(server);
    QVERIFY(api.authenticate());
    struct Spec
    {
        const char *name;
        const char *type;
        const char *config;
    };
    const Spec specs[] = {
            {"common-i1", "COMMON", R"({"InstanceId":"inst-1","SecretSubType":"SingleUser"})"},
            {"rds-i1", "RDS-FG", R"({"InstanceId":"inst-1","SecretSubType":"SingleUser"})"},
            {"rds-i1-pending", "RDS-FG", R"({"InstanceId":"inst-1","SecretSubType":"MultiUser"})"},
            {"gauss-i2", "GaussDB-FG", R"({"InstanceId":"inst-2","SecretSubType":"SingleUser"})"},
            // Huawei's own examples store the single-quoted form.
            {"rds-i4-quoted", "RDS-FG", "{'InstanceId':'inst-4','SecretSubType':'MultiUser'}"},
            {"taurus-i4-quoted", "GaussDB-FG",
             "{'InstanceId':'inst-4','SecretSubType':'SingleUser','Extra':'ignored'}"},
            {"apig-i3", "COMMON", R"({"InstanceId":"inst-3","InstanceType":"APIG"})"},
            {"plain", "COMMON", nullptr},
    };
    for (const Spec &spec : specs) {
        QJsonObject body{{QStringLiteral("name"), QLatin1String(spec.name)},
                         {QStringLiteral("secret_string"), QStringLiteral("v")},
                         {QStringLiteral("secret_type"), QLatin1String(spec.type)}};
        if (spec.config)
            body.insert(QStringLiteral("rotation_config"), QLatin1String(spec.config));
        KS_VERIFY_STATUS(api.post(QStringLiteral("secrets"), compact(body)), 200);
    }
    KS_VERIFY_STATUS(
            api.post(QStringLiteral("secrets/rds-i1-pending/scheduled-deleted-tasks/create"),
                     R"({"recovery_window_in_days":7})"),
            200);

    // By instance id: three match; the pending one fails with its CSMS.0107 message.
    const auto byId
            = api.post(QStringLiteral("secrets/batch-delete"), R"({"instance_id":"inst-1"})");
    KS_VERIFY_STATUS(byId, 200);
    QCOMPARE(jsonAt(byId, "total").toInt(), 3);
    QCOMPARE(sortedStrings(jsonAt(byId, "success_secrets")),
             (QStringList{QStringLiteral("common-i1"), QStringLiteral("rds-i1")}));
    const QJsonArray failed = jsonAt(byId, "failed_secrets").toArray();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0)[QStringLiteral("secret_name")].toString(),
             QStringLiteral("rds-i1-pending"));
    QVERIFY2(failed.at(0)[QStringLiteral("error_msg")].toString().startsWith(
                     QStringLiteral("CSMS.0107: ")),
             byId.body.constData());
    KS_VERIFY_FLAT(api.get(QStringLiteral("secrets/common-i1")), 404, "CSMS.0106");
    KS_VERIFY_FLAT(api.get(QStringLiteral("secrets/rds-i1")), 404, "CSMS.0106");
    QCOMPARE(jsonAt(api.get(QStringLiteral("secrets/rds-i1-pending")), "secret.state").toString(),
             QStringLiteral("PENDING_DELETE"));

    // The stored text comes back exactly as given.
    QCOMPARE(jsonAt(api.get(QStringLiteral("secrets/rds-i4-quoted")), "secret.rotation_config")
                     .toString(),
             QStringLiteral("{'InstanceId':'inst-4','SecretSubType':'MultiUser'}"));

    // Both criteria must match (GaussDB-FG is of type TaurusDB, not RDS).
    const auto mismatch = api.post(QStringLiteral("secrets/batch-delete"),
                                   R"({"instance_id":"inst-2","instance_type":"RDS"})");
    KS_VERIFY_STATUS(mismatch, 200);
    QCOMPARE(jsonAt(mismatch, "total").toInt(), 0);
    QCOMPARE(jsonAt(mismatch, "success_secrets").toArray().size(), 0);
    QCOMPARE(jsonAt(mismatch, "failed_secrets").toArray().size(), 0);
    KS_VERIFY_STATUS(api.get(QStringLiteral("secrets/gauss-i2")), 200);

    // GaussDB-FG holds a TaurusDB account (SDK model_secret.go): type GaussDB finds none of them.
    const auto notGauss = api.post(QStringLiteral("secrets/batch-delete"),
                                   R"({"instance_id":"inst-2","instance_type":"GaussDB"})");
    KS_VERIFY_STATUS(notGauss, 200);
    QCOMPARE(jsonAt(notGauss, "total").toInt(), 0);
    KS_VERIFY_STATUS(api.get(QStringLiteral("secrets/gauss-i2")), 200);

    // By type from the secret type (GaussDB-FG → TaurusDB) and from rotation_config InstanceType.
    const auto gauss = api.post(QStringLiteral("secrets/batch-delete"),
                                R"({"instance_id":"inst-2","instance_type":"TaurusDB"})");
    KS_VERIFY_STATUS(gauss, 200);
    QCOMPARE(jsonAt(gauss, "total").toInt(), 1);
    QCOMPARE(sortedStrings(jsonAt(gauss, "success_secrets")),
             QStringList{QStringLiteral("gauss-i2")});

    // The InstanceId of the single-quoted form is read like the JSON one.
    const auto quoted = api.post(QStringLiteral("secrets/batch-delete"),
                                 R"({"instance_id":"inst-4","instance_type":"TaurusDB"})");
    KS_VERIFY_STATUS(quoted, 200);
    QCOMPARE(sortedStrings(jsonAt(quoted, "success_secrets")),
             QStringList{QStringLiteral("taurus-i4-quoted")});
    const auto quotedRds
            = api.post(QStringLiteral("secrets/batch-delete"), R"({"instance_id":"inst-4"})");
    KS_VERIFY_STATUS(quotedRds, 200);
    QCOMPARE(sortedStrings(jsonAt(quotedRds, "success_secrets")),
             QStringList{QStringLiteral("rds-i4-quoted")});
    const auto apig
            = api.post(QStringLiteral("secrets/batch-delete"), R"({"instance_type":"APIG"})");
    KS_VERIFY_STATUS(apig, 200);
    QCOMPARE(jsonAt(apig, "total").toInt(), 1);
    QCOMPARE(sortedStrings(jsonAt(apig, "success_secrets")),
             QStringList{QStringLiteral("apig-i3")});
    QCOMPARE(jsonAt(apig, "failed_secrets").toArray().size(), 0);

    // No match: 200 with nothing deleted; the unassociated secret is never touched.
    const auto none = api.post(QStringLiteral("secrets/batch-delete"), R"({"instance_id":"nope"})");
    KS_VERIFY_STATUS(none, 200);
    QCOMPARE(jsonAt(none, "total").toInt(), 0);
    KS_VERIFY_STATUS(api.get(QStringLiteral("secrets/plain")), 200);
}

void TstDeletion::batchDeleteNeedsACriterion()
{
    KS_VERIFY_STATUS(m_api->createSecret(QStringLiteral("survivor")), 200);
    KS_VERIFY_FLAT(m_api->post(QStringLiteral("secrets/batch-delete"), R"({})"), 400, "CSMS.0002");
    KS_VERIFY_STATUS(m_api->get(QStringLiteral("secrets/survivor")), 200);
}

QTEST_GUILESS_MAIN(TstDeletion)
#include "tst_deletion.moc"
