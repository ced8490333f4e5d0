// Test helper for tst_crashsafety: makes the console's edit of a site (InventoryEditor, the path
// the row editor and undo take) and dies by SIGKILL inside the transaction, when SQLite is about to
// commit it.
//   crash_edit INVENTORY SITE NEW_NAME
#include "store/Inventory.h"
#include "store/InventoryEditor.h"
#include "store/TableSpec.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>
#include <csignal>
#include <sqlite3.h>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4)
        return 2;
    Inventory inventory;
    QString error;
    if (!inventory.openExisting(args.at(1), &error)) {
        qWarning("%s", qPrintable(error));
        return 1;
    }
    auto* handle = *static_cast<sqlite3**>(inventory.database().driver()->handle().data());
    sqlite3_commit_hook(
        handle,
        [](void*) {
            std::raise(SIGKILL);
            return 0;
        },
        nullptr);
    InventoryEditor editor(inventory);
    const TableSpec& sites = *TableSpecs::find(QStringLiteral("sites"));
    QStringList row = editor.row(sites, {args.at(2)});
    const int name = int(sites.columnNames().indexOf(QStringLiteral("name")));
    row[name] = args.at(3);
    InventoryEditor::FieldError problem;
    if (!editor.apply(sites, row, &problem))
        qWarning("%s", qPrintable(problem.message));
    return 3; // not reached: the commit hook kills the process
}
