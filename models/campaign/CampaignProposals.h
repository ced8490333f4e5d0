#pragma once

#include "Campaign.h"

#include <QStringList>
#include <optional>

class Inventory;

// Campaigns for the common cases (issue 19), to edit before they are planned. The sites come from
// the site tree: a domain's sites, or a site and every site below it.
namespace CampaignProposals {
struct Proposal
{
    Campaign campaign;
    QStringList skipped; // "S2: no CAP added since 2027-01-01": sites left out, and why
};

// The site codes of a domain, or of the branch under `root` (itself included), in code order.
std::optional<QStringList> sitesOfDomain(const Inventory& inventory, const QString& domain, QString* error);
std::optional<QStringList> sitesOfBranch(const Inventory& inventory, const QString& root, QString* error);

// Replace every CAP of each site that is live at `start` and was added before `since` with the
// CAPs added since `since` that are live at `start`.
std::optional<Proposal> replaceCaps(
    const Inventory& inventory, const QStringList& sites, qint64 since, qint64 start, QString* error);
// Rotate each site's connection account: retire its accounts live at `start`, add the one named by
// `pattern` with {site} replaced by the site code (e.g. SMSClient_{site}_2027).
std::optional<Proposal> rotateAccounts(
    const Inventory& inventory, const QStringList& sites, const QString& pattern, qint64 start, QString* error);
} // namespace CampaignProposals
