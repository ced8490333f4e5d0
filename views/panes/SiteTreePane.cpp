#include "SiteTreePane.h"

#include "item/SiteTreeModel.h"
#include "store/TableSpec.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QMenu>

SiteTreePane::SiteTreePane(QWidget* parent)
    : QTreeView(parent)
{
    setObjectName(QStringLiteral("siteTree"));
    setAccessibleName(QCoreApplication::translate("MainWindow", "Site hierarchy"));
    setHeaderHidden(true);
    // Long labels ("CEN – Central (8,119; 16,991 with child sites)") scroll rather than lose their counts.
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        QMenu menu(this);
        const auto [spec, key] = currentItem();
        const TableSpec* domains = TableSpecs::find(QStringLiteral("domains"));
        const TableSpec* sites = TableSpecs::find(QStringLiteral("sites"));
        menu.addAction(QCoreApplication::translate("MainWindow", "Add &Domain\u2026"), this,
            [this, domains] { emit editRequested(domains, {}); });
        menu.addAction(QCoreApplication::translate("MainWindow", "Add &Site\u2026"), this,
            [this, sites] { emit editRequested(sites, {}); });
        if (spec) {
            menu.addSeparator();
            menu.addAction(QCoreApplication::translate("MainWindow", "&Edit %1\u2026").arg(key.first()), this,
                [this, spec = spec, key = key] { emit editRequested(spec, key); });
            menu.addAction(QCoreApplication::translate("MainWindow", "De&lete %1").arg(key.first()), this,
                [this, spec = spec, key = key] { emit deleteRequested(spec, key); });
        }
        menu.exec(viewport()->mapToGlobal(at));
    });
}

void SiteTreePane::setInventory(const Inventory& inventory)
{
    delete m_sites;
    m_sites = new SiteTreeModel(inventory, this);
    setModel(m_sites);
    expandAll();
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex& index) { emit scopeChanged(m_sites->scope(index)); });
    setCurrentIndex(m_sites->index(0, 0));
}

void SiteTreePane::reload()
{
    if (!m_sites)
        return;
    const QString code = currentIndex().data(SiteTreeModel::CodeRole).toString();
    const int kind = currentIndex().data(SiteTreeModel::KindRole).toInt();
    m_sites->reload();
    expandAll();
    const QModelIndex again = kind == int(SiteTreeModel::Kind::Site) ? m_sites->siteIndex(code) : QModelIndex();
    setCurrentIndex(again.isValid() ? again : m_sites->index(0, 0));
}

void SiteTreePane::selectSite(const QString& code)
{
    const QModelIndex index = m_sites ? m_sites->siteIndex(code) : QModelIndex();
    if (index.isValid())
        setCurrentIndex(index);
}

std::pair<const TableSpec*, QStringList> SiteTreePane::currentItem() const
{
    const QModelIndex index = currentIndex();
    const auto kind = static_cast<SiteTreeModel::Kind>(index.data(SiteTreeModel::KindRole).toInt());
    const QString code = index.data(SiteTreeModel::CodeRole).toString();
    if (!index.isValid() || kind == SiteTreeModel::Kind::All)
        return {nullptr, {}};
    return {TableSpecs::find(kind == SiteTreeModel::Kind::Site ? QStringLiteral("sites") : QStringLiteral("domains")),
        {code}};
}
