#include "CampaignsPane.h"

#include "item/QueryTableModel.h"

#include <QMenu>

namespace {
QueryTableModel* campaignsModel(const Inventory& inventory, QObject* parent)
{
    using Format = QueryTableModel::Format;
    const QString ofCampaign = QStringLiteral("FROM campaign_sites s WHERE s.campaign = t.id");
    return new QueryTableModel(inventory, QStringLiteral("campaigns t"), QStringLiteral("t.id"),
        {{CampaignsPane::tr("Campaign"), QStringLiteral("t.id"), Format::Number},
            {CampaignsPane::tr("Name"), QStringLiteral("t.name")},
            {CampaignsPane::tr("Sites"), QStringLiteral("(SELECT count(*) %1)").arg(ofCampaign), Format::Number},
            {CampaignsPane::tr("Waves"), QStringLiteral("(SELECT count(DISTINCT s.wave) %1)").arg(ofCampaign),
                Format::Number},
            {CampaignsPane::tr("First start"), QStringLiteral("(SELECT min(s.planned_start_at) %1)").arg(ofCampaign),
                Format::Time},
            {CampaignsPane::tr("End when saved"), QStringLiteral("t.end_at"), Format::Time},
            {CampaignsPane::tr("Saved"), QStringLiteral("t.created_at"), Format::Time}},
        parent);
}
} // namespace

CampaignsPane::CampaignsPane(const Inventory& inventory, QWidget* parent)
    : TablePane(-1, tr("Campaigns"), campaignsModel(inventory, nullptr), nullptr, parent)
{
    setObjectName(QStringLiteral("campaignsPane"));
    connect(this, &TablePane::rowActivated, this, [this](int row) { emit openRequested(campaignAt(row)); });
    setPlaceholderText(tr("No saved campaigns. Choose Plan > New Campaign (Ctrl+Shift+T) to plan one transition "
                          "across many sites; its view saves it here."));
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        const QModelIndex index = indexAt(at);
        if (!index.isValid())
            return;
        const qint64 id = campaignAt(index.row());
        QMenu menu(this);
        menu.addAction(tr("&Open, recomputed"), this, [this, id] { emit openRequested(id); });
        menu.addAction(tr("&Delete"), this, [this, id] { emit deleteRequested(id); });
        menu.exec(viewport()->mapToGlobal(at));
    });
}

qint64 CampaignsPane::campaignAt(int row) const
{
    return tableModel()->index(row, 0).data(QueryTableModel::RawRole).toLongLong();
}
