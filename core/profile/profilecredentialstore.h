// SPDX-License-Identifier: Apache-2.0
// ProfileCredentialStore: the CredentialStore the application hands to SessionController and to
// ProfileDialog. Credentials the user asked to remember go to the system keychain (the store it
// is given, usually a KeychainCredentialStore); the others stay in memory until Keystage closes.
// It never touches the keychain by itself: only read, write and remove calls do, and a profile
// kept in memory for this session is read from memory without asking the keychain.
#pragma once

#include "core/profile/credentialstore.h"

#include <QSet>

#include <functional>

namespace keystage {
class MemoryCredentialStore;
}

namespace keystage::ui {

class ProfileCredentialStore : public CredentialStore
{
    Q_OBJECT

public:
    enum class Keep {
        InKeychain, // remembered across restarts
        ForSession, // in memory until Keystage closes
    };
    Q_ENUM(Keep)

    // keychain is not owned and must outlive this store.
    explicit ProfileCredentialStore(CredentialStore *keychain, QObject *parent = nullptr);
    ~ProfileCredentialStore() override;

    // Memory first for profiles kept for this session, else the keychain.
    CredentialReply *read(const QString &profileId) override;
    // Same as write(profileId, credentials, Keep::InKeychain).
    CredentialReply *write(const QString &profileId, const Credentials &credentials) override;
    // ForSession with forgetKeychainCopy also removes a copy the keychain may still hold (a
    // profile that used to be remembered); a keychain that holds nothing or does not exist is fine.
    CredentialReply *write(const QString &profileId, const Credentials &credentials, Keep keep,
                           bool forgetKeychainCopy = false);
    // Removes the credentials from memory, and from the keychain unless the profile was only
    // ever kept for this session.
    CredentialReply *remove(const QString &profileId) override;
    bool isPersistent() const override;

    // True when the credentials of this profile are held in memory for this session only.
    bool isSessionOnly(const QString &profileId) const { return m_sessionOnly.contains(profileId); }
    CredentialStore *keychain() const { return m_keychain; }

private:
    // Runs when the inner call succeeded; returns true when it finishes outer itself (later).
    using Next = std::function<bool(CredentialReply *outer)>;
    // Forwards inner's outcome to outer (after next(), when given and inner succeeded).
    void relay(CredentialReply *inner, CredentialReply *outer, Next next = {});

    CredentialStore *m_keychain;
    MemoryCredentialStore *m_memory;
    QSet<QString> m_sessionOnly;
};

} // namespace keystage::ui
