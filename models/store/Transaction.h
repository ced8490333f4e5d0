#pragma once

#include <QSqlDatabase>

// Begins a write transaction and rolls it back on destruction unless commit() succeeded: one
// import, one edit, one migration each run in exactly one of these. BEGIN IMMEDIATE takes the
// write lock at once, waiting (the busy timeout) while another process holds it; a deferred
// BEGIN would read first and then fail without waiting when another writer got in between.
// A Transaction begun while another is open on the same connection joins it: only the outermost
// commits, and an inner one that fails leaves the outer one to roll back.
class Transaction final
{
public:
    // When it cannot begin, isActive() is false and *error says why.
    Transaction(QSqlDatabase database, QString* error);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    bool isActive() const { return m_active; }
    bool commit(QString* error);

private:
    bool exec(const QString& statement, QString* error);

    QSqlDatabase m_database;
    bool m_active = false;
    bool m_nested = false;
};
