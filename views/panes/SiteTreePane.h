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

    // Shows the inventory's sites and selects "all sites".
    void setInventory(const Inventory& inventory);
    // Reads the sites again, keeping the selected site when it is still there.
    void reload();
    void selectSite(const QString& code);
    // The selected site or domain as a table and key; no table for "all sites".
    std::pair<const TableSpec*, QStringList> currentItem() const;

signals:
    void scopeChanged(const QStringList& sites);
    // An empty key adds a row.
    void editRequested(const TableSpec* spec, const QStringList& key);
    void deleteRequested(const TableSpec* spec, const QStringList& key);

private:
    SiteTreeModel* m_sites = nullptr;
};
