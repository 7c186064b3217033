// SPDX-License-Identifier: Apache-2.0
// Decoded rows as one line of text each, every field shown, so that two decoders (the streaming
// one and QJsonDocument + JsonReader) or a decode and a re-encode can be compared with ==. Shared
// by the fuzz targets and tst_jsonscanner. Test data only: the values are made up.
#pragma once

#include "core/api/apierror.h"
#include "core/api/apiresult.h"
#include "core/api/csmstypes.h"

#include <QStringList>

namespace keystage::fuzz {

inline QString describeTime(const std::optional<qint64> &t)
{
    return t ? QString::number(*t) : QStringLiteral("-");
}

inline QString describe(const Secret &s)
{
    return QStringList{s.id,
                       s.name,
                       s.state,
                       s.kmsKeyId,
                       s.description,
                       QString::number(s.createTime),
                       QString::number(s.updateTime),
                       describeTime(s.scheduledDeleteTime),
                       s.secretType,
                       s.autoRotation ? QStringLiteral("rotating") : QStringLiteral("fixed"),
                       s.rotationPeriod,
                       s.rotationConfig,
                       describeTime(s.rotationTime),
                       describeTime(s.nextRotationTime),
                       s.eventSubscriptions.join(QChar(0x241e)),
                       s.enterpriseProjectId,
                       s.rotationFuncUrn}
            .join(QChar(0x241f));
}

inline QString describe(const VersionMetadata &v)
{
    return QStringList{v.id,
                       v.secretName,
                       QString::number(v.createTime),
                       describeTime(v.expireTime),
                       v.kmsKeyId,
                       v.versionStages.join(QChar(0x241e))}
            .join(QChar(0x241f));
}

inline QString describe(const Version &v)
{
    return describe(v.metadata) + QChar(0x241d)
           + (v.secretString ? QStringLiteral("s:") + *v.secretString : QStringLiteral("-"))
           + QChar(0x241d)
           + (v.secretBinary ? QStringLiteral("b:") + QString::fromLatin1(*v.secretBinary)
                             : QStringLiteral("-"));
}

inline QString describe(const Stage &s)
{
    return QStringList{s.name, s.secretName, s.versionId, QString::number(s.updateTime)}.join(
            QChar(0x241f));
}

template<typename T>
inline QString describe(const Page<T> &page)
{
    QStringList lines{QStringLiteral("page %1 %2 %3")
                              .arg(page.pageInfo.nextMarker, page.pageInfo.previousMarker)
                              .arg(page.pageInfo.currentCount)};
    for (const T &item : page.items)
        lines << describe(item);
    return lines.join(QLatin1Char('\n'));
}

template<typename T>
inline QString describe(const ApiResult<T> &result)
{
    if (!result)
        return QStringLiteral("error %1: %2")
                .arg(ApiError::kindName(result.error().kind), result.error().message);
    return describe(*result);
}

} // namespace keystage::fuzz
