#include "PlansPane.h"

#include "item/QueryTableModel.h"

#include <QCoreApplication>
#include <QMenu>

PlansPane::PlansPane(int index, const QString& title, QueryTableModel* model, QWidget* parent)
    : TablePane(index, title, model, nullptr, parent)
{
    // Double-click reopens a saved plan in the wizard rather than a row editor.
    connect(this, &TablePane::rowActivated, this, [this](int row) { emit openRequested(planAt(row)); });
    setPlaceholderText(QCoreApplication::translate("MainWindow",
        "No saved plans for these sites. Select a site and choose Plan > New Transition (Ctrl+T); the wizard's "
        "last page saves the plan here."));
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        const QModelIndex index = indexAt(at);
        if (!index.isValid())
            return;
        const qint64 id = planAt(index.row());
        QMenu menu(this);
        menu.addAction(QCoreApplication::translate("MainWindow", "&Open in the wizard"), this,
            [this, id] { emit openRequested(id); });
        menu.addAction(QCoreApplication::translate("MainWindow", "&Export report\u2026"), this,
            [this, id] { emit reportRequested(id); });
        menu.addAction(
            QCoreApplication::translate("MainWindow", "&Delete"), this, [this, id] { emit deleteRequested(id); });
        menu.exec(viewport()->mapToGlobal(at));
    });
}

qint64 PlansPane::planAt(int row) const
{
    return tableModel()->index(row, 0).data(QueryTableModel::RawRole).toLongLong();
}
