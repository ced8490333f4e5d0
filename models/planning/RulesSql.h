#pragma once

#include "TimingParameters.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

class Inventory;

// The SQL that must say what ClientRules says, for the panes' filters and sorts over a whole
// inventory. Each function is generated from the constants and the order of precedence in
// ClientRules.h; tst_rulesconsistency compares both on every client. Aliases and `timeSql` are
// spliced into the text: pass our own aliases and expressions, never user input.
namespace RulesSql {

// The Clients pane's status column (ClientRules::paneStatus) at a moment `now`, over clients `c`.
// The per-site facts are read once by load(); site codes are quoted as SQL literals.
struct ClientStatus
{
    qint64 now = 0;
    QString like = QStringLiteral("LIKE"); // the case-insensitive LIKE of the inventory's engine
    QHash<QString, qint64> newestClicore; // per site, the newest Clicore key of its logon points
    QSet<QString> sitesWithoutLogonInstall; // Q260824
    QSet<QString> sitesWithoutLogonDiscovery; // Q237759: an unknown install method recovers only with it
    bool anyNeverRemovesItself = false; // Q265358: whether the stale rule must ask client_registry

    // Reads the per-site facts of the inventory; nothing, with *error set, when a query fails.
    static std::optional<ClientStatus> load(const Inventory& inventory, qint64 now, QString* error);
    // The status as text: one of names().
    QString sqlExpression() const;
    // The status as its position in names(), for sorting.
    QString rankExpression() const;
    // In alphabetical order: no-automatic-recovery, ok, stale, upgrade-blocked.
    static QStringList names();

private:
    // The rules with these SQL values for each ClientRules::PaneStatus, in the enum's order.
    QString expression(const QStringList& outcomes) const;
};

// ClientRules::isStale over clients `clientAlias` at `at`. `anyNeverRemovesItself`: whether some
// client's registry export lacks `Site Config Last Checked` (Q265358); without one the term
// leaves client_registry alone.
QString isStale(const QString& clientAlias, qint64 at, bool anyNeverRemovesItself);

// True where item `itemAlias` (caps or accounts) is live at `timeSql` (ClientRules::isLiveAt).
QString liveAt(const QString& itemAlias, const QString& timeSql);

// The CAPs pane's State column: `planned` before the item is added, `live` while it is live at
// `timeSql`, `retired` afterwards. The outcomes are SQL values (e.g. quoted, translated words).
QString itemState(const QString& itemAlias, const QString& timeSql, const QString& planned, const QString& live,
    const QString& retired);

// True where client `clientAlias` knows item `itemAlias` (ClientRules::knows), with the
// propagation delay of `timing`. A client with no recorded refresh knows nothing here.
QString knows(const QString& itemAlias, const QString& clientAlias, const TimingParameters& timing);

// 'covered' or 'exposed' (ClientRules::isCovered) for a pending client `clientAlias` of a plan whose
// staying items give `coveredFrom` (SiteFacts::coveredFrom; nothing: no item stays). Only meaningful
// for pending clients; a client with no recorded refresh is exposed.
QString exposure(const QString& clientAlias, std::optional<qint64> coveredFrom);
// The same with RULES.md R6.1 for a CAP plan whose staying CAPs are `stayingCaps`
// (SiteFacts::stayingItems): a client whose registry export holds a CAP list is covered exactly when
// that list holds one of them (SiteFacts::coverage).
QString exposure(const QString& clientAlias, std::optional<qint64> coveredFrom, const QStringList& stayingCaps);

// True where site `siteAlias` (a sites row) is significantly older than the newest site sharing the
// logon point whose server is `serverSql`: it gets no new clients there
// (ClientRules::getsNoNewClients, Q262677).
QString getsNoNewClients(const QString& siteAlias, const QString& serverSql);
} // namespace RulesSql
