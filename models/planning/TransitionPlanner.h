#pragma once

#include "TransitionPlan.h"

#include <optional>

class Inventory;
struct SiteFacts;

// Rules 1, 2 and 4 of DOMAIN.md for one site: counts and deadlines come from aggregate queries
// per profile, never from walking the clients one by one, so a million-client site plans at once.
class TransitionPlanner final
{
public:
    explicit TransitionPlanner(const Inventory& inventory);

    // Nothing, with *error set, when the request names an unknown site or an item that is not
    // live at the site at the start.
    std::optional<TransitionPlan> plan(const TransitionRequest& request, QString* error) const;

private:
    bool checkRequest(const TransitionRequest& request, const SiteFacts& facts, QString* error) const;
    void classify(const TransitionRequest& request, const SiteFacts& facts, TransitionPlan& plan) const;
    void listAtRisk(TransitionPlan& plan) const;
    void flagUpgradeBlocks(const SiteFacts& facts, TransitionPlan& plan) const;
    void flagLicences(const SiteFacts& facts, TransitionPlan& plan) const;
    void flagNoAutomaticRecovery(const SiteFacts& facts, TransitionPlan& plan) const;

    const Inventory& m_inventory;
};

// The SQL condition, over clients c, for a client that is pending in the plan; binds :start_p
// (S + P), :stale_before (S - 60 days) and, for account plans, excludes Windows 9x.
QString pendingCondition(TransitionKind kind);
