// SPDX-License-Identifier: Apache-2.0
// Credentials kept in memory only: unit tests and "don't remember" sessions. Still asynchronous:
// every reply finishes on a later turn of the event loop. Values are wiped on remove, overwrite
// and destruction.
#pragma once

#include "core/profile/credentialstore.h"

#include <QHash>

#include <optional>

namespace keystage {

class MemoryCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    explicit MemoryCredentialStore(QObject *parent = nullptr);
    ~MemoryCredentialStore() override;

    CredentialReply *read(const QString &profileId) override;
    CredentialReply *write(const QString &profileId, const Credentials &credentials) override;
    CredentialReply *remove(const QString &profileId) override;
    bool isPersistent() const override { return false; }

    int count() const { return m_values.size(); }
    // Test hook: the next call fails with this kind instead of touching the stored values.
    void failNextCall(CredentialError::Kind kind);

private:
    CredentialReply *start(CredentialReply::Operation operation, const QString &profileId,
                           const Credentials &credentials);

    QHash<QString, Credentials> m_values;
    std::optional<CredentialError::Kind> m_nextFailure;
};

} // namespace keystage
