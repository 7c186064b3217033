// SPDX-License-Identifier: Apache-2.0
// The logging category of core/profile. Never log a secret, a token or a password here.
#pragma once

#include <QLoggingCategory>

namespace keystage {
Q_DECLARE_LOGGING_CATEGORY(lcProfile)
} // namespace keystage
