#pragma once

#include "planning/RulesSql.h"

#include <QString>
#include <QStringList>

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

// The status column: RulesSql::ClientStatus, generated from the one definition in ClientRules.
using ClientStatusRules = RulesSql::ClientStatus;

struct ClientQuery
{
    QString where; // "WHERE ..." or empty
    QStringList parameters;
};

ClientQuery buildClientQuery(const ClientFilter& filter, const ClientStatusRules& rules);
