// SPDX-License-Identifier: Apache-2.0
// Huawei's own example responses (tests/core/fixtures/huawei/<Operation>.json, the example
// bodies of the API Explorer definitions, nothing else) decode into the typed results, and a
// body whose every optional field has the wrong type still yields its rows (issue 15).
#include "core/api/codecs.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace keystage;

namespace {

QByteArray fixture(const QString &operation)
{
    QFile file(qEnvironmentVariable("KEYSTAGE_FIXTURES") + QLatin1Char('/') + operation
               + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("fixture %s is missing", qPrintable(file.fileName()));
    return file.readAll();
}

// The same value with another JSON type: text for numbers and booleans, a number for text, text
// for arrays, an array for objects.
QJsonValue wrongTyped(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return 7;
    case QJsonValue::Double:
        return QStringLiteral("2020-02-12T11:39:40Z");
    case QJsonValue::Bool:
        return QStringLiteral("maybe");
    case QJsonValue::Array:
        return QStringLiteral("pocEvent");
    case QJsonValue::Object:
        return QJsonArray{1, 2};
    default:
        return value;
    }
}

// Every member of object but those in keep gets the wrong type; returns the names changed.
QStringList breakFields(QJsonObject &object, const QStringList &keep)
{
    QStringList broken;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (keep.contains(it.key()))
            continue;
        it.value() = wrongTyped(it.value());
        broken << it.key();
    }
    broken.sort();
    return broken;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestHuaweiFixtures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listSecrets();
    void secretAnswers_data();
    void secretAnswers();
    void versions();
    void stages();
    void tags();
    void resourceInstances();
    void wrongTypedSecretFieldsKeepTheRow();
    void wrongTypedOptionalFieldsElsewhere();
    void streamAndDocumentAgree();
};

void TestHuaweiFixtures::listSecrets()
{
    const ApiResult<SecretPage> page
            = codec::secretPageFromBody(fixture(QStringLiteral("ListSecrets")));
    QVERIFY2(page.ok(), qPrintable(page.error().message));
    QCOMPARE(page->items.size(), 1);
    const Secret &s = page->items.first();
    QCOMPARE(s.name, QStringLiteral("secret-name-test"));
    QCOMPARE(s.id, QStringLiteral("bb6a3d22-dc93-47ac-b5bd-88df7ad35f1e"));
    QCOMPARE(s.state, QStringLiteral("ENABLED"));
    QCOMPARE(s.secretType, QStringLiteral("RDS-FG"));
    QCOMPARE(s.createTime, Q_INT64_C(1581507580000));
    QVERIFY(s.autoRotation);
    QCOMPARE(s.rotationPeriod, QStringLiteral("1d"));
    QCOMPARE(s.rotationTime.value_or(0), Q_INT64_C(1668567940000));
    QCOMPARE(s.nextRotationTime.value_or(0), Q_INT64_C(1668629140000));
    QCOMPARE(s.eventSubscriptions, QStringList{QStringLiteral("pocEvent")});
    // Kept as sent (single quotes): core/ops reads it.
    QCOMPARE(s.rotationConfig,
             QStringLiteral("{'InstanceId':'indstance id','SecretSubType':'MultiUser'}"));
    // Sent on an ENABLED secret: kept, but no deletion date applies.
    QCOMPARE(s.scheduledDeleteTime.value_or(0), Q_INT64_C(1581507580000));
    QVERIFY(!s.pendingDeletionTime());
    QVERIFY(s.unreadFields.isEmpty());
    QCOMPARE(page->pageInfo.nextMarker, QStringLiteral("secret-name-test"));
    QCOMPARE(page->pageInfo.currentCount, 1);
}

void TestHuaweiFixtures::secretAnswers_data()
{
    QTest::addColumn<QString>("operation");
    for (const char *operation :
         {"ShowSecret", "CreateSecret", "UpdateSecret", "DeleteSecretForSchedule", "RestoreSecret"})
        QTest::newRow(operation) << QString::fromLatin1(operation);
}

void TestHuaweiFixtures::secretAnswers()
{
    QFETCH(QString, operation);
    const ApiResult<Secret> secret = codec::secretFromBody(fixture(operation));
    QVERIFY2(secret.ok(), qPrintable(secret.error().message));
    QCOMPARE(secret->name, QStringLiteral("test"));
    QCOMPARE(secret->id, QStringLiteral("bb6a3d22-dc93-47ac-b5bd-88df7ad35f1e"));
    QCOMPARE(secret->createTime, Q_INT64_C(1581507580000));
    QVERIFY(secret->unreadFields.isEmpty());
}

void TestHuaweiFixtures::versions()
{
    const ApiResult<VersionPage> page
            = codec::versionPageFromBody(fixture(QStringLiteral("ListSecretVersions")));
    QVERIFY2(page.ok(), qPrintable(page.error().message));
    QCOMPARE(page->items.size(), 1);
    QCOMPARE(page->items.first().id, QStringLiteral("v1"));
    QCOMPARE(page->items.first().versionStages, QStringList{QStringLiteral("SYSCURRENT")});
    QCOMPARE(page->pageInfo.nextMarker, QStringLiteral("v10"));

    ApiResult<Version> version
            = codec::versionFromBody(fixture(QStringLiteral("ShowSecretVersion")));
    QVERIFY2(version.ok(), qPrintable(version.error().message));
    QCOMPARE(version->metadata.id, QStringLiteral("v6"));
    QCOMPARE(version->metadata.secretName, QStringLiteral("secret-name-demo"));
    QVERIFY(version->secretString.has_value());
    version.value().wipe();

    for (const char *operation : {"CreateSecretVersion", "UpdateVersion"}) {
        const ApiResult<VersionMetadata> metadata
                = codec::versionMetadataFromBody(fixture(QString::fromLatin1(operation)));
        QVERIFY2(metadata.ok(), operation);
        QCOMPARE(metadata->versionStages, QStringList{QStringLiteral("SYSCURRENT")});
        QCOMPARE(metadata->createTime, Q_INT64_C(1581507580000));
    }
}

void TestHuaweiFixtures::stages()
{
    for (const char *operation : {"ShowSecretStage", "UpdateSecretStage"}) {
        const ApiResult<Stage> stage
                = codec::stageFromBody(fixture(QString::fromLatin1(operation)));
        QVERIFY2(stage.ok(), operation);
        QCOMPARE(stage->name, QStringLiteral("name"));
        QCOMPARE(stage->secretName, QStringLiteral("secret-name-demo"));
        QVERIFY(stage->versionId.startsWith(u'v'));
        QCOMPARE(stage->updateTime, Q_INT64_C(1581507580000));
    }
}

void TestHuaweiFixtures::tags()
{
    const ApiResult<SecretTags> tags
            = codec::secretTagsFromBody(fixture(QStringLiteral("ListSecretTags")));
    QVERIFY2(tags.ok(), qPrintable(tags.error().message));
    QCOMPARE(tags->tags.size(), 2);
    QCOMPARE(tags->tags.at(1).value, QStringLiteral("value2"));
    QVERIFY(tags->sysTags.isEmpty()); // null
    const ApiResult<QList<TagValues>> project
            = codec::projectTagsFromBody(fixture(QStringLiteral("ListProjectSecretsTags")));
    QVERIFY2(project.ok(), qPrintable(project.error().message));
    QCOMPARE(project->size(), 2);
    QCOMPARE(project->at(0).values, QStringList{QStringLiteral("val1")});
}

void TestHuaweiFixtures::resourceInstances()
{
    // Huawei's example spreads one resource over five objects: only those with a name are rows.
    const ApiResult<ResourceInstancePage> page
            = codec::resourceInstancesFromBody(fixture(QStringLiteral("ListResourceInstances")));
    QVERIFY2(page.ok(), qPrintable(page.error().message));
    QCOMPARE(page->totalCount, 1);
    QCOMPARE(page->resources.size(), 2);
    QCOMPARE(page->dropped, 3);
    QVERIFY(page->resources.at(0).detail.has_value());
    QCOMPARE(page->resources.at(0).detail->name, QStringLiteral("example_name"));
    QCOMPARE(page->resources.at(1).resourceName, QStringLiteral("example_name"));
}

void TestHuaweiFixtures::wrongTypedSecretFieldsKeepTheRow()
{
    QJsonObject body = QJsonDocument::fromJson(fixture(QStringLiteral("ListSecrets"))).object();
    QJsonArray secrets = body.value(QLatin1String("secrets")).toArray();
    QJsonObject secret = secrets.at(0).toObject();
    const QStringList broken = breakFields(secret, {QStringLiteral("name")});
    QJsonObject second = secret;
    second.insert(QStringLiteral("name"), QStringLiteral("second"));
    secrets = QJsonArray{secret, second};
    body.insert(QStringLiteral("secrets"), secrets);
    const QByteArray text = compact(body);

    for (const bool streamed : {true, false}) {
        const ApiResult<SecretPage> page
                = streamed ? codec::secretPageFromBody(text) : codec::secretPageFromDocument(text);
        QVERIFY2(page.ok(), qPrintable(page.error().message));
        QCOMPARE(page->items.size(), 2);
        QCOMPARE(page->items.at(0).name, QStringLiteral("secret-name-test"));
        QCOMPARE(page->items.at(1).name, QStringLiteral("second"));
        QStringList unread = page->items.at(0).unreadFields;
        unread.sort();
        QCOMPARE(unread, broken);
        QVERIFY(page->items.at(0).state.isEmpty());
        QCOMPARE(page->items.at(0).createTime, Q_INT64_C(0));
    }

    // The name is required: a row without one fails the page, naming no value.
    QJsonObject nameless = secrets.at(0).toObject();
    nameless.insert(QStringLiteral("name"), 42);
    body.insert(QStringLiteral("secrets"), QJsonArray{nameless});
    const ApiResult<SecretPage> refused = codec::secretPageFromBody(compact(body));
    QCOMPARE(ApiError::kindName(refused.error().kind), QStringLiteral("BadResponse"));
}

void TestHuaweiFixtures::wrongTypedOptionalFieldsElsewhere()
{
    // Versions: id and version_stages decide stage moves and stay required; the rest is dropped.
    QJsonObject body
            = QJsonDocument::fromJson(fixture(QStringLiteral("ListSecretVersions"))).object();
    QJsonObject version = body.value(QLatin1String("version_metadatas")).toArray().at(0).toObject();
    breakFields(version, {QStringLiteral("id"), QStringLiteral("version_stages")});
    body.insert(QStringLiteral("version_metadatas"), QJsonArray{version});
    const ApiResult<VersionPage> versions = codec::versionPageFromBody(compact(body));
    QVERIFY2(versions.ok(), qPrintable(versions.error().message));
    QCOMPARE(versions->items.first().versionStages, QStringList{QStringLiteral("SYSCURRENT")});
    version.insert(QStringLiteral("version_stages"), QStringLiteral("SYSCURRENT"));
    body.insert(QStringLiteral("version_metadatas"), QJsonArray{version});
    QVERIFY(!codec::versionPageFromBody(compact(body)).ok());

    // Stages: name and version_id required.
    QJsonObject stageBody
            = QJsonDocument::fromJson(fixture(QStringLiteral("ShowSecretStage"))).object();
    QJsonObject stage = stageBody.value(QLatin1String("stage")).toObject();
    breakFields(stage, {QStringLiteral("name"), QStringLiteral("version_id")});
    stageBody.insert(QStringLiteral("stage"), stage);
    const ApiResult<Stage> decoded = codec::stageFromBody(compact(stageBody));
    QVERIFY2(decoded.ok(), qPrintable(decoded.error().message));
    QCOMPARE(decoded->versionId, QStringLiteral("v20"));

    // Resource instances: a detail with wrong types still names its row.
    QJsonObject resources
            = QJsonDocument::fromJson(fixture(QStringLiteral("ListResourceInstances"))).object();
    QJsonArray rows = resources.value(QLatin1String("resources")).toArray();
    QJsonObject row = rows.at(1).toObject();
    QJsonObject detail = row.value(QLatin1String("resource_detail")).toObject();
    breakFields(detail, {QStringLiteral("name")});
    row.insert(QStringLiteral("resource_detail"), detail);
    row.insert(QStringLiteral("tags"), QStringLiteral("not a list"));
    resources.insert(QStringLiteral("resources"), QJsonArray{row});
    const ApiResult<ResourceInstancePage> page
            = codec::resourceInstancesFromBody(compact(resources));
    QVERIFY2(page.ok(), qPrintable(page.error().message));
    QCOMPARE(page->resources.size(), 1);
    QCOMPARE(page->resources.first().detail->name, QStringLiteral("example_name"));
}

void TestHuaweiFixtures::streamAndDocumentAgree()
{
    const QByteArray text = fixture(QStringLiteral("ListSecrets"));
    const ApiResult<SecretPage> streamed = codec::secretPageFromBody(text);
    const ApiResult<SecretPage> document = codec::secretPageFromDocument(text);
    QVERIFY(streamed.ok() && document.ok());
    QCOMPARE(streamed->items.first().rotationConfig, document->items.first().rotationConfig);
    QCOMPARE(streamed->items.first().scheduledDeleteTime,
             document->items.first().scheduledDeleteTime);
}

QTEST_GUILESS_MAIN(TestHuaweiFixtures)
#include "tst_huaweifixtures.moc"
