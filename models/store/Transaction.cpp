#include "Transaction.h"

#include "Inventory.h"
#include "SqlDialect.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSqlQuery>

namespace {
// Open transactions per connection: an inner Transaction (a one-row import inside an edit that
// checked the row's version first) joins the outer one instead of beginning its own.
QMutex depthLock;
QHash<QString, int> depths;

int adjustDepth(const QString& connection, int by)
{
    const QMutexLocker locker(&depthLock);
    int& depth = depths[connection];
    const int before = depth;
    depth += by;
    if (depth <= 0)
        depths.remove(connection);
    return before;
}
} // namespace

Transaction::Transaction(QSqlDatabase database, QString* error)
    : m_database(std::move(database))
{
    m_nested = adjustDepth(m_database.connectionName(), 1) > 0;
    if (m_nested) {
        m_active = true;
        return;
    }
    // PostgreSQL takes row locks as it writes; SQLite needs the write lock up front (see the header).
    m_active
        = exec(SqlDialect::isPostgres(m_database) ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"), error);
}

Transaction::~Transaction()
{
    if (m_active && !m_nested) {
        QString ignored;
        exec(QStringLiteral("ROLLBACK"), &ignored);
    }
    adjustDepth(m_database.connectionName(), -1);
}

bool Transaction::commit(QString* error)
{
    if (!m_active) {
        *error = QCoreApplication::translate("Transaction", "the transaction is no longer open");
        return false;
    }
    m_active = false;
    if (m_nested)
        return true; // the outer transaction commits or rolls back the whole
    if (exec(QStringLiteral("COMMIT"), error))
        return true;
    QString ignored;
    exec(QStringLiteral("ROLLBACK"), &ignored);
    return false;
}

// *error in words an administrator can act on (Inventory::explain).
bool Transaction::exec(const QString& statement, QString* error)
{
    QSqlQuery query(m_database);
    if (query.exec(statement))
        return true;
    *error = Inventory::explain(query.lastError());
    return false;
}
