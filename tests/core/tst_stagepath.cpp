// SPDX-License-Identifier: Apache-2.0
// The critical path of a stage change (issue 18) against a real csms-local answering 100 ms late,
// and the safety checks it keeps:
// - an undo or redo reads the secret and its versions together, not one after the other;
// - with no prompt between that read and the write, the read is the stale check: no second GET
//   of the stage; with a prompt (production guard) the holder is read again before the PUT;
// - a stale undo is still refused with nothing written;
// - the write's own answer shows on the board before the versions' re-read returns.
#include "core/model/versionstagemodel.h"
#include "core/ops/stageeditor.h"
#include "sandboxclient.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace keystage;
using namespace keystage::test;

namespace {

// Says yes to every prompt, from the event loop (as a dialog would, later).
class YesPrompter : public StagePrompter
{
public:
    using StagePrompter::StagePrompter;
    int asked = 0;
    void confirmRisk(const StageRequest &, const StagePrediction &, Answer answer) override
    {
        ++asked;
        QMetaObject::invokeMethod(
                this, [answer]() { answer(true); }, Qt::QueuedConnection);
    }
    void confirmProduction(const StageRequest &, Answer answer) override
    {
        ++asked;
        QMetaObject::invokeMethod(
                this, [answer]() { answer(true); }, Qt::QueuedConnection);
    }
};

} // namespace

class TstStagePath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void undoReadsTogetherAndChecksOnce();
    void promptedUndoReadsTheHolderAgain();
    void staleUndoIsRefused();
    void writeShowsBeforeTheReRead();

private:
    StageOutcome run(StageEditor *editor, const StageRequest &request);
    QList<ApiCallRecord> m_calls;
    QNetworkAccessManager m_nam;
    std::unique_ptr<CsmsLocal> m_server;
    std::unique_ptr<CsmsClient> m_client;
};

void TstStagePath::initTestCase()
{
    qRegisterMetaType<StageOutcome>();
}

void TstStagePath::init()
{
    CsmsLocalOptions options;
    options.faultLatencyMs = 100;
    m_server = std::make_unique<CsmsLocal>(options);
    QVERIFY2(m_server->start(), m_server->errorOutput().constData());
    m_client = sandboxClient(&m_nam, *m_server);
    QVERIFY(createStagedApp(m_client.get())); // BETA on v2
    m_calls.clear();
    connect(m_client.get(), &CsmsClient::callFinished, this,
            [this](const ApiCallRecord &r) { m_calls << r; });
}

void TstStagePath::cleanup()
{
    m_client.reset();
    m_server.reset();
}

StageOutcome TstStagePath::run(StageEditor *editor, const StageRequest &request)
{
    StageOperation *op = editor->submit(request);
    QSignalSpy finished(op, &StageOperation::finished);
    if (!finished.wait(30000))
        return {};
    return finished.first().first().value<StageOutcome>();
}

static QStringList shape(const QList<ApiCallRecord> &calls)
{
    QStringList out;
    for (const ApiCallRecord &r : calls)
        out << QString::fromLatin1(r.method) + QLatin1Char(' ') + r.path.section(u'/', -2);
    return out;
}

void TstStagePath::undoReadsTogetherAndChecksOnce()
{
    StageEditor editor(m_client.get());
    StageRequest undo = StageRequest::move(QStringLiteral("app"), QStringLiteral("BETA"),
                                           QStringLiteral("v2"), QStringLiteral("v1"));
    undo.origin = StageRequest::Origin::Undo; // no versions: the editor reads the server's
    const StageOutcome outcome = run(&editor, undo);
    QVERIFY(outcome.ok());
    QTRY_COMPARE(m_calls.size(), 4);
    const QStringList calls = shape(m_calls);
    // The two reads, together; then the write and the re-read. No GET of the stage.
    QVERIFY2(calls.mid(0, 2).contains(QStringLiteral("GET secrets/app")),
             qPrintable(calls.join(u',')));
    QVERIFY2(calls.mid(0, 2).contains(QStringLiteral("GET app/versions")),
             qPrintable(calls.join(u',')));
    QCOMPARE(calls.at(2), QStringLiteral("PUT stages/BETA"));
    QCOMPARE(calls.at(3), QStringLiteral("GET app/versions"));
    const ApiCallRecord &first = m_calls.at(0);
    const ApiCallRecord &second = m_calls.at(1);
    QVERIFY(second.sentAt < first.startedAt.addMSecs(first.latencyMs)); // overlapped
    QCOMPARE(outcome.versionsKnown, true);
}

void TstStagePath::promptedUndoReadsTheHolderAgain()
{
    Profile production = m_client->profile();
    production.production = true;
    Credentials c;
    c.secretKey = SandboxCredentials::secretKey();
    CsmsClient client(&m_nam, production, c);
    QList<ApiCallRecord> calls;
    connect(&client, &CsmsClient::callFinished, this,
            [&calls](const ApiCallRecord &r) { calls << r; });
    StageEditor editor(&client);
    YesPrompter prompter;
    editor.setPrompter(&prompter);
    StageRequest undo = StageRequest::move(QStringLiteral("app"), QStringLiteral("BETA"),
                                           QStringLiteral("v2"), QStringLiteral("v1"));
    undo.origin = StageRequest::Origin::Undo; // the production guard asks for every undo
    QVERIFY(run(&editor, undo).ok());
    QVERIFY(prompter.asked >= 1); // the production guard (and the risk: v2 is left bare)
    QTRY_COMPARE(calls.size(), 5);
    // The user's time passed at the prompt: the holder is read again right before the PUT.
    QCOMPARE(shape(calls).mid(2),
             (QStringList{QStringLiteral("GET stages/BETA"), QStringLiteral("PUT stages/BETA"),
                          QStringLiteral("GET app/versions")}));
}

void TstStagePath::staleUndoIsRefused()
{
    // Someone else moved BETA from v2 to v3; undoing "v1 -> v2" expects it on v2.
    QVERIFY(await(m_client->moveStage(QStringLiteral("app"), QStringLiteral("BETA"),
                                      QStringLiteral("v3")))
                    .ok());
    m_calls.clear();
    StageEditor editor(m_client.get());
    StageRequest undo = StageRequest::move(QStringLiteral("app"), QStringLiteral("BETA"),
                                           QStringLiteral("v2"), QStringLiteral("v1"));
    undo.origin = StageRequest::Origin::Undo;
    const StageOutcome outcome = run(&editor, undo);
    QVERIFY(!outcome.ok());
    QVERIFY(outcome.isConflict());
    QCOMPARE(outcome.currentHolder, QStringLiteral("v3"));
    QTRY_COMPARE(m_calls.size(), 2);
    for (const ApiCallRecord &r : std::as_const(m_calls))
        QCOMPARE(r.method, QByteArray("GET")); // nothing written
    const auto stage = await(m_client->showStage(QStringLiteral("app"), QStringLiteral("BETA")));
    QCOMPARE(stage->versionId, QStringLiteral("v3"));
}

void TstStagePath::writeShowsBeforeTheReRead()
{
    VersionStageModel model(m_client.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &VersionStageModel::versionsLoaded);
    model.setSecret(QStringLiteral("app"));
    QVERIFY(loaded.wait(30000));
    QTRY_VERIFY(m_client->inFlight() == 0);
    StageRequest drop = StageRequest::move(QStringLiteral("app"), QStringLiteral("BETA"),
                                           QStringLiteral("v2"), QStringLiteral("v1"));
    drop.versions = model.snapshot();
    drop.secret = model.secretTraits();
    StageOperation *op = model.stageEditor()->submit(drop);
    QSignalSpy written(model.stageEditor(), &StageEditor::changeWritten);
    QVERIFY(written.wait(30000));
    // The PUT's answer is on the board; the versions' re-read is still 100 ms away.
    QVERIFY(!op->isFinished());
    QCOMPARE(model.holderOf(QStringLiteral("BETA")), QStringLiteral("v1"));
    QVERIFY(!model.hasPendingMoves());
    QSignalSpy finished(op, &StageOperation::finished);
    QVERIFY(finished.wait(30000));
    QCOMPARE(model.holderOf(QStringLiteral("BETA")), QStringLiteral("v1"));
}

QTEST_GUILESS_MAIN(TstStagePath)
#include "tst_stagepath.moc"
