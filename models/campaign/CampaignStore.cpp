#include "CampaignStore.h"

#include "domain/UtcTime.h"
#include "planning/PlanJson.h"
#include "store/Inventory.h"
#include "store/PlanStore.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
QVariant orNull(const std::optional<qint64>& value)
{
    return value ? QVariant(*value) : QVariant();
}

std::optional<qint64> fromVariant(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional(value.toLongLong());
}

QString timeText(const std::optional<qint64>& value)
{
    return value ? UtcTime::format(*value) : QCoreApplication::translate("CampaignStore", "never");
}
} // namespace

CampaignStore::CampaignStore(const Inventory& inventory)
    : m_inventory(inventory)
{
}

std::optional<qint64> CampaignStore::save(const CampaignResult& campaign, QString* error) const
{
    const auto fail = [&](const QSqlQuery& query) -> std::optional<qint64> {
        *error = Inventory::explain(query.lastError());
        return std::nullopt;
    };
    if (campaign.name.trimmed().isEmpty()) {
        *error = QCoreApplication::translate("CampaignStore", "a campaign needs a name");
        return std::nullopt;
    }
    Transaction transaction(m_inventory.database(), error);
    if (!transaction.isActive())
        return std::nullopt;
    QSqlQuery remove = m_inventory.prepare(QStringLiteral("DELETE FROM campaigns WHERE name = ?"));
    remove.addBindValue(campaign.name);
    if (!remove.exec())
        return fail(remove);
    QSqlQuery insert = m_inventory.prepare(
        QStringLiteral("INSERT INTO campaigns (name, end_at, created_at) VALUES (?, ?, ?) RETURNING id"));
    insert.addBindValue(campaign.name);
    insert.addBindValue(orNull(campaign.end));
    insert.addBindValue(UtcTime::now());
    if (!insert.exec())
        return fail(insert);
    const qint64 id = insert.next() ? insert.value(0).toLongLong() : insert.lastInsertId().toLongLong();
    insert.finish();
    QSqlQuery row = m_inventory.prepare(
        QStringLiteral("INSERT INTO campaign_sites (campaign, position, site, kind, retire, additions, start_at, "
                       "removal_at, parameters, wave, offset_days, planned_start_at, safe_removal_at, figures) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < campaign.sites.size(); ++i) {
        const CampaignSiteResult& s = campaign.sites.at(i);
        const TransitionRequest& r = s.site.request;
        row.addBindValue(id);
        row.addBindValue(i);
        row.addBindValue(r.site);
        row.addBindValue(Enums::name(r.kind));
        row.addBindValue(r.retire.join(u','));
        row.addBindValue(r.add.join(u','));
        row.addBindValue(r.start);
        row.addBindValue(orNull(r.proposedRemoval));
        row.addBindValue(PlanStore::parametersJson(r));
        row.addBindValue(s.site.wave);
        row.addBindValue(s.site.offsetDays);
        row.addBindValue(s.plan ? QVariant(s.start) : QVariant());
        row.addBindValue(orNull(s.safeRemoval()));
        const QJsonObject counts
            = s.plan ? PlanJson::toJson(*s.plan).value(QStringLiteral("counts")).toObject() : QJsonObject();
        row.addBindValue(QString::fromUtf8(QJsonDocument(counts).toJson(QJsonDocument::Compact)));
        if (!row.exec())
            return fail(row);
    }
    m_inventory.announceChange(QStringLiteral("campaigns"));
    if (!transaction.commit(error))
        return std::nullopt;
    return id;
}

std::optional<QList<SavedCampaignInfo>> CampaignStore::list(QString* error) const
{
    QSqlQuery query = m_inventory.prepare(
        QStringLiteral("SELECT id, name, end_at, created_at, (SELECT count(*) FROM campaign_sites WHERE campaign = "
                       "campaigns.id) FROM campaigns ORDER BY name, id"));
    if (!query.exec()) {
        *error = Inventory::explain(query.lastError());
        return std::nullopt;
    }
    QList<SavedCampaignInfo> result;
    while (query.next())
        result << SavedCampaignInfo {query.value(0).toLongLong(), query.value(1).toString(), query.value(4).toInt(),
            fromVariant(query.value(2)), query.value(3).toLongLong()};
    return result;
}

std::optional<qint64> CampaignStore::idOf(const QString& name, QString* error) const
{
    QSqlQuery query = m_inventory.prepare(QStringLiteral("SELECT id FROM campaigns WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec()) {
        *error = Inventory::explain(query.lastError());
        return std::nullopt;
    }
    if (!query.next()) {
        *error = QCoreApplication::translate("CampaignStore", "no saved campaign \"%1\"").arg(name);
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

std::optional<SavedCampaign> CampaignStore::load(qint64 id, QString* error) const
{
    QSqlQuery head = m_inventory.prepare(QStringLiteral("SELECT name, end_at FROM campaigns WHERE id = ?"));
    head.addBindValue(id);
    if (!head.exec() || !head.next()) {
        *error = QCoreApplication::translate("CampaignStore", "no saved campaign %1").arg(id);
        return std::nullopt;
    }
    SavedCampaign saved;
    saved.id = id;
    saved.campaign.name = head.value(0).toString();
    saved.end = fromVariant(head.value(1));
    head.finish();
    QSqlQuery rows = m_inventory.prepare(
        QStringLiteral("SELECT site, kind, retire, additions, start_at, removal_at, parameters, wave, offset_days, "
                       "planned_start_at, safe_removal_at, figures FROM campaign_sites WHERE campaign = ? ORDER BY "
                       "position"));
    rows.addBindValue(id);
    if (!rows.exec()) {
        *error = Inventory::explain(rows.lastError());
        return std::nullopt;
    }
    while (rows.next()) {
        CampaignSite site;
        TransitionRequest& r = site.request;
        r.site = rows.value(0).toString();
        r.kind = Enums::parseTransitionKind(rows.value(1).toString()).value_or(TransitionKind::Cap);
        r.retire = rows.value(2).toString().split(u',', Qt::SkipEmptyParts);
        r.add = rows.value(3).toString().split(u',', Qt::SkipEmptyParts);
        r.start = rows.value(4).toLongLong();
        r.proposedRemoval = fromVariant(rows.value(5));
        PlanStore::readParameters(rows.value(6).toString(), r);
        site.wave = rows.value(7).toInt();
        site.offsetDays = rows.value(8).toInt();
        saved.campaign.sites << site;
        saved.figures << SavedSiteFigures {fromVariant(rows.value(9)), fromVariant(rows.value(10)),
            QJsonDocument::fromJson(rows.value(11).toString().toUtf8()).object()};
    }
    return saved;
}

bool CampaignStore::remove(qint64 id, QString* error) const
{
    Transaction transaction(m_inventory.database(), error);
    if (!transaction.isActive())
        return false;
    // campaign_sites go with it (ON DELETE CASCADE); said explicitly for a connection without
    // foreign keys on.
    for (const QString& sql : {QStringLiteral("DELETE FROM campaign_sites WHERE campaign = ?"),
             QStringLiteral("DELETE FROM campaigns WHERE id = ?")}) {
        QSqlQuery query = m_inventory.prepare(sql);
        query.addBindValue(id);
        if (!query.exec()) {
            *error = Inventory::explain(query.lastError());
            return false;
        }
        if (sql.contains(QLatin1String("campaigns WHERE")) && query.numRowsAffected() == 0) {
            *error = QCoreApplication::translate("CampaignStore", "no saved campaign %1").arg(id);
            return false;
        }
    }
    m_inventory.announceChange(QStringLiteral("campaigns"));
    return transaction.commit(error);
}

QList<CampaignDifference> CampaignStore::differences(const SavedCampaign& saved, const CampaignResult& now)
{
    QList<CampaignDifference> result;
    for (int i = 0; i < now.sites.size() && i < saved.figures.size(); ++i) {
        const CampaignSiteResult& site = now.sites.at(i);
        const SavedSiteFigures& before = saved.figures.at(i);
        const QString code = site.site.request.site;
        if (bool(before.start) != bool(site.plan)) {
            result << CampaignDifference {code, QStringLiteral("plan"),
                before.start ? QCoreApplication::translate("CampaignStore", "planned")
                             : QCoreApplication::translate("CampaignStore", "not planned"),
                site.plan ? QCoreApplication::translate("CampaignStore", "planned") : site.error};
        }
        const std::optional<qint64> start = site.plan ? std::optional(site.start) : std::nullopt;
        if (before.start && start && *before.start != *start)
            result << CampaignDifference {code, QStringLiteral("start"), timeText(before.start), timeText(start)};
        if (before.safeRemoval != site.safeRemoval())
            result << CampaignDifference {
                code, QStringLiteral("safeRemoval"), timeText(before.safeRemoval), timeText(site.safeRemoval())};
        if (!site.plan)
            continue;
        const QJsonObject counts = PlanJson::toJson(*site.plan).value(QStringLiteral("counts")).toObject();
        for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
            const QJsonValue old = before.counts.value(it.key());
            if (!old.isUndefined() && old.toInteger() != it.value().toInteger())
                result << CampaignDifference {
                    code, it.key(), QString::number(old.toInteger()), QString::number(it.value().toInteger())};
        }
    }
    if (saved.end != now.end)
        result << CampaignDifference {QString(), QStringLiteral("end"), timeText(saved.end), timeText(now.end)};
    return result;
}
