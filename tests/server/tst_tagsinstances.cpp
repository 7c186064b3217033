// SPDX-License-Identifier: Apache-2.0
// Conformance of csms-local's tags and resource-instance queries (csms-api.md 1.5, 2 "Tags", 3.1
// nested errors): create, list, delete (percent-encoded UTF-8 keys), batch action, limits,
// project tag list, filter and count by tags and by fuzzy name, limit/offset.
#include "apisession.h"
#include "httpchecks.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QtTest>

using namespace keystage::test;

using TagMap = QMap<QString, QString>;

class TstTagsInstances : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createListDelete();
    void sameKeyAppearsOnce();
    void utf8KeyDeletedByPercentEncodedPath();
    void invalidTags_data();
    void invalidTags();
    void twentyTagLimit();
    void batchAction();
    void missingSecret();
    void projectTags();
    void resourceInstancesByTags();
    void resourceInstancesByName();
    void resourceInstancesPaging();
    void resourceInstancesBadInput();

private:
    QString createSecret(const QString &name);
    TagMap tags(const QString &id);
    HttpResult instances(const QByteArray &body);
    static QStringList names(const HttpResult &result);
    std::unique_ptr<CsmsLocal> m_server;
    std::unique_ptr<ApiSession> m_api;
    QHash<QString, QString> m_ids; // name -> id of the resource-instance fixtures
};

static QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

static QByteArray tagBody(const QString &key, const QString &value)
{
    return compact({{QStringLiteral("tag"),
                     QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("value"), value}}}});
}

void TstTagsInstances::initTestCase()
{
    m_server = std::make_unique<CsmsLocal>();
    QVERIFY2(m_server->start(), m_server->errorOutput().constData());
    m_api = std::make_unique<ApiSession>(*m_server);
    QVERIFY(m_api->authenticate());
}

QString TstTagsInstances::createSecret(const QString &name)
{
    const auto created = m_api->createSecret(name);
    if (created.status != 200)
        qWarning("create %s: %s", qPrintable(name), describe(created).constData());
    return jsonAt(created, "secret.id").toString();
}

TagMap TstTagsInstances::tags(const QString &id)
{
    TagMap map;
    const auto listed = m_api->get(QStringLiteral("csms/%1/tags").arg(id));
    if (listed.status != 200) {
        map.insert(QStringLiteral("<error>"), QString::fromUtf8(describe(listed)));
        return map;
    }
    for (const QJsonValue &tag : jsonAt(listed, "tags").toArray()) {
        const QString key = tag[QStringLiteral("key")].toString();
        if (map.contains(key))
            map.insert(QStringLiteral("<duplicate>"), key);
        map.insert(key, tag[QStringLiteral("value")].toString());
    }
    return map;
}

void TstTagsInstances::createListDelete()
{
    const QString id = createSecret(QStringLiteral("tagged"));
    QCOMPARE(id.size(), 36);
    const auto created = m_api->post(QStringLiteral("csms/%1/tags").arg(id),
                                     tagBody(QStringLiteral("env"), QStringLiteral("prod")));
    KS_VERIFY_STATUS(created, 204);
    QVERIFY(created.body.isEmpty());
    KS_VERIFY_STATUS(m_api->post(QStringLiteral("csms/%1/tags").arg(id),
                                 tagBody(QStringLiteral("empty"), QString())),
                     204);
    const auto listed = m_api->get(QStringLiteral("csms/%1/tags").arg(id));
    KS_VERIFY_STATUS(listed, 200);
    QVERIFY(listed.json.object().contains(QStringLiteral("sys_tags")));
    QCOMPARE(tags(id), (TagMap{{QStringLiteral("env"), QStringLiteral("prod")},
                               {QStringLiteral("empty"), QString()}}));
    const auto deleted = m_api->del(QStringLiteral("csms/%1/tags/env").arg(id));
    KS_VERIFY_STATUS(deleted, 204);
    QCOMPARE(tags(id), (TagMap{{QStringLiteral("empty"), QString()}}));
}

void TstTagsInstances::sameKeyAppearsOnce()
{
    const QString id = createSecret(QStringLiteral("samekey"));
    KS_VERIFY_STATUS(m_api->post(QStringLiteral("csms/%1/tags").arg(id),
                                 tagBody(QStringLiteral("k"), QStringLiteral("one"))),
                     204);
    const auto again = m_api->post(QStringLiteral("csms/%1/tags").arg(id),
                                   tagBody(QStringLiteral("k"), QStringLiteral("two")));
    QVERIFY2(again.status == 204 || again.status == 400, describe(again).constData());
    const TagMap map = tags(id);
    QCOMPARE(map.size(), 1); // each key appears once per secret
    QVERIFY(map.contains(QStringLiteral("k")));
}

void TstTagsInstances::utf8KeyDeletedByPercentEncodedPath()
{
    const QString id = createSecret(QStringLiteral("utf8tags"));
    const QString key = QStringLiteral("\u73af\u5883 k.a"); // "环境 k.a": Unicode letters, space
    KS_VERIFY_STATUS(m_api->post(QStringLiteral("csms/%1/tags").arg(id),
                                 tagBody(key, QStringLiteral("\u751f\u4ea7"))),
                     204);
    QCOMPARE(tags(id), (TagMap{{key, QStringLiteral("\u751f\u4ea7")}}));
    // The path key is percent-encoded UTF-8 (1.5 (20)).
    QUrl url = m_server->apiUrl(QStringLiteral("csms/%1/tags/").arg(id));
    url.setPath(url.path() + QString::fromLatin1(QUrl::toPercentEncoding(key)), QUrl::StrictMode);
    QVERIFY(url.toEncoded().endsWith("/tags/%E7%8E%AF%E5%A2%83%20k.a"));
    const auto deleted = httpRequest(m_api->nam(), "DELETE", url, {}, m_api->authHeaders(false));
    KS_VERIFY_STATUS(deleted, 204);
    QCOMPARE(tags(id), TagMap());
}

void TstTagsInstances::invalidTags_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("_sys_ prefix") << QStringLiteral("_sys_owner") << QStringLiteral("x");
    QTest::newRow("empty key") << QString() << QStringLiteral("x");
    QTest::newRow("key 129") << QString(129, QLatin1Char('k')) << QStringLiteral("x");
    QTest::newRow("value 256") << QStringLiteral("k") << QString(256, QLatin1Char('v'));
    QTest::newRow("leading space") << QStringLiteral(" k") << QStringLiteral("x");
    QTest::newRow("bad character") << QStringLiteral("k#") << QStringLiteral("x");
}

void TstTagsInstances::invalidTags()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    const QString id = m_ids.value(QStringLiteral("invalid"));
    const QString secretId = id.isEmpty() ? createSecret(QStringLiteral("invalidtags")) : id;
    m_ids.insert(QStringLiteral("invalid"), secretId);
    KS_VERIFY_NESTED(m_api->post(QStringLiteral("csms/%1/tags").arg(secretId), tagBody(key, value)),
                     400, "CSMS.0002");
    QVERIFY(!tags(secretId).contains(key));
    // 128 / 255 characters are fine.
    if (QTest::currentDataTag() == QByteArray("key 129"))
        KS_VERIFY_STATUS(m_api->post(QStringLiteral("csms/%1/tags").arg(secretId),
                                     tagBody(key.left(128), value)),
                         204);
}

void TstTagsInstances::twentyTagLimit()
{
    const QString id = createSecret(QStringLiteral("twentytags"));
    for (int i = 0; i < 20; ++i)
        KS_VERIFY_STATUS(m_api->post(QStringLiteral("csms/%1/tags").arg(id),
                                     tagBody(QStringLiteral("k%1").arg(i), QStringLiteral("v"))),
                         204);
    KS_VERIFY_NESTED(m_api->post(QStringLiteral("csms/%1/tags").arg(id),
                                 tagBody(QStringLiteral("k20"), QStringLiteral("v"))),
                     400, "CSMS.0002");
    QCOMPARE(tags(id).size(), 20);
    // Replacing an existing key's value does not count as a new tag... not asserted (unspecified).
}

void TstTagsInstances::batchAction()
{
    const QString id = createSecret(QStringLiteral("action"));
    const QString path = QStringLiteral("csms/%1/tags/action").arg(id);
    const auto created = m_api->post(
            path, R"({"action":"create","tags":[{"key":"a","value":"1"},{"key":"b","value":"2"},)"
                  R"({"key":"c","value":"3"}],"sequence":"0f0e0d0c-0b0a-0908-0706-050403020100"})");
    KS_VERIFY_STATUS(created, 204);
    QCOMPARE(tags(id), (TagMap{{QStringLiteral("a"), QStringLiteral("1")},
                               {QStringLiteral("b"), QStringLiteral("2")},
                               {QStringLiteral("c"), QStringLiteral("3")}}));
    KS_VERIFY_STATUS(m_api->post(path, R"({"action":"delete","tags":[{"key":"a"},{"key":"c"}]})"),
                     204);
    QCOMPARE(tags(id), (TagMap{{QStringLiteral("b"), QStringLiteral("2")}}));

    KS_VERIFY_NESTED(m_api->post(path, R"({"action":"explode","tags":[{"key":"x","value":"1"}]})"),
                     400, "CSMS.0002");
    KS_VERIFY_NESTED(m_api->post(path, R"({"action":"create","tags":[]})"), 400, "CSMS.0002");
    KS_VERIFY_NESTED(
            m_api->post(path, R"({"action":"create","tags":[{"key":"_sys_x","value":"1"}]})"), 400,
            "CSMS.0002");
    QJsonArray many;
    for (int i = 0; i < 21; ++i)
        many.append(QJsonObject{{QStringLiteral("key"), QStringLiteral("m%1").arg(i)},
                                {QStringLiteral("value"), QStringLiteral("v")}});
    KS_VERIFY_NESTED(
            m_api->post(path, compact({{QStringLiteral("action"), QStringLiteral("create")},
                                       {QStringLiteral("tags"), many}})),
            400, "CSMS.0002");
    // 1 existing + 20 new would exceed the per-secret limit of 20.
    many.removeLast();
    KS_VERIFY_NESTED(
            m_api->post(path, compact({{QStringLiteral("action"), QStringLiteral("create")},
                                       {QStringLiteral("tags"), many}})),
            400, "CSMS.0002");
    QCOMPARE(tags(id), (TagMap{{QStringLiteral("b"), QStringLiteral("2")}})); // all or nothing
}

void TstTagsInstances::missingSecret()
{
    // Decisions: a missing secret is 404 CSMS.0106; tag operations use the nested shape.
    const QString ghost = QStringLiteral("00000000-0000-0000-0000-000000000000");
    KS_VERIFY_NESTED(m_api->get(QStringLiteral("csms/%1/tags").arg(ghost)), 404, "CSMS.0106");
    KS_VERIFY_NESTED(m_api->post(QStringLiteral("csms/%1/tags").arg(ghost),
                                 tagBody(QStringLiteral("k"), QStringLiteral("v"))),
                     404, "CSMS.0106");
}

void TstTagsInstances::projectTags()
{
    CsmsLocal server;
    QVERIFY2(server.start(), server.errorOutput().constData());
    ApiSession api(server);
    QVERIFY(api.authenticate());
    const QStringList names{QStringLiteral("p1"), QStringLiteral("p2"), QStringLiteral("p3")};
    const QList<QByteArray> bodies{
            R"({"action":"create","tags":[{"key":"env","value":"prod"},{"key":"team","value":"a"}]})",
            R"({"action":"create","tags":[{"key":"env","value":"dev"}]})",
            R"({"action":"create","tags":[{"key":"env","value":"prod"}]})"};
    for (int i = 0; i < names.size(); ++i) {
        const auto created = api.createSecret(names.at(i));
        KS_VERIFY_STATUS(created, 200);
        const QString id = jsonAt(created, "secret.id").toString();
        KS_VERIFY_STATUS(api.post(QStringLiteral("csms/%1/tags/action").arg(id), bodies.at(i)),
                         204);
    }
    const auto listed = api.get(QStringLiteral("csms/tags"));
    KS_VERIFY_STATUS(listed, 200);
    QMap<QString, QStringList> keys;
    for (const QJsonValue &tag : jsonAt(listed, "tags").toArray()) {
        QStringList values;
        for (const QJsonValue &value : tag[QStringLiteral("values")].toArray())
            values.append(value.toString());
        values.sort();
        keys.insert(tag[QStringLiteral("key")].toString(), values);
    }
    QCOMPARE(keys, (QMap<QString, QStringList>{
                           {QStringLiteral("env"), {QStringLiteral("dev"), QStringLiteral("prod")}},
                           {QStringLiteral("team"), {QStringLiteral("a")}}}));
}

HttpResult TstTagsInstances::instances(const QByteArray &body)
{
    if (m_ids.value(QStringLiteral("fixtures")).isEmpty()) {
        // Fixtures: inst-alpha {env:prod, team:a}, inst-beta {env:dev}, inst-gamma {env:prod},
        // inst-delta (no tags), named so that the fuzzy match on "alp" / "inst-" is telling.
        const QList<QPair<QString, QByteArray>> fixtures{
                {QStringLiteral("inst-alpha"),
                 R"({"action":"create","tags":[{"key":"env","value":"prod"},{"key":"team","value":"a"}]})"},
                {QStringLiteral("inst-beta"),
                 R"({"action":"create","tags":[{"key":"env","value":"dev"}]})"},
                {QStringLiteral("inst-gamma"),
                 R"({"action":"create","tags":[{"key":"env","value":"prod"}]})"},
                {QStringLiteral("inst-delta"), QByteArray()}};
        for (const auto &[name, action] : fixtures) {
            const QString id = createSecret(name);
            m_ids.insert(name, id);
            if (!action.isEmpty())
                m_api->post(QStringLiteral("csms/%1/tags/action").arg(id), action);
        }
        m_ids.insert(QStringLiteral("fixtures"), QStringLiteral("done"));
    }
    return m_api->post(QStringLiteral("csms/resource_instances/action"), body);
}

QStringList TstTagsInstances::names(const HttpResult &result)
{
    QStringList list;
    for (const QJsonValue &resource : jsonAt(result, "resources").toArray())
        list.append(resource[QStringLiteral("resource_name")].toString());
    list.sort();
    return list;
}

void TstTagsInstances::resourceInstancesByTags()
{
    const auto prod = instances(
            R"({"action":"filter","limit":"1000","tags":[{"key":"env","values":["prod"]}]})");
    KS_VERIFY_STATUS(prod, 200);
    QCOMPARE(names(prod),
             (QStringList{QStringLiteral("inst-alpha"), QStringLiteral("inst-gamma")}));
    QCOMPARE(jsonAt(prod, "total_count").toInt(), 2);
    // Resource shape: id (36), name, detail (a Secret), its tags.
    const QJsonObject first = jsonAt(prod, "resources.0").toObject();
    const QString name = first.value(QStringLiteral("resource_name")).toString();
    QCOMPARE(first.value(QStringLiteral("resource_id")).toString(), m_ids.value(name));
    QCOMPARE(first.value(QStringLiteral("resource_detail"))[QStringLiteral("name")].toString(),
             name);
    QVERIFY(first.value(QStringLiteral("tags")).isArray());
    QVERIFY(!prod.body.contains("secret_string"));

    // Values under one key are OR-ed; an empty list matches any value; keys are AND-ed.
    const auto either = instances(
            R"({"action":"filter","limit":"1000","tags":[{"key":"env","values":["prod","dev"]}]})");
    QCOMPARE(names(either), (QStringList{QStringLiteral("inst-alpha"), QStringLiteral("inst-beta"),
                                         QStringLiteral("inst-gamma")}));
    const auto any
            = instances(R"({"action":"filter","limit":"1000","tags":[{"key":"env","values":[]}]})");
    QCOMPARE(names(any), names(either));
    const auto both = instances(
            R"({"action":"filter","limit":"1000","tags":[{"key":"env","values":["prod"]},)"
            R"({"key":"team","values":["a"]}]})");
    QCOMPARE(names(both), QStringList{QStringLiteral("inst-alpha")});
    const auto none = instances(R"({"action":"filter","tags":[{"key":"env","values":["qa"]}]})");
    KS_VERIFY_STATUS(none, 200);
    QCOMPARE(names(none), QStringList());
    QCOMPARE(jsonAt(none, "total_count").toInt(-1), 0);

    // count: total_count only.
    const auto count = instances(R"({"action":"count","tags":[{"key":"env","values":["prod"]}]})");
    KS_VERIFY_STATUS(count, 200);
    QCOMPARE(jsonAt(count, "total_count").toInt(), 2);
    QVERIFY(jsonAt(count, "resources").toArray().isEmpty());
}

void TstTagsInstances::resourceInstancesByName()
{
    const auto alp = instances(
            R"({"action":"filter","limit":"1000","matches":[{"key":"resource_name","value":"alp"}]})");
    KS_VERIFY_STATUS(alp, 200);
    QCOMPARE(names(alp), QStringList{QStringLiteral("inst-alpha")});
    const auto inst = instances(
            R"({"action":"count","matches":[{"key":"resource_name","value":"inst-"}]})");
    KS_VERIFY_STATUS(inst, 200);
    QCOMPARE(jsonAt(inst, "total_count").toInt(), 4);
    // Name match and tag filter together.
    const auto mixed
            = instances(R"({"action":"filter","limit":"1000","matches":[{"key":"resource_name",)"
                        R"("value":"a"}],"tags":[{"key":"env","values":["prod"]}]})");
    KS_VERIFY_STATUS(mixed, 200);
    QCOMPARE(names(mixed),
             (QStringList{QStringLiteral("inst-alpha"), QStringLiteral("inst-gamma")}));
}

void TstTagsInstances::resourceInstancesPaging()
{
    const QByteArray filter = R"("matches":[{"key":"resource_name","value":"inst-"}])";
    const auto all = instances("{\"action\":\"filter\",\"limit\":\"1000\"," + filter + "}");
    KS_VERIFY_STATUS(all, 200);
    QCOMPARE(names(all).size(), 4);
    QStringList paged;
    for (int offset = 0; offset < 4; offset += 3) {
        const auto page = instances("{\"action\":\"filter\",\"limit\":\"3\",\"offset\":\""
                                    + QByteArray::number(offset) + "\"," + filter + "}");
        KS_VERIFY_STATUS(page, 200);
        QCOMPARE(jsonAt(page, "total_count").toInt(), 4); // the total, not the page size
        QCOMPARE(int(jsonAt(page, "resources").toArray().size()), offset == 0 ? 3 : 1);
        paged += names(page);
    }
    paged.sort();
    QCOMPARE(paged, names(all));
    // Default limit is 10, offset 0.
    const auto defaults = instances("{\"action\":\"filter\"," + filter + "}");
    KS_VERIFY_STATUS(defaults, 200);
    QCOMPARE(names(defaults), names(all));
}

void TstTagsInstances::resourceInstancesBadInput()
{
    instances(R"({"action":"count"})"); // fixtures
    for (const QByteArray &body : {QByteArray(R"({"action":"list"})"), QByteArray(R"({"tags":[]})"),
                                   QByteArray(R"({"action":"filter","limit":"0"})"),
                                   QByteArray(R"({"action":"filter","limit":"1001"})"),
                                   QByteArray(R"({"action":"filter","offset":"-1"})")}) {
        const auto result = instances(body);
        KS_VERIFY_NESTED(result, 400, "CSMS.0002");
    }
}

QTEST_GUILESS_MAIN(TstTagsInstances)
#include "tst_tagsinstances.moc"
