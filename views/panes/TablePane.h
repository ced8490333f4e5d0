#pragma once

#include "RowPane.h"

#include <QTableView>

class ElidedTextDelegate;
class QLabel;
class QueryTableModel;
struct TableSpec;

// A pane that lists one table of the inventory (CAPs, logon points, profiles, blackouts; the
// accounts and plans panes add their menus): sorted in SQL, one row selected at a time.
class TablePane : public QTableView, public RowPane
{
    Q_OBJECT
public:
    // `spec` is the table whose rows the pane edits; none when they are not edited as rows.
    TablePane(int index, const QString& title, QueryTableModel* model, const TableSpec* spec = nullptr,
        QWidget* parent = nullptr);

    QueryTableModel* tableModel() const { return m_model; }
    const TableSpec* spec() const override { return m_spec; }
    int currentRow() const override;
    // The key of the row's table row: its first columns; empty for no row.
    QStringList keyOfRow(int row) const override;
    qint64 shownRows() const override;

    // What an empty pane says, e.g. how to fill it; shown only while it has no rows.
    void setPlaceholderText(const QString& text);
    QString placeholderText() const;
    ElidedTextDelegate* delegate() const { return m_delegate; }
    // Each column as wide as its content and header, none wider than MaximumColumnWidth: what
    // is cut is elided and shown whole in a tooltip.
    void fitColumns();
    static constexpr int MaximumColumnWidth = 320;

signals:
    // Double-clicked: the row is to be edited.
    void rowActivated(int row);

private:
    QueryTableModel* m_model;
    const TableSpec* m_spec;
    ElidedTextDelegate* m_delegate;
    QLabel* m_placeholder = nullptr;
};
