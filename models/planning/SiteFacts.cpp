#include "SiteFacts.h"

#include "domain/UtcTime.h"
#include "store/Inventory.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
std::optional<qint64> optionalTime(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

const SiteItem* findItem(const QList<SiteItem>& items, const QString& name)
{
    for (const SiteItem& item : items) {
        if (item.name.compare(name, Qt::CaseInsensitive) == 0)
            return &item;
    }
    return nullptr;
}
} // namespace

std::optional<qint64> SiteFacts::newestClicoreKey() const
{
    std::optional<qint64> newest;
    for (const LogonPoint& point : logonPoints) {
        if (ClientRules::blocksUpgrades(point.versionKey))
            newest = std::max(newest.value_or(point.versionKey), point.versionKey);
    }
    return newest;
}

const SiteItem* SiteFacts::item(TransitionKind kind, const QString& name) const
{
    return findItem(items(kind), name);
}

QStringList SiteFacts::stayingItems(TransitionKind kind, const QStringList& retire, qint64 start) const
{
    QStringList result;
    for (const SiteItem& item : items(kind)) {
        if (ClientRules::staysUsable(
                retire.contains(item.name, Qt::CaseInsensitive), item.addedAt, item.removedAt, start))
            result << item.name;
    }
    return result;
}

std::optional<qint64> SiteFacts::coveredFrom(
    TransitionKind kind, const QStringList& retire, qint64 start, qint64 propagation) const
{
    std::optional<qint64> least;
    for (const SiteItem& item : items(kind)) {
        if (!ClientRules::staysUsable(
                retire.contains(item.name, Qt::CaseInsensitive), item.addedAt, item.removedAt, start))
            continue;
        // A CAP has no password: only an account's change matters.
        const qint64 from = ClientRules::coveringRefresh(
            item.addedAt, kind == TransitionKind::Account ? item.passwordChangedAt : std::nullopt, propagation);
        least = std::min(least.value_or(from), from);
    }
    return least;
}

Coverage SiteFacts::coverage(TransitionKind kind, const QStringList& retire, qint64 start, qint64 propagation) const
{
    Coverage result;
    result.coveredFrom = coveredFrom(kind, retire, start, propagation);
    if (kind != TransitionKind::Cap)
        return result;
    const QStringList staying = stayingItems(kind, retire, start);
    for (auto it = capEvidence.cbegin(); it != capEvidence.cend(); ++it) {
        bool holds = false;
        for (const QString& cap : it.value())
            holds = holds || staying.contains(cap, Qt::CaseInsensitive);
        result.byEvidence.insert(it.key(), holds);
    }
    return result;
}

const SiteItem* SiteFacts::cap(const QString& name) const
{
    return findItem(caps, name);
}
const SiteItem* SiteFacts::account(const QString& name) const
{
    return findItem(accounts, name);
}

std::optional<SiteFacts> SiteFacts::load(const Inventory& inventory, const QString& siteCode, QString* error)
{
    auto fail = [error](const QString& message) {
        *error = message;
        return std::nullopt;
    };
    SiteFacts facts;
    QSqlQuery query = inventory.prepare(
        QStringLiteral("SELECT s.code, s.version, s.logon_installation, d.name, d.lockout_threshold, "
                       "d.lockout_window_minutes, d.lockout_duration_minutes, d.max_password_age_days, "
                       "s.logon_discovery "
                       "FROM sites s JOIN domains d ON d.name = s.domain WHERE s.code = ?"));
    query.addBindValue(siteCode);
    if (!query.exec())
        return fail(query.lastError().text());
    if (!query.next())
        return fail(QCoreApplication::translate("SiteFacts", "unknown site \"%1\"").arg(siteCode));
    facts.code = query.value(0).toString();
    facts.version = query.value(1).toString();
    facts.logonInstallation = query.value(2).toBool();
    facts.logonDiscovery = query.value(8).toBool();
    facts.domain = {query.value(3).toString(), query.value(4).toInt(), query.value(5).toInt(), query.value(6).toInt(),
        query.value(7).toInt()};

    query = inventory.prepare(QStringLiteral("SELECT server, added_at, removed_at, licensing, licenses, "
                                             "domain_controller FROM caps WHERE site = ? ORDER BY server"));
    query.addBindValue(siteCode);
    if (!query.exec())
        return fail(query.lastError().text());
    while (query.next()) {
        SiteItem cap;
        cap.name = query.value(0).toString();
        cap.addedAt = query.value(1).toLongLong();
        cap.removedAt = optionalTime(query.value(2));
        cap.licensing = Enums::parseLicensing(query.value(3).toString()).value_or(Licensing::PerSeat);
        cap.licenses = query.value(4).toInt();
        cap.domainController = query.value(5).toBool();
        facts.caps << cap;
    }

    query = inventory.prepare(QStringLiteral("SELECT name, added_at, removed_at, password_changed_at FROM accounts "
                                             "WHERE site = ? ORDER BY name"));
    query.addBindValue(siteCode);
    if (!query.exec())
        return fail(query.lastError().text());
    while (query.next()) {
        SiteItem account;
        account.name = query.value(0).toString();
        account.addedAt = query.value(1).toLongLong();
        account.removedAt = optionalTime(query.value(2));
        account.passwordChangedAt = optionalTime(query.value(3));
        facts.accounts << account;
    }

    query = inventory.prepare(QStringLiteral(
        "SELECT lp.server, lp.clicore_version, lp.version_key, s.code, s.version, s.version_key "
        "FROM logon_points lp JOIN logon_point_sites ls ON ls.server = lp.server JOIN sites s ON s.code = ls.site "
        "WHERE lp.server IN (SELECT server FROM logon_point_sites WHERE site = ?) ORDER BY lp.server, ls.position"));
    query.addBindValue(siteCode);
    if (!query.exec())
        return fail(query.lastError().text());
    while (query.next()) {
        const QString server = query.value(0).toString();
        if (facts.logonPoints.isEmpty() || facts.logonPoints.last().server != server)
            facts.logonPoints << LogonPoint {server, query.value(1).toString(), query.value(2).toLongLong(), {}};
        facts.logonPoints.last().sites << LogonPointSite {
            query.value(3).toString(), query.value(4).toString(), query.value(5).toLongLong()};
    }

    // Few clients have registry evidence: read from it outwards (CROSS JOIN keeps SQLite's order).
    query = inventory.prepare(QStringLiteral(
        "SELECT r.client, e.cap, r.cap_list, r.last_checked_missing FROM client_registry r CROSS JOIN clients c "
        "LEFT JOIN client_cap_evidence e ON e.client = r.client AND r.cap_list = 1 WHERE c.name = r.client "
        "AND (r.cap_list = 1 OR r.last_checked_missing = 1) AND c.site = ?"));
    query.addBindValue(siteCode);
    if (!query.exec())
        return fail(query.lastError().text());
    while (query.next()) {
        const QByteArray client = query.value(0).toString().toUtf8();
        if (query.value(3).toInt() == 1)
            facts.neverRemovesItself.insert(client);
        if (query.value(2).toInt() != 1)
            continue;
        QStringList& caps = facts.capEvidence[client];
        if (!query.value(1).isNull())
            caps << query.value(1).toString();
    }

    query = inventory.prepare(QStringLiteral("SELECT name, max_offline_hours FROM profiles"));
    if (!query.exec())
        return fail(query.lastError().text());
    while (query.next()) {
        DisconnectionProfile profile;
        profile.name = query.value(0).toString();
        profile.maxOffline = qRound64(query.value(1).toDouble() * UtcTime::Hour);
        facts.longestOffline = std::max(facts.longestOffline, profile.maxOffline);
        facts.profiles.insert(profile.name, profile);
    }
    query = inventory.prepare(QStringLiteral("SELECT profile, starts_at, ends_at FROM blackouts ORDER BY starts_at"));
    if (!query.exec())
        return fail(query.lastError().text());
    while (query.next()) {
        auto it = facts.profiles.find(query.value(0).toString());
        if (it != facts.profiles.end())
            it->blackouts << Blackout {query.value(1).toLongLong(), query.value(2).toLongLong()};
    }
    return facts;
}
