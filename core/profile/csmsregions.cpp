// SPDX-License-Identifier: Apache-2.0
#include "core/profile/csmsregions.h"

#include <algorithm>

namespace keystage::ui {

QList<CsmsRegions::Region> CsmsRegions::all()
{
    // Names only where the console's English name is certain; the id is always shown.
    return {
            {QStringLiteral("cn-north-4"), tr("CN North-Beijing4")},
            {QStringLiteral("cn-north-1"), tr("CN North-Beijing1")},
            {QStringLiteral("cn-north-2"), tr("CN North-Beijing2")},
            {QStringLiteral("cn-north-9"), tr("CN North-Ulanqab1")},
            {QStringLiteral("cn-north-11"), {}},
            {QStringLiteral("cn-north-12"), {}},
            {QStringLiteral("cn-east-2"), tr("CN East-Shanghai2")},
            {QStringLiteral("cn-east-3"), tr("CN East-Shanghai1")},
            {QStringLiteral("cn-east-4"), {}},
            {QStringLiteral("cn-east-5"), tr("CN East-Qingdao")},
            {QStringLiteral("cn-south-1"), tr("CN South-Guangzhou")},
            {QStringLiteral("cn-south-2"), {}},
            {QStringLiteral("cn-southwest-2"), tr("CN Southwest-Guiyang1")},
            {QStringLiteral("cn-southwest-3"), {}},
            {QStringLiteral("ap-southeast-1"), tr("CN-Hong Kong")},
            {QStringLiteral("ap-southeast-2"), tr("AP-Bangkok")},
            {QStringLiteral("ap-southeast-3"), tr("AP-Singapore")},
            {QStringLiteral("ap-southeast-4"), tr("AP-Jakarta")},
            {QStringLiteral("ap-southeast-5"), tr("AP-Manila")},
            {QStringLiteral("af-south-1"), tr("AF-Johannesburg")},
            {QStringLiteral("af-north-1"), tr("AF-Cairo")},
            {QStringLiteral("la-south-2"), tr("LA-Santiago")},
            {QStringLiteral("la-north-2"), tr("LA-Mexico City2")},
            {QStringLiteral("sa-brazil-1"), tr("LA-Sao Paulo1")},
            {QStringLiteral("na-mexico-1"), tr("LA-Mexico City1")},
            {QStringLiteral("me-east-1"), tr("ME-Riyadh")},
            {QStringLiteral("tr-west-1"), tr("TR-Istanbul")},
            {QStringLiteral("ae-ad-1"), {}},
            {QStringLiteral("my-kualalumpur-1"), tr("MY-Kuala Lumpur")},
            {QStringLiteral("ru-moscow-1"), tr("RU-Moscow")},
    };
}

bool CsmsRegions::isKnown(const QString &id)
{
    const auto regions = all();
    return std::any_of(regions.begin(), regions.end(),
                       [&id](const Region &region) { return region.id == id; });
}

QString CsmsRegions::label(const Region &region)
{
    if (region.name.isEmpty())
        return region.id;
    return tr("%1 (%2)").arg(region.id, region.name);
}

QString CsmsRegions::idFromText(const QString &text)
{
    return text.trimmed().section(u' ', 0, 0);
}

} // namespace keystage::ui
