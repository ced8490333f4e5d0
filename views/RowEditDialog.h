#pragma once

#include <QDialog>
#include <QStringList>

class Inventory;
class InventoryEditor;
class QLabel;
class QWidget;
struct TableSpec;

// Adds or edits one row of any table: one field per column, labelled in the panes' words, times
// shown as the panes show them (the stored value stays ISO 8601), checked on OK by the same rules
// as the CSV import; what is wrong is shown next to the field and the dialog stays open.
class RowEditDialog final : public QDialog
{
    Q_OBJECT
public:
    // `values` empty: a new row.
    RowEditDialog(const Inventory& inventory, InventoryEditor& editor, const TableSpec& spec, const QStringList& values,
        QWidget* parent = nullptr);

    // In the CSV's spellings: ISO 8601 times, "per-seat", "yes".
    QStringList values() const;
    void setValue(const QString& column, const QString& value);
    // Applies; false when the editor refused (the error is shown).
    bool tryAccept();

    void accept() override;

    // A column's label as the panes say it ("Longest disconnection (hours)", "Licences").
    static QString labelFor(const TableSpec& spec, const QString& column);
    // "Add client", "Edit CAP CAP-CEN-02".
    static QString titleFor(const TableSpec& spec, const QStringList& key);
    // A time field's text back to ISO 8601: the panes' style or ISO; unreadable text comes back as
    // it is, for the editor to refuse by name.
    static QString isoFromDisplay(const QString& text);

private:
    void showError(QLabel* label, const QString& message);

    const TableSpec& m_spec;
    InventoryEditor& m_editor;
    QList<QWidget*> m_fields;
    QList<QLabel*> m_errors;
    QLabel* m_generalError;
};
