#include "core/profile/profile.h"

namespace keystage {

QUrl Profile::effectiveCsmsEndpoint() const
{
    if (!csmsEndpoint.isEmpty())
        return csmsEndpoint;
    if (region.isEmpty())
        return {};
    return QUrl(QStringLiteral("https://kms.%1.myhuaweicloud.com").arg(region));
}

QUrl Profile::effectiveIamEndpoint() const
{
    if (!iamEndpoint.isEmpty())
        return iamEndpoint;
    if (region.isEmpty())
        return {};
    return QUrl(QStringLiteral("https://iam.%1.myhuaweicloud.com").arg(region));
}

bool Profile::isValid() const
{
    if (id.isEmpty() || !effectiveCsmsEndpoint().isValid() || effectiveCsmsEndpoint().isEmpty())
        return false;
    if (authMethod == AuthMethod::AkSk)
        return !accessKey.isEmpty();
    return !iamUser.isEmpty() && !iamDomain.isEmpty() && !effectiveIamEndpoint().isEmpty();
}

} // namespace keystage
