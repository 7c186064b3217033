// VersionStageModel against a real csms-local: rows newest first, stage roles, the drag and drop
// contract (payload, refusals), pending state, stale moves (conflict) and failed moves.
#include "core/model/versionstagemodel.h"
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
    void dropMovesWithPendingState();
    void staleMoveIsAConflict();
    void failedMoveReturnsToHolder();

private:
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
    m_model->setDragStage(v2, QStringLiteral("BETA"));
    std::unique_ptr<QMimeData> data(m_model->mimeData({m_model->index(v2, 0)}));
    QVERIFY(data);
    QCOMPARE(data->formats(), QStringList{VersionStageModel::mimeType()});
    const QJsonObject o
            = QJsonDocument::fromJson(data->data(VersionStageModel::mimeType())).object();
    QCOMPARE(o.keys().join(QLatin1Char(' ')), QStringLiteral("profile secret stage version"));
    QCOMPARE(o.value(QLatin1String("profile")).toString(), QStringLiteral("test-profile"));
    QCOMPARE(o.value(QLatin1String("secret")).toString(), QStringLiteral("app"));
    QCOMPARE(o.value(QLatin1String("stage")).toString(), QStringLiteral("BETA"));
    QCOMPARE(o.value(QLatin1String("version")).toString(), QStringLiteral("v2"));
    // v4 holds one stage: no drag stage needed. Two rows at once, or a stage the row does not
    // hold: nothing.
    std::unique_ptr<QMimeData> single(m_model->mimeData({m_model->index(0, 0)}));
    QVERIFY(single);
    QVERIFY(single->data(VersionStageModel::mimeType()).contains("SYSCURRENT"));
    QVERIFY(!std::unique_ptr<QMimeData>(
            m_model->mimeData({m_model->index(0, 0), m_model->index(1, 0)})));
    QVERIFY(!std::unique_ptr<QMimeData>(m_model->stageMimeData(0, QStringLiteral("BETA"))));
    QVERIFY(!std::unique_ptr<QMimeData>(m_model->mimeData({m_model->index(3, 0)}))); // v1: none
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
    QVERIFY(!m_model->hasPendingMoves());
    QCoreApplication::processEvents();
    QCOMPARE(calls, 0); // nothing was sent
    QCOMPARE(stagesOf(QStringLiteral("v2")), QStringList{QStringLiteral("BETA")});
}

void TstVersionStageModel::dropMovesWithPendingState()
{
    const QModelIndex v4 = m_model->index(m_model->rowOfVersion(QStringLiteral("v4")), 0);
    const QModelIndex v2 = m_model->index(m_model->rowOfVersion(QStringLiteral("v2")), 0);
    const auto data = payload(QStringLiteral("test-profile"), QStringLiteral("app"),
                              QStringLiteral("BETA"), QStringLiteral("v2"));
    QSignalSpy moved(m_model.get(), &VersionStageModel::stageMoved);
    QVERIFY(m_model->dropMimeData(data.get(), Qt::MoveAction, -1, -1, v4));
    // Pending until the server answers: on the target dimmed, a ghost on the holder.
    QCOMPARE(v4.data(VersionStageModel::PendingStagesRole).toStringList(),
             QStringList{QStringLiteral("BETA")});
    QCOMPARE(v2.data(VersionStageModel::LeavingStagesRole).toStringList(),
             QStringList{QStringLiteral("BETA")});
    QCOMPARE(v2.data(VersionStageModel::StagesRole).toStringList(),
             QStringList{QStringLiteral("BETA")});
    QVERIFY(m_model->isPending(QStringLiteral("BETA")));
    QVERIFY(!m_model->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, v4)); // one at a time
    QVERIFY(moved.wait(30000));
    QVERIFY(!m_model->hasPendingMoves());
    QVERIFY(v4.data(VersionStageModel::PendingStagesRole).toStringList().isEmpty());
    QCOMPARE(stagesOf(QStringLiteral("v4")),
             (QStringList{QStringLiteral("SYSCURRENT"), QStringLiteral("BETA")}));
    QVERIFY(stagesOf(QStringLiteral("v2")).isEmpty());
    QVERIFY(v2.data(VersionStageModel::DeprecatedRole).toBool());
    const StageOutcome outcome = moved.first().first().value<StageOutcome>();
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.undo.kind, StageChange::Kind::Move);
    QCOMPARE(outcome.undo.from, QStringLiteral("v4"));
    QCOMPARE(outcome.undo.to, QStringLiteral("v2"));
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
    QSignalSpy failed(m_model.get(), &VersionStageModel::stageMoveFailed);
    QVERIFY(m_model->moveStage(QStringLiteral("BETA"), QStringLiteral("v1")));
    QVERIFY(failed.wait(30000));
    const StageOutcome outcome = failed.first().first().value<StageOutcome>();
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
    QSignalSpy failed(m_model.get(), &VersionStageModel::stageMoveFailed);
    QVERIFY(m_model->moveStage(QStringLiteral("BETA"), QStringLiteral("v1")));
    QCOMPARE(m_model->index(3, 0).data(VersionStageModel::PendingStagesRole).toStringList(),
             QStringList{QStringLiteral("BETA")});
    QVERIFY(failed.wait(60000));
    const StageOutcome outcome = failed.first().first().value<StageOutcome>();
    QCOMPARE(outcome.error->kind, ApiError::Kind::Network);
    QVERIFY(!m_model->hasPendingMoves());
    QVERIFY(m_model->index(3, 0)
                    .data(VersionStageModel::PendingStagesRole)
                    .toStringList()
                    .isEmpty());
    QCOMPARE(stagesOf(QStringLiteral("v2")), QStringList{QStringLiteral("BETA")});
    QVERIFY(stagesOf(QStringLiteral("v1")).isEmpty());
}

QTEST_GUILESS_MAIN(TstVersionStageModel)
#include "tst_versionstagemodel.moc"
