// SPDX-License-Identifier: Apache-2.0
// JSON codecs: good, missing, wrong-typed, huge and malformed bodies. Lenient about absence,
// strict about types: a wrong type is a BadResponse naming the field, never a default value.
#include "core/api/codecs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace keystage;
using Kind = ApiError::Kind;

class TestCodecs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullSecret();
    void minimalSecret();
    void secretPage();
    void lastPageHasNoMore();
    void versionsAndValue();
    void binaryValue();
    void stage();
    void timesAsStringsAndNull();
    void wrongTypes_data();
    void wrongTypes();
    void malformed_data();
    void malformed();
    void hugePage();
    void batchDelete();
    void tagsAndResources();
    void iamToken();
    void projects();
    void requestBodies();
};

void TestCodecs::fullSecret()
{
    const QByteArray body
            = R"({"secret":{"id":"0b9c6a2e-1111-2222-3333-444455556666","name":"app-db",
        "state":"PENDING_DELETE","kms_key_id":"k1","description":"d","create_time":1581507580000,
        "update_time":1581507590000,"scheduled_delete_time":1582507580000,"secret_type":"COMMON",
        "auto_rotation":true,"rotation_period":"30d","rotation_config":"{\"InstanceId\":\"i\"}",
        "rotation_time":1581507580001,"next_rotation_time":1581507580002,
        "event_subscriptions":["ev"],"enterprise_project_id":"0","rotation_func_urn":"urn",
        "brand_new_field":{"x":[1,2]}}})";
    const ApiResult<Secret> r = codec::secretFromBody(body);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->name, QStringLiteral("app-db"));
    QCOMPARE(r->id, QStringLiteral("0b9c6a2e-1111-2222-3333-444455556666"));
    QVERIFY(r->isPendingDelete());
    QCOMPARE(r->createTime, Q_INT64_C(1581507580000));
    QCOMPARE(r->scheduledDeleteTime, std::optional<qint64>(1582507580000));
    QVERIFY(r->autoRotation);
    QCOMPARE(r->rotationConfig, QStringLiteral("{\"InstanceId\":\"i\"}"));
    QCOMPARE(r->nextRotationTime, std::optional<qint64>(1581507580002));
    QCOMPARE(r->eventSubscriptions, QStringList{QStringLiteral("ev")});
    QCOMPARE(r->rotationFuncUrn, QStringLiteral("urn"));
}

void TestCodecs::minimalSecret()
{
    const ApiResult<Secret> r = codec::secretFromBody(R"({"secret":{"name":"n"}})");
    QVERIFY(r.ok());
    QCOMPARE(r->name, QStringLiteral("n"));
    QCOMPARE(r->createTime, 0);
    QVERIFY(!r->scheduledDeleteTime);
    QVERIFY(!r->autoRotation);
    QVERIFY(r->eventSubscriptions.isEmpty());
    // The envelope itself is required.
    QCOMPARE(codec::secretFromBody("{}").error().kind, Kind::BadResponse);
    QCOMPARE(codec::secretFromBody(R"({"secret":null})").error().kind, Kind::BadResponse);
}

void TestCodecs::secretPage()
{
    const ApiResult<SecretPage> r = codec::secretPageFromBody(
            R"({"secrets":[{"name":"a"},{"name":"b"}],"page_info":{"next_marker":"b","previous_marker":"a","current_count":2}})");
    QVERIFY(r.ok());
    QCOMPARE(r->items.size(), 2);
    QCOMPARE(r->items.at(1).name, QStringLiteral("b"));
    QCOMPARE(r->pageInfo.nextMarker, QStringLiteral("b"));
    QCOMPARE(r->pageInfo.currentCount, 2);
    QVERIFY(r->hasMore());
}

void TestCodecs::lastPageHasNoMore()
{
    QVERIFY(!codec::secretPageFromBody(
                     R"({"secrets":[{"name":"a"}],"page_info":{"current_count":1}})")
                     ->hasMore());
    QVERIFY(!codec::secretPageFromBody(R"({"secrets":[],"page_info":{"next_marker":"z"}})")
                     ->hasMore());
    const ApiResult<SecretPage> empty = codec::secretPageFromBody("{}");
    QVERIFY(empty.ok());
    QVERIFY(empty->items.isEmpty());
}

void TestCodecs::versionsAndValue()
{
    const ApiResult<VersionPage> page = codec::versionPageFromBody(
            R"({"version_metadatas":[{"id":"v1","create_time":1,"kms_key_id":"k","secret_name":"demo","version_stages":["SYSCURRENT"]}],"page_info":{"current_count":1,"next_marker":"v1"}})");
    QVERIFY(page.ok());
    QCOMPARE(page->items.first().versionStages, QStringList{QStringLiteral("SYSCURRENT")});
    QVERIFY(!page->items.first().expireTime);

    ApiResult<Version> v = codec::versionFromBody(
            R"({"version":{"version_metadata":{"id":"v2","expire_time":99},"secret_string":"s3cr3t"}})");
    QVERIFY(v.ok());
    QCOMPARE(v->metadata.id, QStringLiteral("v2"));
    QCOMPARE(v->metadata.expireTime, std::optional<qint64>(99));
    QCOMPARE(*v->secretString, QStringLiteral("s3cr3t"));
    QVERIFY(!v->isBinary());
    v.value().wipe();
    QVERIFY(!v->secretString);

    // An empty string is a value, not an absence.
    const ApiResult<Version> empty = codec::versionFromBody(R"({"version":{"secret_string":""}})");
    QVERIFY(empty->secretString.has_value());
}

void TestCodecs::binaryValue()
{
    const ApiResult<Version> v = codec::versionFromBody(
            R"({"version":{"version_metadata":{"id":"v1"},"secret_binary":"AAEC"}})");
    QVERIFY(v.ok());
    QVERIFY(v->isBinary());
    QCOMPARE(*v->secretBinary, QByteArray("AAEC"));
    QVERIFY(!v->secretString);
}

void TestCodecs::stage()
{
    const ApiResult<Stage> s = codec::stageFromBody(
            R"({"stage":{"name":"BETA","secret_name":"demo","update_time":1700000000000,"version_id":"v2"}})");
    QVERIFY(s.ok());
    QCOMPARE(s->name, QStringLiteral("BETA"));
    QCOMPARE(s->versionId, QStringLiteral("v2"));
    QCOMPARE(s->updateTime, Q_INT64_C(1700000000000));
}

void TestCodecs::timesAsStringsAndNull()
{
    const ApiResult<Secret> r = codec::secretFromBody(
            R"({"secret":{"name":"n","create_time":"1581507580000","scheduled_delete_time":null,"auto_rotation":"true"}})");
    QVERIFY(r.ok());
    QCOMPARE(r->createTime, Q_INT64_C(1581507580000));
    QVERIFY(!r->scheduledDeleteTime);
    QVERIFY(r->autoRotation);
}

void TestCodecs::wrongTypes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("name number") << QByteArray(R"({"secret":{"name":5}})")
                                 << QStringLiteral("secret.name");
    QTest::newRow("time fraction") << QByteArray(R"({"secret":{"name":"n","create_time":1.5}})")
                                   << QStringLiteral("create_time");
    QTest::newRow("time text") << QByteArray(R"({"secret":{"name":"n","update_time":"yesterday"}})")
                               << QStringLiteral("update_time");
    QTest::newRow("time overflow") << QByteArray(R"({"secret":{"name":"n","create_time":1e300}})")
                                   << QStringLiteral("create_time");
    QTest::newRow("bool number") << QByteArray(R"({"secret":{"name":"n","auto_rotation":1}})")
                                 << QStringLiteral("auto_rotation");
    QTest::newRow("list of numbers")
            << QByteArray(R"({"secret":{"name":"n","event_subscriptions":[1]}})")
            << QStringLiteral("event_subscriptions");
    QTest::newRow("list is string")
            << QByteArray(R"({"secret":{"name":"n","event_subscriptions":"ev"}})")
            << QStringLiteral("event_subscriptions");
}

// Only the name is required (a BadResponse naming it); any other field of the wrong type is
// dropped for that secret and listed in unreadFields (issue 15, item 8).
void TestCodecs::wrongTypes()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const ApiResult<Secret> r = codec::secretFromBody(body);
    if (field == QLatin1String("secret.name")) {
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Kind::BadResponse);
        QVERIFY2(r.error().message.contains(field), qPrintable(r.error().message));
        return;
    }
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->name, QStringLiteral("n"));
    QCOMPARE(r->unreadFields, QStringList{field});
}

void TestCodecs::malformed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("html") << QByteArray("<html>502</html>");
    QTest::newRow("truncated") << QByteArray(R"({"secrets":[{"name":"a"},{"na)");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("secrets object") << QByteArray(R"({"secrets":{"name":"a"}})");
    QTest::newRow("secret item string") << QByteArray(R"({"secrets":["a"]})");
    QTest::newRow("page_info array") << QByteArray(R"({"secrets":[],"page_info":[]})");
    QTest::newRow("count string") << QByteArray(
            R"({"secrets":[],"page_info":{"current_count":"x"}})");
    QTest::newRow("nul bytes") << QByteArray("{\"secrets\":[\0]}", 15);
}

void TestCodecs::malformed()
{
    QFETCH(QByteArray, body);
    const ApiResult<SecretPage> r = codec::secretPageFromBody(body);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Kind::BadResponse);
    QVERIFY(!r.error().message.isEmpty());
}

void TestCodecs::hugePage()
{
    QJsonArray secrets;
    for (int i = 0; i < 5000; ++i)
        secrets.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("s%1").arg(i)},
                                   {QStringLiteral("description"), QString(2048, u'x')}});
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("secrets"), secrets}})
                                    .toJson(QJsonDocument::Compact);
    QVERIFY(body.size() > 10 * 1000 * 1000);
    const ApiResult<SecretPage> r = codec::secretPageFromBody(body);
    QVERIFY(r.ok());
    QCOMPARE(r->items.size(), 5000);
    QCOMPARE(r->items.last().name, QStringLiteral("s4999"));
    // One bad item fails the whole page, instead of a silently shorter list.
    QByteArray bad = body;
    bad.replace("\"name\":\"s4999\"", "\"name\":4999");
    const ApiError error = codec::secretPageFromBody(bad).error();
    QCOMPARE(error.kind, Kind::BadResponse);
    QVERIFY2(error.message.contains(QLatin1String("secret.name")), qPrintable(error.message));
}

void TestCodecs::batchDelete()
{
    const ApiResult<BatchDeleteResult> r = codec::batchDeleteResultFromBody(
            R"({"total":3,"success_secrets":["a","b"],"failed_secrets":[{"secret_name":"c","error_msg":"CSMS.0107: pending"}]})");
    QVERIFY(r.ok());
    QCOMPARE(r->total, 3);
    QCOMPARE(r->succeeded.size(), 2);
    QCOMPARE(r->failed.first().secretName, QStringLiteral("c"));
    QVERIFY(r->failed.first().errorMessage.startsWith(QLatin1String("CSMS.0107")));
    QVERIFY(!codec::batchDeleteResultFromBody(R"({"failed_secrets":["c"]})").ok());
    QVERIFY(!codec::batchDeleteResultFromBody(R"({"total":"three"})").ok());
}

void TestCodecs::tagsAndResources()
{
    const ApiResult<SecretTags> tags = codec::secretTagsFromBody(
            R"({"tags":[{"key":"env","value":"prod"}],"sys_tags":null})");
    QVERIFY(tags.ok());
    QCOMPARE(tags->tags.first().value, QStringLiteral("prod"));
    QVERIFY(tags->sysTags.isEmpty());
    QVERIFY(!codec::secretTagsFromBody(R"({"tags":[{"key":1}]})").ok());

    const ApiResult<QList<TagValues>> project
            = codec::projectTagsFromBody(R"({"tags":[{"key":"env","values":["a","b"]}]})");
    QVERIFY(project.ok());
    QCOMPARE(project->first().values.size(), 2);

    const ApiResult<ResourceInstancePage> page = codec::resourceInstancesFromBody(
            R"({"resources":[{"resource_id":"id1","resource_name":"app-db","resource_detail":{"name":"app-db","state":"ENABLED"},"tags":[{"key":"k","value":"v"}]}],"total_count":41})");
    QVERIFY(page.ok());
    QCOMPARE(page->totalCount, 41);
    QCOMPARE(page->resources.first().detail->state, QStringLiteral("ENABLED"));
    // A row without a name is dropped, not shown blank; odd detail fields do not fail it.
    const ApiResult<ResourceInstancePage> nameless = codec::resourceInstancesFromBody(
            R"({"resources":[{"resource_detail":{"create_time":"x"}}]})");
    QVERIFY(nameless.ok());
    QVERIFY(nameless->resources.isEmpty());
    QCOMPARE(nameless->dropped, 1);

    QCOMPARE(*codec::resourceCountFromBody(R"({"total_count":7})"), 7);
    QVERIFY(!codec::resourceCountFromBody("{}").ok());
    QVERIFY(!codec::resourceCountFromBody(R"({"total_count":99999999999})").ok());
}

void TestCodecs::iamToken()
{
    const QByteArray body
            = R"({"token":{"expires_at":"2020-01-04T09:05:22.701000Z","issued_at":"2020-01-03T09:05:22.701000Z","methods":["password"],"project":{"id":"p1","name":"cn-north-4"}}})";
    const ApiResult<IamToken> t = codec::iamTokenFromResponse(body, "MIIT-token");
    QVERIFY(t.ok());
    QCOMPARE(t->token, QByteArray("MIIT-token"));
    QCOMPARE(t->expiresAt, QDateTime(QDate(2020, 1, 4), QTime(9, 5, 22, 701), Qt::UTC));
    QCOMPARE(t->projectId, QStringLiteral("p1"));
    QVERIFY(!codec::iamTokenFromResponse(body, {}).ok()); // no X-Subject-Token
    QVERIFY(!codec::iamTokenFromResponse(R"({"token":{"expires_at":"never"}})", "t").ok());
    QVERIFY(!codec::iamTokenFromResponse(
                     R"({"token":{"expires_at":"2020-01-04T09:05:22Z","project":{"id":3}}})", "t")
                     .ok());
    // The token never appears in an error.
    QVERIFY(!codec::iamTokenFromResponse("garbage", "MIIT-token")
                     .error()
                     .message.contains(QLatin1String("MIIT")));
}

void TestCodecs::projects()
{
    QCOMPARE(*codec::projectIdFromProjectsBody(
                     R"({"projects":[{"id":"abc","name":"cn-north-4","enabled":true}],"links":{}})",
                     QStringLiteral("cn-north-4")),
             QStringLiteral("abc"));
    QVERIFY(!codec::projectIdFromProjectsBody(R"({"projects":[]})", QStringLiteral("r")).ok());
    QVERIFY(!codec::projectIdFromProjectsBody(
                     R"({"projects":[{"id":"a","name":"r"},{"id":"b","name":"r"}]})",
                     QStringLiteral("r"))
                     .ok());
}

void TestCodecs::requestBodies()
{
    CreateSecretRequest create;
    create.name = QStringLiteral("demo");
    create.secretString = QStringLiteral("s3cr3t");
    QCOMPARE(codec::toJson(create), QByteArray(R"({"name":"demo","secret_string":"s3cr3t"})"));

    UpdateSecretRequest update;
    update.description = QString();
    QCOMPARE(codec::toJson(update), QByteArray(R"({"description":""})"));
    QCOMPARE(codec::toJson(UpdateSecretRequest{}), QByteArray("{}"));

    CreateVersionRequest version;
    version.secretBinary = QByteArray("AAEC");
    version.versionStages = QStringList{QStringLiteral("BETA")};
    version.expireTime = 1700000000000;
    QCOMPARE(
            codec::toJson(version),
            QByteArray(
                    R"({"expire_time":1700000000000,"secret_binary":"AAEC","version_stages":["BETA"]})"));

    QCOMPARE(codec::stageBody(QStringLiteral("v3")), QByteArray(R"({"version_id":"v3"})"));
    QCOMPARE(codec::stageBody(QStringLiteral("v3"), QStringLiteral("BETA")),
             QByteArray(R"({"name":"BETA","version_id":"v3"})"));
    QCOMPARE(codec::scheduleDeletionBody(15), QByteArray(R"({"recovery_window_in_days":15})"));
    QCOMPARE(codec::batchDeleteBody(QStringLiteral("i-1"), {}),
             QByteArray(R"({"instance_id":"i-1"})"));
    ResourceFilter filter;
    filter.nameMatch = QStringLiteral("app");
    filter.limit = 5000;
    const QJsonObject f
            = QJsonDocument::fromJson(codec::resourceFilterBody(filter, false)).object();
    QCOMPARE(f.value(QLatin1String("action")).toString(), QStringLiteral("filter"));
    QCOMPARE(f.value(QLatin1String("limit")).toString(), QStringLiteral("1000"));
    QCOMPARE(f.value(QLatin1String("matches"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("key"))
                     .toString(),
             QStringLiteral("resource_name"));
    const QJsonObject c = QJsonDocument::fromJson(codec::resourceFilterBody(filter, true)).object();
    QCOMPARE(c.value(QLatin1String("action")).toString(), QStringLiteral("count"));
    QVERIFY(!c.contains(QLatin1String("limit")));
    const QJsonObject auth
            = QJsonDocument::fromJson(codec::iamPasswordTokenBody(QStringLiteral("d"),
                                                                  QStringLiteral("u"),
                                                                  QStringLiteral("p"), {},
                                                                  QStringLiteral("cn-north-4")))
                      .object();
    QCOMPARE(auth.value(QLatin1String("auth"))
                     .toObject()
                     .value(QLatin1String("scope"))
                     .toObject()
                     .value(QLatin1String("project"))
                     .toObject()
                     .value(QLatin1String("name"))
                     .toString(),
             QStringLiteral("cn-north-4"));
}

QTEST_GUILESS_MAIN(TestCodecs)
#include "tst_codecs.moc"
