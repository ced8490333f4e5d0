#pragma once

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

// A time as the console shows it: in the user's language, long form, in UTC like the plans.
inline QString longUtc(qint64 seconds)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc()), QLocale::LongFormat);
}
