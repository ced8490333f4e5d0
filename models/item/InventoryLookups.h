#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

class Inventory;

// The small name lists and counts the console's dialogs and status bar show. Each reads one query;
// when it fails, the list is empty and `error` (when given) says why, for the caller to show.
namespace InventoryLookups {

struct NamedSite
{
    QString code;
    QString name;
};

struct Counts
{
    qint64 sites = 0;
    qint64 caps = 0;
    qint64 accounts = 0;
    qint64 clients = 0;
};

struct SavedPlan
{
    qint64 id = 0;
    QString site;
    QString kind;
    qint64 startAt = 0;
    std::optional<qint64> safeRemovalAt;
};

// A disconnection profile as the wizard's start page lists it, for one site.
struct ProfileRow
{
    QString name;
    qint64 clients = 0; // the site's clients with this profile
    double maxOfflineHours = 0;
    QString blackouts; // "2026-12-19 16:00..2027-01-04 07:00 (label); ..." by start
};

QStringList siteCodes(const Inventory& inventory, QString* error = nullptr);
QList<NamedSite> sites(const Inventory& inventory, QString* error = nullptr);
QStringList profileNames(const Inventory& inventory, QString* error = nullptr);
QStringList domainNames(const Inventory& inventory, QString* error = nullptr);
// The client versions present, oldest first.
QStringList clientVersions(const Inventory& inventory, QString* error = nullptr);
std::optional<Counts> counts(const Inventory& inventory, QString* error = nullptr);
// The saved plans, newest first.
QList<SavedPlan> savedPlans(const Inventory& inventory, QString* error = nullptr);
// Every profile of the inventory, in byte order of the name, with the clients of `site` that have it.
QList<ProfileRow> profileRows(const Inventory& inventory, const QString& site, QString* error = nullptr);
// The clients of `site` without a profile: they get the plan's largest longest disconnection.
qint64 clientsWithoutProfile(const Inventory& inventory, const QString& site, QString* error = nullptr);

} // namespace InventoryLookups
