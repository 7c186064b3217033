// SPDX-License-Identifier: Apache-2.0
#include "core/ops/opslogging.h"

namespace keystage {
Q_LOGGING_CATEGORY(lcOps, "keystage.ops")
} // namespace keystage
