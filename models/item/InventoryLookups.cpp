#include "InventoryLookups.h"

#include "store/Inventory.h"
#include "store/SqlDialect.h"

#include <QSqlError>
#include <QSqlQuery>

namespace InventoryLookups {
namespace {
bool run(QSqlQuery& query, QString* error)
{
    if (query.exec())
        return true;
    if (error)
        *error = Inventory::explain(query.lastError());
    return false;
}

QStringList firstColumn(const Inventory& inventory, const QString& sql, QString* error)
{
    QStringList names;
    QSqlQuery query = inventory.prepare(sql);
    if (!run(query, error))
        return {};
    while (query.next())
        names << query.value(0).toString();
    return names;
}
} // namespace

QStringList siteCodes(const Inventory& inventory, QString* error)
{
    return firstColumn(inventory, QStringLiteral("SELECT code FROM sites ORDER BY code"), error);
}

QList<NamedSite> sites(const Inventory& inventory, QString* error)
{
    QList<NamedSite> result;
    QSqlQuery query = inventory.prepare(QStringLiteral("SELECT code, name FROM sites ORDER BY code"));
    if (!run(query, error))
        return {};
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toString()});
    return result;
}

QStringList profileNames(const Inventory& inventory, QString* error)
{
    return firstColumn(inventory, QStringLiteral("SELECT name FROM profiles ORDER BY name"), error);
}

QStringList domainNames(const Inventory& inventory, QString* error)
{
    return firstColumn(inventory, QStringLiteral("SELECT name FROM domains ORDER BY name"), error);
}

QStringList clientVersions(const Inventory& inventory, QString* error)
{
    return firstColumn(inventory,
        QStringLiteral("SELECT version FROM clients GROUP BY version_key, version ORDER BY version_key, version"),
        error);
}

std::optional<Counts> counts(const Inventory& inventory, QString* error)
{
    QSqlQuery query = inventory.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM sites), (SELECT count(*) FROM caps), (SELECT count(*) FROM accounts), "
        "(SELECT count(*) FROM clients)"));
    if (!run(query, error))
        return std::nullopt;
    if (!query.next()) {
        if (error)
            *error = Inventory::explain(query.lastError());
        return std::nullopt;
    }
    return Counts {query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong(),
        query.value(3).toLongLong()};
}

QList<SavedPlan> savedPlans(const Inventory& inventory, QString* error)
{
    QList<SavedPlan> plans;
    QSqlQuery query = inventory.prepare(
        QStringLiteral("SELECT id, site, kind, start_at, safe_removal_at FROM plans ORDER BY id DESC"));
    if (!run(query, error))
        return {};
    while (query.next()) {
        SavedPlan plan {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toLongLong(), std::nullopt};
        if (!query.value(4).isNull())
            plan.safeRemovalAt = query.value(4).toLongLong();
        plans << plan;
    }
    return plans;
}

QList<ProfileRow> profileRows(const Inventory& inventory, const QString& site, QString* error)
{
    const QSqlDatabase db = inventory.database();
    const QString blackout = QStringLiteral("%1 || '..' || %2 || coalesce(' (' || nullif(b.label, '') || ')', '')")
                                 .arg(SqlDialect::minuteText(db, QStringLiteral("b.starts_at")),
                                     SqlDialect::minuteText(db, QStringLiteral("b.ends_at")));
    QSqlQuery query = inventory.prepare(
        QStringLiteral("SELECT p.name, (SELECT count(*) FROM clients c WHERE c.site = ? AND c.profile = p.name), "
                       "p.max_offline_hours, (SELECT %1 FROM (SELECT * FROM blackouts WHERE profile = p.name "
                       "ORDER BY starts_at) b) FROM profiles p ORDER BY %2")
            .arg(SqlDialect::joined(db, blackout, QStringLiteral("'; '"), QStringLiteral("b.starts_at")),
                SqlDialect::byBytes(db, QStringLiteral("p.name"))));
    query.addBindValue(site);
    if (!run(query, error))
        return {};
    QList<ProfileRow> rows;
    while (query.next())
        rows.append({query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toDouble(),
            query.value(3).toString()});
    return rows;
}

qint64 clientsWithoutProfile(const Inventory& inventory, const QString& site, QString* error)
{
    QSqlQuery query
        = inventory.prepare(QStringLiteral("SELECT count(*) FROM clients WHERE site = ? AND profile IS NULL"));
    query.addBindValue(site);
    if (!run(query, error) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

} // namespace InventoryLookups
