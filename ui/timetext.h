// SPDX-License-Identifier: Apache-2.0
// One way to write a date and time in the window: the details, the secrets table and the stage
// board all show the locale's short date and time, with seconds in every language (the short
// formats of zh_CN, en_US and most others stop at the minute; two changes a few seconds apart
// must not look simultaneous).
#pragma once

#include <QLocale>
#include <QString>

QT_BEGIN_NAMESPACE
class QDateTime;
QT_END_NAMESPACE

namespace keystage::ui {

// The locale's short date-time format with the seconds after the minutes (same separator).
QString dateTimeFormatWithSeconds(const QLocale &locale);
QString dateTimeText(const QDateTime &when, const QLocale &locale = QLocale());
// Milliseconds since the epoch, shown in local time; 0 or less (not set): empty.
QString dateTimeText(qint64 msSinceEpoch, const QLocale &locale = QLocale());

} // namespace keystage::ui
