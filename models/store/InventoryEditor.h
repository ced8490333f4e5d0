#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QUndoCommand>
#include <QVariant>
#include <functional>
#include <optional>

class Inventory;
class QUndoStack;
struct TableSpec;

// Edits one row of one table at a time through the same checks as the CSV import (a one-row import
// in its own transaction), so a dialog and a file can never disagree on what is valid.
//
// Several consoles may edit one shared inventory. The editor remembers the row version of each row
// it read (row()); saving or deleting that row later checks, in the same transaction, that the
// version is still the one read. If another console saved it in between, nothing is written and
// the error says what they changed. The editor then knows their version: saving again replaces
// their change knowingly.
class InventoryEditor final : public QObject
{
    Q_OBJECT
public:
    struct FieldError
    {
        QString column;
        QString message;
        bool conflict = false; // another console changed or deleted the row since it was read
    };

    explicit InventoryEditor(Inventory& inventory, QObject* parent = nullptr);

    // The row's fields as the CSV export spells them, in the table's column order; empty if none.
    // Remembers the row's version for the next apply() or remove() of it.
    QStringList row(const TableSpec& spec, const QStringList& key);
    // Inserts or updates. On failure *error says what is wrong with which field, or the conflict.
    bool apply(const TableSpec& spec, const QStringList& values, FieldError* error);
    // The old form (nothing on success), kept only for the views (MainWindow, RowEditDialog,
    // TransitionWizard) until they call apply(spec, values, &error); remove it then.
    std::optional<FieldError> apply(const TableSpec& spec, const QStringList& values);
    // What refers to the row and would stop its deletion, in words; empty when nothing does.
    std::optional<QStringList> dependents(const TableSpec& spec, const QStringList& key, QString* error) const;
    // The old form, kept only for views/MainWindow until it calls dependents(spec, key, &error):
    // a failed lookup comes back as one entry, its reason.
    QStringList dependents(const TableSpec& spec, const QStringList& key) const;
    bool remove(const TableSpec& spec, const QStringList& key, QString* error);

    static QStringList keyOf(const TableSpec& spec, const QStringList& values);

    struct Period
    {
        qint64 startsAt = 0;
        qint64 endsAt = 0;
        QString label;
    };
    // Keeps a plan's disconnection periods: sets the profiles' longest disconnection (seconds) and
    // replaces the blackouts of the profiles named in `blackouts`. The whole change goes onto `undo`
    // as one step called `text`; when a row is refused, what was written before it is that step.
    bool keepPeriods(const QHash<QString, qint64>& maxOffline, const QHash<QString, QList<Period>>& blackouts,
        QUndoStack& undo, const QString& text, QString* error);

signals:
    void changed(const QString& table);
    // An undo or redo that could not be written (a conflict, usually), in words.
    void failed(const QString& message);

private:
    struct Seen
    {
        qint64 version = 0;
        QStringList values;
    };
    static QString seenKey(const TableSpec& spec, const QStringList& key);
    std::optional<qint64> currentVersion(const TableSpec& spec, const QStringList& key, bool lock) const;
    QStringList exportedRow(const TableSpec& spec, const QStringList& key) const;
    // The conflict in words: what changed between what this console read (`seen`) and what is
    // there now (`now`, empty when the row was deleted).
    static QString conflictMessage(
        const TableSpec& spec, const QStringList& key, const QStringList& seen, const QStringList& now);

    Inventory& m_inventory;
    QHash<QString, Seen> m_seen;
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

// Deleting a saved plan, undoably: the stored row comes back as it was. The plan is already deleted
// when the command is pushed; `changed` runs after every undo and redo.
class PlanDeleteCommand final : public QUndoCommand
{
public:
    PlanDeleteCommand(const Inventory& inventory, qint64 id, QVariantList row, std::function<void()> changed);
    void undo() override;
    void redo() override;

private:
    const Inventory& m_inventory;
    qint64 m_id;
    QVariantList m_row;
    std::function<void()> m_changed;
    bool m_first = true;
};
