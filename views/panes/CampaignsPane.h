#pragma once

#include "TablePane.h"

class Inventory;

// The saved campaigns, below the saved plans in the Plans pane: double-click reopens one,
// recomputed against today's inventory (its view exports it); its context menu also deletes it.
// A campaign spans sites, so the site tree's scope does not filter them.
class CampaignsPane final : public TablePane
{
    Q_OBJECT
public:
    explicit CampaignsPane(const Inventory& inventory, QWidget* parent = nullptr);

    // The Plans pane's page: `plans` above, `campaigns` below under their title, in a splitter.
    static QWidget* belowPlans(QWidget* plans, CampaignsPane* campaigns);

    // The id of the campaign in `row`.
    qint64 campaignAt(int row) const;

signals:
    void openRequested(qint64 campaign);
    void deleteRequested(qint64 campaign);
};
