// SPDX-License-Identifier: Apache-2.0
// Durability of csms-local's SQLite store (Decisions "data at rest"): every acknowledged write
// survives kill -9; the data file (and its WAL) is mode 0600; the database is in WAL mode.
#include "apisession.h"
#include "httpchecks.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace keystage::test;

class TstDurability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acknowledgedWritesSurviveKill();
    void burstOfWritesSurvivesKill();
    void walModeAfterRestart();
    void stopsCleanlyWhenItsParentGoes();
    void keepsServingWithoutExitWithParent();

private:
    QTemporaryDir m_dir;
};

static QByteArray ownerOnlyProblem(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return path.toUtf8() + " does not exist";
    const QFile::Permissions wanted = QFile::ReadOwner | QFile::WriteOwner;
    const QFile::Permissions mask = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                    | QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
                                    | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    if ((info.permissions() & mask) != wanted)
        return path.toUtf8() + " is not mode 0600: 0x"
               + QByteArray::number(int(info.permissions()), 16);
    return {};
}

static QStringList stagesOf(const HttpResult &versions, const QString &id)
{
    for (const QJsonValue &version : jsonAt(versions, "version_metadatas").toArray()) {
        if (version[QStringLiteral("id")].toString() != id)
            continue;
        QStringList stages;
        for (const QJsonValue &stage : version[QStringLiteral("version_stages")].toArray())
            stages.append(stage.toString());
        stages.sort();
        return stages;
    }
    return {QStringLiteral("<no version ") + id + QLatin1Char('>')};
}

void TstDurability::acknowledgedWritesSurviveKill()
{
    QVERIFY(m_dir.isValid());
    CsmsLocalOptions options;
    options.dataFile = m_dir.filePath(QStringLiteral("kill.db"));
    CsmsLocal server(options);
    QVERIFY2(server.start(), server.errorOutput().constData());
    QString secretId;
    {
        ApiSession api(server);
        QVERIFY(api.authenticate());
        const auto created = api.createSecret(QStringLiteral("durable"), QStringLiteral("one"));
        KS_VERIFY_STATUS(created, 200);
        secretId = jsonAt(created, "secret.id").toString();
        KS_VERIFY_STATUS(
                api.post(QStringLiteral("secrets/durable/versions"), R"({"secret_string":"two"})"),
                200);
        KS_VERIFY_STATUS(api.post(QStringLiteral("secrets/durable/versions"),
                                  R"({"secret_binary":"AAEC/w==","version_stages":["BIN"]})"),
                         200);
        KS_VERIFY_STATUS(api.post(QStringLiteral("secrets/durable/stages"),
                                  R"({"name":"BETA","version_id":"v1"})"),
                         200);
        KS_VERIFY_STATUS(api.put(QStringLiteral("secrets/durable/stages/SYSCURRENT"),
                                 R"({"version_id":"v1"})"),
                         200);
        KS_VERIFY_STATUS(
                api.put(QStringLiteral("secrets/durable"), R"({"description":"kept \u00e9"})"),
                200);
        KS_VERIFY_STATUS(api.post(QStringLiteral("csms/%1/tags").arg(secretId),
                                  R"({"tag":{"key":"env","value":"prod"}})"),
                         204);
        KS_VERIFY_STATUS(api.createSecret(QStringLiteral("pending")), 200);
        KS_VERIFY_STATUS(api.post(QStringLiteral("secrets/pending/scheduled-deleted-tasks/create"),
                                  R"({"recovery_window_in_days":9})"),
                         200);
        KS_VERIFY_STATUS(api.createSecret(QStringLiteral("gone")), 200);
        KS_VERIFY_STATUS(api.del(QStringLiteral("secrets/gone")), 200);
        KS_VERIFY_STATUS(
                api.put(QStringLiteral("secrets/durable/stages/TEMP"), R"({"version_id":"v2"})"),
                200);
        KS_VERIFY_STATUS(api.del(QStringLiteral("secrets/durable/stages/TEMP")), 204);
    }
    server.kill(); // SIGKILL right after the last acknowledgement

    KS_VERIFY_OK(ownerOnlyProblem(options.dataFile));
    // After a crash the write-ahead log is still there (WAL mode), and it holds secrets too.
    const QString wal = options.dataFile + QStringLiteral("-wal");
    QVERIFY2(QFileInfo::exists(wal), "no -wal file next to the database: not in WAL mode?");
    KS_VERIFY_OK(ownerOnlyProblem(wal));

    QVERIFY2(server.restart(), server.errorOutput().constData());
    ApiSession api(server);
    QVERIFY(api.authenticate()); // tokens need not survive a restart; a fresh one is fine
    const auto shown = api.get(QStringLiteral("secrets/durable"));
    KS_VERIFY_STATUS(shown, 200);
    QCOMPARE(jsonAt(shown, "secret.id").toString(), secretId);
    QCOMPARE(jsonAt(shown, "secret.description").toString(), QStringLiteral("kept \u00e9"));
    QCOMPARE(jsonAt(api.get(QStringLiteral("secrets/durable/versions/v1")), "version.secret_string")
                     .toString(),
             QStringLiteral("one"));
    QCOMPARE(jsonAt(api.get(QStringLiteral("secrets/durable/versions/v2")), "version.secret_string")
                     .toString(),
             QStringLiteral("two"));
    QCOMPARE(jsonAt(api.get(QStringLiteral("secrets/durable/versions/v3")), "version.secret_binary")
                     .toString(),
             QStringLiteral("AAEC/w=="));
    const auto versions = api.get(QStringLiteral("secrets/durable/versions"));
    KS_VERIFY_STATUS(versions, 200);
    QCOMPARE(stagesOf(versions, QStringLiteral("v1")),
             (QStringList{QStringLiteral("BETA"), QStringLiteral("SYSCURRENT"),
                          QStringLiteral("SYSPREVIOUS")}));
    QCOMPARE(stagesOf(versions, QStringLiteral("v2")), QStringList{});
    QCOMPARE(stagesOf(versions, QStringLiteral("v3")), QStringList{QStringLiteral("BIN")});
    KS_VERIFY_FLAT(api.get(QStringLiteral("secrets/durable/stages/TEMP")), 404, "CSMS.0005");
    // SYSPREVIOUS went to v1 when v2 was created, and stays there.
    QCOMPARE(jsonAt(api.get(QStringLiteral("secrets/durable/stages/SYSPREVIOUS")),
                    "stage.version_id")
                     .toString(),
             QStringLiteral("v1"));
    const auto tags = api.get(QStringLiteral("csms/%1/tags").arg(secretId));
    QCOMPARE(jsonAt(tags, "tags.0.key").toString(), QStringLiteral("env"));
    QCOMPARE(jsonAt(tags, "tags.0.value").toString(), QStringLiteral("prod"));
    QCOMPARE(jsonAt(api.get(QStringLiteral("secrets/pending")), "secret.state").toString(),
             QStringLiteral("PENDING_DELETE"));
    KS_VERIFY_FLAT(api.get(QStringLiteral("secrets/gone")), 404, "CSMS.0106");
    // New versions continue the numbering.
    const auto v4
            = api.post(QStringLiteral("secrets/durable/versions"), R"({"secret_string":"4"})");
    QCOMPARE(jsonAt(v4, "version_metadata.id").toString(), QStringLiteral("v4"));
}

void TstDurability::burstOfWritesSurvivesKill()
{
    CsmsLocalOptions options;
    options.dataFile = m_dir.filePath(QStringLiteral("burst.db"));
    CsmsLocal server(options);
    QVERIFY2(server.start(), server.errorOutput().constData());
    QStringList acknowledged;
    {
        ApiSession api(server);
        QVERIFY(api.authenticate());
        QList<HttpCall> calls;
        for (int i = 0; i < 300; ++i)
            calls.append(api.call("POST", QStringLiteral("secrets"),
                                  QStringLiteral(R"({"name":"burst-%1","secret_string":"v%1"})")
                                          .arg(i, 3, 10, QLatin1Char('0'))
                                          .toUtf8()));
        const QList<HttpResult> results = api.sendAll(calls);
        for (int i = 0; i < results.size(); ++i) {
            if (results.at(i).status == 200)
                acknowledged.append(QStringLiteral("burst-%1").arg(i, 3, 10, QLatin1Char('0')));
        }
    }
    QCOMPARE(acknowledged.size(), 300);
    server.kill();
    QVERIFY2(server.restart(), server.errorOutput().constData());
    ApiSession api(server);
    QVERIFY(api.authenticate());
    const auto listed = api.get(QStringLiteral("secrets?limit=1000"));
    KS_VERIFY_STATUS(listed, 200);
    QStringList names;
    for (const QJsonValue &secret : jsonAt(listed, "secrets").toArray())
        names.append(secret[QStringLiteral("name")].toString());
    QCOMPARE(names, acknowledged);
    QCOMPARE(jsonAt(api.get(QStringLiteral("secrets/burst-299/versions/v1")),
                    "version.secret_string")
                     .toString(),
             QStringLiteral("v299"));
}

void TstDurability::walModeAfterRestart()
{
    const QString path = m_dir.filePath(QStringLiteral("kill.db"));
    QVERIFY(QFileInfo::exists(path));
    QString mode;
    {
        QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")));
        QVERIFY(query.next());
        mode = query.value(0).toString().toLower();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
    QCOMPARE(mode, QStringLiteral("wal"));
}

// keystage --sandbox starts csms-local with --exit-with-parent and a pipe on its standard input:
// when keystage ends, however it ends (kill -9, a crash), the pipe closes and the server stops
// cleanly, keeping what it acknowledged, instead of running on orphaned.
void TstDurability::stopsCleanlyWhenItsParentGoes()
{
    QVERIFY(m_dir.isValid());
    CsmsLocalOptions options;
    options.dataFile = m_dir.filePath(QStringLiteral("parent.db"));
    options.extraArgs << QStringLiteral("--exit-with-parent");
    CsmsLocal server(options);
    QVERIFY2(server.start(), server.errorOutput().constData());
    {
        ApiSession api(server);
        QVERIFY(api.authenticate());
        KS_VERIFY_STATUS(api.createSecret(QStringLiteral("kept"), QStringLiteral("one")), 200);
    }
    server.closeStandardInput();
    QCOMPARE(server.waitForExit(10000), 0);

    options.extraArgs.clear();
    CsmsLocal again(options);
    QVERIFY2(again.start(), again.errorOutput().constData());
    ApiSession api(again);
    QVERIFY(api.authenticate());
    KS_VERIFY_STATUS(api.get(QStringLiteral("secrets/kept")), 200);
}

void TstDurability::keepsServingWithoutExitWithParent()
{
    CsmsLocal server; // scripts and tests start it without the option
    QVERIFY2(server.start(), server.errorOutput().constData());
    server.closeStandardInput();
    ApiSession api(server);
    QVERIFY(api.authenticate());
    KS_VERIFY_STATUS(api.createSecret(QStringLiteral("still-here")), 200);
    QVERIFY(server.isRunning());
}

QTEST_GUILESS_MAIN(TstDurability)
#include "tst_durability.moc"
