#include "TablePane.h"

#include "ElidedTextDelegate.h"
#include "item/QueryTableModel.h"
#include "store/TableSpec.h"

#include <QHeaderView>
#include <QLabel>
#include <QVBoxLayout>

TablePane::TablePane(int index, const QString& title, QueryTableModel* model, const TableSpec* spec, QWidget* parent)
    : QTableView(parent)
    , m_model(model)
    , m_spec(spec)
    , m_delegate(new ElidedTextDelegate(this))
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
    setItemDelegate(m_delegate);
    setWordWrap(false);
    // No stretched last column: a short status would take the rest of the width.
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setMaximumSectionSize(MaximumColumnWidth);
    fitColumns();
    connect(model, &QAbstractItemModel::modelReset, this, &TablePane::fitColumns);
    connect(
        this, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& at) { emit rowActivated(at.row()); });
}

void TablePane::fitColumns()
{
    resizeColumnsToContents();
    // Names, versions and lists of them elide in the middle, where their ends tell them apart;
    // sentences and dates (they hold spaces) at the end.
    QSet<int> middle;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        for (int row = 0; row < std::min(m_model->rowCount(), 20); ++row) {
            const QString text = m_model->index(row, column).data().toString();
            if (text.isEmpty())
                continue;
            if (!text.contains(u' '))
                middle.insert(column);
            break;
        }
    }
    m_delegate->setMiddleElidedColumns(middle);
    if (m_placeholder)
        m_placeholder->setVisible(m_model->rowCount() == 0);
}

void TablePane::setPlaceholderText(const QString& text)
{
    if (!m_placeholder) {
        m_placeholder = new QLabel(viewport());
        m_placeholder->setObjectName(QStringLiteral("placeholder"));
        m_placeholder->setWordWrap(true);
        m_placeholder->setAlignment(Qt::AlignCenter);
        m_placeholder->setForegroundRole(QPalette::PlaceholderText);
        auto* layout = new QVBoxLayout(viewport());
        layout->setContentsMargins(24, 24, 24, 24);
        layout->addWidget(m_placeholder);
    }
    m_placeholder->setText(text);
    m_placeholder->setVisible(m_model->rowCount() == 0);
}

QString TablePane::placeholderText() const
{
    return m_placeholder ? m_placeholder->text() : QString();
}

int TablePane::currentRow() const
{
    return currentIndex().isValid() ? currentIndex().row() : -1;
}

qint64 TablePane::shownRows() const
{
    return m_model->rowCount();
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
