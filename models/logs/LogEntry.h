#pragma once

#include <QByteArray>
#include <QByteArrayView>
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

    // The text, trimmed, with SMS's "~" turned into line breaks. Decoded from the log's bytes when
    // asked: a 100 MB log holds a million entries, and most are never looked at.
    QString text() const;
    // The raw bytes of the text, for quick searches.
    QByteArrayView textBytes() const { return QByteArrayView(m_source).sliced(m_textStart, m_textSize); }
    void setText(const QByteArray& source, qsizetype start, qsizetype size, bool tildeBreaks);

private:
    QByteArray m_source; // shared with the whole log: no copy
    qsizetype m_textStart = 0;
    qsizetype m_textSize = 0;
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
