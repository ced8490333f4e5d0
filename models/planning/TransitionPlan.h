#pragma once

#include "RemovalDeadline.h"
#include "TimingParameters.h"
#include "domain/Enums.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// What the administrator asks: replace these CAPs or accounts of a site, starting at a time.
struct TransitionRequest
{
    QString site;
    TransitionKind kind = TransitionKind::Cap;
    QStringList retire;
    QStringList add;
    qint64 start = 0;
    std::optional<qint64> proposedRemoval;
    TimingParameters timing;
    LoadParameters load;
    // How many names each list holds at most (counts are always complete); -1 for all.
    int listLimit = -1;
    // Only the counts and the safe time, without the Rule 2 and 4 flags.
    bool withFlags = true;
    // What-if disconnection periods for this plan only (profile name to seconds); the inventory
    // keeps its own. A profile's blackouts here replace the inventory's for this plan. Saved with
    // the plan (PlanStore).
    QHash<QString, qint64> maxOfflineOverrides;
    QHash<QString, QList<Blackout>> blackoutOverrides;
};

struct PlanCounts
{
    qint64 inScope = 0;
    qint64 pending = 0; // = exposed + covered
    qint64 exposed = 0; // RULES.md R1.4: pending clients that know no item that stays
    qint64 covered = 0; // pending clients that know an item that stays: never at risk
    qint64 confirmed = 0;
    qint64 stale = 0;
    qint64 unaffected = 0;
    qint64 atRisk = 0; // exposed clients whose deadline passes the proposed removal
    qint64 upgradeBlocked = 0; // distinct pending clients blocked at one logon point or more
};

struct ProfileDeadline
{
    std::optional<QString> name; // nothing for clients without a profile
    qint64 clients = 0; // pending clients
    qint64 exposed = 0; // of them exposed: only these hold the safe time back
    qint64 deadline = 0;
};

// A pending client that knows an item that stays (RULES.md R1.4).
struct CoveredClient
{
    QString client;
    std::optional<QString> profile;
};

struct AtRiskClient
{
    QString client;
    std::optional<QString> profile;
    qint64 deadline = 0;
};

struct UpgradeBlock
{
    QString client;
    QString clientVersion;
    QString logonPoint;
    QString logonPointVersion;
};

struct LogonPointAssignment
{
    QString logonPoint;
    QString site;
    QString siteVersion;
    QString newestVersion;
};

struct LicenceWarning
{
    QString cap;
    int licenses = 0;
    qint64 expectedConnections = 0;
};

struct NoAutomaticRecovery
{
    QString client;
    QString reason; // no-logon-installation, upgrade-blocked, push-installed, unknown-install-method
};

struct PlanWarning
{
    QString code;
    QString message;
};

struct TransitionPlan
{
    TransitionRequest request;
    std::optional<qint64> safeRemoval; // nothing when no time is safe
    bool orphansAll = false;
    PlanCounts counts;
    QList<ProfileDeadline> profiles;
    QList<AtRiskClient> atRisk; // exposed clients only
    QList<CoveredClient> covered;
    QStringList stayingItems; // the items that stay usable: why the covered clients are safe
    QList<UpgradeBlock> upgradeBlocks; // (client, logon point) pairs
    qint64 upgradeBlockCount = 0; // distinct clients, as counts.upgradeBlocked
    QList<LogonPointAssignment> logonPointAssignment;
    QList<LicenceWarning> licenceWarnings;
    QList<NoAutomaticRecovery> noAutomaticRecovery;
    qint64 noAutomaticRecoveryCount = 0;
    QList<PlanWarning> warnings;
};
