#pragma once

#include "Campaign.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

class Inventory;

struct SavedCampaignInfo
{
    qint64 id = 0;
    QString name;
    int sites = 0;
    std::optional<qint64> end; // as saved
    qint64 createdAt = 0;
};

// What a site had when its campaign was saved: the figures a reopened campaign is compared with.
struct SavedSiteFigures
{
    std::optional<qint64> start; // the start it was planned with
    std::optional<qint64> safeRemoval;
    QJsonObject counts; // `plan --json`'s counts
};

struct SavedCampaign
{
    qint64 id = 0;
    Campaign campaign;
    std::optional<qint64> end;
    QList<SavedSiteFigures> figures; // one per site, in order
};

// A difference between a saved campaign's figures and today's recomputation.
struct CampaignDifference
{
    QString site; // empty for the campaign's end
    QString what; // "start", "safeRemoval", "end", "plan", or a count key of `plan --json`
    QString before;
    QString after;
};

// Campaigns saved in the inventory (schema version 6: campaigns, campaign_sites). A campaign is
// saved with each site's request and its figures; reopening it plans it again against today's
// inventory (CampaignPlanner) and differences() says what moved.
class CampaignStore final
{
public:
    explicit CampaignStore(const Inventory& inventory);

    // Saves under the campaign's name, replacing a saved campaign of that name.
    std::optional<qint64> save(const CampaignResult& campaign, QString* error) const;
    std::optional<QList<SavedCampaignInfo>> list(QString* error) const;
    std::optional<SavedCampaign> load(qint64 id, QString* error) const;
    std::optional<qint64> idOf(const QString& name, QString* error) const;
    bool remove(qint64 id, QString* error) const;

    static QList<CampaignDifference> differences(const SavedCampaign& saved, const CampaignResult& now);

private:
    const Inventory& m_inventory;
};
