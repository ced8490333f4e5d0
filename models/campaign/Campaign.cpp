#include "Campaign.h"

#include "domain/UtcTime.h"
#include "planning/TransitionPlanner.h"
#include "store/Inventory.h"

#include <QCoreApplication>
#include <QMap>
#include <QtConcurrent>
#include <algorithm>

CampaignFlags CampaignFlags::of(const TransitionPlan& plan)
{
    CampaignFlags flags;
    flags.licenceShortfalls = plan.licenceWarnings.size();
    flags.upgradeBlocked = plan.counts.upgradeBlocked;
    flags.logonPointSites = plan.logonPointAssignment.size();
    flags.noAutomaticRecovery = plan.noAutomaticRecoveryCount;
    flags.atRisk = plan.counts.atRisk;
    return flags;
}

CampaignFlags& CampaignFlags::operator+=(const CampaignFlags& other)
{
    licenceShortfalls += other.licenceShortfalls;
    upgradeBlocked += other.upgradeBlocked;
    logonPointSites += other.logonPointSites;
    noAutomaticRecovery += other.noAutomaticRecovery;
    atRisk += other.atRisk;
    return *this;
}

bool CampaignFlags::any() const
{
    return licenceShortfalls + upgradeBlocked + logonPointSites + noAutomaticRecovery + atRisk > 0;
}

bool CampaignResult::complete() const
{
    return failed() == 0;
}

int CampaignResult::failed() const
{
    return int(std::count_if(sites.cbegin(), sites.cend(), [](const CampaignSiteResult& s) { return !s.plan; }));
}

CampaignPlanner::CampaignPlanner(const Inventory& inventory)
    : m_inventory(inventory)
{
}

qint64 CampaignPlanner::effectiveStart(qint64 ownStart, std::optional<qint64> waveStart)
{
    return waveStart ? std::max(ownStart, *waveStart) : ownStart;
}

namespace {
void planOne(const Inventory& inventory, CampaignSiteResult& site)
{
    TransitionRequest request = site.site.request;
    request.start = site.start;
    QString error;
    site.plan = TransitionPlanner(inventory).plan(request, &error);
    if (site.plan)
        site.flags = CampaignFlags::of(*site.plan);
    else
        site.error = error;
}
} // namespace

CampaignResult CampaignPlanner::plan(const Campaign& campaign) const
{
    CampaignResult result;
    result.name = campaign.name;
    QMap<int, CampaignWave> waves;
    for (int i = 0; i < campaign.sites.size(); ++i) {
        const CampaignSite& site = campaign.sites.at(i);
        CampaignSiteResult planned;
        planned.site = site;
        planned.site.request.listLimit = m_listLimit;
        planned.start = site.request.start;
        result.sites << planned;
        CampaignWave& wave = waves[site.wave];
        if (wave.sites.isEmpty()) {
            wave.wave = site.wave;
            wave.offsetDays = site.offsetDays;
        }
        wave.sites << i;
    }

    // A wave's sites are independent of each other: plan them at once, each on a connection of
    // its own (a Qt SQL connection serves one thread). An in-memory inventory has no second
    // connection, so it plans them one after another.
    const bool parallel = m_parallel && !m_inventory.path().isEmpty() && QThread::idealThreadCount() > 1;
    std::optional<qint64> previousEnd;
    bool first = true;
    for (CampaignWave& wave : waves) {
        std::optional<qint64> waveStart;
        if (!first) {
            if (!previousEnd) {
                for (int i : std::as_const(wave.sites))
                    result.sites[i].error = QCoreApplication::translate(
                        "Campaign", "not planned: a wave before wave %1 has no safe removal time")
                                                .arg(wave.wave);
                wave.start = 0;
                wave.end.reset();
                first = false;
                continue;
            }
            waveStart = *previousEnd + qint64(wave.offsetDays) * UtcTime::Day;
        }
        for (int i : std::as_const(wave.sites))
            result.sites[i].start = effectiveStart(result.sites[i].site.request.start, waveStart);
        if (parallel && wave.sites.size() > 1) {
            // One connection per worker, not per site: opening one costs more than planning a small site.
            const int workers = std::min(int(wave.sites.size()), QThread::idealThreadCount());
            QList<QList<int>> shares(workers);
            for (int k = 0; k < wave.sites.size(); ++k)
                shares[k % workers] << wave.sites.at(k);
            const QString path = m_inventory.path();
            QtConcurrent::blockingMap(shares, [&result, &path](const QList<int>& share) {
                Inventory own;
                QString error;
                if (!own.openExisting(path, &error)) {
                    for (int i : share)
                        result.sites[i].error = error;
                    return;
                }
                for (int i : share)
                    planOne(own, result.sites[i]);
            });
        } else {
            for (int i : std::as_const(wave.sites))
                planOne(m_inventory, result.sites[i]);
        }

        wave.start = result.sites.at(wave.sites.constFirst()).start;
        wave.end.reset();
        bool ended = true;
        for (int i : std::as_const(wave.sites)) {
            const CampaignSiteResult& site = result.sites.at(i);
            wave.start = std::min(wave.start, site.start);
            const auto removal = site.safeRemoval();
            if (!removal)
                ended = false;
            else if (!wave.end || *removal > *wave.end)
                wave.end = removal;
        }
        if (!ended)
            wave.end.reset();
        previousEnd = wave.end;
        first = false;
    }

    bool ended = !result.sites.isEmpty();
    for (const CampaignSiteResult& site : std::as_const(result.sites)) {
        result.flags += site.flags;
        const auto removal = site.safeRemoval();
        if (!removal)
            ended = false;
        else if (!result.end || *removal > *result.end)
            result.end = removal;
    }
    if (!ended)
        result.end.reset();
    result.waves = waves.values();
    return result;
}
