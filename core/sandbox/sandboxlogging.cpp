// SPDX-License-Identifier: Apache-2.0
#include "core/sandbox/sandboxlogging.h"

namespace keystage {
// Info and above by default, as when these lines were logged under keystage.ui.
Q_LOGGING_CATEGORY(lcSandbox, "keystage.sandbox", QtInfoMsg)
} // namespace keystage
