#include "ClientTableModel.h"

#include "domain/Enums.h"
#include "domain/UtcTime.h"
#include "planning/ClientRules.h"
#include "planning/SiteFacts.h"
#include "store/FastQuery.h"
#include "store/Inventory.h"
#include "store/SqlDialect.h"
#include "task/BackgroundTask.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>
#include <QSqlQuery>
#include <QVariant>
#include <memory>

ClientTableModel::ClientTableModel(const Inventory& inventory, QObject* parent)
    : QAbstractTableModel(parent)
    , m_inventory(inventory)
    , m_task(new BackgroundTask(this))
{
    connect(m_task, &BackgroundTask::busyChanged, this, &ClientTableModel::loadingChanged);
}

bool ClientTableModel::isLoading() const
{
    return m_task->isBusy();
}

bool ClientTableModel::waitForIdle(int timeoutMs)
{
    return m_task->waitForIdle(timeoutMs);
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

void ClientTableModel::setPlan(const std::optional<TransitionRequest>& plan)
{
    const auto sameColumn = [](const TransitionRequest& a, const TransitionRequest& b) {
        return a.site == b.site && a.kind == b.kind && a.retire == b.retire && a.start == b.start
            && a.timing.propagation == b.timing.propagation;
    };
    if (plan.has_value() == m_plan.has_value() && (!plan || sameColumn(*plan, *m_plan)))
        return;
    m_plan = plan;
    if (!plan) {
        beginResetModel();
        m_pages.clear();
        m_pageUse.clear();
        m_planClassSql = QStringLiteral("NULL");
        endResetModel();
        return;
    }
    reload();
}

std::optional<QString> ClientTableModel::planClassSql(
    const Inventory& inventory, const TransitionRequest& plan, QString* error)
{
    const std::optional<SiteFacts> facts = SiteFacts::load(inventory, plan.site, error);
    if (!facts)
        return std::nullopt;
    const auto literal
        = [](const QString& text) { return u'\'' + QString(text).replace(u'\'', QStringLiteral("''")) + u'\''; };
    const auto name = [&](const char* value) { return literal(QLatin1String(value)); };
    const ClientRules::PlanClassifier classifier(plan.kind, plan.start, plan.timing);
    const std::optional<qint64> coveredFrom
        = facts->coveredFrom(plan.kind, plan.retire, plan.start, plan.timing.propagation);
    // ClientRules::PlanClassifier::classify, then ClientRules::isCovered for the pending ones.
    QString sql = QStringLiteral("(CASE WHEN c.site <> %1 THEN NULL WHEN %2 THEN %3 ")
                      .arg(literal(plan.site),
                          RulesSql::isStale(QStringLiteral("c"), plan.start, !facts->neverRemovesItself.isEmpty()),
                          name(ClientRules::className(ClientRules::Class::Stale)));
    if (classifier.readsOs())
        sql += QStringLiteral("WHEN c.os = %1 THEN %2 ")
                   .arg(literal(QString::fromLatin1(ClientRules::Win9x.data(), qsizetype(ClientRules::Win9x.size()))),
                       name(ClientRules::className(ClientRules::Class::Unaffected)));
    sql += QStringLiteral("WHEN c.last_refresh_at >= %1 THEN %2 ELSE %3 END)")
               .arg(QString::number(classifier.confirmedFrom),
                   name(ClientRules::className(ClientRules::Class::Confirmed)),
                   plan.kind == TransitionKind::Cap ? RulesSql::exposure(
                       QStringLiteral("c"), coveredFrom, facts->stayingItems(plan.kind, plan.retire, plan.start))
                                                    : RulesSql::exposure(QStringLiteral("c"), coveredFrom));
    return sql;
}

void ClientTableModel::reload()
{
    query(true);
}

void ClientTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_order = {column, order};
    if (m_loaded)
        query();
}

QString ClientTableModel::orderBy(Order order)
{
    const QString direction = order.order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QString key;
    switch (order.column) {
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

void ClientTableModel::query(bool loadRules)
{
    m_loaded = true;
    // A reload superseded before it arrived still owes the new rules.
    m_rulesPending = m_rulesPending || loadRules;
    struct Fetched
    {
        std::vector<qint64> ids;
        ClientStatusRules rules;
        QString planClassSql = QStringLiteral("NULL");
        QString error;
    };
    auto fetched = std::make_shared<Fetched>();
    fetched->rules = m_rules;
    fetched->planClassSql = m_planClassSql;
    const bool rules = m_rulesPending;
    const qint64 now = m_referenceTime.value_or(UtcTime::now());
    m_task->start([this, fetched, rules, now, path = m_inventory.path(), filter = m_filter, order = m_order,
                      plan = m_plan](TaskControl& control) -> BackgroundTask::Delivery {
        Inventory inventory; // a connection of this thread's own
        if (inventory.openExisting(path, &fetched->error) && !control.isCanceled()) {
            std::optional<ClientStatusRules> loaded;
            if (rules && !(loaded = ClientStatusRules::load(inventory, now, &fetched->error)))
                return [this, fetched] { m_error = fetched->error; };
            if (loaded)
                fetched->rules = *loaded;
            if (rules) {
                // A site the inventory no longer holds leaves the column empty, not the pane.
                QString ignored;
                fetched->planClassSql = plan ? planClassSql(inventory, *plan, &ignored).value_or(QStringLiteral("NULL"))
                                             : QStringLiteral("NULL");
            }
            if (!control.isCanceled()
                && !selectIds(inventory.database(), filter, fetched->rules, order, &fetched->ids, &fetched->error))
                fetched->ids.clear();
        }
        return [this, fetched, rules] {
            beginResetModel();
            m_pages.clear();
            m_pageUse.clear();
            if (rules) {
                m_rules = fetched->rules;
                m_planClassSql = fetched->planClassSql;
                m_rulesPending = false;
            }
            m_ids = std::move(fetched->ids);
            m_error = fetched->error;
            endResetModel();
        };
    });
}

bool ClientTableModel::selectIds(const QSqlDatabase& database, const ClientFilter& filter,
    const ClientStatusRules& rules, Order order, std::vector<qint64>* ids, QString* error)
{
    if (order.column == Status || !filter.status.isEmpty()) {
        ClientFilter withoutStatus = filter;
        withoutStatus.status.clear();
        const ClientQuery where = buildClientQuery(withoutStatus, rules);
        const int wanted = static_cast<int>(ClientStatusRules::names().indexOf(filter.status));
        return selectIdsByStatus(database, where.where, where.parameters, rules, order, wanted, ids, error);
    }
    const ClientQuery where = buildClientQuery(filter, rules);
    const QString sql = QStringLiteral("SELECT c.rowid FROM clients c %1 ORDER BY %2").arg(where.where, orderBy(order));
    return FastQuery::selectIds(database, sql, where.parameters, ids, error);
}

bool ClientTableModel::selectIdsByStatus(const QSqlDatabase& database, const QString& where,
    const QStringList& parameters, const ClientStatusRules& rules, Order order, int wantedRank,
    std::vector<qint64>* ids, QString* error)
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
        database,
        QStringLiteral("SELECT c.rowid, %1 FROM clients c%2 %3")
            .arg(rules.rankExpression(), SqlDialect::indexedBy(database, QStringLiteral("clients_by_site")), where),
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
        error);
    if (!ok)
        return false;
    const int ranks = static_cast<int>(ClientStatusRules::names().size());
    std::vector<std::vector<qint64>> groups(static_cast<std::size_t>(ranks));
    ok = FastQuery::forEachPair(
        database,
        order.column == Status
            ? QStringLiteral("SELECT c.rowid, 0 FROM clients c ORDER BY c.name %1")
                  .arg(order.order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC"))
            : QStringLiteral("SELECT c.rowid, 0 FROM clients c ORDER BY %1").arg(orderBy(order)),
        {},
        [&](qint64 id, int) {
            quint8 rank = Outside;
            if (id >= 0 && static_cast<std::size_t>(id) < dense.size())
                rank = dense[static_cast<std::size_t>(id)];
            else if (id < 0 || id > MaxDenseRowId)
                rank = sparse.value(id, Outside);
            if (rank < ranks)
                groups[order.column == Status ? rank : 0].push_back(id);
        },
        error);
    if (order.column == Status && order.order == Qt::DescendingOrder)
        std::reverse(groups.begin(), groups.end());
    ids->clear();
    for (const auto& group : groups)
        ids->insert(ids->end(), group.begin(), group.end());
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
                           "c.last_refresh_at, %1, %3 FROM clients c WHERE c.rowid IN (%2)")
                .arg(m_rules.sqlExpression(), ids.join(u','), m_planClassSql));
        const QHash<QString, Registry> registry = registryOf(ids);
        QHash<qint64, Row> byId;
        if (q.exec()) {
            while (q.next()) {
                Row r {q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                    q.value(5).toString(), q.value(6).toString(), q.value(8).toString(), q.value(9).toString(),
                    q.value(7).isNull() ? std::nullopt : std::optional(q.value(7).toLongLong()),
                    registry.value(q.value(1).toString())};
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
    if (column == PlanClass)
        return planClassData(r->planClass, role);
    if (column == RegistryCaps)
        return registryData(r->registry, role);
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

QHash<QString, ClientTableModel::Registry> ClientTableModel::registryOf(const QStringList& ids) const
{
    QHash<QString, Registry> result;
    if (ids.isEmpty())
        return result;
    // Few clients have evidence: both tables are read by their keys, from the page's names.
    const QString names = QStringLiteral("(SELECT c.name FROM clients c WHERE c.rowid IN (%1))").arg(ids.join(u','));
    QSqlQuery q = m_inventory.prepare(
        QStringLiteral("SELECT r.client, r.source, r.imported_at, r.cap_list, r.last_checked_missing FROM "
                       "client_registry r WHERE r.client IN %1")
            .arg(names));
    if (!q.exec())
        return result;
    while (q.next()) {
        Registry& registry = result[q.value(0).toString()];
        registry.imported = true;
        registry.source = q.value(1).toString();
        registry.importedAt = q.value(2).toLongLong();
        registry.capList = q.value(3).toInt() == 1;
        registry.lastCheckedMissing = q.value(4).toInt() == 1;
    }
    if (result.isEmpty())
        return result;
    q = m_inventory.prepare(QStringLiteral("SELECT e.client, e.cap, e.source, e.line, e.imported_at FROM "
                                           "client_cap_evidence e WHERE e.client IN %1 ORDER BY e.client, e.cap")
                                .arg(names));
    if (!q.exec())
        return result;
    while (q.next()) {
        const auto it = result.find(q.value(0).toString());
        if (it == result.end())
            continue;
        it->caps << q.value(1).toString();
        it->capSources << QStringLiteral("%1:%2").arg(q.value(2).toString(), q.value(3).toString());
        it->capImportedAt << q.value(4).toLongLong();
    }
    return result;
}

QVariant ClientTableModel::registryData(const Registry& registry, int role)
{
    if (!registry.imported)
        return {};
    switch (role) {
    case RawRole:
        return registry.caps.join(u',');
    case Qt::DisplayRole:
        if (!registry.capList)
            return {};
        return registry.caps.isEmpty() ? tr("none listed") : registry.caps.join(QStringLiteral(", "));
    case Qt::ToolTipRole: {
        QStringList lines;
        if (!registry.capList)
            lines << tr("Its registry export %1 (imported %2) holds no CAP list: what it knows follows from its "
                        "last refresh.")
                         .arg(registry.source, UtcTime::shortDisplay(registry.importedAt));
        else if (registry.caps.isEmpty())
            lines << tr("The CAP list in its registry export %1 (imported %2) names no CAP of the inventory.")
                         .arg(registry.source, UtcTime::shortDisplay(registry.importedAt));
        for (qsizetype i = 0; i < registry.caps.size(); ++i)
            lines << tr("%1: from %2, imported %3 (Q235873)")
                         .arg(registry.caps.at(i), registry.capSources.at(i),
                             UtcTime::shortDisplay(registry.capImportedAt.at(i)));
        if (registry.lastCheckedMissing)
            lines << tr("Its export lacks Site Config Last Checked: it never removes itself (Q265358).");
        return lines.join(u'\n');
    }
    }
    return {};
}

QVariant ClientTableModel::planClassData(const QString& value, int role)
{
    if (value.isEmpty())
        return {};
    const bool exposed = value == QLatin1String(ClientRules::exposureName(false));
    switch (role) {
    case RawRole:
        return value;
    case Qt::ForegroundRole:
        if (exposed)
            return QBrush(QColor(0xb0, 0x30, 0x20));
        return value == QLatin1String(ClientRules::exposureName(true)) ? QVariant(QBrush(QColor(0x1b, 0x5e, 0x20)))
                                                                       : QVariant();
    case Qt::ToolTipRole:
        if (exposed)
            return tr("Pending and knows no CAP or account that stays: it holds the safe removal time back "
                      "(Q260824).");
        if (value == QLatin1String(ClientRules::exposureName(true)))
            return tr("Pending, but it already knows a CAP or account that stays: never orphaned by this "
                      "plan (Q260824).");
        return {};
    case Qt::DisplayRole:
        if (exposed)
            return tr("exposed");
        if (value == QLatin1String(ClientRules::exposureName(true)))
            return tr("covered");
        if (value == u"confirmed")
            return tr("confirmed");
        if (value == u"unaffected")
            return tr("unaffected");
        return tr("stale");
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
    case PlanClass:
        return tr("In the plan");
    case RegistryCaps:
        return tr("CAPs held (registry)");
    }
    return {};
}
