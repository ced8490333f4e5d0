#include "ClientFilter.h"

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
