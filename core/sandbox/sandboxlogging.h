// SPDX-License-Identifier: Apache-2.0
// The logging category of core/sandbox (starting and stopping csms-local for --sandbox).
#pragma once

#include <QLoggingCategory>

namespace keystage {
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
} // namespace keystage
