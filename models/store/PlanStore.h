#pragma once

#include "planning/TransitionPlan.h"

#include <QVariantList>
#include <optional>

class Inventory;

// Saved plans: the request (with its per-plan profile overrides) and the safe time it had when
// saved, so that reopening one recomputes the same plan and can show
// what changed since in the inventory.
class PlanStore final
{
public:
    explicit PlanStore(const Inventory& inventory);

    std::optional<qint64> save(const TransitionPlan& plan, QString* error) const;
    std::optional<TransitionRequest> load(qint64 id, std::optional<qint64>* savedSafeRemoval, QString* error) const;

    // Deletes a saved plan and returns its stored row, so that an undo can put it back.
    std::optional<QVariantList> remove(qint64 id, QString* error) const;
    bool restore(const QVariantList& row, QString* error) const;
    // After plans were written with ids of their own (restored, copied): new plans number on from
    // the largest. Only PostgreSQL's identity needs telling; SQLite takes max(id) + 1 itself.
    bool continueIds(QString* error) const;

    // The `parameters` JSON of a saved request: timing, load and the per-plan overrides (also what
    // a saved campaign keeps per site).
    static QString parametersJson(const TransitionRequest& request);
    static void readParameters(const QString& json, TransitionRequest& request);

private:
    const Inventory& m_inventory;
};
