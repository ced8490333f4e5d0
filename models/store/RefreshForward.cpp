#include "RefreshForward.h"

#include "Inventory.h"

#include <QSqlError>
#include <QVariant>

RefreshForward::RefreshForward(const Inventory& inventory)
    : m_update(inventory.prepare(QStringLiteral("UPDATE clients SET last_refresh_at = ?, row_version = row_version + 1 "
                                                "WHERE name = ? AND (last_refresh_at IS NULL OR last_refresh_at < ?)")))
{
}

std::optional<bool> RefreshForward::apply(const QString& client, qint64 at, QString* error)
{
    m_update.addBindValue(at);
    m_update.addBindValue(client);
    m_update.addBindValue(at);
    if (!m_update.exec()) {
        *error = Inventory::explain(m_update.lastError());
        return std::nullopt;
    }
    return m_update.numRowsAffected() > 0;
}
