// SPDX-License-Identifier: Apache-2.0
// RotationEditor against a real csms-local: the period rules the dialog checks before sending,
// the plan a preview is drawn from, and the stale check of both writes (someone else changed the
// secret between the read the user saw and the write: nothing is written).
#include "clienttest.h"
#include "core/ops/rotationeditor.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

using namespace keystage;
using namespace keystage::test;

class TstRotationEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void periodRules_data();
    void periodRules();
    void planReadsStagesAndLogin();
    void commonSecretsAreRefusedBeforeSending();
    void autoRotationOnAndOff();
    void autoRotationChangedElsewhereIsStale();
    void rotateNowMovesSyscurrent();
    void rotatedElsewhereIsStale();
    void checksGoOutTogether();
    void aFailedCheckEndsOnce();

private:
    void makeDatabaseSecret(const QString &name, const QString &subType);
    RotationPlan plan(const QString &name);
    RotationOutcome run(const std::function<void(RotationEditor::Done)> &start);
    std::unique_ptr<CsmsLocal> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<CsmsClient> m_client;
    std::unique_ptr<RotationEditor> m_editor;
};

void TstRotationEditor::initTestCase()
{
    m_server = std::make_unique<CsmsLocal>();
    START(*m_server);
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<CsmsClient>(m_nam.get(), profileFor(*m_server), credentials());
    m_editor = std::make_unique<RotationEditor>(m_client.get());
}

void TstRotationEditor::makeDatabaseSecret(const QString &name, const QString &subType)
{
    CreateSecretRequest create;
    create.name = name;
    create.secretType = QStringLiteral("GaussDB-FG");
    create.rotationConfig
            = QStringLiteral(R"({"InstanceId":"tdb-1","SecretSubType":"%1"})").arg(subType);
    create.secretString = QStringLiteral(R"({"username":"app","password":"p"})");
    OK(await(m_client->createSecret(create)));
}

RotationPlan TstRotationEditor::plan(const QString &name)
{
    std::optional<RotationPlan> result;
    bool called = false;
    m_editor->plan(name, this, [&](const std::optional<RotationPlan> &p, const ApiError &) {
        result = p;
        called = true;
    });
    [&] { QTRY_VERIFY(called); }();
    return result.value_or(RotationPlan());
}

RotationOutcome TstRotationEditor::run(const std::function<void(RotationEditor::Done)> &start)
{
    RotationOutcome outcome;
    bool called = false;
    start([&](const RotationOutcome &o) {
        outcome = o;
        called = true;
    });
    [&] { QTRY_VERIFY(called); }();
    return outcome;
}

void TstRotationEditor::periodRules_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<qint64>("seconds");
    QTest::newRow("6h") << QStringLiteral("6h") << qint64(21600);
    QTest::newRow("30d") << QStringLiteral("30d") << qint64(30 * 86400);
    QTest::newRow("365d") << QStringLiteral("365d") << qint64(365 * 86400);
    QTest::newRow("8760h") << QStringLiteral("8760h") << qint64(8760 * 3600);
    QTest::newRow("360m") << QStringLiteral("360m") << qint64(21600);
    QTest::newRow("5h") << QStringLiteral("5h") << qint64(-1);
    QTest::newRow("366d") << QStringLiteral("366d") << qint64(-1);
    QTest::newRow("2w") << QStringLiteral("2w") << qint64(-1);
    QTest::newRow("empty") << QString() << qint64(-1);
}

void TstRotationEditor::periodRules()
{
    QFETCH(QString, period);
    QFETCH(qint64, seconds);
    QCOMPARE(RotationEditor::periodSeconds(period), seconds);
    QCOMPARE(RotationEditor::periodProblem(period).isEmpty(), seconds > 0);
}

void TstRotationEditor::planReadsStagesAndLogin()
{
    makeDatabaseSecret(QStringLiteral("tdb-multi"), QStringLiteral("MultiUser"));
    CreateVersionRequest second;
    second.secretString = QStringLiteral(R"({"username":"app2","password":"q"})");
    OK(await(m_client->createVersion(QStringLiteral("tdb-multi"), second)));
    const RotationPlan p = plan(QStringLiteral("tdb-multi"));
    QCOMPARE(p.secret.name, QStringLiteral("tdb-multi"));
    QCOMPARE(p.currentVersion, QStringLiteral("v2"));
    QCOMPARE(p.previousVersion, QStringLiteral("v1"));
    QCOMPARE(p.login, RotationPlan::Login::MultiUser);
    QVERIFY(p.instance.contains(QLatin1String("tdb-1")));
    QVERIFY(p.canRotate());
}

void TstRotationEditor::commonSecretsAreRefusedBeforeSending()
{
    CreateSecretRequest common;
    common.name = QStringLiteral("api-key");
    common.secretString = QStringLiteral("k");
    OK(await(m_client->createSecret(common)));
    const RotationPlan p = plan(QStringLiteral("api-key"));
    QCOMPARE(p.login, RotationPlan::Login::None);
    QVERIFY(!p.canRotate());
    QVERIFY(p.refusal()->contains(QLatin1String("COMMON")));
}

void TstRotationEditor::autoRotationOnAndOff()
{
    makeDatabaseSecret(QStringLiteral("tdb-auto"), QStringLiteral("SingleUser"));
    const Secret seen = await(m_client->showSecret(QStringLiteral("tdb-auto"))).value();
    QSignalSpy busy(m_editor.get(), &RotationEditor::busyChanged);
    RotationOutcome on = run([&](RotationEditor::Done done) {
        m_editor->setAutoRotation(seen, true, QStringLiteral("7d"), this, done);
    });
    QCOMPARE(on.status, RotationOutcome::Status::Done);
    QVERIFY(on.secret.autoRotation);
    QCOMPARE(on.secret.rotationPeriod, QStringLiteral("7d"));
    QVERIFY(on.secret.nextRotationTime.has_value());
    QCOMPARE(busy.size(), 2); // true, then false
    RotationOutcome off = run([&](RotationEditor::Done done) {
        m_editor->setAutoRotation(on.secret, false, {}, this, done);
    });
    QCOMPARE(off.status, RotationOutcome::Status::Done);
    QVERIFY(!off.secret.autoRotation);
    QVERIFY(!off.secret.nextRotationTime.has_value());
}

void TstRotationEditor::autoRotationChangedElsewhereIsStale()
{
    makeDatabaseSecret(QStringLiteral("tdb-race"), QStringLiteral("SingleUser"));
    const Secret seen = await(m_client->showSecret(QStringLiteral("tdb-race"))).value();
    UpdateSecretRequest elsewhere;
    elsewhere.autoRotation = true;
    elsewhere.rotationPeriod = QStringLiteral("1d");
    OK(await(m_client->updateSecret(QStringLiteral("tdb-race"), elsewhere)));
    RotationOutcome o = run([&](RotationEditor::Done done) {
        m_editor->setAutoRotation(seen, true, QStringLiteral("30d"), this, done);
    });
    QCOMPARE(o.status, RotationOutcome::Status::Stale);
    QVERIFY2(o.staleReason.contains(QLatin1String("every 1d")), qPrintable(o.staleReason));
    const Secret now = await(m_client->showSecret(QStringLiteral("tdb-race"))).value();
    QCOMPARE(now.rotationPeriod, QStringLiteral("1d")); // nothing written
}

void TstRotationEditor::rotateNowMovesSyscurrent()
{
    makeDatabaseSecret(QStringLiteral("tdb-now"), QStringLiteral("SingleUser"));
    const RotationPlan p = plan(QStringLiteral("tdb-now"));
    QCOMPARE(p.currentVersion, QStringLiteral("v1"));
    RotationOutcome o = run([&](RotationEditor::Done done) { m_editor->rotateNow(p, this, done); });
    QCOMPARE(o.status, RotationOutcome::Status::Done);
    QCOMPARE(o.versionId, QStringLiteral("v2"));
    QVERIFY(!o.taskId.isEmpty());
    QVERIFY(o.secret.rotationTime.has_value()); // the re-read after the write
    const auto stage
            = await(m_client->showStage(QStringLiteral("tdb-now"), QStringLiteral("SYSCURRENT")));
    QCOMPARE(stage->versionId, QStringLiteral("v2"));
}

void TstRotationEditor::rotatedElsewhereIsStale()
{
    makeDatabaseSecret(QStringLiteral("tdb-twice"), QStringLiteral("SingleUser"));
    const RotationPlan p = plan(QStringLiteral("tdb-twice"));
    OK(await(m_client->rotateSecret(QStringLiteral("tdb-twice")))); // someone else, meanwhile
    RotationOutcome o = run([&](RotationEditor::Done done) { m_editor->rotateNow(p, this, done); });
    QCOMPARE(o.status, RotationOutcome::Status::Stale);
    QVERIFY(o.staleReason.contains(QLatin1String("Nothing was rotated")));
    SecretTaskQuery query;
    query.secretName = QStringLiteral("tdb-twice");
    QCOMPARE(await(m_client->listSecretTasks(query))->total, 1); // only the other one
}

void TstRotationEditor::checksGoOutTogether()
{
    // The reads of the preview, and the two checks before Rotate now, do not wait for one
    // another: a distant CSMS answers them in one round trip, not two.
    makeDatabaseSecret(QStringLiteral("tdb-fast"), QStringLiteral("SingleUser"));
    QList<QByteArray> sent;
    int peak = 0;
    const auto counting = connect(m_client.get(), &CsmsClient::inFlightChanged, this,
                                  [&peak](int n) { peak = qMax(peak, n); });
    const RotationPlan p = plan(QStringLiteral("tdb-fast"));
    QVERIFY(p.canRotate());
    QCOMPARE(peak, 2);
    peak = 0;
    const auto recording = connect(m_client.get(), &CsmsClient::callFinished, this,
                                   [&sent](const ApiCallRecord &call) { sent << call.method; });
    const RotationOutcome o
            = run([&](RotationEditor::Done done) { m_editor->rotateNow(p, this, done); });
    disconnect(counting);
    disconnect(recording);
    QCOMPARE(o.status, RotationOutcome::Status::Done);
    QCOMPARE(peak, 2); // the secret and SYSCURRENT together; then the write; then the re-read
    QCOMPARE(sent, (QList<QByteArray>{"GET", "GET", "POST", "GET"}));
}

void TstRotationEditor::aFailedCheckEndsOnce()
{
    // Both checks fail (the secret is gone): the caller hears of it once, and the editor is no
    // longer busy.
    makeDatabaseSecret(QStringLiteral("tdb-gone"), QStringLiteral("SingleUser"));
    const RotationPlan p = plan(QStringLiteral("tdb-gone"));
    QVERIFY(p.canRotate());
    OK(await(m_client->deleteSecret(QStringLiteral("tdb-gone"))));
    int calls = 0;
    RotationOutcome outcome;
    m_editor->rotateNow(p, this, [&](const RotationOutcome &o) {
        ++calls;
        outcome = o;
    });
    QVERIFY(m_editor->isBusy());
    QTRY_VERIFY(!m_editor->isBusy());
    QTRY_COMPARE(m_client->inFlight(), 0);
    QCOMPARE(calls, 1);
    QCOMPARE(outcome.error.kind, ApiError::Kind::NotFound);
    QCOMPARE(outcome.status, RotationOutcome::Status::Failed);
    bool planned = false;
    m_editor->plan(QStringLiteral("tdb-gone"), this,
                   [&](const std::optional<RotationPlan> &none, const ApiError &error) {
                       QVERIFY(!planned);
                       QVERIFY(!none);
                       QCOMPARE(error.kind, ApiError::Kind::NotFound);
                       planned = true;
                   });
    QTRY_VERIFY(planned);
    QTRY_COMPARE(m_client->inFlight(), 0);
}

QTEST_GUILESS_MAIN(TstRotationEditor)
#include "tst_rotationeditor.moc"
