#pragma once

#include "ClientDiagnosis.h"

#include <QSqlQuery>
#include <QString>
#include <QStringList>
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
        QStringList report; // one line per client
    };

    explicit LogImporter(Inventory& inventory);
    // Nothing is imported unless every client's logs are.
    std::optional<Summary> import(const QList<ClientLogs>& clients, QString* error);

    // Per-client folders named after the clients, or files of one named client.
    static std::optional<QList<ClientLogs>> collect(const QStringList& paths, const QString& client, QString* error);

private:
    Inventory& m_inventory;
};
