// SPDX-License-Identifier: Apache-2.0
#include "core/model/modellogging.h"

namespace keystage {
Q_LOGGING_CATEGORY(lcModel, "keystage.model")
} // namespace keystage
