#pragma once

#include <QAbstractItemModel>
#include <QStringList>
#include <memory>
#include <vector>

class Inventory;

// The site hierarchy: every site, under its domain, under its parent site when the parent is in
// the same domain. The root item "All sites" scopes nothing out.
class SiteTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class Kind { All, Domain, Site };
    static constexpr int CodeRole = Qt::UserRole; // site code or domain name
    static constexpr int KindRole = Qt::UserRole + 1; // Kind as int
    static constexpr int ClientsRole = Qt::UserRole + 2; // a site's own clients; a domain's all
    static constexpr int ClientsWithChildSitesRole = Qt::UserRole + 3; // with the child sites' clients

    explicit SiteTreeModel(const Inventory& inventory, QObject* parent = nullptr);
    ~SiteTreeModel() override;

    void reload();
    // The sites an item stands for: empty for All, every site of a domain, one site.
    QStringList scope(const QModelIndex& index) const;
    QModelIndex siteIndex(const QString& code) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node;
    Node* nodeOf(const QModelIndex& index) const;
    static bool hasChildSites(const Node* node);
    QModelIndex indexOf(Node* node) const;

    const Inventory& m_inventory;
    std::unique_ptr<Node> m_root;
};
