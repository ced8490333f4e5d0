#pragma once

#include "planning/TransitionPlan.h"

#include <QList>
#include <QString>
#include <functional>
#include <optional>

class Inventory;

// One transition across many sites (issue 19): each site is planned by TransitionPlanner, and
// every figure here is a site plan's own figure, summed or taken at its latest, never recomputed.

// One row of a campaign: a site's transition request and the wave it belongs to.
struct CampaignSite
{
    // Its site, kind, retired and added names, per-plan overrides; `start` is the site's own
    // start: the site never starts earlier, but a later wave may hold it back (effectiveStart).
    TransitionRequest request;
    // Waves run in ascending number; the sites of one wave are planned together.
    int wave = 1;
    // Days after the previous wave's latest safe removal at which this site's wave starts. Every
    // row of a wave gives the same value (CampaignCsv checks it); ignored for the first wave.
    int offsetDays = 0;
};

struct Campaign
{
    QString name;
    QList<CampaignSite> sites;
};

// The flags a campaign sums, each taken from the plan (TransitionPlan), not recomputed.
struct CampaignFlags
{
    qint64 licenceShortfalls = 0; // CAPs short of licences: plan.licenceWarnings
    qint64 upgradeBlocked = 0; // clients blocked by a logon point: plan.counts.upgradeBlocked
    qint64 logonPointSites = 0; // (logon point, site) pairs that get no new clients: plan.logonPointAssignment
    qint64 noAutomaticRecovery = 0; // clients without automatic recovery: plan.noAutomaticRecoveryCount
    qint64 atRisk = 0; // exposed clients at risk for a proposed removal: plan.counts.atRisk

    static CampaignFlags of(const TransitionPlan& plan);
    CampaignFlags& operator+=(const CampaignFlags& other);
    bool any() const;
    bool operator==(const CampaignFlags&) const = default;
};

// A site of a planned campaign.
struct CampaignSiteResult
{
    CampaignSite site; // as asked
    qint64 start = 0; // the start it was planned with: its own, or later when its wave starts later
    std::optional<TransitionPlan> plan; // nothing when the planner refused it (`error`) or a wave before has no end
    QString error;
    CampaignFlags flags;

    // The plan's own figures, or nothing without a plan.
    std::optional<qint64> safeRemoval() const { return plan ? plan->safeRemoval : std::nullopt; }
};

struct CampaignWave
{
    int wave = 1;
    int offsetDays = 0;
    // The earliest start of its sites (each site's planned start), and its latest safe removal:
    // nothing when a site of the wave has no safe removal (or no plan).
    qint64 start = 0;
    std::optional<qint64> end;
    QList<int> sites; // indexes into CampaignResult::sites
};

struct CampaignResult
{
    QString name;
    QList<CampaignSiteResult> sites; // in the campaign's order
    QList<CampaignWave> waves; // in ascending wave number
    // The latest safe removal of all sites; nothing when any site has none.
    std::optional<qint64> end;
    CampaignFlags flags; // summed over the sites

    bool complete() const; // every site planned
    int failed() const; // sites without a plan
};

// Plans a campaign: the sites of one wave at once (on several connections of their own when the
// inventory is a file or a server location and `parallel` is set), waves in order, a wave's start
// the previous wave's end plus its offset.
class CampaignPlanner final
{
public:
    explicit CampaignPlanner(const Inventory& inventory);

    void setParallel(bool parallel) { m_parallel = parallel; }
    // Lists each plan holds at most (TransitionRequest::listLimit); -1 for all. Counts are complete.
    void setListLimit(int limit) { m_listLimit = limit; }

    CampaignResult plan(const Campaign& campaign) const;

    // The start a site of a later wave gets: the later of its own and its wave's start.
    static qint64 effectiveStart(qint64 ownStart, std::optional<qint64> waveStart);

private:
    const Inventory& m_inventory;
    bool m_parallel = true;
    int m_listLimit = -1;
};
