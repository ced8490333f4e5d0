#include "RegistryEvidence.h"
#include "domain/UtcTime.h"
#include "logs/LogImporter.h"
#include "store/Inventory.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
QString tr(const char* text, const char* comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("RegistryEvidence", text, comment, n);
}
} // namespace

std::optional<QStringList> findRegFiles(const QStringList& paths, QString* error)
{
    QStringList result;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            *error = tr("%1: no such file or folder").arg(path);
            return std::nullopt;
        }
        if (info.isFile()) {
            result << path;
            continue;
        }
        QStringList found;
        QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (file.endsWith(QLatin1String(".reg"), Qt::CaseInsensitive))
                found << file;
        }
        found.sort();
        result << found;
    }
    return result;
}

std::optional<RegistryImportSummary> importRegistryEvidence(Inventory& inventory, const QStringList& paths, bool dryRun,
    const std::function<bool(int done, int total)>& progress, QString* error)
{
    const auto fail = [&](const QString& message) -> std::optional<RegistryImportSummary> {
        *error = message;
        return std::nullopt;
    };
    const std::optional<QStringList> files = findRegFiles(paths, error);
    if (!files)
        return std::nullopt;
    RegistryImportSummary result;
    result.dryRun = dryRun;
    Transaction transaction(inventory.database(), error);
    if (!transaction.isActive())
        return std::nullopt;

    // Server names ignore case (RULES.md R0.3): the inventory's spelling is recorded.
    QHash<QString, QString> caps;
    {
        QSqlQuery query = inventory.prepare(QStringLiteral("SELECT server FROM caps"));
        if (!query.exec())
            return fail(Inventory::explain(query.lastError()));
        while (query.next())
            caps.insert(query.value(0).toString().toCaseFolded(), query.value(0).toString());
    }
    QSqlQuery known
        = inventory.prepare(QStringLiteral("SELECT c.last_refresh_at, s.time_zone, c.name, c.site "
                                           "FROM clients c JOIN sites s ON s.code = c.site WHERE c.name = ?"));
    QSqlQuery knownFolded = inventory.prepare(
        QStringLiteral("SELECT c.last_refresh_at, s.time_zone, c.name, c.site FROM clients c JOIN sites s ON s.code = "
                       "c.site WHERE lower(c.name) = lower(?) ORDER BY c.name LIMIT 1"));
    QSqlQuery clearCaps = inventory.prepare(QStringLiteral("DELETE FROM client_cap_evidence WHERE client = ?"));
    QSqlQuery clearClient = inventory.prepare(QStringLiteral("DELETE FROM client_registry WHERE client = ?"));
    QSqlQuery insertClient
        = inventory.prepare(QStringLiteral("INSERT INTO client_registry (client, source, imported_at, cap_list, "
                                           "last_checked_missing) VALUES (?, ?, ?, ?, ?)"));
    QSqlQuery insertCap = inventory.prepare(QStringLiteral(
        "INSERT INTO client_cap_evidence (client, cap, source, line, imported_at) VALUES (?, ?, ?, ?, ?)"));
    RefreshForward refresh(inventory);
    const qint64 importedAt = QDateTime::currentSecsSinceEpoch();
    const auto exec = [](QSqlQuery& query) { return query.exec(); };

    const int total = int(files->size());
    for (int index = 0; index < total; ++index) {
        if (progress && !progress(index, total))
            return fail(tr("cancelled; nothing was imported"));
        const QString& path = files->at(index);
        const std::optional<RegFile> file = RegFile::read(path, error);
        if (!file)
            return std::nullopt;
        const std::optional<RegistryEvidence> evidence = RegistryEvidence::fromFile(*file, path, error);
        if (!evidence)
            return std::nullopt;
        ++result.files;
        QSqlQuery* found = nullptr;
        for (QSqlQuery* query : {&known, &knownFolded}) {
            query->addBindValue(evidence->client);
            if (!query->exec())
                return fail(Inventory::explain(query->lastError()));
            if (query->next()) {
                found = query;
                break;
            }
            query->finish();
        }
        if (!found) {
            ++result.unknownClients;
            result.unknownClientNames << QStringLiteral("%1: %2").arg(path, evidence->client);
            continue;
        }
        const QVariant lastRefresh = found->value(0);
        const QString zone = found->value(1).toString();
        const QString client = found->value(2).toString();
        const QString site = found->value(3).toString();
        found->finish();

        clearCaps.addBindValue(client);
        clearClient.addBindValue(client);
        if (!exec(clearCaps) || !exec(clearClient))
            return fail(Inventory::explain((clearCaps.lastError().isValid() ? clearCaps : clearClient).lastError()));
        // Only the Shared key of the client's own site tells its last refresh.
        const RegistryEvidence::LastChecked* checked = nullptr;
        for (const RegistryEvidence::LastChecked& entry : evidence->lastChecked) {
            if (entry.site.compare(site, Qt::CaseInsensitive) == 0)
                checked = &entry;
        }
        // RULES.md R6.1: only a file holding a CAP list says what the client knows, even an empty one.
        const bool capList = !evidence->capListSites.isEmpty();
        insertClient.addBindValue(client);
        insertClient.addBindValue(path);
        insertClient.addBindValue(importedAt);
        insertClient.addBindValue(capList ? 1 : 0);
        insertClient.addBindValue(checked ? 0 : 1);
        if (!insertClient.exec())
            return fail(Inventory::explain(insertClient.lastError()));
        QStringList recorded;
        for (const RegistryEvidence::Cap& cap : evidence->caps) {
            const QString server = caps.value(cap.server.toCaseFolded());
            if (server.isEmpty()) {
                ++result.unknownServers;
                result.unknownServerNames << QStringLiteral("%1:%2: %3").arg(path).arg(cap.line).arg(cap.server);
                continue;
            }
            if (recorded.contains(server))
                continue;
            recorded << server;
            insertCap.addBindValue(client);
            insertCap.addBindValue(server);
            insertCap.addBindValue(path);
            insertCap.addBindValue(cap.line);
            insertCap.addBindValue(importedAt);
            if (!insertCap.exec())
                return fail(Inventory::explain(insertCap.lastError()));
        }
        result.caps += int(recorded.size());

        QString line = tr("%1: %n CAP(s)", nullptr, int(recorded.size())).arg(client);
        if (checked) {
            const std::optional<qint64> at = RegistryEvidence::parseLastChecked(checked->text, zone);
            if (!at)
                return fail(
                    QStringLiteral("%1:%2: %3")
                        .arg(path)
                        .arg(checked->line)
                        .arg(tr("Site Config Last Checked: \"%1\" cannot be read in the time zone \"%2\" of site %3")
                                 .arg(checked->text, zone, site)));
            bool moved = false;
            if (!refresh.apply(client, lastRefresh, *at, &moved, error))
                return std::nullopt;
            if (moved) {
                ++result.refreshesMoved;
                line += tr(", last refresh now %1").arg(UtcTime::format(*at));
            }
        } else {
            ++result.withoutLastChecked;
            line += tr(", no Site Config Last Checked: never removes itself (Q265358)");
        }
        ++result.clients;
        result.report << line;
    }
    if (progress && !progress(total, total))
        return fail(tr("cancelled; nothing was imported"));
    if (dryRun)
        return result; // the transaction rolls back
    inventory.announceChange(QStringLiteral("clients"));
    if (!transaction.commit(error))
        return std::nullopt;
    return result;
}
