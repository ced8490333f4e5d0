#pragma once

#include <QObject>
#include <QStringList>
#include <QUndoCommand>
#include <optional>

class Inventory;
struct TableSpec;

// Edits one row of one table at a time through the same checks as the CSV import (a one-row import
// in its own transaction), so a dialog and a file can never disagree on what is valid.
class InventoryEditor final : public QObject
{
    Q_OBJECT
public:
    struct FieldError
    {
        QString column;
        QString message;
    };

    explicit InventoryEditor(Inventory& inventory, QObject* parent = nullptr);

    // The row's fields as the CSV export spells them, in the table's column order; empty if none.
    QStringList row(const TableSpec& spec, const QStringList& key) const;
    // Inserts or updates; nothing, or what is wrong with which field.
    std::optional<FieldError> apply(const TableSpec& spec, const QStringList& values);
    // What refers to the row and would stop its deletion, in words; empty when nothing does.
    QStringList dependents(const TableSpec& spec, const QStringList& key) const;
    bool remove(const TableSpec& spec, const QStringList& key, QString* error);

    static QStringList keyOf(const TableSpec& spec, const QStringList& values);

signals:
    void changed(const QString& table);

private:
    Inventory& m_inventory;
};

// One edit or deletion on the undo stack: redo writes `after` (or deletes when it is empty), undo
// writes `before` (or deletes the row the edit created).
class RowEditCommand final : public QUndoCommand
{
public:
    RowEditCommand(InventoryEditor& editor, const TableSpec& spec, QStringList before, QStringList after,
        bool alreadyApplied, QUndoCommand* parent = nullptr);
    void undo() override;
    void redo() override;

private:
    void write(const QStringList& values, const QStringList& other);

    InventoryEditor& m_editor;
    const TableSpec& m_spec;
    QStringList m_before;
    QStringList m_after;
    bool m_skipRedo;
};
