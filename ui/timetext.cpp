// SPDX-License-Identifier: Apache-2.0
#include "ui/timetext.h"

#include <QDateTime>

namespace keystage::ui {

QString dateTimeFormatWithSeconds(const QLocale &locale)
{
    QString format = locale.dateTimeFormat(QLocale::ShortFormat);
    if (format.contains(QLatin1String("ss")) || format.contains(QLatin1Char('s')))
        return format;
    // "mm" (lower case) is always the minutes ("MM" is the month): the seconds follow them,
    // after the separator the locale puts before the minutes (":" or ".").
    const qsizetype minutes = format.indexOf(QLatin1String("mm"));
    if (minutes < 0)
        return QStringLiteral("yyyy-MM-dd HH:mm:ss");
    QChar separator = u':';
    if (minutes > 0 && !format.at(minutes - 1).isLetter()
        && format.at(minutes - 1) != QLatin1Char('\'') && !format.at(minutes - 1).isSpace())
        separator = format.at(minutes - 1);
    format.insert(minutes + 2, separator + QStringLiteral("ss"));
    return format;
}

QString dateTimeText(const QDateTime &when, const QLocale &locale)
{
    if (!when.isValid())
        return {};
    return locale.toString(when, dateTimeFormatWithSeconds(locale));
}

QString dateTimeText(qint64 msSinceEpoch, const QLocale &locale)
{
    if (msSinceEpoch <= 0)
        return {};
    return dateTimeText(QDateTime::fromMSecsSinceEpoch(msSinceEpoch).toLocalTime(), locale);
}

} // namespace keystage::ui
