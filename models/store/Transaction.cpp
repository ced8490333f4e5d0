#include "Transaction.h"

#include <QSqlQuery>

Transaction::Transaction(QSqlDatabase database)
    : m_database(std::move(database))
{
    m_active = exec(QStringLiteral("BEGIN IMMEDIATE"));
}

Transaction::~Transaction()
{
    if (m_active)
        exec(QStringLiteral("ROLLBACK"));
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    if (exec(QStringLiteral("COMMIT")))
        return true;
    const QSqlError why = m_error;
    exec(QStringLiteral("ROLLBACK"));
    m_error = why;
    return false;
}

bool Transaction::exec(const QString& statement)
{
    QSqlQuery query(m_database);
    if (query.exec(statement))
        return true;
    m_error = query.lastError();
    return false;
}
