// SPDX-License-Identifier: Apache-2.0
#include "core/profile/credentialerror.h"

namespace keystage {

CredentialError CredentialError::make(Kind kind, const QString &detail)
{
    CredentialError error;
    error.kind = kind;
    error.message = defaultMessage(kind);
    error.detail = detail;
    return error;
}

QString CredentialError::defaultMessage(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::NoService:
        return tr("No keychain service is available, so Keystage cannot store or read the secret "
                  "key of this profile. Start or set up your desktop's keyring (GNOME Keyring, "
                  "KWallet or another Secret Service) and try again, or connect without "
                  "remembering the secret.");
    case Kind::NoLoginKeyring:
        return tr("The system keychain has no login keyring: it was never created, or the "
                  "prompt to create it was cancelled. Create the login keyring (or unlock it) in "
                  "\"Passwords and Keys\" (Seahorse) and try again, or untick \"Remember the "
                  "secret in the system keychain\" to keep the secret in memory until Keystage "
                  "closes.");
    case Kind::Locked:
        return tr("The keychain is locked. Unlock it (usually with your login password) and try "
                  "again.");
    case Kind::Denied:
        return tr("Access to the keychain was refused. Allow Keystage to use the keychain and try "
                  "again.");
    case Kind::NotFound:
        return tr("No saved secret was found for this profile. Enter the secret key again.");
    case Kind::Timeout:
        return tr("The keychain did not answer in time. Check that your keyring is running and "
                  "unlocked (it may be waiting for a password prompt), then try again.");
    case Kind::Other:
        break;
    }
    return tr("The keychain reported an error. Try again; if it keeps failing, connect without "
              "remembering the secret.");
}

const char *CredentialError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return "None";
    case Kind::NoService:
        return "NoService";
    case Kind::NoLoginKeyring:
        return "NoLoginKeyring";
    case Kind::Locked:
        return "Locked";
    case Kind::Denied:
        return "Denied";
    case Kind::NotFound:
        return "NotFound";
    case Kind::Timeout:
        return "Timeout";
    case Kind::Other:
        break;
    }
    return "Other";
}

} // namespace keystage
