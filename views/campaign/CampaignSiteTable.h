#pragma once

#include "CampaignRows.h"

class QTableWidget;
struct CampaignDifference;

// The campaign view's table of sites: one row per site with its wave, dates, counts and flags, and,
// for a reopened campaign (`differences` given), what changed since it was saved.
namespace CampaignSiteTable {
void fill(QTableWidget* table, const QList<CampaignViewRow>& rows, const QList<CampaignDifference>* differences);
} // namespace CampaignSiteTable
