#include "PasswordWhatIfPlanner.h"

#include "ClientRules.h"
#include "ClientScan.h"
#include "RemovalDeadline.h"
#include "SiteFacts.h"
#include "store/FastQuery.h"
#include "store/Inventory.h"

#include <QCoreApplication>
#include <QVariant>
#include <algorithm>
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
};

AccountState stateAt(qint64 r, const PasswordWhatIfRequest& request, const SiteFacts& facts)
{
    AccountState state;
    for (const SiteItem& account : facts.accounts) {
        if (!account.isKnownAfter(r, request.timing.propagation))
            continue;
        if (account.name == request.account) {
            state.knowsChanged = true;
            continue;
        }
        const bool removedByChange = account.removedAt && *account.removedAt <= request.at;
        const bool passwordChangedSince = account.passwordChangedAt && *account.passwordChangedAt > r;
        if (!removedByChange && !passwordChangedSince)
            state.hasValid = true;
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
            result << *account.passwordChangedAt;
    }
    std::sort(result.begin(), result.end());
    result.erase(std::unique(result.begin(), result.end()), result.end());
    return result;
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
    const SiteItem* account = facts->account(request.account);
    if (!account || !account->isLiveAt(request.at)) {
        *error = tr("\"%1\" is not a live client connection account of site %2 at that time")
                     .arg(request.account, request.site);
        return std::nullopt;
    }

    PasswordWhatIf result;
    result.request = request;
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

    struct ProfileGroup
    {
        QByteArray profile;
        bool hasProfile = false;
        qint64 deadline = 0;
        qint64 maxOffline = 0;
        bool windowsNt = false; // holds a Windows NT family client
        bool pendingInAlternative = false; // holds a client the safer alternative waits for
    };
    ProfileGroups<ProfileGroup> groups([&](const QByteArray& name, bool hasProfile) {
        ProfileGroup group;
        group.profile = name;
        group.hasProfile = hasProfile;
        DisconnectionProfile profile;
        if (hasProfile)
            profile = facts->profiles.value(QString::fromUtf8(name));
        else
            profile.maxOffline = facts->longestOffline;
        group.maxOffline = profile.maxOffline;
        group.deadline = removalDeadline(request.at, request.timing, profile);
        return group;
    });
    const int limit = std::max(0, request.listLimit);
    ClientScan::FirstNames orphanedNames(limit), fallbackNames(limit), unaffectedNames(limit), staleNames(limit);
    const ClientRules::PlanClassifier alternative(TransitionKind::Account, request.at, request.timing);
    qint64 orphanedNotBlocked = 0;
    std::optional<qint64> orphanedHoldersUninstall;
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
        group.windowsNt = group.windowsNt || !win9x;
        // The what-if's clients are those of an account plan starting at the change (DOMAIN.md
        // "Counting precisely"): the safer alternative waits for its pending ones.
        switch (alternative.classify(refresh, win9x)) {
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
        // A client with no recorded refresh is taken to know what was live one CCIM cycle before.
        const qint64 r = refresh.value_or(unknownRefresh);
        const AccountState& state = states.at(std::upper_bound(bounds.cbegin(), bounds.cend(), r) - bounds.cbegin());
        if (!state.hasValid) {
            ++result.orphaned;
            const qint64 uninstall = r + OrphanSelfUninstall;
            result.selfUninstallBy = std::max(result.selfUninstallBy.value_or(uninstall), uninstall);
            if (!ClientRules::isUpgradeBlocked(values.integer(3), newestClicore))
                ++orphanedNotBlocked;
            if (state.knowsChanged) {
                ++result.holders;
                orphanedHoldersUninstall = std::max(orphanedHoldersUninstall.value_or(uninstall), uninstall);
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
                .arg(QLatin1String(limit > 0 ? "name" : "NULL")),
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
        result.lockedUntil = until;
    }

    bool domainController = false;
    for (const SiteItem& cap : facts->caps)
        domainController = domainController || (cap.isLiveAt(request.at) && cap.domainController);
    const qint64 smsman = facts->logonInstallation ? orphanedNotBlocked : 0;
    result.recovery = {
        {QStringLiteral("smsman"), smsman > 0, smsman,
            facts->logonInstallation
                ? tr("Run Smsman or Smsls on the orphaned clients; not for upgrade-blocked clients (Q236052, Q235535).")
                : tr("Needs Windows Networking Logon Client Installation, which site %1 does not have (Q260824).")
                      .arg(facts->code)},
        {QStringLiteral("registry-reset"), result.orphaned > 0, result.orphaned,
            tr("Set Site Config Last Checked older than 60 days on each client: needs local administrator rights; the "
               "client uninstalls, then reinstalls (Q237759).")},
        {QStringLiteral("guest-account"), result.orphaned > 0, result.orphaned,
            domainController
                ? tr("Security exposure: a CAP is a domain controller, so the Guest account opens on the whole domain. "
                     "Enable it for a short, bounded time only (Q237759).")
                : tr("Security exposure: enable the Guest account on the CAP servers for a short, bounded time only "
                     "(Q237759).")},
        {QStringLiteral("wait"), result.orphaned > 0, result.orphaned,
            result.selfUninstallBy ? tr("The orphaned clients uninstall themselves by %1 (Q227033).")
                                         .arg(UtcTime::longDisplay(*result.selfUninstallBy))
                                   : tr("No client would be orphaned.")},
    };

    // Q237759: the safe way is a new account now and the old one removed at its Rule 1 safe time:
    // the latest deadline of the profiles still waiting (the same pass answered which).
    result.addNewAccountAt = request.at;
    result.removeOldAt = alternative.confirmedFrom;
    qint64 longestOffline = 0;
    for (const ProfileGroup& group : groups.all()) {
        if (group.pendingInAlternative)
            result.removeOldAt = std::max(result.removeOldAt, group.deadline);
        if (group.windowsNt)
            longestOffline = std::max(longestOffline, group.maxOffline);
    }

    // Rotation: a new account every third of the maximum password age, with enough accounts
    // valid to cover the longest transition window.
    result.cadenceDays = facts->domain.maxPasswordAgeDays / 3;
    const qint64 window = request.timing.propagation + request.timing.ccimCycle + longestOffline + request.timing.retry;
    if (result.cadenceDays > 0) {
        const qint64 cadence = qint64(result.cadenceDays) * UtcTime::Day;
        result.accountsNeeded = static_cast<int>(std::max<qint64>(2, (window + cadence - 1) / cadence + 1));
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
