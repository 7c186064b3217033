// SPDX-License-Identifier: Apache-2.0
// The rotation section of the details panel, offscreen, against a real csms-local: the state at a
// glance, the Auto rotation dialog (checked before sending, production guard, written and shown),
// and Rotate now (its preview, Cancel by default, the guard, the rotation and what it moved).
// The database password of the test secrets never appears on screen or in the log.
#include "core/sandbox/sandboxprofile.h"
#include "ui/detailspanel.h"
#include "ui/profiles/productionguard.h"
#include "ui/rotation/autorotationdialog.h"
#include "ui/rotation/rotatenowdialog.h"
#include "ui/rotation/rotationsection.h"
#include "uisandbox.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QtTest>

using namespace keystage;
using namespace keystage::test;
using namespace keystage::ui;

namespace {
const QString password = QStringLiteral("Hunter2-never-shown");
}

class TstRotationSection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void showsTheRotationStateAtAGlance();
    void commonSecretsCannotRotate();
    void periodIsCheckedBeforeSending_data();
    void periodIsCheckedBeforeSending();
    void autoRotationIsWrittenAfterTheGuard();
    void rotateNowPreviewsAndRotates();
    void valuesNeverShownOrLogged();

private:
    void makeDatabaseSecret(const QString &name, const QString &subType);
    Secret read(const QString &name);
    template<typename T>
    T *openedDialog();
    std::unique_ptr<CsmsLocal> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<CsmsClient> m_client;
    std::unique_ptr<CsmsClient> m_production;
    std::unique_ptr<DetailsPanel> m_panel;
    std::unique_ptr<LogCapture> m_log;
};

void TstRotationSection::initTestCase()
{
    m_log = std::make_unique<LogCapture>();
    m_server = std::make_unique<CsmsLocal>();
    QVERIFY2(m_server->start(), m_server->errorOutput().constData());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = uiClient(m_nam.get(), *m_server);
    Profile production = SandboxProfile::profile(m_server->baseUrl());
    production.production = true;
    m_production
            = std::make_unique<CsmsClient>(m_nam.get(), production, SandboxProfile::credentials());
    m_panel = std::make_unique<DetailsPanel>();
    m_panel->setClient(m_client.get());
    m_panel->resize(900, 300);
    m_panel->show();
}

void TstRotationSection::cleanup()
{
    ProductionGuard::setNextAnswerForTesting(std::nullopt);
    m_panel->setClient(m_client.get());
}

void TstRotationSection::makeDatabaseSecret(const QString &name, const QString &subType)
{
    CreateSecretRequest create;
    create.name = name;
    create.secretType = QStringLiteral("RDS-FG");
    create.rotationConfig
            = QStringLiteral("{'InstanceId':'rds-7','SecretSubType':'%1'}").arg(subType);
    create.secretString = QStringLiteral(R"({"username":"app","password":"%1"})").arg(password);
    QVERIFY(await(m_client->createSecret(create)).ok());
}

Secret TstRotationSection::read(const QString &name)
{
    return await(m_client->showSecret(name)).value();
}

template<typename T>
T *TstRotationSection::openedDialog()
{
    T *found = nullptr;
    [&] { QTRY_VERIFY((found = m_panel->findChild<T *>()) && found->isVisible()); }();
    return found;
}

void TstRotationSection::showsTheRotationStateAtAGlance()
{
    makeDatabaseSecret(QStringLiteral("orders-rds"), QStringLiteral("MultiUser"));
    UpdateSecretRequest on;
    on.autoRotation = true;
    on.rotationPeriod = QStringLiteral("30d");
    QVERIFY(await(m_client->updateSecret(QStringLiteral("orders-rds"), on)).ok());
    QVERIFY(await(m_client->rotateSecret(QStringLiteral("orders-rds"))).ok());

    m_panel->showSecret(QStringLiteral("orders-rds"));
    RotationSection *section = m_panel->rotationSection();
    QTRY_VERIFY(section->fieldText(QStringLiteral("rotationTask")).startsWith(u"(task succeeded"));
    QCOMPARE(section->fieldText(QStringLiteral("rotationKind")),
             QStringLiteral("RDS-FG, MultiUser"));
    QVERIFY(section->fieldText(QStringLiteral("lastRotation")).startsWith(u"last rotated "));
    // The period and the next rotation: the panel's Rotation field, beside the section.
    QVERIFY2(m_panel->fieldText(QStringLiteral("rotation")).startsWith(u"every 30d, next "),
             qPrintable(m_panel->fieldText(QStringLiteral("rotation"))));
    QVERIFY(section->autoRotationAction()->isEnabled());
    QVERIFY(section->rotateNowAction()->isEnabled());
}

void TstRotationSection::commonSecretsCannotRotate()
{
    QVERIFY(createSecret(m_client.get(), QStringLiteral("web-token"), QStringLiteral("tok")));
    m_panel->showSecret(QStringLiteral("web-token"));
    RotationSection *section = m_panel->rotationSection();
    QTRY_COMPARE(section->fieldText(QStringLiteral("rotationKind")),
                 QStringLiteral("COMMON: not rotated by CSMS"));
    QVERIFY(section->fieldText(QStringLiteral("rotationTask")).isEmpty());
    QCOMPARE(section->fieldText(QStringLiteral("lastRotation")), QStringLiteral("never rotated"));
    QVERIFY(!section->rotateNowAction()->isEnabled());
    QVERIFY(section->rotateNowAction()->toolTip().contains(QLatin1String("database")));
}

void TstRotationSection::periodIsCheckedBeforeSending_data()
{
    QTest::addColumn<int>("amount");
    QTest::addColumn<int>("unit"); // 0 days, 1 hours
    QTest::addColumn<QString>("period"); // empty: refused
    QTest::newRow("5 hours") << 5 << 1 << QString();
    QTest::newRow("6 hours") << 6 << 1 << QStringLiteral("6h");
    QTest::newRow("30 days") << 30 << 0 << QStringLiteral("30d");
    QTest::newRow("365 days") << 365 << 0 << QStringLiteral("365d");
    QTest::newRow("366 days") << 366 << 0 << QString();
    QTest::newRow("8760 hours") << 8760 << 1 << QStringLiteral("8760h");
}

void TstRotationSection::periodIsCheckedBeforeSending()
{
    QFETCH(int, amount);
    QFETCH(int, unit);
    QFETCH(QString, period);
    Secret secret;
    secret.name = QStringLiteral("any-rds");
    AutoRotationDialog dialog(secret);
    QVERIFY(!dialog.applyButton()->isEnabled()); // nothing changed yet
    dialog.enabledBox()->setChecked(true);
    dialog.unitBox()->setCurrentIndex(unit);
    dialog.amountBox()->setValue(amount);
    QCOMPARE(dialog.applyButton()->isEnabled(), !period.isEmpty());
    QCOMPARE(dialog.problem().isEmpty(), !period.isEmpty());
    if (!period.isEmpty())
        QCOMPARE(dialog.period(), period);
}

void TstRotationSection::autoRotationIsWrittenAfterTheGuard()
{
    makeDatabaseSecret(QStringLiteral("crm-rds"), QStringLiteral("SingleUser"));
    m_panel->setClient(m_production.get());
    m_panel->showSecret(QStringLiteral("crm-rds"));
    RotationSection *section = m_panel->rotationSection();
    QTRY_COMPARE(m_panel->fieldText(QStringLiteral("rotation")), QStringLiteral("off"));
    QTRY_VERIFY(section->autoRotationAction()->isEnabled());
    QSignalSpy messages(section, &RotationSection::messageShown);
    QSignalSpy changed(section, &RotationSection::secretChanged);

    // The guard says no: nothing is written.
    ProductionGuard::setNextAnswerForTesting(false);
    section->autoRotationAction()->trigger();
    auto *dialog = openedDialog<AutoRotationDialog>();
    dialog->enabledBox()->setChecked(true);
    dialog->unitBox()->setCurrentIndex(1);
    dialog->amountBox()->setValue(12);
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_panel->findChild<AutoRotationDialog *>());
    QVERIFY(!read(QStringLiteral("crm-rds")).autoRotation);
    QCOMPARE(changed.size(), 0);

    // The guard says yes: written, re-read and shown.
    ProductionGuard::setNextAnswerForTesting(true);
    section->autoRotationAction()->trigger();
    dialog = openedDialog<AutoRotationDialog>();
    dialog->enabledBox()->setChecked(true);
    dialog->unitBox()->setCurrentIndex(1);
    dialog->amountBox()->setValue(12);
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QTRY_COMPARE(changed.size(), 1);
    const Secret now = read(QStringLiteral("crm-rds"));
    QVERIFY(now.autoRotation);
    QCOMPARE(now.rotationPeriod, QStringLiteral("12h"));
    QTRY_VERIFY(m_panel->fieldText(QStringLiteral("rotation")).startsWith(u"every 12h, next "));
    QCOMPARE(messages.last().at(1).toString(), QStringLiteral("crm-rds rotates every 12h"));
}

void TstRotationSection::rotateNowPreviewsAndRotates()
{
    makeDatabaseSecret(QStringLiteral("billing-rds"), QStringLiteral("SingleUser"));
    m_panel->showSecret(QStringLiteral("billing-rds"));
    RotationSection *section = m_panel->rotationSection();
    QTRY_VERIFY(section->rotateNowAction()->isEnabled());
    QSignalSpy messages(section, &RotationSection::messageShown);
    QSignalSpy changed(section, &RotationSection::secretChanged);

    // The preview; Cancel is the default button, and cancelling rotates nothing.
    section->rotateNowAction()->trigger();
    auto *preview = openedDialog<RotateNowDialog>();
    QVERIFY2(preview->stagesText().contains(QLatin1String("SYSCURRENT now: v1")),
             qPrintable(preview->stagesText()));
    QVERIFY(preview->stagesText().contains(QLatin1String("SYSPREVIOUS")));
    QVERIFY2(preview->loginText().contains(QLatin1String("single user")),
             qPrintable(preview->loginText()));
    QVERIFY(preview->loginText().contains(QLatin1String("rds-7")));
    QVERIFY(preview->undoText().contains(QLatin1String("cannot be undone")));
    QVERIFY(!preview->rotateButton()->isDefault());
    QTest::keyClick(preview, Qt::Key_Escape);
    QTRY_VERIFY(!m_panel->findChild<RotateNowDialog *>());
    SecretTaskQuery query;
    query.secretName = QStringLiteral("billing-rds");
    QCOMPARE(await(m_client->listSecretTasks(query))->total, 0);

    // Confirmed: rotated, the new version is SYSCURRENT, the section shows the task.
    QTRY_VERIFY(section->rotateNowAction()->isEnabled());
    section->rotateNowAction()->trigger();
    preview = openedDialog<RotateNowDialog>();
    QTest::mouseClick(preview->rotateButton(), Qt::LeftButton);
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(await(m_client->showStage(QStringLiteral("billing-rds"), QStringLiteral("SYSCURRENT")))
                     ->versionId,
             QStringLiteral("v2"));
    QCOMPARE(messages.last().at(1).toString(),
             QStringLiteral("billing-rds was rotated: v2 is SYSCURRENT now"));
    QTRY_VERIFY(section->fieldText(QStringLiteral("rotationTask")).startsWith(u"(task succeeded"));
    QVERIFY(section->fieldText(QStringLiteral("lastRotation")).startsWith(u"last rotated "));
}

void TstRotationSection::valuesNeverShownOrLogged()
{
    const auto labels = m_panel->findChildren<QLabel *>();
    for (const QLabel *label : labels)
        QVERIFY(!label->text().contains(password));
    QVERIFY(!LogCapture::contains(password));
}

QTEST_MAIN(TstRotationSection)
#include "tst_rotationsection.moc"
