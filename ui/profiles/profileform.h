// SPDX-License-Identifier: Apache-2.0
// ProfileForm: the editor of one profile inside ProfileDialog: name, region, project id, the
// identity of the chosen auth method with its secret, custom endpoints, "remember in the system
// keychain" and "production". Validates as the user types (ProfileStore::validate plus the
// secret rules) and shows the problems under the fields; warns under the endpoints while one is
// plain http to another computer (ProfileStore::warnings). Holds a secret only in its password
// fields; clearSecrets() empties them.
#pragma once

#include "core/profile/profile.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
QT_END_NAMESPACE

namespace keystage::ui {

class ProfileForm : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileForm(QWidget *parent = nullptr);
    ~ProfileForm() override;

    // Shows profile. secretStored: it is saved with its secret already stored (the secret
    // fields may stay empty to keep it); remembered: that secret is in the keychain.
    void setProfile(const Profile &profile, bool secretStored, bool remembered);
    // Fills the secret fields (an import); the caller wipes its copy.
    void setCredentials(const Credentials &credentials);
    void clearSecrets();
    void focusName(); // the first field, for a new profile

    Profile profile() const; // the fields as a profile (its id is kept)
    // The secret of the chosen auth method as typed; empty when left unchanged. Wipe it after use.
    Credentials credentials() const;
    bool hasNewSecret() const;
    bool secretStored() const { return m_secretStored; }
    bool remember() const;
    void setRemember(bool remember);
    bool rememberChanged() const;
    // Translated problems that prevent saving; empty when the profile can be saved.
    QStringList problems() const;
    // Translated risks shown under the endpoints (plain http to another computer); saving is
    // still allowed unless the profile is a production one (then they are problems instead).
    QStringList warnings() const;

Q_SIGNALS:
    void edited(); // any field changed by the user (or by setCredentials)

private:
    void buildFields();
    void updateAuthFields();
    void updateProblems();
    void updatePlaceholders();

    QFormLayout *m_layout = nullptr;
    Profile m_base; // what setProfile() was given: id, page size, sandbox flag
    bool m_secretStored = false;
    bool m_remembered = true;
    bool m_loading = false;
    QLineEdit *m_name = nullptr;
    QComboBox *m_region = nullptr;
    QLineEdit *m_projectId = nullptr;
    QComboBox *m_authMethod = nullptr;
    QLineEdit *m_accessKey = nullptr;
    QLineEdit *m_secretKey = nullptr;
    QLineEdit *m_securityToken = nullptr;
    QLineEdit *m_iamUser = nullptr;
    QLineEdit *m_iamDomain = nullptr;
    QLineEdit *m_enterpriseProject = nullptr; // issue 19
    QLineEdit *m_password = nullptr;
    QLineEdit *m_csmsEndpoint = nullptr;
    QLineEdit *m_iamEndpoint = nullptr;
    QCheckBox *m_remember = nullptr;
    QCheckBox *m_production = nullptr;
    QLabel *m_warnings = nullptr;
    QLabel *m_problems = nullptr;
};

} // namespace keystage::ui
