#pragma once

#include <QCoreApplication>
#include <QString>

class Inventory;
class QObject;
class QueryTableModel;
struct TimingParameters;

// The console's table panes over the inventory: which rows, which columns, in words and SQL. The
// views only show them. The strings keep the MainWindow translation context they were written in.
class PaneTables
{
    Q_DECLARE_TR_FUNCTIONS(MainWindow)
public:
    static QueryTableModel* caps(const Inventory& inventory, QObject* parent);
    // "Clients that know it" counts with the propagation delay P of `timing`.
    static QueryTableModel* accounts(const Inventory& inventory, const TimingParameters& timing, QObject* parent);
    static QueryTableModel* logonPoints(const Inventory& inventory, QObject* parent);
    static QueryTableModel* profiles(const Inventory& inventory, QObject* parent);
    static QueryTableModel* blackouts(const Inventory& inventory, QObject* parent);
    static QueryTableModel* plans(const Inventory& inventory, QObject* parent);
    // The saved campaigns; a campaign spans sites, so no site scope applies.
    static QueryTableModel* campaigns(const Inventory& inventory, QObject* parent);

    // The three pane columns that express a planning rule in SQL, over the alias t of their table.
    // A CAP's state at `now` (an SQL expression for the current time): planned, live or retired.
    static QString capStateSql(const QString& now);
    // How many clients of the account's site know it: added at least `propagationSeconds` before
    // the client's last refresh and not removed by then.
    static QString clientsKnowingAccountSql(const TimingParameters& timing);
    // Q262677: whether a site served by logon point t (site alias s) gets new clients through it.
    static QString logonPointAssignmentSql();
};
