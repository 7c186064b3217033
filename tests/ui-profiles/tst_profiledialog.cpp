// SPDX-License-Identifier: Apache-2.0
// ProfileDialog with an in-memory "keychain": create, edit, delete, validation as you type,
// secrets kept out of the settings file, keychain errors, the production guard, imports.
#include "core/profile/connectiontester.h"
#include "core/profile/memorycredentialstore.h"
#include "core/profile/profilecredentialstore.h"
#include "core/profile/profilestore.h"
#include "dialogdriver.h"
#include "ui/profiles/productionguard.h"
#include "ui/profiles/profileform.h"

#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace keystage;
using namespace keystage::test;
using keystage::ui::ConnectionTester;
using keystage::ui::ProductionGuard;
using keystage::ui::ProfileCredentialStore;
using keystage::ui::ProfileDialog;

namespace {

const QString projectId = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString secretKey = QStringLiteral("sk-Very-Secret-4711-abcdefghijklmnop");
const QString iamPassword = QStringLiteral("pw-Also-Secret-0815");

// A "keychain" that counts every call made to it.
class CountingStore : public MemoryCredentialStore
{
public:
    int calls = 0;
    CredentialReply *read(const QString &id) override
    {
        ++calls;
        return MemoryCredentialStore::read(id);
    }
    CredentialReply *write(const QString &id, const Credentials &credentials) override
    {
        ++calls;
        return MemoryCredentialStore::write(id, credentials);
    }
    CredentialReply *remove(const QString &id) override
    {
        ++calls;
        return MemoryCredentialStore::remove(id);
    }
};

} // namespace

class TestProfileDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void firstStartOffersSandbox();
    void noKeychainAccessUntilAsked();
    void validatesAsYouType();
    void warnsAboutPlainHttpToAnotherHost();
    void productionRefusesPlainHttpToAnotherHost();
    void createsProfileWithSecret();
    void editKeepsStoredSecret();
    void passwordNeverInSettings();
    void sessionOnlySecret();
    void keychainErrorExplained();
    void keychainReadErrorOnTest();
    void deleteAsksAndRemovesSecret();
    void deleteCancelledKeepsProfile();
    void productionGuardNeedsExactName();
    void saveByMouseWithAProductionProfileFirst();
    void newPutsTheFocusInTheName();
    void productionDeleteGuarded();
    void productionConfirmHook();
    void importFromEnvironment();
    void importFromKooCli();
    void importErrorsShown();
    void accessibleNames();

private:
    std::unique_ptr<ProfileDialog> makeDialog();
    // Fills a complete AK/SK profile named name.
    void fillAkSk(ProfileDialog *dialog, const QString &name);
    QString saveAndWait(ProfileDialog *dialog);
    QByteArray settingsBytes() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemoryCredentialStore> m_keychain;
    std::unique_ptr<ProfileCredentialStore> m_credentials;
    QNetworkAccessManager m_nam;
};

void TestProfileDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_profiles = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles.ini")));
    m_keychain = std::make_unique<MemoryCredentialStore>();
    m_credentials = std::make_unique<ProfileCredentialStore>(m_keychain.get());
}

void TestProfileDialog::cleanup()
{
    m_credentials.reset();
    m_keychain.reset();
    m_profiles.reset();
    m_dir.reset();
}

// New (by mouse) puts the focus in the Name field: the user types the name next (issue 17).
void TestProfileDialog::newPutsTheFocusInTheName()
{
    Profile p;
    p.id = ProfileStore::newProfileId();
    p.displayName = QStringLiteral("Existing");
    p.region = QStringLiteral("cn-north-4");
    p.projectId = projectId;
    p.accessKey = QStringLiteral("AKTEST0000000000001");
    QVERIFY(m_profiles->add(p).size() > 0);
    auto dialog = makeDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    dialog->activateWindow();
    auto *newButton = dialog->findChild<QPushButton *>(QStringLiteral("new"));
    QVERIFY(newButton);
    QTest::mouseClick(newButton, Qt::LeftButton);
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("name"));
    QVERIFY(name);
    QTRY_VERIFY(name->hasFocus());
    QVERIFY(name->text().isEmpty());
}

std::unique_ptr<ProfileDialog> TestProfileDialog::makeDialog()
{
    auto dialog = std::make_unique<ProfileDialog>(m_profiles.get(), m_credentials.get(), &m_nam);
    dialog->show();
    return dialog;
}

void TestProfileDialog::fillAkSk(ProfileDialog *dialog, const QString &name)
{
    type(dialog, "name", name);
    chooseRegion(dialog, QStringLiteral("cn-east-3"));
    type(dialog, "projectId", projectId);
    type(dialog, "accessKey", QStringLiteral("AKTEST0000000000001"));
    type(dialog, "secretKey", secretKey);
}

QString TestProfileDialog::saveAndWait(ProfileDialog *dialog)
{
    QSignalSpy saved(dialog, &ProfileDialog::profileSaved);
    QPushButton *save = pushButton(dialog, "save");
    if (!save || !save->isEnabled())
        return {};
    QTest::mouseClick(save, Qt::LeftButton);
    if (saved.isEmpty() && !saved.wait(5000))
        return {};
    return saved.first().first().toString();
}

QByteArray TestProfileDialog::settingsBytes() const
{
    QFile file(m_profiles->settingsFileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestProfileDialog::firstStartOffersSandbox()
{
    auto dialog = makeDialog();
    QPushButton *sandbox = pushButton(dialog.get(), "trySandbox");
    QVERIFY(sandbox);
    QVERIFY(sandbox->isVisible());
    QVERIFY(dialog->isNewProfile());
    QSignalSpy requested(dialog.get(), &ProfileDialog::sandboxRequested);
    QTest::mouseClick(sandbox, Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(m_keychain->count(), 0); // nothing touched the keychain

    // With a profile saved, the greeting is gone.
    Profile p;
    p.displayName = QStringLiteral("Saved");
    p.region = QStringLiteral("cn-north-4");
    p.accessKey = QStringLiteral("AK");
    QVERIFY(!m_profiles->add(p).isEmpty());
    auto second = makeDialog();
    QVERIFY(!pushButton(second.get(), "trySandbox")->isVisible());
    QVERIFY(!second->isNewProfile());
    QCOMPARE(second->form()->profile().displayName, QStringLiteral("Saved"));
}

void TestProfileDialog::noKeychainAccessUntilAsked()
{
    for (const char *name : {"One", "Two"}) {
        Profile p;
        p.displayName = QLatin1String(name);
        p.region = QStringLiteral("cn-north-4");
        p.accessKey = QStringLiteral("AK");
        QVERIFY(!m_profiles->add(p).isEmpty());
    }
    CountingStore keychain;
    ProfileCredentialStore credentials(&keychain);
    {
        ProfileDialog dialog(m_profiles.get(), &credentials, &m_nam);
        dialog.show();
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("profileList"));
        list->setCurrentRow(1);
        QCOMPARE(dialog.form()->profile().displayName, QStringLiteral("Two"));
        type(&dialog, "name", QStringLiteral("Two renamed"));
        QTest::mouseClick(pushButton(&dialog, "save"), Qt::LeftButton); // no new secret
        QCOMPARE(m_profiles->profile(dialog.currentProfileId())->displayName,
                 QStringLiteral("Two renamed"));
        QTest::mouseClick(pushButton(&dialog, "new"), Qt::LeftButton);
        QVERIFY(dialog.isNewProfile());
        QCoreApplication::processEvents();
    }
    QCOMPARE(keychain.calls, 0);
}

void TestProfileDialog::validatesAsYouType()
{
    auto dialog = makeDialog();
    QPushButton *save = pushButton(dialog.get(), "save");
    QVERIFY(problemsText(dialog.get()).contains(ProfileStore::tr("Give the profile a name.")));
    QVERIFY(problemsText(dialog.get()).contains(ProfileStore::tr("Enter the access key (AK).")));
    QVERIFY(!save->isEnabled());

    type(dialog.get(), "name", QStringLiteral("Payments"));
    QVERIFY(!problemsText(dialog.get()).contains(ProfileStore::tr("Give the profile a name.")));
    type(dialog.get(), "projectId", QStringLiteral("not-hex"));
    QVERIFY(problemsText(dialog.get()).contains(QStringLiteral("32 hexadecimal characters")));
    type(dialog.get(), "projectId", projectId);
    QVERIFY(!problemsText(dialog.get()).contains(QStringLiteral("32 hexadecimal characters")));
    type(dialog.get(), "csmsEndpoint", QStringLiteral("ftp://example.com"));
    QVERIFY(problemsText(dialog.get()).contains(QStringLiteral("CSMS endpoint must be")));
    type(dialog.get(), "csmsEndpoint", QString());
    type(dialog.get(), "accessKey", QStringLiteral("AKTEST"));
    QVERIFY(problemsText(dialog.get()).contains(QStringLiteral("Enter the secret key (SK).")));
    QVERIFY(!save->isEnabled());
    type(dialog.get(), "secretKey", secretKey);
    QCOMPARE(problemsText(dialog.get()), QString());
    QVERIFY(save->isEnabled());

    // The IAM method asks for its own fields.
    chooseIamPassword(dialog.get());
    QVERIFY(problemsText(dialog.get()).contains(ProfileStore::tr("Enter the IAM user name.")));
    QVERIFY(!field(dialog.get(), "accessKey")->isVisibleTo(dialog.get()));
    QVERIFY(field(dialog.get(), "iamUser")->isVisibleTo(dialog.get()));
    QVERIFY(!save->isEnabled());
}

namespace {

QLabel *warningsLabel(QWidget *dialog)
{
    return dialog->findChild<QLabel *>(QStringLiteral("warnings"));
}

QString warningsText(QWidget *dialog)
{
    QLabel *label = warningsLabel(dialog);
    return label && label->isVisibleTo(dialog) ? label->text() : QString();
}

const QString lanWarning = QStringLiteral(
        "http://10.0.0.5:8080 is not encrypted: the password, tokens and secret values would "
        "cross the network in clear text. Use https.");

} // namespace

void TestProfileDialog::warnsAboutPlainHttpToAnotherHost()
{
    auto dialog = makeDialog();
    fillAkSk(dialog.get(), QStringLiteral("Office CSMS"));
    QPushButton *save = pushButton(dialog.get(), "save");
    QVERIFY(warningsLabel(dialog.get()));
    QCOMPARE(warningsText(dialog.get()), QString()); // the region's https endpoints

    type(dialog.get(), "csmsEndpoint", QStringLiteral("http://10.0.0.5:8080/v1"));
    QCOMPARE(warningsText(dialog.get()), lanWarning);
    QCOMPARE(dialog->form()->warnings(), QStringList{lanWarning});
    QCOMPARE(warningsLabel(dialog.get())->accessibleDescription(), lanWarning);
    QCOMPARE(problemsText(dialog.get()), QString()); // a warning, not a problem
    QVERIFY(save->isEnabled());

    type(dialog.get(), "iamEndpoint", QStringLiteral("http://iam.example.test"));
    QVERIFY(warningsText(dialog.get()).contains(lanWarning));
    QVERIFY(warningsText(dialog.get())
                    .contains(QStringLiteral("http://iam.example.test is not encrypted")));

    // Loopback http (the sandbox) and https carry no warning.
    type(dialog.get(), "csmsEndpoint", QStringLiteral("http://127.0.0.1:8080"));
    type(dialog.get(), "iamEndpoint", QStringLiteral("http://[::1]:8080"));
    QCOMPARE(warningsText(dialog.get()), QString());
    type(dialog.get(), "csmsEndpoint", QStringLiteral("http://localhost:8080"));
    type(dialog.get(), "iamEndpoint", QStringLiteral("https://iam.example.test"));
    QCOMPARE(warningsText(dialog.get()), QString());

    // A test profile may still be saved over plain http; the warning stays while it is shown.
    type(dialog.get(), "csmsEndpoint", QStringLiteral("http://10.0.0.5:8080"));
    const QString id = saveAndWait(dialog.get());
    QVERIFY2(!id.isEmpty(), qPrintable(dialog->statusText()));
    QCOMPARE(m_profiles->profile(id)->csmsEndpoint, QUrl(QStringLiteral("http://10.0.0.5:8080")));
    QCOMPARE(warningsText(dialog.get()), lanWarning);
}

void TestProfileDialog::productionRefusesPlainHttpToAnotherHost()
{
    auto dialog = makeDialog();
    fillAkSk(dialog.get(), QStringLiteral("Payments production"));
    QPushButton *save = pushButton(dialog.get(), "save");
    type(dialog.get(), "csmsEndpoint", QStringLiteral("http://10.0.0.5:8080"));
    QVERIFY(save->isEnabled());
    setChecked(dialog.get(), "production", true);

    // The warning becomes the reason it cannot be saved.
    QCOMPARE(warningsText(dialog.get()), QString());
    const QString problems = problemsText(dialog.get());
    QVERIFY2(problems.contains(QStringLiteral("A production profile cannot use the unencrypted "
                                              "CSMS endpoint http://10.0.0.5:8080")),
             qPrintable(problems));
    QVERIFY(problems.contains(QStringLiteral("Use https")));
    QVERIFY(!save->isEnabled());
    dialog->save(); // even when called directly
    QVERIFY(dialog->statusText().contains(QStringLiteral("cannot be saved yet")));
    QVERIFY(m_profiles->profiles().isEmpty());
    QCOMPARE(m_keychain->count(), 0); // the secret went nowhere either

    // Nor is the secret sent to that host by a connection test.
    QSignalSpy tested(dialog->tester(), &ConnectionTester::finished);
    QTest::mouseClick(pushButton(dialog.get(), "testConnection"), Qt::LeftButton);
    QVERIFY(!dialog->tester()->isRunning());
    QVERIFY(dialog->statusText().contains(QStringLiteral("unencrypted CSMS endpoint")));
    QCOMPARE(tested.count(), 0);

    // Production over loopback http (a local test server) or https is fine.
    type(dialog.get(), "csmsEndpoint", QStringLiteral("http://127.0.0.1:8080"));
    QCOMPARE(problemsText(dialog.get()), QString());
    type(dialog.get(), "csmsEndpoint", QStringLiteral("https://10.0.0.5:8443"));
    QCOMPARE(problemsText(dialog.get()), QString());
    const QString id = saveAndWait(dialog.get());
    QVERIFY2(!id.isEmpty(), qPrintable(dialog->statusText()));
    QVERIFY(m_profiles->profile(id)->production);
}

void TestProfileDialog::createsProfileWithSecret()
{
    auto dialog = makeDialog();
    fillAkSk(dialog.get(), QStringLiteral("Payments"));
    const auto placeOf = [&dialog](const char *button) {
        const QPushButton *b = pushButton(dialog.get(), button);
        return QRect(b->mapTo(dialog.get(), QPoint()), b->size());
    };
    const QRect test = placeOf("testConnection");
    const QRect save = placeOf("save");
    const QString id = saveAndWait(dialog.get());
    QVERIFY(!id.isEmpty());
    // The result line ("Saved.") appears where a line was kept for it: nothing moves.
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("status"))->isVisible());
    QCOMPARE(placeOf("testConnection"), test);
    QCOMPARE(placeOf("save"), save);
    const auto saved = m_profiles->profile(id);
    QVERIFY(saved);
    QCOMPARE(saved->displayName, QStringLiteral("Payments"));
    QCOMPARE(saved->region, QStringLiteral("cn-east-3"));
    QCOMPARE(saved->projectId, projectId);
    QCOMPARE(saved->accessKey, QStringLiteral("AKTEST0000000000001"));
    QVERIFY(!dialog->isNewProfile());
    QCOMPARE(dialog->statusText(), ProfileDialog::tr("Saved."));
    QCOMPARE(m_keychain->count(), 1); // remembered: in the "keychain"
    QVERIFY(!m_credentials->isSessionOnly(id));
    QCOMPARE(field(dialog.get(), "secretKey")->text(), QString()); // the form forgot it

    std::unique_ptr<CredentialReply> read(m_keychain->read(id));
    QSignalSpy done(read.get(), &CredentialReply::finished);
    QVERIFY(done.wait(2000));
    QCOMPARE(read->credentials().secretKey, secretKey);
    QVERIFY(!settingsBytes().contains(secretKey.toUtf8()));
    QCOMPARE(dialog->findChild<QListWidget *>(QStringLiteral("profileList"))->count(), 1);
}

void TestProfileDialog::editKeepsStoredSecret()
{
    auto dialog = makeDialog();
    fillAkSk(dialog.get(), QStringLiteral("Payments"));
    const QString id = saveAndWait(dialog.get());
    QVERIFY(!id.isEmpty());

    auto again = makeDialog();
    QVERIFY(again->selectProfile(id));
    QCOMPARE(problemsText(again.get()), QString()); // the stored secret counts
    QVERIFY(!pushButton(again.get(), "save")->isEnabled()); // nothing changed yet
    type(again.get(), "name", QStringLiteral("Payments (old account)"));
    QVERIFY(pushButton(again.get(), "save")->isEnabled());
    QVERIFY(!pushButton(again.get(), "connect")->isEnabled()); // unsaved edits
    QCOMPARE(saveAndWait(again.get()), id);
    QCOMPARE(m_profiles->profile(id)->displayName, QStringLiteral("Payments (old account)"));
    QVERIFY(pushButton(again.get(), "connect")->isEnabled());

    std::unique_ptr<CredentialReply> read(m_keychain->read(id));
    QSignalSpy done(read.get(), &CredentialReply::finished);
    QVERIFY(done.wait(2000));
    QCOMPARE(read->credentials().secretKey, secretKey); // untouched

    // Switching to "don't remember" needs the secret again.
    setChecked(again.get(), "remember", false);
    QVERIFY(problemsText(again.get()).contains(QStringLiteral("Enter the secret again")));
    QVERIFY(!pushButton(again.get(), "save")->isEnabled());

    QVERIFY(!pushButton(again.get(), "connect")->isEnabled()); // unsaved edits again

    auto third = makeDialog();
    QVERIFY(third->selectProfile(id));
    QSignalSpy connectSpy(third.get(), &ProfileDialog::connectRequested);
    QTest::mouseClick(pushButton(third.get(), "connect"), Qt::LeftButton);
    QCOMPARE(connectSpy.size(), 1);
    QCOMPARE(connectSpy.first().first().toString(), id);
    QVERIFY(!third->isVisible());
}

void TestProfileDialog::passwordNeverInSettings()
{
    auto dialog = makeDialog();
    type(dialog.get(), "name", QStringLiteral("IAM user"));
    chooseIamPassword(dialog.get());
    type(dialog.get(), "iamUser", QStringLiteral("ops-admin"));
    type(dialog.get(), "iamDomain", QStringLiteral("acme"));
    type(dialog.get(), "password", iamPassword);
    setChecked(dialog.get(), "production", true);
    const QString id = saveAndWait(dialog.get());
    QVERIFY(!id.isEmpty());
    const QByteArray settings = settingsBytes();
    QVERIFY(settings.contains("ops-admin"));
    QVERIFY(!settings.contains(iamPassword.toUtf8()));
    QVERIFY(!settings.contains("pw-Also"));
    const auto saved = m_profiles->profile(id);
    QCOMPARE(saved->authMethod, AuthMethod::IamPassword);
    QVERIFY(saved->production);
    QCOMPARE(saved->accessKey, QString());

    std::unique_ptr<CredentialReply> read(m_credentials->read(id));
    QSignalSpy done(read.get(), &CredentialReply::finished);
    QVERIFY(done.wait(2000));
    QCOMPARE(read->credentials().password, iamPassword);
}

void TestProfileDialog::sessionOnlySecret()
{
    auto dialog = makeDialog();
    fillAkSk(dialog.get(), QStringLiteral("Temporary"));
    setChecked(dialog.get(), "remember", false);
    const QString id = saveAndWait(dialog.get());
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_keychain->count(), 0); // the keychain never saw it
    QVERIFY(m_credentials->isSessionOnly(id));
    QVERIFY(dialog->statusText().contains(QStringLiteral("in memory")));

    std::unique_ptr<CredentialReply> read(m_credentials->read(id));
    QSignalSpy done(read.get(), &CredentialReply::finished);
    QVERIFY(done.wait(2000));
    QCOMPARE(read->credentials().secretKey, secretKey);

    // Re-opened, the form knows the secret is not remembered.
    auto again = makeDialog();
    QVERIFY(again->selectProfile(id));
    QVERIFY(!again->findChild<QCheckBox *>(QStringLiteral("remember"))->isChecked());
}

void TestProfileDialog::keychainErrorExplained()
{
    auto dialog = makeDialog();
    fillAkSk(dialog.get(), QStringLiteral("Locked out"));
    m_keychain->failNextCall(CredentialError::Kind::Locked);
    QTest::mouseClick(pushButton(dialog.get(), "save"), Qt::LeftButton);
    QPushButton *keep = pushButton(dialog.get(), "keepForSession");
    QTRY_VERIFY(keep->isVisible());
    QVERIFY(dialog->statusText().contains(
            CredentialError::defaultMessage(CredentialError::Kind::Locked)));
    QVERIFY(dialog->statusText().contains(QStringLiteral("not saved")));
    QVERIFY(m_profiles->profiles().isEmpty()); // nothing half-saved
    QVERIFY(!dialog->statusText().contains(secretKey));

    QSignalSpy saved(dialog.get(), &ProfileDialog::profileSaved);
    QTest::mouseClick(keep, Qt::LeftButton);
    QVERIFY(saved.wait(2000));
    QCOMPARE(m_profiles->profiles().size(), 1);
    QVERIFY(m_credentials->isSessionOnly(saved.first().first().toString()));
    QVERIFY(!keep->isVisible());
}

void TestProfileDialog::keychainReadErrorOnTest()
{
    auto dialog = makeDialog();
    fillAkSk(dialog.get(), QStringLiteral("No service"));
    const QString id = saveAndWait(dialog.get());
    QVERIFY(!id.isEmpty());
    m_keychain->failNextCall(CredentialError::Kind::NoService);
    QTest::mouseClick(pushButton(dialog.get(), "testConnection"), Qt::LeftButton);
    QTRY_VERIFY(dialog->statusText().contains(
            CredentialError::defaultMessage(CredentialError::Kind::NoService)));
    QVERIFY(dialog->statusText().contains(QStringLiteral("could not be read")));
    QVERIFY(!dialog->isBusy());
}

void TestProfileDialog::deleteAsksAndRemovesSecret()
{
    auto dialog = makeDialog();
    fillAkSk(dialog.get(), QStringLiteral("Doomed"));
    const QString id = saveAndWait(dialog.get());
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_keychain->count(), 1);

    QSignalSpy deleted(dialog.get(), &ProfileDialog::profileDeleted);
    onNextModal([](QDialog *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("Doomed")));
        box->button(QMessageBox::Yes)->click();
    });
    QTest::mouseClick(pushButton(dialog.get(), "delete"), Qt::LeftButton);
    QCOMPARE(deleted.size(), 1);
    QVERIFY(!m_profiles->contains(id));
    QTRY_COMPARE(m_keychain->count(), 0);
    QTRY_VERIFY(dialog->statusText().contains(QStringLiteral("was deleted")));
    QVERIFY(dialog->isNewProfile()); // none left: a fresh form and the sandbox offer
    QVERIFY(pushButton(dialog.get(), "trySandbox")->isVisible());
}

void TestProfileDialog::deleteCancelledKeepsProfile()
{
    auto dialog = makeDialog();
    fillAkSk(dialog.get(), QStringLiteral("Kept"));
    const QString id = saveAndWait(dialog.get());
    onNextModal([](QDialog *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        box->button(QMessageBox::No)->click();
    });
    QTest::mouseClick(pushButton(dialog.get(), "delete"), Qt::LeftButton);
    QVERIFY(m_profiles->contains(id));
    QCOMPARE(m_keychain->count(), 1);
}

void TestProfileDialog::productionGuardNeedsExactName()
{
    Profile p;
    p.displayName = QStringLiteral("Payments prod");
    p.production = true;
    ProductionGuard guard(p, QStringLiteral("Delete 3 secrets"));
    guard.show();
    QVERIFY(!guard.confirmButton()->isEnabled());
    QTest::keyClicks(guard.nameEdit(), QStringLiteral("payments prod")); // wrong case
    QVERIFY(!guard.confirmButton()->isEnabled());
    guard.nameEdit()->clear();
    QTest::keyClicks(guard.nameEdit(), QStringLiteral("Payments pro"));
    QVERIFY(!guard.confirmButton()->isEnabled());
    QTest::keyClicks(guard.nameEdit(), QStringLiteral("d"));
    QVERIFY(guard.confirmButton()->isEnabled());
    QVERIFY(guard.isConfirmed());
    QTest::keyClicks(guard.nameEdit(), QStringLiteral("x"));
    QVERIFY(!guard.confirmButton()->isEnabled());
    QTest::keyClick(guard.nameEdit(), Qt::Key_Return); // Return must not confirm either
    QVERIFY(guard.result() != QDialog::Accepted);

    QVERIFY(ui::productionMarkerColor().isValid());
    QVERIFY(ui::productionMarkerColor().red() > 150);
}

void TestProfileDialog::productionDeleteGuarded()
{
    auto dialog = makeDialog();
    fillAkSk(dialog.get(), QStringLiteral("Live"));
    setChecked(dialog.get(), "production", true);
    const QString id = saveAndWait(dialog.get());
    QVERIFY(!id.isEmpty());
    QVERIFY(dialog->findChild<QListWidget *>(QStringLiteral("profileList"))
                    ->item(0)
                    ->text()
                    .contains(QStringLiteral("production")));

    bool sawDisabled = false;
    onNextModal([&sawDisabled](QDialog *modal) {
        auto *guard = qobject_cast<ProductionGuard *>(modal);
        QVERIFY(guard);
        QTest::keyClicks(guard->nameEdit(), QStringLiteral("Lve"));
        sawDisabled = !guard->confirmButton()->isEnabled();
        guard->reject();
    });
    QTest::mouseClick(pushButton(dialog.get(), "delete"), Qt::LeftButton);
    QTRY_VERIFY(sawDisabled); // the guard opens without a nested event loop: wait for it
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QVERIFY(m_profiles->contains(id));

    onNextModal([](QDialog *modal) {
        auto *guard = qobject_cast<ProductionGuard *>(modal);
        QVERIFY(guard);
        QTest::keyClicks(guard->nameEdit(), QStringLiteral("Live"));
        QVERIFY(guard->confirmButton()->isEnabled());
        guard->confirmButton()->click();
    });
    QTest::mouseClick(pushButton(dialog.get(), "delete"), Qt::LeftButton);
    QTRY_VERIFY(!m_profiles->contains(id));
}

void TestProfileDialog::productionConfirmHook()
{
    Profile normal;
    normal.displayName = QStringLiteral("Dev");
    QList<bool> answers;
    const auto record = [&answers](bool confirmed) { answers << confirmed; };
    QVERIFY(!ProductionGuard::confirm(nullptr, normal, QStringLiteral("Delete"), nullptr, record));
    QCOMPARE(answers, QList<bool>{true}); // at once: no dialog
    Profile live = normal;
    live.production = true;
    ProductionGuard::setNextAnswerForTesting(false);
    ProductionGuard::confirm(nullptr, live, QStringLiteral("Delete"), nullptr, record);
    ProductionGuard::setNextAnswerForTesting(true);
    ProductionGuard::confirm(nullptr, live, QStringLiteral("Delete"), nullptr, record);
    QCOMPARE(answers, (QList<bool>{true, false, true}));

    // Without a test answer: the dialog opens and confirm() returns at once (no exec()); the
    // answer comes once, when the dialog is answered.
    QObject context;
    answers.clear();
    ProductionGuard *guard
            = ProductionGuard::confirm(nullptr, live, QStringLiteral("Delete"), &context, record);
    QVERIFY(guard);
    QVERIFY(guard->isVisible());
    QVERIFY(answers.isEmpty());
    QTest::keyClicks(guard->nameEdit(), QStringLiteral("Dev"));
    guard->confirmButton()->click();
    QTRY_COMPARE(answers, QList<bool>{true});
    // A dialog that goes away unanswered is a "no"; an answer after the context died is dropped.
    QPointer<ProductionGuard> closed
            = ProductionGuard::confirm(nullptr, live, QStringLiteral("Delete"), &context, record);
    delete closed.data();
    QCOMPARE(answers, (QList<bool>{true, false}));
    {
        QObject shortLived;
        ProductionGuard::confirm(nullptr, live, QStringLiteral("Delete"), &shortLived, record)
                ->reject();
    }
    QCOMPARE(answers.size(), 3); // rejected while its context lived: false
    auto *orphan = new QObject;
    ProductionGuard *late
            = ProductionGuard::confirm(nullptr, live, QStringLiteral("Delete"), orphan, record);
    delete orphan;
    late->reject();
    QCOMPARE(answers.size(), 3);
}

void TestProfileDialog::importFromEnvironment()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("HUAWEICLOUD_SDK_AK"), QStringLiteral("AKFROMENV0000000001"));
    env.insert(QStringLiteral("HUAWEICLOUD_SDK_SK"), secretKey);
    env.insert(QStringLiteral("HUAWEICLOUD_SDK_REGION"), QStringLiteral("ap-southeast-3"));
    env.insert(QStringLiteral("HUAWEICLOUD_SDK_PROJECT_ID"), projectId);
    auto dialog = makeDialog();
    dialog->importFromEnvironment(env);
    QVERIFY(dialog->isNewProfile());
    const Profile p = dialog->form()->profile();
    QCOMPARE(p.accessKey, QStringLiteral("AKFROMENV0000000001"));
    QCOMPARE(p.region, QStringLiteral("ap-southeast-3"));
    QCOMPARE(p.projectId, projectId);
    QCOMPARE(field(dialog.get(), "secretKey")->text(), secretKey);
    QVERIFY(dialog->statusText().contains(QStringLiteral("Imported")));
    QVERIFY(!dialog->statusText().contains(secretKey));
    const QString id = saveAndWait(dialog.get());
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_profiles->profile(id)->displayName, QStringLiteral("Environment (ap-southeast-3)"));
    QCOMPARE(m_keychain->count(), 1);
}

void TestProfileDialog::importFromKooCli()
{
    const QString path = m_dir->filePath(QStringLiteral("config.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"current": "second", "authEncrypt": "false", "profiles": [
        {"name": "first", "mode": "AKSK", "accessKeyId": "AKFIRST", "secretAccessKey": "skfirst",
         "region": "cn-north-4"},
        {"name": "second", "mode": "AKSK", "accessKeyId": "AKSECOND", "secretAccessKey": "sksecond",
         "region": "cn-south-1", "projectId": "0123456789abcdef0123456789abcdef"}]})");
    file.close();

    auto dialog = makeDialog();
    dialog->importFromKooCli(path, QStringLiteral("second"));
    QCOMPARE(dialog->form()->profile().accessKey, QStringLiteral("AKSECOND"));
    QCOMPARE(dialog->form()->profile().region, QStringLiteral("cn-south-1"));
    QCOMPARE(field(dialog.get(), "secretKey")->text(), QStringLiteral("sksecond"));

    // Without a name and several profiles, the user chooses; KooCLI's current one is proposed.
    onNextModal([](QDialog *modal) {
        auto *combo = modal->findChild<QComboBox *>();
        QVERIFY(combo);
        QCOMPARE(combo->currentText(), QStringLiteral("second"));
        combo->setCurrentIndex(0);
        modal->accept();
    });
    dialog->importFromKooCli(path);
    QCOMPARE(dialog->form()->profile().accessKey, QStringLiteral("AKFIRST"));
    QCOMPARE(dialog->form()->profile().displayName, QStringLiteral("first"));
    QVERIFY(!saveAndWait(dialog.get()).isEmpty());
}

void TestProfileDialog::importErrorsShown()
{
    auto dialog = makeDialog();
    dialog->importFromEnvironment(QProcessEnvironment());
    QVERIFY(dialog->statusText().contains(QStringLiteral("HUAWEICLOUD_SDK_AK")));
    dialog->importFromKooCli(m_dir->filePath(QStringLiteral("missing.json")));
    QVERIFY(dialog->statusText().contains(QStringLiteral("does not exist")));
    dialog->importFromKooCli(m_dir->filePath(QStringLiteral("missing.json")), QStringLiteral("x"));
    QVERIFY(dialog->statusText().contains(QStringLiteral("does not exist")));
    QVERIFY(m_profiles->profiles().isEmpty());
}

void TestProfileDialog::accessibleNames()
{
    auto dialog = makeDialog();
    const auto widgets = dialog->findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *w : widgets) {
        const bool control = qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractButton *>(w)
                             || qobject_cast<QComboBox *>(w) || qobject_cast<QListWidget *>(w);
        if (!control || qobject_cast<QComboBox *>(w->parentWidget()))
            continue; // a combo box's own line edit is named by the combo
        if (qobject_cast<QAbstractButton *>(w) && w->parentWidget()
            && w->parentWidget()->inherits("QScrollBar"))
            continue;
        ++checked;
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
    QVERIFY(checked >= 20);
}

// Seen under Xvfb: with a production profile listed first, a new profile saved by clicking Save
// failed ("This profile no longer exists"), the form switched to the production profile with
// Connect as the default button, and what was typed was lost. Alt+S worked. Saving works by
// mouse and keyboard alike, an error never switches the form to another profile, and Enter
// never connects to a production profile.
void TestProfileDialog::saveByMouseWithAProductionProfileFirst()
{
    Profile live;
    live.displayName = QStringLiteral("Live");
    live.region = QStringLiteral("cn-north-4");
    live.accessKey = QStringLiteral("AKLIVE");
    live.production = true;
    const QString liveId = m_profiles->add(live);
    QVERIFY(!liveId.isEmpty());

    auto dialog = makeDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    QCOMPARE(dialog->currentProfileId(), liveId);
    QPushButton *connect = pushButton(dialog.get(), "connect");
    QVERIFY(connect->isEnabled());
    QVERIFY(!connect->isDefault()); // production: Enter does not connect

    QTest::mouseClick(pushButton(dialog.get(), "new"), Qt::LeftButton);
    QVERIFY(dialog->isNewProfile());
    fillAkSk(dialog.get(), QStringLiteral("Staging"));
    QPushButton *save = pushButton(dialog.get(), "save");
    QVERIFY(save->isEnabled());
    QVERIFY(save->isDefault()); // Enter saves what was typed
    QSignalSpy saved(dialog.get(), &ProfileDialog::profileSaved);
    QTest::mouseClick(save, Qt::LeftButton);
    // While the secret is written the form stays on the new profile, focus or no focus.
    QCOMPARE(dialog->form()->profile().displayName, QStringLiteral("Staging"));
    QVERIFY(saved.wait(5000));
    QVERIFY2(!dialog->statusText().contains(QStringLiteral("no longer exists")),
             qPrintable(dialog->statusText()));
    const QString id = saved.first().first().toString();
    QVERIFY(id != liveId);
    QCOMPARE(m_profiles->profile(id)->displayName, QStringLiteral("Staging"));
    QCOMPARE(dialog->currentProfileId(), id);
    QCOMPARE(dialog->form()->profile().displayName, QStringLiteral("Staging"));
    QCOMPARE(m_profiles->profiles().size(), 2);

    // An error keeps the form where it is: the keychain refuses the next profile's secret.
    QTest::mouseClick(pushButton(dialog.get(), "new"), Qt::LeftButton);
    fillAkSk(dialog.get(), QStringLiteral("Refused"));
    m_keychain->failNextCall(CredentialError::Kind::Denied);
    QTest::mouseClick(pushButton(dialog.get(), "save"), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isBusy());
    QVERIFY(!dialog->statusText().isEmpty());
    QVERIFY(dialog->isNewProfile());
    QCOMPARE(dialog->form()->profile().displayName, QStringLiteral("Refused"));
    QVERIFY(!dialog->form()->credentials().secretKey.isEmpty()); // what was typed is kept

    // Choosing the production profile: Connect is enabled but never the default.
    dialog->selectProfile(liveId);
    QVERIFY(connect->isEnabled());
    QVERIFY(!connect->isDefault());
    QSignalSpy connectRequested(dialog.get(), &ProfileDialog::connectRequested);
    QTest::keyClick(dialog.get(), Qt::Key_Return);
    QCOMPARE(connectRequested.size(), 0);
    // A profile that is not production connects on Enter as before.
    dialog->selectProfile(id);
    QVERIFY(connect->isDefault());
}

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"
