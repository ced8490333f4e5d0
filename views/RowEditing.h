#pragma once

#include <QCoreApplication>
#include <QStringList>

class MainWindow;
struct TableSpec;

// Adding, changing and deleting one row of any table from the console: through the row dialog (or
// given values), each change one step on the window's undo stack.
class RowEditing
{
    Q_DECLARE_TR_FUNCTIONS(MainWindow)
public:
    explicit RowEditing(MainWindow& window);

    // Edits the row with `key` (an empty key adds one) through the dialog, or writes `values`
    // directly when given; false when nothing was changed.
    bool edit(const TableSpec& spec, const QStringList& key, const QStringList& values = {});
    // Deletes the row unless something refers to it, asking first when `askFirst`.
    bool remove(const TableSpec& spec, const QStringList& key, bool askFirst = true);

private:
    MainWindow& m_window;
};
