#pragma once

#include "ClientRules.h"
#include "RemovalDeadline.h"
#include "domain/ClientVersion.h"
#include "domain/Enums.h"

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

class Inventory;

// A CAP or a client connection account: what the rules need of either.
struct SiteItem
{
    QString name;
    qint64 addedAt = 0;
    std::optional<qint64> removedAt;
    // CAPs
    Licensing licensing = Licensing::PerSeat;
    int licenses = 0;
    bool domainController = false;
    // accounts
    std::optional<qint64> passwordChangedAt;

    bool isLiveAt(qint64 time) const { return ClientRules::isLiveAt(addedAt, removedAt, time); }
    bool isKnownAfter(qint64 lastRefresh, qint64 propagation) const
    {
        return ClientRules::knows(addedAt, removedAt, lastRefresh, propagation);
    }
};

struct LogonPointSite
{
    QString code;
    QString version;
    qint64 versionKey = 0;
};

struct LogonPoint
{
    QString server;
    QString clicoreVersion;
    qint64 versionKey = 0;
    QList<LogonPointSite> sites;
};

struct DomainPolicy
{
    QString name;
    int lockoutThreshold = 0;
    int lockoutWindowMinutes = 30;
    int lockoutDurationMinutes = 30;
    int maxPasswordAgeDays = 42;
};

// Everything about one site that the planner reads besides its clients: small, loaded at once.
struct SiteFacts
{
    QString code;
    QString version;
    bool logonInstallation = false;
    DomainPolicy domain;
    QList<SiteItem> caps;
    QList<SiteItem> accounts;
    QList<LogonPoint> logonPoints; // those serving this site
    QHash<QString, DisconnectionProfile> profiles; // every profile of the inventory
    qint64 longestOffline = 0; // the largest D of all profiles, for clients without one

    static std::optional<SiteFacts> load(const Inventory& inventory, const QString& siteCode, QString* error);

    // The newest Clicore version among the logon points serving the site: a client significantly
    // older than it is upgrade-blocked (Q262677). Nothing when no logon point serves the site.
    std::optional<qint64> newestClicoreKey() const;
    const SiteItem* cap(const QString& name) const;
    const SiteItem* account(const QString& name) const;
};
