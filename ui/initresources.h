// SPDX-License-Identifier: Apache-2.0
// Registers keystage_ui's compiled resources (icons). A static library's resources are not
// registered automatically; MainWindow calls this, and it may be called any number of times.
#pragma once

namespace keystage::ui {
void initResources();
} // namespace keystage::ui
