#include "LogJson.h"

#include "ErrorCodes.h"
#include "LogEntry.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

namespace LogJson {
QString formatTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz'Z'"));
}

QJsonObject toJson(const LogFile& log)
{
    QJsonArray entries;
    for (const LogEntry& e : log.entries)
        entries.append(QJsonObject {{QStringLiteral("line"), e.line}, {QStringLiteral("time"), formatTime(e.timeMs)},
            {QStringLiteral("component"), e.component}, {QStringLiteral("thread"), qint64(e.thread)},
            {QStringLiteral("severity"), severityName(e.severity)},
            {QStringLiteral("code"), e.code ? QJsonValue(qint64(*e.code)) : QJsonValue()},
            {QStringLiteral("text"), e.text()}});
    QJsonArray unreadable;
    for (int line : log.unreadableLines)
        unreadable.append(line);
    return QJsonObject {{QStringLiteral("entries"), entries}, {QStringLiteral("unreadableLines"), unreadable}};
}

QString toText(const LogFile& log)
{
    QString text;
    for (const LogEntry& e : log.entries) {
        QString code;
        if (e.code)
            code = QStringLiteral("0x%1 %2")
                       .arg(*e.code, 8, 16, QLatin1Char('0'))
                       .arg(ErrorCodes::describe(*e.code).value_or(QString()));
        text += QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\n")
                    .arg(formatTime(e.timeMs), e.component)
                    .arg(e.thread)
                    .arg(severityName(e.severity), code.trimmed(), QString(e.text()).replace(u'\n', u' '));
    }
    return text;
}
} // namespace LogJson
