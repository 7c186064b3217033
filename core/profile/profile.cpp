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

static void wipeString(QString &s)
{
    // fill() detaches a shared string first: the other owner's copy survives, this one is wiped.
    s.fill(QChar(u'\0'));
    s.clear();
    s.squeeze();
}

void Credentials::wipe()
{
    wipeString(secretKey);
    wipeString(securityToken);
    wipeString(password);
}

bool operator==(const Credentials &a, const Credentials &b)
{
    return a.secretKey == b.secretKey && a.securityToken == b.securityToken
           && a.password == b.password;
}

} // namespace keystage
