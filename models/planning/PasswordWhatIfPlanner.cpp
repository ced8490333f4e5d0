#include "PasswordWhatIfPlanner.h"

#include "RemovalDeadline.h"
#include "SiteFacts.h"
#include "TransitionPlanner.h"
#include "store/Inventory.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <cmath>

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
        // A client knows an account added at least P before its refresh and not removed by then.
        const bool knows
            = account.addedAt + request.timing.propagation <= r && !(account.removedAt && *account.removedAt <= r);
        if (!knows)
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
    const qint64 staleBefore = request.at - OrphanSelfUninstall;
    // A client with no recorded refresh is taken to know what was live one CCIM cycle before.
    const qint64 unknownRefresh = request.at - request.timing.ccimCycle;
    const qint64 newestClicore = facts->newestClicoreKey().value_or(std::numeric_limits<qint64>::min());

    const QList<qint64> bounds = boundaries(request, *facts);
    const QString r = QStringLiteral("coalesce(last_refresh_at, %1)").arg(unknownRefresh);
    QString bucket = QStringLiteral("0");
    for (qint64 b : bounds)
        bucket += QStringLiteral(" + (%1 >= %2)").arg(r).arg(b);

    QSqlQuery query = m_inventory.prepare(
        QStringLiteral("SELECT profile, %1 AS bucket, version_key < %2 AS blocked, count(*), max(%3) "
                       "FROM clients WHERE site = ? AND os <> 'win9x' AND "
                       "(+last_refresh_at IS NULL OR +last_refresh_at >= %4) GROUP BY profile, bucket, blocked")
            .arg(bucket)
            .arg(newestClicore)
            .arg(r)
            .arg(staleBefore));
    query.addBindValue(request.site);
    query.exec();

    qint64 orphanedNotBlocked = 0;
    std::optional<qint64> orphanedHoldersUninstall;
    while (query.next()) {
        const int index = query.value(1).toInt();
        const qint64 count = query.value(3).toLongLong();
        const qint64 latestRefresh = query.value(4).toLongLong();
        const qint64 representative = index == 0 ? std::numeric_limits<qint64>::min() : bounds.at(index - 1);
        const AccountState state = stateAt(representative, request, *facts);
        if (!state.hasValid) {
            result.orphaned += count;
            const qint64 uninstall = latestRefresh + OrphanSelfUninstall;
            result.selfUninstallBy = std::max(result.selfUninstallBy.value_or(uninstall), uninstall);
            if (!query.value(2).toBool())
                orphanedNotBlocked += count;
            if (state.knowsChanged) {
                result.holders += count;
                orphanedHoldersUninstall = std::max(orphanedHoldersUninstall.value_or(uninstall), uninstall);
            }
        } else if (state.knowsChanged) {
            result.fallback += count;
            result.holders += count;
            DisconnectionProfile profile;
            if (query.value(0).isNull())
                profile.maxOffline = facts->longestOffline;
            else
                profile = facts->profiles.value(query.value(0).toString());
            const qint64 deadline = removalDeadline(request.at, request.timing, profile);
            result.allUpdatedBy = std::max(result.allUpdatedBy.value_or(deadline), deadline);
        } else {
            result.unaffected += count;
        }
    }

    QSqlQuery others = m_inventory.prepare(
        QStringLiteral("SELECT total(last_refresh_at < %1), "
                       "total(os = 'win9x' AND (last_refresh_at IS NULL OR last_refresh_at >= %1)) "
                       "FROM clients WHERE site = ?")
            .arg(staleBefore));
    others.addBindValue(request.site);
    if (others.exec() && others.next()) {
        result.stale = static_cast<qint64>(others.value(0).toDouble());
        // Q237759: Windows 9x clients connect as the logged-on user.
        result.unaffected += static_cast<qint64>(others.value(1).toDouble());
    }

    if (request.listLimit > 0) {
        // The first names of each group: the group of a client follows from its refresh interval.
        QStringList orphanedBuckets, fallbackBuckets, unaffectedBuckets;
        for (int index = 0; index <= bounds.size(); ++index) {
            const qint64 representative = index == 0 ? std::numeric_limits<qint64>::min() : bounds.at(index - 1);
            const AccountState state = stateAt(representative, request, *facts);
            (!state.hasValid             ? orphanedBuckets
                    : state.knowsChanged ? fallbackBuckets
                                         : unaffectedBuckets)
                << QString::number(index);
        }
        const QString nonStale
            = QStringLiteral("(+last_refresh_at IS NULL OR +last_refresh_at >= %1)").arg(staleBefore);
        auto names = [&](const QString& condition) {
            QStringList result;
            QSqlQuery list = m_inventory.prepare(
                QStringLiteral("SELECT name FROM clients WHERE site = ? AND (%1) ORDER BY name LIMIT %2")
                    .arg(condition)
                    .arg(request.listLimit));
            list.addBindValue(request.site);
            if (list.exec()) {
                while (list.next())
                    result << list.value(0).toString();
            }
            return result;
        };
        auto inBuckets = [&](const QStringList& buckets) {
            return buckets.isEmpty()
                ? QStringLiteral("0")
                : QStringLiteral("os <> 'win9x' AND %1 AND (%2) IN (%3)").arg(nonStale, bucket, buckets.join(u','));
        };
        result.orphanedClients = names(inBuckets(orphanedBuckets));
        result.fallbackClients = names(inBuckets(fallbackBuckets));
        result.unaffectedClients
            = names(QStringLiteral("(os = 'win9x' AND %1) OR (%2)").arg(nonStale, inBuckets(unaffectedBuckets)));
        result.staleClients = names(QStringLiteral("last_refresh_at < %1").arg(staleBefore));
    }

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

    // Q237759: the safe way is a new account now and the old one removed at its Rule 1 safe time.
    result.addNewAccountAt = request.at;
    TransitionRequest alternative;
    alternative.site = request.site;
    alternative.kind = TransitionKind::Account;
    alternative.retire = {request.account};
    alternative.add = {tr("(new account)")};
    alternative.start = request.at;
    alternative.timing = request.timing;
    alternative.timing.margin = 0;
    alternative.listLimit = 0;
    alternative.withFlags = false;
    const std::optional<TransitionPlan> safer = TransitionPlanner(m_inventory).plan(alternative, error);
    result.removeOldAt = safer && safer->safeRemoval ? *safer->safeRemoval : request.at + request.timing.propagation;

    // Rotation: a new account every third of the maximum password age, with enough accounts
    // valid to cover the longest transition window.
    result.cadenceDays = facts->domain.maxPasswordAgeDays / 3;
    QSqlQuery longest = m_inventory.prepare(QStringLiteral(
        "SELECT max(p.max_offline_hours), max(c.profile IS NULL) FROM (SELECT DISTINCT profile FROM clients "
        "WHERE site = ? AND os <> 'win9x') c LEFT JOIN profiles p ON p.name = c.profile"));
    longest.addBindValue(request.site);
    qint64 longestOffline = 0;
    if (longest.exec() && longest.next()) {
        // Clients without a profile are planned with the longest disconnection of all.
        longestOffline
            = longest.value(1).toBool() ? facts->longestOffline : qRound64(longest.value(0).toDouble() * UtcTime::Hour);
    }
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
