#pragma once

#include "csv/CsvReader.h"
#include "domain/Enums.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <functional>
#include <memory>
#include <optional>

// A site database's client list saved as a query result (docs/SITE_DATABASE.md): CSV, or text
// separated by tabs as osql -s and Query Analyzer write it, told apart by the header line. Cells
// are trimmed of the padding those tools add; osql's "-----" underline and its "(N rows affected)"
// footer are skipped. Reads one record at a time, so a million rows never sit in memory as text.
class SiteExport final
{
public:
    enum class Field { Name, Version, Os, Site, Client, Heartbeat };
    static constexpr int FieldCount = 6;
    static QList<Field> fields();
    // The --map spelling: name, version, os, site, client, heartbeat.
    static QString fieldKey(Field field);
    static std::optional<Field> parseField(const QString& key);
    // SP2 view column first, then the WMI property (Q259708, Q254735, Q257799).
    static QStringList defaultColumns(Field field);
    // Client and heartbeat may be absent: every row is then a client, with no heartbeat.
    static bool isRequired(Field field);

    struct Options
    {
        QHash<Field, QString> columns; // --map FIELD=COLUMN; an empty COLUMN leaves an optional field out
        QHash<QString, OsFamily> os; // --os TEXT=FAMILY, keyed by osKey(TEXT)
        QTimeZone zone = QTimeZone::utc(); // for times that name no zone
    };
    // "FIELD=COLUMN" and "TEXT=FAMILY", as the command line and the wizard give them.
    static bool addColumnMapping(Options& options, const QString& spec, QString* error);
    static bool addOsMapping(Options& options, const QString& spec, QString* error);
    // OS texts compare case-insensitively, runs of blanks as one.
    static QString osKey(const QString& text);
    static std::optional<OsFamily> defaultOsFamily(const QString& text);
    static std::optional<OsFamily> osFamily(const Options& options, const QString& text);
    // "2026-11-30 12:00:00.000" (SQL Server) or ISO 8601; without a zone, in `zone`.
    static std::optional<qint64> parseTime(const QString& text, const QTimeZone& zone);

    struct Record
    {
        int line = 0;
        QStringList cells;
    };
    struct Row
    {
        int line = 0;
        QString name;
        QString version;
        qint64 versionKey = 0;
        QString osText;
        OsFamily os = OsFamily::Nt4;
        QStringList sites; // the codes SMS_Installed_Sites lists, in order
        std::optional<qint64> heartbeat;
    };
    enum class Outcome { Row, Skipped, Refused };

    // `fileName` names the file in messages. The bytes may be UTF-8, UTF-16 with a byte order
    // mark, or ANSI (read as Latin-1).
    SiteExport(const QByteArray& data, const QString& fileName);
    ~SiteExport();
    Q_DISABLE_COPY_MOVE(SiteExport)

    // Reads the header line; false with "FILE:LINE: what" when there is none.
    bool open(QString* error);
    QStringList header() const { return m_header; }
    bool tabSeparated() const { return m_tabs; }
    QString fileName() const { return m_fileName; }
    // The next data record, trimmed. False at the end, or on an error that ends the reading
    // (then *error says "FILE:LINE: what").
    bool next(Record& record, QString* error);
    qsizetype position() const;
    qsizetype size() const { return m_data.size(); }

    // Finds each field's column in the header; false with the missing column named.
    bool resolve(const Options& options, QString* error);
    // The header index of a field's column, -1 when the export has none.
    int column(Field field) const { return m_columns[int(field)]; }
    // A record as a client row, skipped (Client0 = 0), or refused with
    // "FILE:LINE: column NAME: what".
    Outcome convert(const Record& record, const Options& options, Row& row, QString* error) const;

    struct OsCount
    {
        QString text; // as first spelled
        int rows = 0;
    };
    // The distinct OS texts of the client rows (osKey), in order of first appearance; `progress`
    // is told the bytes read and may stop the reading (then nothing, with *error empty).
    static std::optional<QList<OsCount>> distinctOs(const QByteArray& data, const QString& fileName,
        const Options& options, QString* error, const std::function<bool(qint64, qint64)>& progress = {});

    // The first `count` records as read, for a preview.
    static std::optional<QList<Record>> preview(
        const QByteArray& data, const QString& fileName, int count, QStringList* header, QString* error);

private:
    bool nextLine(QString& line);
    QString where(int line) const;

    QByteArray m_data;
    QString m_fileName;
    std::unique_ptr<CsvReader> m_csv;
    bool m_tabs = false;
    qsizetype m_pos = 0;
    int m_line = 1;
    QStringList m_header;
    int m_columns[FieldCount] = {-1, -1, -1, -1, -1, -1};
};
