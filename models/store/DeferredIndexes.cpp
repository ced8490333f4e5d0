#include "DeferredIndexes.h"

#include "Inventory.h"
#include "SqlDialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

DeferredIndexes::DeferredIndexes(QSqlDatabase database, const QString& table)
    : m_database(std::move(database))
{
    // The database's own definitions, so that the rebuild always matches its schema version.
    QSqlQuery query(m_database);
    query.prepare(SqlDialect::isPostgres(m_database)
            ? QStringLiteral("SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = current_schema() "
                             "AND i.tablename = ? AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = "
                             "i.indexname)")
            : QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS "
                             "NOT NULL"));
    query.addBindValue(table);
    QList<QString> names;
    if (query.exec()) {
        while (query.next()) {
            names << query.value(0).toString();
            m_statements << query.value(1).toString();
        }
    }
    query.finish();
    for (const QString& name : std::as_const(names))
        query.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name));
}

bool DeferredIndexes::rebuild(QString* error)
{
    QSqlQuery query(m_database);
    for (const QString& statement : std::as_const(m_statements)) {
        if (!query.exec(statement)) {
            *error = Inventory::explain(query.lastError());
            return false;
        }
    }
    m_statements.clear();
    return true;
}
