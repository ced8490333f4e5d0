#include "PasswordWhatIfPlanner.h"

#include "AccountNames.h"
#include "ClientRules.h"
#include "ClientScan.h"
#include "RemovalDeadline.h"
#include "SiteFacts.h"
#include "store/FastQuery.h"
#include "store/Inventory.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <climits>
#include <cmath>
#include <limits>
#include <string_view>
#include <vector>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("PasswordWhatIfPlanner", text);
}

// What a client with effective last refresh r can do after the change. Every rule is of the form
// "r >= boundary", so between two boundaries the answer is the same for all clients: the clients
// are counted per interval in SQL and the rule is evaluated once per interval.
struct AccountState
{
    bool knowsChanged = false;
    bool hasValid = false;
    // Per account of the site (SiteFacts::accounts' order): still valid to the client after the
    // change; holds an old password of it (knows it and refreshed before its change + P).
    std::vector<char> valid;
    std::vector<char> holdsOld;
};

bool sameName(const QString& a, const QString& b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0; // Windows NT account names (RULES.md R0.3)
}

// When the account's password changes, as the what-if sees it: at the what-if's time for its own
// account; when last recorded for the others (none: nobody holds an old password of it).
std::optional<qint64> changeOf(const SiteItem& account, const PasswordWhatIfRequest& request)
{
    return sameName(account.name, request.account) ? std::optional<qint64>(request.at) : account.passwordChangedAt;
}

AccountState stateAt(qint64 r, const PasswordWhatIfRequest& request, const SiteFacts& facts)
{
    AccountState state;
    state.valid.assign(std::size_t(facts.accounts.size()), 0);
    state.holdsOld.assign(std::size_t(facts.accounts.size()), 0);
    for (qsizetype i = 0; i < facts.accounts.size(); ++i) {
        const SiteItem& account = facts.accounts.at(i);
        if (!account.isKnownAfter(r, request.timing.propagation))
            continue;
        if (sameName(account.name, request.account)) {
            state.knowsChanged = true;
            state.holdsOld[std::size_t(i)] = 1; // the orphaned and fallback clients that know A
            continue;
        }
        const bool removedByChange = account.removedAt && *account.removedAt <= request.at;
        const bool passwordChangedSince = account.passwordChangedAt && *account.passwordChangedAt > r;
        if (!removedByChange && !passwordChangedSince) {
            state.hasValid = true;
            state.valid[std::size_t(i)] = 1;
        }
        // Q237759: holders of an old password of any account whose password changed.
        if (!removedByChange && account.passwordChangedAt
            && r < *account.passwordChangedAt + request.timing.propagation)
            state.holdsOld[std::size_t(i)] = 1;
    }
    return state;
}

QList<qint64> boundaries(const PasswordWhatIfRequest& request, const SiteFacts& facts)
{
    QList<qint64> result;
    for (const SiteItem& account : facts.accounts) {
        result << account.addedAt + request.timing.propagation;
        if (account.removedAt)
            result << *account.removedAt;
        if (account.passwordChangedAt)
            result << *account.passwordChangedAt << *account.passwordChangedAt + request.timing.propagation;
    }
    std::sort(result.begin(), result.end());
    result.erase(std::unique(result.begin(), result.end()), result.end());
    return result;
}

// The wait (Q227033): orphaned clients uninstall themselves 60 days after their last refresh; one
// without Site Config Last Checked never does (Q265358).
QString waitNote(const PasswordWhatIf& result)
{
    if (result.orphaned == 0)
        return QCoreApplication::translate("PasswordWhatIfPlanner", "No client would be orphaned.");
    if (result.neverUninstall == 0)
        return QCoreApplication::translate("PasswordWhatIfPlanner",
            "The orphaned clients uninstall themselves by %1 (Q227033); a client whose Site Config Last Checked "
            "value is missing never does (Q265358).")
            .arg(UtcTime::longDisplay(*result.selfUninstallBy));
    const int never = int(qMin<qint64>(result.neverUninstall, INT_MAX)); // outside tr(): lupdate loops on <>
    const QString text = QCoreApplication::translate("PasswordWhatIfPlanner",
        "%Ln orphaned client(s) never uninstall themselves: their Site Config Last Checked value is missing "
        "(Q265358).",
        nullptr, never);
    if (!result.selfUninstallBy)
        return text;
    return text + u' '
        + QCoreApplication::translate("PasswordWhatIfPlanner", "The others uninstall themselves by %1 (Q227033).")
              .arg(UtcTime::longDisplay(*result.selfUninstallBy));
}
} // namespace

PasswordWhatIfPlanner::PasswordWhatIfPlanner(const Inventory& inventory)
    : m_inventory(inventory)
{
}

std::optional<PasswordWhatIf> PasswordWhatIfPlanner::evaluate(
    const PasswordWhatIfRequest& request, QString* error) const
{
    const std::optional<SiteFacts> facts = SiteFacts::load(m_inventory, request.site, error);
    if (!facts)
        return std::nullopt;
    const SiteItem* account = nullptr;
    for (const SiteItem& candidate : facts->accounts)
        account = !account && sameName(candidate.name, request.account) ? &candidate : account;
    if (!account || !account->isLiveAt(request.at)) {
        *error = tr("\"%1\" is not a live client connection account of site %2 at that time")
                     .arg(request.account, request.site);
        return std::nullopt;
    }
    // Logon Discovery (Q237759): read here, beside SiteFacts, for the what-if alone.
    QSqlQuery discovery = m_inventory.prepare(QStringLiteral("SELECT logon_discovery FROM sites WHERE code = ?"));
    discovery.addBindValue(facts->code);
    if (!discovery.exec()) {
        *error = Inventory::explain(discovery.lastError());
        return std::nullopt;
    }
    const bool logonDiscovery = discovery.next() && discovery.value(0).toBool();
    discovery.finish();

    PasswordWhatIf result;
    result.request = request;
    result.request.account = account->name; // as the inventory spells it
    result.logonDiscovery = logonDiscovery;
    // A client with no recorded refresh is taken to know what was live one CCIM cycle before.
    const qint64 unknownRefresh = request.at - request.timing.ccimCycle;
    const std::optional<qint64> newestClicore = facts->newestClicoreKey();

    // What a client can do depends only on the interval of boundaries its refresh falls in:
    // evaluate the rules once per interval, then sort every client in one pass over the site's
    // covering index.
    const QList<qint64> bounds = boundaries(request, *facts);
    QList<AccountState> states;
    for (int index = 0; index <= bounds.size(); ++index)
        states << stateAt(index == 0 ? std::numeric_limits<qint64>::min() : bounds.at(index - 1), request, *facts);
    const std::size_t intervals = std::size_t(states.size());

    struct ProfileGroup
    {
        QByteArray profile;
        bool hasProfile = false;
        DisconnectionProfile rules;
        qint64 deadline = 0;
        bool windowsNt = false; // holds a non-stale Windows NT family client
        bool pendingInAlternative = false; // holds a client the safer alternative waits for
        // The group's NT non-stale clients per interval of their refresh: the lockouts' and the
        // delays' arithmetic works on these counts, not on clients.
        std::vector<qint64> clients;
    };
    ProfileGroups<ProfileGroup> groups([&](const QByteArray& name, bool hasProfile) {
        ProfileGroup group;
        group.profile = name;
        group.hasProfile = hasProfile;
        if (hasProfile)
            group.rules = facts->profiles.value(QString::fromUtf8(name));
        else
            group.rules.maxOffline = facts->longestOffline;
        group.deadline = removalDeadline(request.at, request.timing, group.rules);
        group.clients.assign(intervals, 0);
        return group;
    });
    // The latest refresh among the orphaned clients of each interval: when the last of them uninstalls.
    std::vector<std::optional<qint64>> latestRefresh(intervals);
    // Intervals with an orphaned client that never uninstalls itself (Q265358): its lockouts never end.
    std::vector<char> neverRemoves(intervals, 0);
    const int limit = std::max(0, request.listLimit);
    ClientScan::FirstNames orphanedNames(limit), fallbackNames(limit), unaffectedNames(limit), staleNames(limit);
    const ClientRules::PlanClassifier alternative(TransitionKind::Account, request.at, request.timing);
    qint64 orphanedNotBlocked = 0;
    std::optional<qint64> orphanedHoldersUninstall;
    bool orphanedHolderStays = false;
    const bool keepsAny = !facts->neverRemovesItself.isEmpty();
    const auto row = [&](const FastQuery::Row& values) {
        int nameSize = 0;
        const char* name = values.text(4, &nameSize);
        const auto keep = [&](ClientScan::FirstNames& names) {
            if (names.wants(name, nameSize))
                names.add(QByteArray(name, nameSize));
        };
        int profileSize = 0;
        const char* profile = values.text(0, &profileSize);
        ProfileGroup& group = groups.find(profile, profileSize, values.isNull(0));
        const std::optional<qint64> refresh
            = values.isNull(1) ? std::nullopt : std::optional<qint64>(values.integer(1));
        int osSize = 0;
        const char* os = values.text(2, &osSize);
        const bool win9x = ClientRules::isWin9x(std::string_view(os ? os : "", std::size_t(osSize)));
        // The what-if's clients are those of an account plan starting at the change (RULES.md
        // R1.3): the safer alternative waits for its pending ones.
        const ClientRules::SelfRemoval removal
            = keepsAny ? facts->selfRemoval(QByteArrayView(name, nameSize)) : ClientRules::SelfRemoval::Removes;
        switch (alternative.classify(refresh, win9x, removal)) {
        case ClientRules::Class::Stale:
            ++result.stale; // uninstalled itself (Q227033)
            keep(staleNames);
            return;
        case ClientRules::Class::Unaffected:
            ++result.unaffected; // Q237759: Windows 9x clients connect as the logged-on user
            keep(unaffectedNames);
            return;
        case ClientRules::Class::Pending:
            group.pendingInAlternative = true;
            break;
        case ClientRules::Class::Confirmed:
            break;
        }
        group.windowsNt = true;
        // A client with no recorded refresh is taken to know what was live one CCIM cycle before.
        const qint64 r = refresh.value_or(unknownRefresh);
        const std::size_t interval = std::size_t(std::upper_bound(bounds.cbegin(), bounds.cend(), r) - bounds.cbegin());
        const AccountState& state = states.at(qsizetype(interval));
        ++group.clients[interval];
        if (!state.hasValid) {
            ++result.orphaned;
            const bool removes = removal == ClientRules::SelfRemoval::Removes;
            const qint64 uninstall = r + OrphanSelfUninstall;
            if (removes) {
                result.selfUninstallBy = std::max(result.selfUninstallBy.value_or(uninstall), uninstall);
                latestRefresh[interval] = std::max(latestRefresh[interval].value_or(r), r);
            } else {
                ++result.neverUninstall; // Q265358: no Site Config Last Checked, no self-uninstall
                neverRemoves[interval] = 1;
            }
            if (!ClientRules::isUpgradeBlocked(values.integer(3), newestClicore))
                ++orphanedNotBlocked;
            if (state.knowsChanged) {
                ++result.holders;
                if (removes)
                    orphanedHoldersUninstall = std::max(orphanedHoldersUninstall.value_or(uninstall), uninstall);
                else
                    orphanedHolderStays = true;
            }
            keep(orphanedNames);
        } else if (state.knowsChanged) {
            ++result.fallback;
            ++result.holders;
            result.allUpdatedBy = std::max(result.allUpdatedBy.value_or(group.deadline), group.deadline);
            keep(fallbackNames);
        } else {
            ++result.unaffected;
            keep(unaffectedNames);
        }
    };
    if (!FastQuery::forEachClientOfSite(m_inventory.database(),
            QStringLiteral("profile, last_refresh_at, os, version_key, %1")
                .arg(QLatin1String(limit > 0 || keepsAny ? "name" : "NULL")),
            QStringLiteral("clients_by_site"), request.site, row, error))
        return std::nullopt;
    const auto names = [](const ClientScan::FirstNames& first) {
        QStringList list;
        for (const auto& [name, tag] : first.sorted())
            list << QString::fromUtf8(name);
        return list;
    };
    result.orphanedClients = names(orphanedNames);
    result.fallbackClients = names(fallbackNames);
    result.unaffectedClients = names(unaffectedNames);
    result.staleClients = names(staleNames);

    // Q227033, Q237759: every holder of the old password counts bad attempts; once the threshold
    // is reached the account locks, and re-locks after each unlock until the last holder is updated
    // or, for an orphan, uninstalls itself.
    result.lockoutThreshold = facts->domain.lockoutThreshold;
    result.lockoutEnabled = result.lockoutThreshold > 0;
    if (result.lockoutEnabled && result.holders > 0) {
        result.lockedFrom = request.at;
        std::optional<qint64> until = result.allUpdatedBy;
        if (orphanedHoldersUninstall)
            until = std::max(until.value_or(*orphanedHoldersUninstall), *orphanedHoldersUninstall);
        // A holder that never uninstalls itself keeps the account locking out for good (Q265358).
        result.lockedUntil = orphanedHolderStays ? std::nullopt : until;
    }

    // Lockouts spread (Q237759): every account of the site with holders of an old password, the
    // what-if's first. A holder with a valid account left is updated by its Rule 1 deadline counted
    // from the change; one without keeps trying until it uninstalls itself.
    std::vector<std::optional<AccountLockout>> lockoutOf(std::size_t(facts->accounts.size()));
    for (qsizetype i = 0; i < facts->accounts.size(); ++i) {
        const SiteItem& item = facts->accounts.at(i);
        const std::optional<qint64> changed = changeOf(item, request);
        if (!changed)
            continue;
        AccountLockout lockout;
        lockout.account = item.name;
        lockout.changedAt = *changed;
        lockout.already = *changed < request.at;
        std::optional<qint64> until;
        bool forGood = false; // a holder that never uninstalls itself (Q265358)
        for (const ProfileGroup& group : groups.all()) {
            std::optional<qint64> deadline; // the group's, from this change
            for (std::size_t interval = 0; interval < intervals; ++interval) {
                const AccountState& state = states.at(qsizetype(interval));
                if (!group.clients[interval] || !state.holdsOld[std::size_t(i)])
                    continue;
                lockout.holders += group.clients[interval];
                std::optional<qint64> updated;
                if (state.hasValid) {
                    if (!deadline)
                        deadline = removalDeadline(*changed, request.timing, group.rules);
                    updated = *deadline;
                } else {
                    forGood = forGood || neverRemoves[interval];
                    if (latestRefresh[interval])
                        updated = *latestRefresh[interval] + OrphanSelfUninstall;
                }
                if (updated)
                    until = std::max(until.value_or(*updated), *updated);
            }
        }
        if (lockout.holders == 0)
            continue;
        if (result.lockoutEnabled) {
            lockout.from = *changed;
            lockout.until = forGood ? std::nullopt : until;
        }
        lockoutOf[std::size_t(i)] = lockout;
    }
    for (qsizetype i = 0; i < facts->accounts.size(); ++i) {
        if (const auto& lockout = lockoutOf[std::size_t(i)]; lockout && sameName(lockout->account, request.account))
            result.lockouts.prepend(*lockout);
        else if (lockout)
            result.lockouts << *lockout;
    }

    // A fallback client reaches a CAP only through its remaining valid accounts: when every one of
    // them is locked out at its deadline, it is updated when the first is free again; never, when
    // each of them is held by a client that never uninstalls itself (Q265358).
    if (result.lockoutEnabled) {
        bool delayedForGood = false;
        for (const ProfileGroup& group : groups.all()) {
            for (std::size_t interval = 0; interval < intervals; ++interval) {
                const AccountState& state = states.at(qsizetype(interval));
                if (!group.clients[interval] || !state.hasValid || !state.knowsChanged)
                    continue;
                std::optional<qint64> firstFree;
                bool anyValid = false;
                bool allLocked = true;
                for (std::size_t i = 0; i < state.valid.size() && allLocked; ++i) {
                    if (!state.valid[i])
                        continue;
                    anyValid = true;
                    const auto& lockout = lockoutOf[i];
                    allLocked = lockout && lockout->from && *lockout->from <= group.deadline
                        && (!lockout->until || group.deadline < *lockout->until);
                    if (allLocked && lockout->until)
                        firstFree = std::min(firstFree.value_or(*lockout->until), *lockout->until);
                }
                if (!allLocked || !anyValid)
                    continue;
                result.delayedByLockout += group.clients[interval];
                if (firstFree)
                    result.delayedUntil = std::max(result.delayedUntil.value_or(*firstFree), *firstFree);
                else
                    delayedForGood = true;
            }
        }
        if (delayedForGood)
            result.delayedUntil.reset();
    }

    // Q237759: with Logon Discovery (and logon scripts) an orphaned NT client receives the new
    // account and password at its next logon, push-installed or not; not an upgrade-blocked one,
    // which logon-based recovery cannot rescue (Q236052).
    result.recoverAtLogon = logonDiscovery ? orphanedNotBlocked : 0;

    bool domainController = false;
    for (const SiteItem& cap : facts->caps)
        domainController = domainController || (cap.isLiveAt(request.at) && cap.domainController);
    // Q236052: Smsman needs Logon Discovery and/or Logon Client Installation.
    const bool smsmanWorks = facts->logonInstallation || logonDiscovery;
    const qint64 smsman = smsmanWorks ? orphanedNotBlocked : 0;
    result.recovery = {
        {QStringLiteral("smsman"), smsman > 0, smsman,
            smsmanWorks
                ? tr("Run Smsman or Smsls on the orphaned clients; not for upgrade-blocked clients, nor for "
                     "push-installed ones, which cannot recover automatically (Q236052, Q237759, Q235535).")
                : tr("Needs Logon Discovery or Windows Networking Logon Client Installation, neither of which site %1 "
                     "has (Q236052).")
                      .arg(facts->code)},
        {QStringLiteral("registry-reset"), result.orphaned > 0, result.orphaned,
            tr("Set Site Config Last Checked older than 60 days on each client: needs local administrator rights; the "
               "client uninstalls itself and must then be reinstalled by an installation method (Q236052).")},
        {QStringLiteral("guest-account"), result.orphaned > 0, result.orphaned,
            (domainController
                    ? tr("First create a new account and delete the one the clients cannot use; then enable the Guest "
                         "account for a short, bounded time only. Security exposure: a CAP is a domain controller, so "
                         "the Guest account opens on the whole domain (Q236052).")
                    : tr("First create a new account and delete the one the clients cannot use; then enable the Guest "
                         "account on the CAP servers for a short, bounded time only. Security exposure (Q236052)."))},
        {QStringLiteral("wait"), result.orphaned > result.neverUninstall, result.orphaned - result.neverUninstall,
            waitNote(result)},
    };

    // Q237759: the safe way is a new account now and the old one removed at its Rule 1 safe time:
    // the latest deadline of the profiles still waiting (the same pass answered which).
    result.addNewAccountAt = request.at;
    {
        // Accounts are the domain's: the new name must be free at every site (Q237759).
        QStringList site {account->name};
        QStringList others;
        QSqlQuery names = m_inventory.prepare(QStringLiteral("SELECT name, site FROM accounts"));
        if (!names.exec()) {
            *error = Inventory::explain(names.lastError());
            return std::nullopt;
        }
        while (names.next())
            (names.value(1).toString() == facts->code ? site : others) << names.value(0).toString();
        result.newAccount = AccountNames::next(site, others, facts->code);
    }
    result.removeOldAt = alternative.confirmedFrom;
    qint64 longestOffline = 0;
    qint64 longestBlackout = 0;
    for (const ProfileGroup& group : groups.all()) {
        if (group.pendingInAlternative)
            result.removeOldAt = std::max(result.removeOldAt, group.deadline);
        if (!group.windowsNt)
            continue;
        longestOffline = std::max(longestOffline, group.rules.maxOffline);
        for (const Blackout& blackout : group.rules.blackouts)
            longestBlackout = std::max(longestBlackout, blackout.endsAt - blackout.startsAt);
    }

    // Rotation (Q237759): a new account every third of the maximum password age (at least a day),
    // with enough accounts valid to cover the longest transition window, blackouts included. A
    // maximum age of 0: passwords never expire, and no rotation is needed.
    const int maxAge = facts->domain.maxPasswordAgeDays;
    result.rotationNeeded = maxAge > 0;
    if (result.rotationNeeded) {
        result.cadenceDays = std::max(1, maxAge / 3);
        const qint64 window = request.timing.propagation + request.timing.ccimCycle + request.timing.retry
            + longestOffline + longestBlackout;
        const qint64 cadence = qint64(result.cadenceDays) * UtcTime::Day;
        result.accountsNeeded = static_cast<int>(std::max<qint64>(2, (window + cadence - 1) / cadence + 1));
    } else {
        result.cadenceDays = 0;
        result.accountsNeeded = 0;
    }
    return result;
}

QString recoveryMethodName(const QString& id)
{
    if (id == u"smsman")
        return QCoreApplication::translate("PasswordWhatIfPlanner", "Smsman or Smsls");
    if (id == u"registry-reset")
        return QCoreApplication::translate("PasswordWhatIfPlanner", "Reset Site Config Last Checked");
    if (id == u"guest-account")
        return QCoreApplication::translate("PasswordWhatIfPlanner", "Guest account");
    if (id == u"wait")
        return QCoreApplication::translate("PasswordWhatIfPlanner", "Wait for the self-uninstall");
    return id;
}
