#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <optional>

// One entry of an SMS 2.0 or Configuration Manager log. A 100 MB log holds a million of these: the
// fields are ordered to pack into 88 bytes.
struct LogEntry
{
    enum class Severity : quint8 { Info, Warning, Error };

    qint64 timeMs = 0; // milliseconds since the epoch, UTC (LogParser::parse converts the log's clock)
    QString component; // CCIM32, or a full path

private:
    QByteArray m_source; // shared with the whole log: no copy

public:
    std::optional<quint32> code; // a Win32 or HRESULT code found in the text, as HRESULT
    int line = 0; // the physical line it starts on
    quint32 thread = 0;

    // The text, trimmed, with SMS's "~" turned into line breaks. Decoded from the log's bytes when
    // asked: most entries are never looked at.
    QString text() const;
    // The raw bytes of the text, for quick searches.
    QByteArrayView textBytes() const { return QByteArrayView(m_source).sliced(m_textStart, m_textSize); }
    void setText(const QByteArray& source, qsizetype start, qsizetype size, bool tildeBreaks);

private:
    qint32 m_textStart = 0;
    qint32 m_textSize = 0;

public:
    Severity severity = Severity::Info;

private:
    bool m_tildeBreaks = false;
};

struct LogFile
{
    enum class Format { Sms, ConfigurationManager };
    Format format = Format::Sms;
    QList<LogEntry> entries;
    QList<int> unreadableLines; // counted and reported, never dropped silently
};

QString severityName(LogEntry::Severity severity);
