#pragma once

#include "SiteExport.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

class Inventory;

// Imports the clients of a site database export (SiteExport) into the inventory, in one
// transaction. A new client gets the chosen profile (or none) and install method "unknown" (the
// database never records it); an existing one keeps its profile and install method, takes the
// export's version, OS and site, and its last refresh moves forward to the heartbeat, never back.
// A row naming no site the inventory holds, or refused for any other reason, stops the whole
// import; a dry run does the same work and rolls it back.
class SiteImporter final
{
public:
    // Told the bytes read so far and the total; returning false cancels (and rolls back).
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    static constexpr int RefusedShown = 10;

    struct Summary
    {
        int newClients = 0;
        int updated = 0; // existing clients whose version, OS or site changed
        int refreshMoved = 0; // existing clients whose last refresh the heartbeat moved forward
        int unchanged = 0; // existing clients with neither
        int skipped = 0; // rows of computers without the client (Client0 = 0)
        int refused = 0;
        QStringList firstRefused; // "FILE:LINE: column NAME: what", the first RefusedShown
        bool dryRun = false;
        bool committed = false; // false after a dry run or when a row was refused
    };

    explicit SiteImporter(Inventory& inventory);
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    // The disconnection profile of new clients; empty for none.
    void setProfile(const QString& profile) { m_profile = profile; }

    // Nothing on an error that stops the reading (an unreadable file, a missing column, a
    // cancel, the store); otherwise what was done, or would be.
    std::optional<Summary> importFile(
        const QString& path, const SiteExport::Options& options, bool dryRun, QString* error);
    std::optional<Summary> importData(const QByteArray& data, const QString& fileName,
        const SiteExport::Options& options, bool dryRun, QString* error);

    // "3 new, 1 updated, ..." for people; the JSON spells the same counts.
    static QString countsText(const Summary& summary);
    static QJsonObject toJson(const Summary& summary);

private:
    Inventory& m_inventory;
    Progress m_progress;
    QString m_profile;
};
