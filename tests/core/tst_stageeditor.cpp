// StageEditor against a real csms-local: move (with undo), stale move, create/delete with local
// refusals before any call, roll back (with undo), and a roll back whose second call fails.
#include "core/ops/stageeditor.h"
#include "sandboxclient.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace keystage;
using namespace keystage::test;

class TstStageEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void moveAndUndo();
    void staleMoveWritesNothing();
    void createChecksBeforeAnyCall();
    void deleteRefusesBuiltInsAndUndoes();
    void rollBackAndUndo();
    void rollBackSecondCallFails();

private:
    StageOutcome run(StageOperation *op);
    QString holder(const QString &stage);
    QList<VersionStages> snapshot();
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    std::unique_ptr<CsmsLocal> m_server;
    std::unique_ptr<CsmsClient> m_client;
    std::unique_ptr<StageEditor> m_editor;
    int m_calls = 0;
    int m_writes = 0;
};

void TstStageEditor::init()
{
    CsmsLocalOptions options;
    options.dataFile = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())
                                      + QStringLiteral(".db"));
    m_server = std::make_unique<CsmsLocal>(options);
    QVERIFY2(m_server->start(), m_server->errorOutput().constData());
    m_client = sandboxClient(&m_nam, *m_server);
    // app: v1 (none), v2 (BETA), v3 (SYSPREVIOUS), v4 (SYSCURRENT)
    QVERIFY(createStagedApp(m_client.get()));
    m_editor = std::make_unique<StageEditor>(m_client.get());
    m_calls = m_writes = 0;
    connect(m_client.get(), &CsmsClient::callFinished, this, [this](const ApiCallRecord &r) {
        ++m_calls;
        m_writes += r.method != "GET";
    });
}

void TstStageEditor::cleanup()
{
    m_editor.reset();
    m_client.reset();
    m_server.reset();
}

StageOutcome TstStageEditor::run(StageOperation *op)
{
    QSignalSpy spy(op, &StageOperation::finished);
    if (!spy.wait(60000))
        return {};
    return spy.first().first().value<StageOutcome>();
}

QString TstStageEditor::holder(const QString &stage)
{
    const auto r = await(m_client->showStage(QStringLiteral("app"), stage));
    return r.ok() ? r->versionId : QString();
}

QList<VersionStages> TstStageEditor::snapshot()
{
    const auto r = await(m_client->listVersions(QStringLiteral("app")));
    return r.ok() ? toVersionStages(r->items) : QList<VersionStages>();
}

void TstStageEditor::moveAndUndo()
{
    const StageOutcome done = run(m_editor->move(QStringLiteral("app"), QStringLiteral("BETA"),
                                                 QStringLiteral("v2"), QStringLiteral("v4")));
    QVERIFY2(done.ok(), qPrintable(done.error ? done.error->summary() : QString()));
    QVERIFY(done.versionsKnown);
    QCOMPARE(StageRules::holderOf(toVersionStages(done.versions), QStringLiteral("BETA")),
             QStringLiteral("v4"));
    QCOMPARE(holder(QStringLiteral("BETA")), QStringLiteral("v4"));
    QCOMPARE(done.undo, done.change.inverse());
    const StageOutcome undone = run(m_editor->apply(done.undo));
    QVERIFY(undone.ok());
    QCOMPARE(holder(QStringLiteral("BETA")), QStringLiteral("v2"));
}

void TstStageEditor::staleMoveWritesNothing()
{
    const StageOutcome out = run(m_editor->move(QStringLiteral("app"), QStringLiteral("BETA"),
                                                QStringLiteral("v3"), QStringLiteral("v1")));
    QVERIFY(out.isConflict());
    QCOMPARE(out.currentHolder, QStringLiteral("v2"));
    QVERIFY(out.error->message.contains(QLatin1String("v2")));
    QVERIFY(!out.error->requestId.isEmpty());
    QVERIFY(out.versionsKnown);
    QCOMPARE(m_writes, 0);
    QCOMPARE(holder(QStringLiteral("BETA")), QStringLiteral("v2"));
    // A stage that no longer exists is a conflict too.
    const StageOutcome gone = run(m_editor->move(QStringLiteral("app"), QStringLiteral("GONE"),
                                                 QStringLiteral("v2"), QStringLiteral("v1")));
    QVERIFY(gone.isConflict());
    QVERIFY(gone.currentHolder.isEmpty());
    QCOMPARE(m_writes, 0);
}

void TstStageEditor::createChecksBeforeAnyCall()
{
    const StageOutcome badName = run(m_editor->create(
            QStringLiteral("app"), QStringLiteral("not valid"), QStringLiteral("v1"), snapshot()));
    QCOMPARE(badName.error->kind, ApiError::Kind::Validation);
    const StageOutcome exists = run(m_editor->create(QStringLiteral("app"), QStringLiteral("BETA"),
                                                     QStringLiteral("v1"), snapshot()));
    QCOMPARE(exists.error->kind, ApiError::Kind::Validation);
    QCOMPARE(m_writes, 0);
    // Fill up to the limit of 12 stages, then the 13th is refused locally.
    for (int i = 0; i < 9; ++i) {
        const StageOutcome ok
                = run(m_editor->create(QStringLiteral("app"), QStringLiteral("S%1").arg(i),
                                       QStringLiteral("v1"), snapshot()));
        QVERIFY2(ok.ok(), qPrintable(ok.error ? ok.error->summary() : QString()));
        QCOMPARE(ok.undo.kind, StageChange::Kind::Delete);
        QCOMPARE(ok.undo.from, QStringLiteral("v1"));
    }
    const QList<VersionStages> full = snapshot();
    QCOMPARE(StageRules::stageCount(full), 12);
    const int before = m_calls;
    const StageOutcome limit = run(m_editor->create(QStringLiteral("app"), QStringLiteral("S13"),
                                                    QStringLiteral("v1"), full));
    QCOMPARE(limit.error->kind, ApiError::Kind::Validation);
    QVERIFY(!limit.error->message.isEmpty());
    QCOMPARE(m_calls, before); // nothing sent
}

void TstStageEditor::deleteRefusesBuiltInsAndUndoes()
{
    for (const QString &stage : {StageRules::current(), StageRules::previous()}) {
        const StageOutcome out = run(m_editor->remove(QStringLiteral("app"), stage));
        QCOMPARE(out.error->kind, ApiError::Kind::Validation);
    }
    QCOMPARE(m_calls, 0);
    const StageOutcome done = run(
            m_editor->remove(QStringLiteral("app"), QStringLiteral("BETA"), QStringLiteral("v2")));
    QVERIFY(done.ok());
    QCOMPARE(done.change.from, QStringLiteral("v2"));
    QVERIFY(holder(QStringLiteral("BETA")).isEmpty());
    QVERIFY(done.versionsKnown);
    QCOMPARE(done.undo.kind, StageChange::Kind::Create);
    const StageOutcome undone = run(m_editor->apply(done.undo, toVersionStages(done.versions)));
    QVERIFY(undone.ok());
    QCOMPARE(holder(QStringLiteral("BETA")), QStringLiteral("v2"));
}

void TstStageEditor::rollBackAndUndo()
{
    const StageOutcome done = run(m_editor->rollBack(QStringLiteral("app"), snapshot()));
    QVERIFY2(done.ok(), qPrintable(done.error ? done.error->summary() : QString()));
    QCOMPARE(holder(StageRules::current()), QStringLiteral("v3"));
    QCOMPARE(holder(StageRules::previous()), QStringLiteral("v4"));
    QCOMPARE(done.undo.kind, StageChange::Kind::RollBack);
    const StageOutcome undone = run(m_editor->apply(done.undo, toVersionStages(done.versions)));
    QVERIFY(undone.ok());
    QCOMPARE(holder(StageRules::current()), QStringLiteral("v4"));
    QCOMPARE(holder(StageRules::previous()), QStringLiteral("v3"));
    // Nothing to roll back to: refused locally.
    const StageOutcome refused = run(m_editor->rollBack(
            QStringLiteral("app"), {{QStringLiteral("v1"), {StageRules::current()}}}));
    QCOMPARE(refused.error->kind, ApiError::Kind::Validation);
}

void TstStageEditor::rollBackSecondCallFails()
{
    // The server dies right after the first PUT (SYSCURRENT) is answered.
    bool killed = false;
    connect(m_client.get(), &CsmsClient::callFinished, this,
            [this, &killed](const ApiCallRecord &r) {
                if (r.method == "PUT" && !killed) {
                    killed = true;
                    m_server->kill();
                }
            });
    const StageOutcome out = run(m_editor->rollBack(QStringLiteral("app"), snapshot()));
    QVERIFY(killed);
    QVERIFY(!out.ok());
    QCOMPARE(out.error->kind, ApiError::Kind::Network);
    QVERIFY(out.partial); // the undo could not be sent either: reported, not hidden
    QVERIFY(!out.versionsKnown);
    QVERIFY2(m_server->restart(), m_server->errorOutput().constData());
    if (m_server->port() != m_client->profile().csmsEndpoint.port())
        QSKIP("csms-local could not get its port back");
    // The server's truth matches the report: SYSCURRENT moved, SYSPREVIOUS did not.
    QCOMPARE(holder(StageRules::current()), QStringLiteral("v3"));
    QCOMPARE(holder(StageRules::previous()), QStringLiteral("v3"));
}

QTEST_GUILESS_MAIN(TstStageEditor)
#include "tst_stageeditor.moc"
