// SPDX-License-Identifier: Apache-2.0
// Conformance of csms-local's events, notification records and generated passwords (Huawei's
// definitions CreateSecretEvent, ListSecretEvents, ShowSecretEvent, UpdateSecretEvent,
// DeleteSecretEvent, ListNotificationRecords, GenerateRandomPassword; UpdateSecret's
// event_subscriptions): paths, bodies, limits, status and error codes, and the records a
// subscribed change leaves.
#include "apisession.h"
#include "httpchecks.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

using namespace keystage::test;

class TstEvents : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createShowListUpdateDelete();
    void invalidEvents_data();
    void invalidEvents();
    void duplicateAndMissing();
    void listPages();
    void subscriptionsMustNameAnEvent();
    void subscribedEventIsNotDeleted();
    void versionCreatedLeavesARecord();
    void rotationLeavesARecord();
    void disabledOrOtherTypesLeaveNoRecord();
    void deletionLeavesARecord();
    void expiryLeavesARecordOncePerUpdate();
    void passwordDefaults();
    void passwordCharacterSets_data();
    void passwordCharacterSets();
    void passwordRefusals_data();
    void passwordRefusals();
    void passwordNeverLogged();

private:
    HttpResult createEvent(const QString &name, const QStringList &types,
                           const QString &state = QStringLiteral("ENABLED"),
                           const QString &target = QStringLiteral("urn:smn:cn-north-4:p:topic"));
    QJsonArray records();
    std::unique_ptr<CsmsLocal> m_server;
    std::unique_ptr<ApiSession> m_api;
};

static QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void TstEvents::initTestCase()
{
    CsmsLocalOptions options;
    options.extraArgs << QStringLiteral("--verbose");
    m_server = std::make_unique<CsmsLocal>(options);
    QVERIFY2(m_server->start(), m_server->errorOutput().constData());
    m_api = std::make_unique<ApiSession>(*m_server);
    QVERIFY(m_api->authenticate());
}

HttpResult TstEvents::createEvent(const QString &name, const QStringList &types,
                                  const QString &state, const QString &target)
{
    return m_api->post(
            QStringLiteral("csms/events"),
            compact({{QStringLiteral("name"), name},
                     {QStringLiteral("event_types"), QJsonArray::fromStringList(types)},
                     {QStringLiteral("state"), state},
                     {QStringLiteral("notification"),
                      QJsonObject{{QStringLiteral("target_type"), QStringLiteral("SMN")},
                                  {QStringLiteral("target_id"), target},
                                  {QStringLiteral("target_name"), QStringLiteral("topic")}}}}));
}

QJsonArray TstEvents::records()
{
    const auto listed = m_api->get(QStringLiteral("csms/notification-records"));
    if (listed.status != 200)
        qWarning() << describe(listed);
    return jsonAt(listed, "records").toArray();
}

void TstEvents::createShowListUpdateDelete()
{
    const auto created
            = createEvent(QStringLiteral("life"), {QStringLiteral("SECRET_VERSION_CREATED"),
                                                   QStringLiteral("SECRET_ROTATED")});
    KS_VERIFY_STATUS(created, 200);
    QCOMPARE(jsonAt(created, "event.name").toString(), QStringLiteral("life"));
    QCOMPARE(jsonAt(created, "event.state").toString(), QStringLiteral("ENABLED"));
    QCOMPARE(jsonAt(created, "event.event_types").toArray(),
             (QJsonArray{QStringLiteral("SECRET_VERSION_CREATED"),
                         QStringLiteral("SECRET_ROTATED")}));
    QCOMPARE(jsonAt(created, "event.notification.target_type").toString(), QStringLiteral("SMN"));
    QVERIFY(isRecentMillis(jsonAt(created, "event.create_time")));
    static const QRegularExpression uuid(
            QStringLiteral("^[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}$"));
    QVERIFY(uuid.match(jsonAt(created, "event.event_id").toString()).hasMatch());

    const auto shown = m_api->get(QStringLiteral("csms/events/life"));
    KS_VERIFY_STATUS(shown, 200);
    QCOMPARE(jsonAt(shown, "event"), jsonAt(created, "event"));

    const auto listed = m_api->get(QStringLiteral("csms/events"));
    KS_VERIFY_STATUS(listed, 200);
    bool found = false;
    for (const auto &e : jsonAt(listed, "events").toArray())
        found = found || e.toObject().value(QStringLiteral("name")) == QStringLiteral("life");
    QVERIFY(found);

    // Only what the body names changes.
    const auto updated = m_api->put(QStringLiteral("csms/events/life"), R"({"state":"DISABLED"})");
    KS_VERIFY_STATUS(updated, 200);
    QCOMPARE(jsonAt(updated, "event.state").toString(), QStringLiteral("DISABLED"));
    QCOMPARE(jsonAt(updated, "event.event_types"), jsonAt(created, "event.event_types"));
    const auto retargeted
            = m_api->put(QStringLiteral("csms/events/life"),
                         R"({"event_types":["SECRET_DELETED"],"notification":{"target_type":"SMN",)"
                         R"("target_id":"urn:smn:cn-north-4:p:other","target_name":"other"}})");
    KS_VERIFY_STATUS(retargeted, 200);
    QCOMPARE(jsonAt(retargeted, "event.event_types").toArray(),
             QJsonArray{QStringLiteral("SECRET_DELETED")});
    QCOMPARE(jsonAt(retargeted, "event.notification.target_name").toString(),
             QStringLiteral("other"));
    QCOMPARE(jsonAt(retargeted, "event.state").toString(), QStringLiteral("DISABLED"));

    const auto deleted = m_api->del(QStringLiteral("csms/events/life"));
    KS_VERIFY_STATUS(deleted, 204);
    QVERIFY(deleted.body.isEmpty());
    KS_VERIFY_NESTED(m_api->get(QStringLiteral("csms/events/life")), 404, "CSMS.0005");
}

void TstEvents::invalidEvents_data()
{
    QTest::addColumn<QByteArray>("body");
    const QByteArray target
            = R"("notification":{"target_type":"SMN","target_id":"urn:smn:r:p:t","target_name":"t"})";
    const QByteArray good = R"("event_types":["SECRET_ROTATED"],"state":"ENABLED",)";
    QTest::newRow("no name") << QByteArray("{") + good + target + "}";
    QTest::newRow("bad name") << QByteArray(R"({"name":"a b",)") + good + target + "}";
    QTest::newRow("name 65") << QByteArray(R"({"name":")") + QByteArray(65, 'n') + "\"," + good
                                        + target + "}";
    QTest::newRow("no types") << QByteArray(R"({"name":"e","state":"ENABLED",)") + target + "}";
    QTest::newRow("empty types") << QByteArray(R"({"name":"e","event_types":[],"state":"ENABLED",)")
                                            + target + "}";
    QTest::newRow("unknown type")
            << QByteArray(R"({"name":"e","event_types":["SECRET_READ"],"state":"ENABLED",)")
                       + target + "}";
    QTest::newRow("twice") << QByteArray(R"({"name":"e","event_types":["SECRET_ROTATED",)"
                                         R"("SECRET_ROTATED"],"state":"ENABLED",)")
                                      + target + "}";
    QTest::newRow("no state") << QByteArray(R"({"name":"e","event_types":["SECRET_ROTATED"],)")
                                         + target + "}";
    QTest::newRow("bad state") << QByteArray(R"({"name":"e","event_types":["SECRET_ROTATED"],)"
                                             R"("state":"ON",)")
                                          + target + "}";
    QTest::newRow("state array") << QByteArray(R"({"name":"e","event_types":["SECRET_ROTATED"],)"
                                               R"("state":["ENABLED"],)")
                                            + target + "}";
    QTest::newRow("no notification") << QByteArray(R"({"name":"e",)") + good.chopped(1) + "}";
    QTest::newRow("not SMN")
            << QByteArray(R"({"name":"e",)") + good
                       + R"("notification":{"target_type":"MAIL","target_id":"x","target_name":"t"}})";
    QTest::newRow("bad target id")
            << QByteArray(R"({"name":"e",)") + good
                       + R"("notification":{"target_type":"SMN","target_id":"a b","target_name":"t"}})";
    QTest::newRow("no target name")
            << QByteArray(R"({"name":"e",)") + good
                       + R"("notification":{"target_type":"SMN","target_id":"urn"}})";
}

void TstEvents::invalidEvents()
{
    QFETCH(QByteArray, body);
    KS_VERIFY_NESTED(m_api->post(QStringLiteral("csms/events"), body), 400, "CSMS.0002");
    KS_VERIFY_NESTED(m_api->get(QStringLiteral("csms/events/e")), 404, "CSMS.0005");
}

void TstEvents::duplicateAndMissing()
{
    KS_VERIFY_STATUS(createEvent(QStringLiteral("twin"), {QStringLiteral("SECRET_DELETED")}), 200);
    KS_VERIFY_NESTED(createEvent(QStringLiteral("twin"), {QStringLiteral("SECRET_DELETED")}), 400,
                     "CSMS.0002");
    KS_VERIFY_NESTED(m_api->put(QStringLiteral("csms/events/nothere"), R"({"state":"ENABLED"})"),
                     404, "CSMS.0005");
    KS_VERIFY_NESTED(m_api->del(QStringLiteral("csms/events/nothere")), 404, "CSMS.0005");
    KS_VERIFY_NESTED(m_api->get(QStringLiteral("csms/events/a.b")), 400, "CSMS.0002");
    KS_VERIFY_NESTED(m_api->put(QStringLiteral("csms/events/twin"), R"({"state":"OFF"})"), 400,
                     "CSMS.0002");
    KS_VERIFY_NESTED(m_api->put(QStringLiteral("csms/events/twin"), R"({"event_types":[]})"), 400,
                     "CSMS.0002");
    KS_VERIFY_NESTED(m_api->put(QStringLiteral("csms/events/twin"), "not json"), 400, "CSMS.0004");
    KS_VERIFY_OK(m_api->del(QStringLiteral("csms/events/twin")).status == 204 ? QByteArray()
                                                                              : "not deleted");
}

void TstEvents::listPages()
{
    for (const char *name : {"page-a", "page-b", "page-c"})
        KS_VERIFY_STATUS(createEvent(QString::fromLatin1(name), {QStringLiteral("SECRET_ROTATED")}),
                         200);
    const auto first = m_api->get(QStringLiteral("csms/events?limit=2&marker=page-"));
    KS_VERIFY_STATUS(first, 200);
    QCOMPARE(jsonAt(first, "events").toArray().size(), 2);
    QCOMPARE(jsonAt(first, "page_info.current_count").toInt(), 2);
    QCOMPARE(jsonAt(first, "page_info.next_marker").toString(), QStringLiteral("page-b"));
    const auto second = m_api->get(QStringLiteral("csms/events?limit=2&marker=page-b"));
    KS_VERIFY_STATUS(second, 200);
    QCOMPARE(jsonAt(second, "events.0.name").toString(), QStringLiteral("page-c"));
    KS_VERIFY_NESTED(m_api->get(QStringLiteral("csms/events?limit=0")), 400, "CSMS.0002");
    KS_VERIFY_NESTED(m_api->get(QStringLiteral("csms/events?limit=10000")), 400, "CSMS.0002");
    KS_VERIFY_NESTED(m_api->get(QStringLiteral("csms/events?marker=a%20b")), 400, "CSMS.0002");
    for (const char *name : {"page-a", "page-b", "page-c"})
        KS_VERIFY_STATUS(m_api->del(QStringLiteral("csms/events/") + QLatin1String(name)), 204);
}

void TstEvents::subscriptionsMustNameAnEvent()
{
    // UpdateSecret's and CreateSecret's event_subscriptions name existing events only.
    KS_VERIFY_STATUS(m_api->createSecret(QStringLiteral("sub-check")), 200);
    KS_VERIFY_FLAT(
            m_api->put(QStringLiteral("secrets/sub-check"), R"({"event_subscriptions":["ghost"]})"),
            400, "CSMS.0002");
    KS_VERIFY_FLAT(m_api->post(QStringLiteral("secrets"),
                               R"({"name":"sub-new","secret_string":"v",)"
                               R"("event_subscriptions":["ghost"]})"),
                   400, "CSMS.0002");
    KS_VERIFY_FLAT(m_api->get(QStringLiteral("secrets/sub-new")), 404, "CSMS.0106");
    KS_VERIFY_STATUS(createEvent(QStringLiteral("real"), {QStringLiteral("SECRET_ROTATED")}), 200);
    const auto subscribed = m_api->put(QStringLiteral("secrets/sub-check"),
                                       R"({"event_subscriptions":["real"]})");
    KS_VERIFY_STATUS(subscribed, 200);
    QCOMPARE(jsonAt(subscribed, "secret.event_subscriptions").toArray(),
             QJsonArray{QStringLiteral("real")});
    // ListSecrets' event_name finds it.
    const auto listed = m_api->get(QStringLiteral("secrets?event_name=real"));
    QCOMPARE(jsonAt(listed, "secrets").toArray().size(), 1);
    KS_VERIFY_STATUS(
            m_api->put(QStringLiteral("secrets/sub-check"), R"({"event_subscriptions":[]})"), 200);
    KS_VERIFY_STATUS(m_api->del(QStringLiteral("csms/events/real")), 204);
}

void TstEvents::subscribedEventIsNotDeleted()
{
    KS_VERIFY_STATUS(createEvent(QStringLiteral("held"), {QStringLiteral("SECRET_ROTATED")}), 200);
    KS_VERIFY_STATUS(m_api->post(QStringLiteral("secrets"),
                                 R"({"name":"holder","secret_string":"v",)"
                                 R"("event_subscriptions":["held"]})"),
                     200);
    const auto refused = m_api->del(QStringLiteral("csms/events/held"));
    KS_VERIFY_NESTED(refused, 400, "CSMS.0002");
    QVERIFY2(refused.body.contains("1 secret"), refused.body.constData());
    KS_VERIFY_STATUS(m_api->get(QStringLiteral("csms/events/held")), 200);
}

void TstEvents::versionCreatedLeavesARecord()
{
    KS_VERIFY_STATUS(
            createEvent(QStringLiteral("on-version"), {QStringLiteral("SECRET_VERSION_CREATED")}),
            200);
    KS_VERIFY_STATUS(m_api->post(QStringLiteral("secrets"),
                                 R"({"name":"watched","secret_string":"first-value",)"
                                 R"("event_subscriptions":["on-version"]})"),
                     200);
    const qsizetype before = records().size();
    KS_VERIFY_STATUS(m_api->post(QStringLiteral("secrets/watched/versions"),
                                 R"({"secret_string":"second-value"})"),
                     200);
    const QJsonArray after = records();
    QCOMPARE(after.size(), before + 1);
    const QJsonObject record = after.first().toObject(); // newest first
    QCOMPARE(record.value(QStringLiteral("event_name")).toString(), QStringLiteral("on-version"));
    QCOMPARE(record.value(QStringLiteral("trigger_event_type")).toString(),
             QStringLiteral("SECRET_VERSION_CREATED"));
    QCOMPARE(record.value(QStringLiteral("secret_name")).toString(), QStringLiteral("watched"));
    QCOMPARE(record.value(QStringLiteral("secret_type")).toString(), QStringLiteral("COMMON"));
    QCOMPARE(record.value(QStringLiteral("notification_status")).toString(),
             QStringLiteral("SUCCESS"));
    QCOMPARE(record.value(QStringLiteral("notification_target_id")).toString(),
             QStringLiteral("urn:smn:cn-north-4:p:topic"));
    QVERIFY(isRecentMillis(record.value(QStringLiteral("create_time"))));
    const QJsonObject content
            = QJsonDocument::fromJson(
                      record.value(QStringLiteral("notification_content")).toString().toUtf8())
                      .object();
    QCOMPARE(content.value(QStringLiteral("eventType")).toString(),
             QStringLiteral("SECRET_VERSION_CREATED"));
    QCOMPARE(content.value(QStringLiteral("data")).toObject().value(QStringLiteral("versionId")),
             QJsonValue(QStringLiteral("v2")));
    // A notification names the secret, never its value.
    QVERIFY(!record.value(QStringLiteral("notification_content"))
                     .toString()
                     .contains(QLatin1String("second-value")));
}

// RotateSecret fires SECRET_ROTATED with the new version, and a refused rotation of a subscribed
// secret SECRET_ROTATED_FAILED (the rotation's own changes are rolled back, the record stays).
void TstEvents::rotationLeavesARecord()
{
    KS_VERIFY_STATUS(
            createEvent(QStringLiteral("on-rotation"), {QStringLiteral("SECRET_ROTATED"),
                                                        QStringLiteral("SECRET_ROTATED_FAILED")}),
            200);
    const auto databaseSecret = [](const QString &name, const QString &value) {
        return compact({{QStringLiteral("name"), name},
                        {QStringLiteral("secret_type"), QStringLiteral("RDS-FG")},
                        {QStringLiteral("rotation_config"),
                         QStringLiteral(R"({"InstanceId":"i-1","SecretSubType":"SingleUser"})")},
                        {QStringLiteral("secret_string"), value},
                        {QStringLiteral("event_subscriptions"),
                         QJsonArray{QStringLiteral("on-rotation")}}});
    };
    KS_VERIFY_STATUS(m_api->post(QStringLiteral("secrets"),
                                 databaseSecret(QStringLiteral("rds-watched"),
                                                QStringLiteral(R"({"username":"app","password":)"
                                                               R"("old-pass"})"))),
                     200);
    KS_VERIFY_STATUS(m_api->post(QStringLiteral("secrets"),
                                 databaseSecret(QStringLiteral("rds-broken"),
                                                QStringLiteral("not an account"))),
                     200);
    const qsizetype before = records().size();
    KS_VERIFY_STATUS(m_api->post(QStringLiteral("secrets/rds-watched/rotate"), {}), 200);
    QJsonArray after = records();
    QCOMPARE(after.size(), before + 1);
    QJsonObject record = after.first().toObject();
    QCOMPARE(record.value(QStringLiteral("trigger_event_type")).toString(),
             QStringLiteral("SECRET_ROTATED"));
    QCOMPARE(record.value(QStringLiteral("secret_name")).toString(), QStringLiteral("rds-watched"));
    const QString content = record.value(QStringLiteral("notification_content")).toString();
    QCOMPARE(QJsonDocument::fromJson(content.toUtf8())
                     .object()
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("versionId")),
             QJsonValue(QStringLiteral("v2")));
    QVERIFY(!content.contains(QLatin1String("old-pass"))); // never a value

    QCOMPARE(m_api->post(QStringLiteral("secrets/rds-broken/rotate"), {}).status, 400);
    after = records();
    QCOMPARE(after.size(), before + 2);
    record = after.first().toObject();
    QCOMPARE(record.value(QStringLiteral("trigger_event_type")).toString(),
             QStringLiteral("SECRET_ROTATED_FAILED"));
    QCOMPARE(record.value(QStringLiteral("secret_name")).toString(), QStringLiteral("rds-broken"));
}

void TstEvents::disabledOrOtherTypesLeaveNoRecord()
{
    KS_VERIFY_STATUS(createEvent(QStringLiteral("sleeping"),
                                 {QStringLiteral("SECRET_VERSION_CREATED")},
                                 QStringLiteral("DISABLED")),
                     200);
    KS_VERIFY_STATUS(createEvent(QStringLiteral("rotations"), {QStringLiteral("SECRET_ROTATED")}),
                     200);
    KS_VERIFY_STATUS(m_api->post(QStringLiteral("secrets"),
                                 R"({"name":"quiet-a","secret_string":"v",)"
                                 R"("event_subscriptions":["sleeping"]})"),
                     200);
    KS_VERIFY_STATUS(m_api->post(QStringLiteral("secrets"),
                                 R"({"name":"quiet-b","secret_string":"v",)"
                                 R"("event_subscriptions":["rotations"]})"),
                     200);
    KS_VERIFY_STATUS(m_api->createSecret(QStringLiteral("quiet-c")), 200);
    const qsizetype before = records().size();
    for (const char *name : {"quiet-a", "quiet-b", "quiet-c"})
        KS_VERIFY_STATUS(m_api->post(QStringLiteral("secrets/%1/versions").arg(QLatin1String(name)),
                                     R"({"secret_string":"again"})"),
                         200);
    QCOMPARE(records().size(), before);
    // Enabled again, the next version is notified.
    KS_VERIFY_STATUS(m_api->put(QStringLiteral("csms/events/sleeping"), R"({"state":"ENABLED"})"),
                     200);
    KS_VERIFY_STATUS(
            m_api->post(QStringLiteral("secrets/quiet-a/versions"), R"({"secret_string":"third"})"),
            200);
    QCOMPARE(records().size(), before + 1);
}

void TstEvents::deletionLeavesARecord()
{
    KS_VERIFY_STATUS(createEvent(QStringLiteral("on-delete"), {QStringLiteral("SECRET_DELETED")},
                                 QStringLiteral("ENABLED"), QStringLiteral("not-an-urn")),
                     200);
    KS_VERIFY_STATUS(m_api->post(QStringLiteral("secrets"),
                                 R"({"name":"doomed","secret_string":"v",)"
                                 R"("event_subscriptions":["on-delete"]})"),
                     200);
    KS_VERIFY_STATUS(m_api->del(QStringLiteral("secrets/doomed")), 200);
    const QJsonObject record = records().first().toObject();
    QCOMPARE(record.value(QStringLiteral("trigger_event_type")).toString(),
             QStringLiteral("SECRET_DELETED"));
    QCOMPARE(record.value(QStringLiteral("secret_name")).toString(), QStringLiteral("doomed"));
    // A target that is no SMN topic cannot be delivered to.
    QCOMPARE(record.value(QStringLiteral("notification_status")).toString(),
             QStringLiteral("FAIL"));
    // The secret is gone, so the event may go too.
    KS_VERIFY_STATUS(m_api->del(QStringLiteral("csms/events/on-delete")), 204);
}

void TstEvents::expiryLeavesARecordOncePerUpdate()
{
    KS_VERIFY_STATUS(
            createEvent(QStringLiteral("on-expiry"), {QStringLiteral("SECRET_VERSION_EXPIRED")}),
            200);
    KS_VERIFY_STATUS(m_api->post(QStringLiteral("secrets"),
                                 R"({"name":"expiring","secret_string":"v",)"
                                 R"("event_subscriptions":["on-expiry"]})"),
                     200);
    const auto expired = [this]() {
        int count = 0;
        for (const auto &r : records()) {
            const QJsonObject o = r.toObject();
            count += o.value(QStringLiteral("secret_name")) == QStringLiteral("expiring")
                     && o.value(QStringLiteral("trigger_event_type"))
                                == QStringLiteral("SECRET_VERSION_EXPIRED");
        }
        return count;
    };
    // A future expiry has not happened yet.
    KS_VERIFY_STATUS(m_api->put(QStringLiteral("secrets/expiring/versions/v1"),
                                R"({"expire_time":4102444800000})"),
                     200);
    QCOMPARE(expired(), 0);
    // A past one is noticed before the next request, once.
    KS_VERIFY_STATUS(
            m_api->put(QStringLiteral("secrets/expiring/versions/v1"), R"({"expire_time":1000})"),
            200);
    QCOMPARE(expired(), 1);
    QCOMPARE(expired(), 1);
    const QJsonObject record = records().first().toObject();
    const QJsonObject data
            = QJsonDocument::fromJson(
                      record.value(QStringLiteral("notification_content")).toString().toUtf8())
                      .object()
                      .value(QStringLiteral("data"))
                      .toObject();
    QCOMPARE(data.value(QStringLiteral("versionId")).toString(), QStringLiteral("v1"));
    QCOMPARE(data.value(QStringLiteral("versionExpireTime")).toString(),
             QStringLiteral("1970-01-01T00:00:01.000Z"));
    // Each update may fire once more.
    KS_VERIFY_STATUS(
            m_api->put(QStringLiteral("secrets/expiring/versions/v1"), R"({"expire_time":2000})"),
            200);
    QCOMPARE(expired(), 2);
    // A new version created already expired, too.
    KS_VERIFY_STATUS(m_api->post(QStringLiteral("secrets/expiring/versions"),
                                 R"({"secret_string":"w","expire_time":3000})"),
                     200);
    QCOMPARE(expired(), 3);
}

void TstEvents::passwordDefaults()
{
    const auto one = m_api->post(QStringLiteral("csms/generate-password"), {});
    KS_VERIFY_STATUS(one, 200);
    const QString a = jsonAt(one, "password").toString();
    QCOMPARE(a.size(), 32);
    const auto two = m_api->post(QStringLiteral("csms/generate-password"), "{}");
    KS_VERIFY_STATUS(two, 200);
    QVERIFY(jsonAt(two, "password").toString() != a);
    QVERIFY(!a.contains(QLatin1Char(' ')));
    for (const QChar c : a)
        QVERIFY(c.unicode() > 32 && c.unicode() < 127);
}

void TstEvents::passwordCharacterSets_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("allowed"); // a regular expression of the whole password
    QTest::addColumn<int>("length");
    QTest::newRow("digits only") << QByteArray(R"({"length":40,"exclude_lowercase":true,)"
                                               R"("exclude_uppercase":true,)"
                                               R"("exclude_punctuation":true})")
                                 << QStringLiteral("[0-9]{40}") << 40;
    QTest::newRow("letters") << QByteArray(R"({"length":64,"exclude_numbers":true,)"
                                           R"("exclude_punctuation":true})")
                             << QStringLiteral("[a-zA-Z]{64}") << 64;
    QTest::newRow("excluded characters")
            << QByteArray(R"({"length":128,"exclude_characters":"abcdefghijklmnopqrstuvwxyz0123",)"
                          R"("exclude_punctuation":true,"exclude_uppercase":true})")
            << QStringLiteral("[4-9]{128}") << 128;
    QTest::newRow("minimum") << QByteArray(R"({"length":8})") << QStringLiteral("[!-~]{8}") << 8;
}

void TstEvents::passwordCharacterSets()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, allowed);
    QFETCH(int, length);
    const auto result = m_api->post(QStringLiteral("csms/generate-password"), body);
    KS_VERIFY_STATUS(result, 200);
    const QString password = jsonAt(result, "password").toString();
    QCOMPARE(password.size(), length);
    QVERIFY(QRegularExpression(QRegularExpression::anchoredPattern(allowed))
                    .match(password)
                    .hasMatch());
    // Each included type, even at the shortest length that can hold them: 8 characters for
    // 5 types (space included), over many tries.
    for (int i = 0; i < 50; ++i) {
        const auto each = m_api->post(QStringLiteral("csms/generate-password"),
                                      R"({"length":8,"include_space":true,)"
                                      R"("require_each_included_type":true})");
        KS_VERIFY_STATUS(each, 200);
        const QString p = jsonAt(each, "password").toString();
        for (const char *set : {"[a-z]", "[A-Z]", "[0-9]", "[!-/:-@\\[-`{-~]", " "})
            QVERIFY2(QRegularExpression(QString::fromLatin1(set)).match(p).hasMatch(), set);
    }
}

void TstEvents::passwordRefusals_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("too short") << QByteArray(R"({"length":7})");
    QTest::newRow("too long") << QByteArray(R"({"length":129})");
    QTest::newRow("length text") << QByteArray(R"({"length":"x"})");
    QTest::newRow("nothing left") << QByteArray(R"({"exclude_lowercase":true,"exclude_uppercase":)"
                                                R"(true,"exclude_numbers":true,)"
                                                R"("exclude_punctuation":true})");
    QTest::newRow("all digits excluded")
            << QByteArray(R"({"exclude_characters":"0123456789","exclude_lowercase":true,)"
                          R"("exclude_uppercase":true,"exclude_punctuation":true})");
    QTest::newRow("unknown policy") << QByteArray(R"({"password_policy_name":"strict"})");
    QTest::newRow("flag text") << QByteArray(R"({"exclude_numbers":"yes"})");
}

void TstEvents::passwordRefusals()
{
    QFETCH(QByteArray, body);
    // GenerateRandomPassword's errors use the flat shape (ErrorRsp).
    KS_VERIFY_FLAT(m_api->post(QStringLiteral("csms/generate-password"), body), 400, "CSMS.0002");
}

void TstEvents::passwordNeverLogged()
{
    const auto result = m_api->post(QStringLiteral("csms/generate-password"), R"({"length":48})");
    KS_VERIFY_STATUS(result, 200);
    const QByteArray password = jsonAt(result, "password").toString().toUtf8();
    QCOMPARE(password.size(), 48);
    // --verbose logs every request; the log shows the call, not the password.
    QTRY_VERIFY(m_server->currentOutput().contains("generate-password"));
    QVERIFY(!m_server->currentOutput().contains(password));
}

QTEST_GUILESS_MAIN(TstEvents)
#include "tst_events.moc"
