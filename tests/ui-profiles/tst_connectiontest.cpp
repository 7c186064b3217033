// SPDX-License-Identifier: Apache-2.0
// "Test connection" of ProfileDialog against a real csms-local: success (AK/SK and IAM password),
// a wrong secret key, a wrong project, a dead port, and cancelling a slow test.
#include "core/profile/connectiontester.h"
#include "core/profile/memorycredentialstore.h"
#include "core/profile/profilecredentialstore.h"
#include "core/profile/profilestore.h"
#include "csmslocal.h"
#include "dialogdriver.h"
#include "ui/profiles/profileform.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace keystage;
using namespace keystage::test;
using keystage::ui::ConnectionTester;
using keystage::ui::ConnectionTestResult;
using keystage::ui::ProfileCredentialStore;
using keystage::ui::ProfileDialog;

class TestConnectionTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void succeedsWithAkSk();
    void succeedsWithStoredSecret();
    void succeedsWithIamPassword();
    void wrongSecretKey();
    void wrongProject();
    void deadPort();
    void cancelSlowTest();

private:
    std::unique_ptr<ProfileDialog> makeDialog();
    void fillSandbox(ProfileDialog *dialog, const QUrl &baseUrl, const QString &project,
                     const QString &sk);
    ConnectionTestResult runTest(ProfileDialog *dialog);

    std::unique_ptr<CsmsLocal> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemoryCredentialStore> m_keychain;
    std::unique_ptr<ProfileCredentialStore> m_credentials;
    QNetworkAccessManager m_nam;
};

void TestConnectionTest::initTestCase()
{
    CsmsLocalOptions options;
    options.seedDemo = 3;
    m_server = std::make_unique<CsmsLocal>(options);
    QVERIFY2(m_server->start(), m_server->errorOutput().constData());
}

void TestConnectionTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_profiles = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles.ini")));
    m_keychain = std::make_unique<MemoryCredentialStore>();
    m_credentials = std::make_unique<ProfileCredentialStore>(m_keychain.get());
}

void TestConnectionTest::cleanup()
{
    m_credentials.reset();
    m_keychain.reset();
    m_profiles.reset();
    m_dir.reset();
}

std::unique_ptr<ProfileDialog> TestConnectionTest::makeDialog()
{
    auto dialog = std::make_unique<ProfileDialog>(m_profiles.get(), m_credentials.get(), &m_nam);
    dialog->show();
    return dialog;
}

void TestConnectionTest::fillSandbox(ProfileDialog *dialog, const QUrl &baseUrl,
                                     const QString &project, const QString &sk)
{
    type(dialog, "name", QStringLiteral("Local"));
    type(dialog, "csmsEndpoint", baseUrl.toString());
    type(dialog, "iamEndpoint", baseUrl.toString());
    type(dialog, "projectId", project);
    type(dialog, "accessKey", SandboxCredentials::accessKey());
    type(dialog, "secretKey", sk);
}

ConnectionTestResult TestConnectionTest::runTest(ProfileDialog *dialog)
{
    QSignalSpy finished(dialog->tester(), &ConnectionTester::finished);
    QTest::mouseClick(pushButton(dialog, "testConnection"), Qt::LeftButton);
    if (finished.isEmpty())
        finished.wait(30000);
    if (finished.isEmpty())
        return {};
    return finished.first().first().value<ConnectionTestResult>();
}

void TestConnectionTest::succeedsWithAkSk()
{
    auto dialog = makeDialog();
    fillSandbox(dialog.get(), m_server->baseUrl(), m_server->projectId(),
                SandboxCredentials::secretKey());
    const ConnectionTestResult result = runTest(dialog.get());
    QVERIFY2(result.ok, qPrintable(result.describe()));
    QCOMPARE(result.projectId, m_server->projectId());
    QVERIFY(result.hasSecrets);
    QVERIFY(dialog->statusText().startsWith(QStringLiteral("Connected")));
    QVERIFY(dialog->statusText().contains(m_server->projectId()));
    QVERIFY(!dialog->isBusy());
    QVERIFY(m_profiles->profiles().isEmpty()); // testing saves nothing
    QCOMPARE(m_keychain->count(), 0);
}

void TestConnectionTest::succeedsWithStoredSecret()
{
    auto dialog = makeDialog();
    fillSandbox(dialog.get(), m_server->baseUrl(), QString(), SandboxCredentials::secretKey());
    QSignalSpy saved(dialog.get(), &ProfileDialog::profileSaved);
    QTest::mouseClick(pushButton(dialog.get(), "save"), Qt::LeftButton);
    QVERIFY(saved.wait(5000));
    QCOMPARE(field(dialog.get(), "secretKey")->text(), QString());
    // No project id: it is looked up from IAM; the secret comes from the store.
    const ConnectionTestResult result = runTest(dialog.get());
    QVERIFY2(result.ok, qPrintable(result.describe()));
    QCOMPARE(result.projectId, m_server->projectId());
}

void TestConnectionTest::succeedsWithIamPassword()
{
    auto dialog = makeDialog();
    type(dialog.get(), "name", QStringLiteral("Local IAM"));
    type(dialog.get(), "csmsEndpoint", m_server->baseUrl().toString());
    type(dialog.get(), "iamEndpoint", m_server->baseUrl().toString());
    chooseIamPassword(dialog.get());
    type(dialog.get(), "iamUser", SandboxCredentials::iamUser());
    type(dialog.get(), "iamDomain", SandboxCredentials::iamDomain());
    type(dialog.get(), "password", SandboxCredentials::iamPassword());
    const ConnectionTestResult result = runTest(dialog.get());
    QVERIFY2(result.ok, qPrintable(result.describe()));

    type(dialog.get(), "password", QStringLiteral("not-the-password"));
    const ConnectionTestResult wrong = runTest(dialog.get());
    QVERIFY(!wrong.ok);
    QCOMPARE(wrong.error.kind, ApiError::Kind::Unauthorized);
    QVERIFY(!dialog->statusText().contains(QStringLiteral("not-the-password")));
}

void TestConnectionTest::wrongSecretKey()
{
    auto dialog = makeDialog();
    fillSandbox(dialog.get(), m_server->baseUrl(), m_server->projectId(),
                QStringLiteral("wrongSecretKey0000000000000000000000000001"));
    const ConnectionTestResult result = runTest(dialog.get());
    QVERIFY(!result.ok);
    QCOMPARE(result.error.kind, ApiError::Kind::Unauthorized);
    const QString text = dialog->statusText();
    QVERIFY2(text.startsWith(QStringLiteral("Connection failed: ") + result.error.message),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("credentials were rejected")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("APIG.0301")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("HTTP status: 401")), qPrintable(text));
    QVERIFY(!result.error.requestId.isEmpty());
    QVERIFY2(text.contains(result.error.requestId), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("wrongSecretKey")));
}

void TestConnectionTest::wrongProject()
{
    auto dialog = makeDialog();
    fillSandbox(dialog.get(), m_server->baseUrl(),
                QStringLiteral("ffffffffffffffffffffffffffffffff"),
                SandboxCredentials::secretKey());
    const ConnectionTestResult result = runTest(dialog.get());
    QVERIFY(!result.ok);
    QCOMPARE(result.error.kind, ApiError::Kind::Forbidden);
    const QString text = dialog->statusText();
    QVERIFY2(text.contains(ApiError::tr("Access denied: the account may lack the permission, or "
                                        "the project id is wrong")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("HTTP status: 403")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Request id: ")), qPrintable(text));
}

void TestConnectionTest::deadPort()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close(); // nobody listens there now
    QUrl dead(QStringLiteral("http://127.0.0.1"));
    dead.setPort(port);

    auto dialog = makeDialog();
    fillSandbox(dialog.get(), dead, m_server->projectId(), SandboxCredentials::secretKey());
    const ConnectionTestResult result = runTest(dialog.get());
    QVERIFY(!result.ok);
    QCOMPARE(result.error.kind, ApiError::Kind::Network);
    QVERIFY2(dialog->statusText().startsWith(QStringLiteral("Connection failed: ")),
             qPrintable(dialog->statusText()));
    QVERIFY(dialog->statusText().contains(result.error.message));
    QVERIFY(!result.error.message.isEmpty());
}

void TestConnectionTest::cancelSlowTest()
{
    CsmsLocalOptions options;
    options.faultLatencyMs = 5000;
    CsmsLocal slow(options);
    QVERIFY2(slow.start(), slow.errorOutput().constData());

    auto dialog = makeDialog();
    fillSandbox(dialog.get(), slow.baseUrl(), slow.projectId(), SandboxCredentials::secretKey());
    QSignalSpy finished(dialog->tester(), &ConnectionTester::finished);
    QTest::mouseClick(pushButton(dialog.get(), "testConnection"), Qt::LeftButton);
    QVERIFY(dialog->isBusy());
    QVERIFY(!pushButton(dialog.get(), "testConnection")->isEnabled());
    QPushButton *cancel = pushButton(dialog.get(), "cancelTest");
    QVERIFY(cancel->isEnabled());
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(finished.size(), 1);
    QVERIFY(clock.elapsed() < 2000); // did not wait for the server
    const auto result = finished.first().first().value<ConnectionTestResult>();
    QCOMPARE(result.error.kind, ApiError::Kind::Cancelled);
    QCOMPARE(dialog->statusText(), ConnectionTester::tr("The test was cancelled."));
    QVERIFY(!dialog->isBusy());
    QVERIFY(pushButton(dialog.get(), "testConnection")->isEnabled());
}

QTEST_MAIN(TestConnectionTest)
#include "tst_connectiontest.moc"
