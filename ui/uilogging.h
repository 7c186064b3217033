// SPDX-License-Identifier: Apache-2.0
// The keystage.ui logging category. Identifiers and states only: never a secret value.
#pragma once

#include <QLoggingCategory>

namespace keystage::ui {
Q_DECLARE_LOGGING_CATEGORY(lcUi)
} // namespace keystage::ui
