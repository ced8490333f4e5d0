#pragma once

#include "TimingParameters.h"
#include "domain/Enums.h"

#include <QStringView>
#include <algorithm>
#include <optional>
#include <string_view>

// The one definition of the rules that sort clients and items (RULES.md R1.1 to R1.4 and R2,
// Rules 1 and 2). Every other place asks these functions; the SQL that must say the same for speed
// is generated from the same constants in RulesSql. The per-row ones are inline and allocate
// nothing: ClientScan and the what-if pass call them for every client of a site.
namespace ClientRules {

// The CSV spellings the rules read.
inline constexpr std::string_view Win9x = "win9x";
inline constexpr std::string_view Push = "push";
inline constexpr std::string_view UnknownMethod = "unknown";

inline bool isWin9x(std::string_view os)
{
    return os == Win9x;
}
inline bool isWin9x(QStringView os)
{
    return os == QLatin1String(Win9x.data(), qsizetype(Win9x.size()));
}
inline bool isPushInstalled(std::string_view method)
{
    return method == Push;
}
inline bool isPushInstalled(QStringView method)
{
    return method == QLatin1String(Push.data(), qsizetype(Push.size()));
}
// The site database never records how a client was installed (RULES.md R2.4).
inline bool isUnknownMethod(std::string_view method)
{
    return method == UnknownMethod;
}
inline bool isUnknownMethod(QStringView method)
{
    return method == QLatin1String(UnknownMethod.data(), qsizetype(UnknownMethod.size()));
}

// An item (CAP or account) is live at `time` when it was added at or before it and not removed at
// or before it.
inline constexpr bool isLiveAt(qint64 addedAt, std::optional<qint64> removedAt, qint64 time)
{
    return addedAt <= time && (!removedAt || *removedAt > time);
}

// A client that last refreshed at `lastRefresh` knows an item added at least P before that refresh
// and not removed at or before it.
inline constexpr bool knows(qint64 addedAt, std::optional<qint64> removedAt, qint64 lastRefresh, qint64 propagation)
{
    return addedAt + propagation <= lastRefresh && !(removedAt && *removedAt <= lastRefresh);
}

// Q265358: a client whose registry export lacks `Site Config Last Checked`
// (client_registry.last_checked_missing, SiteFacts::neverRemovesItself) never removes itself. A type
// of its own, not a bool, so that no call among the rules' other flags can pass it by mistake.
enum class SelfRemoval { Removes, Never };

inline constexpr SelfRemoval selfRemoval(bool lastCheckedMissing)
{
    return lastCheckedMissing ? SelfRemoval::Never : SelfRemoval::Removes;
}

// Q227033, Q236052: a client whose last refresh is more than 60 days before `at` has uninstalled
// itself. A client with no recorded refresh is never stale, and neither is one that never removes
// itself (Q265358): the rest of the precedence classifies it.
inline constexpr bool isStale(std::optional<qint64> lastRefresh, qint64 at, SelfRemoval removal)
{
    return removal == SelfRemoval::Removes && lastRefresh && *lastRefresh < at - OrphanSelfUninstall;
}

// A client classified for a plan, in this order of precedence.
enum class Class { Stale, Unaffected, Confirmed, Pending };

// The classification of the clients of a site for a plan of `kind` starting at `start`.
struct PlanClassifier
{
    TransitionKind kind = TransitionKind::Cap;
    qint64 start = 0;
    qint64 confirmedFrom = 0; // S + P

    constexpr PlanClassifier(TransitionKind planKind, qint64 planStart, const TimingParameters& timing)
        : kind(planKind)
        , start(planStart)
        , confirmedFrom(planStart + timing.propagation)
    {
    }

    // Whether classify() reads the OS: only an account plan leaves Windows 9x clients out.
    constexpr bool readsOs() const { return kind == TransitionKind::Account; }

    // Stale first (isStale); then unaffected (Windows 9x in an account plan, Q237759); then confirmed
    // (refreshed at or after S + P) or pending (also when no refresh is recorded).
    constexpr Class classify(std::optional<qint64> lastRefresh, bool win9x, SelfRemoval removal) const
    {
        if (isStale(lastRefresh, start, removal))
            return Class::Stale;
        if (kind == TransitionKind::Account && win9x)
            return Class::Unaffected;
        if (lastRefresh && *lastRefresh >= confirmedFrom)
            return Class::Confirmed;
        return Class::Pending;
    }
};

// "stale", "unaffected", "confirmed", "pending": the report CSV's status column.
const char* className(Class value);

// RULES.md R1.4 (Q260824: a client is orphaned only when every CAP it can use is gone). An item
// stays usable after the plan when the plan does not retire it, it is live at the start and no
// removal is recorded for it at all.
inline constexpr bool staysUsable(bool retired, qint64 addedAt, std::optional<qint64> removedAt, qint64 start)
{
    return !retired && !removedAt && addedAt <= start;
}

// The earliest last refresh at which a client knows a staying item (added at least P before it; a
// staying item has no removal) and, for an account, holds its current password (changed at or
// before the refresh).
inline constexpr qint64 coveringRefresh(qint64 addedAt, std::optional<qint64> passwordChangedAt, qint64 propagation)
{
    return passwordChangedAt ? std::max(addedAt + propagation, *passwordChangedAt) : addedAt + propagation;
}

// A pending client is covered when it knows at least one staying item: with `coveredFrom` the least
// coveringRefresh() over the staying items (nothing: none stays), a threshold on its last refresh.
// A client with no recorded refresh is exposed: what it knows is unknown.
inline constexpr bool isCovered(std::optional<qint64> lastRefresh, std::optional<qint64> coveredFrom)
{
    return lastRefresh && coveredFrom && *lastRefresh >= *coveredFrom;
}

// RULES.md R6.1 (Q235873): a client whose registry export holds its CAP list knows exactly the CAPs
// listed there, whatever its last refresh says: `evidence` is whether that list holds a CAP that
// stays (nothing: no such export, and the derivation from the last refresh decides).
inline constexpr bool isCovered(
    std::optional<qint64> lastRefresh, std::optional<qint64> coveredFrom, std::optional<bool> evidence)
{
    return evidence ? *evidence : isCovered(lastRefresh, coveredFrom);
}

// "exposed" or "covered": the report CSV's exposure column for pending clients.
inline constexpr const char* exposureName(bool covered)
{
    return covered ? "covered" : "exposed";
}

// The service-pack digit of a ClientVersion::significanceKey() (its last three decimal digits).
inline constexpr qint64 servicePackOf(qint64 versionKey)
{
    return versionKey % 1000;
}

// Q262677 describes a change made in SMS 2.0 SP2: only a logon point serving an SP2 or later
// Clicore blocks upgrades.
inline constexpr qint64 BlockingServicePack = 2;
inline constexpr bool blocksUpgrades(qint64 clicoreKey)
{
    return servicePackOf(clicoreKey) >= BlockingServicePack;
}

// Q262677: Boot32wn at an SP2 or later logon point will not upgrade a client whose version is
// significantly older than the Clicore it serves. Keys are ClientVersion::significanceKey().
// Nothing: no logon point serves the site (SiteFacts::newestClicoreKey() gives the newest blocking
// one, which decides for all of them).
inline constexpr bool isUpgradeBlocked(qint64 clientKey, std::optional<qint64> clicoreKey)
{
    return clicoreKey && blocksUpgrades(*clicoreKey) && clientKey < *clicoreKey;
}

// Q262677: a site significantly older than the newest site at a logon point gets no new clients
// through it.
inline constexpr bool getsNoNewClients(qint64 siteKey, qint64 newestSiteKey)
{
    return siteKey < newestSiteKey;
}

// Why an orphan could not recover by itself; the first that applies, in this order (Q260824,
// Q236052, Q237759). An unknown install method gives no automatic recovery unless the site has
// Logon Discovery, which hands an NT client the new lists at its next logon (Q237759).
enum class NoRecovery { None, NoLogonInstallation, UpgradeBlocked, PushInstalled, UnknownMethod };
inline constexpr NoRecovery NoRecoveryOrder[] = {
    NoRecovery::NoLogonInstallation, NoRecovery::UpgradeBlocked, NoRecovery::PushInstalled, NoRecovery::UnknownMethod};

inline constexpr NoRecovery noRecoveryReason(bool siteLogonInstallation, bool upgradeBlocked, bool pushInstalled,
    bool unknownMethod = false, bool siteLogonDiscovery = false)
{
    for (const NoRecovery reason : NoRecoveryOrder) {
        const bool applies = reason == NoRecovery::NoLogonInstallation ? !siteLogonInstallation
            : reason == NoRecovery::UpgradeBlocked                     ? upgradeBlocked
            : reason == NoRecovery::PushInstalled                      ? pushInstalled
                                                                       : unknownMethod && !siteLogonDiscovery;
        if (applies)
            return reason;
    }
    return NoRecovery::None;
}

// "no-logon-installation", "upgrade-blocked", "push-installed", "unknown-install-method"; nullptr
// for None.
const char* reasonName(NoRecovery reason);

// The Clients pane's status at `now`: stale first, then the no-automatic-recovery reason, shown as
// "upgrade-blocked" or "no-automatic-recovery", else "ok".
enum class PaneStatus { Stale, UpgradeBlocked, NoAutomaticRecovery, Ok };

inline constexpr PaneStatus paneStatusOf(NoRecovery reason)
{
    return reason == NoRecovery::None          ? PaneStatus::Ok
        : reason == NoRecovery::UpgradeBlocked ? PaneStatus::UpgradeBlocked
                                               : PaneStatus::NoAutomaticRecovery;
}

inline constexpr PaneStatus paneStatus(std::optional<qint64> lastRefresh, qint64 now, SelfRemoval removal,
    bool siteLogonInstallation, bool upgradeBlocked, bool pushInstalled, bool unknownMethod = false,
    bool siteLogonDiscovery = false)
{
    if (isStale(lastRefresh, now, removal))
        return PaneStatus::Stale;
    return paneStatusOf(
        noRecoveryReason(siteLogonInstallation, upgradeBlocked, pushInstalled, unknownMethod, siteLogonDiscovery));
}

// "stale", "upgrade-blocked", "no-automatic-recovery", "ok".
const char* paneStatusName(PaneStatus status);
} // namespace ClientRules
