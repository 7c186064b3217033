// SPDX-License-Identifier: Apache-2.0
#include "core/profile/credentialstore.h"

namespace keystage {

CredentialReply *CredentialStore::createReply(CredentialReply::Operation operation,
                                              const QString &profileId)
{
    return new CredentialReply(operation, profileId, this);
}

void CredentialStore::finishReply(CredentialReply *reply, const Credentials &credentials)
{
    reply->finish(credentials);
}

void CredentialStore::failReply(CredentialReply *reply, const CredentialError &error)
{
    reply->fail(error);
}

} // namespace keystage
