#include "ClientTableModel.h"

#include "domain/Enums.h"
#include "domain/UtcTime.h"
#include "store/FastQuery.h"
#include "store/Inventory.h"
#include "store/SqlDialect.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>
#include <QSqlQuery>
#include <QVariant>

ClientTableModel::ClientTableModel(const Inventory& inventory, QObject* parent)
    : QAbstractTableModel(parent)
    , m_inventory(inventory)
{
}

void ClientTableModel::setFilter(const ClientFilter& filter)
{
    if (filter == m_filter && m_loaded)
        return;
    m_filter = filter;
    if (m_loaded)
        query();
    else
        reload();
}

void ClientTableModel::setReferenceTime(qint64 now)
{
    m_referenceTime = now;
    reload();
}

void ClientTableModel::reload()
{
    QString error;
    const std::optional<ClientStatusRules> rules
        = ClientStatusRules::load(m_inventory, m_referenceTime.value_or(UtcTime::now()), &error);
    m_rules = rules.value_or(ClientStatusRules {});
    query();
    if (!rules)
        m_error = error;
}

void ClientTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    if (m_loaded)
        query();
}

QString ClientTableModel::orderBy() const
{
    const QString direction = m_sortOrder == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QString key;
    switch (m_sortColumn) {
    case Site:
        key = QStringLiteral("c.site");
        break;
    case Os:
        key = QStringLiteral("c.os");
        break;
    case InstallMethod:
        key = QStringLiteral("c.install_method");
        break;
    case Version:
        key = QStringLiteral("c.version_key %1, c.version").arg(direction);
        break;
    case Profile:
        key = QStringLiteral("c.profile");
        break;
    case LastRefresh:
        key = QStringLiteral("c.last_refresh_at");
        break;
    default:
        return QStringLiteral("c.name ") + direction;
    }
    return QStringLiteral("%1 %2, c.name %2").arg(key, direction);
}

void ClientTableModel::query()
{
    m_loaded = true;
    beginResetModel();
    m_pages.clear();
    m_pageUse.clear();
    m_error.clear();
    bool ok;
    if (m_sortColumn == Status || !m_filter.status.isEmpty()) {
        ClientFilter withoutStatus = m_filter;
        withoutStatus.status.clear();
        const ClientQuery where = buildClientQuery(withoutStatus, m_rules);
        const int wanted = static_cast<int>(ClientStatusRules::names().indexOf(m_filter.status));
        ok = queryByStatus(where.where, where.parameters, wanted);
    } else {
        const ClientQuery where = buildClientQuery(m_filter, m_rules);
        const QString sql = QStringLiteral("SELECT c.rowid FROM clients c %1 ORDER BY %2").arg(where.where, orderBy());
        ok = FastQuery::selectIds(m_inventory.database(), sql, where.parameters, &m_ids, &m_error);
    }
    if (!ok)
        m_ids.clear();
    endResetModel();
}

bool ClientTableModel::queryByStatus(const QString& where, const QStringList& parameters, int wantedRank)
{
    // No index can hold a status that depends on today. Two index-only scans instead of a sort or
    // a filter over the whole table: the status of every client in the filter from the covering
    // site index, then all ids in the wanted order from that column's index, kept when their
    // status is wanted and, for a status sort, dealt into one list per status.
    // Rank per row id: a dense vector for the usual ids, a hash for the rare huge ones.
    constexpr quint8 Outside = 0xff;
    std::vector<quint8> dense;
    QHash<qint64, quint8> sparse;
    bool ok = FastQuery::forEachPair(
        m_inventory.database(),
        QStringLiteral("SELECT c.rowid, %1 FROM clients c%2 %3")
            .arg(m_rules.rankExpression(),
                SqlDialect::indexedBy(m_inventory.database(), QStringLiteral("clients_by_site")), where),
        parameters,
        [&](qint64 id, int rank) {
            if (id < 0 || id > MaxDenseRowId) {
                if (wantedRank >= 0 && rank != wantedRank)
                    return;
                sparse.insert(id, static_cast<quint8>(rank));
                return;
            }
            if (wantedRank >= 0 && rank != wantedRank)
                return;
            if (static_cast<std::size_t>(id) >= dense.size())
                dense.resize(static_cast<std::size_t>(id) + 1 + dense.size() / 2, Outside);
            dense[static_cast<std::size_t>(id)] = static_cast<quint8>(rank);
        },
        &m_error);
    if (!ok)
        return false;
    const int ranks = static_cast<int>(ClientStatusRules::names().size());
    std::vector<std::vector<qint64>> groups(static_cast<std::size_t>(ranks));
    ok = FastQuery::forEachPair(
        m_inventory.database(),
        m_sortColumn == Status
            ? QStringLiteral("SELECT c.rowid, 0 FROM clients c ORDER BY c.name %1")
                  .arg(m_sortOrder == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC"))
            : QStringLiteral("SELECT c.rowid, 0 FROM clients c ORDER BY %1").arg(orderBy()),
        {},
        [&](qint64 id, int) {
            quint8 rank = Outside;
            if (id >= 0 && static_cast<std::size_t>(id) < dense.size())
                rank = dense[static_cast<std::size_t>(id)];
            else if (id < 0 || id > MaxDenseRowId)
                rank = sparse.value(id, Outside);
            if (rank < ranks)
                groups[m_sortColumn == Status ? rank : 0].push_back(id);
        },
        &m_error);
    if (m_sortColumn == Status && m_sortOrder == Qt::DescendingOrder)
        std::reverse(groups.begin(), groups.end());
    m_ids.clear();
    for (const auto& group : groups)
        m_ids.insert(m_ids.end(), group.begin(), group.end());
    return ok;
}

const ClientTableModel::Row* ClientTableModel::row(int index) const
{
    if (index < 0 || index >= static_cast<int>(m_ids.size()))
        return nullptr;
    const int page = index / PageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        const int first = page * PageSize;
        const int last = std::min<int>(first + PageSize, static_cast<int>(m_ids.size()));
        QStringList ids;
        for (int i = first; i < last; ++i)
            ids << QString::number(m_ids[static_cast<std::size_t>(i)]);
        QSqlQuery q = m_inventory.prepare(
            QStringLiteral("SELECT c.rowid, c.name, c.site, c.os, c.install_method, c.version, c.profile, "
                           "c.last_refresh_at, %1 FROM clients c WHERE c.rowid IN (%2)")
                .arg(m_rules.sqlExpression(), ids.join(u',')));
        QHash<qint64, Row> byId;
        if (q.exec()) {
            while (q.next()) {
                Row r {q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                    q.value(5).toString(), q.value(6).toString(), q.value(8).toString(),
                    q.value(7).isNull() ? std::nullopt : std::optional(q.value(7).toLongLong())};
                byId.insert(q.value(0).toLongLong(), r);
            }
        }
        QList<Row> rows;
        rows.reserve(last - first);
        for (int i = first; i < last; ++i)
            rows << byId.value(m_ids[static_cast<std::size_t>(i)]);
        if (m_pages.size() >= CachedPages) {
            m_pages.remove(m_pageUse.takeFirst());
        }
        it = m_pages.insert(page, rows);
    } else {
        m_pageUse.removeOne(page);
    }
    m_pageUse << page;
    return &it->at(index - page * PageSize);
}

int ClientTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

int ClientTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.column() >= ColumnCount)
        return {};
    if (role != Qt::DisplayRole && role != RawRole && role != Qt::ForegroundRole && role != Qt::ToolTipRole)
        return {};
    const Row* r = row(index.row());
    if (!r)
        return {};
    const int column = index.column();
    if (role == Qt::ForegroundRole) {
        if (column != Status || r->status == u"ok")
            return {};
        return QBrush(r->status == u"stale" ? QColor(0x80, 0x80, 0x80) : QColor(0xb0, 0x30, 0x20));
    }
    if (role == Qt::ToolTipRole && column == Status) {
        if (r->status == u"stale")
            return tr("No refresh for more than 60 days: the client has uninstalled itself (Q227033).");
        if (r->status == u"upgrade-blocked")
            return tr("Significantly older than the Clicore of a logon point of its site: Boot32wn will not "
                      "upgrade it, and logon recovery cannot rescue it (Q262677, Q236052).");
        if (r->status == u"no-automatic-recovery")
            return tr("If orphaned it cannot recover by itself: no Logon Client Installation at its site, or "
                      "push-installed (Q260824, Q236052).");
        return {};
    }
    switch (column) {
    case Name:
        return r->name;
    case Site:
        return r->site;
    case Os:
        return Enums::displayOs(r->os);
    case InstallMethod:
        return Enums::displayInstallMethod(r->installMethod);
    case Version:
        return r->version;
    case Profile:
        return r->profile;
    case LastRefresh:
        if (!r->lastRefresh)
            return role == RawRole ? QVariant() : QVariant(tr("never"));
        if (role == RawRole)
            return UtcTime::format(*r->lastRefresh);
        return UtcTime::shortDisplay(*r->lastRefresh);
    case Status:
        if (role == RawRole)
            return r->status;
        if (r->status == u"stale")
            return tr("stale");
        if (r->status == u"upgrade-blocked")
            return tr("upgrade-blocked");
        if (r->status == u"no-automatic-recovery")
            return tr("no automatic recovery");
        return tr("ok");
    }
    return {};
}

QVariant ClientTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Site:
        return tr("Site");
    case Os:
        return tr("OS");
    case InstallMethod:
        return tr("Install method");
    case Version:
        return tr("Version");
    case Profile:
        return tr("Profile");
    case LastRefresh:
        return tr("Last refresh");
    case Status:
        return tr("Status");
    }
    return {};
}
