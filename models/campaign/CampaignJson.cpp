#include "CampaignJson.h"

#include "Campaign.h"
#include "domain/UtcTime.h"
#include "planning/PlanJson.h"

#include <QJsonArray>

namespace {
QJsonValue time(const std::optional<qint64>& seconds)
{
    return seconds ? QJsonValue(UtcTime::format(*seconds)) : QJsonValue(QJsonValue::Null);
}
} // namespace

namespace CampaignJson {
QJsonObject flags(const CampaignFlags& f)
{
    return {{QStringLiteral("licenceShortfalls"), f.licenceShortfalls},
        {QStringLiteral("upgradeBlocked"), f.upgradeBlocked}, {QStringLiteral("logonPointSites"), f.logonPointSites},
        {QStringLiteral("noAutomaticRecovery"), f.noAutomaticRecovery}, {QStringLiteral("atRisk"), f.atRisk}};
}

QJsonObject toJson(const CampaignResult& campaign)
{
    QJsonArray sites;
    for (const CampaignSiteResult& s : campaign.sites) {
        QJsonObject site {{QStringLiteral("site"), s.site.request.site},
            {QStringLiteral("kind"), Enums::name(s.site.request.kind)},
            {QStringLiteral("start"), UtcTime::format(s.start)}, {QStringLiteral("safeRemoval"), time(s.safeRemoval())},
            {QStringLiteral("wave"), s.site.wave}, {QStringLiteral("flags"), flags(s.flags)}};
        // The plan's own counts object, so the keys and values are those of `plan --json`.
        if (s.plan)
            site.insert(QStringLiteral("counts"), PlanJson::toJson(*s.plan).value(QStringLiteral("counts")));
        else
            site.insert(QStringLiteral("error"), s.error);
        sites.append(site);
    }
    QJsonArray waves;
    for (const CampaignWave& w : campaign.waves)
        waves.append(QJsonObject {{QStringLiteral("wave"), w.wave}, {QStringLiteral("offsetDays"), w.offsetDays},
            {QStringLiteral("start"), UtcTime::format(w.start)}, {QStringLiteral("end"), time(w.end)}});
    return {{QStringLiteral("name"), campaign.name}, {QStringLiteral("end"), time(campaign.end)},
        {QStringLiteral("flags"), flags(campaign.flags)}, {QStringLiteral("sites"), sites},
        {QStringLiteral("waves"), waves}};
}
} // namespace CampaignJson
