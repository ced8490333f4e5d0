#include "TablePane.h"

#include "item/QueryTableModel.h"
#include "store/TableSpec.h"

#include <QHeaderView>

TablePane::TablePane(int index, const QString& title, QueryTableModel* model, const TableSpec* spec, QWidget* parent)
    : QTableView(parent)
    , m_model(model)
    , m_spec(spec)
{
    setObjectName(QStringLiteral("pane%1").arg(index));
    setAccessibleName(title);
    model->setParent(this); // goes with the pane, before the inventory it reads
    setModel(model);
    setSortingEnabled(true);
    sortByColumn(0, Qt::AscendingOrder);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    resizeColumnsToContents();
    connect(
        this, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& at) { emit rowActivated(at.row()); });
}

int TablePane::currentRow() const
{
    return currentIndex().isValid() ? currentIndex().row() : -1;
}

QStringList TablePane::keyOfRow(int row) const
{
    if (!m_spec || row < 0 || row >= m_model->rowCount())
        return {};
    QStringList key;
    for (int column = 0; column < m_spec->key.size(); ++column)
        key << m_model->index(row, column).data(QueryTableModel::RawRole).toString();
    return key;
}
