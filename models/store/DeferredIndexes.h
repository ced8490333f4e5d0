#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

// For a bulk load inside a transaction: drops a table's secondary indexes and builds them again
// once the rows are in. Building an index from a million sorted rows is several times cheaper than
// updating eight indexes a row at a time. If the load fails, the transaction's rollback brings the
// indexes back with everything else.
class DeferredIndexes final
{
public:
    DeferredIndexes(QSqlDatabase database, const QString& table);
    Q_DISABLE_COPY_MOVE(DeferredIndexes)

    bool rebuild(QString* error);

private:
    QSqlDatabase m_database;
    QList<QString> m_statements;
};
