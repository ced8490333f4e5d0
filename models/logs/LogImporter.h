#pragma once

#include "ClientDiagnosis.h"

#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

class Inventory;

// Moves a client's last refresh forward on evidence (a log, a registry export), never back.
class RefreshForward final
{
public:
    explicit RefreshForward(const Inventory& inventory);
    // Sets the client's last refresh to `at` when `lastRefresh` (as read; NULL: none recorded) is
    // earlier; *moved says whether it did.
    bool apply(const QString& client, const QVariant& lastRefresh, qint64 at, bool* moved, QString* error);

private:
    QSqlQuery m_update;
};

// Records what clients' logs prove: each client's latest finding of each kind, with its evidence
// line, and a later last refresh where the log shows a successful one, so that plans move clients
// from pending to confirmed on evidence. One transaction for the whole import.
class LogImporter final
{
public:
    struct ClientLogs
    {
        QString client;
        QStringList files;
    };
    struct Summary
    {
        int clients = 0;
        int refreshesMoved = 0; // clients whose last refresh the logs moved later
        int entries = 0;
        int unreadable = 0;
        int findings = 0; // findings recorded, over all clients
        QStringList report; // one line per client
        struct Moved
        {
            QString client;
            qint64 lastRefresh = 0; // epoch seconds, UTC: where the logs moved it
        };
        QList<Moved> moved;
        // What was left out, "FILE:LINE: why": lines that are not log entries, files with none.
        QStringList refused;
    };
    // Told the files read so far and their number; returning false cancels (and rolls back).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit LogImporter(Inventory& inventory);
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    // Nothing is imported unless every client's logs are.
    std::optional<Summary> import(const QList<ClientLogs>& clients, QString* error);

    // Per-client folders named after the clients, or files of one named client.
    static std::optional<QList<ClientLogs>> collect(const QStringList& paths, const QString& client, QString* error);

private:
    // The error of a statement that failed while importing `where` (FILE or FILE:LINE).
    QString failure(const class QSqlQuery& query, const QString& where) const;

    Inventory& m_inventory;
    Progress m_progress;
};
