// SPDX-License-Identifier: Apache-2.0
#include "core/profile/memorycredentialstore.h"

#include <QTimer>

namespace keystage {

namespace {

// The store keeps buffers it alone owns, so wipe() overwrites them instead of detaching.
QString unshared(const QString &s)
{
    return s.isEmpty() ? QString() : QString(s.constData(), s.size());
}

Credentials unshared(const Credentials &c)
{
    Credentials copy;
    copy.secretKey = unshared(c.secretKey);
    copy.securityToken = unshared(c.securityToken);
    copy.password = unshared(c.password);
    return copy;
}

} // namespace

MemoryCredentialStore::MemoryCredentialStore(QObject *parent)
    : CredentialStore(parent)
{}

MemoryCredentialStore::~MemoryCredentialStore()
{
    for (Credentials &credentials : m_values)
        credentials.wipe();
}

CredentialReply *MemoryCredentialStore::read(const QString &profileId)
{
    return start(CredentialReply::Operation::Read, profileId, {});
}

CredentialReply *MemoryCredentialStore::write(const QString &profileId,
                                              const Credentials &credentials)
{
    return start(CredentialReply::Operation::Write, profileId, credentials);
}

CredentialReply *MemoryCredentialStore::remove(const QString &profileId)
{
    return start(CredentialReply::Operation::Remove, profileId, {});
}

void MemoryCredentialStore::failNextCall(CredentialError::Kind kind)
{
    m_nextFailure = kind;
}

CredentialReply *MemoryCredentialStore::start(CredentialReply::Operation operation,
                                              const QString &profileId,
                                              const Credentials &credentials)
{
    CredentialReply *reply = createReply(operation, profileId);
    const std::optional<CredentialError::Kind> failure = m_nextFailure;
    m_nextFailure.reset();

    // The reply is the context: deleting it before the next turn drops the call.
    QTimer::singleShot(
            0, reply, [this, reply, operation, failure, held = unshared(credentials)]() mutable {
                if (failure) {
                    failReply(reply, CredentialError::make(*failure));
                    held.wipe();
                    return;
                }
                const QString id = reply->profileId();
                switch (operation) {
                case CredentialReply::Operation::Read: {
                    const auto it = m_values.constFind(id);
                    if (it == m_values.constEnd())
                        failReply(reply, CredentialError::make(CredentialError::Kind::NotFound));
                    else
                        finishReply(reply, unshared(*it));
                    break;
                }
                case CredentialReply::Operation::Write: {
                    auto it = m_values.find(id);
                    if (it != m_values.end())
                        it->wipe();
                    m_values.insert(id, std::move(held)); // the store now owns the unshared buffers
                    finishReply(reply);
                    break;
                }
                case CredentialReply::Operation::Remove: {
                    auto it = m_values.find(id);
                    if (it != m_values.end()) {
                        it->wipe();
                        m_values.erase(it);
                    }
                    finishReply(reply);
                    break;
                }
                }
            });
    return reply;
}

} // namespace keystage
