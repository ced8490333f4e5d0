#pragma once

#include <QDialog>
#include <QStringList>

class Inventory;
class InventoryEditor;
class QLabel;
class QWidget;
struct TableSpec;

// Adds or edits one row of any table: one field per column, checked on OK by the same rules as the
// CSV import; what is wrong is shown next to the field and the dialog stays open.
class RowEditDialog final : public QDialog
{
    Q_OBJECT
public:
    // `values` empty: a new row.
    RowEditDialog(const Inventory& inventory, InventoryEditor& editor, const TableSpec& spec, const QStringList& values,
        QWidget* parent = nullptr);

    QStringList values() const;
    void setValue(const QString& column, const QString& value);
    // Applies; false when the editor refused (the error is shown).
    bool tryAccept();

    void accept() override;

private:
    const TableSpec& m_spec;
    InventoryEditor& m_editor;
    QList<QWidget*> m_fields;
    QList<QLabel*> m_errors;
    QLabel* m_generalError;
};
