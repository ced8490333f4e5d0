#pragma once

#include <QJsonObject>

struct CampaignFlags;
struct CampaignResult;

// The JSON of `capplanner campaign --json`: name, end, sites[{site, kind, start, safeRemoval,
// counts, flags}], waves[{wave, start, end}]; times and counts exactly as `plan --json` writes them
// (PlanJson).
namespace CampaignJson {
QJsonObject toJson(const CampaignResult& campaign);
QJsonObject flags(const CampaignFlags& flags);
} // namespace CampaignJson
