// SPDX-License-Identifier: Apache-2.0
#include "core/profile/credentialreply.h"

namespace keystage {

CredentialReply::CredentialReply(Operation operation, const QString &profileId, QObject *parent)
    : QObject(parent)
    , m_operation(operation)
    , m_profileId(profileId)
{}

CredentialReply::~CredentialReply()
{
    m_credentials.wipe();
}

void CredentialReply::finish(const Credentials &credentials)
{
    if (m_finished)
        return;
    m_finished = true;
    m_credentials = credentials;
    Q_EMIT finished();
}

void CredentialReply::fail(const CredentialError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    if (!m_error.isError())
        m_error = CredentialError::make(CredentialError::Kind::Other);
    Q_EMIT finished();
}

} // namespace keystage
