// SPDX-License-Identifier: Apache-2.0
// ProfileDialog: create, edit, test and delete connection profiles. Left: the saved profiles;
// right: a ProfileForm, "Test connection" (one real call, cancellable) and its result; Import
// from the Huawei SDK environment variables or a KooCLI configuration. Without any profile it
// greets the user and offers "Try the local sandbox" (sandboxRequested()).
//
// Secrets go to the ProfileCredentialStore: the keychain when "remember" is checked, memory
// otherwise. The dialog touches the keychain only when the user saves, tests an already saved
// profile or deletes one; never when it opens.
#pragma once

#include "core/profile/credentialerror.h"
#include "core/profile/profile.h"
#include "core/profile/profileimport.h"
#include "ui/profiles/statusline.h"

#include <QDialog>
#include <QPointer>
#include <QProcessEnvironment>

QT_BEGIN_NAMESPACE
class QLabel;
class QListWidget;
class QNetworkAccessManager;
class QPushButton;
class QToolButton;
QT_END_NAMESPACE

namespace keystage {
class CredentialReply;
class ProfileStore;
} // namespace keystage

namespace keystage::ui {

class ConnectionTester;
class ProfileCredentialStore;
class ProfileForm;
struct ConnectionTestResult;

class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    // None is owned; all must outlive the dialog.
    ProfileDialog(ProfileStore *profiles, ProfileCredentialStore *credentials,
                  QNetworkAccessManager *nam, QWidget *parent = nullptr);
    ~ProfileDialog() override;

    // Shows the saved profile id in the form (false when there is none).
    bool selectProfile(const QString &id);
    // An empty new profile in the form.
    void startNewProfile();
    // The id of the profile in the form; it may not be saved yet (isNewProfile()).
    QString currentProfileId() const;
    bool isNewProfile() const { return m_isNew; }
    bool isBusy() const; // saving, deleting or testing

    ProfileForm *form() const { return m_form; }
    ConnectionTester *tester() const { return m_tester; }
    // The last message shown under the form (a test result, a save or keychain error).
    QString statusText() const;

    // Imports into the form (unsaved). sourceName picks a KooCLI profile; empty: KooCLI's
    // current one, or a choice when the file has several.
    void importFromEnvironment(const QProcessEnvironment &environment
                               = QProcessEnvironment::systemEnvironment());
    void importFromKooCli(const QString &path, const QString &sourceName = QString());

public Q_SLOTS:
    void save();
    void testConnection();
    void cancelTest();
    // Asks first (the production guard for a production profile).
    void deleteCurrent();

Q_SIGNALS:
    void sandboxRequested(); // "Try the local sandbox"; the dialog closes
    void connectRequested(const QString &profileId); // "Connect"; the dialog closes
    void profileSaved(const QString &profileId); // settings and secret stored
    void profileDeleted(const QString &profileId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    using Tone = StatusLine::Tone;
    void buildUi();
    void reloadList(const QString &selectId);
    void showInForm(const Profile &profile, bool isNew);
    void applyImport(ImportResult result, int index);
    void storeProfile(); // after the secret was stored (or not needed)
    void showKeychainError(const QString &headline, const CredentialError &error);
    void showStatus(const QString &text, Tone tone);
    void onTestFinished(const ConnectionTestResult &result);
    void startTest(const Profile &profile, Credentials credentials);
    void updateButtons();
    void keepForSession();

    ProfileStore *m_profiles;
    ProfileCredentialStore *m_credentials;
    ConnectionTester *m_tester;
    ProfileForm *m_form = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_welcome = nullptr;
    StatusLine *m_status = nullptr;
    QPushButton *m_sandbox = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_delete = nullptr;
    QToolButton *m_import = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_cancelTest = nullptr;
    QPushButton *m_keepForSession = nullptr;
    QPushButton *m_connect = nullptr;
    QPushButton *m_close = nullptr;
    bool m_isNew = true;
    bool m_dirty = false;
    QPointer<CredentialReply> m_pending; // a save, read or delete in progress
    Profile m_saving; // the profile being saved while m_pending writes its secret
    bool m_savingNew = false; // m_saving is added, not updated
};

} // namespace keystage::ui
