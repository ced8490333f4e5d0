#pragma once

#include "RegFile.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

class Inventory;

// What one client's registry export proves (docs/EVIDENCE.md, RULES.md R6): the CAPs it holds and
// the last time it checked its site's configuration.
struct RegistryEvidence
{
    struct Cap
    {
        QString site; // the code of "CAP List for site <code>"
        QString server; // the first path component after \\ of the NAL path
        QString nalPath;
        bool preferred = false;
        int line = 0;
    };
    struct LastChecked
    {
        QString site;
        QString text; // "2000/06/13 06:28.53", in the site's time zone
        int line = 0;
    };

    QString client; // ComputerName, else the file's base name
    QString file;
    QList<Cap> caps;
    QStringList capListSites; // the sites whose "CAP List for site" key the file holds
    QList<LastChecked> lastChecked;
    QStringList sitesWithoutLastChecked; // a Shared\<code> key without the value (Q265358)

    // Nothing when the file cannot be read; *error is "FILE:LINE: reason".
    static std::optional<RegistryEvidence> fromFile(const RegFile& file, const QString& path, QString* error);
    // "MSWNET:[...]\\SERVER\CAP_ABC\" and "NWBIND:[...]\\SERVER\VOL\CAP_ABC\": SERVER; empty when the
    // path names none.
    static QString serverOf(const QString& nalPath);
    static bool isPreferred(const QString& nalPath);
    // "2000/06/13 06:28.53" (also "2000/06/13 06:28:53") as local date and time, in seconds since
    // the epoch when read in `zoneId` (IANA; empty: UTC). Nothing when it is not such a time.
    static std::optional<qint64> parseLastChecked(const QString& text, const QString& zoneId);
};

struct RegistryImportSummary
{
    int files = 0;
    int clients = 0; // clients of the inventory with evidence from this import
    int caps = 0; // client-CAP facts recorded
    int refreshesMoved = 0; // clients whose last refresh moved forward
    int withoutLastChecked = 0; // clients recorded as never removing themselves
    int unknownServers = 0; // listed servers that are no CAP of the inventory (not recorded)
    int unknownClients = 0; // files whose client the inventory does not hold (skipped)
    QStringList unknownServerNames; // "FILE:LINE: SERVER", one per occurrence
    QStringList unknownClientNames; // "FILE: CLIENT"
    // Files left out because a newer export of the same client came in the same import (RULES.md
    // R6.1): "FILE: CLIENT, superseded by the newer export FILE".
    int superseded = 0;
    QStringList supersededNames;
    QStringList report; // one line per client
    bool dryRun = false;
};

// Finds *.reg files (any case) in `paths`: files are taken as they are, folders searched
// recursively, sorted. Nothing when a path does not exist.
std::optional<QStringList> findRegFiles(const QStringList& paths, QString* error);

// Reads every .reg file under `paths` and records its evidence in one transaction: all or nothing.
// A file that cannot be read ends the import with "FILE:LINE: reason" and the inventory untouched.
// With `dryRun` everything is checked and counted, then rolled back. `progress` (may be empty) is
// told the files done and their total; returning false cancels (nothing imported, *error says so).
std::optional<RegistryImportSummary> importRegistryEvidence(Inventory& inventory, const QStringList& paths, bool dryRun,
    const std::function<bool(int done, int total)>& progress, QString* error);
