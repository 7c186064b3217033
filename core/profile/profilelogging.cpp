// SPDX-License-Identifier: Apache-2.0
#include "core/profile/profilelogging.h"

namespace keystage {
Q_LOGGING_CATEGORY(lcProfile, "keystage.profile")
} // namespace keystage
