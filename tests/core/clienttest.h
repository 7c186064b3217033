// SPDX-License-Identifier: Apache-2.0
// Shared by the CsmsClient tests: a profile and credentials for a csms-local started by the
// harness, a wait for one reply, and check macros. Waits on signals only.
#pragma once

#include "awaitreply.h"
#include "core/api/csmsclient.h"
#include "csmslocal.h"

#include <QTest>

namespace keystage::test {

// Keeps a reply alive until await() reads it (for calls that are started together).
template<typename T>
inline Reply<T> *kept(Reply<T> *reply)
{
    reply->setAutoDelete(false);
    return reply;
}

template<typename T>
inline ApiResult<T> await(Reply<T> *reply, int *attempts = nullptr, int timeoutMs = 60000)
{
    return awaitReply(reply, timeoutMs, attempts);
}

// The sandbox credentials, with CSMS and IAM both at base.
inline Profile profileFor(const QUrl &base, AuthMethod method = AuthMethod::AkSk)
{
    Profile p;
    p.id = QStringLiteral("test");
    p.region = QStringLiteral("cn-north-4");
    p.csmsEndpoint = base;
    p.iamEndpoint = base;
    p.projectId = SandboxCredentials::projectId();
    p.authMethod = method;
    p.accessKey = SandboxCredentials::accessKey();
    p.iamUser = SandboxCredentials::iamUser();
    p.iamDomain = SandboxCredentials::iamDomain();
    return p;
}

inline Profile profileFor(const CsmsLocal &server, AuthMethod method = AuthMethod::AkSk)
{
    return profileFor(server.baseUrl(), method);
}

inline Credentials credentials()
{
    Credentials c;
    c.secretKey = SandboxCredentials::secretKey();
    c.password = SandboxCredentials::iamPassword();
    return c;
}

} // namespace keystage::test

#define START(server) QVERIFY2((server).start(), (server).errorOutput().constData())
#define OK(expr) \
    do { \
        const auto &okResult = (expr); /* evaluated once */ \
        QVERIFY2(okResult.ok(), qPrintable(okResult.error().summary())); \
    } while (false)
