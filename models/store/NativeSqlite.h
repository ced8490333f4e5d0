#pragma once

#include <QSqlDatabase>
#include <QStringList>
#include <functional>
#include <vector>

// The SQLite handle under a Qt SQL connection, for the one hot path where Qt's per-row cost
// matters: reading the ordered ids of a million rows. Everything else goes through Qt SQL.
namespace NativeSqlite {
// Runs a query whose first column is an integer and returns that column of every row; the
// parameters bind to ?1, ?2, ... as text. Returns false and sets *error on failure.
bool selectIds(const QSqlDatabase& database, const QString& sql, const QStringList& parameters,
    std::vector<qint64>* ids, QString* error);
// Calls `row` with the first two integer columns of every row.
bool forEachPair(const QSqlDatabase& database, const QString& sql, const QStringList& parameters,
    const std::function<void(qint64, int)>& row, QString* error);
} // namespace NativeSqlite
