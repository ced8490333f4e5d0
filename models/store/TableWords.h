#pragma once

#include <QString>
#include <QStringList>

struct TableSpec;

// The words the console uses for the inventory's tables and columns, where the CSV and SQL names
// ("max_offline_hours", "caps") would otherwise reach the user: the row dialog's labels and every
// message of the editor say what the panes say ("Longest disconnection (hours)", "CAP").
namespace TableWords {
// A column's title as the panes show it; a column no pane names, in words ("Removed at").
QString column(const TableSpec& spec, const QString& column);
// One row, named by its key: "CAP CAP-CEN-02", "blackout night, 1 Mar 2025 09:00 UTC".
QString row(const TableSpec& spec, const QStringList& key);
// A value as the panes show it: times in the user's long style, the rest as it is.
QString value(const TableSpec& spec, const QString& column, const QString& value);
// `message` with the table's SQL and CSV column names ("caps.licenses", "added_at") in words.
QString inWords(const TableSpec& spec, const QString& message);
} // namespace TableWords
