// SPDX-License-Identifier: Apache-2.0
#include "ui/profiles/profileform.h"

#include "core/profile/csmsregions.h"
#include "core/profile/profilestore.h"
#include "ui/palettetones.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace keystage::ui {

namespace {

QLineEdit *lineEdit(QWidget *parent, const char *objectName, const QString &accessibleName,
                    const QString &description, bool secret = false)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(objectName));
    edit->setAccessibleName(accessibleName);
    edit->setAccessibleDescription(description);
    edit->setToolTip(description);
    if (secret) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText
                                  | Qt::ImhSensitiveData);
    }
    return edit;
}

QUrl endpoint(const QLineEdit *edit)
{
    const QString text = edit->text().trimmed();
    return text.isEmpty() ? QUrl() : QUrl(text, QUrl::StrictMode);
}

} // namespace

ProfileForm::ProfileForm(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Profile settings"));
    buildFields();
    updateAuthFields();
    updatePlaceholders();
    updateProblems();
}

ProfileForm::~ProfileForm()
{
    clearSecrets();
}

void ProfileForm::buildFields()
{
    m_layout = new QFormLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);

    m_name = lineEdit(this, "name", tr("Profile name"),
                      tr("A name you recognise, e.g. \"Payments production\"."));
    m_layout->addRow(tr("&Name:"), m_name);

    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("region"));
    m_region->setEditable(true);
    m_region->setInsertPolicy(QComboBox::NoInsert);
    m_region->setAccessibleName(tr("Region"));
    m_region->setAccessibleDescription(
            tr("The Huawei Cloud region of the secrets. Pick one or type a region id; leave it "
               "empty only when you enter both endpoints."));
    m_region->setToolTip(m_region->accessibleDescription());
    m_region->addItem(QString());
    const auto regions = CsmsRegions::all();
    for (const auto &region : regions)
        m_region->addItem(CsmsRegions::label(region), region.id);
    m_layout->addRow(tr("&Region:"), m_region);

    m_projectId = lineEdit(this, "projectId", tr("Project id"),
                           tr("32 hexadecimal characters. Leave it empty to look it up from the "
                              "region."));
    m_projectId->setPlaceholderText(tr("Looked up from the region"));
    m_layout->addRow(tr("Pro&ject id:"), m_projectId);

    m_authMethod = new QComboBox(this);
    m_authMethod->setObjectName(QStringLiteral("authMethod"));
    m_authMethod->addItem(tr("Access key and secret key (AK/SK)"),
                          QVariant::fromValue(int(AuthMethod::AkSk)));
    m_authMethod->addItem(tr("IAM user and password"),
                          QVariant::fromValue(int(AuthMethod::IamPassword)));
    m_authMethod->setAccessibleName(tr("Sign-in method"));
    m_authMethod->setAccessibleDescription(
            tr("How Keystage signs in: with an access key pair, or as an IAM user."));
    m_layout->addRow(tr("Si&gn in with:"), m_authMethod);

    m_accessKey = lineEdit(this, "accessKey", tr("Access key"),
                           tr("The access key id (AK). It is not secret and is saved with the "
                              "profile."));
    m_layout->addRow(tr("&Access key (AK):"), m_accessKey);
    m_secretKey
            = lineEdit(this, "secretKey", tr("Secret key"),
                       tr("The secret access key (SK). Never saved in the settings file."), true);
    m_layout->addRow(tr("Secret ke&y (SK):"), m_secretKey);
    m_securityToken
            = lineEdit(this, "securityToken", tr("Security token"),
                       tr("Only for temporary keys (STS). Leave it empty otherwise."), true);
    m_securityToken->setPlaceholderText(tr("Optional"));
    m_layout->addRow(tr("Sec&urity token:"), m_securityToken);

    m_iamUser = lineEdit(this, "iamUser", tr("IAM user name"), tr("The IAM user to sign in as."));
    m_layout->addRow(tr("IAM &user:"), m_iamUser);
    m_iamDomain = lineEdit(this, "iamDomain", tr("Account name"),
                           tr("The account (domain) the IAM user belongs to."));
    m_layout->addRow(tr("Acc&ount (domain):"), m_iamDomain);
    m_password = lineEdit(this, "password", tr("Password"),
                          tr("The IAM user's password. Never saved in the settings file."), true);
    m_layout->addRow(tr("P&assword:"), m_password);

    m_csmsEndpoint = lineEdit(this, "csmsEndpoint", tr("CSMS endpoint"),
                              tr("Optional: a custom CSMS address. Empty: the region's "
                                 "endpoint."));
    m_layout->addRow(tr("CS&MS endpoint:"), m_csmsEndpoint);
    m_iamEndpoint = lineEdit(this, "iamEndpoint", tr("IAM endpoint"),
                             tr("Optional: a custom IAM address. Empty: the region's endpoint."));
    m_layout->addRow(tr("IAM &endpoint:"), m_iamEndpoint);
    m_enterpriseProject = lineEdit(this, "enterpriseProject", tr("Enterprise project id"),
                                   tr("Optional: the enterprise project new secrets are created "
                                      "in."));
    m_enterpriseProject->setMaxLength(36);
    m_enterpriseProject->setPlaceholderText(tr("Optional"));
    // No mnemonic: every letter of it is taken in this form.
    m_layout->addRow(tr("Enterprise project:"), m_enterpriseProject);

    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("warnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::PlainText);
    m_warnings->setAccessibleName(tr("Warning about the endpoints"));
    QPalette warningColours = m_warnings->palette();
    warningColours.setColor(QPalette::WindowText,
                            PaletteTones::foreground(PaletteTones::Tone::Warning, warningColours));
    m_warnings->setPalette(warningColours);
    m_layout->addRow(m_warnings);

    m_remember = new QCheckBox(tr("Remem&ber the secret in the system keychain"), this);
    m_remember->setObjectName(QStringLiteral("remember"));
    m_remember->setChecked(true);
    m_remember->setAccessibleName(tr("Remember the secret in the system keychain"));
    m_remember->setAccessibleDescription(
            tr("Checked: the secret is kept in the system keychain across restarts. Unchecked: "
               "it is kept in memory until Keystage closes."));
    m_remember->setToolTip(m_remember->accessibleDescription());
    m_layout->addRow(QString(), m_remember);

    m_production = new QCheckBox(tr("&Production: ask me to type the profile name before "
                                    "destructive actions"),
                                 this);
    m_production->setObjectName(QStringLiteral("production"));
    m_production->setAccessibleName(tr("Production profile"));
    m_production->setAccessibleDescription(
            tr("Marks the profile in red and asks for its name before anything is deleted or "
               "moved irreversibly."));
    m_production->setToolTip(m_production->accessibleDescription());
    m_layout->addRow(QString(), m_production);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setAccessibleName(tr("Problems with this profile"));
    m_layout->addRow(m_problems);

    const auto lineEdits = findChildren<QLineEdit *>();
    for (QLineEdit *edit : lineEdits) {
        if (edit->parent() == this) // not the region combo's own line edit
            connect(edit, &QLineEdit::textEdited, this, [this]() {
                updatePlaceholders();
                updateProblems();
                Q_EMIT edited();
            });
    }
    connect(m_region, &QComboBox::currentTextChanged, this, [this]() {
        updatePlaceholders();
        updateProblems();
        if (!m_loading)
            Q_EMIT edited();
    });
    connect(m_authMethod, &QComboBox::currentIndexChanged, this, [this]() {
        updateAuthFields();
        updateProblems();
        if (!m_loading)
            Q_EMIT edited();
    });
    for (QCheckBox *box : {m_remember, m_production}) {
        connect(box, &QCheckBox::toggled, this, [this]() {
            updateProblems();
            if (!m_loading)
                Q_EMIT edited();
        });
    }
}

void ProfileForm::setProfile(const Profile &profile, bool secretStored, bool remembered)
{
    m_loading = true;
    m_base = profile;
    m_secretStored = secretStored;
    m_remembered = remembered;
    m_name->setText(profile.displayName);
    const int regionIndex = m_region->findData(profile.region);
    if (regionIndex >= 0)
        m_region->setCurrentIndex(regionIndex);
    else
        m_region->setEditText(profile.region);
    m_projectId->setText(profile.projectId);
    m_authMethod->setCurrentIndex(profile.authMethod == AuthMethod::IamPassword ? 1 : 0);
    m_accessKey->setText(profile.accessKey);
    m_iamUser->setText(profile.iamUser);
    m_iamDomain->setText(profile.iamDomain);
    m_csmsEndpoint->setText(profile.csmsEndpoint.toString());
    m_iamEndpoint->setText(profile.iamEndpoint.toString());
    m_enterpriseProject->setText(profile.enterpriseProjectId);
    m_remember->setChecked(remembered);
    m_production->setChecked(profile.production);
    clearSecrets();
    const QString keep = secretStored ? tr("Unchanged (saved)") : QString();
    m_secretKey->setPlaceholderText(keep);
    m_password->setPlaceholderText(keep);
    m_securityToken->setPlaceholderText(secretStored ? keep : tr("Optional"));
    updateAuthFields();
    updatePlaceholders();
    updateProblems();
    m_loading = false;
}

void ProfileForm::setCredentials(const Credentials &credentials)
{
    m_secretKey->setText(credentials.secretKey);
    m_securityToken->setText(credentials.securityToken);
    m_password->setText(credentials.password);
    updateProblems();
    Q_EMIT edited();
}

void ProfileForm::focusName()
{
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

void ProfileForm::clearSecrets()
{
    for (QLineEdit *edit : {m_secretKey, m_securityToken, m_password}) {
        if (edit)
            edit->clear();
    }
}

Profile ProfileForm::profile() const
{
    Profile p = m_base;
    p.displayName = m_name->text().trimmed();
    const int index = m_region->currentIndex();
    const bool picked = index > 0 && m_region->currentText() == m_region->itemText(index);
    p.region = picked ? m_region->itemData(index).toString()
                      : CsmsRegions::idFromText(m_region->currentText());
    p.projectId = m_projectId->text().trimmed();
    p.authMethod = AuthMethod(m_authMethod->currentData().toInt());
    p.accessKey = m_accessKey->text().trimmed();
    p.iamUser = m_iamUser->text().trimmed();
    p.iamDomain = m_iamDomain->text().trimmed();
    p.csmsEndpoint = endpoint(m_csmsEndpoint);
    p.iamEndpoint = endpoint(m_iamEndpoint);
    p.enterpriseProjectId = m_enterpriseProject->text().trimmed();
    p.production = m_production->isChecked();
    if (p.authMethod == AuthMethod::AkSk) {
        p.iamUser.clear();
        p.iamDomain.clear();
    } else {
        p.accessKey.clear();
    }
    return p;
}

Credentials ProfileForm::credentials() const
{
    Credentials c;
    if (AuthMethod(m_authMethod->currentData().toInt()) == AuthMethod::AkSk) {
        c.secretKey = m_secretKey->text();
        c.securityToken = m_securityToken->text().trimmed();
    } else {
        c.password = m_password->text();
    }
    return c;
}

bool ProfileForm::hasNewSecret() const
{
    if (AuthMethod(m_authMethod->currentData().toInt()) == AuthMethod::AkSk)
        return !m_secretKey->text().isEmpty();
    return !m_password->text().isEmpty();
}

bool ProfileForm::remember() const
{
    return m_remember->isChecked();
}

void ProfileForm::setRemember(bool remember)
{
    m_remember->setChecked(remember);
}

bool ProfileForm::rememberChanged() const
{
    return m_secretStored && m_remember->isChecked() != m_remembered;
}

QStringList ProfileForm::problems() const
{
    const Profile p = profile();
    QStringList found = ProfileStore::validate(p);
    const bool methodChanged = m_secretStored && p.authMethod != m_base.authMethod;
    if (!hasNewSecret() && (!m_secretStored || methodChanged)) {
        found << (p.authMethod == AuthMethod::AkSk ? tr("Enter the secret key (SK).")
                                                   : tr("Enter the password of the IAM user."));
    } else if (!hasNewSecret() && rememberChanged()) {
        found << (m_remember->isChecked()
                          ? tr("Enter the secret again to move it into the system keychain.")
                          : tr("Enter the secret again to keep it in memory only."));
    }
    return found;
}

QStringList ProfileForm::warnings() const
{
    return ProfileStore::warnings(profile());
}

void ProfileForm::updateAuthFields()
{
    const bool akSk = AuthMethod(m_authMethod->currentData().toInt()) == AuthMethod::AkSk;
    for (QWidget *field : {static_cast<QWidget *>(m_accessKey), static_cast<QWidget *>(m_secretKey),
                           static_cast<QWidget *>(m_securityToken)})
        m_layout->setRowVisible(field, akSk);
    for (QWidget *field : {static_cast<QWidget *>(m_iamUser), static_cast<QWidget *>(m_iamDomain),
                           static_cast<QWidget *>(m_password)})
        m_layout->setRowVisible(field, !akSk);
}

void ProfileForm::updatePlaceholders()
{
    Profile regional;
    regional.region = profile().region;
    const bool hasRegion = !regional.region.isEmpty();
    const QString required = tr("Required without a region");
    m_csmsEndpoint->setPlaceholderText(hasRegion ? regional.effectiveCsmsEndpoint().toString()
                                                 : required);
    m_iamEndpoint->setPlaceholderText(hasRegion ? regional.effectiveIamEndpoint().toString()
                                                : required);
}

void ProfileForm::updateProblems()
{
    const QStringList found = problems();
    m_problems->setText(found.isEmpty()
                                ? QString()
                                : QStringLiteral("• ") + found.join(QStringLiteral("\n• ")));
    m_problems->setAccessibleDescription(found.join(u' '));
    m_problems->setVisible(!found.isEmpty());

    const QStringList risks = warnings();
    m_warnings->setText(risks.join(u'\n'));
    m_warnings->setAccessibleDescription(risks.join(u' '));
    m_layout->setRowVisible(m_warnings, !risks.isEmpty());
}

} // namespace keystage::ui
