// SPDX-License-Identifier: Apache-2.0
#include "core/sandbox/sandboxprofile.h"

namespace keystage::ui {

// csms-local's defaults (server/config.h). They open a local, throw-away sandbox only.
Profile SandboxProfile::profile(const QUrl &baseUrl, AuthMethod method)
{
    Profile p;
    p.id = id();
    p.displayName = tr("Local sandbox");
    p.region = QStringLiteral("cn-north-4");
    p.csmsEndpoint = baseUrl;
    p.iamEndpoint = baseUrl;
    p.projectId = QStringLiteral("2a0f4b1c7d3e4f5a8b9c0d1e2f3a4b5c");
    p.authMethod = method;
    p.accessKey = QStringLiteral("KSLOCALAK00000000001");
    p.iamUser = QStringLiteral("sandbox-admin");
    p.iamDomain = QStringLiteral("sandbox");
    p.pageSize = 100;
    p.sandbox = true;
    return p;
}

Credentials SandboxProfile::credentials(AuthMethod method)
{
    Credentials c;
    if (method == AuthMethod::AkSk)
        c.secretKey = QStringLiteral("ksLocalSecretKey00000000000000000000000001");
    else
        c.password = QStringLiteral("sandbox-password");
    return c;
}

} // namespace keystage::ui
