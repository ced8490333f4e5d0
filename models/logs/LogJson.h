#pragma once

#include <QJsonObject>
#include <QString>

struct LogFile;

// What `capplanner logs parse` prints: the JSON of --json, and the tab-separated listing without it.
// Times in ISO 8601 UTC with milliseconds and Z (LogParser::parse converted them).
namespace LogJson {
// {"entries": [{line, time, component, thread, severity, code, text}], "unreadableLines": [...]}
QJsonObject toJson(const LogFile& log);
// One line per entry: time, component, thread, severity, code and its meaning, text on one line.
QString toText(const LogFile& log);
// "2026-12-01T08:00:00.250Z"
QString formatTime(qint64 ms);
} // namespace LogJson
