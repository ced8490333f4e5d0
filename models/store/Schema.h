#pragma once

#include <QSqlDatabase>
#include <QString>

// The inventory's schema: a list of migrations, each run in one transaction. The database's
// PRAGMA user_version is the number of migrations applied.
namespace Schema {
int currentVersion();
// Applies the missing migrations; on failure rolls back and says why.
bool migrate(QSqlDatabase& database, int fromVersion, QString* error);
} // namespace Schema
