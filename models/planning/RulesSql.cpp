#include "RulesSql.h"

#include "ClientRules.h"
#include "store/Inventory.h"
#include "store/SqlDialect.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace RulesSql {
namespace {
QString quoted(const QString& text)
{
    QString escaped = text;
    escaped.replace(u'\'', QStringLiteral("''"));
    return u'\'' + escaped + u'\'';
}

QString literal(std::string_view text)
{
    return quoted(QString::fromLatin1(text.data(), qsizetype(text.size())));
}

QString name(ClientRules::PaneStatus status)
{
    return QString::fromLatin1(ClientRules::paneStatusName(status));
}

constexpr ClientRules::PaneStatus AllStatuses[] = {ClientRules::PaneStatus::Stale,
    ClientRules::PaneStatus::UpgradeBlocked, ClientRules::PaneStatus::NoAutomaticRecovery, ClientRules::PaneStatus::Ok};
} // namespace

std::optional<ClientStatus> ClientStatus::load(const Inventory& inventory, qint64 now, QString* error)
{
    ClientStatus rules;
    rules.now = now;
    rules.like = SqlDialect::like(inventory.database());
    const auto failed = [&](const QSqlQuery& query) {
        *error = QCoreApplication::translate("ClientStatusRules", "cannot read the client status rules: %1")
                     .arg(query.lastError().text());
        return std::nullopt;
    };
    // ClientRules::blocksUpgrades: only SP2 or later logon points block, so the newest of those decides.
    QSqlQuery query = inventory.prepare(QStringLiteral(
        "SELECT ls.site, max(lp.version_key) FROM logon_point_sites ls JOIN logon_points lp ON lp.server = ls.server "
        "WHERE lp.version_key % 1000 >= %1 GROUP BY ls.site")
                                            .arg(ClientRules::BlockingServicePack));
    if (!query.exec())
        return failed(query);
    while (query.next())
        rules.newestClicore.insert(query.value(0).toString(), query.value(1).toLongLong());
    query = inventory.prepare(QStringLiteral("SELECT code FROM sites WHERE logon_installation = 0"));
    if (!query.exec())
        return failed(query);
    while (query.next())
        rules.sitesWithoutLogonInstall.insert(query.value(0).toString());
    query = inventory.prepare(QStringLiteral("SELECT code FROM sites WHERE logon_discovery = 0"));
    if (!query.exec())
        return failed(query);
    while (query.next())
        rules.sitesWithoutLogonDiscovery.insert(query.value(0).toString());
    query = inventory.prepare(QStringLiteral("SELECT 1 FROM client_registry WHERE last_checked_missing = 1 LIMIT 1"));
    if (!query.exec())
        return failed(query);
    rules.anyNeverRemovesItself = query.next();
    return rules;
}

QStringList ClientStatus::names()
{
    QStringList all;
    for (const ClientRules::PaneStatus status : AllStatuses)
        all << name(status);
    all.sort();
    return all;
}

QString ClientStatus::rankExpression() const
{
    // Integers straight from the rules: comparing strings again per row doubled the cost.
    const QStringList all = names();
    QStringList outcomes;
    for (const ClientRules::PaneStatus status : AllStatuses)
        outcomes << QString::number(all.indexOf(name(status)));
    return expression(outcomes);
}

QString ClientStatus::sqlExpression() const
{
    QStringList outcomes;
    for (const ClientRules::PaneStatus status : AllStatuses)
        outcomes << quoted(name(status));
    return expression(outcomes);
}

QString ClientStatus::expression(const QStringList& outcomes) const
{
    using namespace ClientRules;
    const auto outcome = [&](PaneStatus status) { return outcomes.at(int(status)); };
    // Site codes come from the inventory and are quoted as SQL literals; keys are our integers.
    QString blocked = QStringLiteral("FALSE");
    if (!newestClicore.isEmpty()) {
        QStringList sites = newestClicore.keys();
        sites.sort();
        blocked = QStringLiteral("(c.version_key < CASE c.site");
        for (const QString& site : std::as_const(sites))
            blocked += QStringLiteral(" WHEN %1 THEN %2").arg(quoted(site), QString::number(newestClicore.value(site)));
        blocked += QStringLiteral(" ELSE -1 END)");
    }
    const auto siteIn = [](const QSet<QString>& sites) {
        if (sites.isEmpty())
            return QStringLiteral("FALSE");
        QStringList codes;
        for (const QString& code : sites)
            codes << quoted(code);
        codes.sort();
        return QStringLiteral("c.site IN (%1)").arg(codes.join(u','));
    };
    const QString noLogon = siteIn(sitesWithoutLogonInstall);
    const QString push = QStringLiteral("c.install_method = %1").arg(literal(Push));
    const QString unknown = QStringLiteral("(c.install_method = %1 AND %2)")
                                .arg(literal(UnknownMethod), siteIn(sitesWithoutLogonDiscovery));
    // ClientRules::paneStatus: stale first, then the no-automatic-recovery reasons in their order.
    QString sql = QStringLiteral("(CASE WHEN %1 THEN %2")
                      .arg(isStale(QStringLiteral("c"), now, anyNeverRemovesItself), outcome(PaneStatus::Stale));
    for (const NoRecovery reason : NoRecoveryOrder) {
        const QString condition = reason == NoRecovery::NoLogonInstallation ? noLogon
            : reason == NoRecovery::UpgradeBlocked                          ? blocked
            : reason == NoRecovery::PushInstalled                           ? push
                                                                            : unknown;
        sql += QStringLiteral(" WHEN %1 THEN %2").arg(condition, outcome(paneStatusOf(reason)));
    }
    return sql + QStringLiteral(" ELSE %1 END)").arg(outcome(PaneStatus::Ok));
}

QString isStale(const QString& clientAlias, qint64 at, bool anyNeverRemovesItself)
{
    // A NULL refresh compares to nothing: never stale. The registry is asked only for the few
    // clients past the threshold, through its primary key.
    const QString old
        = QStringLiteral("%1.last_refresh_at < %2").arg(clientAlias, QString::number(at - OrphanSelfUninstall));
    if (!anyNeverRemovesItself)
        return old;
    return QStringLiteral("(%1 AND NOT EXISTS (SELECT 1 FROM client_registry r WHERE r.client = %2.name AND "
                          "r.last_checked_missing = 1))")
        .arg(old, clientAlias);
}

QString liveAt(const QString& itemAlias, const QString& timeSql)
{
    return QStringLiteral("(%1.added_at <= %2 AND (%1.removed_at IS NULL OR %1.removed_at > %2))")
        .arg(itemAlias, timeSql);
}

QString itemState(const QString& itemAlias, const QString& timeSql, const QString& planned, const QString& live,
    const QString& retired)
{
    return QStringLiteral("(CASE WHEN %1.added_at > %2 THEN %3 WHEN %4 THEN %5 ELSE %6 END)")
        .arg(itemAlias, timeSql, planned, liveAt(itemAlias, timeSql), live, retired);
}

QString knows(const QString& itemAlias, const QString& clientAlias, const TimingParameters& timing)
{
    return QStringLiteral("(%2.last_refresh_at >= %1.added_at + %3 AND (%1.removed_at IS NULL OR %1.removed_at > "
                          "%2.last_refresh_at))")
        .arg(itemAlias, clientAlias, QString::number(timing.propagation));
}

QString exposure(const QString& clientAlias, std::optional<qint64> coveredFrom)
{
    if (!coveredFrom)
        return literal(ClientRules::exposureName(false));
    return QStringLiteral("(CASE WHEN %1.last_refresh_at >= %2 THEN %3 ELSE %4 END)")
        .arg(clientAlias, QString::number(*coveredFrom), literal(ClientRules::exposureName(true)),
            literal(ClientRules::exposureName(false)));
}

QString exposure(const QString& clientAlias, std::optional<qint64> coveredFrom, const QStringList& stayingCaps)
{
    QStringList names;
    for (const QString& cap : stayingCaps)
        names << u'\'' + QString(cap).replace(u'\'', QStringLiteral("''")) + u'\'';
    const QString holds = names.isEmpty()
        ? QStringLiteral("0 = 1")
        : QStringLiteral("EXISTS (SELECT 1 FROM client_cap_evidence e WHERE e.client = %1.name AND e.cap IN (%2))")
              .arg(clientAlias, names.join(u','));
    return QStringLiteral("(CASE WHEN EXISTS (SELECT 1 FROM client_registry r WHERE r.client = %1.name AND r.cap_list "
                          "= 1) THEN (CASE WHEN %2 THEN %3 ELSE %4 END) ELSE %5 END)")
        .arg(clientAlias, holds, literal(ClientRules::exposureName(true)), literal(ClientRules::exposureName(false)),
            exposure(clientAlias, coveredFrom));
}

QString getsNoNewClients(const QString& siteAlias, const QString& serverSql)
{
    return QStringLiteral("(%1.version_key < (SELECT max(s2.version_key) FROM logon_point_sites l2 JOIN sites s2 ON "
                          "s2.code = l2.site WHERE l2.server = %2))")
        .arg(siteAlias, serverSql);
}
} // namespace RulesSql
