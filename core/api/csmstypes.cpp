// SPDX-License-Identifier: Apache-2.0
#include "core/api/csmstypes.h"

namespace keystage {

void Version::wipe()
{
    if (secretString) {
        secretString->fill(QChar(u'\0'));
        secretString.reset();
    }
    if (secretBinary) {
        secretBinary->fill('\0');
        secretBinary.reset();
    }
}

} // namespace keystage
