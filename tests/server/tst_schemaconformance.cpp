// SPDX-License-Identifier: Apache-2.0
// Every answer of every operation csms-local implements, checked against the response schema
// Huawei's API Explorer definitions give it (tests/server/fixtures/huawei-schemas, written by
// scripts/import-reference; the two seed operations from the seed documents): field names (no
// field the schema does not name), types, patterns, enums, lengths, ranges and required fields,
// for successes and for the errors each operation documents. A correction the import applies to
// a self-contradicting definition is listed, with its reason, in the fixture itself.
#include "apisession.h"
#include "httpchecks.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

using namespace keystage::test;

namespace {

// What a value breaks of a (cleaned) JSON schema; empty when it conforms.
class SchemaChecker
{
public:
    QStringList check(const QJsonValue &value, const QJsonObject &schema)
    {
        m_problems.clear();
        visit(value, schema, QStringLiteral("body"));
        return m_problems;
    }

private:
    void fail(const QString &path, const QString &what)
    {
        m_problems << path + QStringLiteral(": ") + what;
    }

    static QString typeOf(const QJsonValue &value)
    {
        switch (value.type()) {
        case QJsonValue::Object:
            return QStringLiteral("object");
        case QJsonValue::Array:
            return QStringLiteral("array");
        case QJsonValue::String:
            return QStringLiteral("string");
        case QJsonValue::Bool:
            return QStringLiteral("boolean");
        case QJsonValue::Double:
            return value.toDouble() == double(qint64(value.toDouble())) ? QStringLiteral("integer")
                                                                        : QStringLiteral("number");
        default:
            return QStringLiteral("null");
        }
    }

    void visit(const QJsonValue &value, const QJsonObject &schema, const QString &path)
    {
        if (value.isNull()) {
            if (!schema.value(QStringLiteral("nullable")).toBool())
                fail(path, QStringLiteral("null where the schema has no null"));
            return;
        }
        QString type = schema.value(QStringLiteral("type")).toString();
        if (type.isEmpty() && schema.contains(QStringLiteral("properties")))
            type = QStringLiteral("object");
        const QString actual = typeOf(value);
        if (!type.isEmpty() && actual != type && !(type == u"number" && actual == u"integer")) {
            fail(path, QStringLiteral("%1 where %2 is expected").arg(actual, type));
            return;
        }
        if (value.isObject())
            visitObject(value.toObject(), schema, path);
        else if (value.isArray())
            visitArray(value.toArray(), schema, path);
        else if (value.isString())
            visitString(value.toString(), schema, path);
        else if (value.isDouble())
            visitNumber(value.toDouble(), schema, path);
    }

    void visitObject(const QJsonObject &object, const QJsonObject &schema, const QString &path)
    {
        const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!properties.contains(it.key()))
                fail(path, QStringLiteral("field %1 is not in the definition").arg(it.key()));
            else
                visit(it.value(), properties.value(it.key()).toObject(), path + u'.' + it.key());
        }
        for (const QJsonValue &required : schema.value(QStringLiteral("required")).toArray()) {
            const QJsonValue v = object.value(required.toString());
            if (v.isUndefined() || v.isNull())
                fail(path, QStringLiteral("required field %1 is missing").arg(required.toString()));
        }
    }

    void visitArray(const QJsonArray &array, const QJsonObject &schema, const QString &path)
    {
        if (const QJsonValue min = schema.value(QStringLiteral("minItems"));
            min.isDouble() && array.size() < min.toInt())
            fail(path,
                 QStringLiteral("%1 items, fewer than %2").arg(array.size()).arg(min.toInt()));
        if (const QJsonValue max = schema.value(QStringLiteral("maxItems"));
            max.isDouble() && array.size() > max.toInt())
            fail(path, QStringLiteral("%1 items, more than %2").arg(array.size()).arg(max.toInt()));
        const QJsonObject items = schema.value(QStringLiteral("items")).toObject();
        for (qsizetype i = 0; i < array.size(); ++i)
            visit(array.at(i), items, QStringLiteral("%1[%2]").arg(path).arg(i));
    }

    void visitString(const QString &text, const QJsonObject &schema, const QString &path)
    {
        const qsizetype length = text.toUcs4().size();
        if (const QJsonValue min = schema.value(QStringLiteral("minLength"));
            min.isDouble() && length < min.toInt())
            fail(path, QStringLiteral("%1 characters, fewer than %2").arg(length).arg(min.toInt()));
        if (const QJsonValue max = schema.value(QStringLiteral("maxLength"));
            max.isDouble() && length > max.toInt())
            fail(path, QStringLiteral("%1 characters, more than %2").arg(length).arg(max.toInt()));
        if (const QJsonValue max = schema.value(QStringLiteral("maxUtf8Bytes"));
            max.isDouble() && text.toUtf8().size() > max.toInt())
            fail(path, QStringLiteral("more than %1 bytes of UTF-8").arg(max.toInt()));
        if (const QJsonValue pattern = schema.value(QStringLiteral("pattern"));
            pattern.isString()) {
            // JSON Schema semantics: the pattern is searched for, anchored only where it says so.
            const QRegularExpression re(pattern.toString());
            if (!re.isValid() || !re.match(text).hasMatch())
                fail(path,
                     QStringLiteral("\"%1\" does not match %2").arg(text, pattern.toString()));
        }
        if (const QJsonArray values = schema.value(QStringLiteral("enum")).toArray();
            !values.isEmpty() && !values.contains(text))
            fail(path, QStringLiteral("\"%1\" is not one of the enum").arg(text));
    }

    void visitNumber(double number, const QJsonObject &schema, const QString &path)
    {
        if (const QJsonValue min = schema.value(QStringLiteral("minimum"));
            min.isDouble() && number < min.toDouble())
            fail(path, QStringLiteral("%1 is below %2").arg(number).arg(min.toDouble()));
        if (const QJsonValue max = schema.value(QStringLiteral("maximum"));
            max.isDouble() && number > max.toDouble())
            fail(path, QStringLiteral("%1 is above %2").arg(number).arg(max.toDouble()));
        if (const QJsonValue digits = schema.value(QStringLiteral("maxDigits"));
            digits.isDouble() && QString::number(qint64(number)).size() > digits.toInt())
            fail(path,
                 QStringLiteral("%1 has more than %2 digits").arg(number).arg(digits.toInt()));
        const QString format = schema.value(QStringLiteral("format")).toString();
        if (format == u"int32" && (number < -2147483648.0 || number > 2147483647.0))
            fail(path, QStringLiteral("%1 is not an int32").arg(number));
    }

    QStringList m_problems;
};

QJsonObject loadSchema(const QString &operation)
{
    QFile file(QStringLiteral(KEYSTAGE_SOURCE_DIR "/tests/server/fixtures/huawei-schemas/%1.json")
                       .arg(operation));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TstSchemaConformance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void checkerFindsWhatIsWrong();
    void answersMatchTheDefinitions_data();
    void answersMatchTheDefinitions();
    void notFoundIn400ModeMatchesTheErrorSchema();

private:
    // Calls the operation and checks the status and the answer against its schema.
    void verifyCall(ApiSession &api, const QString &operation, const QByteArray &method,
                    const QString &rest, const QByteArray &body, int status);
    std::unique_ptr<CsmsLocal> m_server;
    std::unique_ptr<ApiSession> m_api;
    QString m_secretId;
};

void TstSchemaConformance::initTestCase()
{
    m_server = std::make_unique<CsmsLocal>();
    QVERIFY2(m_server->start(), m_server->errorOutput().constData());
    m_api = std::make_unique<ApiSession>(*m_server);
    QVERIFY(m_api->authenticate());
    QVERIFY2(!loadSchema(QStringLiteral("ShowSecret")).isEmpty(),
             "tests/server/fixtures/huawei-schemas is missing: run scripts/import-reference");
}

void TstSchemaConformance::checkerFindsWhatIsWrong()
{
    // The checker itself, on Huawei's Secret schema: what a wrong answer would look like.
    const QJsonObject schema = loadSchema(QStringLiteral("ShowSecret"))
                                       .value(QStringLiteral("responses"))
                                       .toObject()
                                       .value(QStringLiteral("200"))
                                       .toObject();
    SchemaChecker checker;
    const auto problems = [&](const char *json) {
        return checker.check(QJsonDocument::fromJson(json).object(), schema).join(u'\n');
    };
    QCOMPARE(problems(R"({"secret":{"name":"ok","state":"PENDING_DELETE",
                          "create_time":1581507580000,"scheduled_delete_time":null}})"),
             QString());
    QVERIFY(problems(R"({"secret":{"name":"a.b"}})").contains(u"does not match"));
    QVERIFY(problems(R"({"secret":{"state":"GONE"}})").contains(u"enum"));
    QVERIFY(problems(R"({"secret":{"create_time":15815075800000}})").contains(u"13 digits"));
    QVERIFY(problems(R"({"secret":{"create_time":"1581507580000"}})").contains(u"string where"));
    QVERIFY(problems(R"({"secret":{"colour":"red"}})").contains(u"not in the definition"));
    QVERIFY(problems(R"({"secret":{"rotation_config":null}})").contains(u"null"));
    QVERIFY(problems(R"({"secret":{"event_subscriptions":["a","b"]}})").contains(u"more than 1"));
}

void TstSchemaConformance::answersMatchTheDefinitions_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("rest"); // {id}: the id of the secret "full"
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    const auto row = [](const char *name, const char *operation, const char *method,
                        const char *rest, const QByteArray &body, int status) {
        QTest::newRow(name) << QString::fromLatin1(operation) << QByteArray(method)
                            << QString::fromUtf8(rest) << body << status;
    };
    const QByteArray smn = R"("notification":{"target_type":"SMN",)"
                           R"("target_id":"urn:smn:cn-north-4:dc3b7c85759141a991da17423c0f2068:t",)"
                           R"("target_name":"smn-target"}})";
    row("event create", "CreateSecretEvent", "POST", "csms/events",
        R"({"name":"ev-1","event_types":["SECRET_VERSION_CREATED","SECRET_ROTATED"],)"
        R"("state":"ENABLED",)"
                + smn,
        200);
    row("event create second", "CreateSecretEvent", "POST", "csms/events",
        R"({"name":"ev-2","event_types":["SECRET_DELETED"],"state":"DISABLED",)" + smn, 200);
    row("event create invalid", "CreateSecretEvent", "POST", "csms/events",
        R"({"name":"ev-3","event_types":["SECRET_READ"],"state":"ENABLED",)" + smn, 400);
    row("events", "ListSecretEvents", "GET", "csms/events?limit=1", {}, 200);
    row("events invalid", "ListSecretEvents", "GET", "csms/events?limit=0", {}, 400);
    row("event", "ShowSecretEvent", "GET", "csms/events/ev-1", {}, 200);
    row("event missing", "ShowSecretEvent", "GET", "csms/events/nope", {}, 404);
    row("event update", "UpdateSecretEvent", "PUT", "csms/events/ev-2",
        R"({"state":"ENABLED","event_types":["SECRET_DELETED","SECRET_ROTATED_FAILED"]})", 200);
    row("event update invalid", "UpdateSecretEvent", "PUT", "csms/events/ev-2", R"({"state":"ON"})",
        400);
    row("event delete", "DeleteSecretEvent", "DELETE", "csms/events/ev-2", {}, 204);
    row("event delete missing", "DeleteSecretEvent", "DELETE", "csms/events/ev-2", {}, 404);
    row("password", "GenerateRandomPassword", "POST", "csms/generate-password",
        R"({"length":16,"require_each_included_type":true})", 200);
    row("password invalid", "GenerateRandomPassword", "POST", "csms/generate-password",
        R"({"length":2})", 400);
    // Every optional field set: rotation, an event, Huawei's single-quoted rotation_config.
    row("create full", "CreateSecret", "POST", "secrets",
        R"({"name":"full","secret_string":"{\"username\":\"app\",\"password\":\"s1\"}","description":"Zugangsdaten für die Datenbank",
            "secret_type":"RDS-FG","auto_rotation":true,"rotation_period":"30d",
            "rotation_config":"{'InstanceId':'63616bceef2c45409575d762a498318bin01','SecretSubType':'MultiUser'}",
            "event_subscriptions":["ev-1"],"enterprise_project_id":"0",
            "kms_key_id":"0d0466b0-e727-4d9c-b35d-f84bb474a37f",
            "rotation_func_urn":"urn:fss:cn-north-4:46b6f338fc3445b8846c71dfb1fb0000:function:default:rot:latest"})",
        200);
    row("create plain", "CreateSecret", "POST", "secrets", R"({"name":"plain","secret_string":""})",
        200);
    row("create binary", "CreateSecret", "POST", "secrets",
        R"({"name":"bin","secret_binary":"AAECAw=="})", 200);
    row("create TaurusDB", "CreateSecret", "POST", "secrets",
        R"({"name":"taurus","secret_string":"t","secret_type":"GaussDB-FG",
            "rotation_config":"{\"InstanceId\":\"inst-9\",\"SecretSubType\":\"SingleUser\"}"})",
        200);
    row("create invalid", "CreateSecret", "POST", "secrets",
        R"({"name":"a b","secret_string":"x"})", 400);
    row("list page 1", "ListSecrets", "GET", "secrets?limit=2", {}, 200);
    row("list page 2", "ListSecrets", "GET", "secrets?limit=2&marker=full", {}, 200);
    row("list invalid", "ListSecrets", "GET", "secrets?limit=0", {}, 400);
    row("show", "ShowSecret", "GET", "secrets/full", {}, 200);
    row("show missing", "ShowSecret", "GET", "secrets/missing", {}, 404);
    row("update", "UpdateSecret", "PUT", "secrets/full",
        R"({"description":"второй","auto_rotation":false,"event_subscriptions":["ev-1"],
            "kms_key_id":"1d0466b0-e727-4d9c-b35d-f84bb474a37f"})",
        200);
    row("update missing", "UpdateSecret", "PUT", "secrets/missing", "{}", 404);
    row("rotate", "RotateSecret", "POST", "secrets/full/rotate", {}, 200);
    row("rotate COMMON", "RotateSecret", "POST", "secrets/plain/rotate", {}, 400);
    row("rotate missing", "RotateSecret", "POST", "secrets/missing/rotate", {}, 404);
    row("tasks", "ListSecretTask", "GET", "csms/tasks?secret_name=full&limit=1", {}, 200);
    row("tasks invalid", "ListSecretTask", "GET", "csms/tasks?status=RUNNING", {}, 400);
    row("new version", "CreateSecretVersion", "POST", "secrets/full/versions",
        R"({"secret_string":"s2","expire_time":4102444800000,"version_stages":["BETA","SYSCURRENT"]})",
        200);
    row("new binary version", "CreateSecretVersion", "POST", "secrets/full/versions",
        R"({"secret_binary":"BAUG"})", 200);
    row("notification records", "ListNotificationRecords", "GET", "csms/notification-records", {},
        200);
    row("event delete subscribed", "DeleteSecretEvent", "DELETE", "csms/events/ev-1", {}, 400);
    row("new version refused", "CreateSecretVersion", "POST", "secrets/full/versions", "{}", 400);
    row("versions", "ListSecretVersions", "GET", "secrets/full/versions?limit=2", {}, 200);
    row("versions latest", "ListSecretVersions", "GET", "secrets/full/versions?marker=latest", {},
        200);
    row("versions missing", "ListSecretVersions", "GET", "secrets/missing/versions", {}, 404);
    row("version", "ShowSecretVersion", "GET", "secrets/full/versions/v2", {}, 200);
    row("version binary", "ShowSecretVersion", "GET", "secrets/bin/versions/latest", {}, 200);
    row("version missing", "ShowSecretVersion", "GET", "secrets/full/versions/v99", {}, 404);
    row("expiry", "UpdateVersion", "PUT", "secrets/full/versions/v1",
        R"({"expire_time":4102444800000})", 200);
    row("expiry invalid", "UpdateVersion", "PUT", "secrets/full/versions/v1", "{}", 400);
    row("stage create", "CreateSecretStage", "POST", "secrets/full/stages",
        R"({"name":"CANARY","version_id":"v1"})", 200);
    row("stage create invalid", "CreateSecretStage", "POST", "secrets/full/stages",
        R"({"name":"a.b","version_id":"v1"})", 400);
    row("stage move", "UpdateSecretStage", "PUT", "secrets/full/stages/CANARY",
        R"({"version_id":"v2"})", 200);
    row("stage put new", "UpdateSecretStage", "PUT", "secrets/full/stages/GAMMA",
        R"({"version_id":"v1"})", 200);
    row("stage move missing version", "UpdateSecretStage", "PUT", "secrets/full/stages/CANARY",
        R"({"version_id":"v99"})", 404);
    row("stage", "ShowSecretStage", "GET", "secrets/full/stages/CANARY", {}, 200);
    row("stage missing", "ShowSecretStage", "GET", "secrets/full/stages/NOPE", {}, 404);
    row("stage delete", "DeleteSecretStage", "DELETE", "secrets/full/stages/GAMMA", {}, 204);
    row("stage delete built-in", "DeleteSecretStage", "DELETE", "secrets/full/stages/SYSCURRENT",
        {}, 400);
    row("tag create", "CreateSecretTag", "POST", "csms/{id}/tags",
        R"({"tag":{"key":"env","value":"prod"}})", 204);
    row("tag create unicode space", "CreateSecretTag", "POST", "csms/{id}/tags",
        R"({"tag":{"key":"Kosten\u3000stelle","value":"cc\u00a01"}})", 204);
    row("tags batch", "BatchCreateOrDeleteTags", "POST", "csms/{id}/tags/action",
        R"({"action":"create","tags":[{"key":"team","value":"data"},{"key":"tmp","value":""}]})",
        204);
    row("tags batch invalid", "BatchCreateOrDeleteTags", "POST", "csms/{id}/tags/action",
        R"({"action":"update","tags":[{"key":"k"}]})", 400);
    row("tags", "ListSecretTags", "GET", "csms/{id}/tags", {}, 200);
    row("tags none", "ListSecretTags", "GET", "csms/%BIN%/tags", {}, 200);
    row("tags missing", "ListSecretTags", "GET", "csms/00000000-0000-4000-8000-000000000000/tags",
        {}, 404);
    row("tag delete", "DeleteSecretTag", "DELETE", "csms/{id}/tags/tmp", {}, 204);
    row("tag delete missing", "DeleteSecretTag", "DELETE", "csms/{id}/tags/nope", {}, 404);
    row("project tags", "ListProjectSecretsTags", "GET", "csms/tags", {}, 200);
    row("instances filter", "ListResourceInstances", "POST", "csms/resource_instances/action",
        R"({"action":"filter","limit":"10","offset":"0","matches":[{"key":"resource_name","value":"u"}]})",
        200);
    row("instances by tag", "ListResourceInstances", "POST", "csms/resource_instances/action",
        R"({"action":"filter","tags":[{"key":"env","values":["prod"]}]})", 200);
    row("instances count", "ListResourceInstances", "POST", "csms/resource_instances/action",
        R"({"action":"count"})", 200);
    row("instances invalid", "ListResourceInstances", "POST", "csms/resource_instances/action",
        R"({"action":"sort"})", 400);
    row("schedule deletion", "DeleteSecretForSchedule", "POST",
        "secrets/plain/scheduled-deleted-tasks/create", R"({"recovery_window_in_days":7})", 200);
    row("pending secret", "ShowSecret", "GET", "secrets/plain", {}, 200);
    row("schedule twice", "DeleteSecretForSchedule", "POST",
        "secrets/plain/scheduled-deleted-tasks/create", R"({"recovery_window_in_days":7})", 400);
    row("restore", "RestoreSecret", "POST", "secrets/plain/scheduled-deleted-tasks/cancel", {},
        200);
    row("restore not pending", "RestoreSecret", "POST",
        "secrets/plain/scheduled-deleted-tasks/cancel", {}, 400);
    row("schedule TaurusDB", "DeleteSecretForSchedule", "POST",
        "secrets/taurus/scheduled-deleted-tasks/create", R"({"recovery_window_in_days":30})", 200);
    row("batch delete", "BatchDeleteSecrets", "POST", "secrets/batch-delete",
        R"({"instance_type":"TaurusDB"})", 200);
    row("batch delete invalid", "BatchDeleteSecrets", "POST", "secrets/batch-delete", "{}", 400);
    row("delete", "DeleteSecret", "DELETE", "secrets/bin", {}, 200);
    row("delete missing", "DeleteSecret", "DELETE", "secrets/bin", {}, 404);
}

void TstSchemaConformance::answersMatchTheDefinitions()
{
    QFETCH(QString, operation);
    QFETCH(QByteArray, method);
    QFETCH(QString, rest);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    if (rest.contains(u"{id}")) {
        const auto shown = m_api->get(QStringLiteral("secrets/full"));
        m_secretId = jsonAt(shown, "secret.id").toString();
        QVERIFY2(!m_secretId.isEmpty(), describe(shown).constData());
        rest.replace(QStringLiteral("{id}"), m_secretId);
    }
    if (rest.contains(u"%BIN%")) {
        const auto shown = m_api->get(QStringLiteral("secrets/bin"));
        rest.replace(QStringLiteral("%BIN%"), jsonAt(shown, "secret.id").toString());
    }
    verifyCall(*m_api, operation, method, rest, body, status);
}

void TstSchemaConformance::verifyCall(ApiSession &api, const QString &operation,
                                      const QByteArray &method, const QString &rest,
                                      const QByteArray &body, int status)
{
    const QJsonObject definition = loadSchema(operation);
    QVERIFY2(!definition.isEmpty(), qPrintable(operation));
    QCOMPARE(definition.value(QStringLiteral("method")).toString().toLatin1(), method);
    const HttpResult result = api.send(method, rest, body);
    KS_VERIFY_STATUS(result, status);
    const QJsonObject responses = definition.value(QStringLiteral("responses")).toObject();
    const QString key = QString::number(status);
    QVERIFY2(responses.contains(key),
             qPrintable(QStringLiteral("%1 does not document status %2").arg(operation, key)));
    const QJsonValue schema = responses.value(key);
    if (schema.isNull()) {
        QVERIFY2(result.body.isEmpty(), describe(result).constData());
        return;
    }
    QVERIFY2(result.json.isObject(), describe(result).constData());
    SchemaChecker checker;
    const QStringList problems = checker.check(result.json.object(), schema.toObject());
    QVERIFY2(problems.isEmpty(),
             qPrintable(problems.join(u'\n') + u'\n' + QString::fromUtf8(result.body.left(2000))));
}

void TstSchemaConformance::notFoundIn400ModeMatchesTheErrorSchema()
{
    CsmsLocalOptions options;
    options.notFoundStatus = 400;
    CsmsLocal server(options);
    QVERIFY2(server.start(), server.errorOutput().constData());
    ApiSession api(server);
    QVERIFY(api.authenticate());
    KS_VERIFY_STATUS(api.createSecret(QStringLiteral("here")), 200);
    verifyCall(api, QStringLiteral("ShowSecret"), "GET", QStringLiteral("secrets/gone"), {}, 400);
    verifyCall(api, QStringLiteral("ShowSecretVersion"), "GET",
               QStringLiteral("secrets/here/versions/v7"), {}, 400);
    verifyCall(api, QStringLiteral("ShowSecretStage"), "GET",
               QStringLiteral("secrets/here/stages/NOPE"), {}, 400);
    verifyCall(api, QStringLiteral("ListSecretTags"), "GET",
               QStringLiteral("csms/00000000-0000-4000-8000-000000000000/tags"), {}, 400);
}

QTEST_GUILESS_MAIN(TstSchemaConformance)
#include "tst_schemaconformance.moc"
