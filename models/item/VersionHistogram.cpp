#include "VersionHistogram.h"

#include "domain/ClientVersion.h"
#include "store/Inventory.h"

#include <QSqlQuery>
#include <QVariant>

QList<VersionBar> versionHistogram(const Inventory& inventory, const QStringList& sites)
{
    QString where;
    if (!sites.isEmpty())
        where = QStringLiteral("WHERE c.site IN (%1)").arg(QStringList(sites.size(), QStringLiteral("?")).join(u','));
    // Aggregated per site and version in SQL, so the chart never reads individual clients.
    QSqlQuery query = inventory.prepare(QStringLiteral(
        "SELECT v.version, v.version_key, sum(v.n), "
        "sum(CASE WHEN v.version_key < lp.newest THEN v.n ELSE 0 END) "
        "FROM (SELECT c.site, c.version, c.version_key, count(*) AS n FROM clients c %1 "
        "      GROUP BY c.site, c.version_key, c.version) v "
        "LEFT JOIN (SELECT ls.site, max(p.version_key) AS newest FROM logon_point_sites ls "
        "           JOIN logon_points p ON p.server = ls.server GROUP BY ls.site) lp ON lp.site = v.site "
        "GROUP BY v.version_key, v.version ORDER BY v.version_key, v.version")
                                            .arg(where));
    for (const QString& site : sites)
        query.addBindValue(site);
    QList<VersionBar> bars;
    if (!query.exec())
        return bars;
    while (query.next()) {
        VersionBar bar;
        bar.version = query.value(0).toString();
        bar.servicePack = static_cast<int>(ClientVersion::parse(bar.version).value_or(ClientVersion()).servicePack());
        bar.clients = query.value(2).toLongLong();
        bar.blockedClients = query.value(3).toLongLong();
        bars << bar;
    }
    return bars;
}
