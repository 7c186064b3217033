// SPDX-License-Identifier: Apache-2.0
// CsmsClient against a real csms-local: every operation, error paths, the activity records,
// pagination over thousands of secrets and the project id lookup. Resilience (tokens, throttling,
// faults, cancel, limits) is in tst_csmsclientresilience. Waits on signals only.
#include "clienttest.h"
#include "core/api/csmsclient.h"
#include "csmslocal.h"

#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace keystage;
using test::await;
using test::credentials;
using test::CsmsLocal;
using test::CsmsLocalOptions;
using test::kept;
using test::profileFor;
using test::SandboxCredentials;
using Kind = ApiError::Kind;

class TestCsmsClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secretsVersionsStages();
    void tagsAndBatchDelete();
    void resourceSearch();
    void errorPaths();
    void activityRecords();
    void paginationOverThousands();
    void projectIdFromIam();
};

void TestCsmsClient::secretsVersionsStages()
{
    CsmsLocal server;
    START(server);
    QNetworkAccessManager nam;
    CsmsClient client(&nam, profileFor(server), credentials());

    CreateSecretRequest create;
    create.name = QStringLiteral("app-db");
    create.secretString = QStringLiteral("first value");
    create.description = QStringLiteral("database");
    const ApiResult<Secret> created = await(client.createSecret(create));
    OK(created);
    QCOMPARE(created->name, QStringLiteral("app-db"));
    QCOMPARE(created->state, QStringLiteral("ENABLED"));
    QVERIFY(!created->id.isEmpty());

    const ApiResult<Secret> shown = await(client.showSecret(QStringLiteral("app-db")));
    OK(shown);
    QCOMPARE(shown->description, QStringLiteral("database"));

    UpdateSecretRequest update;
    update.description = QStringLiteral("primary database");
    const ApiResult<Secret> updated = await(client.updateSecret(QStringLiteral("app-db"), update));
    OK(updated);
    QCOMPARE(updated->description, QStringLiteral("primary database"));

    CreateVersionRequest v2;
    v2.secretString = QStringLiteral("second value");
    const ApiResult<VersionMetadata> created2
            = await(client.createVersion(QStringLiteral("app-db"), v2));
    OK(created2);
    QCOMPARE(created2->id, QStringLiteral("v2"));
    QVERIFY(created2->versionStages.contains(QStringLiteral("SYSCURRENT")));

    const ApiResult<VersionPage> versions = await(client.listVersions(QStringLiteral("app-db")));
    OK(versions);
    QCOMPARE(versions->items.size(), 2);

    ApiResult<Version> value
            = await(client.showVersion(QStringLiteral("app-db"), QStringLiteral("v1")));
    OK(value);
    QCOMPARE(*value->secretString, QStringLiteral("first value"));
    QVERIFY(value->metadata.versionStages.contains(QStringLiteral("SYSPREVIOUS")));
    value.value().wipe();
    QVERIFY(!value->secretString);

    const qint64 expiry = QDateTime::currentMSecsSinceEpoch() + 86400000;
    const ApiResult<VersionMetadata> expiring = await(
            client.updateVersionExpiry(QStringLiteral("app-db"), QStringLiteral("v2"), expiry));
    OK(expiring);
    QCOMPARE(expiring->expireTime, std::optional<qint64>(expiry));

    const ApiResult<Stage> beta = await(client.createStage(
            QStringLiteral("app-db"), QStringLiteral("BETA"), QStringLiteral("v1")));
    OK(beta);
    QCOMPARE(beta->versionId, QStringLiteral("v1"));
    const ApiResult<Stage> moved = await(client.moveStage(
            QStringLiteral("app-db"), QStringLiteral("BETA"), QStringLiteral("v2")));
    OK(moved);
    QCOMPARE(moved->versionId, QStringLiteral("v2"));
    const ApiResult<Stage> reread
            = await(client.showStage(QStringLiteral("app-db"), QStringLiteral("BETA")));
    OK(reread);
    QCOMPARE(reread->versionId, QStringLiteral("v2"));
    OK(await(client.deleteStage(QStringLiteral("app-db"), QStringLiteral("BETA"))));
    QCOMPARE(await(client.showStage(QStringLiteral("app-db"), QStringLiteral("BETA"))).error().kind,
             Kind::NotFound);

    const ApiResult<Secret> scheduled = await(client.scheduleDeletion(QStringLiteral("app-db"), 7));
    OK(scheduled);
    QVERIFY(scheduled->isPendingDelete());
    QVERIFY(scheduled->scheduledDeleteTime.has_value());
    const ApiResult<Secret> restored = await(client.cancelDeletion(QStringLiteral("app-db")));
    OK(restored);
    QCOMPARE(restored->state, QStringLiteral("ENABLED"));

    OK(await(client.deleteSecret(QStringLiteral("app-db"))));
    const ApiResult<Secret> gone = await(client.showSecret(QStringLiteral("app-db")));
    QCOMPARE(gone.error().kind, Kind::NotFound);
    QCOMPARE(gone.error().code, QStringLiteral("CSMS.0106"));
}

void TestCsmsClient::tagsAndBatchDelete()
{
    CsmsLocal server;
    START(server);
    QNetworkAccessManager nam;
    CsmsClient client(&nam, profileFor(server), credentials());

    QString id;
    for (const QString &name : {QStringLiteral("orders-db"), QStringLiteral("orders-api"),
                                QStringLiteral("billing-db")}) {
        CreateSecretRequest create;
        create.name = name;
        create.secretString = QStringLiteral("v");
        if (name == QLatin1String("billing-db"))
            create.rotationConfig = QStringLiteral("{\"InstanceId\":\"rds-1\"}");
        const ApiResult<Secret> created = await(client.createSecret(create));
        OK(created);
        if (name == QLatin1String("orders-db"))
            id = created->id;
    }

    OK(await(client.createTag(id, Tag{QStringLiteral("env"), QStringLiteral("prod")})));
    OK(await(client.tagAction(id, TagAction::Create,
                              {Tag{QStringLiteral("team"), QStringLiteral("commerce")},
                               Tag{QStringLiteral("tier key"), QStringLiteral("1")}})));
    ApiResult<SecretTags> tags = await(client.listTags(id));
    OK(tags);
    QCOMPARE(tags->tags.size(), 3);
    OK(await(client.deleteTag(id, QStringLiteral("tier key")))); // a key with a space in the path
    OK(await(client.tagAction(id, TagAction::Delete, {Tag{QStringLiteral("team"), {}}})));
    tags = await(client.listTags(id));
    OK(tags);
    QCOMPARE(tags->tags.size(), 1);
    QCOMPARE(tags->tags.first().key, QStringLiteral("env"));

    const ApiResult<QList<TagValues>> projectTags = await(client.listProjectTags());
    OK(projectTags);
    QCOMPARE(projectTags->size(), 1);
    QCOMPARE(projectTags->first().values, QStringList{QStringLiteral("prod")});

    const ApiResult<BatchDeleteResult> batch
            = await(client.batchDeleteByInstance(QStringLiteral("rds-1")));
    OK(batch);
    QCOMPARE(batch->total, 1);
    QCOMPARE(batch->succeeded, QStringList{QStringLiteral("billing-db")});
    QVERIFY(batch->failed.isEmpty());
    QCOMPARE(await(client.showSecret(QStringLiteral("billing-db"))).error().kind, Kind::NotFound);
}

void TestCsmsClient::resourceSearch()
{
    CsmsLocal server;
    START(server);
    QNetworkAccessManager nam;
    CsmsClient client(&nam, profileFor(server), credentials());
    for (const QString &name : {QStringLiteral("orders-db"), QStringLiteral("orders-api"),
                                QStringLiteral("billing-db")}) {
        CreateSecretRequest create;
        create.name = name;
        create.secretString = QStringLiteral("v");
        const ApiResult<Secret> created = await(client.createSecret(create));
        OK(created);
        if (name == QLatin1String("orders-db"))
            OK(await(client.createTag(created->id,
                                      Tag{QStringLiteral("env"), QStringLiteral("prod")})));
    }

    ResourceFilter filter;
    filter.nameMatch = QStringLiteral("orders");
    filter.limit = 100;
    const ApiResult<ResourceInstancePage> found = await(client.filterResources(filter));
    OK(found);
    QCOMPARE(found->totalCount, 2);
    QCOMPARE(found->resources.size(), 2);
    const ApiResult<int> count = await(client.countResources(filter));
    OK(count);
    QCOMPARE(*count, 2);
    filter.nameMatch.clear();
    filter.tags = {TagValues{QStringLiteral("env"), {QStringLiteral("prod")}}};
    QCOMPARE(*await(client.countResources(filter)), 1);
    const ApiResult<ResourceInstancePage> tagged = await(client.filterResources(filter));
    OK(tagged);
    QCOMPARE(tagged->resources.size(), 1);
    QCOMPARE(tagged->resources.first().resourceName, QStringLiteral("orders-db"));
    QCOMPARE(tagged->resources.first().tags.size(), 1);
}

void TestCsmsClient::errorPaths()
{
    CsmsLocal server;
    START(server);
    QNetworkAccessManager nam;
    CsmsClient client(&nam, profileFor(server), credentials());

    const ApiResult<Secret> missing = await(client.showSecret(QStringLiteral("nope")));
    QCOMPARE(missing.error().kind, Kind::NotFound);
    QCOMPARE(missing.error().httpStatus, 404);
    QCOMPARE(missing.error().message, QStringLiteral("Secret nope does not exist"));
    QVERIFY(!missing.error().requestId.isEmpty());

    CreateSecretRequest bad;
    bad.name = QStringLiteral("bad name!");
    bad.secretString = QStringLiteral("v");
    const ApiResult<Secret> invalid = await(client.createSecret(bad));
    QCOMPARE(invalid.error().kind, Kind::Validation);
    QCOMPARE(invalid.error().httpStatus, 400);

    CreateSecretRequest create;
    create.name = QStringLiteral("s");
    create.secretString = QStringLiteral("v");
    OK(await(client.createSecret(create)));
    QCOMPARE(await(client.showVersion(QStringLiteral("s"), QStringLiteral("v9"))).error().kind,
             Kind::NotFound);

    const ApiResult<NoContent> builtIn
            = await(client.deleteStage(QStringLiteral("s"), QStringLiteral("SYSCURRENT")));
    QCOMPARE(builtIn.error().code, QStringLiteral("CSMS.0105"));
    QCOMPARE(builtIn.error().message,
             QStringLiteral("Stage SYSCURRENT is built in and cannot be deleted"));

    for (int i = 0; i < 10; ++i) { // SYSCURRENT + 10 custom = 11 stages
        OK(await(client.createStage(QStringLiteral("s"), QStringLiteral("S%1").arg(i),
                                    QStringLiteral("v1"))));
    }
    OK(await(client.createStage(QStringLiteral("s"), QStringLiteral("S10"), QStringLiteral("v1"))));
    const ApiResult<Stage> thirteenth = await(
            client.createStage(QStringLiteral("s"), QStringLiteral("S11"), QStringLiteral("v1")));
    QCOMPARE(thirteenth.error().kind, Kind::Quota);
    QCOMPARE(thirteenth.error().code, QStringLiteral("CSMS.0203"));

    OK(await(client.scheduleDeletion(QStringLiteral("s"), 30)));
    const ApiResult<Secret> twice = await(client.scheduleDeletion(QStringLiteral("s"), 30));
    QCOMPARE(twice.error().kind, Kind::Conflict);
    QCOMPARE(twice.error().code, QStringLiteral("CSMS.0107"));
}

void TestCsmsClient::activityRecords()
{
    CsmsLocal server;
    START(server);
    QNetworkAccessManager nam;
    CsmsClient client(&nam, profileFor(server), credentials());
    QSignalSpy records(&client, &CsmsClient::callFinished);
    OK(await(client.listSecrets()));
    QCOMPARE(await(client.showSecret(QStringLiteral("missing"))).error().kind, Kind::NotFound);
    QCOMPARE(records.size(), 2);
    const auto ok = records.at(0).at(0).value<ApiCallRecord>();
    QCOMPARE(ok.method, QByteArray("GET"));
    QCOMPARE(ok.path, QStringLiteral("/v1/%1/secrets").arg(SandboxCredentials::projectId()));
    QCOMPARE(ok.httpStatus, 200);
    QCOMPARE(ok.attempts, 1);
    QVERIFY(!ok.requestId.isEmpty());
    QVERIFY(!ok.errorKind);
    QVERIFY(ok.latencyMs >= 0);
    const auto failed = records.at(1).at(0).value<ApiCallRecord>();
    QCOMPARE(failed.httpStatus, 404);
    QCOMPARE(failed.code, QStringLiteral("CSMS.0106"));
    QCOMPARE(*failed.errorKind, Kind::NotFound);
}

void TestCsmsClient::paginationOverThousands()
{
    CsmsLocalOptions options;
    options.seedDemo = 3000;
    CsmsLocal server(options);
    QVERIFY2(server.start(120000), server.errorOutput().constData());
    QNetworkAccessManager nam;
    Profile profile = profileFor(server);
    profile.pageSize = 250;
    CsmsClient client(&nam, profile, credentials());

    QSet<QString> names;
    QString marker;
    int pages = 0;
    for (;;) {
        const ApiResult<SecretPage> page
                = await(client.listSecrets(marker, 0, CsmsClient::Priority::Bulk));
        OK(page);
        ++pages;
        QVERIFY(page->items.size() <= 250);
        for (const Secret &s : page->items)
            names.insert(s.name);
        if (!page->hasMore())
            break;
        marker = page->pageInfo.nextMarker;
        QVERIFY(pages < 100);
    }
    QCOMPARE(names.size(), 3000);
    QVERIFY(pages >= 12);
    ResourceFilter all;
    QCOMPARE(*await(client.countResources(all)), 3000);
}

void TestCsmsClient::projectIdFromIam()
{
    CsmsLocal server;
    START(server);
    QNetworkAccessManager nam;
    Profile profile = profileFor(server);
    profile.projectId.clear();
    CsmsClient client(&nam, profile, credentials());
    QSignalSpy resolved(&client, &CsmsClient::projectIdResolved);
    QVERIFY(client.projectId().isEmpty());
    // Several calls at once share one lookup.
    auto *first = kept(client.listSecrets());
    auto *second = kept(client.listSecrets());
    OK(await(first));
    OK(await(second));
    QCOMPARE(resolved.size(), 1);
    QCOMPARE(client.projectId(), SandboxCredentials::projectId());
    QCOMPARE(*await(client.resolveProjectId()), SandboxCredentials::projectId());
}

QTEST_GUILESS_MAIN(TestCsmsClient)
#include "tst_csmsclient.moc"
