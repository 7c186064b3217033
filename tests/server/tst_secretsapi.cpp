// SPDX-License-Identifier: Apache-2.0
// Conformance of csms-local's secret operations (csms-api.md 1.2, 2, 3 and Decisions): create,
// show, update, list, delete; validation of names, values and descriptions; exact field names;
// millisecond timestamps; error shapes; request ids; marker pagination.
#include "apisession.h"
#include "httpchecks.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>
#include <algorithm>

using namespace keystage::test;

class TstSecretsApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createShowUpdateDelete();
    void secretFieldNamesAndTimes();
    void valuesNeverInMetadata();
    void updateCannotChangeValue();
    void nameValidation_data();
    void nameValidation();
    void missingName();
    void createFieldRules_data();
    void createFieldRules();
    void rotationConfigAsStored_data();
    void rotationConfigAsStored();
    void emptyEventNameIsDropped();
    void invalidMarker();
    void valueRules();
    void binaryValueRoundTrip();
    void descriptionCountsBytes();
    void duplicateName();
    void missingSecretIs404();
    void requestIdOnEveryResponse();
    void limitBounds_data();
    void limitBounds();
    void pagination();
    void seededDemoPaginates();

private:
    HttpResult createJson(const QJsonObject &body);
    std::unique_ptr<CsmsLocal> m_server;
    std::unique_ptr<ApiSession> m_api;
};

static QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

HttpResult TstSecretsApi::createJson(const QJsonObject &body)
{
    return m_api->post(QStringLiteral("secrets"), compact(body));
}

void TstSecretsApi::initTestCase()
{
    m_server = std::make_unique<CsmsLocal>();
    QVERIFY2(m_server->start(), m_server->errorOutput().constData());
    m_api = std::make_unique<ApiSession>(*m_server);
    QVERIFY(m_api->authenticate());
}

void TstSecretsApi::createShowUpdateDelete()
{
    const auto created = createJson({{QStringLiteral("name"), QStringLiteral("crud-one")},
                                     {QStringLiteral("secret_string"), QStringLiteral("v1-value")},
                                     {QStringLiteral("description"), QStringLiteral("first")}});
    KS_VERIFY_STATUS(created, 200);
    const QString id = jsonAt(created, "secret.id").toString();
    QCOMPARE(jsonAt(created, "secret.name").toString(), QStringLiteral("crud-one"));
    QCOMPARE(jsonAt(created, "secret.state").toString(), QStringLiteral("ENABLED"));
    QCOMPARE(jsonAt(created, "secret.description").toString(), QStringLiteral("first"));

    const auto shown = m_api->get(QStringLiteral("secrets/crud-one"));
    KS_VERIFY_STATUS(shown, 200);
    QCOMPARE(jsonAt(shown, "secret.id").toString(), id);
    QCOMPARE(jsonAt(shown, "secret.create_time"), jsonAt(created, "secret.create_time"));

    const auto updated
            = m_api->put(QStringLiteral("secrets/crud-one"), R"({"description":"second"})");
    KS_VERIFY_STATUS(updated, 200);
    QCOMPARE(jsonAt(updated, "secret.description").toString(), QStringLiteral("second"));
    QCOMPARE(jsonAt(updated, "secret.id").toString(), id);
    QVERIFY(jsonAt(updated, "secret.update_time").toDouble()
            >= jsonAt(created, "secret.update_time").toDouble());
    QCOMPARE(
            jsonAt(m_api->get(QStringLiteral("secrets/crud-one")), "secret.description").toString(),
            QStringLiteral("second"));

    const auto listed = m_api->get(QStringLiteral("secrets?limit=1000"));
    KS_VERIFY_STATUS(listed, 200);
    bool found = false;
    for (const QJsonValue &secret : jsonAt(listed, "secrets").toArray())
        found = found || secret[QStringLiteral("id")].toString() == id;
    QVERIFY(found);

    // DELETE is 200 with an empty body (1.2 (5)); afterwards the secret is gone.
    const auto deleted = m_api->del(QStringLiteral("secrets/crud-one"));
    KS_VERIFY_STATUS(deleted, 200);
    QVERIFY2(deleted.body.trimmed().isEmpty(), deleted.body.constData());
    KS_VERIFY_FLAT(m_api->get(QStringLiteral("secrets/crud-one")), 404, "CSMS.0106");
    KS_VERIFY_FLAT(m_api->del(QStringLiteral("secrets/crud-one")), 404, "CSMS.0106");
}

void TstSecretsApi::secretFieldNamesAndTimes()
{
    const auto created = createJson({{QStringLiteral("name"), QStringLiteral("fields")},
                                     {QStringLiteral("secret_string"), QStringLiteral("x")},
                                     {QStringLiteral("description"), QStringLiteral("d")}});
    KS_VERIFY_STATUS(created, 200);
    for (const auto &result : {created, m_api->get(QStringLiteral("secrets/fields"))}) {
        const QJsonObject secret = jsonAt(result, "secret").toObject();
        // Every key is a documented Secret field (csms-api.md section 2), spelled exactly.
        static const QSet<QString> known{QStringLiteral("id"),
                                         QStringLiteral("name"),
                                         QStringLiteral("state"),
                                         QStringLiteral("kms_key_id"),
                                         QStringLiteral("description"),
                                         QStringLiteral("create_time"),
                                         QStringLiteral("update_time"),
                                         QStringLiteral("scheduled_delete_time"),
                                         QStringLiteral("secret_type"),
                                         QStringLiteral("auto_rotation"),
                                         QStringLiteral("rotation_period"),
                                         QStringLiteral("rotation_config"),
                                         QStringLiteral("rotation_time"),
                                         QStringLiteral("next_rotation_time"),
                                         QStringLiteral("event_subscriptions"),
                                         QStringLiteral("enterprise_project_id"),
                                         QStringLiteral("rotation_func_urn")};
        for (const QString &key : secret.keys())
            QVERIFY2(known.contains(key), qPrintable(QStringLiteral("unknown field ") + key));
        for (const char *key :
             {"id", "name", "state", "kms_key_id", "description", "create_time", "update_time"})
            QVERIFY2(secret.contains(QLatin1String(key)), key);
        static const QRegularExpression uuid(
                QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
        QVERIFY2(uuid.match(secret.value(QStringLiteral("id")).toString()).hasMatch(),
                 describe(result).constData());
        // Timestamps are 13-digit milliseconds (section 0, Decisions).
        QVERIFY2(isRecentMillis(secret.value(QStringLiteral("create_time"))),
                 describe(result).constData());
        QVERIFY2(isRecentMillis(secret.value(QStringLiteral("update_time"))),
                 describe(result).constData());
        // No deletion scheduled: null (section 2; absent is tolerated like the SDK's omitempty).
        const QJsonValue scheduled = secret.value(QStringLiteral("scheduled_delete_time"));
        QVERIFY2(scheduled.isNull() || scheduled.isUndefined(), describe(result).constData());
        if (secret.contains(QStringLiteral("secret_type")))
            QCOMPARE(secret.value(QStringLiteral("secret_type")).toString(),
                     QStringLiteral("COMMON"));
        QVERIFY(!secret.value(QStringLiteral("kms_key_id")).toString().isEmpty());
    }
}

void TstSecretsApi::valuesNeverInMetadata()
{
    const QString value
            = QStringLiteral("never-shown-%1").arg(QRandomGenerator::global()->generate());
    KS_VERIFY_STATUS(m_api->createSecret(QStringLiteral("hidden"), value), 200);
    for (const auto &result : {m_api->get(QStringLiteral("secrets/hidden")),
                               m_api->get(QStringLiteral("secrets?limit=1000"))}) {
        KS_VERIFY_STATUS(result, 200);
        QVERIFY2(!result.body.contains(value.toUtf8()), result.body.constData());
        QVERIFY(!result.body.contains("secret_string"));
    }
}

void TstSecretsApi::updateCannotChangeValue()
{
    KS_VERIFY_STATUS(m_api->createSecret(QStringLiteral("keepvalue"), QStringLiteral("original")),
                     200);
    // The value cannot be changed with PUT (1.2 (4)): rejected or ignored, never applied.
    const auto put = m_api->put(QStringLiteral("secrets/keepvalue"),
                                R"({"secret_string":"changed","description":"x"})");
    QVERIFY2(put.status == 200 || put.status == 400, describe(put).constData());
    const auto latest = m_api->get(QStringLiteral("secrets/keepvalue/versions/latest"));
    KS_VERIFY_STATUS(latest, 200);
    QCOMPARE(jsonAt(latest, "version.secret_string").toString(), QStringLiteral("original"));
    QCOMPARE(jsonAt(latest, "version.version_metadata.id").toString(), QStringLiteral("v1"));
}

void TstSecretsApi::nameValidation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("one char") << QStringLiteral("a") << true;
    QTest::newRow("all classes") << QStringLiteral("Az09_-x") << true;
    QTest::newRow("64 chars") << QString(64, QLatin1Char('n')) << true;
    QTest::newRow("65 chars") << QString(65, QLatin1Char('m')) << false;
    QTest::newRow("dot (old regex only)") << QStringLiteral("a.b") << false;
    QTest::newRow("space") << QStringLiteral("a b") << false;
    QTest::newRow("slash") << QStringLiteral("a/b") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("non-ascii letter") << QStringLiteral("na\u00efve") << false;
    QTest::newRow("colon") << QStringLiteral("a:b") << false;
}

void TstSecretsApi::nameValidation()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    const auto created = createJson({{QStringLiteral("name"), name},
                                     {QStringLiteral("secret_string"), QStringLiteral("v")}});
    if (valid) {
        KS_VERIFY_STATUS(created, 200);
        QCOMPARE(jsonAt(created, "secret.name").toString(), name);
        KS_VERIFY_STATUS(m_api->get(QStringLiteral("secrets/") + name), 200);
    } else {
        KS_VERIFY_FLAT(created, 400, "CSMS.0002");
    }
}

void TstSecretsApi::missingName()
{
    KS_VERIFY_FLAT(m_api->post(QStringLiteral("secrets"), R"({"secret_string":"v"})"), 400,
                   "CSMS.0002");
}

void TstSecretsApi::createFieldRules_data()
{
    // Rejections documented in csms-api.md 1.2 (2); each body is otherwise valid.
    QTest::addColumn<QByteArray>("fields");
    QTest::newRow("RDS-FG without rotation_config") << QByteArray(R"("secret_type":"RDS-FG")");
    QTest::newRow("GaussDB-FG without rotation_config")
            << QByteArray(R"("secret_type":"GaussDB-FG")");
    QTest::newRow("unknown secret_type") << QByteArray(R"("secret_type":"MAGIC")");
    QTest::newRow("auto_rotation without period") << QByteArray(R"("auto_rotation":true)");
    QTest::newRow("rotation_period below 6h")
            << QByteArray(R"("auto_rotation":true,"rotation_period":"5h")");
    QTest::newRow("rotation_period above 8760h")
            << QByteArray(R"("auto_rotation":true,"rotation_period":"8761h")");
    QTest::newRow("rotation_period bad unit")
            << QByteArray(R"("auto_rotation":true,"rotation_period":"1y")");
    QTest::newRow("two event subscriptions") << QByteArray(R"("event_subscriptions":["a","b"])");
    QTest::newRow("rotation_config over 1024")
            << QByteArray(R"("rotation_config":")") + QByteArray(1025, 'c') + QByteArray("\"");
    // Huawei's definitions (CreateSecretRequestBody).
    QTest::newRow("kms_key_id not a key id") << QByteArray(R"("kms_key_id":"csms/default")");
    QTest::newRow("event name over 32 characters")
            << QByteArray(R"("event_subscriptions":[")") + QByteArray(33, 'e') + "\"]";
    QTest::newRow("rotation_config not an object")
            << QByteArray(R"("rotation_config":"InstanceId=inst-1")");
    QTest::newRow("rotation_config unknown SecretSubType")
            << QByteArray(R"("rotation_config":"{'InstanceId':'i-1','SecretSubType':'Triple'}")");
    QTest::newRow("TaurusDB rotation_config without InstanceId")
            << QByteArray(R"("secret_type":"GaussDB-FG",)"
                          R"("rotation_config":"{'SecretSubType':'SingleUser'}")");
}

void TstSecretsApi::rotationConfigAsStored_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("config");
    QTest::newRow("JSON") << QStringLiteral("RDS-FG")
                          << QStringLiteral(R"({"InstanceId":"i-1","SecretSubType":"MultiUser"})");
    QTest::newRow("Huawei's single quotes")
            << QStringLiteral("GaussDB-FG")
            << QStringLiteral("{'InstanceId':'63616bceef2c45409575d762a498318bin01',"
                              "'SecretSubType':'MultiUser'}");
    QTest::newRow("spaces and unknown keys")
            << QStringLiteral("RDS-FG")
            << QStringLiteral("{ 'InstanceId' : 'i-2', 'Port': 3306, 'Opts': {'a': [1, 'b']} }");
    QTest::newRow("csms-local's InstanceType, not required")
            << QStringLiteral("COMMON")
            << QStringLiteral(R"({"InstanceId":"a","InstanceType":"APIG"})");
    QTest::newRow("common without instance") << QStringLiteral("COMMON") << QStringLiteral("{}");
}

void TstSecretsApi::rotationConfigAsStored()
{
    // Accepted in either form and answered exactly as stored (issue 15, item 2).
    QFETCH(QString, type);
    QFETCH(QString, config);
    const QString name = QStringLiteral("rc-%1")
                                 .arg(QString::fromLatin1(QTest::currentDataTag()))
                                 .replace(QRegularExpression(QStringLiteral("[^a-zA-Z0-9]")),
                                          QStringLiteral("-"));
    const auto created = createJson({{QStringLiteral("name"), name},
                                     {QStringLiteral("secret_string"), QStringLiteral("v")},
                                     {QStringLiteral("secret_type"), type},
                                     {QStringLiteral("rotation_config"), config}});
    KS_VERIFY_STATUS(created, 200);
    QCOMPARE(jsonAt(created, "secret.rotation_config").toString(), config);
    const auto shown = m_api->get(QStringLiteral("secrets/") + name);
    QCOMPARE(jsonAt(shown, "secret.rotation_config").toString(), config);
}

void TstSecretsApi::emptyEventNameIsDropped()
{
    // event_subscriptions items are 0 to 32 characters: an empty one subscribes to nothing.
    const auto created
            = m_api->post(QStringLiteral("secrets"), R"({"name":"empty-event","secret_string":"v",)"
                                                     R"("event_subscriptions":[""]})");
    KS_VERIFY_STATUS(created, 200);
    QCOMPARE(jsonAt(created, "secret.event_subscriptions").toArray(), QJsonArray());
    const QString name32(32, QLatin1Char('e'));
    // A subscription names an existing event (UpdateSecret's event_subscriptions).
    KS_VERIFY_STATUS(
            m_api->post(QStringLiteral("csms/events"),
                        R"({"name":")" + name32.toLatin1()
                                + R"(","event_types":["SECRET_ROTATED"],)"
                                  R"("state":"ENABLED","notification":{"target_type":)"
                                  R"("SMN","target_id":"urn:smn:r:p:t","target_name":"t"}})"),
            200);
    const auto updated = m_api->put(QStringLiteral("secrets/empty-event"),
                                    R"({"event_subscriptions":[")" + name32.toLatin1() + R"("]})");
    KS_VERIFY_STATUS(updated, 200);
    QCOMPARE(jsonAt(updated, "secret.event_subscriptions").toArray(), QJsonArray{name32});
}

void TstSecretsApi::createFieldRules()
{
    QFETCH(QByteArray, fields);
    const auto created
            = m_api->post(QStringLiteral("secrets"),
                          R"({"name":"field-rules","secret_string":"v",)" + fields + "}");
    KS_VERIFY_FLAT(created, 400, "CSMS.0002");
    KS_VERIFY_FLAT(m_api->get(QStringLiteral("secrets/field-rules")), 404, "CSMS.0106");
}

void TstSecretsApi::invalidMarker()
{
    // marker must match the name regex (1.2 (1)).
    KS_VERIFY_FLAT(m_api->get(QStringLiteral("secrets?marker=a%20b")), 400, "CSMS.0002");
}

void TstSecretsApi::valueRules()
{
    // Exactly one of secret_string / secret_binary (1.2 (2)).
    KS_VERIFY_FLAT(m_api->post(QStringLiteral("secrets"),
                               R"({"name":"both","secret_string":"a","secret_binary":"YQ=="})"),
                   400, "CSMS.0002");
    KS_VERIFY_FLAT(m_api->post(QStringLiteral("secrets"), R"({"name":"neither"})"), 400,
                   "CSMS.0002");
    KS_VERIFY_FLAT(m_api->get(QStringLiteral("secrets/both")), 404, "CSMS.0106");
    KS_VERIFY_FLAT(m_api->get(QStringLiteral("secrets/neither")), 404, "CSMS.0106");

    // At most 32768 characters.
    const QString max(32768, QLatin1Char('s'));
    KS_VERIFY_STATUS(m_api->createSecret(QStringLiteral("max-value"), max), 200);
    const auto read = m_api->get(QStringLiteral("secrets/max-value/versions/v1"));
    KS_VERIFY_STATUS(read, 200);
    QCOMPARE(jsonAt(read, "version.secret_string").toString(), max);
    KS_VERIFY_FLAT(m_api->createSecret(QStringLiteral("over-value"), max + QLatin1Char('s')), 400,
                   "CSMS.0002");
    KS_VERIFY_FLAT(m_api->get(QStringLiteral("secrets/over-value")), 404, "CSMS.0106");

    // secret_binary is Base64 text; anything else is invalid.
    KS_VERIFY_FLAT(m_api->post(QStringLiteral("secrets"),
                               R"({"name":"badb64","secret_binary":"not base64 !!"})"),
                   400, "CSMS.0002");
    KS_VERIFY_FLAT(m_api->get(QStringLiteral("secrets/badb64")), 404, "CSMS.0106");
}

void TstSecretsApi::binaryValueRoundTrip()
{
    const QByteArray bytes("\x00\x01\xfe\xff binary", 11);
    const QString base64 = QString::fromLatin1(bytes.toBase64());
    const auto created = createJson({{QStringLiteral("name"), QStringLiteral("binary")},
                                     {QStringLiteral("secret_binary"), base64}});
    KS_VERIFY_STATUS(created, 200);
    const auto read = m_api->get(QStringLiteral("secrets/binary/versions/v1"));
    KS_VERIFY_STATUS(read, 200);
    // Exactly one value field, matching how the version was stored (1.3 (12)).
    QCOMPARE(jsonAt(read, "version.secret_binary").toString(), base64);
    QVERIFY2(jsonAt(read, "version.secret_string").isUndefined(), read.body.constData());
}

void TstSecretsApi::descriptionCountsBytes()
{
    // At most 2048 bytes, not characters: U+00E9 is two bytes in UTF-8.
    const QString twoByte(1024, QChar(0x00E9)); // 2048 bytes
    const auto ok = createJson({{QStringLiteral("name"), QStringLiteral("desc-2048")},
                                {QStringLiteral("secret_string"), QStringLiteral("v")},
                                {QStringLiteral("description"), twoByte}});
    KS_VERIFY_STATUS(ok, 200);
    QCOMPARE(jsonAt(ok, "secret.description").toString(), twoByte);
    QCOMPARE(jsonAt(m_api->get(QStringLiteral("secrets/desc-2048")), "secret.description")
                     .toString(),
             twoByte);

    const QString over = twoByte + QLatin1Char('a'); // 1025 characters, 2049 bytes
    KS_VERIFY_FLAT(createJson({{QStringLiteral("name"), QStringLiteral("desc-2049")},
                               {QStringLiteral("secret_string"), QStringLiteral("v")},
                               {QStringLiteral("description"), over}}),
                   400, "CSMS.0002");
    KS_VERIFY_FLAT(m_api->get(QStringLiteral("secrets/desc-2049")), 404, "CSMS.0106");

    const QString euro = QString(682, QChar(0x20AC)) + QStringLiteral("ab"); // 2048 bytes
    KS_VERIFY_STATUS(m_api->put(QStringLiteral("secrets/desc-2048"),
                                compact({{QStringLiteral("description"), euro}})),
                     200);
    KS_VERIFY_FLAT(m_api->put(QStringLiteral("secrets/desc-2048"),
                              compact({{QStringLiteral("description"), euro + QLatin1Char('c')}})),
                   400, "CSMS.0002");
    QCOMPARE(jsonAt(m_api->get(QStringLiteral("secrets/desc-2048")), "secret.description")
                     .toString(),
             euro);
}

void TstSecretsApi::duplicateName()
{
    KS_VERIFY_STATUS(m_api->createSecret(QStringLiteral("dup"), QStringLiteral("first")), 200);
    const auto again = m_api->createSecret(QStringLiteral("dup"), QStringLiteral("second"));
    // No dedicated code is known (3.2); any flat 400 CSMS error, and the first secret survives.
    QVERIFY2(again.status == 400, describe(again).constData());
    QVERIFY2(jsonAt(again, "error_code").toString().startsWith(QStringLiteral("CSMS.")),
             describe(again).constData());
    const auto latest = m_api->get(QStringLiteral("secrets/dup/versions/latest"));
    QCOMPARE(jsonAt(latest, "version.secret_string").toString(), QStringLiteral("first"));
    QCOMPARE(jsonAt(latest, "version.version_metadata.id").toString(), QStringLiteral("v1"));
}

void TstSecretsApi::missingSecretIs404()
{
    // Decisions: a missing secret is HTTP 404 with a flat CSMS.0106 body.
    const auto shown = m_api->get(QStringLiteral("secrets/no-such-secret"));
    KS_VERIFY_FLAT(shown, 404, "CSMS.0106");
    QCOMPARE(shown.json.object().keys(),
             (QStringList{QStringLiteral("error_code"), QStringLiteral("error_msg")}));
    KS_VERIFY_FLAT(m_api->put(QStringLiteral("secrets/no-such-secret"), R"({"description":"x"})"),
                   404, "CSMS.0106");
    KS_VERIFY_FLAT(m_api->del(QStringLiteral("secrets/no-such-secret")), 404, "CSMS.0106");
    KS_VERIFY_FLAT(m_api->get(QStringLiteral("secrets/no-such-secret/versions")), 404, "CSMS.0106");
    KS_VERIFY_FLAT(m_api->get(QStringLiteral("secrets/no-such-secret/versions/v1")), 404,
                   "CSMS.0106");
    KS_VERIFY_FLAT(m_api->post(QStringLiteral("secrets/no-such-secret/versions"),
                               R"({"secret_string":"x"})"),
                   404, "CSMS.0106");
}

void TstSecretsApi::requestIdOnEveryResponse()
{
    ApiSession anonymous(*m_server);
    QList<HttpResult> results{m_api->get(QStringLiteral("secrets")),
                              m_api->get(QStringLiteral("secrets/no-such-secret")),
                              m_api->post(QStringLiteral("secrets"), R"({"name":"a b"})"),
                              anonymous.get(QStringLiteral("secrets")),
                              m_api->sendPath("GET", QStringLiteral("/no/such/route"))};
    QSet<QByteArray> ids;
    for (const HttpResult &result : results) {
        QVERIFY2(result.status > 0, describe(result).constData());
        const QByteArray id = result.header("x-request-id");
        QVERIFY2(!id.isEmpty(), describe(result).constData());
        ids.insert(id);
    }
    QCOMPARE(ids.size(), results.size()); // one id per request
}

void TstSecretsApi::limitBounds_data()
{
    QTest::addColumn<QString>("limit");
    QTest::addColumn<bool>("valid");
    QTest::newRow("1") << QStringLiteral("1") << true;
    QTest::newRow("1000") << QStringLiteral("1000") << true;
    QTest::newRow("0") << QStringLiteral("0") << false;
    QTest::newRow("1001") << QStringLiteral("1001") << false;
    QTest::newRow("-1") << QStringLiteral("-1") << false;
    QTest::newRow("abc") << QStringLiteral("abc") << false;
    QTest::newRow("1.5") << QStringLiteral("1.5") << false;
}

void TstSecretsApi::limitBounds()
{
    QFETCH(QString, limit);
    QFETCH(bool, valid);
    const auto listed = m_api->get(QStringLiteral("secrets?limit=") + limit);
    if (valid) {
        KS_VERIFY_STATUS(listed, 200);
        QVERIFY(jsonAt(listed, "secrets").toArray().size() <= limit.toInt());
    } else {
        KS_VERIFY_FLAT(listed, 400, "CSMS.0002");
    }
}

// Names over the whole alphabet of the name regex, so that byte order (- < digits < upper < _ <
// lower) and prefixes ("ab" < "ab-") matter.
static QStringList generatedNames(int count)
{
    static const QString alphabet
            = QStringLiteral("-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz");
    QRandomGenerator random(20240101);
    QSet<QString> names{QStringLiteral("ab"), QStringLiteral("ab-"), QStringLiteral("abc"),
                        QStringLiteral("aB"), QStringLiteral("a_"),  QStringLiteral("Z"),
                        QStringLiteral("-"),  QStringLiteral("_")};
    while (names.size() < count) {
        QString name;
        const int length = 1 + int(random.bounded(12));
        for (int i = 0; i < length; ++i)
            name += alphabet.at(int(random.bounded(alphabet.size())));
        names.insert(name);
    }
    return names.values();
}

void TstSecretsApi::pagination()
{
    // Own server, so the full set of secrets is known.
    CsmsLocal server;
    QVERIFY2(server.start(), server.errorOutput().constData());
    ApiSession api(server);
    QVERIFY(api.authenticate());
    const QStringList names = generatedNames(2500);
    for (int first = 0; first < names.size(); first += 100) {
        QList<HttpCall> calls;
        for (int i = first; i < qMin<int>(first + 100, names.size()); ++i) {
            const QJsonObject body{{QStringLiteral("name"), names.at(i)},
                                   {QStringLiteral("secret_string"), QStringLiteral("v")}};
            calls.append(api.call("POST", QStringLiteral("secrets"), compact(body)));
        }
        for (const HttpResult &result : api.sendAll(calls))
            KS_VERIFY_STATUS(result, 200);
    }
    QList<QByteArray> expected;
    for (const QString &name : names)
        expected.append(name.toUtf8());
    std::sort(expected.begin(), expected.end()); // byte order

    for (const int limit : {1000, 97}) {
        QList<QByteArray> seen;
        QString marker;
        for (int page = 0; page < 100; ++page) {
            QString query = QStringLiteral("secrets?limit=%1").arg(limit);
            if (!marker.isEmpty())
                query += QStringLiteral("&marker=") + marker;
            const auto listed = api.get(query);
            KS_VERIFY_STATUS(listed, 200);
            const QJsonArray secrets = jsonAt(listed, "secrets").toArray();
            QCOMPARE(jsonAt(listed, "page_info.current_count").toInt(-1), int(secrets.size()));
            for (const QJsonValue &secret : secrets)
                seen.append(secret[QStringLiteral("name")].toString().toUtf8());
            const QJsonValue next = jsonAt(listed, "page_info.next_marker");
            if (seen.size() >= expected.size()) {
                // Decisions: next_marker is absent on the last page.
                QVERIFY2(next.isUndefined(), describe(listed).constData());
                break;
            }
            QCOMPARE(int(secrets.size()), limit);
            QCOMPARE(next.toString().toUtf8(), seen.last());
            marker = next.toString();
        }
        QCOMPARE(seen.size(), expected.size());
        QCOMPARE(seen, expected); // sorted by bytes, no duplicates, no gaps
    }

    // Default page size 50; the marker is exclusive.
    const auto first = api.get(QStringLiteral("secrets"));
    KS_VERIFY_STATUS(first, 200);
    QCOMPARE(jsonAt(first, "secrets").toArray().size(), 50);
    QCOMPARE(jsonAt(first, "page_info.next_marker").toString().toUtf8(), expected.at(49));
    const auto after = api.get(QStringLiteral("secrets?limit=3&marker=")
                               + QString::fromUtf8(expected.at(10)));
    KS_VERIFY_STATUS(after, 200);
    QCOMPARE(jsonAt(after, "secrets.0.name").toString().toUtf8(), expected.at(11));
    QCOMPARE(jsonAt(after, "secrets.2.name").toString().toUtf8(), expected.at(13));
    const auto end
            = api.get(QStringLiteral("secrets?marker=") + QString::fromUtf8(expected.last()));
    KS_VERIFY_STATUS(end, 200);
    QCOMPARE(jsonAt(end, "secrets").toArray().size(), 0);
    QVERIFY2(jsonAt(end, "page_info.next_marker").isUndefined(), end.body.constData());
}

void TstSecretsApi::seededDemoPaginates()
{
    // --seed-demo N (design.md) fills an empty store with N secrets; they page like any others.
    CsmsLocalOptions options;
    options.seedDemo = 1500;
    CsmsLocal server(options);
    QVERIFY2(server.start(), server.errorOutput().constData());
    ApiSession api(server);
    QVERIFY(api.authenticate());
    QList<QByteArray> seen;
    QString marker;
    for (int page = 0; page < 10; ++page) {
        const auto listed
                = api.get(QStringLiteral("secrets?limit=1000")
                          + (marker.isEmpty() ? QString() : QStringLiteral("&marker=") + marker));
        KS_VERIFY_STATUS(listed, 200);
        for (const QJsonValue &secret : jsonAt(listed, "secrets").toArray())
            seen.append(secret[QStringLiteral("name")].toString().toUtf8());
        marker = jsonAt(listed, "page_info.next_marker").toString();
        if (marker.isEmpty())
            break;
    }
    QCOMPARE(seen.size(), 1500);
    QList<QByteArray> sorted = seen;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    QCOMPARE(seen, sorted); // byte order, no duplicates
    static const QRegularExpression name(
            QRegularExpression::anchoredPattern(QStringLiteral("[a-zA-Z0-9_-]{1,64}")));
    for (const QByteArray &n : seen)
        QVERIFY2(name.match(QString::fromUtf8(n)).hasMatch(), n.constData());
    const auto versions = api.get(
            QStringLiteral("secrets/%1/versions").arg(QString::fromUtf8(seen.at(seen.size() / 2))));
    KS_VERIFY_STATUS(versions, 200);
    QVERIFY(versions.body.contains("SYSCURRENT"));
}

QTEST_GUILESS_MAIN(TstSecretsApi)
#include "tst_secretsapi.moc"
