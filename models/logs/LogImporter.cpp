#include "LogImporter.h"

#include "LogParser.h"
#include "domain/UtcTime.h"
#include "store/FastQuery.h"
#include "store/Inventory.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace {
QString tr(const char* text, const char* comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("LogImporter", text, comment, n);
}
} // namespace

RefreshForward::RefreshForward(const Inventory& inventory)
    : m_update(inventory.prepare(
        QStringLiteral("UPDATE clients SET last_refresh_at = ?, row_version = row_version + 1 WHERE name = ?")))
{
}

bool RefreshForward::apply(const QString& client, const QVariant& lastRefresh, qint64 at, bool* moved, QString* error)
{
    *moved = false;
    // Only a refresh later than the inventory knows moves the client forward.
    if (!lastRefresh.isNull() && at <= lastRefresh.toLongLong())
        return true;
    m_update.addBindValue(at);
    m_update.addBindValue(client);
    if (!m_update.exec()) {
        *error = Inventory::explain(m_update.lastError());
        return false;
    }
    *moved = true;
    return true;
}

LogImporter::LogImporter(Inventory& inventory)
    : m_inventory(inventory)
{
}

std::optional<QList<LogImporter::ClientLogs>> LogImporter::collect(
    const QStringList& paths, const QString& client, QString* error)
{
    QList<ClientLogs> result;
    auto logsIn = [](const QDir& dir) {
        QStringList files;
        for (const QFileInfo& info :
            dir.entryInfoList({QStringLiteral("*.log"), QStringLiteral("*.lo_")}, QDir::Files, QDir::Name))
            files << info.filePath();
        return files;
    };
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            *error = tr("%1: no such file or folder").arg(path);
            return std::nullopt;
        }
        if (info.isFile()) {
            if (client.isEmpty()) {
                *error = tr("%1: name the client with --client, or give a folder of per-client folders").arg(path);
                return std::nullopt;
            }
            result << ClientLogs {client, {path}};
        } else if (!client.isEmpty()) {
            result << ClientLogs {client, logsIn(QDir(path))};
        } else {
            const QDir dir(path);
            for (const QString& name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
                result << ClientLogs {name, logsIn(QDir(dir.filePath(name)))};
        }
    }
    return result;
}

QString LogImporter::failure(const QSqlQuery& query, const QString& where) const
{
    if (FastQuery::connectionLost(m_inventory.database(), query.lastError()))
        return tr("the connection to the server was lost at %1; nothing was imported").arg(where);
    return tr("%1: %2").arg(where, Inventory::explain(query.lastError()));
}

std::optional<LogImporter::Summary> LogImporter::import(const QList<ClientLogs>& clients, QString* error)
{
    // The list of what was left out stays short; the count says how much there was.
    constexpr int MostRefused = 200;
    Summary result;
    qint64 files = 0;
    for (const ClientLogs& logsOf : clients)
        files += logsOf.files.size();
    qint64 filesRead = 0;
    Transaction transaction(m_inventory.database(), error);
    if (!transaction.isActive())
        return std::nullopt;
    // Client logs carry no zone: they are read in the client's site's zone (RULES.md R5.2).
    // Names are case-insensitive: the exact spelling first (the primary key), then any other.
    QSqlQuery known = m_inventory.prepare(QStringLiteral("SELECT c.last_refresh_at, s.time_zone, c.name FROM clients c "
                                                         "JOIN sites s ON s.code = c.site WHERE c.name = ?"));
    QSqlQuery knownFolded = m_inventory.prepare(
        QStringLiteral("SELECT c.last_refresh_at, s.time_zone, c.name FROM clients c JOIN sites s ON s.code = c.site "
                       "WHERE lower(c.name) = lower(?) ORDER BY c.name LIMIT 1"));
    QSqlQuery clear = m_inventory.prepare(QStringLiteral("DELETE FROM client_log_findings WHERE client = ?"));
    QSqlQuery insert = m_inventory.prepare(QStringLiteral(
        "INSERT INTO client_log_findings (client, kind, at, file, line, evidence) VALUES (?, ?, ?, ?, ?, ?)"));
    RefreshForward refresh(m_inventory);
    for (const ClientLogs& logsOf : clients) {
        QSqlQuery* found = &known;
        for (QSqlQuery* query : {&known, &knownFolded}) {
            found = query;
            query->addBindValue(logsOf.client);
            if (!query->exec()) {
                *error = failure(*query, logsOf.files.value(0, logsOf.client));
                return std::nullopt;
            }
            if (query->next())
                break;
            query->finish();
            found = nullptr;
        }
        if (!found) {
            *error = tr("unknown client \"%1\"; nothing was imported").arg(logsOf.client);
            return std::nullopt;
        }
        const QVariant lastRefresh = found->value(0);
        const QString zoneName = found->value(1).toString();
        const ClientLogs client {found->value(2).toString(), logsOf.files};
        found->finish();
        const QTimeZone zone = zoneName.isEmpty() ? QTimeZone::utc() : QTimeZone(zoneName.toUtf8());
        if (!zone.isValid()) {
            *error = tr("client \"%1\": its site's time zone \"%2\" is unknown; nothing was imported")
                         .arg(client.client, zoneName);
            return std::nullopt;
        }
        QList<std::pair<QString, LogFile>> logs;
        for (const QString& path : client.files) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                *error = tr("%1: cannot read: %2").arg(path, file.errorString());
                return std::nullopt;
            }
            LogFile log = LogParser::parse(LogParser::readFile(file), zone);
            result.entries += int(log.entries.size());
            result.unreadable += int(log.unreadableLines.size());
            if (log.entries.isEmpty() && file.size() > 0) {
                result.refused << tr("%1:%2: no log entries; not an SMS 2.0 or Configuration Manager log")
                                      .arg(path)
                                      .arg(log.unreadableLines.value(0, 1));
            } else {
                for (const int line : std::as_const(log.unreadableLines)) {
                    if (result.refused.size() >= MostRefused)
                        break;
                    result.refused << tr("%1:%2: not a log entry; left out").arg(path).arg(line);
                }
            }
            ++filesRead;
            if (m_progress && !m_progress(filesRead, files)) {
                *error = tr("import cancelled; nothing was imported");
                return std::nullopt;
            }
            logs.append({QFileInfo(path).fileName(), std::move(log)});
        }
        const ClientDiagnosis diagnosis = diagnose(logs);
        clear.addBindValue(client.client);
        if (!clear.exec()) {
            *error = failure(clear, client.files.value(0, client.client));
            return std::nullopt;
        }
        for (const LogFinding& finding : diagnosis.findings) {
            insert.addBindValue(client.client);
            insert.addBindValue(ClientDiagnosis::kindName(finding.kind));
            insert.addBindValue(finding.timeMs / 1000);
            insert.addBindValue(finding.file);
            insert.addBindValue(finding.line);
            insert.addBindValue(finding.evidence);
            if (!insert.exec()) {
                *error = failure(insert, QStringLiteral("%1:%2").arg(finding.file).arg(finding.line));
                return std::nullopt;
            }
        }
        result.findings += int(diagnosis.findings.size());
        QString line = tr("%1: %Ln finding(s)", nullptr, int(diagnosis.findings.size())).arg(client.client);
        bool moved = false;
        if (diagnosis.lastRefreshMs
            && !refresh.apply(client.client, lastRefresh, *diagnosis.lastRefreshMs / 1000, &moved, error)) {
            if (FastQuery::connectionLost(m_inventory.database()))
                *error = tr("the connection to the server was lost at %1; nothing was imported")
                             .arg(client.files.value(0, client.client));
            return std::nullopt;
        }
        if (moved) {
            ++result.refreshesMoved;
            result.moved.append({client.client, *diagnosis.lastRefreshMs / 1000});
            line += tr(", last refresh now %1").arg(UtcTime::format(*diagnosis.lastRefreshMs / 1000));
        }
        for (const LogFinding& finding : diagnosis.findings)
            line += QStringLiteral("\n  %1 at %2 (%3:%4): %5")
                        .arg(ClientDiagnosis::kindName(finding.kind), UtcTime::format(finding.timeMs / 1000),
                            finding.file)
                        .arg(finding.line)
                        .arg(finding.evidence);
        result.report << line;
        ++result.clients;
    }
    m_inventory.announceChange(QStringLiteral("clients"));
    if (!transaction.commit(error))
        return std::nullopt;
    return result;
}
