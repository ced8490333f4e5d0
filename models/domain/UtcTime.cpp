#include "UtcTime.h"

#include <QDateTime>
#include <QTimeZone>

namespace UtcTime {
std::optional<qint64> parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() < 10 || trimmed.size() > 40)
        return std::nullopt;
    QDateTime time;
    if (trimmed.size() == 10) {
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        time = QDateTime(date, QTime(0, 0), QTimeZone::utc());
    } else {
        if (trimmed.at(10) != u'T' && trimmed.at(10) != u' ')
            return std::nullopt;
        time = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
        if (!time.isValid())
            return std::nullopt;
        if (time.timeSpec() == Qt::LocalTime)
            time = QDateTime(time.date(), time.time(), QTimeZone::utc());
    }
    return time.toSecsSinceEpoch();
}

QString format(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}
} // namespace UtcTime
