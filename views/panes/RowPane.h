#pragma once

#include <QStringList>

struct TableSpec;

// A pane whose rows are rows of one inventory table, which the window adds, edits and deletes by
// key (the table panes and the Clients pane).
class RowPane
{
public:
    virtual ~RowPane() = default;
    // The table whose rows the pane lists; none when they are not edited as rows.
    virtual const TableSpec* spec() const = 0;
    // The key of the row's table row; empty for no row.
    virtual QStringList keyOfRow(int row) const = 0;
    // The selected row, or -1.
    virtual int currentRow() const = 0;
    // The rows the pane shows.
    virtual qint64 shownRows() const = 0;
};
