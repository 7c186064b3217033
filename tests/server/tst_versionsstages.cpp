// SPDX-License-Identifier: Apache-2.0
// Conformance of csms-local's versions and stages (csms-api.md 1.3, 1.4, 6, the stage seed pages
// and the Decisions rows on stage moves, the stage limit and the version limit).
#include "apisession.h"
#include "httpchecks.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QtTest>

using namespace keystage::test;

using StageMap = QMap<QString, QString>; // stage name -> version id

class TstVersionsStages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstVersionIsSyscurrent();
    void newVersionShiftsSyscurrentAndSysprevious();
    void versionStagesMoveListedStages();
    void latestAndValues();
    void versionListHasNoValues();
    void versionValueRules();
    void updateExpiry();
    void stageCreatePostAndPut();
    void stageMoveMovesOnlyTheNamedStage();
    void stageDelete();
    void dottedStageNamesThatExistMoveAndDelete();
    void builtInStagesCannotBeDeleted();
    void stageLimit();
    void versionStagesLimit();
    void twentyVersionLimitPurgesOldestStagelessVersion();
    void missingVersionOrStage();
    void versionIdsAreCanonical();
    void versionListPaging();
    void concurrentStageMoves();
    void concurrentNewVersions();

private:
    void makeSecret(const QString &name, int versions);
    StageMap stages(const QString &secret);
    QStringList versionIds(const QString &secret);
    std::unique_ptr<CsmsLocal> m_server;
    std::unique_ptr<ApiSession> m_api;
};

static QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void TstVersionsStages::initTestCase()
{
    m_server = std::make_unique<CsmsLocal>();
    QVERIFY2(m_server->start(), m_server->errorOutput().constData());
    m_api = std::make_unique<ApiSession>(*m_server);
    QVERIFY(m_api->authenticate());
}

// A secret with `versions` versions v1..vN holding "value-1".."value-N", created the default way.
void TstVersionsStages::makeSecret(const QString &name, int versions)
{
    KS_VERIFY_STATUS(m_api->createSecret(name, QStringLiteral("value-1")), 200);
    for (int i = 2; i <= versions; ++i) {
        const auto created = m_api->post(
                QStringLiteral("secrets/%1/versions").arg(name),
                compact({{QStringLiteral("secret_string"), QStringLiteral("value-%1").arg(i)}}));
        KS_VERIFY_STATUS(created, 200);
    }
}

StageMap TstVersionsStages::stages(const QString &secret)
{
    StageMap map;
    const auto listed = m_api->get(QStringLiteral("secrets/%1/versions?limit=1000").arg(secret));
    if (listed.status != 200) {
        map.insert(QStringLiteral("<error>"), QString::fromUtf8(describe(listed)));
        return map;
    }
    for (const QJsonValue &version : jsonAt(listed, "version_metadatas").toArray()) {
        for (const QJsonValue &stage : version[QStringLiteral("version_stages")].toArray()) {
            if (map.contains(stage.toString())) // a stage labels at most one version
                map.insert(QStringLiteral("<duplicate>"), stage.toString());
            map.insert(stage.toString(), version[QStringLiteral("id")].toString());
        }
    }
    return map;
}

QStringList TstVersionsStages::versionIds(const QString &secret)
{
    QStringList ids;
    const auto listed = m_api->get(QStringLiteral("secrets/%1/versions?limit=1000").arg(secret));
    for (const QJsonValue &version : jsonAt(listed, "version_metadatas").toArray())
        ids.append(version[QStringLiteral("id")].toString());
    ids.sort();
    return ids;
}

static StageMap stageMap(std::initializer_list<std::pair<const char *, const char *>> pairs)
{
    StageMap map;
    for (const auto &[stage, version] : pairs)
        map.insert(QString::fromLatin1(stage), QString::fromLatin1(version));
    return map;
}

void TstVersionsStages::firstVersionIsSyscurrent()
{
    makeSecret(QStringLiteral("first"), 1);
    const auto listed = m_api->get(QStringLiteral("secrets/first/versions"));
    KS_VERIFY_STATUS(listed, 200);
    const QJsonArray versions = jsonAt(listed, "version_metadatas").toArray();
    QCOMPARE(versions.size(), 1);
    const QJsonObject v1 = versions.at(0).toObject();
    QCOMPARE(v1.value(QStringLiteral("id")).toString(), QStringLiteral("v1"));
    QCOMPARE(v1.value(QStringLiteral("version_stages")).toArray(),
             QJsonArray{QStringLiteral("SYSCURRENT")});
    QCOMPARE(v1.value(QStringLiteral("secret_name")).toString(), QStringLiteral("first"));
    QVERIFY(isRecentMillis(v1.value(QStringLiteral("create_time"))));
    QVERIFY(!v1.value(QStringLiteral("kms_key_id")).toString().isEmpty());
    QCOMPARE(jsonAt(listed, "page_info.current_count").toInt(), 1);
}

void TstVersionsStages::newVersionShiftsSyscurrentAndSysprevious()
{
    makeSecret(QStringLiteral("shift"), 1);
    const auto v2
            = m_api->post(QStringLiteral("secrets/shift/versions"), R"({"secret_string":"two"})");
    KS_VERIFY_STATUS(v2, 200);
    QCOMPARE(jsonAt(v2, "version_metadata.id").toString(), QStringLiteral("v2"));
    QCOMPARE(jsonAt(v2, "version_metadata.version_stages").toArray(),
             QJsonArray{QStringLiteral("SYSCURRENT")});
    QCOMPARE(stages(QStringLiteral("shift")),
             stageMap({{"SYSCURRENT", "v2"}, {"SYSPREVIOUS", "v1"}}));
    KS_VERIFY_STATUS(
            m_api->post(QStringLiteral("secrets/shift/versions"), R"({"secret_string":"three"})"),
            200);
    QCOMPARE(stages(QStringLiteral("shift")),
             stageMap({{"SYSCURRENT", "v3"}, {"SYSPREVIOUS", "v2"}}));
    QCOMPARE(versionIds(QStringLiteral("shift")),
             (QStringList{QStringLiteral("v1"), QStringLiteral("v2"), QStringLiteral("v3")}));
}

void TstVersionsStages::versionStagesMoveListedStages()
{
    makeSecret(QStringLiteral("listed"), 3); // SYSCURRENT v3, SYSPREVIOUS v2
    // Listed custom stages move to the new version; SYSCURRENT stays where it is.
    const auto v4 = m_api->post(QStringLiteral("secrets/listed/versions"),
                                R"({"secret_string":"4","version_stages":["BETA"]})");
    KS_VERIFY_STATUS(v4, 200);
    QCOMPARE(jsonAt(v4, "version_metadata.version_stages").toArray(),
             QJsonArray{QStringLiteral("BETA")});
    QCOMPARE(stages(QStringLiteral("listed")),
             stageMap({{"SYSCURRENT", "v3"}, {"SYSPREVIOUS", "v2"}, {"BETA", "v4"}}));
    KS_VERIFY_STATUS(m_api->post(QStringLiteral("secrets/listed/versions"),
                                 R"({"secret_string":"5","version_stages":["BETA","GAMMA"]})"),
                     200);
    QCOMPARE(stages(QStringLiteral("listed")), stageMap({{"SYSCURRENT", "v3"},
                                                         {"SYSPREVIOUS", "v2"},
                                                         {"BETA", "v5"},
                                                         {"GAMMA", "v5"}}));
    // SYSCURRENT listed explicitly: SYSPREVIOUS follows to the former SYSCURRENT holder.
    KS_VERIFY_STATUS(m_api->post(QStringLiteral("secrets/listed/versions"),
                                 R"({"secret_string":"6","version_stages":["SYSCURRENT","X"]})"),
                     200);
    QCOMPARE(stages(QStringLiteral("listed")), stageMap({{"SYSCURRENT", "v6"},
                                                         {"SYSPREVIOUS", "v3"},
                                                         {"BETA", "v5"},
                                                         {"GAMMA", "v5"},
                                                         {"X", "v6"}}));
}

void TstVersionsStages::latestAndValues()
{
    makeSecret(QStringLiteral("latest"), 3);
    const auto latest = m_api->get(QStringLiteral("secrets/latest/versions/latest"));
    KS_VERIFY_STATUS(latest, 200);
    QCOMPARE(jsonAt(latest, "version.version_metadata.id").toString(), QStringLiteral("v3"));
    QCOMPARE(jsonAt(latest, "version.secret_string").toString(), QStringLiteral("value-3"));
    QVERIFY(jsonAt(latest, "version.secret_binary").isUndefined());
    const auto v1 = m_api->get(QStringLiteral("secrets/latest/versions/v1"));
    KS_VERIFY_STATUS(v1, 200);
    QCOMPARE(jsonAt(v1, "version.secret_string").toString(), QStringLiteral("value-1"));
    QCOMPARE(jsonAt(v1, "version.version_metadata.secret_name").toString(),
             QStringLiteral("latest"));
    // "latest" is the newest version, even when SYSCURRENT is elsewhere.
    KS_VERIFY_STATUS(m_api->post(QStringLiteral("secrets/latest/versions"),
                                 R"({"secret_string":"value-4","version_stages":["ONLY"]})"),
                     200);
    QCOMPARE(jsonAt(m_api->get(QStringLiteral("secrets/latest/versions/latest")),
                    "version.version_metadata.id")
                     .toString(),
             QStringLiteral("v4"));
}

void TstVersionsStages::versionListHasNoValues()
{
    makeSecret(QStringLiteral("novalues"), 3);
    for (const auto &result : {m_api->get(QStringLiteral("secrets/novalues/versions")),
                               m_api->get(QStringLiteral("secrets/novalues/stages/SYSCURRENT"))}) {
        KS_VERIFY_STATUS(result, 200);
        QVERIFY2(!result.body.contains("value-"), result.body.constData());
        QVERIFY(!result.body.contains("secret_string"));
    }
}

void TstVersionsStages::versionValueRules()
{
    makeSecret(QStringLiteral("vrules"), 1);
    const QString path = QStringLiteral("secrets/vrules/versions");
    KS_VERIFY_FLAT(m_api->post(path, R"({"secret_string":"a","secret_binary":"YQ=="})"), 400,
                   "CSMS.0002");
    KS_VERIFY_FLAT(m_api->post(path, R"({"version_stages":["A"]})"), 400, "CSMS.0002");
    KS_VERIFY_FLAT(m_api->post(path, compact({{QStringLiteral("secret_string"),
                                               QString(32769, QLatin1Char('x'))}})),
                   400, "CSMS.0002");
    KS_VERIFY_STATUS(m_api->post(path, compact({{QStringLiteral("secret_string"),
                                                 QString(32768, QLatin1Char('x'))}})),
                     200);
    QCOMPARE(versionIds(QStringLiteral("vrules")),
             (QStringList{QStringLiteral("v1"), QStringLiteral("v2")}));
}

void TstVersionsStages::updateExpiry()
{
    makeSecret(QStringLiteral("expiry"), 2);
    const qint64 expire = QDateTime::currentMSecsSinceEpoch() + 86400000LL * 30;
    const auto updated = m_api->put(QStringLiteral("secrets/expiry/versions/v1"),
                                    compact({{QStringLiteral("expire_time"), expire}}));
    KS_VERIFY_STATUS(updated, 200);
    QCOMPARE(jsonAt(updated, "version_metadata.id").toString(), QStringLiteral("v1"));
    QCOMPARE(qint64(jsonAt(updated, "version_metadata.expire_time").toDouble()), expire);
    const auto shown = m_api->get(QStringLiteral("secrets/expiry/versions/v1"));
    QCOMPARE(qint64(jsonAt(shown, "version.version_metadata.expire_time").toDouble()), expire);
    KS_VERIFY_FLAT(m_api->put(QStringLiteral("secrets/expiry/versions/v1"), R"({})"), 400,
                   "CSMS.0002");
}

void TstVersionsStages::stageCreatePostAndPut()
{
    makeSecret(QStringLiteral("create"), 2);
    const auto posted = m_api->post(QStringLiteral("secrets/create/stages"),
                                    R"({"name":"ALPHA","version_id":"v1"})");
    KS_VERIFY_STATUS(posted, 200);
    QCOMPARE(jsonAt(posted, "stage.name").toString(), QStringLiteral("ALPHA"));
    QCOMPARE(jsonAt(posted, "stage.version_id").toString(), QStringLiteral("v1"));
    QCOMPARE(jsonAt(posted, "stage.secret_name").toString(), QStringLiteral("create"));
    QVERIFY2(isRecentMillis(jsonAt(posted, "stage.update_time")), posted.body.constData());
    QCOMPARE(jsonAt(posted, "stage").toObject().keys(),
             (QStringList{QStringLiteral("name"), QStringLiteral("secret_name"),
                          QStringLiteral("update_time"), QStringLiteral("version_id")}));

    // PUT creates a missing stage (Decisions; Terraform does this).
    const auto put
            = m_api->put(QStringLiteral("secrets/create/stages/BRAVO"), R"({"version_id":"v2"})");
    KS_VERIFY_STATUS(put, 200);
    QCOMPARE(jsonAt(put, "stage.version_id").toString(), QStringLiteral("v2"));

    const auto shown = m_api->get(QStringLiteral("secrets/create/stages/ALPHA"));
    KS_VERIFY_STATUS(shown, 200);
    QCOMPARE(jsonAt(shown, "stage.version_id").toString(), QStringLiteral("v1"));
    QCOMPARE(jsonAt(shown, "stage.name").toString(), QStringLiteral("ALPHA"));
    QCOMPARE(stages(QStringLiteral("create")), stageMap({{"SYSCURRENT", "v2"},
                                                         {"SYSPREVIOUS", "v1"},
                                                         {"ALPHA", "v1"},
                                                         {"BRAVO", "v2"}}));

    KS_VERIFY_FLAT(m_api->post(QStringLiteral("secrets/create/stages"),
                               R"({"name":"bad name","version_id":"v1"})"),
                   400, "CSMS.0002");
    KS_VERIFY_FLAT(m_api->post(QStringLiteral("secrets/create/stages"), R"({"name":"NOVER"})"), 400,
                   "CSMS.0002");
}

void TstVersionsStages::stageMoveMovesOnlyTheNamedStage()
{
    makeSecret(QStringLiteral("move"), 3);
    KS_VERIFY_STATUS(
            m_api->put(QStringLiteral("secrets/move/stages/ALPHA"), R"({"version_id":"v1"})"), 200);
    QCOMPARE(stages(QStringLiteral("move")),
             stageMap({{"SYSCURRENT", "v3"}, {"SYSPREVIOUS", "v2"}, {"ALPHA", "v1"}}));
    const auto moved
            = m_api->put(QStringLiteral("secrets/move/stages/ALPHA"), R"({"version_id":"v2"})");
    KS_VERIFY_STATUS(moved, 200);
    QCOMPARE(jsonAt(moved, "stage.version_id").toString(), QStringLiteral("v2"));
    QCOMPARE(stages(QStringLiteral("move")),
             stageMap({{"SYSCURRENT", "v3"}, {"SYSPREVIOUS", "v2"}, {"ALPHA", "v2"}}));
    // Decisions: moving SYSCURRENT with PUT moves only SYSCURRENT (no SYSPREVIOUS follow).
    KS_VERIFY_STATUS(
            m_api->put(QStringLiteral("secrets/move/stages/SYSCURRENT"), R"({"version_id":"v1"})"),
            200);
    QCOMPARE(stages(QStringLiteral("move")),
             stageMap({{"SYSCURRENT", "v1"}, {"SYSPREVIOUS", "v2"}, {"ALPHA", "v2"}}));
    // POST with an existing name moves it too (the seed: "the tag will be moved").
    KS_VERIFY_STATUS(m_api->post(QStringLiteral("secrets/move/stages"),
                                 R"({"name":"ALPHA","version_id":"v3"})"),
                     200);
    QCOMPARE(stages(QStringLiteral("move")),
             stageMap({{"SYSCURRENT", "v1"}, {"SYSPREVIOUS", "v2"}, {"ALPHA", "v3"}}));
    KS_VERIFY_STATUS(
            m_api->put(QStringLiteral("secrets/move/stages/SYSPREVIOUS"), R"({"version_id":"v3"})"),
            200);
    QCOMPARE(stages(QStringLiteral("move")),
             stageMap({{"SYSCURRENT", "v1"}, {"SYSPREVIOUS", "v3"}, {"ALPHA", "v3"}}));
}

void TstVersionsStages::stageDelete()
{
    makeSecret(QStringLiteral("sdel"), 2);
    KS_VERIFY_STATUS(
            m_api->put(QStringLiteral("secrets/sdel/stages/TEMP"), R"({"version_id":"v1"})"), 200);
    const auto deleted = m_api->del(QStringLiteral("secrets/sdel/stages/TEMP"));
    KS_VERIFY_STATUS(deleted, 204);
    QVERIFY(deleted.body.isEmpty());
    KS_VERIFY_FLAT(m_api->get(QStringLiteral("secrets/sdel/stages/TEMP")), 404, "CSMS.0005");
    KS_VERIFY_FLAT(m_api->del(QStringLiteral("secrets/sdel/stages/TEMP")), 404, "CSMS.0005");
    QCOMPARE(stages(QStringLiteral("sdel")),
             stageMap({{"SYSCURRENT", "v2"}, {"SYSPREVIOUS", "v1"}}));
}

void TstVersionsStages::dottedStageNamesThatExistMoveAndDelete()
{
    // A stage whose name holds a '.' (older names; version_stages items are only 1 to 64
    // characters in Huawei's definitions) can be moved and deleted; a new one cannot be created
    // with POST or PUT, which follow ^[a-zA-Z0-9_-]{1,64}$ (issue 15, item 8).
    makeSecret(QStringLiteral("dotted"), 1);
    KS_VERIFY_STATUS(m_api->post(QStringLiteral("secrets/dotted/versions"),
                                 R"({"secret_string":"2","version_stages":["rel.1"]})"),
                     200);
    QCOMPARE(stages(QStringLiteral("dotted")), stageMap({{"SYSCURRENT", "v1"}, {"rel.1", "v2"}}));
    KS_VERIFY_STATUS(
            m_api->put(QStringLiteral("secrets/dotted/stages/rel.1"), R"({"version_id":"v1"})"),
            200);
    QCOMPARE(jsonAt(m_api->get(QStringLiteral("secrets/dotted/stages/rel.1")), "stage.version_id")
                     .toString(),
             QStringLiteral("v1"));
    KS_VERIFY_FLAT(
            m_api->put(QStringLiteral("secrets/dotted/stages/rel.2"), R"({"version_id":"v1"})"),
            400, "CSMS.0002");
    KS_VERIFY_FLAT(m_api->post(QStringLiteral("secrets/dotted/stages"),
                               R"({"name":"rel.3","version_id":"v1"})"),
                   400, "CSMS.0002");
    KS_VERIFY_STATUS(m_api->del(QStringLiteral("secrets/dotted/stages/rel.1")), 204);
    QCOMPARE(stages(QStringLiteral("dotted")), stageMap({{"SYSCURRENT", "v1"}}));
}

void TstVersionsStages::builtInStagesCannotBeDeleted()
{
    makeSecret(QStringLiteral("builtin"), 2);
    KS_VERIFY_FLAT(m_api->del(QStringLiteral("secrets/builtin/stages/SYSCURRENT")), 400,
                   "CSMS.0105");
    KS_VERIFY_FLAT(m_api->del(QStringLiteral("secrets/builtin/stages/SYSPREVIOUS")), 400,
                   "CSMS.0105");
    QCOMPARE(stages(QStringLiteral("builtin")),
             stageMap({{"SYSCURRENT", "v2"}, {"SYSPREVIOUS", "v1"}}));
}

void TstVersionsStages::stageLimit()
{
    makeSecret(QStringLiteral("limit"), 2); // SYSCURRENT and SYSPREVIOUS exist
    for (int i = 1; i <= 10; ++i) { // 12 distinct stage names in all
        const auto created
                = i % 2 ? m_api->post(
                          QStringLiteral("secrets/limit/stages"),
                          compact({{QStringLiteral("name"), QStringLiteral("S%1").arg(i)},
                                   {QStringLiteral("version_id"), QStringLiteral("v1")}}))
                        : m_api->put(QStringLiteral("secrets/limit/stages/S%1").arg(i),
                                     R"({"version_id":"v1"})");
        KS_VERIFY_STATUS(created, 200);
    }
    QCOMPARE(stages(QStringLiteral("limit")).size(), 12);
    // The 13th → 400 CSMS.0203, by POST, by PUT and by create-version's version_stages.
    KS_VERIFY_FLAT(m_api->post(QStringLiteral("secrets/limit/stages"),
                               R"({"name":"S13","version_id":"v2"})"),
                   400, "CSMS.0203");
    KS_VERIFY_FLAT(m_api->put(QStringLiteral("secrets/limit/stages/S13"), R"({"version_id":"v2"})"),
                   400, "CSMS.0203");
    KS_VERIFY_FLAT(m_api->post(QStringLiteral("secrets/limit/versions"),
                               R"({"secret_string":"x","version_stages":["S13"]})"),
                   400, "CSMS.0203");
    QCOMPARE(versionIds(QStringLiteral("limit")),
             (QStringList{QStringLiteral("v1"), QStringLiteral("v2")}));
    // Moving an existing stage at the limit still works.
    KS_VERIFY_STATUS(
            m_api->put(QStringLiteral("secrets/limit/stages/S1"), R"({"version_id":"v2"})"), 200);
    const StageMap after = stages(QStringLiteral("limit"));
    QCOMPARE(after.size(), 12);
    QCOMPARE(after.value(QStringLiteral("S1")), QStringLiteral("v2"));
    QVERIFY(!after.contains(QStringLiteral("S13")));
}

void TstVersionsStages::versionStagesLimit()
{
    makeSecret(QStringLiteral("vslimit"), 1);
    QJsonArray thirteen;
    for (int i = 0; i < 13; ++i)
        thirteen.append(QStringLiteral("T%1").arg(i));
    KS_VERIFY_FLAT(m_api->post(QStringLiteral("secrets/vslimit/versions"),
                               compact({{QStringLiteral("secret_string"), QStringLiteral("x")},
                                        {QStringLiteral("version_stages"), thirteen}})),
                   400, "CSMS.0204");
    QCOMPARE(versionIds(QStringLiteral("vslimit")), QStringList{QStringLiteral("v1")});
}

void TstVersionsStages::twentyVersionLimitPurgesOldestStagelessVersion()
{
    makeSecret(QStringLiteral("twenty"), 20); // v20 SYSCURRENT, v19 SYSPREVIOUS
    KS_VERIFY_STATUS(
            m_api->put(QStringLiteral("secrets/twenty/stages/KEEP"), R"({"version_id":"v1"})"),
            200);
    QCOMPARE(versionIds(QStringLiteral("twenty")).size(), 20);
    // The 21st: the oldest version without a stage (v2; v1 holds KEEP) is purged first.
    const auto v21 = m_api->post(QStringLiteral("secrets/twenty/versions"),
                                 R"({"secret_string":"value-21"})");
    KS_VERIFY_STATUS(v21, 200);
    QCOMPARE(jsonAt(v21, "version_metadata.id").toString(), QStringLiteral("v21"));
    QStringList ids = versionIds(QStringLiteral("twenty"));
    QCOMPARE(ids.size(), 20);
    QVERIFY(ids.contains(QStringLiteral("v1")));
    QVERIFY(!ids.contains(QStringLiteral("v2")));
    KS_VERIFY_FLAT(m_api->get(QStringLiteral("secrets/twenty/versions/v2")), 404, "CSMS.0005");
    const auto v22 = m_api->post(QStringLiteral("secrets/twenty/versions"),
                                 R"({"secret_string":"value-22"})");
    KS_VERIFY_STATUS(v22, 200);
    QCOMPARE(jsonAt(v22, "version_metadata.id").toString(), QStringLiteral("v22")); // no reuse
    ids = versionIds(QStringLiteral("twenty"));
    QCOMPARE(ids.size(), 20);
    QVERIFY(!ids.contains(QStringLiteral("v3")));
    QCOMPARE(jsonAt(m_api->get(QStringLiteral("secrets/twenty/versions/v1")),
                    "version.secret_string")
                     .toString(),
             QStringLiteral("value-1"));
    QCOMPARE(stages(QStringLiteral("twenty")),
             stageMap({{"SYSCURRENT", "v22"}, {"SYSPREVIOUS", "v21"}, {"KEEP", "v1"}}));
    // Note: "every version holds a stage → CSMS.0002" cannot be reached over the API, since 12
    // stage names can label at most 12 of the 20 versions.
}

void TstVersionsStages::missingVersionOrStage()
{
    makeSecret(QStringLiteral("missing"), 1);
    KS_VERIFY_FLAT(m_api->get(QStringLiteral("secrets/missing/versions/v9")), 404, "CSMS.0005");
    KS_VERIFY_FLAT(m_api->put(QStringLiteral("secrets/missing/versions/v9"),
                              R"({"expire_time":9999999999999})"),
                   404, "CSMS.0005");
    KS_VERIFY_FLAT(m_api->get(QStringLiteral("secrets/missing/stages/NOPE")), 404, "CSMS.0005");
    KS_VERIFY_FLAT(m_api->del(QStringLiteral("secrets/missing/stages/NOPE")), 404, "CSMS.0005");
    KS_VERIFY_FLAT(m_api->put(QStringLiteral("secrets/missing/stages/SYSCURRENT"),
                              R"({"version_id":"v9"})"),
                   404, "CSMS.0005");
    KS_VERIFY_FLAT(m_api->post(QStringLiteral("secrets/missing/stages"),
                               R"({"name":"NEW","version_id":"v9"})"),
                   404, "CSMS.0005");
    QCOMPARE(stages(QStringLiteral("missing")), stageMap({{"SYSCURRENT", "v1"}}));
    KS_VERIFY_FLAT(m_api->get(QStringLiteral("secrets/nobody/stages/SYSCURRENT")), 404,
                   "CSMS.0106");
}

void TstVersionsStages::versionIdsAreCanonical()
{
    makeSecret(QStringLiteral("canon"), 2);
    const QString versions = QStringLiteral("secrets/canon/versions/");
    const QByteArray expiry = R"({"expire_time":9999999999999})";
    QCOMPARE(
            jsonAt(m_api->get(versions + QStringLiteral("v1")), "version.secret_string").toString(),
            QStringLiteral("value-1"));
    QCOMPARE(jsonAt(m_api->get(versions + QStringLiteral("latest")), "version.secret_string")
                     .toString(),
             QStringLiteral("value-2"));
    // Well-formed ids (csms-api.md: ^[a-zA-Z0-9][a-zA-Z0-9-_.]{0,63}) that name no version:
    // leading zeros do not alias v1.
    for (const char *id : {"v01", "v0000001", "v0", "V1", "v1.0", "1", "LATEST", "v99999999999"}) {
        const QString path = versions + QLatin1String(id);
        KS_VERIFY_FLAT(m_api->get(path), 404, "CSMS.0005");
        KS_VERIFY_FLAT(m_api->put(path, expiry), 404, "CSMS.0005");
    }
    // Malformed ids: 400 CSMS.0002, with a bounded message (error_msg is 2 to 512 characters).
    for (const QString &id : {QStringLiteral("%2E%2E"), QStringLiteral("v%C3%A9"),
                              QStringLiteral("-v1"), QStringLiteral("v1%20"),
                              QString(65, QLatin1Char('v')), QString(60000, QLatin1Char('v'))}) {
        for (const auto &result : {m_api->get(versions + id), m_api->put(versions + id, expiry)}) {
            KS_VERIFY_FLAT(result, 400, "CSMS.0002");
            const qsizetype length = jsonAt(result, "error_msg").toString().size();
            QVERIFY2(length >= 2 && length <= 512, qPrintable(id.left(20)));
        }
    }
    // A stage's version_id and the list marker are canonical too.
    KS_VERIFY_FLAT(m_api->put(QStringLiteral("secrets/canon/stages/S"), R"({"version_id":"v01"})"),
                   404, "CSMS.0005");
    KS_VERIFY_FLAT(m_api->put(QStringLiteral("secrets/canon/stages/S"), R"({"version_id":"x1"})"),
                   400, "CSMS.0002");
    KS_VERIFY_FLAT(m_api->get(QStringLiteral("secrets/canon/versions?marker=v01")), 400,
                   "CSMS.0002");
    QCOMPARE(stages(QStringLiteral("canon")),
             stageMap({{"SYSCURRENT", "v2"}, {"SYSPREVIOUS", "v1"}}));
}

void TstVersionsStages::versionListPaging()
{
    makeSecret(QStringLiteral("vpages"), 20);
    // limit is an integer 1-1000 (1.3 (10)); marker is the last id of the previous page.
    QStringList seen;
    QString marker;
    for (int page = 0; page < 10; ++page) {
        const auto listed = m_api->get(
                QStringLiteral("secrets/vpages/versions?limit=7")
                + (marker.isEmpty() ? QString() : QStringLiteral("&marker=") + marker));
        KS_VERIFY_STATUS(listed, 200);
        const QJsonArray versions = jsonAt(listed, "version_metadatas").toArray();
        QCOMPARE(jsonAt(listed, "page_info.current_count").toInt(-1), int(versions.size()));
        for (const QJsonValue &version : versions)
            seen.append(version[QStringLiteral("id")].toString());
        marker = jsonAt(listed, "page_info.next_marker").toString();
        if (seen.size() >= 20) {
            QVERIFY2(marker.isEmpty(), listed.body.constData()); // none after the last page
            break;
        }
        QCOMPARE(int(versions.size()), 7);
        QCOMPARE(marker, seen.last());
    }
    QCOMPARE(seen.size(), 20);
    QStringList unique = seen;
    unique.removeDuplicates();
    QCOMPARE(unique.size(), 20);
    QVERIFY(seen.contains(QStringLiteral("v1")) && seen.contains(QStringLiteral("v20")));
    for (const char *limit : {"0", "1001", "x"})
        KS_VERIFY_FLAT(
                m_api->get(QStringLiteral("secrets/vpages/versions?limit=") + QLatin1String(limit)),
                400, "CSMS.0002");
}

void TstVersionsStages::concurrentStageMoves()
{
    makeSecret(QStringLiteral("race"), 10);
    QList<HttpCall> calls;
    for (int i = 1; i <= 10; ++i)
        calls.append(m_api->call("PUT", QStringLiteral("secrets/race/stages/BETA"),
                                 QStringLiteral(R"({"version_id":"v%1"})").arg(i).toUtf8()));
    for (const HttpResult &result : m_api->sendAll(calls))
        KS_VERIFY_STATUS(result, 200);
    const StageMap after = stages(QStringLiteral("race"));
    QVERIFY2(!after.contains(QStringLiteral("<duplicate>")), "a stage labels two versions");
    QCOMPARE(after.size(), 3);
    QCOMPARE(after.value(QStringLiteral("SYSCURRENT")), QStringLiteral("v10"));
    const QString holder = after.value(QStringLiteral("BETA"));
    QCOMPARE(jsonAt(m_api->get(QStringLiteral("secrets/race/stages/BETA")), "stage.version_id")
                     .toString(),
             holder);
}

void TstVersionsStages::concurrentNewVersions()
{
    makeSecret(QStringLiteral("burst"), 1);
    QList<HttpCall> calls;
    for (int i = 0; i < 10; ++i)
        calls.append(m_api->call("POST", QStringLiteral("secrets/burst/versions"),
                                 QStringLiteral(R"({"secret_string":"b%1"})").arg(i).toUtf8()));
    QStringList ids;
    for (const HttpResult &result : m_api->sendAll(calls)) {
        KS_VERIFY_STATUS(result, 200);
        ids.append(jsonAt(result, "version_metadata.id").toString());
    }
    ids.removeDuplicates();
    QCOMPARE(ids.size(), 10); // every acknowledged version has its own id
    QCOMPARE(versionIds(QStringLiteral("burst")).size(), 11);
    const StageMap after = stages(QStringLiteral("burst"));
    QVERIFY2(!after.contains(QStringLiteral("<duplicate>")), "a stage labels two versions");
    QCOMPARE(after.size(), 2); // exactly one SYSCURRENT and one SYSPREVIOUS
    QCOMPARE(jsonAt(m_api->get(QStringLiteral("secrets/burst/versions/latest")),
                    "version.version_metadata.id")
                     .toString(),
             QStringLiteral("v11"));
}

QTEST_GUILESS_MAIN(TstVersionsStages)
#include "tst_versionsstages.moc"
