#pragma once

#include <QSet>
#include <QStyledItemDelegate>

// Cells whose text does not fit: elided at the end, or in the middle for the columns that hold
// names and versions ("2.00.1…3000" still reads as a version), and the whole text as a tooltip.
class ElidedTextDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ElidedTextDelegate(QObject* parent = nullptr);

    void setMiddleElidedColumns(const QSet<int>& columns) { m_middle = columns; }
    bool elidesInTheMiddle(int column) const { return m_middle.contains(column); }
    // What hovering over the cell shows: the model's tooltip, with the cell's text first when
    // the cell cuts it; empty when there is nothing to add.
    QString toolTip(const QAbstractItemView* view, const QModelIndex& index) const;

    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
        const QModelIndex& index) override;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    QSet<int> m_middle;
};
