// SPDX-License-Identifier: Apache-2.0
// The answer to one CredentialStore call: emits finished() exactly once, then holds either the
// result or a CredentialError. The caller owns it (it starts as a child of the store) and deletes
// it with deleteLater() when done; deleting it before it finished abandons the call silently.
#pragma once

#include "core/profile/credentialerror.h"
#include "core/profile/profile.h"

#include <QObject>

namespace keystage {

class CredentialStore;

class CredentialReply : public QObject
{
    Q_OBJECT
public:
    enum class Operation { Read, Write, Remove };

    ~CredentialReply() override; // wipes the credentials it holds

    Operation operation() const { return m_operation; }
    QString profileId() const { return m_profileId; }
    bool isFinished() const { return m_finished; }
    bool hasError() const { return m_error.isError(); }
    CredentialError error() const { return m_error; }
    // The credentials read (Operation::Read, no error). Copy, use, then wipe() your copy.
    Credentials credentials() const { return m_credentials; }

Q_SIGNALS:
    void finished();

private:
    friend class CredentialStore;
    CredentialReply(Operation operation, const QString &profileId, QObject *parent);
    void finish(const Credentials &credentials = Credentials());
    void fail(const CredentialError &error);

    Operation m_operation;
    QString m_profileId;
    Credentials m_credentials;
    CredentialError m_error;
    bool m_finished = false;
};

} // namespace keystage
