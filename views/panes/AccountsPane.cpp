#include "AccountsPane.h"

#include "item/QueryTableModel.h"

#include <QCoreApplication>
#include <QMenu>

AccountsPane::AccountsPane(
    int index, const QString& title, QueryTableModel* model, const TableSpec* spec, QWidget* parent)
    : TablePane(index, title, model, spec, parent)
{
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        const QModelIndex index = indexAt(at);
        if (!index.isValid())
            return;
        const QString account = tableModel()->index(index.row(), 0).data().toString();
        QMenu menu(this);
        menu.addAction(QCoreApplication::translate("MainWindow", "What if its &password changes\u2026"), this,
            [this, account] { emit whatIfRequested(account); });
        menu.addAction(QCoreApplication::translate("MainWindow", "&Edit\u2026"), this,
            [this, row = index.row()] { emit rowActivated(row); });
        menu.exec(viewport()->mapToGlobal(at));
    });
}
