// SPDX-License-Identifier: Apache-2.0
// VersionStageModel against a real csms-local: rows newest first, stage roles, the drag and drop
// contract (payload, refusals; a drop never changes anything by itself), pending state for every
// change the StageEditor makes (the model only observes it), stale moves (conflict), failed moves
// and the secret's state.
#include "core/model/versionstagemodel.h"
#include "core/ops/stageeditor.h"
#include "sandboxclient.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QtTest>

using namespace keystage;
using namespace keystage::test;

class TstVersionStageModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void rowsNewestFirst();
    void payloadCarriesIdentifiersOnly();
    void dropRefusals();
    void editorMovesShowPendingState();
    void everyKindOfChangeShowsPending();
    void staleMoveIsAConflict();
    void failedMoveReturnsToHolder();
    void pendingDeletionRefusesDrags();

private:
    StageOperation *submit(StageRequest request);
    StageOutcome finish(StageOperation *op);
    StageOutcome finish(QSignalSpy &spy);
    QStringList stagesOf(const QString &version) const;
    std::unique_ptr<QMimeData> payload(const QString &profile, const QString &secret,
                                       const QString &stage, const QString &version) const;
    QNetworkAccessManager m_nam;
    std::unique_ptr<CsmsLocal> m_server;
    std::unique_ptr<CsmsClient> m_client;
    std::unique_ptr<VersionStageModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TstVersionStageModel::init()
{
    m_server = std::make_unique<CsmsLocal>();
    QVERIFY2(m_server->start(), m_server->errorOutput().constData());
    m_client = sandboxClient(&m_nam, *m_server);
    // app: v1 (no stage), v2 (BETA), v3 (SYSPREVIOUS), v4 (SYSCURRENT)
    QVERIFY(createStagedApp(m_client.get()));
    QVERIFY(await(m_client->createSecret(
                          secretRequest(QStringLiteral("other"), QStringLiteral("value-x"))))
                    .ok());
    m_model = std::make_unique<VersionStageModel>(m_client.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(m_model.get(), &VersionStageModel::versionsLoaded);
    m_model->setSecret(QStringLiteral("app"));
    QVERIFY(loaded.wait(30000));
}

void TstVersionStageModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_client.reset();
    m_server.reset();
}

StageOperation *TstVersionStageModel::submit(StageRequest request)
{
    request.versions = m_model->snapshot();
    request.secret = m_model->secretTraits();
    return m_model->stageEditor()->submit(request);
}

StageOutcome TstVersionStageModel::finish(StageOperation *op)
{
    QSignalSpy spy(op, &StageOperation::finished);
    return finish(spy);
}

// For an operation the test lets run through an event loop before waiting for it: the spy is
// made right after submit(), since a finished operation deletes itself.
StageOutcome TstVersionStageModel::finish(QSignalSpy &spy)
{
    if (spy.isEmpty() && !spy.wait(60000))
        return {};
    return spy.first().first().value<StageOutcome>();
}

QStringList TstVersionStageModel::stagesOf(const QString &version) const
{
    return m_model->index(m_model->rowOfVersion(version), 0)
            .data(VersionStageModel::StagesRole)
            .toStringList();
}

std::unique_ptr<QMimeData> TstVersionStageModel::payload(const QString &profile,
                                                         const QString &secret,
                                                         const QString &stage,
                                                         const QString &version) const
{
    auto data = std::make_unique<QMimeData>();
    data->setData(VersionStageModel::mimeType(),
                  VersionStageModel::encodePayload({profile, secret, stage, version}));
    return data;
}

void TstVersionStageModel::rowsNewestFirst()
{
    QCOMPARE(m_model->rowCount(), 4);
    QStringList ids;
    for (int i = 0; i < 4; ++i)
        ids << m_model->index(i, VersionStageModel::VersionColumn).data().toString();
    QCOMPARE(ids.join(QLatin1Char(' ')), QStringLiteral("v4 v3 v2 v1"));
    QCOMPARE(stagesOf(QStringLiteral("v4")), QStringList{QStringLiteral("SYSCURRENT")});
    QCOMPARE(stagesOf(QStringLiteral("v3")), QStringList{QStringLiteral("SYSPREVIOUS")});
    QCOMPARE(stagesOf(QStringLiteral("v2")), QStringList{QStringLiteral("BETA")});
    const QModelIndex v1 = m_model->index(3, 0);
    QVERIFY(v1.data(VersionStageModel::DeprecatedRole).toBool());
    QVERIFY(!m_model->index(2, 0).data(VersionStageModel::DeprecatedRole).toBool());
    QVERIFY(m_model->index(0, VersionStageModel::CreatedColumn).data().toDateTime().isValid());
    QCOMPARE(m_model->stageCount(), 3);
    // No value anywhere.
    for (int row = 0; row < 4; ++row)
        for (int column = 0; column < m_model->columnCount(); ++column)
            for (int role = 0; role < Qt::UserRole + 16; ++role)
                QVERIFY(!m_model->index(row, column)
                                 .data(role)
                                 .toString()
                                 .contains(QLatin1String("value-")));
}

void TstVersionStageModel::payloadCarriesIdentifiersOnly()
{
    const int v2 = m_model->rowOfVersion(QStringLiteral("v2"));
    std::unique_ptr<QMimeData> data(m_model->stageMimeData(v2, QStringLiteral("BETA")));
    QVERIFY(data);
    QCOMPARE(data->formats(), QStringList{VersionStageModel::mimeType()});
    const QJsonObject o
            = QJsonDocument::fromJson(data->data(VersionStageModel::mimeType())).object();
    QCOMPARE(o.keys().join(QLatin1Char(' ')), QStringLiteral("profile secret stage version"));
    QCOMPARE(o.value(QLatin1String("profile")).toString(), QStringLiteral("test-profile"));
    QCOMPARE(o.value(QLatin1String("secret")).toString(), QStringLiteral("app"));
    QCOMPARE(o.value(QLatin1String("stage")).toString(), QStringLiteral("BETA"));
    QCOMPARE(o.value(QLatin1String("version")).toString(), QStringLiteral("v2"));
    // A stage the row does not hold: nothing. A row holds several chips: drags start on one
    // (stageMimeData), never on a row.
    QVERIFY(!std::unique_ptr<QMimeData>(m_model->stageMimeData(0, QStringLiteral("BETA"))));
    QVERIFY(!std::unique_ptr<QMimeData>(m_model->mimeData({m_model->index(0, 0)})));
    // A stage named under an older pattern (with '.') travels too.
    const QByteArray legacy
            = VersionStageModel::encodePayload({QStringLiteral("p"), QStringLiteral("app"),
                                                QStringLiteral("release.1"), QStringLiteral("v2")});
    QVERIFY(VersionStageModel::decodePayload(legacy));
    QVERIFY(!VersionStageModel::decodePayload(
            VersionStageModel::encodePayload({QStringLiteral("p"), QStringLiteral("app"),
                                              QStringLiteral(".."), QStringLiteral("v2")})));
}

void TstVersionStageModel::dropRefusals()
{
    int calls = 0;
    connect(m_client.get(), &CsmsClient::callFinished, this, [&calls]() { ++calls; });
    const QModelIndex v4 = m_model->index(m_model->rowOfVersion(QStringLiteral("v4")), 0);
    const QModelIndex v2 = m_model->index(m_model->rowOfVersion(QStringLiteral("v2")), 0);
    const QString profile = QStringLiteral("test-profile");
    const auto good
            = payload(profile, QStringLiteral("app"), QStringLiteral("BETA"), QStringLiteral("v2"));
    QVERIFY(m_model->canDropMimeData(good.get(), Qt::MoveAction, -1, -1, v4));
    QVERIFY(m_model->flags(v4).testFlag(Qt::ItemIsDropEnabled));
    QVERIFY(m_model->flags(v4).testFlag(Qt::ItemIsDragEnabled));
    QVERIFY(!m_model->flags({}).testFlag(Qt::ItemIsDropEnabled));
    QCOMPARE(m_model->supportedDropActions(), Qt::DropActions(Qt::MoveAction));
    QCOMPARE(m_model->mimeTypes(), QStringList{VersionStageModel::mimeType()});

    // Onto the holder, between rows, with another action.
    QVERIFY(!m_model->canDropMimeData(good.get(), Qt::MoveAction, -1, -1, v2));
    QVERIFY(!m_model->canDropMimeData(good.get(), Qt::MoveAction, 1, 0, QModelIndex()));
    QVERIFY(!m_model->canDropMimeData(good.get(), Qt::CopyAction, -1, -1, v4));
    // From another secret, another profile, a holder that is not the holder.
    std::vector<std::unique_ptr<QMimeData>> bad;
    bad.push_back(payload(profile, QStringLiteral("other"), QStringLiteral("BETA"),
                          QStringLiteral("v2")));
    bad.push_back(payload(QStringLiteral("another-profile"), QStringLiteral("app"),
                          QStringLiteral("BETA"), QStringLiteral("v2")));
    bad.push_back(
            payload(profile, QStringLiteral("app"), QStringLiteral("BETA"), QStringLiteral("v3")));
    bad.push_back(
            payload(profile, QStringLiteral("app"), QStringLiteral("NOPE"), QStringLiteral("v2")));
    // Malformed payloads.
    for (const QByteArray &bytes :
         {QByteArray("not json"), QByteArray("[]"), QByteArray("{}"),
          QByteArray(R"({"profile":"test-profile","secret":"app","stage":"BETA"})"),
          QByteArray(R"({"profile":"test-profile","secret":"app","stage":"BETA","version":2})"),
          QByteArray(R"({"profile":"test-profile","secret":"app","stage":"BE TA","version":"v2"})"),
          QByteArray(5000, 'x')}) {
        auto data = std::make_unique<QMimeData>();
        data->setData(VersionStageModel::mimeType(), bytes);
        bad.push_back(std::move(data));
    }
    auto wrongType = std::make_unique<QMimeData>();
    wrongType->setText(QString::fromUtf8(good->data(VersionStageModel::mimeType())));
    bad.push_back(std::move(wrongType));
    for (const auto &data : bad) {
        QVERIFY(!m_model->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, v4));
        QVERIFY(!m_model->dropMimeData(data.get(), Qt::MoveAction, -1, -1, v4));
    }
    QVERIFY(m_model->dropMimeData(good.get(), Qt::IgnoreAction, -1, -1, v4));
    // Even a good payload changes nothing through the model: a drop is a stage change, and stage
    // changes go through the StageEditor (rules, prompts, production guard). Before the one door,
    // this moved BETA without any of them.
    QVERIFY(!m_model->dropMimeData(good.get(), Qt::MoveAction, -1, -1, v4));
    QVERIFY(!m_model->hasPendingMoves());
    QCoreApplication::processEvents();
    QCOMPARE(calls, 0); // nothing was sent
    QCOMPARE(stagesOf(QStringLiteral("v2")), QStringList{QStringLiteral("BETA")});
}

void TstVersionStageModel::editorMovesShowPendingState()
{
    const QModelIndex v4 = m_model->index(m_model->rowOfVersion(QStringLiteral("v4")), 0);
    const QModelIndex v2 = m_model->index(m_model->rowOfVersion(QStringLiteral("v2")), 0);
    const auto data = payload(QStringLiteral("test-profile"), QStringLiteral("app"),
                              QStringLiteral("BETA"), QStringLiteral("v2"));
    QSignalSpy started(m_model->stageEditor(), &StageEditor::operationStarted);
    StageOperation *op = submit(StageRequest::move(QStringLiteral("app"), QStringLiteral("BETA"),
                                                   QStringLiteral("v2"), QStringLiteral("v4")));
    QSignalSpy finished(op, &StageOperation::finished);
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 30000); // at once, or after a read
    // Pending until the server answers: on the target dimmed, a ghost on the holder.
    QCOMPARE(v4.data(VersionStageModel::PendingStagesRole).toStringList(),
             QStringList{QStringLiteral("BETA")});
    QCOMPARE(v2.data(VersionStageModel::LeavingStagesRole).toStringList(),
             QStringList{QStringLiteral("BETA")});
    QCOMPARE(v2.data(VersionStageModel::StagesRole).toStringList(),
             QStringList{QStringLiteral("BETA")});
    QVERIFY(m_model->isPending(QStringLiteral("BETA")));
    QVERIFY(!m_model->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, v4)); // one at a time
    QVERIFY(finished.wait(30000));
    QVERIFY(!m_model->hasPendingMoves());
    QVERIFY(v4.data(VersionStageModel::PendingStagesRole).toStringList().isEmpty());
    QCOMPARE(stagesOf(QStringLiteral("v4")),
             (QStringList{QStringLiteral("SYSCURRENT"), QStringLiteral("BETA")}));
    QVERIFY(stagesOf(QStringLiteral("v2")).isEmpty());
    QVERIFY(v2.data(VersionStageModel::DeprecatedRole).toBool());
    const StageOutcome outcome = finished.first().first().value<StageOutcome>();
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.undo.kind, StageChange::Kind::Move);
    QCOMPARE(outcome.undo.from, QStringLiteral("v4"));
    QCOMPARE(outcome.undo.to, QStringLiteral("v2"));
}

// Every door shows its change as pending: a create arrives, a delete leaves, a roll back swaps.
void TstVersionStageModel::everyKindOfChangeShowsPending()
{
    const auto pendingOn = [this](const QString &version) {
        return m_model->index(m_model->rowOfVersion(version), 0)
                .data(VersionStageModel::PendingStagesRole)
                .toStringList();
    };
    const auto leavingFrom = [this](const QString &version) {
        return m_model->index(m_model->rowOfVersion(version), 0)
                .data(VersionStageModel::LeavingStagesRole)
                .toStringList();
    };
    QSignalSpy started(m_model->stageEditor(), &StageEditor::operationStarted);
    StageOperation *create = submit(StageRequest::create(
            QStringLiteral("app"), QStringLiteral("GAMMA"), QStringLiteral("v1")));
    QSignalSpy createDone(create, &StageOperation::finished);
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 30000); // at once, or after a read
    QCOMPARE(pendingOn(QStringLiteral("v1")), QStringList{QStringLiteral("GAMMA")});
    QVERIFY(finish(createDone).ok());
    QVERIFY(pendingOn(QStringLiteral("v1")).isEmpty());
    QCOMPARE(stagesOf(QStringLiteral("v1")), QStringList{QStringLiteral("GAMMA")});

    StageOperation *remove = submit(StageRequest::remove(
            QStringLiteral("app"), QStringLiteral("GAMMA"), QStringLiteral("v1")));
    QSignalSpy removeDone(remove, &StageOperation::finished);
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 2, 30000); // at once, or after a read
    QCOMPARE(leavingFrom(QStringLiteral("v1")), QStringList{QStringLiteral("GAMMA")});
    QVERIFY(finish(removeDone).ok());
    QVERIFY(stagesOf(QStringLiteral("v1")).isEmpty());

    StageRequest undoRollBack;
    undoRollBack.change = {StageChange::Kind::RollBack, QStringLiteral("app"),
                           StageRules::current(), QStringLiteral("v4"), QStringLiteral("v3")};
    undoRollBack.origin = StageRequest::Origin::Redo; // as the undo history sends it
    // What the rows show when the write starts: a redo reads the server first, and with no
    // prompt its write follows that read at once, so the moment is taken from the signal.
    QStringList onV3, onV4;
    const auto seen = connect(m_model->stageEditor(), &StageEditor::operationStarted, this, [&]() {
        onV3 = pendingOn(QStringLiteral("v3"));
        onV4 = pendingOn(QStringLiteral("v4"));
    });
    StageOperation *rollBack = m_model->stageEditor()->submit(undoRollBack);
    QSignalSpy rollBackDone(rollBack, &StageOperation::finished);
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 3, 30000); // at once, or after a read
    disconnect(seen);
    QCOMPARE(onV3, QStringList{StageRules::current()});
    QCOMPARE(onV4, QStringList{StageRules::previous()});
    QVERIFY(finish(rollBackDone).ok());
    QVERIFY(!m_model->hasPendingMoves());
    QCOMPARE(stagesOf(QStringLiteral("v3")), QStringList{StageRules::current()});
}

void TstVersionStageModel::staleMoveIsAConflict()
{
    // Someone else moves BETA to v3; this model still shows it on v2.
    auto other = sandboxClient(&m_nam, *m_server);
    QVERIFY(await(other->moveStage(QStringLiteral("app"), QStringLiteral("BETA"),
                                   QStringLiteral("v3")))
                    .ok());
    int puts = 0;
    connect(m_client.get(), &CsmsClient::callFinished, this,
            [&puts](const ApiCallRecord &r) { puts += r.method == "PUT"; });
    const StageOutcome outcome
            = finish(submit(StageRequest::move(QStringLiteral("app"), QStringLiteral("BETA"),
                                               QStringLiteral("v2"), QStringLiteral("v1"))));
    QVERIFY(outcome.isConflict());
    QCOMPARE(outcome.currentHolder, QStringLiteral("v3"));
    QVERIFY(outcome.error->message.contains(QLatin1String("v3")));
    QCOMPARE(puts, 0); // nothing written
    // The model shows the server's truth now.
    QCOMPARE(stagesOf(QStringLiteral("v3")),
             (QStringList{QStringLiteral("SYSPREVIOUS"), QStringLiteral("BETA")}));
    QVERIFY(stagesOf(QStringLiteral("v1")).isEmpty());
}

void TstVersionStageModel::failedMoveReturnsToHolder()
{
    m_server->kill();
    QSignalSpy started(m_model->stageEditor(), &StageEditor::operationStarted);
    int versionReads = 0;
    connect(m_client.get(), &CsmsClient::callFinished, this,
            [&versionReads](const ApiCallRecord &r) {
                versionReads += r.path.endsWith(QLatin1String("/versions"));
            });
    StageOperation *op = submit(StageRequest::move(QStringLiteral("app"), QStringLiteral("BETA"),
                                                   QStringLiteral("v2"), QStringLiteral("v1")));
    QSignalSpy finished(op, &StageOperation::finished);
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 30000); // at once, or after a read
    QCOMPARE(m_model->index(3, 0).data(VersionStageModel::PendingStagesRole).toStringList(),
             QStringList{QStringLiteral("BETA")});
    QVERIFY(finished.wait(60000));
    const StageOutcome outcome = finished.first().first().value<StageOutcome>();
    QCOMPARE(outcome.error->kind, ApiError::Kind::Network);
    QVERIFY(!m_model->hasPendingMoves());
    QVERIFY(m_model->index(3, 0)
                    .data(VersionStageModel::PendingStagesRole)
                    .toStringList()
                    .isEmpty());
    QCOMPARE(stagesOf(QStringLiteral("v2")), QStringList{QStringLiteral("BETA")});
    QVERIFY(stagesOf(QStringLiteral("v1")).isEmpty());
    // The outcome is unknown (no answer): the model reads the versions itself, once.
    QTRY_VERIFY(!m_model->isLoading());
    QCOMPARE(versionReads, 1);
}

void TstVersionStageModel::pendingDeletionRefusesDrags()
{
    QVERIFY(await(m_client->scheduleDeletion(QStringLiteral("app"), 7)).ok());
    QSignalSpy traits(m_model.get(), &VersionStageModel::secretTraitsChanged);
    m_model->reload();
    QVERIFY(traits.wait(30000));
    QCOMPARE(m_model->secretTraits().state, QStringLiteral("PENDING_DELETE"));
    const QModelIndex v4 = m_model->index(m_model->rowOfVersion(QStringLiteral("v4")), 0);
    QVERIFY(!m_model->flags(v4).testFlag(Qt::ItemIsDragEnabled));
    QVERIFY(!m_model->flags(v4).testFlag(Qt::ItemIsDropEnabled));
    const int v2 = m_model->rowOfVersion(QStringLiteral("v2"));
    QVERIFY(!std::unique_ptr<QMimeData>(m_model->stageMimeData(v2, QStringLiteral("BETA"))));
    const auto data = payload(QStringLiteral("test-profile"), QStringLiteral("app"),
                              QStringLiteral("BETA"), QStringLiteral("v2"));
    QVERIFY(!m_model->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, v4));
}

QTEST_GUILESS_MAIN(TstVersionStageModel)
#include "tst_versionstagemodel.moc"
