// Shared by the model and ops tests: a CsmsClient for a csms-local started by the harness, and a
// wait for one reply. Waits on signals only.
#pragma once

#include "core/api/csmsclient.h"
#include "csmslocal.h"

#include <QSignalSpy>
#include <memory>

namespace keystage::test {

inline Profile sandboxProfile(const CsmsLocal &server, int pageSize = 200,
                              const QString &id = QStringLiteral("test-profile"))
{
    Profile p;
    p.id = id;
    p.displayName = QStringLiteral("Sandbox");
    p.csmsEndpoint = server.baseUrl();
    p.iamEndpoint = server.baseUrl();
    p.projectId = SandboxCredentials::projectId();
    p.authMethod = AuthMethod::AkSk;
    p.accessKey = SandboxCredentials::accessKey();
    p.pageSize = pageSize;
    p.sandbox = true;
    return p;
}

inline std::unique_ptr<CsmsClient> sandboxClient(QNetworkAccessManager *nam,
                                                 const CsmsLocal &server, int pageSize = 200,
                                                 const QString &profileId
                                                 = QStringLiteral("test-profile"))
{
    Credentials c;
    c.secretKey = SandboxCredentials::secretKey();
    return std::make_unique<CsmsClient>(nam, sandboxProfile(server, pageSize, profileId), c);
}

// Waits for the reply and returns its result (the reply is deleted).
template<typename T>
ApiResult<T> await(Reply<T> *reply, int timeoutMs = 30000)
{
    reply->setAutoDelete(false);
    if (!reply->isFinished()) {
        QSignalSpy spy(reply, &ApiReply::finished);
        spy.wait(timeoutMs);
    }
    ApiResult<T> result = reply->result();
    delete reply;
    return result;
}

inline CreateSecretRequest secretRequest(const QString &name, const QString &value,
                                         const QString &description = {})
{
    CreateSecretRequest r;
    r.name = name;
    r.secretString = value;
    r.description = description;
    return r;
}

} // namespace keystage::test
