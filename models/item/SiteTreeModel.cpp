#include "SiteTreeModel.h"

#include "store/Inventory.h"

#include <QHash>
#include <QLocale>
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

SiteTreeModel::SiteTreeModel(const Inventory& inventory, QObject* parent)
    : QAbstractItemModel(parent)
    , m_inventory(inventory)
{
    reload();
}

SiteTreeModel::~SiteTreeModel() = default;

void SiteTreeModel::reload()
{
    beginResetModel();
    // An invisible root holding the one visible "All sites" item.
    m_root = std::make_unique<Node>();
    auto all = std::make_unique<Node>();
    all->kind = Kind::All;
    all->label = tr("All sites");
    Node* allNode = m_root->add(std::move(all));

    QHash<QString, qint64> counts;
    QSqlQuery query = m_inventory.prepare(QStringLiteral("SELECT site, count(*) FROM clients GROUP BY site"));
    if (query.exec()) {
        while (query.next())
            counts.insert(query.value(0).toString(), query.value(1).toLongLong());
    }
    QHash<QString, Node*> domains;
    query = m_inventory.prepare(QStringLiteral("SELECT name FROM domains ORDER BY name"));
    if (query.exec()) {
        while (query.next()) {
            auto domain = std::make_unique<Node>();
            domain->kind = Kind::Domain;
            domain->code = query.value(0).toString();
            domain->label = tr("Domain %1").arg(domain->code);
            const QString name = domain->code;
            domains.insert(name, allNode->add(std::move(domain)));
        }
    }
    struct SiteRow
    {
        QString code, name, parent, domain;
    };
    QList<SiteRow> sites;
    query = m_inventory.prepare(QStringLiteral("SELECT code, name, parent, domain FROM sites ORDER BY code"));
    if (query.exec()) {
        while (query.next())
            sites << SiteRow {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                query.value(3).toString()};
    }
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
    std::vector<Node*> stack {m_root.get()};
    while (!stack.empty()) {
        Node* node = stack.back();
        stack.pop_back();
        if (node->kind == Kind::Site && node->code == code)
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
        // A site counts its own clients, which is what selecting it shows; with child sites the
        // whole branch is named too, as a domain counts all of its sites.
        if (hasChildSites(node))
            return tr("%1 (%2; %3 with child sites)")
                .arg(node->label, QLocale().toString(node->clients), QLocale().toString(node->withChildSites));
        return tr("%1 (%2)").arg(node->label, QLocale().toString(node->clients));
    case Qt::ToolTipRole:
        if (hasChildSites(node))
            return tr("%n client(s) at this site", nullptr, clamp(node->clients)) + u'\n'
                + tr("%n client(s) with its child sites", nullptr, clamp(node->withChildSites));
        if (node->kind == Kind::Site)
            return tr("%n client(s) at this site", nullptr, clamp(node->clients));
        return tr("%n client(s)", nullptr, clamp(node->clients));
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
