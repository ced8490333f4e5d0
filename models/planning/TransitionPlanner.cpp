#include "TransitionPlanner.h"

#include "ClientRules.h"
#include "ClientScan.h"
#include "RemovalDeadline.h"
#include "SiteFacts.h"
#include "domain/UtcTime.h"
#include "store/Inventory.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <cmath>

namespace {
const QList<SiteItem>& itemsOf(const SiteFacts& facts, TransitionKind kind)
{
    return kind == TransitionKind::Cap ? facts.caps : facts.accounts;
}
} // namespace

TransitionPlanner::TransitionPlanner(const Inventory& inventory)
    : m_inventory(inventory)
{
}

namespace {
QString times(const SiteItem& item)
{
    return item.removedAt ? QCoreApplication::translate("TransitionPlanner", "added %1, removed %2")
                                .arg(UtcTime::format(item.addedAt), UtcTime::format(*item.removedAt))
                          : QCoreApplication::translate("TransitionPlanner", "added %1, never removed")
                                .arg(UtcTime::format(item.addedAt));
}

// The names as the inventory spells them (RULES.md R0.3), each once; unknown names as given.
QStringList inventorySpelling(const QStringList& names, const SiteFacts& facts, TransitionKind kind)
{
    QStringList result;
    for (const QString& name : names) {
        const SiteItem* item = facts.item(kind, name);
        const QString spelled = item ? item->name : name;
        if (!result.contains(spelled, Qt::CaseInsensitive))
            result << spelled;
    }
    return result;
}
} // namespace

bool TransitionPlanner::checkRequest(const TransitionRequest& request, const SiteFacts& facts, QString* error) const
{
    const bool caps = request.kind == TransitionKind::Cap;
    if (request.retire.isEmpty()) {
        *error = QCoreApplication::translate("TransitionPlanner", "name at least one CAP or account to retire");
        return false;
    }
    const QString start = UtcTime::format(request.start);
    // RULES.md R1.9: a retired item that is not live at S carries no client; an added one that is
    // not live yet (or any more) leaves the clients nothing to move to.
    for (const QString& name : request.retire) {
        const SiteItem* item = facts.item(request.kind, name);
        if (!item) {
            *error = (caps ? QCoreApplication::translate("TransitionPlanner", "\"%1\" is not a CAP of site %2")
                           : QCoreApplication::translate(
                               "TransitionPlanner", "\"%1\" is not a client connection account of site %2"))
                         .arg(name, facts.code);
            return false;
        }
        if (!item->isLiveAt(request.start)) {
            *error = (caps ? QCoreApplication::translate(
                          "TransitionPlanner", "\"%1\" is not a live CAP of site %2 at the start %3 (%4)")
                           : QCoreApplication::translate("TransitionPlanner",
                               "\"%1\" is not a live client connection account of site %2 at the start %3 (%4)"))
                         .arg(item->name, facts.code, start, times(*item));
            return false;
        }
    }
    for (const QString& name : request.add) {
        if (request.retire.contains(name, Qt::CaseInsensitive)) {
            *error = QCoreApplication::translate("TransitionPlanner", "\"%1\" is both retired and added").arg(name);
            return false;
        }
        const SiteItem* item = facts.item(request.kind, name);
        if (!item || item->isLiveAt(request.start))
            continue;
        *error
            = (item->addedAt > request.start ? QCoreApplication::translate("TransitionPlanner",
                   "\"%1\" cannot be added: it goes live only after the start %2 (%3); start the plan "
                   "then or later")
                                             : QCoreApplication::translate("TransitionPlanner",
                                                 "\"%1\" cannot be added: it is no longer live at the start %2 (%3)"))
                  .arg(item->name, start, times(*item));
        return false;
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
    plan.request.retire = inventorySpelling(request.retire, *facts, request.kind);
    plan.request.add = inventorySpelling(request.add, *facts, request.kind);

    // Q260824: removing every CAP or account the clients know and adding nothing orphans them all.
    int live = 0;
    for (const SiteItem& item : itemsOf(*facts, request.kind))
        live += item.isLiveAt(request.start) ? 1 : 0;
    plan.orphansAll = plan.request.add.isEmpty() && plan.request.retire.size() >= live;

    // RULES.md R1.6: a client without a profile gets the longest disconnection as this plan sees it.
    qint64 longestOffline = 0;
    for (auto it = facts->profiles.cbegin(); it != facts->profiles.cend(); ++it)
        longestOffline = std::max(longestOffline, plan.request.maxOfflineOverrides.value(it.key(), it->maxOffline));

    // Each profile's deadline depends on the facts and the request only, so one pass over the
    // clients can sort them into Rule 1's buckets and the lists at once.
    const auto deadlineOf = [&](const std::optional<QString>& name) {
        DisconnectionProfile profile;
        if (!name) {
            profile.maxOffline = longestOffline;
        } else {
            profile = facts->profiles.value(*name);
            profile.maxOffline = plan.request.maxOfflineOverrides.value(*name, profile.maxOffline);
            profile.blackouts = plan.request.blackoutOverrides.value(*name, profile.blackouts);
        }
        return removalDeadline(plan.request.start, plan.request.timing, profile);
    };
    plan.stayingItems = facts->stayingItems(plan.request.kind, plan.request.retire, plan.request.start);
    const Coverage coverage
        = facts->coverage(plan.request.kind, plan.request.retire, plan.request.start, plan.request.timing.propagation);
    ClientScan scan(plan.request, *facts, plan.orphansAll, deadlineOf, coverage);
    if (!scan.run(m_inventory, error))
        return std::nullopt;
    classify(plan.request, *facts, scan, longestOffline, plan);
    if (plan.request.withFlags) {
        flagUpgradeBlocks(*facts, scan, plan);
        flagLicences(*facts, plan);
        plan.noAutomaticRecoveryCount = scan.noAutomaticRecoveryCount();
        plan.noAutomaticRecovery = scan.noAutomaticRecovery();
    }
    return plan;
}

void TransitionPlanner::classify(const TransitionRequest& request, const SiteFacts& facts, const ClientScan& scan,
    qint64 longestOffline, TransitionPlan& plan) const
{
    qint64 noProfilePending = 0;
    for (const ClientScan::Group& group : scan.groups()) {
        plan.counts.stale += group.stale;
        plan.counts.unaffected += group.unaffected;
        plan.counts.confirmed += group.confirmed;
        plan.counts.pending += group.pending;
        plan.counts.exposed += group.exposed;
        plan.counts.covered += group.covered;
        if (group.pending == 0)
            continue;
        ProfileDeadline entry;
        entry.clients = group.pending;
        entry.exposed = group.exposed;
        entry.deadline = group.deadline;
        if (group.hasProfile) {
            entry.name = QString::fromUtf8(group.profile);
        } else {
            noProfilePending += group.pending;
        }
        plan.profiles << entry;
        if (group.atRisk)
            plan.counts.atRisk += group.exposed;
    }
    plan.atRisk = scan.atRisk();
    plan.covered = scan.covered();
    plan.counts.inScope = plan.counts.pending + plan.counts.confirmed;
    std::sort(plan.profiles.begin(), plan.profiles.end(), [](const ProfileDeadline& a, const ProfileDeadline& b) {
        if (a.name.has_value() != b.name.has_value())
            return a.name.has_value();
        return a.name < b.name;
    });

    if (plan.orphansAll) {
        plan.warnings << PlanWarning {QStringLiteral("orphans-all"),
            QCoreApplication::translate("TransitionPlanner",
                "The plan retires every %1 the clients know and adds none: every pending client "
                "would be orphaned, so no removal time is safe (Q260824). Add the new ones "
                "first.")
                .arg(request.kind == TransitionKind::Cap
                        ? QCoreApplication::translate("TransitionPlanner", "CAP")
                        : QCoreApplication::translate("TransitionPlanner", "account"))};
    } else {
        // RULES.md R1.7: only exposed clients hold the safe time back.
        qint64 latest = request.start + request.timing.propagation;
        for (const ProfileDeadline& p : std::as_const(plan.profiles)) {
            if (p.exposed > 0)
                latest = std::max(latest, p.deadline);
        }
        plan.safeRemoval = latest + request.timing.margin;
    }
    if (noProfilePending > 0)
        plan.warnings << PlanWarning {QStringLiteral("no-profile"),
            QCoreApplication::translate("TransitionPlanner",
                "%Ln pending client(s) without a disconnection profile: planned with the longest disconnection of "
                "all profiles, %1 hours.",
                nullptr, int(noProfilePending))
                .arg(longestOffline / double(UtcTime::Hour))};
    QStringList unknown;
    for (const QString& name : request.add) {
        if (!facts.item(request.kind, name))
            unknown << name;
    }
    QStringList unknownProfiles;
    for (const QString& name : request.maxOfflineOverrides.keys() + request.blackoutOverrides.keys()) {
        if (!facts.profiles.contains(name) && !unknownProfiles.contains(name))
            unknownProfiles << name;
    }
    unknownProfiles.sort();
    if (!unknownProfiles.isEmpty())
        plan.warnings << PlanWarning {QStringLiteral("unknown-profiles"),
            QCoreApplication::translate("TransitionPlanner",
                "The plan changes disconnection profiles the inventory does not have: %1. No client uses them.")
                .arg(unknownProfiles.join(QStringLiteral(", ")))};
    if (!unknown.isEmpty())
        plan.warnings << PlanWarning {QStringLiteral("new-names"),
            QCoreApplication::translate(
                "TransitionPlanner", "Not yet in the inventory of site %1: %2. Add them before the start.")
                .arg(facts.code, unknown.join(QStringLiteral(", ")))};
}

void TransitionPlanner::flagUpgradeBlocks(const SiteFacts& facts, const ClientScan& scan, TransitionPlan& plan) const
{
    plan.upgradeBlockCount = scan.upgradeBlockCount();
    plan.counts.upgradeBlocked = plan.upgradeBlockCount;
    const QList<QList<QByteArray>> names = scan.upgradeBlockNames();
    // The versions as written, for the few clients listed (the index holds only their keys).
    QSqlQuery version = m_inventory.prepare(QStringLiteral("SELECT version FROM clients WHERE name = ?"));
    for (qsizetype i = 0; i < facts.logonPoints.size(); ++i) {
        const LogonPoint& point = facts.logonPoints.at(i);
        for (const QByteArray& name : names.value(i)) {
            const QString client = QString::fromUtf8(name);
            version.addBindValue(client);
            const QString text = version.exec() && version.next() ? version.value(0).toString() : QString();
            version.finish();
            plan.upgradeBlocks << UpgradeBlock {client, text, point.server, point.clicoreVersion};
        }

        // Sites sharing the logon point at a significantly older version than the newest there
        // get no new clients through it.
        const LogonPointSite* newest = nullptr;
        for (const LogonPointSite& site : point.sites) {
            if (!newest || site.versionKey > newest->versionKey)
                newest = &site;
        }
        for (const LogonPointSite& site : point.sites) {
            if (ClientRules::getsNoNewClients(site.versionKey, newest->versionKey))
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
        if (cap.isLiveAt(request.start) && !(capPlan && request.retire.contains(cap.name, Qt::CaseInsensitive)))
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
            QSqlQuery query = m_inventory.prepare(
                QStringLiteral("SELECT licensing, licenses FROM caps WHERE upper(server) = upper(?)"));
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
