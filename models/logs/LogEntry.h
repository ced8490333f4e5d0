#pragma once

#include <QList>
#include <QString>
#include <optional>

// One entry of an SMS 2.0 or Configuration Manager log.
struct LogEntry
{
    enum class Severity { Info, Warning, Error };

    int line = 0; // the physical line it starts on
    qint64 timeMs = 0; // milliseconds since the epoch; the log's own clock, taken as UTC
    QString component; // CCIM32, or a full path
    quint32 thread = 0;
    Severity severity = Severity::Info;
    std::optional<quint32> code; // a Win32 or HRESULT code found in the text, as HRESULT
    QString text; // "~" turned into line breaks
};

struct LogFile
{
    enum class Format { Sms, ConfigurationManager };
    Format format = Format::Sms;
    QList<LogEntry> entries;
    QList<int> unreadableLines; // counted and reported, never dropped silently
};

QString severityName(LogEntry::Severity severity);
