#include "PlanStore.h"

#include "Inventory.h"
#include "domain/UtcTime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
// The per-plan overrides inside the plans table's `parameters` JSON: profile name to seconds, and
// profile name to [[starts, ends], ...] in UTC seconds.
const QString MaxOfflineKey = QStringLiteral("maxOfflineOverrides");
const QString BlackoutsKey = QStringLiteral("blackoutOverrides");
} // namespace

PlanStore::PlanStore(const Inventory& inventory)
    : m_inventory(inventory)
{
}

QString PlanStore::parametersJson(const TransitionRequest& r)
{
    QJsonObject parameters {{QStringLiteral("propagation"), r.timing.propagation},
        {QStringLiteral("ccimCycle"), r.timing.ccimCycle}, {QStringLiteral("retry"), r.timing.retry},
        {QStringLiteral("margin"), r.timing.margin}, {QStringLiteral("peakFraction"), r.load.peakFraction},
        {QStringLiteral("connectionsPerClient"), r.load.connectionsPerClient}};
    // RULES.md R1.6: the plan's own disconnection periods travel with it, so reopening, reporting
    // and exporting it recompute what was planned.
    QJsonObject maxOffline;
    for (auto it = r.maxOfflineOverrides.cbegin(); it != r.maxOfflineOverrides.cend(); ++it)
        maxOffline.insert(it.key(), it.value());
    QJsonObject blackouts;
    for (auto it = r.blackoutOverrides.cbegin(); it != r.blackoutOverrides.cend(); ++it) {
        QJsonArray periods;
        for (const Blackout& b : it.value())
            periods.append(QJsonArray {b.startsAt, b.endsAt});
        blackouts.insert(it.key(), periods);
    }
    if (!maxOffline.isEmpty())
        parameters.insert(MaxOfflineKey, maxOffline);
    if (!blackouts.isEmpty())
        parameters.insert(BlackoutsKey, blackouts);
    return QString::fromUtf8(QJsonDocument(parameters).toJson(QJsonDocument::Compact));
}

void PlanStore::readParameters(const QString& json, TransitionRequest& r)
{
    const QJsonObject p = QJsonDocument::fromJson(json.toUtf8()).object();
    r.timing.propagation = p.value(QStringLiteral("propagation")).toInteger(r.timing.propagation);
    r.timing.ccimCycle = p.value(QStringLiteral("ccimCycle")).toInteger(r.timing.ccimCycle);
    r.timing.retry = p.value(QStringLiteral("retry")).toInteger(r.timing.retry);
    r.timing.margin = p.value(QStringLiteral("margin")).toInteger(r.timing.margin);
    r.load.peakFraction = p.value(QStringLiteral("peakFraction")).toDouble(r.load.peakFraction);
    r.load.connectionsPerClient = p.value(QStringLiteral("connectionsPerClient")).toInt(r.load.connectionsPerClient);
    const QJsonObject maxOffline = p.value(MaxOfflineKey).toObject();
    for (auto it = maxOffline.constBegin(); it != maxOffline.constEnd(); ++it)
        r.maxOfflineOverrides.insert(it.key(), it.value().toInteger());
    const QJsonObject blackouts = p.value(BlackoutsKey).toObject();
    for (auto it = blackouts.constBegin(); it != blackouts.constEnd(); ++it) {
        QList<Blackout> periods;
        for (const QJsonValue& period : it.value().toArray()) {
            const QJsonArray pair = period.toArray();
            if (pair.size() == 2)
                periods << Blackout {pair.at(0).toInteger(), pair.at(1).toInteger()};
        }
        r.blackoutOverrides.insert(it.key(), periods);
    }
}

std::optional<qint64> PlanStore::save(const TransitionPlan& plan, QString* error) const
{
    const TransitionRequest& r = plan.request;
    QSqlQuery query = m_inventory.prepare(
        QStringLiteral("INSERT INTO plans (site, kind, retire, additions, start_at, removal_at, parameters, "
                       "safe_removal_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    query.addBindValue(r.site);
    query.addBindValue(Enums::name(r.kind));
    query.addBindValue(r.retire.join(u','));
    query.addBindValue(r.add.join(u','));
    query.addBindValue(r.start);
    query.addBindValue(r.proposedRemoval ? QVariant(*r.proposedRemoval) : QVariant());
    query.addBindValue(parametersJson(r));
    query.addBindValue(plan.safeRemoval ? QVariant(*plan.safeRemoval) : QVariant());
    query.addBindValue(UtcTime::now());
    if (!query.exec()) {
        *error = Inventory::explain(query.lastError());
        return std::nullopt;
    }
    // RETURNING: PostgreSQL's driver has no last insert id for an identity column.
    const qint64 id = query.next() ? query.value(0).toLongLong() : query.lastInsertId().toLongLong();
    query.finish();
    m_inventory.announceChange(QStringLiteral("plans"));
    return id;
}

std::optional<TransitionRequest> PlanStore::load(
    qint64 id, std::optional<qint64>* savedSafeRemoval, QString* error) const
{
    QSqlQuery query = m_inventory.prepare(QStringLiteral("SELECT site, kind, retire, additions, start_at, removal_at, "
                                                         "parameters, safe_removal_at FROM plans WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        *error = QCoreApplication::translate("PlanStore", "no saved plan %1").arg(id);
        return std::nullopt;
    }
    TransitionRequest r;
    r.site = query.value(0).toString();
    r.kind = Enums::parseTransitionKind(query.value(1).toString()).value_or(TransitionKind::Cap);
    r.retire = query.value(2).toString().split(u',', Qt::SkipEmptyParts);
    r.add = query.value(3).toString().split(u',', Qt::SkipEmptyParts);
    r.start = query.value(4).toLongLong();
    if (!query.value(5).isNull())
        r.proposedRemoval = query.value(5).toLongLong();
    readParameters(query.value(6).toString(), r);
    if (savedSafeRemoval)
        *savedSafeRemoval = query.value(7).isNull() ? std::nullopt : std::optional(query.value(7).toLongLong());
    return r;
}

namespace {
const QString PlanColumns = QStringLiteral(
    "id, site, kind, retire, additions, start_at, removal_at, parameters, safe_removal_at, created_at");
}

std::optional<QVariantList> PlanStore::remove(qint64 id, QString* error) const
{
    QSqlQuery query = m_inventory.prepare(QStringLiteral("SELECT %1 FROM plans WHERE id = ?").arg(PlanColumns));
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        *error = QCoreApplication::translate("PlanStore", "no saved plan %1").arg(id);
        return std::nullopt;
    }
    QVariantList row;
    for (int i = 0; i < 10; ++i)
        row << query.value(i);
    query.finish();
    QSqlQuery remove = m_inventory.prepare(QStringLiteral("DELETE FROM plans WHERE id = ?"));
    remove.addBindValue(id);
    if (!remove.exec()) {
        *error = Inventory::explain(remove.lastError());
        return std::nullopt;
    }
    m_inventory.announceChange(QStringLiteral("plans"));
    return row;
}

bool PlanStore::restore(const QVariantList& row, QString* error) const
{
    QSqlQuery query = m_inventory.prepare(
        QStringLiteral("INSERT INTO plans (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(PlanColumns));
    for (const QVariant& value : row)
        query.addBindValue(value);
    if (!query.exec()) {
        *error = Inventory::explain(query.lastError());
        return false;
    }
    m_inventory.announceChange(QStringLiteral("plans"));
    // A restored plan keeps its id: the next new plan must not collide with it.
    return continueIds(error);
}

bool PlanStore::continueIds(QString* error) const
{
    if (m_inventory.engine() != Engine::Postgres)
        return true;
    QSqlQuery sequence = m_inventory.prepare(QStringLiteral(
        "SELECT setval(pg_get_serial_sequence('plans', 'id'), coalesce((SELECT max(id) FROM plans), 0) + 1, false)"));
    if (!sequence.exec()) {
        *error = Inventory::explain(sequence.lastError());
        return false;
    }
    return true;
}
