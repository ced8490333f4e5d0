#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// An RFC 4180 reader over a whole file in memory: quoted fields with embedded commas, quotes and
// line breaks, CRLF or LF line ends, an optional UTF-8 byte order mark, blank lines skipped. It
// keeps the physical line each record starts on, for error messages.
class CsvReader final
{
public:
    struct Record
    {
        int line = 0;
        QStringList fields;
    };

    explicit CsvReader(const QByteArray& data);

    // False at the end of the data or on an error (then error() is set and errorLine() tells where).
    bool next(Record& record);
    bool atError() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    int errorLine() const { return m_errorLine; }
    qsizetype position() const { return m_pos; }

    // A file with NUL bytes or invalid UTF-8 is not a CSV file.
    static bool looksBinary(const QByteArray& data, int* line);

private:
    const QByteArray& m_data;
    qsizetype m_pos = 0;
    int m_line = 1;
    QString m_error;
    int m_errorLine = 0;
};
