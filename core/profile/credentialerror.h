// SPDX-License-Identifier: Apache-2.0
// Why a CredentialStore operation failed, in words a user can act on. Never holds a secret.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace keystage {

struct CredentialError
{
    Q_DECLARE_TR_FUNCTIONS(keystage::CredentialError)
public:
    enum class Kind {
        None,
        NoService, // no keychain service is reachable (no Secret Service, no KWallet, no D-Bus)
        NoLoginKeyring, // the service runs but has no login keyring (never created, or its
                        // creation prompt was dismissed)
        Locked, // the keyring exists but is locked
        Denied, // the user or the system refused access
        NotFound, // no credentials are stored for this profile
        Timeout, // the keychain did not answer in time
        Other,
    };

    Kind kind = Kind::None;
    QString message; // translated; says what happened and what to do
    QString detail; // the backend's own text (untranslated, for logs and "details"); no secret

    bool isError() const { return kind != Kind::None; }

    // An error of kind with the standard translated message for it.
    static CredentialError make(Kind kind, const QString &detail = QString());
    static QString defaultMessage(Kind kind);
    static const char *kindName(Kind kind); // "NoService", ... for logs
};

} // namespace keystage
