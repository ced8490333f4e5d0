#include "RowEditing.h"

#include "MainWindow.h"
#include "RowEditDialog.h"
#include "store/InventoryEditor.h"
#include "store/TableSpec.h"
#include "store/TableWords.h"

#include <QMessageBox>
#include <QUndoStack>

RowEditing::RowEditing(MainWindow& window)
    : m_window(window)
{
}

bool RowEditing::edit(const TableSpec& spec, const QStringList& key, const QStringList& values)
{
    InventoryEditor& editor = *m_window.editor();
    const QStringList before = key.isEmpty() ? QStringList() : editor.row(spec, key);
    QStringList written = values;
    if (values.isEmpty()) {
        RowEditDialog dialog(*m_window.inventory(), editor, spec, before, &m_window);
        if (before.isEmpty() && m_window.scope().size() == 1)
            dialog.setValue(QStringLiteral("site"), m_window.scope().first());
        if (dialog.exec() != QDialog::Accepted)
            return false;
        written = dialog.values();
    } else if (editor.apply(spec, values)) {
        return false; // refused
    }
    const QStringList after = editor.row(spec, InventoryEditor::keyOf(spec, written));
    if (after == before)
        return false;
    m_window.undoStack()->push(new RowEditCommand(editor, spec, before, after, true));
    return true;
}

bool RowEditing::remove(const TableSpec& spec, const QStringList& key, bool askFirst)
{
    if (key.isEmpty())
        return false;
    InventoryEditor& editor = *m_window.editor();
    const QStringList refs = editor.dependents(spec, key);
    if (!refs.isEmpty()) {
        QMessageBox::information(&m_window, tr("Cannot delete"),
            tr("%1 is still referred to by %2. Change or delete those first.")
                .arg(TableWords::row(spec, key), refs.join(QStringLiteral(", "))));
        return false;
    }
    if (askFirst
        && QMessageBox::question(
               &m_window, tr("Delete"), tr("Delete %1? You can undo this.").arg(TableWords::row(spec, key)))
            != QMessageBox::Yes)
        return false;
    const QStringList before = editor.row(spec, key);
    QString error;
    if (!editor.remove(spec, key, &error)) {
        QMessageBox::warning(&m_window, tr("Cannot delete"), error);
        return false;
    }
    m_window.undoStack()->push(new RowEditCommand(editor, spec, before, {}, true));
    return true;
}
