#pragma once

#include <QSqlDatabase>
#include <QString>
#include <optional>

// The inventory's schema: a list of migrations, each run in one transaction. The database's
// PRAGMA user_version (on PostgreSQL, the table capplanner_schema) is the number of migrations
// applied.
namespace Schema {
int currentVersion();
// The database's schema version; 0 for a new one.
std::optional<int> version(const QSqlDatabase& database, QString* error);
// No table at all: a new database, not another program's.
std::optional<bool> isEmpty(const QSqlDatabase& database, QString* error);
// Applies the missing migrations; on failure rolls back and says why.
bool migrate(QSqlDatabase& database, int fromVersion, QString* error);
} // namespace Schema
