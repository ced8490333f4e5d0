#include "UtcTime.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
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

namespace UtcTime {
namespace {
QDateTime utc(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
}

// Locales' short dates often have two-digit years; plans span year ends, so show four.
QString fourDigitYear(QString pattern)
{
    static const QRegularExpression twoDigits(QStringLiteral("(?<!y)yy(?!y)"));
    return pattern.replace(twoDigits, QStringLiteral("yyyy"));
}
} // namespace

QString longDisplay(qint64 seconds)
{
    const QLocale locale;
    const QDateTime t = utc(seconds);
    return QStringLiteral("%1, %2 UTC")
        .arg(locale.toString(t.date(), QLocale::LongFormat), locale.toString(t.time(), QLocale::ShortFormat));
}

QString shortDisplay(qint64 seconds)
{
    const QLocale locale;
    const QDateTime t = utc(seconds);
    return QStringLiteral("%1 %2 UTC")
        .arg(locale.toString(t.date(), fourDigitYear(locale.dateFormat(QLocale::ShortFormat))),
            locale.toString(t.time(), QLocale::ShortFormat));
}

QString shortDatePattern()
{
    return fourDigitYear(QLocale().dateFormat(QLocale::ShortFormat));
}

QString shortEditPattern()
{
    const QLocale locale;
    return fourDigitYear(locale.dateFormat(QLocale::ShortFormat)) + u' ' + locale.timeFormat(QLocale::ShortFormat)
        + QStringLiteral(" 'UTC'");
}
} // namespace UtcTime
