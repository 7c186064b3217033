// SPDX-License-Identifier: Apache-2.0
#include "ui/sessioncontroller.h"

#include "core/api/csmsclient.h"
#include "core/profile/credentialstore.h"
#include "core/profile/profilecredentialstore.h"
#include "core/profile/profilestore.h"
#include "core/sandbox/sandboxlauncher.h"
#include "core/sandbox/sandboxprofile.h"
#include "ui/mainwindow.h"
#include "ui/messagebanner.h"
#include "ui/profiles/profiledialog.h"
#include "ui/uilogging.h"

#include <QNetworkAccessManager>

namespace keystage::ui {

SessionController::SessionController(ProfileStore *profiles, CredentialStore *credentials,
                                     MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_window(window)
    , m_nam(new QNetworkAccessManager(this))
    , m_sandbox(new SandboxLauncher(this))
{
    connect(m_window, &MainWindow::profileChosen, this, [this](const QString &id) {
        if (id == SandboxProfile::id())
            openSandbox();
        else
            openProfile(id);
    });
    connect(m_window, &MainWindow::profilesRequested, this, &SessionController::openProfileDialog);
    connect(m_sandbox, &SandboxLauncher::started, this, [this](const QUrl &baseUrl) {
        if (!m_profile.sandbox || m_client)
            return; // the user switched to another profile while the sandbox was starting
        const Profile profile = SandboxProfile::profile(baseUrl);
        connectWith(profile, SandboxProfile::credentials());
    });
    connect(m_sandbox, &SandboxLauncher::failed, this, [this](const QString &message) {
        if (!m_profile.sandbox)
            return;
        fail(tr("The local sandbox could not be started"), message);
    });
    connect(m_sandbox, &SandboxLauncher::stopped, this, [this]() {
        if (m_profile.sandbox && m_sandbox->state() == SandboxLauncher::State::Failed) {
            dropClient();
            //: %1 is the reason, %2 the name of the sandbox profile in the profile list
            fail(tr("The local sandbox stopped"),
                 tr("%1 Its data is kept: Restart starts it again on the same data.")
                         .arg(m_sandbox->errorText()));
            m_window->banner()->setAction(tr("Restart"), [this]() { openSandbox(); });
        }
    });
    if (m_profiles)
        connect(m_profiles, &ProfileStore::profilesChanged, this,
                &SessionController::refreshProfileList);
    refreshProfileList();
}

SessionController::~SessionController()
{
    // The window may outlive us by a moment: it must not keep a dangling client.
    if (m_window)
        m_window->setClient(nullptr);
}

QString SessionController::findProfile(const QString &idOrName) const
{
    if (!m_profiles)
        return {};
    if (m_profiles->contains(idOrName))
        return idOrName;
    const auto all = m_profiles->profiles();
    for (const Profile &profile : all) {
        if (profile.displayName.compare(idOrName, Qt::CaseInsensitive) == 0)
            return profile.id;
    }
    return {};
}

void SessionController::refreshProfileList()
{
    QList<QPair<QString, QString>> items;
    items << qMakePair(SandboxProfile::id(), SandboxProfile::tr("Local sandbox"));
    if (m_profiles) {
        const auto all = m_profiles->profiles();
        for (const Profile &profile : all)
            items << qMakePair(profile.id, profile.displayName);
    }
    m_window->setProfiles(items, m_profile.id);
}

void SessionController::openSandbox()
{
    dropClient();
    m_profile = SandboxProfile::profile({});
    refreshProfileList();
    m_window->setConnectionState(MainWindow::ConnectionState::Connecting,
                                 tr("Starting the local sandbox…"));
    if (m_sandbox->state() == SandboxLauncher::State::Running) {
        connectWith(SandboxProfile::profile(m_sandbox->baseUrl()), SandboxProfile::credentials());
        return;
    }
    m_sandbox->start();
}

void SessionController::openProfile(const QString &profileId)
{
    const auto profile = m_profiles ? m_profiles->profile(profileId) : std::nullopt;
    if (!profile) {
        fail(tr("Cannot open the profile"), tr("There is no profile \"%1\".").arg(profileId));
        return;
    }
    // What the profile dialog refuses to save is not used either (a profile saved by an older
    // Keystage, or a settings file edited by hand): nothing is read from the keychain or sent.
    const QStringList problems = ProfileStore::validate(*profile);
    if (!problems.isEmpty()) {
        fail(tr("Cannot open the profile %1").arg(profile->displayName), problems.join(u'\n'));
        return;
    }
    dropClient();
    m_profile = *profile;
    refreshProfileList();
    m_window->setConnectionState(MainWindow::ConnectionState::Connecting,
                                 tr("Reading the credentials of %1…").arg(profile->displayName));
    CredentialReply *reply = m_credentials->read(profile->id);
    m_pendingRead = reply;
    connect(reply, &CredentialReply::finished, this, [this, reply, p = *profile]() {
        reply->deleteLater();
        if (m_pendingRead != reply)
            return;
        m_pendingRead = nullptr;
        if (reply->hasError()) {
            fail(tr("The credentials of %1 could not be read").arg(p.displayName),
                 reply->error().message);
            return;
        }
        connectWith(p, reply->credentials());
    });
}

void SessionController::openLastProfile()
{
    const QString last = m_profiles ? m_profiles->lastUsedProfileId() : QString();
    if (!last.isEmpty() && m_profiles->contains(last)) {
        openProfile(last);
        return;
    }
    m_window->setConnectionState(MainWindow::ConnectionState::Disconnected,
                                 tr("Not connected: choose or create a profile"));
    openProfileDialog();
}

void SessionController::openProfileDialog()
{
    if (m_profileDialog) {
        m_profileDialog->raise();
        m_profileDialog->activateWindow();
        return;
    }
    if (!m_profiles)
        return;
    if (!m_dialogCredentials) {
        m_dialogCredentials = qobject_cast<ProfileCredentialStore *>(m_credentials);
        if (!m_dialogCredentials)
            m_dialogCredentials = new ProfileCredentialStore(m_credentials, this);
    }
    auto *dialog = new ProfileDialog(m_profiles, m_dialogCredentials, m_nam, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_profile.id.isEmpty() && !m_profile.sandbox)
        dialog->selectProfile(m_profile.id);
    connect(dialog, &ProfileDialog::sandboxRequested, this, &SessionController::openSandbox);
    connect(dialog, &ProfileDialog::connectRequested, this, &SessionController::openProfile);
    m_profileDialog = dialog;
    dialog->show();
    Q_EMIT profileDialogOpened(dialog);
}

void SessionController::connectWith(const Profile &profile, Credentials credentials)
{
    dropClient();
    m_profile = profile;
    m_client = std::make_unique<CsmsClient>(m_nam, profile, credentials);
    credentials.wipe();
    if (m_profiles && !profile.sandbox)
        m_profiles->setLastUsedProfileId(profile.id);
    qCInfo(lcUi) << "connected profile" << profile.id << profile.effectiveCsmsEndpoint().toString();
    m_window->setConnectionState(
            MainWindow::ConnectionState::Connected,
            tr("%1 — %2").arg(profile.displayName, profile.effectiveCsmsEndpoint().toString()));
    m_window->setClient(m_client.get());
    refreshProfileList();
    Q_EMIT clientChanged(m_client.get());
}

void SessionController::dropClient()
{
    // Everything in flight for the old profile ends here: a credential read still running is
    // ignored when it finishes, the window drops its models (their calls are aborted) and the
    // client aborts whatever is left on the wire. No result of the old profile can land later.
    m_pendingRead = nullptr;
    if (!m_client)
        return;
    m_window->setClient(nullptr);
    Q_EMIT clientChanged(nullptr);
    m_client.reset();
}

void SessionController::fail(const QString &headline, const QString &message)
{
    m_window->setConnectionState(MainWindow::ConnectionState::Failed, headline);
    m_window->banner()->showMessage(MessageBanner::Level::Error, headline, message);
    Q_EMIT openFailed(message);
}

} // namespace keystage::ui
