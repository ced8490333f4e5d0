#include "ClientFilter.h"

#include "planning/TimingParameters.h"
#include "store/Inventory.h"
#include "store/SqlDialect.h"

#include <QSqlQuery>
#include <QVariant>

namespace {
QString quoted(const QString& text)
{
    QString escaped = text;
    escaped.replace(u'\'', QStringLiteral("''"));
    return u'\'' + escaped + u'\'';
}
} // namespace

ClientStatusRules ClientStatusRules::load(const Inventory& inventory, qint64 now)
{
    ClientStatusRules rules;
    rules.staleBefore = now - OrphanSelfUninstall;
    rules.like = SqlDialect::like(inventory.database());
    QSqlQuery query = inventory.prepare(QStringLiteral(
        "SELECT ls.site, max(lp.version_key) FROM logon_point_sites ls JOIN logon_points lp ON lp.server = ls.server "
        "GROUP BY ls.site"));
    if (query.exec()) {
        while (query.next())
            rules.newestClicore.insert(query.value(0).toString(), query.value(1).toLongLong());
    }
    query = inventory.prepare(QStringLiteral("SELECT code FROM sites WHERE logon_installation = 0"));
    if (query.exec()) {
        while (query.next())
            rules.sitesWithoutLogonInstall.insert(query.value(0).toString());
    }
    return rules;
}

QStringList ClientStatusRules::names()
{
    return {QStringLiteral("no-automatic-recovery"), QStringLiteral("ok"), QStringLiteral("stale"),
        QStringLiteral("upgrade-blocked")};
}

QString ClientStatusRules::rankExpression() const
{
    // Integers straight from the rules: comparing strings again per row doubled the cost.
    const QStringList all = names();
    return expression({QString::number(all.indexOf(QStringLiteral("stale"))),
        QString::number(all.indexOf(QStringLiteral("upgrade-blocked"))),
        QString::number(all.indexOf(QStringLiteral("no-automatic-recovery"))),
        QString::number(all.indexOf(QStringLiteral("ok")))});
}

QString ClientStatusRules::sqlExpression() const
{
    return expression({QStringLiteral("'stale'"), QStringLiteral("'upgrade-blocked'"),
        QStringLiteral("'no-automatic-recovery'"), QStringLiteral("'ok'")});
}

QString ClientStatusRules::expression(const QStringList& outcomes) const
{
    // Site codes come from the inventory and are quoted as SQL literals; keys are our integers.
    QString blocked = QStringLiteral("FALSE");
    if (!newestClicore.isEmpty()) {
        blocked = QStringLiteral("(c.version_key < CASE c.site");
        for (auto it = newestClicore.cbegin(); it != newestClicore.cend(); ++it)
            blocked += QStringLiteral(" WHEN %1 THEN %2").arg(quoted(it.key())).arg(it.value());
        blocked += QStringLiteral(" ELSE -1 END)");
    }
    QString noLogon = QStringLiteral("FALSE");
    if (!sitesWithoutLogonInstall.isEmpty()) {
        QStringList codes;
        for (const QString& code : sitesWithoutLogonInstall)
            codes << quoted(code);
        codes.sort();
        noLogon = QStringLiteral("c.site IN (%1)").arg(codes.join(u','));
    }
    return QStringLiteral("(CASE WHEN c.last_refresh_at < %1 THEN %2 WHEN %3 THEN %4 "
                          "WHEN %5 OR c.install_method = 'push' THEN %6 ELSE %7 END)")
        .arg(QString::number(staleBefore), outcomes.at(0), blocked, outcomes.at(1), noLogon, outcomes.at(2),
            outcomes.at(3));
}

ClientQuery buildClientQuery(const ClientFilter& filter, const ClientStatusRules& rules)
{
    ClientQuery query;
    QStringList conditions;
    auto bind = [&query](const QString& value) {
        query.parameters << value;
        return QStringLiteral("?%1").arg(query.parameters.size());
    };
    if (!filter.sites.isEmpty()) {
        QStringList placeholders;
        for (const QString& site : filter.sites)
            placeholders << bind(site);
        conditions << QStringLiteral("c.site IN (%1)").arg(placeholders.join(u','));
    }
    if (!filter.nameContains.isEmpty()) {
        QString pattern = filter.nameContains;
        pattern.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
        conditions << QStringLiteral("c.name %1 %2 ESCAPE '\\'").arg(rules.like, bind(u'%' + pattern + u'%'));
    }
    if (!filter.os.isEmpty())
        conditions << QStringLiteral("c.os = %1").arg(bind(filter.os));
    if (!filter.installMethod.isEmpty())
        conditions << QStringLiteral("c.install_method = %1").arg(bind(filter.installMethod));
    if (!filter.version.isEmpty())
        conditions << QStringLiteral("c.version = %1").arg(bind(filter.version));
    if (filter.profile == ClientFilter::noProfile())
        conditions << QStringLiteral("c.profile IS NULL");
    else if (!filter.profile.isEmpty())
        conditions << QStringLiteral("c.profile = %1").arg(bind(filter.profile));
    if (!filter.status.isEmpty())
        conditions << QStringLiteral("%1 = %2").arg(rules.sqlExpression(), bind(filter.status));
    if (!conditions.isEmpty())
        query.where = QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "));
    return query;
}
