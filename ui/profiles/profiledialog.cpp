// SPDX-License-Identifier: Apache-2.0
#include "ui/profiles/profiledialog.h"
#include "ui/dialogchrome.h"

#include "core/profile/connectiontester.h"
#include "core/profile/credentialreply.h"
#include "core/profile/profilecredentialstore.h"
#include "core/profile/profilestore.h"
#include "ui/palettetones.h"
#include "ui/profiles/importpicker.h"
#include "ui/profiles/productionguard.h"
#include "ui/profiles/profileform.h"
#include "ui/profiles/statusline.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace keystage::ui {

namespace {

QPushButton *button(const QString &text, const QString &description, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setAccessibleName(QString(text).remove(u'&'));
    b->setAccessibleDescription(description);
    b->setToolTip(description);
    b->setAutoDefault(false);
    return b;
}

} // namespace

ProfileDialog::ProfileDialog(ProfileStore *profiles, ProfileCredentialStore *credentials,
                             QNetworkAccessManager *nam, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_tester(new ConnectionTester(nam, this))
{
    setWindowTitle(tr("Connection profiles"));
    setAccessibleName(tr("Connection profiles"));
    buildUi();
    connect(m_tester, &ConnectionTester::finished, this, &ProfileDialog::onTestFinished);
    connect(m_profiles, &ProfileStore::profilesChanged, this,
            [this]() { reloadList(currentProfileId()); });

    const auto saved = m_profiles->profiles();
    const QString last = m_profiles->lastUsedProfileId();
    if (saved.isEmpty() || !selectProfile(last.isEmpty() ? saved.first().id : last))
        startNewProfile();
}

ProfileDialog::~ProfileDialog()
{
    m_tester->cancel();
}

void ProfileDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // The button box made its first accept button (Connect) the default as it was shown: the
    // dialog's own rule decides instead.
    updateButtons();
}

void ProfileDialog::buildUi()
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Saved profiles"));
    m_list->setAccessibleDescription(tr("Choose a profile to edit, test or delete it."));
    m_new = button(tr("Ne&w"), tr("Start a new, empty profile."), this);
    m_delete
            = button(tr("&Delete…"), tr("Delete the selected profile and its saved secret."), this);
    m_import = new QToolButton(this);
    m_import->setText(tr("&Import"));
    m_import->setAccessibleName(tr("Import"));
    m_import->setAccessibleDescription(
            tr("Fill in a new profile from the Huawei Cloud SDK environment variables or a "
               "KooCLI configuration file."));
    m_import->setToolTip(m_import->accessibleDescription());
    m_import->setPopupMode(QToolButton::InstantPopup);
    auto *importMenu = new QMenu(m_import);
    importMenu->setAccessibleName(tr("Import from"));
    connect(importMenu->addAction(tr("From the &environment variables")), &QAction::triggered, this,
            [this]() { importFromEnvironment(); });
    connect(importMenu->addAction(tr("From a &KooCLI configuration…")), &QAction::triggered, this,
            [this]() {
                const QString path = QFileDialog::getOpenFileName(
                        this, tr("KooCLI configuration"), ProfileImport::defaultKooCliConfigPath(),
                        tr("JSON files (*.json)"));
                if (!path.isEmpty())
                    importFromKooCli(path);
            });
    m_import->setMenu(importMenu);

    auto *left = new QVBoxLayout;
    auto *listLabel = new QLabel(tr("Pro&files:"), this);
    listLabel->setBuddy(m_list);
    left->addWidget(listLabel);
    left->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_new);
    listButtons->addWidget(m_delete);
    listButtons->addWidget(m_import);
    left->addLayout(listButtons);

    m_welcome = new QLabel(tr("Welcome to Keystage. Create a profile to connect to Huawei Cloud "
                              "CSMS, or try the local sandbox first: a CSMS on this computer "
                              "with demo secrets, where nothing can break."),
                           this);
    m_welcome->setWordWrap(true);
    m_welcome->setAccessibleName(tr("Welcome"));
    m_sandbox = button(tr("Try the local sandbo&x"),
                       tr("Start csms-local with demo secrets and open it."), this);

    m_form = new ProfileForm(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the fields; focusing one scrolls to it
    // Open wide and tall enough for the whole form (its longest row sets the width), in any
    // language; only a small screen scrolls, and only vertically.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(m_form->minimumSizeHint().width()
                            + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4);
    scroll->setMinimumHeight(qMin(m_form->sizeHint().height(), 460));

    m_test = button(tr("&Test connection"),
                    tr("Makes one real call with these settings and shows the answer."), this);
    m_cancelTest = button(tr("Cance&l test"), tr("Stops the running connection test."), this);
    m_status = new StatusLine(this);
    m_keepForSession = button(tr("&Keep the secret for this session only"),
                              tr("Save the profile and keep its secret in memory until Keystage "
                                 "closes, without the keychain."),
                              this);

    auto *right = new QVBoxLayout;
    right->addWidget(m_welcome);
    right->addWidget(m_sandbox, 0, Qt::AlignLeft);
    right->addWidget(scroll, 1);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_cancelTest);
    testRow->addStretch();
    right->addLayout(testRow);
    right->addWidget(m_status);
    right->addWidget(m_keepForSession, 0, Qt::AlignLeft);

    auto *buttons = new QDialogButtonBox(this);
    m_save = button(tr("&Save"),
                    tr("Save the profile; the secret goes to the keychain or "
                       "memory as chosen."),
                    this);
    m_connect = button(tr("&Connect"), tr("Open the saved profile in the main window."), this);
    m_close = button(tr("Close"), tr("Close this dialog."), this);
    buttons->addButton(m_save, QDialogButtonBox::ApplyRole);
    buttons->addButton(m_connect, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    // On a small screen (900x600) the form gives way first: it scrolls, and the dialog with
    // its buttons stays on the screen.
    const int around = minimumSizeHint().height() - scroll->minimumHeight();
    scroll->setMinimumHeight(qBound(4 * fontMetrics().lineSpacing(),
                                    screenRoom(this).height() - around, scroll->minimumHeight()));

    m_new->setObjectName(QStringLiteral("new"));
    m_delete->setObjectName(QStringLiteral("delete"));
    m_sandbox->setObjectName(QStringLiteral("trySandbox"));
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_cancelTest->setObjectName(QStringLiteral("cancelTest"));
    m_keepForSession->setObjectName(QStringLiteral("keepForSession"));
    m_save->setObjectName(QStringLiteral("save"));
    m_connect->setObjectName(QStringLiteral("connect"));
    m_close->setObjectName(QStringLiteral("close"));
    m_import->setObjectName(QStringLiteral("import"));
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        // While a save (or a test) runs, the form stays with what is being saved: nothing but
        // the user's own click on another profile switches it, and not even that until then.
        if (isBusy()) {
            const QSignalBlocker blocker(m_list);
            const QString shown = m_isNew ? QString() : currentProfileId();
            m_list->setCurrentItem(nullptr);
            for (int i = 0; i < m_list->count(); ++i) {
                if (!shown.isEmpty() && m_list->item(i)->data(Qt::UserRole).toString() == shown)
                    m_list->setCurrentRow(i);
            }
            return;
        }
        if (QListWidgetItem *item = m_list->item(row))
            selectProfile(item->data(Qt::UserRole).toString());
    });
    connect(m_new, &QPushButton::clicked, this, &ProfileDialog::startNewProfile);
    connect(m_delete, &QPushButton::clicked, this, &ProfileDialog::deleteCurrent);
    connect(m_sandbox, &QPushButton::clicked, this, [this]() {
        Q_EMIT sandboxRequested();
        accept();
    });
    connect(m_test, &QPushButton::clicked, this, &ProfileDialog::testConnection);
    connect(m_cancelTest, &QPushButton::clicked, this, &ProfileDialog::cancelTest);
    connect(m_save, &QPushButton::clicked, this, &ProfileDialog::save);
    connect(m_keepForSession, &QPushButton::clicked, this, &ProfileDialog::keepForSession);
    connect(m_connect, &QPushButton::clicked, this, [this]() {
        Q_EMIT connectRequested(currentProfileId());
        accept();
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_form, &ProfileForm::edited, this, [this]() {
        m_dirty = true;
        updateButtons();
    });
    m_keepForSession->hide();
    reloadList(QString());
}

bool ProfileDialog::selectProfile(const QString &id)
{
    const auto profile = m_profiles->profile(id);
    if (!profile)
        return false;
    showInForm(*profile, false);
    return true;
}

void ProfileDialog::startNewProfile()
{
    Profile fresh;
    fresh.id = ProfileStore::newProfileId();
    fresh.region = QStringLiteral("cn-north-4");
    showInForm(fresh, true);
    m_form->focusName(); // New: the user types the name next, not into the list or a button
}

void ProfileDialog::showInForm(const Profile &profile, bool isNew)
{
    cancelTest();
    m_isNew = isNew;
    m_dirty = false;
    m_form->setProfile(profile, !isNew, isNew || !m_credentials->isSessionOnly(profile.id));
    showStatus(QString(), Tone::Neutral);
    reloadList(isNew ? QString() : profile.id);
    updateButtons();
}

QString ProfileDialog::currentProfileId() const
{
    return m_form->profile().id;
}

bool ProfileDialog::isBusy() const
{
    return m_pending || m_tester->isRunning();
}

QString ProfileDialog::statusText() const
{
    return m_status->text();
}

void ProfileDialog::reloadList(const QString &selectId)
{
    const auto all = m_profiles->profiles();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Profile &profile : all) {
        auto *item = new QListWidgetItem(profile.displayName, m_list);
        item->setData(Qt::UserRole, profile.id);
        if (profile.production) {
            item->setForeground(
                    PaletteTones::foreground(PaletteTones::Tone::Error, m_list->palette()));
            item->setText(tr("%1 (production)").arg(profile.displayName));
        }
        if (profile.id == selectId)
            m_list->setCurrentItem(item);
    }
    const bool empty = all.isEmpty();
    m_welcome->setVisible(empty);
    m_sandbox->setVisible(empty);
}

void ProfileDialog::updateButtons()
{
    const bool busy = isBusy();
    // The list first: a button disabled while it has the focus hands the focus on, and a list
    // that got it would make its first profile current.
    m_list->setEnabled(!busy);
    const bool savable = !busy && (m_dirty || m_isNew) && m_form->problems().isEmpty();
    m_save->setEnabled(savable);
    m_test->setEnabled(!busy);
    m_cancelTest->setEnabled(m_tester->isRunning() || m_pending);
    m_delete->setEnabled(!busy && !m_isNew);
    const bool connectable = !busy && !m_isNew && !m_dirty;
    m_connect->setEnabled(connectable);
    // Enter saves what was typed; it connects only to a saved profile that is not a production
    // one (Enter must never open production by accident).
    const bool production = m_form->profile().production;
    m_save->setDefault(savable);
    m_connect->setDefault(!savable && connectable && !production);
    m_new->setEnabled(!busy);
    m_import->setEnabled(!busy);
}

void ProfileDialog::showStatus(const QString &text, Tone tone)
{
    m_status->showMessage(text, tone);
    if (tone != Tone::Error)
        m_keepForSession->hide();
}

void ProfileDialog::showKeychainError(const QString &headline, const CredentialError &error)
{
    m_status->showCredentialError(headline, error);
}

void ProfileDialog::save()
{
    if (isBusy())
        return;
    const QStringList problems = m_form->problems();
    if (!problems.isEmpty()) {
        showStatus(tr("The profile cannot be saved yet:\n%1").arg(problems.join(u'\n')),
                   Tone::Error);
        return;
    }
    m_saving = m_form->profile();
    m_savingNew = m_isNew;
    if (!m_form->hasNewSecret()) {
        storeProfile();
        return;
    }
    const bool remember = m_form->remember();
    const bool forget = !m_isNew && !remember && !m_credentials->isSessionOnly(m_saving.id);
    Credentials secret = m_form->credentials();
    showStatus(remember ? tr("Saving the secret in the system keychain…") : tr("Saving…"),
               Tone::Neutral);
    CredentialReply *reply
            = m_credentials->write(m_saving.id, secret,
                                   remember ? ProfileCredentialStore::Keep::InKeychain
                                            : ProfileCredentialStore::Keep::ForSession,
                                   forget);
    secret.wipe();
    m_pending = reply;
    updateButtons();
    connect(reply, &CredentialReply::finished, this, [this, reply, remember]() {
        reply->deleteLater();
        if (m_pending != reply)
            return;
        m_pending = nullptr;
        if (reply->hasError()) {
            showKeychainError(remember ? tr("The secret could not be saved in the system "
                                            "keychain, so the profile was not saved.")
                                       : tr("The secret could not be saved."),
                              reply->error());
            m_keepForSession->setVisible(remember);
            updateButtons();
            return;
        }
        storeProfile();
    });
}

void ProfileDialog::storeProfile()
{
    QStringList problems;
    const bool stored = m_savingNew ? !m_profiles->add(m_saving, &problems).isEmpty()
                                    : m_profiles->update(m_saving, &problems);
    if (!stored) {
        showStatus(tr("The profile could not be saved:\n%1").arg(problems.join(u'\n')),
                   Tone::Error);
        updateButtons();
        return;
    }
    const Profile saved = m_saving;
    showInForm(saved, false);
    showStatus(m_credentials->isSessionOnly(saved.id)
                       ? tr("Saved. The secret is kept in memory until Keystage closes.")
                       : tr("Saved."),
               Tone::Success);
    Q_EMIT profileSaved(saved.id);
}

void ProfileDialog::keepForSession()
{
    m_form->setRemember(false);
    save();
}

void ProfileDialog::testConnection()
{
    if (isBusy())
        return;
    const Profile profile = m_form->profile();
    const QStringList problems = ProfileStore::validate(profile);
    if (!problems.isEmpty()) {
        showStatus(tr("Fix these first:\n%1").arg(problems.join(u'\n')), Tone::Error);
        return;
    }
    if (m_form->hasNewSecret()) {
        startTest(profile, m_form->credentials());
        return;
    }
    const auto stored = m_profiles->profile(profile.id);
    if (m_isNew || !stored || stored->authMethod != profile.authMethod) {
        showStatus(profile.authMethod == AuthMethod::AkSk ? tr("Enter the secret key (SK) first.")
                                                          : tr("Enter the password first."),
                   Tone::Error);
        return;
    }
    showStatus(tr("Reading the saved secret…"), Tone::Neutral);
    CredentialReply *reply = m_credentials->read(profile.id);
    m_pending = reply;
    updateButtons();
    connect(reply, &CredentialReply::finished, this, [this, reply, profile]() {
        reply->deleteLater();
        if (m_pending != reply)
            return;
        m_pending = nullptr;
        if (reply->hasError()) {
            showKeychainError(tr("The saved secret could not be read."), reply->error());
            updateButtons();
            return;
        }
        startTest(profile, reply->credentials());
    });
}

void ProfileDialog::startTest(const Profile &profile, Credentials credentials)
{
    showStatus(tr("Testing the connection to %1…")
                       .arg(profile.effectiveCsmsEndpoint().toDisplayString()),
               Tone::Neutral);
    m_tester->start(profile, credentials);
    credentials.wipe();
    updateButtons();
}

void ProfileDialog::cancelTest()
{
    if (m_pending && m_pending->operation() == CredentialReply::Operation::Read) {
        m_pending = nullptr;
        showStatus(tr("The test was cancelled."), Tone::Neutral);
    }
    m_tester->cancel();
    updateButtons();
}

void ProfileDialog::onTestFinished(const ConnectionTestResult &result)
{
    const bool cancelled = !result.ok && result.error.kind == ApiError::Kind::Cancelled;
    showStatus(result.describe(),
               result.ok ? Tone::Success : (cancelled ? Tone::Neutral : Tone::Error));
    updateButtons();
}

void ProfileDialog::deleteCurrent()
{
    if (isBusy() || m_isNew)
        return;
    const auto profile = m_profiles->profile(currentProfileId());
    if (!profile)
        return;
    const QString id = profile->id;
    const QString name = profile->displayName;
    // Once confirmed: the profile goes, then its saved secret.
    const auto remove = [this, id, name]() {
        m_profiles->remove(id);
        Q_EMIT profileDeleted(id);
        const auto rest = m_profiles->profiles();
        if (rest.isEmpty())
            startNewProfile();
        else
            selectProfile(rest.first().id);

        CredentialReply *reply = m_credentials->remove(id);
        m_pending = reply;
        showStatus(tr("Removing the saved secret of \"%1\"…").arg(name), Tone::Neutral);
        updateButtons();
        connect(reply, &CredentialReply::finished, this, [this, reply, name]() {
            reply->deleteLater();
            if (m_pending != reply)
                return;
            m_pending = nullptr;
            if (reply->hasError())
                showKeychainError(tr("The profile \"%1\" was deleted, but its secret could not be "
                                     "removed from the system keychain.")
                                          .arg(name),
                                  reply->error());
            else
                showStatus(tr("The profile \"%1\" was deleted.").arg(name), Tone::Success);
            updateButtons();
        });
    };
    if (profile->production) {
        ProductionGuard::confirm(this, *profile, tr("Delete the profile and its saved secret"),
                                 this, [this, id, remove](bool confirmed) {
                                     if (confirmed && !isBusy() && m_profiles->profile(id))
                                         remove();
                                 });
        return;
    }
    if (QMessageBox::question(this, tr("Delete profile"),
                              tr("Delete the profile \"%1\" and its saved secret? "
                                 "This cannot be undone.")
                                      .arg(name),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes)
        remove();
}

void ProfileDialog::importFromEnvironment(const QProcessEnvironment &environment)
{
    applyImport(ProfileImport::fromEnvironment(environment), 0);
}

void ProfileDialog::importFromKooCli(const QString &path, const QString &sourceName)
{
    ImportResult result = ProfileImport::fromKooCliConfig(path);
    const int index = ImportPicker::pick(this, &result, sourceName);
    applyImport(std::move(result), index);
}

void ProfileDialog::applyImport(ImportResult result, int index)
{
    if (result.ok() && index >= 0 && index < result.profiles.size()) {
        const ImportedProfile &imported = result.profiles.at(index);
        showInForm(imported.profile, true);
        m_form->setCredentials(imported.credentials);
        m_dirty = true;
        QString text = tr("Imported \"%1\". Check the fields, then save.")
                               .arg(imported.profile.displayName);
        for (const QString &warning : std::as_const(result.warnings))
            text += u'\n' + warning;
        showStatus(text, Tone::Neutral);
        updateButtons();
    } else {
        showStatus(result.error, Tone::Error);
    }
    for (ImportedProfile &imported : result.profiles)
        imported.credentials.wipe();
}

} // namespace keystage::ui
