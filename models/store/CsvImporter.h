#pragma once

#include <QByteArray>
#include <QString>
#include <functional>
#include <optional>

class Inventory;
struct TableSpec;

// Imports one CSV file into one table, in one transaction: every row is checked, and the first
// bad one ends the import with "FILE:LINE: column NAME: what is wrong" and the inventory exactly as
// it was. A row whose key exists updates it.
class CsvImporter final
{
public:
    // Told the bytes read so far and the total; returning false cancels (and rolls back).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit CsvImporter(Inventory& inventory);

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    // The number of rows imported.
    std::optional<qint64> importFile(const QString& table, const QString& path, QString* error);
    std::optional<qint64> importData(
        const TableSpec& spec, const QByteArray& data, const QString& fileName, QString* error);

    // The old form, kept only for views/MainWindow's import until it calls importFile(..., &error);
    // remove it then.
    struct Result
    {
        bool ok = false;
        qint64 rows = 0;
        QString error;
    };
    Result importFile(const QString& table, const QString& path);

private:
    Inventory& m_inventory;
    Progress m_progress;
};
