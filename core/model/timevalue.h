// SPDX-License-Identifier: Apache-2.0
// A time of the API (milliseconds since the epoch, 0 or less: none) as a model's value: a local
// QDateTime, or an empty QVariant. The secrets table and the stage board show times alike.
#pragma once

#include <QDateTime>
#include <QVariant>

namespace keystage {

inline QVariant timeValue(qint64 ms)
{
    return ms > 0 ? QVariant(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime()) : QVariant();
}

} // namespace keystage
