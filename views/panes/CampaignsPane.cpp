#include "CampaignsPane.h"

#include "item/PaneTables.h"
#include "item/QueryTableModel.h"

#include <QCoreApplication>
#include <QLabel>
#include <QMenu>
#include <QSplitter>
#include <QVBoxLayout>

CampaignsPane::CampaignsPane(const Inventory& inventory, QWidget* parent)
    : TablePane(-1, tr("Campaigns"), PaneTables::campaigns(inventory, nullptr), nullptr, parent)
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

QWidget* CampaignsPane::belowPlans(QWidget* plans, CampaignsPane* campaigns)
{
    auto* split = new QSplitter(Qt::Vertical);
    split->setObjectName(QStringLiteral("plansAndCampaigns"));
    split->addWidget(plans);
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 4, 0, 0);
    auto* title = new QLabel(QCoreApplication::translate("MainWindow", "Campaigns"));
    title->setBuddy(campaigns);
    layout->addWidget(title);
    layout->addWidget(campaigns);
    split->addWidget(box);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setFocusProxy(plans);
    return split;
}
