#pragma once

#include <QTableView>

class QueryTableModel;
struct TableSpec;

// A pane that lists one table of the inventory (CAPs, logon points, profiles, blackouts; the
// accounts and plans panes add their menus): sorted in SQL, one row selected at a time.
class TablePane : public QTableView
{
    Q_OBJECT
public:
    // `spec` is the table whose rows the pane edits; none when they are not edited as rows.
    TablePane(int index, const QString& title, QueryTableModel* model, const TableSpec* spec = nullptr,
        QWidget* parent = nullptr);

    QueryTableModel* tableModel() const { return m_model; }
    const TableSpec* spec() const { return m_spec; }
    // The selected row, or -1.
    int currentRow() const;
    // The key of the row's table row: its first columns; empty for no row.
    QStringList keyOfRow(int row) const;

signals:
    // Double-clicked: the row is to be edited.
    void rowActivated(int row);

private:
    QueryTableModel* m_model;
    const TableSpec* m_spec;
};
