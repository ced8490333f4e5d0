#include "SiteTreeModel.h"

#include "store/Inventory.h"
#include "task/BackgroundTask.h"

#include <QHash>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <functional>

struct SiteTreeModel::Node
{
    Kind kind = Kind::All;
    QString code;
    QString label;
    qint64 clients = 0; // a site's own; a domain's and All's: every site in them
    qint64 withChildSites = 0; // a site's own and its child sites'
    Node* parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    QStringList domainSites; // for a domain: every site in it

    Node* add(std::unique_ptr<Node> child)
    {
        child->parent = this;
        children.push_back(std::move(child));
        return children.back().get();
    }
    int row() const
    {
        if (!parent)
            return 0;
        for (std::size_t i = 0; i < parent->children.size(); ++i) {
            if (parent->children[i].get() == this)
                return static_cast<int>(i);
        }
        return 0;
    }
};

namespace {
int clamp(qint64 count)
{
    return static_cast<int>(std::min<qint64>(count, INT_MAX));
}
} // namespace

bool SiteTreeModel::hasChildSites(const Node* node)
{
    if (node->kind != Kind::Site)
        return false;
    return std::any_of(
        node->children.cbegin(), node->children.cend(), [](const auto& child) { return child->kind == Kind::Site; });
}

SiteTreeModel::SiteTreeModel(const Inventory& inventory, QObject* parent, Load load)
    : QAbstractItemModel(parent)
    , m_inventory(inventory)
    , m_task(new BackgroundTask(this))
{
    connect(m_task, &BackgroundTask::busyChanged, this, &SiteTreeModel::loadingChanged);
    // "All sites" from the start, so that it can be selected before the rows arrive.
    setRows({});
    m_loaded = false;
    reload(load);
}

SiteTreeModel::~SiteTreeModel() = default;

SiteTreeModel::Rows SiteTreeModel::read(const Inventory& inventory)
{
    Rows rows;
    const auto run = [&rows](QSqlQuery& query) {
        if (query.exec())
            return true;
        if (rows.error.isEmpty())
            rows.error = Inventory::explain(query.lastError());
        return false;
    };
    QSqlQuery query = inventory.prepare(QStringLiteral("SELECT site, count(*) FROM clients GROUP BY site"));
    if (run(query)) {
        while (query.next())
            rows.clients.insert(query.value(0).toString(), query.value(1).toLongLong());
    }
    query = inventory.prepare(QStringLiteral("SELECT name FROM domains ORDER BY name"));
    if (run(query)) {
        while (query.next())
            rows.domains << query.value(0).toString();
    }
    query = inventory.prepare(QStringLiteral("SELECT code, name, parent, domain FROM sites ORDER BY code"));
    if (run(query)) {
        while (query.next())
            rows.sites << Rows::Site {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                query.value(3).toString()};
    }
    return rows;
}

void SiteTreeModel::reload(Load load)
{
    if (load == Load::Now) {
        m_task->cancel();
        setRows(read(m_inventory));
        return;
    }
    m_task->start([this, path = m_inventory.path()](TaskControl& control) -> BackgroundTask::Delivery {
        Inventory inventory;
        Rows rows;
        if (!inventory.open(path, &rows.error, false) || control.isCanceled())
            return [this, rows] { setRows(rows); };
        rows = read(inventory);
        if (control.isCanceled())
            return {};
        return [this, rows = std::move(rows)] { setRows(rows); };
    });
}

bool SiteTreeModel::isLoading() const
{
    return m_task->isBusy();
}

bool SiteTreeModel::waitForIdle(int timeoutMs)
{
    return m_task->waitForIdle(timeoutMs);
}

void SiteTreeModel::setRows(const Rows& rows)
{
    beginResetModel();
    m_loaded = true;
    m_error = rows.error;
    const QHash<QString, qint64>& counts = rows.clients;
    // An invisible root holding the one visible "All sites" item.
    m_root = std::make_unique<Node>();
    auto all = std::make_unique<Node>();
    all->kind = Kind::All;
    all->label = tr("All sites");
    Node* allNode = m_root->add(std::move(all));

    QHash<QString, Node*> domains;
    for (const QString& name : rows.domains) {
        auto domain = std::make_unique<Node>();
        domain->kind = Kind::Domain;
        domain->code = name;
        domain->label = tr("Domain %1").arg(name);
        domains.insert(name, allNode->add(std::move(domain)));
    }
    using SiteRow = Rows::Site;
    const QList<SiteRow>& sites = rows.sites;
    QHash<QString, const SiteRow*> byCode;
    for (const SiteRow& s : std::as_const(sites))
        byCode.insert(s.code, &s);
    // Place parents before children: repeat until every site has found its place.
    QHash<QString, Node*> placed;
    bool progress = true;
    while (placed.size() < sites.size() && progress) {
        progress = false;
        for (const SiteRow& s : std::as_const(sites)) {
            if (placed.contains(s.code))
                continue;
            const SiteRow* parentRow = byCode.value(s.parent);
            Node* under = nullptr;
            if (parentRow && parentRow->domain == s.domain && !s.parent.isEmpty()) {
                under = placed.value(s.parent);
                if (!under)
                    continue; // the parent is placed in a later round
            } else {
                under = domains.value(s.domain, allNode);
            }
            auto node = std::make_unique<Node>();
            node->kind = Kind::Site;
            node->code = s.code;
            node->clients = counts.value(s.code);
            node->label = s.name.isEmpty() ? s.code : QStringLiteral("%1 \u2013 %2").arg(s.code, s.name);
            Node* added = under->add(std::move(node));
            placed.insert(s.code, added);
            if (Node* domain = domains.value(s.domain))
                domain->domainSites << s.code;
            progress = true;
        }
    }
    // A parent cycle would leave sites unplaced: show them under their domain.
    for (const SiteRow& s : std::as_const(sites)) {
        if (!placed.contains(s.code)) {
            auto node = std::make_unique<Node>();
            node->kind = Kind::Site;
            node->code = s.code;
            node->clients = counts.value(s.code);
            node->label = s.code;
            Node* added = domains.value(s.domain, allNode)->add(std::move(node));
            placed.insert(s.code, added);
        }
    }
    for (Node* domain : std::as_const(domains)) {
        for (const QString& code : std::as_const(domain->domainSites))
            domain->clients += counts.value(code);
        allNode->clients += domain->clients;
    }
    const std::function<qint64(Node*)> sumSites = [&sumSites](Node* node) {
        qint64 below = 0;
        for (const auto& child : node->children)
            below += sumSites(child.get());
        node->withChildSites = node->clients + below;
        return node->kind == Kind::Site ? node->withChildSites : 0;
    };
    sumSites(m_root.get());
    endResetModel();
}

SiteTreeModel::Node* SiteTreeModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex SiteTreeModel::indexOf(Node* node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), 0, node);
}

QStringList SiteTreeModel::scope(const QModelIndex& index) const
{
    const Node* node = nodeOf(index);
    switch (node->kind) {
    case Kind::All:
        return {};
    case Kind::Domain:
        // A domain with no site scopes to nothing: a code no site has.
        return node->domainSites.isEmpty() ? QStringList {QString()} : node->domainSites;
    case Kind::Site:
        return {node->code};
    }
    return {};
}

QModelIndex SiteTreeModel::siteIndex(const QString& code) const
{
    return find(Kind::Site, code);
}

QModelIndex SiteTreeModel::find(Kind kind, const QString& code) const
{
    if (kind == Kind::All)
        return index(0, 0);
    std::vector<Node*> stack {m_root.get()};
    while (!stack.empty()) {
        Node* node = stack.back();
        stack.pop_back();
        if (node->kind == kind && node->code == code)
            return indexOf(node);
        for (const auto& child : node->children)
            stack.push_back(child.get());
    }
    return {};
}

QModelIndex SiteTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    const Node* node = nodeOf(parent);
    if (column != 0 || row < 0 || row >= static_cast<int>(node->children.size()))
        return {};
    return createIndex(row, 0, node->children[static_cast<std::size_t>(row)].get());
}

QModelIndex SiteTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int SiteTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    return static_cast<int>(nodeOf(parent)->children.size());
}

int SiteTreeModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QVariant SiteTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Node* node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        if (!m_loaded)
            return tr("%1 (loading\u2026)").arg(node->label);
        // A site counts its own clients, which is what selecting it shows; with child sites the
        // whole branch is named too, as a domain counts all of its sites.
        if (hasChildSites(node))
            return tr("%1 (%2; %3 with child sites)")
                .arg(node->label, QLocale().toString(node->clients), QLocale().toString(node->withChildSites));
        return tr("%1 (%2)").arg(node->label, QLocale().toString(node->clients));
    case Qt::ToolTipRole:
        if (!m_error.isEmpty())
            return m_error;
        if (hasChildSites(node))
            return tr("%Ln client(s) at this site", nullptr, clamp(node->clients)) + u'\n'
                + tr("%Ln client(s) with its child sites", nullptr, clamp(node->withChildSites));
        if (node->kind == Kind::Site)
            return tr("%Ln client(s) at this site", nullptr, clamp(node->clients));
        return tr("%Ln client(s)", nullptr, clamp(node->clients));
    case ClientsRole:
        return node->clients;
    case ClientsWithChildSitesRole:
        return node->kind == Kind::Site ? node->withChildSites : node->clients;
    case CodeRole:
        return node->code;
    case KindRole:
        return static_cast<int>(node->kind);
    default:
        return {};
    }
}

QVariant SiteTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Sites");
    return {};
}
