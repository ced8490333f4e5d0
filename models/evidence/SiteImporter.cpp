#include "SiteImporter.h"

#include "logs/LogImporter.h"
#include "store/Inventory.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
QString tr(const char* text, const char* comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("SiteImporter", text, comment, n);
}

constexpr int ProgressEvery = 512;

// Windows NT names are case-insensitive (RULES.md R0.3): folded name -> the inventory's spelling.
std::optional<QHash<QString, QString>> spellings(const Inventory& inventory, const QString& sql, QString* error)
{
    QHash<QString, QString> result;
    QSqlQuery query = inventory.prepare(sql);
    query.setForwardOnly(true);
    if (!query.exec()) {
        *error = Inventory::explain(query.lastError());
        return std::nullopt;
    }
    while (query.next()) {
        const QString name = query.value(0).toString();
        result.insert(name.toLower(), name);
    }
    return result;
}
} // namespace

SiteImporter::SiteImporter(Inventory& inventory)
    : m_inventory(inventory)
{
}

std::optional<SiteImporter::Summary> SiteImporter::importFile(
    const QString& path, const SiteExport::Options& options, bool dryRun, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return importData(file.readAll(), path, options, dryRun, error);
}

std::optional<SiteImporter::Summary> SiteImporter::importData(
    const QByteArray& data, const QString& fileName, const SiteExport::Options& options, bool dryRun, QString* error)
{
    SiteExport reader(data, fileName);
    if (!reader.open(error) || !reader.resolve(options, error))
        return std::nullopt;
    Summary summary;
    summary.dryRun = dryRun;
    Transaction transaction(m_inventory.database(), error);
    if (!transaction.isActive())
        return std::nullopt;
    const Inventory::BulkWork bulk(m_inventory);
    const auto sites = spellings(m_inventory, QStringLiteral("SELECT code FROM sites"), error);
    if (!sites)
        return std::nullopt;
    QVariant profile;
    if (!m_profile.isEmpty()) {
        const auto profiles = spellings(m_inventory, QStringLiteral("SELECT name FROM profiles"), error);
        if (!profiles)
            return std::nullopt;
        if (!profiles->contains(m_profile.toLower())) {
            *error = tr("--profile: unknown disconnection profile \"%1\"").arg(m_profile);
            return std::nullopt;
        }
        profile = profiles->value(m_profile.toLower());
    }
    auto clients = spellings(m_inventory, QStringLiteral("SELECT name FROM clients"), error);
    if (!clients)
        return std::nullopt;

    QSqlQuery current
        = m_inventory.prepare(QStringLiteral("SELECT site, os, version, last_refresh_at FROM clients WHERE name = ?"));
    QSqlQuery insert = m_inventory.prepare(
        QStringLiteral("INSERT INTO clients (name, site, os, install_method, version, version_key, profile, "
                       "last_refresh_at) VALUES (?, ?, ?, 'unknown', ?, ?, ?, ?)"));
    QSqlQuery update
        = m_inventory.prepare(QStringLiteral("UPDATE clients SET site = ?, os = ?, version = ?, "
                                             "version_key = ?, row_version = row_version + 1 WHERE name = ?"));
    RefreshForward refresh(m_inventory);
    const auto run = [error](QSqlQuery& query) {
        if (query.exec())
            return true;
        *error = Inventory::explain(query.lastError());
        return false;
    };
    const auto refuse = [&summary](const QString& why) {
        ++summary.refused;
        if (summary.firstRefused.size() < RefusedShown)
            summary.firstRefused << why;
    };

    SiteExport::Record record;
    SiteExport::Row row;
    QString why;
    int sinceProgress = 0;
    while (reader.next(record, error)) {
        if (m_progress && ++sinceProgress == ProgressEvery) {
            sinceProgress = 0;
            if (!m_progress(reader.position(), reader.size())) {
                *error = tr("cancelled; nothing was imported");
                return std::nullopt;
            }
        }
        const SiteExport::Outcome outcome = reader.convert(record, options, row, &why);
        if (outcome == SiteExport::Outcome::Skipped) {
            ++summary.skipped;
            continue;
        }
        if (outcome == SiteExport::Outcome::Refused) {
            refuse(why);
            continue;
        }
        QString site;
        for (const QString& code : std::as_const(row.sites)) {
            site = sites->value(code.toLower());
            if (!site.isEmpty())
                break;
        }
        if (site.isEmpty()) {
            refuse(tr("%1:%2: column %3: unknown site \"%4\"; add the site to the inventory first")
                       .arg(fileName)
                       .arg(row.line)
                       .arg(reader.header().value(reader.column(SiteExport::Field::Site)),
                           row.sites.join(QStringLiteral(", ")).left(100)));
            continue;
        }
        const QString os = Enums::name(row.os);
        const auto known = clients->constFind(row.name.toLower());
        if (known == clients->constEnd()) {
            insert.addBindValue(row.name);
            insert.addBindValue(site);
            insert.addBindValue(os);
            insert.addBindValue(row.version);
            insert.addBindValue(row.versionKey);
            insert.addBindValue(profile);
            insert.addBindValue(row.heartbeat ? QVariant(*row.heartbeat) : QVariant());
            if (!run(insert))
                return std::nullopt;
            clients->insert(row.name.toLower(), row.name);
            ++summary.newClients;
            continue;
        }
        const QString name = *known;
        current.addBindValue(name);
        if (!run(current))
            return std::nullopt;
        if (!current.next()) {
            *error = tr("client \"%1\" vanished during the import").arg(name);
            return std::nullopt;
        }
        const bool changed = current.value(0).toString() != site || current.value(1).toString() != os
            || current.value(2).toString() != row.version;
        const QVariant lastRefresh = current.value(3);
        current.finish();
        if (changed) {
            update.addBindValue(site);
            update.addBindValue(os);
            update.addBindValue(row.version);
            update.addBindValue(row.versionKey);
            update.addBindValue(name);
            if (!run(update))
                return std::nullopt;
            ++summary.updated;
        }
        bool moved = false;
        if (row.heartbeat && !refresh.apply(name, lastRefresh, *row.heartbeat, &moved, error))
            return std::nullopt;
        if (moved)
            ++summary.refreshMoved;
        if (!changed && !moved)
            ++summary.unchanged;
    }
    if (!error->isEmpty())
        return std::nullopt;
    if (m_progress && !m_progress(reader.size(), reader.size())) {
        *error = tr("cancelled; nothing was imported");
        return std::nullopt;
    }
    // A dry run, or a refused row: the transaction rolls back here.
    if (dryRun || summary.refused > 0)
        return summary;
    m_inventory.announceChange(QStringLiteral("clients"));
    if (!transaction.commit(error))
        return std::nullopt;
    summary.committed = true;
    return summary;
}

QString SiteImporter::countsText(const Summary& summary)
{
    return tr("%L1 new, %L2 updated, %L3 refresh moved forward, %L4 unchanged, %L5 skipped (no client), %L6 refused",
        "site import counts")
        .arg(summary.newClients)
        .arg(summary.updated)
        .arg(summary.refreshMoved)
        .arg(summary.unchanged)
        .arg(summary.skipped)
        .arg(summary.refused);
}

QJsonObject SiteImporter::toJson(const Summary& summary)
{
    return QJsonObject {{QStringLiteral("new"), summary.newClients}, {QStringLiteral("updated"), summary.updated},
        {QStringLiteral("refreshMoved"), summary.refreshMoved}, {QStringLiteral("unchanged"), summary.unchanged},
        {QStringLiteral("skipped"), summary.skipped}, {QStringLiteral("refused"), summary.refused},
        {QStringLiteral("firstRefused"), QJsonArray::fromStringList(summary.firstRefused)},
        {QStringLiteral("dryRun"), summary.dryRun}, {QStringLiteral("imported"), summary.committed}};
}
