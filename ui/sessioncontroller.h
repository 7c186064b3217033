// SPDX-License-Identifier: Apache-2.0
// SessionController: turns "open this profile" into a connected CsmsClient for the window.
// Saved profiles come from ProfileStore with their credentials from a CredentialStore (read
// asynchronously); the sandbox profile starts csms-local through SandboxLauncher first.
#pragma once

#include "core/profile/profile.h"

#include <QDialog>
#include <QObject>
#include <QPointer>
#include <memory>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace keystage {
class CredentialStore;
class CsmsClient;
class ProfileStore;
} // namespace keystage

namespace keystage::ui {

class MainWindow;
class ProfileCredentialStore;
class SandboxLauncher;

class SessionController : public QObject
{
    Q_OBJECT

public:
    SessionController(ProfileStore *profiles, CredentialStore *credentials, MainWindow *window,
                      QObject *parent = nullptr);
    ~SessionController() override;

    SandboxLauncher *sandbox() const { return m_sandbox; }
    CsmsClient *client() const { return m_client.get(); }
    QString currentProfileId() const { return m_profile.id; }
    // The open profile dialog, or nullptr.
    QDialog *profileDialog() const { return m_profileDialog; }

    // Finds a saved profile by id or display name; empty when there is none.
    QString findProfile(const QString &idOrName) const;

public Q_SLOTS:
    void openSandbox();
    void openProfile(const QString &profileId);
    // The last used profile; without one (first start, or it was deleted) the profile dialog,
    // which offers "Try the local sandbox". Never the sandbox silently.
    void openLastProfile();
    // The connection profile editor (ui/profiles/ProfileDialog), non-modal.
    void openProfileDialog();

Q_SIGNALS:
    void clientChanged(keystage::CsmsClient *client);
    void openFailed(const QString &message);
    void profileDialogOpened(QDialog *dialog);

private:
    void connectWith(const Profile &profile, Credentials credentials);
    void dropClient();
    void refreshProfileList();
    void fail(const QString &headline, const QString &message);

    ProfileStore *m_profiles;
    CredentialStore *m_credentials;
    MainWindow *m_window;
    QNetworkAccessManager *m_nam;
    SandboxLauncher *m_sandbox;
    std::unique_ptr<CsmsClient> m_client;
    Profile m_profile;
    QPointer<QObject> m_pendingRead;
    ProfileCredentialStore *m_dialogCredentials = nullptr;
    QPointer<QDialog> m_profileDialog;
};

} // namespace keystage::ui
