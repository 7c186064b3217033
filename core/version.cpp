#include "core/version.h"

namespace keystage {

QString versionString()
{
    return QStringLiteral(KEYSTAGE_VERSION);
}

} // namespace keystage
