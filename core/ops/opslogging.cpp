#include "core/ops/opslogging.h"

namespace keystage {
Q_LOGGING_CATEGORY(lcOps, "keystage.ops")
} // namespace keystage
