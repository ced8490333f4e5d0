#pragma once

#include "TransitionPlan.h"

#include <optional>

class ClientScan;
class Inventory;
struct SiteFacts;

// RULES.md R1, R2 and R4 for one site: every count, deadline and list comes from one pass
// over the site's covering index (ClientScan), so a million-client site plans at once.
class TransitionPlanner final
{
public:
    explicit TransitionPlanner(const Inventory& inventory);

    // Nothing, with *error set, when the request names an unknown site, retires an item that is
    // not live at the site at the start, or adds one the inventory holds that is not live then
    // (RULES.md R1.9). Names ignore case; the plan spells them as the inventory does.
    std::optional<TransitionPlan> plan(const TransitionRequest& request, QString* error) const;

private:
    bool checkRequest(const TransitionRequest& request, const SiteFacts& facts, QString* error) const;
    // `longestOffline`: the largest D after the plan's overrides, given to clients without a profile.
    void classify(const TransitionRequest& request, const SiteFacts& facts, const ClientScan& scan,
        qint64 longestOffline, TransitionPlan& plan) const;
    void flagUpgradeBlocks(const SiteFacts& facts, const ClientScan& scan, TransitionPlan& plan) const;
    void flagLicences(const SiteFacts& facts, TransitionPlan& plan) const;

    const Inventory& m_inventory;
};
