#pragma once

#include "ClientDiagnosis.h"

#include <QString>
#include <QStringList>
#include <optional>

class Inventory;

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
