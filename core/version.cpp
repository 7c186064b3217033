// SPDX-License-Identifier: Apache-2.0
#include "core/version.h"

namespace keystage {

QString versionString()
{
    return QStringLiteral(KEYSTAGE_VERSION);
}

} // namespace keystage
