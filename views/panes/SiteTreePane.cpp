#include "SiteTreePane.h"

#include "item/SiteTreeModel.h"
#include "store/TableSpec.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QMenu>
#include <functional>

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
    m_pendingSite.clear();
    m_collapsed.clear();
    m_sites = new SiteTreeModel(inventory, this, SiteTreeModel::Load::InBackground);
    setModel(m_sites);
    connect(m_sites, &QAbstractItemModel::modelAboutToBeReset, this, &SiteTreePane::remember);
    connect(m_sites, &QAbstractItemModel::modelReset, this, &SiteTreePane::restore);
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& index) {
        const QStringList scope = m_sites->scope(index);
        // Selecting the same item again after a reload tells nothing new: the panes stay.
        if (!(m_restoring && scope == m_scopeBefore))
            emit scopeChanged(scope);
    });
    expandAll();
    setCurrentIndex(m_sites->index(0, 0));
}

void SiteTreePane::reload()
{
    if (m_sites)
        m_sites->reload(SiteTreeModel::Load::InBackground);
}

void SiteTreePane::remember()
{
    m_kind = currentIndex().data(SiteTreeModel::KindRole).toInt();
    m_code = currentIndex().data(SiteTreeModel::CodeRole).toString();
    m_scopeBefore = m_pendingSite.isEmpty() ? m_sites->scope(currentIndex()) : QStringList {m_pendingSite};
    m_collapsed.clear();
    const std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
        for (int row = 0; row < m_sites->rowCount(parent); ++row) {
            const QModelIndex child = m_sites->index(row, 0, parent);
            if (m_sites->rowCount(child) == 0)
                continue;
            if (!isExpanded(child))
                m_collapsed << QString::number(child.data(SiteTreeModel::KindRole).toInt()) + u':'
                        + child.data(SiteTreeModel::CodeRole).toString();
            walk(child);
        }
    };
    walk({});
}

void SiteTreePane::restore()
{
    expandAll();
    for (const QString& item : std::as_const(m_collapsed)) {
        const auto kind = static_cast<SiteTreeModel::Kind>(item.section(u':', 0, 0).toInt());
        collapse(m_sites->find(kind, item.section(u':', 1)));
    }
    QModelIndex again = m_sites->find(static_cast<SiteTreeModel::Kind>(m_kind), m_code);
    if (!m_pendingSite.isEmpty()) {
        again = m_sites->siteIndex(m_pendingSite);
        m_pendingSite.clear();
    }
    m_restoring = true;
    setCurrentIndex(again.isValid() ? again : m_sites->index(0, 0));
    m_restoring = false;
    setToolTip(m_sites->error());
}

void SiteTreePane::selectSite(const QString& code)
{
    if (!m_sites)
        return;
    const QModelIndex index = code.isEmpty() ? m_sites->index(0, 0) : m_sites->siteIndex(code);
    if (index.isValid()) {
        // The scope told for a site asked for while loading is replaced, even by the same item.
        const bool told = !m_pendingSite.isEmpty();
        m_pendingSite.clear();
        if (index != currentIndex())
            setCurrentIndex(index);
        else if (told)
            emit scopeChanged(m_sites->scope(index));
    } else if (m_sites->isLoading()) {
        m_pendingSite = code;
        emit scopeChanged({code});
    }
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
