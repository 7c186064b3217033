// SPDX-License-Identifier: Apache-2.0
// Credentials in the system keychain through QtKeychain (Secret Service, KWallet, macOS Keychain,
// Windows Credential Manager). Service "Keystage", key = profile id, value = one small JSON
// object. There is no plain-text fallback: without a keychain every call fails with NoService.
#pragma once

#include "core/profile/credentialstore.h"

#include <chrono>

namespace keystage {

class KeychainCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds defaultTimeout{15000};

    explicit KeychainCredentialStore(QObject *parent = nullptr);
    ~KeychainCredentialStore() override;

    CredentialReply *read(const QString &profileId) override;
    CredentialReply *write(const QString &profileId, const Credentials &credentials) override;
    CredentialReply *remove(const QString &profileId) override;
    bool isPersistent() const override { return true; }

    QString service() const { return m_service; }
    void setService(const QString &service); // "Keystage"; tests may isolate themselves
    std::chrono::milliseconds timeout() const { return m_timeout; }
    // A call the keychain has not answered within this time finishes with Timeout.
    void setTimeout(std::chrono::milliseconds timeout);

    // The JSON blob stored in the keychain (exposed for tests; the result holds secrets).
    static QByteArray encode(const Credentials &credentials);
    static bool decode(const QByteArray &blob, Credentials *credentials);

private:
    CredentialReply *start(CredentialReply::Operation operation, const QString &profileId,
                           const Credentials &credentials);

    QString m_service;
    std::chrono::milliseconds m_timeout = defaultTimeout;
};

} // namespace keystage
