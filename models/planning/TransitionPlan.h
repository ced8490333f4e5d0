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
    // keeps its own.
    QHash<QString, qint64> maxOfflineOverrides;
    QHash<QString, QList<Blackout>> blackoutOverrides;
};

struct PlanCounts
{
    qint64 inScope = 0;
    qint64 pending = 0;
    qint64 confirmed = 0;
    qint64 stale = 0;
    qint64 unaffected = 0;
    qint64 atRisk = 0;
};

struct ProfileDeadline
{
    std::optional<QString> name; // nothing for clients without a profile
    qint64 clients = 0; // pending clients
    qint64 deadline = 0;
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
    QString reason; // no-logon-installation, upgrade-blocked, push-installed
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
    QList<AtRiskClient> atRisk;
    QList<UpgradeBlock> upgradeBlocks;
    qint64 upgradeBlockCount = 0;
    QList<LogonPointAssignment> logonPointAssignment;
    QList<LicenceWarning> licenceWarnings;
    QList<NoAutomaticRecovery> noAutomaticRecovery;
    qint64 noAutomaticRecoveryCount = 0;
    QList<PlanWarning> warnings;
};
