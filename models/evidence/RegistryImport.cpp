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
#include <algorithm>
#include <limits>
#include <tuple>

std::optional<QStringList> findRegFiles(const QStringList& paths, QString* error)
{
    QStringList result;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            *error = QCoreApplication::translate("RegistryEvidence", "%1: no such file or folder").arg(path);
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

    // Pass 1: read every file and keep, for each client, its newest export (RULES.md R6.1): the
    // latest Site Config Last Checked for the client's site, then the file's modification time, then
    // the later file in the sorted order. The others are superseded, and said so.
    struct Export
    {
        int index = 0;
        QString path;
        RegistryEvidence evidence;
        QVariant lastRefresh;
        QString zone, client, site;
        std::optional<qint64> checkedAt; // the client's own site's Site Config Last Checked
        qint64 modified = 0;
        auto order() const
        {
            return std::tuple(checkedAt.value_or(std::numeric_limits<qint64>::min()), modified, index);
        }
    };
    QHash<QString, Export> newest;
    const int total = int(files->size());
    for (int index = 0; index < total; ++index) {
        if (progress && !progress(index, total))
            return fail(QCoreApplication::translate("RegistryEvidence", "cancelled; nothing was imported"));
        const QString& path = files->at(index);
        const std::optional<RegFile> file = RegFile::read(path, error);
        if (!file)
            return std::nullopt;
        std::optional<RegistryEvidence> evidence = RegistryEvidence::fromFile(*file, path, error);
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
        Export current;
        current.index = index;
        current.path = path;
        current.lastRefresh = found->value(0);
        current.zone = found->value(1).toString();
        current.client = found->value(2).toString();
        current.site = found->value(3).toString();
        found->finish();
        current.modified = QFileInfo(path).lastModified().toSecsSinceEpoch();
        // Only the Shared key of the client's own site tells its last refresh.
        for (const RegistryEvidence::LastChecked& entry : evidence->lastChecked) {
            if (entry.site.compare(current.site, Qt::CaseInsensitive) != 0)
                continue;
            current.checkedAt = RegistryEvidence::parseLastChecked(entry.text, current.zone);
            if (!current.checkedAt)
                return fail(QStringLiteral("%1:%2: %3")
                                .arg(path)
                                .arg(entry.line)
                                .arg(QCoreApplication::translate("RegistryEvidence",
                                    "Site Config Last Checked: \"%1\" cannot be read in the time zone \"%2\" of "
                                    "site %3")
                                         .arg(entry.text, current.zone, current.site)));
        }
        current.evidence = std::move(*evidence);
        const auto earlier = newest.find(current.client);
        if (earlier == newest.end()) {
            newest.insert(current.client, std::move(current));
            continue;
        }
        const bool replaces = earlier->order() < current.order();
        const Export& older = replaces ? *earlier : current;
        const Export& kept = replaces ? current : *earlier;
        ++result.superseded;
        result.supersededNames << QCoreApplication::translate(
            "RegistryEvidence", "%1: %2, superseded by the newer export %3")
                                      .arg(older.path, older.client, kept.path);
        if (replaces)
            *earlier = std::move(current);
    }

    // Pass 2: record each client's newest export, in file order.
    QList<const Export*> chosen;
    chosen.reserve(newest.size());
    for (const Export& entry : std::as_const(newest))
        chosen << &entry;
    std::sort(chosen.begin(), chosen.end(), [](const Export* a, const Export* b) { return a->index < b->index; });
    for (const Export* entry : std::as_const(chosen)) {
        const QString& path = entry->path;
        const QString& client = entry->client;
        const RegistryEvidence& evidence = entry->evidence;
        clearCaps.addBindValue(client);
        clearClient.addBindValue(client);
        if (!exec(clearCaps) || !exec(clearClient))
            return fail(Inventory::explain((clearCaps.lastError().isValid() ? clearCaps : clearClient).lastError()));
        // RULES.md R6.1: only a file holding a CAP list says what the client knows, even an empty one.
        const bool capList = !evidence.capListSites.isEmpty();
        insertClient.addBindValue(client);
        insertClient.addBindValue(path);
        insertClient.addBindValue(importedAt);
        insertClient.addBindValue(capList ? 1 : 0);
        insertClient.addBindValue(entry->checkedAt ? 0 : 1);
        if (!insertClient.exec())
            return fail(Inventory::explain(insertClient.lastError()));
        QStringList recorded;
        for (const RegistryEvidence::Cap& cap : evidence.caps) {
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

        QString line = QCoreApplication::translate("RegistryEvidence", "%1: %Ln CAP(s)", nullptr, int(recorded.size()))
                           .arg(client);
        if (entry->checkedAt) {
            bool moved = false;
            if (!refresh.apply(client, entry->lastRefresh, *entry->checkedAt, &moved, error))
                return std::nullopt;
            if (moved) {
                ++result.refreshesMoved;
                line += QCoreApplication::translate("RegistryEvidence", ", last refresh now %1")
                            .arg(UtcTime::format(*entry->checkedAt));
            }
        } else {
            ++result.withoutLastChecked;
            line += QCoreApplication::translate(
                "RegistryEvidence", ", no Site Config Last Checked: never removes itself (Q265358)");
        }
        ++result.clients;
        result.report << line;
    }
    if (progress && !progress(total, total))
        return fail(QCoreApplication::translate("RegistryEvidence", "cancelled; nothing was imported"));
    if (dryRun)
        return result; // the transaction rolls back
    inventory.announceChange(QStringLiteral("clients"));
    if (!transaction.commit(error))
        return std::nullopt;
    return result;
}
