#pragma once

#include <QStringList>
#include <QTreeView>
#include <utility>

class Inventory;
class SiteTreeModel;
struct TableSpec;

// The site hierarchy docked beside the panes: choosing a domain or site scopes them; its context
// menu adds, edits and deletes domains and sites (through the window's editing, by signal).
class SiteTreePane final : public QTreeView
{
    Q_OBJECT
public:
    explicit SiteTreePane(QWidget* parent = nullptr);

    // Selects "all sites" and reads the inventory's sites in the background.
    void setInventory(const Inventory& inventory);
    // Reads the sites again in the background, keeping the selected site or domain and what is
    // collapsed when they are still there.
    void reload();
    // An empty code selects "all sites". While the sites are still being read, the site's scope
    // applies at once and the site is selected when they arrive.
    void selectSite(const QString& code);
    SiteTreeModel* siteModel() const { return m_sites; }
    // The selected site or domain as a table and key; no table for "all sites".
    std::pair<const TableSpec*, QStringList> currentItem() const;

signals:
    void scopeChanged(const QStringList& sites);
    // An empty key adds a row.
    void editRequested(const TableSpec* spec, const QStringList& key);
    void deleteRequested(const TableSpec* spec, const QStringList& key);

private:
    void remember();
    void restore();

    SiteTreeModel* m_sites = nullptr;
    // Across a reset: the selected item, the collapsed ones, a site asked for while loading.
    int m_kind = 0;
    QString m_code;
    QStringList m_collapsed;
    QString m_pendingSite;
    QStringList m_scopeBefore;
    bool m_restoring = false;
};
