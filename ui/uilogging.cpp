// SPDX-License-Identifier: Apache-2.0
#include "ui/uilogging.h"

namespace keystage::ui {
Q_LOGGING_CATEGORY(lcUi, "keystage.ui", QtInfoMsg)
} // namespace keystage::ui
