#include "ElidedTextDelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QToolTip>

ElidedTextDelegate::ElidedTextDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

void ElidedTextDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (m_middle.contains(index.column()))
        option->textElideMode = Qt::ElideMiddle;
}

QString ElidedTextDelegate::toolTip(const QAbstractItemView* view, const QModelIndex& index) const
{
    if (!view || !index.isValid())
        return {};
    const QString tip = index.data(Qt::ToolTipRole).toString();
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.rect = view->visualRect(index);
    initStyleOption(&option, index);
    const QStyle* style = view->style();
    // The text's room: the cell less the style's margins on both sides (and any icon).
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    int room = option.rect.width() - 2 * margin;
    if (option.features & QStyleOptionViewItem::HasDecoration)
        room -= option.decorationSize.width() + margin;
    const bool cut = !option.text.isEmpty() && option.fontMetrics.horizontalAdvance(option.text) > room;
    // A tooltip that only repeats a cell shown whole adds nothing.
    if (!cut && tip == option.text)
        return {};
    if (!cut || tip.contains(option.text))
        return tip;
    return tip.isEmpty() ? option.text : option.text + QStringLiteral("\n\n") + tip;
}

bool ElidedTextDelegate::helpEvent(
    QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option, const QModelIndex& index)
{
    if (event->type() != QEvent::ToolTip)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QString tip = toolTip(view, index);
    if (tip.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    QToolTip::showText(event->globalPos(), tip, view->viewport(), view->visualRect(index));
    return true;
}
