// SPDX-License-Identifier: Apache-2.0
// StageEditor, the one door for stage changes, against a real csms-local: move (with undo), stale
// move, create/delete with local refusals before any call, roll back (with undo), a roll back
// whose second call fails; the prompts every door shows (risk, production guard), the secret's
// state refusing changes before any write, one re-read per change, and stages whose names carry
// a '.' from older pattern revisions.
#include "core/ops/stageeditor.h"
#include "sandboxclient.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace keystage;
using namespace keystage::test;

namespace {

// Answers as told and records what it was asked.
class RecordingPrompter : public StagePrompter
{
public:
    bool riskAnswer = true;
    bool productionAnswer = true;
    QList<QStringList> riskPrompts; // the effect texts of each risk prompt
    QStringList productionPrompts; // the action of each production prompt

    void confirmRisk(const StageRequest &, const StagePrediction &prediction,
                     Answer answer) override
    {
        QStringList effects;
        for (const StageEffect &e : prediction.effects)
            effects << e.describe();
        riskPrompts << effects;
        answer(riskAnswer);
    }
    void confirmProduction(const StageRequest &request, Answer answer) override
    {
        productionPrompts << request.action;
        answer(productionAnswer);
    }
};

} // namespace

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
    void undoShowsTheSameRiskPromptAsTheDrag();
    void declinedPromptWritesNothing();
    void productionGuardAsksForEveryDoor();
    void pendingDeletionRefusesBeforeAnyWrite();
    void oneReReadPerChange();
    void dottedStageCanBeDeleted();

private:
    StageOutcome run(StageOperation *op);
    StageOutcome run(StageRequest request, bool withVersions = true);
    QString holder(const QString &stage);
    QList<VersionStages> snapshot();
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    std::unique_ptr<CsmsLocal> m_server;
    std::unique_ptr<CsmsClient> m_client;
    std::unique_ptr<StageEditor> m_editor;
    int m_calls = 0;
    int m_writes = 0;
    int m_versionReads = 0;
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
    m_calls = m_writes = m_versionReads = 0;
    connect(m_client.get(), &CsmsClient::callFinished, this, [this](const ApiCallRecord &r) {
        ++m_calls;
        m_writes += r.method != "GET";
        m_versionReads += r.method == "GET" && r.path.endsWith(QLatin1String("/versions"));
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

// Submits `request`; with withVersions, on the server's versions as a board would show them.
StageOutcome TstStageEditor::run(StageRequest request, bool withVersions)
{
    if (withVersions && !request.versions) {
        const int reads = m_versionReads;
        request.versions = snapshot();
        m_versionReads = reads; // the test's own read is not the editor's
    }
    return run(m_editor->submit(request));
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
    const StageOutcome done = run(StageRequest::move(QStringLiteral("app"), QStringLiteral("BETA"),
                                                     QStringLiteral("v2"), QStringLiteral("v4")));
    QVERIFY2(done.ok(), qPrintable(done.error ? done.error->summary() : QString()));
    QVERIFY(done.versionsKnown);
    QCOMPARE(StageRules::holderOf(toVersionStages(done.versions), QStringLiteral("BETA")),
             QStringLiteral("v4"));
    QCOMPARE(holder(QStringLiteral("BETA")), QStringLiteral("v4"));
    QCOMPARE(done.undo, done.change.inverse());
    StageRequest undo;
    undo.change = done.undo;
    undo.origin = StageRequest::Origin::Undo;
    const StageOutcome undone = run(undo, false);
    QVERIFY(undone.ok());
    QCOMPARE(undone.origin, StageRequest::Origin::Undo);
    QCOMPARE(holder(QStringLiteral("BETA")), QStringLiteral("v2"));
}

void TstStageEditor::staleMoveWritesNothing()
{
    // The board still shows BETA on v3; the server has it on v2.
    QList<VersionStages> seen = snapshot();
    for (VersionStages &v : seen)
        v.stages.removeAll(QStringLiteral("BETA"));
    seen[2].stages << QStringLiteral("BETA"); // oldest first: v3
    QCOMPARE(seen[2].versionId, QStringLiteral("v3"));
    StageRequest stale = StageRequest::move(QStringLiteral("app"), QStringLiteral("BETA"),
                                            QStringLiteral("v3"), QStringLiteral("v1"));
    stale.versions = seen;
    const StageOutcome out = run(stale);
    QVERIFY(out.isConflict());
    QCOMPARE(out.currentHolder, QStringLiteral("v2"));
    QVERIFY(out.error->message.contains(QLatin1String("v2")));
    QVERIFY(!out.error->requestId.isEmpty());
    QVERIFY(out.versionsKnown);
    QCOMPARE(m_writes, 0);
    QCOMPARE(holder(QStringLiteral("BETA")), QStringLiteral("v2"));
    // Undo of a move whose stage is gone: the editor's own read finds it, nothing is written.
    StageRequest gone;
    gone.change = {StageChange::Kind::Move, QStringLiteral("app"), QStringLiteral("GONE"),
                   QStringLiteral("v2"), QStringLiteral("v1")};
    gone.origin = StageRequest::Origin::Undo;
    const StageOutcome out2 = run(gone, false);
    QVERIFY(out2.isConflict());
    QVERIFY(out2.refusedLocally);
    QVERIFY(out2.currentHolder.isEmpty());
    QCOMPARE(m_writes, 0);
}

void TstStageEditor::createChecksBeforeAnyCall()
{
    const StageOutcome badName = run(StageRequest::create(
            QStringLiteral("app"), QStringLiteral("not valid"), QStringLiteral("v1")));
    QCOMPARE(badName.error->kind, ApiError::Kind::Validation);
    QVERIFY(badName.refusedLocally);
    // A new stage follows the current pattern: no '.' even though existing ones may have one.
    const StageOutcome dotted = run(StageRequest::create(
            QStringLiteral("app"), QStringLiteral("release.2"), QStringLiteral("v1")));
    QCOMPARE(dotted.error->kind, ApiError::Kind::Validation);
    const StageOutcome exists = run(StageRequest::create(
            QStringLiteral("app"), QStringLiteral("BETA"), QStringLiteral("v1")));
    QCOMPARE(exists.error->kind, ApiError::Kind::Validation);
    QCOMPARE(m_writes, 0);
    // Fill up to the limit of 12 stages, then the 13th is refused locally.
    for (int i = 0; i < 9; ++i) {
        const StageOutcome ok = run(StageRequest::create(
                QStringLiteral("app"), QStringLiteral("S%1").arg(i), QStringLiteral("v1")));
        QVERIFY2(ok.ok(), qPrintable(ok.error ? ok.error->summary() : QString()));
        QCOMPARE(ok.undo.kind, StageChange::Kind::Delete);
        QCOMPARE(ok.undo.from, QStringLiteral("v1"));
    }
    const QList<VersionStages> full = snapshot();
    QCOMPARE(StageRules::stageCount(full), 12);
    const int before = m_calls;
    StageRequest limit = StageRequest::create(QStringLiteral("app"), QStringLiteral("S13"),
                                              QStringLiteral("v1"));
    limit.versions = full;
    const StageOutcome refused = run(limit);
    QCOMPARE(refused.error->kind, ApiError::Kind::Validation);
    QVERIFY(refused.error->message.contains(QStringLiteral("12")));
    QCOMPARE(m_calls, before); // nothing sent
}

void TstStageEditor::deleteRefusesBuiltInsAndUndoes()
{
    const QList<VersionStages> seen = snapshot();
    m_calls = 0;
    for (const QString &stage :
         {StageRules::current(), StageRules::previous(), StageRules::pending()}) {
        StageRequest r = StageRequest::remove(QStringLiteral("app"), stage,
                                              StageRules::holderOf(seen, stage));
        r.versions = seen;
        const StageOutcome out = run(r);
        QCOMPARE(out.error->kind, ApiError::Kind::Validation);
        QVERIFY(out.refusedLocally);
    }
    QCOMPARE(m_calls, 0);
    const StageOutcome done = run(StageRequest::remove(
            QStringLiteral("app"), QStringLiteral("BETA"), QStringLiteral("v2")));
    QVERIFY(done.ok());
    QCOMPARE(done.change.from, QStringLiteral("v2"));
    QVERIFY(holder(QStringLiteral("BETA")).isEmpty());
    QVERIFY(done.versionsKnown);
    QCOMPARE(done.undo.kind, StageChange::Kind::Create);
    StageRequest undo;
    undo.change = done.undo;
    undo.origin = StageRequest::Origin::Undo;
    const StageOutcome undone = run(undo, false);
    QVERIFY(undone.ok());
    QCOMPARE(holder(QStringLiteral("BETA")), QStringLiteral("v2"));
}

void TstStageEditor::rollBackAndUndo()
{
    const StageOutcome done = run(StageRequest::rollBack(QStringLiteral("app"), snapshot()));
    QVERIFY2(done.ok(), qPrintable(done.error ? done.error->summary() : QString()));
    QCOMPARE(holder(StageRules::current()), QStringLiteral("v3"));
    QCOMPARE(holder(StageRules::previous()), QStringLiteral("v4"));
    QCOMPARE(done.undo.kind, StageChange::Kind::RollBack);
    StageRequest undo;
    undo.change = done.undo;
    undo.origin = StageRequest::Origin::Undo;
    const StageOutcome undone = run(undo, false);
    QVERIFY(undone.ok());
    QCOMPARE(holder(StageRules::current()), QStringLiteral("v4"));
    QCOMPARE(holder(StageRules::previous()), QStringLiteral("v3"));
    // The same undo again: SYSCURRENT and SYSPREVIOUS are no longer where it expects them.
    const StageOutcome stale = run(undo, false);
    QVERIFY(stale.isConflict());
    QCOMPARE(m_writes, 4);
    // Nothing to roll back to: refused locally.
    const StageOutcome refused = run(StageRequest::rollBack(
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
    const StageOutcome out = run(StageRequest::rollBack(QStringLiteral("app"), snapshot()));
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

void TstStageEditor::undoShowsTheSameRiskPromptAsTheDrag()
{
    RecordingPrompter prompter;
    m_editor->setPrompter(&prompter);
    // SYSCURRENT from v4 to v2 (a drag): risky, prompted once.
    const StageOutcome done = run(StageRequest::move(QStringLiteral("app"), StageRules::current(),
                                                     QStringLiteral("v4"), QStringLiteral("v2")));
    QVERIFY(done.ok());
    QCOMPARE(prompter.riskPrompts.size(), 1);
    QVERIFY(prompter.riskPrompts.at(0).join(QLatin1Char(' ')).contains(QStringLiteral("v2")));
    // Redo of the same move (after an undo): the same prompt, on the server's versions.
    StageRequest undo;
    undo.change = done.undo;
    undo.origin = StageRequest::Origin::Undo;
    QVERIFY(run(undo, false).ok());
    QCOMPARE(prompter.riskPrompts.size(), 2); // SYSCURRENT moves back: risky too
    StageRequest redo;
    redo.change = done.change;
    redo.origin = StageRequest::Origin::Redo;
    QVERIFY(run(redo, false).ok());
    QCOMPARE(prompter.riskPrompts.size(), 3);
    QCOMPARE(prompter.riskPrompts.at(2), prompter.riskPrompts.at(0));
    // A quiet move asks nothing.
    QVERIFY(run(StageRequest::move(QStringLiteral("app"), QStringLiteral("BETA"),
                                   QStringLiteral("v2"), QStringLiteral("v3")))
                    .ok());
    QCOMPARE(prompter.riskPrompts.size(), 3);
    QVERIFY(prompter.productionPrompts.isEmpty()); // not a production profile
}

void TstStageEditor::declinedPromptWritesNothing()
{
    RecordingPrompter prompter;
    prompter.riskAnswer = false;
    m_editor->setPrompter(&prompter);
    QSignalSpy started(m_editor.get(), &StageEditor::operationStarted);
    const StageOutcome out = run(StageRequest::rollBack(QStringLiteral("app"), snapshot()));
    QCOMPARE(prompter.riskPrompts.size(), 1);
    QCOMPARE(out.error->kind, ApiError::Kind::Cancelled);
    QVERIFY(out.refusedLocally);
    QCOMPARE(started.count(), 0); // never shown as pending
    QCOMPARE(m_writes, 0);
    QCOMPARE(holder(StageRules::current()), QStringLiteral("v4"));
}

void TstStageEditor::productionGuardAsksForEveryDoor()
{
    Profile live = sandboxProfile(*m_server);
    live.production = true;
    Credentials credentials;
    credentials.secretKey = SandboxCredentials::secretKey();
    CsmsClient client(&m_nam, live, credentials);
    StageEditor editor(&client);
    const auto runOn = [this, &editor](StageRequest r) { return run(editor.submit(r)); };
    // Headless, without a prompter: a quiet change goes, a deletion needs a confirmation.
    StageRequest create = StageRequest::create(QStringLiteral("app"), QStringLiteral("GAMMA"),
                                               QStringLiteral("v1"));
    create.versions = snapshot();
    const StageOutcome created = runOn(create);
    QVERIFY(created.ok());
    StageRequest remove = StageRequest::remove(QStringLiteral("app"), QStringLiteral("GAMMA"),
                                               QStringLiteral("v1"));
    remove.versions = snapshot();
    const StageOutcome refused = runOn(remove);
    QVERIFY(refused.refusedLocally);
    QCOMPARE(holder(QStringLiteral("GAMMA")), QStringLiteral("v1"));

    RecordingPrompter prompter;
    editor.setPrompter(&prompter);
    prompter.productionAnswer = false;
    remove.action = QStringLiteral("Delete GAMMA");
    const StageOutcome declined = runOn(remove);
    QCOMPARE(declined.error->kind, ApiError::Kind::Cancelled);
    QCOMPARE(prompter.riskPrompts.size(), 1); // v1 keeps no stage: risky, asked first
    QCOMPARE(prompter.productionPrompts, QStringList{QStringLiteral("Delete GAMMA")});
    QCOMPARE(holder(QStringLiteral("GAMMA")), QStringLiteral("v1"));
    // Undo of the create: every undo and redo asks on a production profile.
    prompter.productionAnswer = true;
    StageRequest undo;
    undo.change = created.undo;
    undo.origin = StageRequest::Origin::Undo;
    undo.action = QStringLiteral("Undo: Add GAMMA");
    QVERIFY(runOn(undo).ok());
    QCOMPARE(prompter.productionPrompts.size(), 2);
    QCOMPARE(prompter.productionPrompts.last(), QStringLiteral("Undo: Add GAMMA"));
    QVERIFY(holder(QStringLiteral("GAMMA")).isEmpty());
    // A risky move asks both.
    StageRequest risky = StageRequest::move(QStringLiteral("app"), StageRules::current(),
                                            QStringLiteral("v4"), QStringLiteral("v1"));
    risky.versions = snapshot();
    QVERIFY(runOn(risky).ok());
    QCOMPARE(prompter.riskPrompts.size(), 3);
    QCOMPARE(prompter.productionPrompts.size(), 3);
}

void TstStageEditor::pendingDeletionRefusesBeforeAnyWrite()
{
    QVERIFY(await(m_client->scheduleDeletion(QStringLiteral("app"), 7)).ok());
    m_calls = m_writes = 0;
    // As the board sends it: the secret's state known.
    StageRequest move = StageRequest::move(QStringLiteral("app"), QStringLiteral("BETA"),
                                           QStringLiteral("v2"), QStringLiteral("v1"));
    SecretTraits pending;
    pending.state = QStringLiteral("PENDING_DELETE");
    move.secret = pending;
    const StageOutcome out = run(move);
    QVERIFY(out.refusedLocally);
    QVERIFY2(out.error->message.contains(QStringLiteral("CSMS.0103")),
             qPrintable(out.error->message));
    // As the undo history sends it: the editor reads the secret and refuses too.
    StageRequest undo;
    undo.change = move.change;
    undo.origin = StageRequest::Origin::Undo;
    const StageOutcome undone = run(undo, false);
    QVERIFY(undone.refusedLocally);
    QVERIFY(undone.error->message.contains(QStringLiteral("pending deletion")));
    QCOMPARE(m_writes, 0); // before the fix: a PUT answered CSMS.0103
    QCOMPARE(holder(QStringLiteral("BETA")), QStringLiteral("v2"));
}

void TstStageEditor::oneReReadPerChange()
{
    // A change from the board: one read of the versions, after the write.
    QVERIFY(run(StageRequest::move(QStringLiteral("app"), QStringLiteral("BETA"),
                                   QStringLiteral("v2"), QStringLiteral("v1")))
                    .ok());
    QCOMPARE(m_versionReads, 1);
    // An undo: one read before the rules (the board may show another secret), one after.
    StageRequest undo;
    undo.change = {StageChange::Kind::Move, QStringLiteral("app"), QStringLiteral("BETA"),
                   QStringLiteral("v1"), QStringLiteral("v2")};
    undo.origin = StageRequest::Origin::Undo;
    m_versionReads = 0;
    QVERIFY(run(undo, false).ok());
    QCOMPARE(m_versionReads, 2);
}

void TstStageEditor::dottedStageCanBeDeleted()
{
    // A stage named under an older pattern revision ('.' allowed), written into the store
    // directly: the API would not create it today.
    m_server->terminate();
    {
        QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("legacy"));
        db.setDatabaseName(m_dir.filePath(QStringLiteral("dottedStageCanBeDeleted.db")));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO stages (secret_id, name, version_number, "
                                      "update_time) SELECT id, 'release.1', 1, 0 FROM secrets "
                                      "WHERE name = 'app'")));
        QCOMPARE(q.numRowsAffected(), 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("legacy"));
    QVERIFY2(m_server->restart(), m_server->errorOutput().constData());
    if (m_server->port() != m_client->profile().csmsEndpoint.port())
        QSKIP("csms-local could not get its port back");
    QCOMPARE(holder(QStringLiteral("release.1")), QStringLiteral("v1"));
    // Moving it is allowed by the rules (csms-local itself refuses a PUT of such a name).
    QVERIFY(StageRules::predictMove(snapshot(), QStringLiteral("release.1"), QStringLiteral("v2"))
                    .allowed());
    // Deleting it goes through (before the fix: refused locally as an invalid name).
    const StageOutcome done = run(StageRequest::remove(
            QStringLiteral("app"), QStringLiteral("release.1"), QStringLiteral("v1")));
    QVERIFY2(done.ok(), qPrintable(done.error ? done.error->summary() : QString()));
    QVERIFY(holder(QStringLiteral("release.1")).isEmpty());
    // Its undo would create it again, which the current pattern refuses: said, not sent.
    StageRequest undo;
    undo.change = done.undo;
    undo.origin = StageRequest::Origin::Undo;
    const int writes = m_writes;
    const StageOutcome undone = run(undo, false);
    QVERIFY(undone.refusedLocally);
    QCOMPARE(m_writes, writes);
}

QTEST_GUILESS_MAIN(TstStageEditor)
#include "tst_stageeditor.moc"
