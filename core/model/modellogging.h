// SPDX-License-Identifier: Apache-2.0
// The logging category of core/model. Identifiers and counts only: never a secret value or token.
#pragma once

#include <QLoggingCategory>

namespace keystage {
Q_DECLARE_LOGGING_CATEGORY(lcModel)
} // namespace keystage
