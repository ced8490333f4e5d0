#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

class Inventory;

// What the Clients pane shows: the scope (sites) and the filters, turned into one SQL condition.
// Every value is bound; only integers we computed ourselves go into the text.
struct ClientFilter
{
    QStringList sites; // empty: every site
    QString nameContains;
    QString os;
    QString installMethod;
    QString version;
    QString profile; // NoProfile for clients without one
    QString status; // one of the Status names

    static QString noProfile() { return QStringLiteral("\x01none"); }

    bool operator==(const ClientFilter&) const = default;
};

// The status column (DOMAIN.md): stale, upgrade-blocked at a logon point of its site, no automatic
// recovery (no Logon Client Installation, or push-installed), or ok. One word per client, the
// first that applies.
struct ClientStatusRules
{
    qint64 staleBefore = 0; // now - 60 days (Q227033)
    QString like = QStringLiteral("LIKE"); // the case-insensitive LIKE of the inventory's engine
    QHash<QString, qint64> newestClicore; // per site, the newest Clicore key of its logon points
    QSet<QString> sitesWithoutLogonInstall; // Q260824

    static ClientStatusRules load(const Inventory& inventory, qint64 now);
    QString sqlExpression() const; // over clients c
    // The status as its position in names(), for sorting.
    QString rankExpression() const;
    // In alphabetical order: no-automatic-recovery, ok, stale, upgrade-blocked.
    static QStringList names();

private:
    // The rules with these SQL values for stale, upgrade-blocked, no automatic recovery and ok.
    QString expression(const QStringList& outcomes) const;
};

struct ClientQuery
{
    QString where; // "WHERE ..." or empty
    QStringList parameters;
};

ClientQuery buildClientQuery(const ClientFilter& filter, const ClientStatusRules& rules);
