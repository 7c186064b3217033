// SPDX-License-Identifier: Apache-2.0
// Where the secret half of a profile (Credentials) is kept. Every call is asynchronous and returns
// a CredentialReply that finishes exactly once, never inside the call itself.
#pragma once

#include "core/profile/credentialreply.h"

#include <QObject>

namespace keystage {

class CredentialStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual CredentialReply *read(const QString &profileId) = 0;
    virtual CredentialReply *write(const QString &profileId, const Credentials &credentials) = 0;
    // Removing credentials that do not exist is not an error.
    virtual CredentialReply *remove(const QString &profileId) = 0;
    // False when the credentials are forgotten at exit (MemoryCredentialStore).
    virtual bool isPersistent() const = 0;

protected:
    // For implementations: CredentialReply's constructor and completion are private to this class.
    CredentialReply *createReply(CredentialReply::Operation operation, const QString &profileId);
    static void finishReply(CredentialReply *reply, const Credentials &credentials = Credentials());
    static void failReply(CredentialReply *reply, const CredentialError &error);
};

} // namespace keystage
