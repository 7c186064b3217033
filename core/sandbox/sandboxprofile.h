// SPDX-License-Identifier: Apache-2.0
// The "Local sandbox" profile: csms-local on a loopback port with its default credentials
// (the ones tests/support/csmslocal.h SandboxCredentials names). Never stored in ProfileStore:
// the port changes on every start.
#pragma once

#include "core/profile/profile.h"

#include <QCoreApplication>
#include <QUrl>

namespace keystage::ui {

class SandboxProfile
{
    Q_DECLARE_TR_FUNCTIONS(keystage::ui::SandboxProfile)

public:
    static QString id() { return QStringLiteral("local-sandbox"); }
    // AK/SK (the default) or the IAM password of csms-local's sandbox user.
    static Profile profile(const QUrl &baseUrl, AuthMethod method = AuthMethod::AkSk);
    static Credentials credentials(AuthMethod method = AuthMethod::AkSk);
};

} // namespace keystage::ui
