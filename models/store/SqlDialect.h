#pragma once

#include <QSqlDatabase>
#include <QString>

// The few places where SQLite and PostgreSQL spell the same thing differently. Everything else is
// written once, in SQL both accept.
namespace SqlDialect {
bool isPostgres(const QSqlDatabase& database);
// The current time as whole seconds since the epoch (the store's times are INTEGER UTC seconds).
QString nowSeconds(const QSqlDatabase& database);
// `expression` of a group's rows joined by `separator` (a literal), in `order`.
QString joined(const QSqlDatabase& database, const QString& expression, const QString& separator, const QString& order);
// A time column as "YYYY-MM-DD HH:MM" UTC.
QString minuteText(const QSqlDatabase& database, const QString& column);
// SQLite's planner hint; PostgreSQL chooses its own index.
QString indexedBy(const QSqlDatabase& database, const QString& index);
// Case-insensitive LIKE (SQLite's LIKE already is, for ASCII).
QString like(const QSqlDatabase& database);
// Orders text by its bytes, as SQLite does, whatever the server's collation.
QString byBytes(const QSqlDatabase& database, const QString& column);
// One of the schema's statements (written for SQLite) for this engine.
QString ddl(const QSqlDatabase& database, const char* statement);
} // namespace SqlDialect
