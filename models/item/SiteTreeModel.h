#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QStringList>
#include <memory>
#include <vector>

class BackgroundTask;
class Inventory;

// The site hierarchy: every site, under its domain, under its parent site when the parent is in
// the same domain. The root item "All sites" scopes nothing out.
// The rows can be read on a connection of their own (a count over every client, a scan at a
// million): until they first arrive the tree holds only "All sites", then the old tree stays until
// the new one replaces it.
class SiteTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class Kind { All, Domain, Site };
    enum class Load { Now, InBackground };
    // What the tree is built from, read on any thread.
    struct Rows
    {
        struct Site
        {
            QString code, name, parent, domain;
        };
        QHash<QString, qint64> clients; // by site
        QStringList domains;
        QList<Site> sites;
        QString error; // the first read that failed; the rows read before it are kept
    };
    static constexpr int CodeRole = Qt::UserRole; // site code or domain name
    static constexpr int KindRole = Qt::UserRole + 1; // Kind as int
    static constexpr int ClientsRole = Qt::UserRole + 2; // a site's own clients; a domain's all
    static constexpr int ClientsWithChildSitesRole = Qt::UserRole + 3; // with the child sites' clients

    // Load::Now reads the rows before returning; Load::InBackground starts reading them.
    explicit SiteTreeModel(const Inventory& inventory, QObject* parent = nullptr, Load load = Load::Now);
    ~SiteTreeModel() override;

    static Rows read(const Inventory& inventory);
    void setRows(const Rows& rows);
    // Reads the rows again, now or in the background (a newer read supersedes an older one).
    void reload(Load load = Load::Now);
    bool isLoading() const;
    // Spins the event loop until the latest read has arrived; false on timeout (tests).
    bool waitForIdle(int timeoutMs = 60000);
    // Why the last read failed; empty when it did not.
    QString error() const { return m_error; }
    // The domain or site item with this code (the "All sites" item for Kind::All).
    QModelIndex find(Kind kind, const QString& code) const;
    // The sites an item stands for: empty for All, every site of a domain, one site.
    QStringList scope(const QModelIndex& index) const;
    QModelIndex siteIndex(const QString& code) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loadingChanged(bool loading);

private:
    struct Node;
    Node* nodeOf(const QModelIndex& index) const;
    static bool hasChildSites(const Node* node);
    QModelIndex indexOf(Node* node) const;

    const Inventory& m_inventory;
    std::unique_ptr<Node> m_root;
    QString m_error;
    BackgroundTask* m_task;
    bool m_loaded = false;
};
