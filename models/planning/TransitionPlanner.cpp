#include "TransitionPlanner.h"

#include "RemovalDeadline.h"
#include "SiteFacts.h"
#include "store/Inventory.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <cmath>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("TransitionPlanner", text);
}

qint64 staleBefore(qint64 start)
{
    return start - OrphanSelfUninstall;
}

QString limitClause(int limit)
{
    return limit < 0 ? QString() : QStringLiteral(" LIMIT %1").arg(limit);
}

// Integers we computed ourselves go into the SQL text; names are always bound.
QString withTimes(QString sql, const TransitionRequest& request)
{
    return sql.replace(QStringLiteral(":start_p"), QString::number(request.start + request.timing.propagation))
        .replace(QStringLiteral(":stale_before"), QString::number(staleBefore(request.start)));
}

const QList<SiteItem>& itemsOf(const SiteFacts& facts, TransitionKind kind)
{
    return kind == TransitionKind::Cap ? facts.caps : facts.accounts;
}
} // namespace

QString pendingCondition(TransitionKind kind)
{
    // The unary plus keeps SQLite from answering the OR through the last-refresh index across all
    // sites: the site's covering index is far cheaper.
    QString condition = QStringLiteral("(+c.last_refresh_at IS NULL OR (+c.last_refresh_at >= :stale_before AND "
                                       "+c.last_refresh_at < :start_p))");
    // Q237759: Windows 9x clients connect as the logged-on user, not with the connection accounts.
    if (kind == TransitionKind::Account)
        condition += QStringLiteral(" AND c.os <> 'win9x'");
    return condition;
}

TransitionPlanner::TransitionPlanner(const Inventory& inventory)
    : m_inventory(inventory)
{
}

bool TransitionPlanner::checkRequest(const TransitionRequest& request, const SiteFacts& facts, QString* error) const
{
    const bool caps = request.kind == TransitionKind::Cap;
    if (request.retire.isEmpty()) {
        *error = tr("name at least one CAP or account to retire");
        return false;
    }
    for (const QString& name : request.retire) {
        const SiteItem* item = caps ? facts.cap(name) : facts.account(name);
        if (!item || !item->isLiveAt(request.start)) {
            *error = (caps ? tr("\"%1\" is not a live CAP of site %2 at the start")
                           : tr("\"%1\" is not a live client connection account of site %2 at the start"))
                         .arg(name, facts.code);
            return false;
        }
    }
    for (const QString& name : request.add) {
        if (request.retire.contains(name)) {
            *error = tr("\"%1\" is both retired and added").arg(name);
            return false;
        }
    }
    return true;
}

std::optional<TransitionPlan> TransitionPlanner::plan(const TransitionRequest& request, QString* error) const
{
    const std::optional<SiteFacts> facts = SiteFacts::load(m_inventory, request.site, error);
    if (!facts || !checkRequest(request, *facts, error))
        return std::nullopt;

    TransitionPlan plan;
    plan.request = request;
    plan.request.retire.removeDuplicates();
    plan.request.add.removeDuplicates();

    // Q260824: removing every CAP or account the clients know and adding nothing orphans them all.
    int live = 0;
    for (const SiteItem& item : itemsOf(*facts, request.kind))
        live += item.isLiveAt(request.start) ? 1 : 0;
    plan.orphansAll = plan.request.add.isEmpty() && plan.request.retire.size() >= live;

    classify(plan.request, *facts, plan);
    if (!m_inventory.database().isOpen()) {
        *error = tr("the inventory is closed");
        return std::nullopt;
    }
    listAtRisk(plan);
    if (request.withFlags) {
        flagUpgradeBlocks(*facts, plan);
        flagLicences(*facts, plan);
        flagNoAutomaticRecovery(*facts, plan);
    }
    return plan;
}

void TransitionPlanner::classify(const TransitionRequest& request, const SiteFacts& facts, TransitionPlan& plan) const
{
    QSqlQuery query = m_inventory.prepare(withTimes(
        QStringLiteral("SELECT profile, count(*), "
                       "total(last_refresh_at < :stale_before), "
                       "total(os = 'win9x' AND (last_refresh_at IS NULL OR last_refresh_at >= :stale_before)), "
                       "total(os <> 'win9x' AND last_refresh_at >= :start_p), "
                       "total(os = 'win9x' AND last_refresh_at >= :start_p) "
                       "FROM clients WHERE site = ? GROUP BY profile"),
        request));
    query.addBindValue(request.site);
    query.exec();
    const bool account = request.kind == TransitionKind::Account;
    qint64 noProfilePending = 0;
    while (query.next()) {
        const QVariant profileName = query.value(0);
        const auto total = query.value(1).toLongLong();
        const auto stale = static_cast<qint64>(query.value(2).toDouble());
        const auto win9x = static_cast<qint64>(query.value(3).toDouble());
        const auto confirmedNt = static_cast<qint64>(query.value(4).toDouble());
        const auto confirmed9x = static_cast<qint64>(query.value(5).toDouble());
        const qint64 unaffected = account ? win9x : 0;
        const qint64 confirmed = account ? confirmedNt : confirmedNt + confirmed9x;
        const qint64 pending = total - stale - unaffected - confirmed;
        plan.counts.stale += stale;
        plan.counts.unaffected += unaffected;
        plan.counts.confirmed += confirmed;
        plan.counts.pending += pending;
        if (pending == 0)
            continue;

        ProfileDeadline entry;
        entry.clients = pending;
        DisconnectionProfile profile;
        if (profileName.isNull()) {
            // A client without a profile is planned with the longest disconnection of all.
            profile.maxOffline = facts.longestOffline;
            noProfilePending += pending;
        } else {
            entry.name = profileName.toString();
            profile = facts.profiles.value(*entry.name);
            profile.maxOffline = request.maxOfflineOverrides.value(*entry.name, profile.maxOffline);
            profile.blackouts = request.blackoutOverrides.value(*entry.name, profile.blackouts);
        }
        entry.deadline = removalDeadline(request.start, request.timing, profile);
        plan.profiles << entry;
    }
    plan.counts.inScope = plan.counts.pending + plan.counts.confirmed;
    std::sort(plan.profiles.begin(), plan.profiles.end(), [](const ProfileDeadline& a, const ProfileDeadline& b) {
        if (a.name.has_value() != b.name.has_value())
            return a.name.has_value();
        return a.name < b.name;
    });

    if (plan.orphansAll) {
        plan.warnings << PlanWarning {QStringLiteral("orphans-all"),
            tr("The plan retires every %1 the clients know and adds none: every pending client "
               "would be orphaned, so no removal time is safe (Q260824). Add the new ones "
               "first.")
                .arg(request.kind == TransitionKind::Cap ? tr("CAP") : tr("account"))};
    } else {
        qint64 latest = request.start + request.timing.propagation;
        for (const ProfileDeadline& p : std::as_const(plan.profiles))
            latest = std::max(latest, p.deadline);
        plan.safeRemoval = latest + request.timing.margin;
    }
    if (noProfilePending > 0)
        plan.warnings << PlanWarning {QStringLiteral("no-profile"),
            tr("%1 pending clients have no disconnection profile; they are planned with the "
               "longest disconnection of all profiles, %2 hours.")
                .arg(noProfilePending)
                .arg(facts.longestOffline / double(UtcTime::Hour))};
    QStringList unknown;
    for (const QString& name : request.add) {
        if (!(request.kind == TransitionKind::Cap ? facts.cap(name) : facts.account(name)))
            unknown << name;
    }
    if (!unknown.isEmpty())
        plan.warnings << PlanWarning {QStringLiteral("new-names"),
            tr("Not yet in the inventory of site %1: %2. Add them before the start.")
                .arg(facts.code, unknown.join(QStringLiteral(", ")))};
}

void TransitionPlanner::listAtRisk(TransitionPlan& plan) const
{
    const TransitionRequest& request = plan.request;
    if (!request.proposedRemoval && !plan.orphansAll)
        return;
    // Every pending client whose deadline is after the proposed removal; all of them when the plan
    // orphans everyone.
    QList<const ProfileDeadline*> groups;
    for (const ProfileDeadline& p : std::as_const(plan.profiles)) {
        if (plan.orphansAll || p.deadline > *request.proposedRemoval) {
            groups << &p;
            plan.counts.atRisk += p.clients;
        }
    }
    if (groups.isEmpty() || request.listLimit == 0)
        return;
    QHash<QString, const ProfileDeadline*> byName;
    const ProfileDeadline* noProfile = nullptr;
    QStringList placeholders;
    for (const ProfileDeadline* p : std::as_const(groups)) {
        if (p->name) {
            byName.insert(*p->name, p);
            placeholders << QStringLiteral("?");
        } else {
            noProfile = p;
        }
    }
    QStringList alternatives;
    if (!placeholders.isEmpty())
        alternatives << QStringLiteral("c.profile IN (%1)").arg(placeholders.join(u','));
    if (noProfile)
        alternatives << QStringLiteral("c.profile IS NULL");
    QSqlQuery query = m_inventory.prepare(withTimes(
        QStringLiteral("SELECT c.name, c.profile FROM clients c WHERE c.site = ? AND %1 AND (%2) ORDER BY c.name")
                .arg(pendingCondition(request.kind), alternatives.join(QStringLiteral(" OR ")))
            + limitClause(request.listLimit),
        request));
    query.addBindValue(request.site);
    for (auto it = byName.cbegin(); it != byName.cend(); ++it)
        query.addBindValue(it.key());
    query.exec();
    while (query.next()) {
        const QVariant profile = query.value(1);
        const ProfileDeadline* group = profile.isNull() ? noProfile : byName.value(profile.toString());
        plan.atRisk << AtRiskClient {query.value(0).toString(),
            profile.isNull() ? std::nullopt : std::optional(profile.toString()), group ? group->deadline : 0};
    }
}

void TransitionPlanner::flagUpgradeBlocks(const SiteFacts& facts, TransitionPlan& plan) const
{
    const TransitionRequest& request = plan.request;
    for (const LogonPoint& point : facts.logonPoints) {
        // Q262677: Boot32wn quits without copying Clicore for a significantly older client.
        const QString condition = QStringLiteral("FROM clients c WHERE c.site = ? AND c.version_key < %1 AND %2")
                                      .arg(point.versionKey)
                                      .arg(pendingCondition(request.kind));
        QSqlQuery count = m_inventory.prepare(withTimes(QStringLiteral("SELECT count(*) ") + condition, request));
        count.addBindValue(request.site);
        if (count.exec() && count.next())
            plan.upgradeBlockCount += count.value(0).toLongLong();
        if (request.listLimit != 0) {
            QSqlQuery list = m_inventory.prepare(withTimes(QStringLiteral("SELECT c.name, c.version ") + condition
                    + QStringLiteral(" ORDER BY c.name") + limitClause(request.listLimit),
                request));
            list.addBindValue(request.site);
            list.exec();
            while (list.next())
                plan.upgradeBlocks << UpgradeBlock {
                    list.value(0).toString(), list.value(1).toString(), point.server, point.clicoreVersion};
        }

        // Sites sharing the logon point at a significantly older version than the newest there
        // get no new clients through it.
        const LogonPointSite* newest = nullptr;
        for (const LogonPointSite& site : point.sites) {
            if (!newest || site.versionKey > newest->versionKey)
                newest = &site;
        }
        for (const LogonPointSite& site : point.sites) {
            if (site.versionKey < newest->versionKey)
                plan.logonPointAssignment
                    << LogonPointAssignment {point.server, site.code, site.version, newest->version};
        }
    }
}

void TransitionPlanner::flagLicences(const SiteFacts& facts, TransitionPlan& plan) const
{
    const TransitionRequest& request = plan.request;
    const bool capPlan = request.kind == TransitionKind::Cap;
    QList<const SiteItem*> remaining;
    for (const SiteItem& cap : facts.caps) {
        if (cap.isLiveAt(request.start) && !(capPlan && request.retire.contains(cap.name)))
            remaining << &cap;
    }
    QList<SiteItem> addedElsewhere;
    if (capPlan) {
        for (const QString& name : request.add) {
            if (const SiteItem* cap = facts.cap(name)) {
                if (!remaining.contains(cap))
                    remaining << cap;
                continue;
            }
            // An added CAP the inventory keeps under another site still counts when it is known.
            QSqlQuery query
                = m_inventory.prepare(QStringLiteral("SELECT licensing, licenses FROM caps WHERE server = ?"));
            query.addBindValue(name);
            if (query.exec() && query.next()) {
                SiteItem other;
                other.name = name;
                other.licensing = Enums::parseLicensing(query.value(0).toString()).value_or(Licensing::PerSeat);
                other.licenses = query.value(1).toInt();
                addedElsewhere << other;
            }
        }
    }
    for (const SiteItem& other : std::as_const(addedElsewhere))
        remaining << &other;
    if (remaining.isEmpty())
        return;

    // Q226113, Q205406: clients pick a CAP at random, so the storm spreads evenly.
    const qint64 nonStale = plan.counts.inScope + plan.counts.unaffected;
    const double perCap = nonStale * request.load.peakFraction * request.load.connectionsPerClient
        / static_cast<double>(remaining.size());
    // A small tolerance keeps 150.00000000000003 from becoming 151.
    const auto expected = static_cast<qint64>(std::ceil(perCap - 1e-9));
    for (const SiteItem* cap : std::as_const(remaining)) {
        // Q208618: a per-server CAP refuses connections beyond its licences.
        if (cap->licensing == Licensing::PerServer && cap->licenses < expected)
            plan.licenceWarnings << LicenceWarning {cap->name, cap->licenses, expected};
    }
}

void TransitionPlanner::flagNoAutomaticRecovery(const SiteFacts& facts, TransitionPlan& plan) const
{
    const TransitionRequest& request = plan.request;
    // Q260824, Q236052: without Logon Client Installation nothing brings an orphan back; an
    // upgrade-blocked client cannot take the logon route; a push-installed one never logs on to it.
    QString reason;
    QString which;
    if (!facts.logonInstallation) {
        reason = QStringLiteral("'no-logon-installation'");
        which = QStringLiteral("1");
    } else {
        const qint64 newest = facts.newestClicoreKey().value_or(std::numeric_limits<qint64>::min());
        reason = QStringLiteral("CASE WHEN c.version_key < %1 THEN 'upgrade-blocked' ELSE 'push-installed' END")
                     .arg(newest);
        which = QStringLiteral("(c.version_key < %1 OR c.install_method = 'push')").arg(newest);
    }
    const QString from
        = QStringLiteral("FROM clients c WHERE c.site = ? AND %1 AND %2").arg(pendingCondition(request.kind), which);
    QSqlQuery count = m_inventory.prepare(withTimes(QStringLiteral("SELECT count(*) ") + from, request));
    count.addBindValue(request.site);
    if (count.exec() && count.next())
        plan.noAutomaticRecoveryCount = count.value(0).toLongLong();
    if (request.listLimit == 0)
        return;
    QSqlQuery list = m_inventory.prepare(withTimes(QStringLiteral("SELECT c.name, %1 ").arg(reason) + from
            + QStringLiteral(" ORDER BY c.name") + limitClause(request.listLimit),
        request));
    list.addBindValue(request.site);
    list.exec();
    while (list.next())
        plan.noAutomaticRecovery << NoAutomaticRecovery {list.value(0).toString(), list.value(1).toString()};
}
