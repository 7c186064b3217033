// SPDX-License-Identifier: Apache-2.0
#include "core/profile/profilecredentialstore.h"

#include "core/profile/memorycredentialstore.h"
#include "core/profile/profilelogging.h"

#include <QPointer>

namespace keystage::ui {

using Operation = CredentialReply::Operation;
using Kind = CredentialError::Kind;

ProfileCredentialStore::ProfileCredentialStore(CredentialStore *keychain, QObject *parent)
    : CredentialStore(parent)
    , m_keychain(keychain)
    , m_memory(new MemoryCredentialStore(this))
{
    Q_ASSERT(keychain);
}

ProfileCredentialStore::~ProfileCredentialStore() = default;

bool ProfileCredentialStore::isPersistent() const
{
    return m_keychain->isPersistent();
}

CredentialReply *ProfileCredentialStore::read(const QString &profileId)
{
    CredentialReply *outer = createReply(Operation::Read, profileId);
    CredentialStore *source
            = isSessionOnly(profileId) ? static_cast<CredentialStore *>(m_memory) : m_keychain;
    relay(source->read(profileId), outer);
    return outer;
}

CredentialReply *ProfileCredentialStore::write(const QString &profileId,
                                               const Credentials &credentials)
{
    return write(profileId, credentials, Keep::InKeychain);
}

CredentialReply *ProfileCredentialStore::write(const QString &profileId,
                                               const Credentials &credentials, Keep keep,
                                               bool forgetKeychainCopy)
{
    CredentialReply *outer = createReply(Operation::Write, profileId);
    if (keep == Keep::InKeychain) {
        relay(m_keychain->write(profileId, credentials), outer,
              [this, profileId](CredentialReply *) {
                  // Remembered now: the session copy is dropped.
                  if (m_sessionOnly.remove(profileId)) {
                      CredentialReply *drop = m_memory->remove(profileId);
                      connect(drop, &CredentialReply::finished, drop, &QObject::deleteLater);
                  }
                  return false;
              });
        return outer;
    }

    const bool wasInKeychain = forgetKeychainCopy && !isSessionOnly(profileId);
    m_sessionOnly.insert(profileId);
    CredentialReply *stored = m_memory->write(profileId, credentials);
    if (!wasInKeychain) {
        relay(stored, outer);
        return outer;
    }
    relay(stored, outer, [this, profileId](CredentialReply *finalReply) {
        // The old keychain copy goes too; nothing there (or no keychain at all) is fine.
        CredentialReply *forget = m_keychain->remove(profileId);
        QPointer<CredentialReply> target = finalReply;
        connect(forget, &CredentialReply::finished, this, [forget, target]() {
            forget->deleteLater();
            if (!target)
                return;
            const CredentialError error = forget->error();
            const bool nothingThere = error.kind == Kind::NotFound || error.kind == Kind::NoService
                                      || error.kind == Kind::NoLoginKeyring;
            if (error.isError() && !nothingThere)
                failReply(target, error);
            else
                finishReply(target);
        });
        return true;
    });
    return outer;
}

CredentialReply *ProfileCredentialStore::remove(const QString &profileId)
{
    CredentialReply *outer = createReply(Operation::Remove, profileId);
    const bool sessionOnly = m_sessionOnly.remove(profileId);
    CredentialReply *fromMemory = m_memory->remove(profileId);
    if (sessionOnly) {
        relay(fromMemory, outer);
        return outer;
    }
    connect(fromMemory, &CredentialReply::finished, fromMemory, &QObject::deleteLater);
    relay(m_keychain->remove(profileId), outer);
    return outer;
}

void ProfileCredentialStore::relay(CredentialReply *inner, CredentialReply *outer, Next next)
{
    QPointer<CredentialReply> target = outer;
    connect(inner, &CredentialReply::finished, this, [inner, target, next]() {
        inner->deleteLater();
        if (!target)
            return; // the caller gave up on the call
        if (inner->hasError()) {
            qCDebug(lcProfile) << "credential call failed"
                               << CredentialError::kindName(inner->error().kind);
            failReply(target, inner->error());
            return;
        }
        if (next && next(target))
            return;
        Credentials credentials = inner->credentials();
        finishReply(target, credentials);
        credentials.wipe();
    });
}

} // namespace keystage::ui
