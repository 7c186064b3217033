// SPDX-License-Identifier: Apache-2.0
// Service rules in-process (csms-api.md Decisions and section 6): stage moves, limits, purge of
// deprecated versions, pending deletion, batch-delete, pagination, resource-instance filter.
#include "seed.h"
#include "service.h"
#include "store.h"

#include <QJsonArray>
#include <QTest>

using namespace csmslocal;

namespace {

QJsonObject obj(std::initializer_list<QPair<QString, QJsonValue>> fields)
{
    QJsonObject o;
    for (const auto &[k, v] : fields)
        o.insert(k, v);
    return o;
}

QStringList stagesOf(const Outcome &versions, const QString &id)
{
    for (const QJsonValue &v : versions.body.value(QStringLiteral("version_metadatas")).toArray()) {
        if (v[QStringLiteral("id")].toString() == id) {
            QStringList names;
            for (const QJsonValue &s : v[QStringLiteral("version_stages")].toArray())
                names << s.toString();
            return names;
        }
    }
    return {QStringLiteral("<missing>")};
}

} // namespace

class TestService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Service> m_service;
    qint64 m_now = 1700000000000;

    Service &svc() { return *m_service; }
    void create(const QString &name, QJsonObject extra = {})
    {
        extra.insert(QStringLiteral("name"), name);
        if (!extra.contains(QStringLiteral("secret_string")))
            extra.insert(QStringLiteral("secret_string"), QStringLiteral("value-1"));
        const Outcome o = svc().createSecret(extra);
        QVERIFY2(!o.isError(), qPrintable(o.errorMsg));
    }
    Outcome newVersion(const QString &name, const QStringList &stages = {})
    {
        QJsonObject body{{QStringLiteral("secret_string"), QStringLiteral("next")}};
        if (!stages.isEmpty())
            body.insert(QStringLiteral("version_stages"), QJsonArray::fromStringList(stages));
        return svc().createVersion(name, body);
    }
    Outcome versions(const QString &name)
    {
        return svc().listVersions(name, QUrlQuery(QStringLiteral("limit=1000")));
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<Store>();
        QString error;
        QVERIFY2(m_store->open(QStringLiteral(":memory:"), &error), qPrintable(error));
        m_service = std::make_unique<Service>(*m_store, [this] { return m_now; });
    }

    void createSecretValidation()
    {
        create(QStringLiteral("app-db"));
        const auto code
                = [&](const QJsonObject &body) { return svc().createSecret(body).errorCode; };
        const QString v = QStringLiteral("secret_string");
        QCOMPARE(code(obj({{QStringLiteral("name"), QStringLiteral("app-db")},
                           {v, QStringLiteral("x")}})),
                 QStringLiteral("CSMS.0002")); // duplicate
        QCOMPARE(code(obj({{QStringLiteral("name"), QStringLiteral("BETA\n")},
                           {v, QStringLiteral("x")}})),
                 QStringLiteral("CSMS.0002"));
        QCOMPARE(code(obj({{QStringLiteral("name"), QStringLiteral("a.b")},
                           {v, QStringLiteral("x")}})),
                 QStringLiteral("CSMS.0002"));
        QCOMPARE(code(obj({{QStringLiteral("name"), QStringLiteral("both")},
                           {v, QStringLiteral("x")},
                           {QStringLiteral("secret_binary"), QStringLiteral("AAAA")}})),
                 QStringLiteral("CSMS.0002"));
        QCOMPARE(code(obj({{QStringLiteral("name"), QStringLiteral("bin")},
                           {QStringLiteral("secret_binary"), QStringLiteral("not base64!")}})),
                 QStringLiteral("CSMS.0002"));
        QCOMPARE(code(obj({{QStringLiteral("name"), QStringLiteral("long")},
                           {v, QString(32769, QLatin1Char('x'))}})),
                 QStringLiteral("CSMS.0002"));
        QCOMPARE(code(obj({{QStringLiteral("name"), QStringLiteral("desc")},
                           {v, QStringLiteral("x")},
                           {QStringLiteral("description"), QString(1025, QChar(0x00e9))}})),
                 QStringLiteral("CSMS.0002")); // 2050 bytes
        QCOMPARE(code(obj({{QStringLiteral("name"), QStringLiteral("type")},
                           {v, QStringLiteral("x")},
                           {QStringLiteral("secret_type"), QStringLiteral("RDS")}})),
                 QStringLiteral("CSMS.0002"));
        QCOMPARE(code(obj({{QStringLiteral("name"), 12}, {v, QStringLiteral("x")}})),
                 QStringLiteral("CSMS.0002"));
        const Outcome ok
                = svc().createSecret(obj({{QStringLiteral("name"), QStringLiteral("bin")},
                                          {QStringLiteral("secret_binary"), QStringLiteral("AAEC")},
                                          {QStringLiteral("unknown"), true}}));
        QVERIFY(!ok.isError());
        const QJsonObject secret = ok.body[QStringLiteral("secret")].toObject();
        QCOMPARE(secret[QStringLiteral("state")].toString(), QStringLiteral("ENABLED"));
        QCOMPARE(secret[QStringLiteral("secret_type")].toString(), QStringLiteral("COMMON"));
        QCOMPARE(secret[QStringLiteral("create_time")].toDouble(), double(m_now));
        QVERIFY(secret[QStringLiteral("scheduled_delete_time")].isNull());
        QCOMPARE(secret[QStringLiteral("kms_key_id")].toString(), Service::defaultKmsKeyId());
        const Outcome v1 = svc().showVersion(QStringLiteral("bin"), QStringLiteral("v1"));
        QCOMPARE(v1.body[QStringLiteral("version")][QStringLiteral("secret_binary")].toString(),
                 QStringLiteral("AAEC"));
    }

    void newVersionShiftsCurrentAndPrevious()
    {
        create(QStringLiteral("app"));
        QCOMPARE(stagesOf(versions(QStringLiteral("app")), QStringLiteral("v1")),
                 QStringList{QStringLiteral("SYSCURRENT")});
        QVERIFY(!newVersion(QStringLiteral("app")).isError());
        QVERIFY(!newVersion(QStringLiteral("app")).isError());
        const Outcome list = versions(QStringLiteral("app"));
        QCOMPARE(stagesOf(list, QStringLiteral("v3")), QStringList{QStringLiteral("SYSCURRENT")});
        QCOMPARE(stagesOf(list, QStringLiteral("v2")), QStringList{QStringLiteral("SYSPREVIOUS")});
        QCOMPARE(stagesOf(list, QStringLiteral("v1")), QStringList()); // deprecated
        // Explicit stages without SYSCURRENT: nothing else moves.
        QVERIFY(!newVersion(QStringLiteral("app"), {QStringLiteral("BETA")}).isError());
        const Outcome after = versions(QStringLiteral("app"));
        QCOMPARE(stagesOf(after, QStringLiteral("v4")), QStringList{QStringLiteral("BETA")});
        QCOMPARE(stagesOf(after, QStringLiteral("v3")), QStringList{QStringLiteral("SYSCURRENT")});
        // Explicit SYSCURRENT: SYSPREVIOUS follows the former holder.
        QVERIFY(!newVersion(QStringLiteral("app"),
                            {QStringLiteral("SYSCURRENT"), QStringLiteral("BETA")})
                         .isError());
        const Outcome last = versions(QStringLiteral("app"));
        QCOMPARE(stagesOf(last, QStringLiteral("v5")),
                 (QStringList{QStringLiteral("SYSCURRENT"), QStringLiteral("BETA")}));
        QCOMPARE(stagesOf(last, QStringLiteral("v3")), QStringList{QStringLiteral("SYSPREVIOUS")});
        QCOMPARE(stagesOf(last, QStringLiteral("v4")), QStringList());
        const Outcome latest = svc().showVersion(QStringLiteral("app"), QStringLiteral("latest"));
        QCOMPARE(latest.body[QStringLiteral("version")][QStringLiteral("version_metadata")]
                            [QStringLiteral("id")]
                                    .toString(),
                 QStringLiteral("v5"));
    }

    void stageMovesOnlyTheNamedStage()
    {
        create(QStringLiteral("app"));
        newVersion(QStringLiteral("app"));
        const QJsonObject toV1{{QStringLiteral("version_id"), QStringLiteral("v1")}};
        // PUT creates a missing stage, POST too; both move an existing one.
        QVERIFY(!svc().putStage(QStringLiteral("app"), QStringLiteral("BETA"), toV1).isError());
        const Outcome moved = svc().createStage(
                QStringLiteral("app"), {{QStringLiteral("name"), QStringLiteral("BETA")},
                                        {QStringLiteral("version_id"), QStringLiteral("v2")}});
        QVERIFY(!moved.isError());
        QCOMPARE(moved.body[QStringLiteral("stage")][QStringLiteral("version_id")].toString(),
                 QStringLiteral("v2"));
        // Moving SYSCURRENT with PUT does not move SYSPREVIOUS.
        QVERIFY(!svc().putStage(QStringLiteral("app"), QStringLiteral("SYSCURRENT"), toV1)
                         .isError());
        const Outcome list = versions(QStringLiteral("app"));
        QCOMPARE(stagesOf(list, QStringLiteral("v1")),
                 (QStringList{QStringLiteral("SYSCURRENT"), QStringLiteral("SYSPREVIOUS")}));
        QCOMPARE(stagesOf(list, QStringLiteral("v2")), QStringList{QStringLiteral("BETA")});
        QCOMPARE(svc().putStage(QStringLiteral("app"), QStringLiteral("BETA"),
                                {{QStringLiteral("version_id"), QStringLiteral("v9")}})
                         .status,
                 404);
        QCOMPARE(svc().putStage(QStringLiteral("app"), QStringLiteral("BETA"),
                                {{QStringLiteral("version_id"), 2}})
                         .errorCode,
                 QStringLiteral("CSMS.0002"));
        QCOMPARE(svc().showStage(QStringLiteral("app"), QStringLiteral("BETA"))
                         .body[QStringLiteral("stage")][QStringLiteral("secret_name")]
                         .toString(),
                 QStringLiteral("app"));
    }

    void stageDeletionRules()
    {
        create(QStringLiteral("app"));
        svc().putStage(QStringLiteral("app"), QStringLiteral("BETA"),
                       {{QStringLiteral("version_id"), QStringLiteral("v1")}});
        QCOMPARE(svc().deleteStage(QStringLiteral("app"), QStringLiteral("SYSCURRENT")).errorCode,
                 QStringLiteral("CSMS.0105"));
        QCOMPARE(svc().deleteStage(QStringLiteral("app"), QStringLiteral("SYSPREVIOUS")).errorCode,
                 QStringLiteral("CSMS.0105"));
        const Outcome missing = svc().deleteStage(QStringLiteral("app"), QStringLiteral("GAMMA"));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.errorCode, QStringLiteral("CSMS.0005"));
        QCOMPARE(svc().deleteStage(QStringLiteral("app"), QStringLiteral("BETA")).status, 204);
        QCOMPARE(svc().showStage(QStringLiteral("app"), QStringLiteral("BETA")).status, 404);
        QCOMPARE(svc().showStage(QStringLiteral("nope"), QStringLiteral("BETA")).errorCode,
                 QStringLiteral("CSMS.0106"));
    }

    void twelveStagesAtMost()
    {
        create(QStringLiteral("app"));
        newVersion(QStringLiteral("app")); // SYSCURRENT + SYSPREVIOUS
        for (int i = 0; i < 10; ++i) {
            const Outcome o
                    = svc().putStage(QStringLiteral("app"), QStringLiteral("S%1").arg(i),
                                     {{QStringLiteral("version_id"), QStringLiteral("v1")}});
            QVERIFY2(!o.isError(), qPrintable(o.errorMsg));
        }
        QCOMPARE(svc().putStage(QStringLiteral("app"), QStringLiteral("S10"),
                                {{QStringLiteral("version_id"), QStringLiteral("v1")}})
                         .errorCode,
                 QStringLiteral("CSMS.0203"));
        // Moving an existing stage is still allowed at the limit.
        QVERIFY(!svc().putStage(QStringLiteral("app"), QStringLiteral("S0"),
                                {{QStringLiteral("version_id"), QStringLiteral("v2")}})
                         .isError());
        QCOMPARE(newVersion(QStringLiteral("app"), {QStringLiteral("NEW")}).errorCode,
                 QStringLiteral("CSMS.0203"));
        QStringList thirteen;
        for (int i = 0; i < 13; ++i)
            thirteen << QStringLiteral("X%1").arg(i);
        QCOMPARE(newVersion(QStringLiteral("app"), thirteen).errorCode,
                 QStringLiteral("CSMS.0204"));
    }

    void versionLimitPurgesOldestDeprecated()
    {
        create(QStringLiteral("app"));
        for (int i = 2; i <= 20; ++i)
            QVERIFY(!newVersion(QStringLiteral("app")).isError());
        QCOMPARE(versions(QStringLiteral("app"))
                         .body[QStringLiteral("version_metadatas")]
                         .toArray()
                         .size(),
                 20);
        const Outcome v21 = newVersion(QStringLiteral("app"));
        QVERIFY2(!v21.isError(), qPrintable(v21.errorMsg));
        QCOMPARE(v21.body[QStringLiteral("version_metadata")][QStringLiteral("id")].toString(),
                 QStringLiteral("v21"));
        const Outcome list = versions(QStringLiteral("app"));
        QCOMPARE(list.body[QStringLiteral("version_metadatas")].toArray().size(), 20);
        QCOMPARE(svc().showVersion(QStringLiteral("app"), QStringLiteral("v1")).status, 404);
        QCOMPARE(stagesOf(list, QStringLiteral("v2")), QStringList());
    }

    void versionLimitPurgesTheOldestStagelessNotTheOldest()
    {
        // With 12 stages at most, 20 versions always include a deprecated one: the purge never
        // fails. Stages on v1..v10 make v11 the oldest version without a stage.
        create(QStringLiteral("app"));
        for (int i = 2; i <= 20; ++i)
            QVERIFY(!newVersion(QStringLiteral("app")).isError());
        for (int i = 1; i <= 10; ++i) {
            const Outcome o = svc().putStage(
                    QStringLiteral("app"), QStringLiteral("S%1").arg(i),
                    {{QStringLiteral("version_id"), QStringLiteral("v%1").arg(i)}});
            QVERIFY2(!o.isError(), qPrintable(o.errorMsg));
        }
        const Outcome v21 = newVersion(QStringLiteral("app"));
        QVERIFY2(!v21.isError(), qPrintable(v21.errorMsg));
        QCOMPARE(svc().showVersion(QStringLiteral("app"), QStringLiteral("v1")).status, 200);
        QCOMPARE(svc().showVersion(QStringLiteral("app"), QStringLiteral("v11")).status, 404);
        QCOMPARE(versions(QStringLiteral("app"))
                         .body[QStringLiteral("version_metadatas")]
                         .toArray()
                         .size(),
                 20);
    }

    void pendingDeletion()
    {
        create(QStringLiteral("app"));
        QCOMPARE(svc().scheduleDeletion(QStringLiteral("app"),
                                        {{QStringLiteral("recovery_window_in_days"), 6}})
                         .errorCode,
                 QStringLiteral("CSMS.0002"));
        QCOMPARE(svc().scheduleDeletion(QStringLiteral("app"), {}).errorCode,
                 QStringLiteral("CSMS.0002"));
        const Outcome scheduled = svc().scheduleDeletion(
                QStringLiteral("app"), {{QStringLiteral("recovery_window_in_days"), 7}});
        QVERIFY(!scheduled.isError());
        const QJsonObject secret = scheduled.body[QStringLiteral("secret")].toObject();
        QCOMPARE(secret[QStringLiteral("state")].toString(), QStringLiteral("PENDING_DELETE"));
        QCOMPARE(qint64(secret[QStringLiteral("scheduled_delete_time")].toDouble()),
                 m_now + 7 * 86400000LL);
        QCOMPARE(svc().scheduleDeletion(QStringLiteral("app"),
                                        {{QStringLiteral("recovery_window_in_days"), 7}})
                         .errorCode,
                 QStringLiteral("CSMS.0107"));
        QCOMPARE(newVersion(QStringLiteral("app")).errorCode, QStringLiteral("CSMS.0103"));
        const Outcome read = svc().showVersion(QStringLiteral("app"), QStringLiteral("v1"));
        QCOMPARE(read.status, 403);
        QCOMPARE(read.errorCode, QStringLiteral("CSMS.0109"));
        QVERIFY(!svc().cancelDeletion(QStringLiteral("app")).isError());
        QCOMPARE(svc().cancelDeletion(QStringLiteral("app")).errorCode,
                 QStringLiteral("CSMS.0108"));
        QVERIFY(!svc().showVersion(QStringLiteral("app"), QStringLiteral("v1")).isError());
        // The window ends: the secret is gone.
        svc().scheduleDeletion(QStringLiteral("app"),
                               {{QStringLiteral("recovery_window_in_days"), 7}});
        m_now += 7 * 86400000LL + 1;
        QCOMPARE(svc().purgeExpired(), 1);
        QCOMPARE(svc().showSecret(QStringLiteral("app")).status, 404);
    }

    void batchDeleteByInstance()
    {
        const QString config = QStringLiteral("{\"InstanceId\":\"inst-1\"}");
        create(QStringLiteral("rds-a"), {{QStringLiteral("secret_type"), QStringLiteral("RDS-FG")},
                                         {QStringLiteral("rotation_config"), config}});
        create(QStringLiteral("rds-b"), {{QStringLiteral("secret_type"), QStringLiteral("RDS-FG")},
                                         {QStringLiteral("rotation_config"), config}});
        create(QStringLiteral("gauss"),
               {{QStringLiteral("secret_type"), QStringLiteral("GaussDB-FG")},
                {QStringLiteral("rotation_config"), config}});
        create(QStringLiteral("plain"));
        svc().scheduleDeletion(QStringLiteral("rds-b"),
                               {{QStringLiteral("recovery_window_in_days"), 7}});
        QCOMPARE(svc().batchDelete({}).errorCode, QStringLiteral("CSMS.0002"));
        QCOMPARE(svc().batchDelete({{QStringLiteral("instance_type"), QStringLiteral("MySQL")}})
                         .errorCode,
                 QStringLiteral("CSMS.0002"));
        const Outcome o
                = svc().batchDelete({{QStringLiteral("instance_id"), QStringLiteral("inst-1")},
                                     {QStringLiteral("instance_type"), QStringLiteral("RDS")}});
        QVERIFY(!o.isError());
        QCOMPARE(o.body[QStringLiteral("total")].toInt(), 2);
        QCOMPARE(o.body[QStringLiteral("success_secrets")].toArray(),
                 QJsonArray{QStringLiteral("rds-a")});
        const QJsonObject failed = o.body[QStringLiteral("failed_secrets")][0].toObject();
        QCOMPARE(failed[QStringLiteral("secret_name")].toString(), QStringLiteral("rds-b"));
        QVERIFY(failed[QStringLiteral("error_msg")].toString().startsWith(
                QStringLiteral("CSMS.0107")));
        QCOMPARE(svc().showSecret(QStringLiteral("rds-a")).status, 404);
        QCOMPARE(svc().showSecret(QStringLiteral("gauss")).status, 200);
        QCOMPARE(svc().showSecret(QStringLiteral("plain")).status, 200);
    }

    void listPagination()
    {
        for (const char *n : {"b", "a", "C", "c", "a-1"})
            create(QString::fromLatin1(n));
        QStringList seen;
        QString marker;
        int pages = 0;
        for (;;) {
            QUrlQuery q(QStringLiteral("limit=2"));
            if (!marker.isEmpty())
                q.addQueryItem(QStringLiteral("marker"), marker);
            const Outcome page = svc().listSecrets(q);
            ++pages;
            for (const QJsonValue &s : page.body[QStringLiteral("secrets")].toArray())
                seen << s[QStringLiteral("name")].toString();
            const QJsonObject info = page.body[QStringLiteral("page_info")].toObject();
            if (!info.contains(QStringLiteral("next_marker")))
                break;
            marker = info[QStringLiteral("next_marker")].toString();
        }
        QCOMPARE(seen, (QStringList{QStringLiteral("C"), QStringLiteral("a"), QStringLiteral("a-1"),
                                    QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(pages, 3);
        QCOMPARE(svc().listSecrets(QUrlQuery(QStringLiteral("limit=0"))).errorCode,
                 QStringLiteral("CSMS.0002"));
        QCOMPARE(svc().listSecrets(QUrlQuery(QStringLiteral("limit=1001"))).errorCode,
                 QStringLiteral("CSMS.0002"));
    }

    void tagsAndResourceInstances()
    {
        create(QStringLiteral("prod-orders-db"));
        create(QStringLiteral("staging-orders-db"));
        const QString id = svc().showSecret(QStringLiteral("prod-orders-db"))
                                   .body[QStringLiteral("secret")][QStringLiteral("id")]
                                   .toString();
        QCOMPARE(svc().createTag(id,
                                 {{QStringLiteral("tag"),
                                   QJsonObject{{QStringLiteral("key"), QStringLiteral("env")},
                                               {QStringLiteral("value"), QStringLiteral("prod")}}}})
                         .status,
                 204);
        QCOMPARE(
                svc().createTag(id, {{QStringLiteral("tag"),
                                      QJsonObject{{QStringLiteral("key"), QStringLiteral("_sys_x")},
                                                  {QStringLiteral("value"), QStringLiteral("1")}}}})
                        .errorCode,
                QStringLiteral("CSMS.0002"));
        QCOMPARE(svc().listTags(id).body[QStringLiteral("tags")].toArray().size(), 1);
        const auto filter = [&](const QJsonObject &body) {
            return svc().resourceInstances(body).body[QStringLiteral("total_count")].toInt();
        };
        QCOMPARE(filter({{QStringLiteral("action"), QStringLiteral("count")},
                         {QStringLiteral("matches"),
                          QJsonArray{QJsonObject{
                                  {QStringLiteral("key"), QStringLiteral("resource_name")},
                                  {QStringLiteral("value"), QStringLiteral("ORDERS")}}}}}),
                 2);
        QCOMPARE(filter({{QStringLiteral("action"), QStringLiteral("filter")},
                         {QStringLiteral("limit"), QStringLiteral("10")},
                         {QStringLiteral("tags"),
                          QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("env")},
                                                 {QStringLiteral("values"),
                                                  QJsonArray{QStringLiteral("prod")}}}}}}),
                 1);
        const Outcome found = svc().resourceInstances(
                {{QStringLiteral("action"), QStringLiteral("filter")},
                 {QStringLiteral("matches"),
                  QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("resource_name")},
                                         {QStringLiteral("value"), QStringLiteral("Staging-")}}}}});
        const QJsonArray resources = found.body[QStringLiteral("resources")].toArray();
        QCOMPARE(resources.size(), 1);
        QCOMPARE(resources[0][QStringLiteral("resource_name")].toString(),
                 QStringLiteral("staging-orders-db"));
        QCOMPARE(resources[0][QStringLiteral("resource_detail")][QStringLiteral("name")].toString(),
                 QStringLiteral("staging-orders-db"));
        QCOMPARE(svc().resourceInstances({{QStringLiteral("action"), QStringLiteral("filter")},
                                          {QStringLiteral("limit"), QStringLiteral("0")}})
                         .errorCode,
                 QStringLiteral("CSMS.0002"));
        QCOMPARE(svc().deleteTag(id, QStringLiteral("env")).status, 204);
        QCOMPARE(svc().deleteTag(id, QStringLiteral("env")).status, 404);
    }

    void seedIsDeterministicAndRealistic()
    {
        QString error;
        QVERIFY2(seedDemoData(svc(), 500, &error), qPrintable(error));
        QCOMPARE(m_store->secretCount(), 500);
        QCOMPARE(svc().showSecret(QStringLiteral("prod-orders-db-password")).status, 200);
        QCOMPARE(svc().showSecret(QStringLiteral("staging-payments-db-password")).status, 200);
        const Outcome rds = svc().showSecret(QStringLiteral("rds-prod-orders-admin"));
        QCOMPARE(rds.body[QStringLiteral("secret")][QStringLiteral("secret_type")].toString(),
                 QStringLiteral("RDS-FG"));
        // GaussDB-FG secrets hold TaurusDB accounts, and the demo names say so.
        const Outcome taurus = svc().showSecret(QStringLiteral("taurusdb-prod-orders-admin"));
        QCOMPARE(taurus.body[QStringLiteral("secret")][QStringLiteral("secret_type")].toString(),
                 QStringLiteral("GaussDB-FG"));
        const Outcome count = svc().resourceInstances(
                {{QStringLiteral("action"), QStringLiteral("count")},
                 {QStringLiteral("tags"),
                  QJsonArray{QJsonObject{
                          {QStringLiteral("key"), QStringLiteral("env")},
                          {QStringLiteral("values"), QJsonArray{QStringLiteral("prod")}}}}}});
        QCOMPARE(count.body[QStringLiteral("total_count")].toInt(),
                 126); // 100 COMMON + 13 RDS-FG + 13 GaussDB-FG
    }

    void echoedInputIsCapped()
    {
        // Names and ids echoed into error messages: at most 64 characters, then "…".
        const QString exact(64, QLatin1Char('n'));
        QCOMPARE(echoed(exact), exact);
        QCOMPARE(echoed(exact + QLatin1Char('x')), exact + QChar(0x2026));
        QCOMPARE(echoed(QString(200000, QLatin1Char('v'))).size(), 65);
        // A surrogate pair is not cut in half.
        const QString smiley = QString(63, QLatin1Char('a')) + QString::fromUtf8("\U0001F600")
                               + QLatin1Char('b');
        QCOMPARE(echoed(smiley), QString(63, QLatin1Char('a')) + QChar(0x2026));
        // Through the service: a missing secret named at the limit is echoed whole.
        const QString name(64, QLatin1Char('m'));
        QCOMPARE(svc().showSecret(name).errorMsg,
                 QStringLiteral("The secret %1 does not exist.").arg(name));
    }
};

QTEST_GUILESS_MAIN(TestService)
#include "tst_service.moc"
