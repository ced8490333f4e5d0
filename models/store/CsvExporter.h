#pragma once

#include <QString>

class Inventory;
class QIODevice;
struct TableSpec;
#include <QStringList>

// Writes one table as CSV: the header in the table's own column order, rows ordered by key, times
// in ISO 8601 UTC, booleans as yes/no. Importing the result into an empty inventory and exporting
// again gives the same bytes.
class CsvExporter final
{
public:
    explicit CsvExporter(const Inventory& inventory);
    bool exportTable(const QString& table, QIODevice* out, QString* error);
    // Tables that are written, never imported: "client-caps" (client, cap, source, imported_at), the
    // CAPs clients' registry exports list (RULES.md R6), source as FILE:LINE.
    static QStringList exportOnlyTables();
    // The header and the one row with this key (fields spelled as in the CSV), if it exists.
    bool exportRow(const TableSpec& spec, const QStringList& key, QIODevice* out, QString* error);

private:
    bool write(const TableSpec& spec, const QStringList& key, QIODevice* out, QString* error);

    const Inventory& m_inventory;
};
