#pragma once

#include <QSqlDatabase>
#include <QStringList>
#include <functional>
#include <vector>

struct sqlite3_value;

// The SQLite handle under a Qt SQL connection, for the hot paths where Qt's per-row cost matters:
// reading the ordered ids of a million rows, and the planners' single pass over a site's clients.
// Everything else goes through Qt SQL.
namespace NativeSqlite {
// Runs a query that passes every row it reads to the aggregate capplanner_each(...), and calls
// `row` with those values (read them with sqlite3_value_*). Cheaper than reading result rows over
// hundreds of thousands of rows: no result row goes back through the API.
bool forEachValues(const QSqlDatabase& database, const QString& sql, const QStringList& parameters,
    const std::function<void(sqlite3_value**)>& row, QString* error);
bool selectIds(const QSqlDatabase& database, const QString& sql, const QStringList& parameters,
    std::vector<qint64>* ids, QString* error);
// Calls `row` with the first two integer columns of every row.
bool forEachPair(const QSqlDatabase& database, const QString& sql, const QStringList& parameters,
    const std::function<void(qint64, int)>& row, QString* error);
} // namespace NativeSqlite
