// SPDX-License-Identifier: Apache-2.0
#include "core/profile/regionendpoints.h"

#include <utility>

namespace keystage {

namespace {

struct Entry
{
    const char *region;
    const char *host;
};

// CSMS shares its endpoint with KMS: the SDK's KMS region list.
constexpr Entry csmsTable[] = {
        {"eu-west-101", "kms.eu-west-101.myhuaweicloud.eu"},
        {"cn-north-4", "kms.cn-north-4.myhuaweicloud.com"},
        {"cn-north-1", "kms.cn-north-1.myhuaweicloud.com"},
        {"cn-north-2", "kms.cn-north-2.myhuaweicloud.com"},
        {"cn-east-2", "kms.cn-east-2.myhuaweicloud.com"},
        {"cn-east-3", "kms.cn-east-3.myhuaweicloud.com"},
        {"cn-south-1", "kms.cn-south-1.myhuaweicloud.com"},
        {"cn-south-2", "kms.cn-south-2.myhuaweicloud.com"},
        {"af-south-1", "kms.af-south-1.myhuaweicloud.com"},
        {"cn-southwest-2", "kms.cn-southwest-2.myhuaweicloud.com"},
        {"ap-southeast-2", "kms.ap-southeast-2.myhuaweicloud.com"},
        {"ap-southeast-1", "kms.ap-southeast-1.myhuaweicloud.com"},
        {"ap-southeast-3", "kms.ap-southeast-3.myhuaweicloud.com"},
        {"la-south-2", "kms.la-south-2.myhuaweicloud.com"},
        {"sa-brazil-1", "kms.sa-brazil-1.myhuaweicloud.com"},
        {"na-mexico-1", "kms.na-mexico-1.myhuaweicloud.com"},
        {"la-north-2", "kms.la-north-2.myhuaweicloud.com"},
        {"cn-north-9", "kms.cn-north-9.myhuaweicloud.com"},
        {"ap-southeast-4", "kms.ap-southeast-4.myhuaweicloud.com"},
        {"tr-west-1", "kms.tr-west-1.myhuaweicloud.com"},
        {"ae-ad-1", "kms.ae-ad-1.myhuaweicloud.com"},
        {"my-kualalumpur-1", "kms.my-kualalumpur-1.myhuaweicloud.com"},
        {"ru-moscow-1", "kms.ru-moscow-1.myhuaweicloud.com"},
        {"cn-east-5", "kms.cn-east-5.myhuaweicloud.com"},
        {"cn-east-4", "kms.cn-east-4.myhuaweicloud.com"},
        {"me-east-1", "kms.me-east-1.myhuaweicloud.com"},
        {"ap-southeast-5", "kms.ap-southeast-5.myhuaweicloud.com"},
        {"cn-south-4", "kms.cn-south-4.myhuaweicloud.com"},
        {"cn-north-12", "kms.cn-north-12.myhuaweicloud.com"},
        {"cn-north-11", "kms.cn-north-11.myhuaweicloud.com"},
        {"af-north-1", "kms.af-north-1.myhuaweicloud.com"},
        {"cn-southwest-3", "kms.cn-southwest-3.myhuaweicloud.com"},
};

// The SDK core's IAM endpoint table, plus eu-west-101 from the IAM service's region list.
// Every other region authenticates at the global endpoint.
constexpr Entry iamTable[] = {
        {"cn-north-2", "iam.cn-north-2.myhuaweicloud.com"},
        {"cn-north-4", "iam.cn-north-4.myhuaweicloud.com"},
        {"cn-north-1", "iam.cn-north-1.myhuaweicloud.com"},
        {"cn-east-2", "iam.cn-east-2.myhuaweicloud.com"},
        {"cn-east-3", "iam.cn-east-3.myhuaweicloud.com"},
        {"cn-south-1", "iam.cn-south-1.myhuaweicloud.com"},
        {"cn-south-2", "iam.cn-south-2.myhuaweicloud.com"},
        {"cn-southwest-2", "iam.cn-southwest-2.myhuaweicloud.com"},
        {"ap-southeast-1", "iam.ap-southeast-1.myhuaweicloud.com"},
        {"ap-southeast-2", "iam.ap-southeast-2.myhuaweicloud.com"},
        {"ap-southeast-3", "iam.ap-southeast-3.myhuaweicloud.com"},
        {"af-south-1", "iam.af-south-1.myhuaweicloud.com"},
        {"sa-brazil-1", "iam.sa-brazil-1.myhuaweicloud.com"},
        {"la-south-2", "iam.la-south-2.myhuaweicloud.com"},
        {"na-mexico-1", "iam.na-mexico-1.myhuaweicloud.com"},
        {"la-north-2", "iam.la-north-2.myhuaweicloud.com"},
        {"cn-north-9", "iam.cn-north-9.myhuaweicloud.com"},
        {"eu-west-0", "iam.eu-west-0.myhuaweicloud.com"},
        {"eu-west-101", "iam.eu-west-101.myhuaweicloud.eu"},
        {"my-kualalumpur-1", "iam.my-kualalumpur-1.myhuaweicloud.com"},
        {"ru-moscow-1", "iam.ru-moscow-1.myhuaweicloud.com"},
        {"me-east-1", "iam.me-east-1.myhuaweicloud.com"},
        {"ap-southeast-4", "iam.ap-southeast-4.myhuaweicloud.com"},
        {"ae-ad-1", "iam.ae-ad-1.myhuaweicloud.com"},
        {"cn-east-4", "iam.cn-east-4.myhuaweicloud.com"},
        {"cn-east-5", "iam.cn-east-5.myhuaweicloud.com"},
        {"tr-west-1", "iam.tr-west-1.myhuaweicloud.com"},
};

template<std::size_t N>
const char *hostIn(const Entry (&table)[N], const QString &region)
{
    for (const Entry &entry : table) {
        if (region == QLatin1String(entry.region))
            return entry.host;
    }
    return nullptr;
}

QUrl https(const QString &host)
{
    return QUrl(QStringLiteral("https://") + host);
}

} // namespace

QUrl RegionEndpoints::csms(const QString &region)
{
    if (region.isEmpty())
        return {};
    if (const char *host = hostIn(csmsTable, region))
        return https(QLatin1String(host));
    return https(QStringLiteral("kms.%1.myhuaweicloud.com").arg(region));
}

QUrl RegionEndpoints::iam(const QString &region)
{
    if (region.isEmpty())
        return {};
    if (const char *host = hostIn(iamTable, region))
        return https(QLatin1String(host));
    return globalIam();
}

QUrl RegionEndpoints::globalIam()
{
    return https(QStringLiteral("iam.myhuaweicloud.com"));
}

bool RegionEndpoints::hasRegionalIam(const QString &region)
{
    return hostIn(iamTable, region) != nullptr;
}

QStringList RegionEndpoints::csmsRegions()
{
    QStringList out;
    for (const Entry &entry : csmsTable)
        out << QLatin1String(entry.region);
    return out;
}

} // namespace keystage
