// SPDX-License-Identifier: Apache-2.0
#include "core/profile/profile.h"

#include "core/profile/regionendpoints.h"

#include <QHostAddress>

namespace keystage {

QUrl Profile::effectiveCsmsEndpoint() const
{
    if (!csmsEndpoint.isEmpty())
        return csmsEndpoint;
    return RegionEndpoints::csms(region);
}

QUrl Profile::effectiveIamEndpoint() const
{
    if (!iamEndpoint.isEmpty())
        return iamEndpoint;
    return RegionEndpoints::iam(region);
}

bool Profile::isValid() const
{
    if (id.isEmpty() || !effectiveCsmsEndpoint().isValid() || effectiveCsmsEndpoint().isEmpty())
        return false;
    if (authMethod == AuthMethod::AkSk)
        return !accessKey.isEmpty();
    return !iamUser.isEmpty() && !iamDomain.isEmpty() && !effectiveIamEndpoint().isEmpty();
}

bool Profile::isLoopbackHost(const QString &host)
{
    QString name = host.trimmed().toLower();
    if (name.endsWith(u'.'))
        name.chop(1); // "localhost." is the same name, fully qualified
    if (name == QLatin1String("localhost"))
        return true;
    if (name.startsWith(u'[') && name.endsWith(u']'))
        name = name.mid(1, name.size() - 2);
    const QHostAddress address(name); // not an address (a host name): null, not loopback
    return !address.isNull() && address.isLoopback();
}

bool Profile::isUnencryptedRemote(const QUrl &endpoint)
{
    return endpoint.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0
           && !endpoint.host().isEmpty() && !isLoopbackHost(endpoint.host());
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
