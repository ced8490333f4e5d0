#pragma once

#include <QSqlDatabase>

// Begins a transaction and rolls it back on destruction unless commit() succeeded: one import,
// one edit, one migration each run in exactly one of these.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase database);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    bool isActive() const { return m_active; }
    bool commit();

private:
    QSqlDatabase m_database;
    bool m_active = false;
};
