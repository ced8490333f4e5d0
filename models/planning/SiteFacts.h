#pragma once

#include "ClientRules.h"
#include "RemovalDeadline.h"
#include "domain/ClientVersion.h"
#include "domain/Enums.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
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

// Which pending clients of a plan are covered (RULES.md R1.4, R6.1): the least last refresh that
// covers a client without registry evidence, and for each client with a registry CAP list (by its
// exact name, UTF-8) whether that list holds a CAP that stays.
struct Coverage
{
    std::optional<qint64> coveredFrom;
    QHash<QByteArray, bool> byEvidence;

    bool isCovered(QByteArrayView client, std::optional<qint64> lastRefresh) const
    {
        const auto it = byEvidence.constFind(client.toByteArray());
        return ClientRules::isCovered(
            lastRefresh, coveredFrom, it == byEvidence.cend() ? std::nullopt : std::optional<bool>(*it));
    }
};

// Everything about one site that the planner reads besides its clients: small, loaded at once.
struct SiteFacts
{
    QString code;
    QString version;
    bool logonInstallation = false;
    bool logonDiscovery = false; // Q237759: NT clients get the new lists at their next logon
    DomainPolicy domain;
    QList<SiteItem> caps;
    QList<SiteItem> accounts;
    QList<LogonPoint> logonPoints; // those serving this site
    QHash<QString, DisconnectionProfile> profiles; // every profile of the inventory
    qint64 longestOffline = 0; // the largest D of all profiles, for clients without one
    // RULES.md R6.1: the clients of the site whose registry export holds a CAP list (exact name,
    // UTF-8), with the CAPs of the inventory it lists.
    QHash<QByteArray, QStringList> capEvidence;
    // Q265358: the clients of the site whose registry export lacks `Site Config Last Checked`
    // (exact name, UTF-8); they never remove themselves (ClientRules::SelfRemoval).
    QSet<QByteArray> neverRemovesItself;

    static std::optional<SiteFacts> load(const Inventory& inventory, const QString& siteCode, QString* error);

    // The newest Clicore version among the logon points serving the site that block upgrades (SP2
    // or later, ClientRules::blocksUpgrades): a client significantly older than it is
    // upgrade-blocked (Q262677). Nothing when no such logon point serves the site.
    std::optional<qint64> newestClicoreKey() const;
    // Names ignore case (RULES.md R0.3); the item keeps the inventory's spelling.
    const SiteItem* cap(const QString& name) const;
    const SiteItem* account(const QString& name) const;
    const SiteItem* item(TransitionKind kind, const QString& name) const;
    const QList<SiteItem>& items(TransitionKind kind) const { return kind == TransitionKind::Cap ? caps : accounts; }
    // RULES.md R1.4: the least last refresh that covers a pending client of a plan of `kind`
    // retiring `retire` at `start` (ClientRules::isCovered); nothing when no item stays usable.
    std::optional<qint64> coveredFrom(
        TransitionKind kind, const QStringList& retire, qint64 start, qint64 propagation) const;
    // coveredFrom() and, for a CAP plan, the registry evidence: who of such a plan is covered.
    Coverage coverage(TransitionKind kind, const QStringList& retire, qint64 start, qint64 propagation) const;
    // ClientRules::SelfRemoval of client `name` (exact, UTF-8) of the site.
    ClientRules::SelfRemoval selfRemoval(QByteArrayView name) const
    {
        return ClientRules::selfRemoval(
            !neverRemovesItself.isEmpty() && neverRemovesItself.contains(name.toByteArray()));
    }
    // The items that stay usable after such a plan, by name.
    QStringList stayingItems(TransitionKind kind, const QStringList& retire, qint64 start) const;
};
