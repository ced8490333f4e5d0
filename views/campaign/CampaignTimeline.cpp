#include "CampaignTimeline.h"

#include "domain/UtcTime.h"
#include "report/TimelinePicture.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>
#include <limits>

namespace {
constexpr double ZoomStep = 1.5;

QColor blackoutColor()
{
    return QColor(120, 120, 120, 70);
}

void drawDiamond(QPainter& painter, QPointF at, double r, const QColor& fill)
{
    QPainterPath path;
    path.moveTo(at.x(), at.y() - r);
    path.lineTo(at.x() + r, at.y());
    path.lineTo(at.x(), at.y() + r);
    path.lineTo(at.x() - r, at.y());
    path.closeSubpath();
    painter.setPen(QPen(Qt::black, 1));
    painter.setBrush(fill);
    painter.drawPath(path);
}

void drawListMark(QPainter& painter, QPointF at, double r)
{
    painter.setPen(QPen(Qt::black, 1));
    painter.setBrush(Qt::white);
    painter.drawEllipse(at, r, r);
}
} // namespace

CampaignTimeline::CampaignTimeline(QWidget* parent)
    : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("campaignTimeline"));
    setAccessibleName(tr("Campaign timeline"));
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    viewport()->setMouseTracking(true);
    setMinimumHeight(HeaderHeight + 3 * RowHeight);
    m_today = UtcTime::now();
}

QColor CampaignTimeline::waveColor(int wave)
{
    // Distinguishable in print and for the common colour blindnesses (Okabe-Ito).
    static const QColor colours[]
        = {QColor(0x99, 0x99, 0x99), QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73),
            QColor(0xcc, 0x79, 0xa7), QColor(0x56, 0xb4, 0xe9), QColor(0xd5, 0x5e, 0x00), QColor(0xf0, 0xe4, 0x42)};
    if (wave <= 0)
        return colours[0];
    return colours[1 + (wave - 1) % 7];
}

void CampaignTimeline::setRows(const QList<CampaignViewRow>& rows)
{
    const bool first = m_rows.isEmpty();
    m_rows = rows;
    if (m_selected >= m_rows.size())
        m_selected = -1;
    updateRange();
    if (first || !m_fitted)
        zoomToFit();
    else
        updateScrollBars();
    viewport()->update();
}

void CampaignTimeline::setToday(qint64 today)
{
    m_today = today;
    updateRange();
    updateScrollBars();
    viewport()->update();
}

void CampaignTimeline::updateRange()
{
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    for (const CampaignViewRow& row : std::as_const(m_rows)) {
        if (!row.error.isEmpty())
            continue;
        first = std::min(first, row.start);
        last = std::max(
            {last, row.listReached, row.safeRemoval.value_or(row.start), row.savedSafeRemoval.value_or(row.start)});
    }
    if (first > last) {
        first = m_today;
        last = m_today + 7 * UtcTime::Day;
    }
    // Today belongs in the picture when it is within a month of the campaign.
    if (m_today >= first - 30 * UtcTime::Day && m_today < first)
        first = m_today;
    if (m_today <= last + 30 * UtcTime::Day && m_today > last)
        last = m_today;
    const qint64 margin = std::max<qint64>(UtcTime::Day / 2, (last - first) / 20);
    m_rangeStart = (first - margin) / UtcTime::Hour * UtcTime::Hour;
    m_rangeEnd = last + margin;
}

double CampaignTimeline::minimumPixelsPerDay() const
{
    const int width = std::max(100, viewport()->width() - LabelWidth);
    return double(width) / 366.0;
}

double CampaignTimeline::xOf(qint64 time) const
{
    return LabelWidth + double(time - m_rangeStart) / UtcTime::Day * m_pixelsPerDay - horizontalScrollBar()->value();
}

QRect CampaignTimeline::rowRect(int row) const
{
    return QRect(0, HeaderHeight + row * RowHeight - verticalScrollBar()->value(), viewport()->width(), RowHeight);
}

int CampaignTimeline::rowAt(const QPoint& pos) const
{
    if (pos.y() < HeaderHeight)
        return -1;
    const int row = (pos.y() - HeaderHeight + verticalScrollBar()->value()) / RowHeight;
    return row >= 0 && row < m_rows.size() ? row : -1;
}

void CampaignTimeline::setSelectedRow(int row)
{
    if (row < -1 || row >= m_rows.size() || row == m_selected)
        return;
    m_selected = row;
    if (row >= 0) {
        const int top = row * RowHeight;
        const int visible = viewport()->height() - HeaderHeight;
        if (top < verticalScrollBar()->value())
            verticalScrollBar()->setValue(top);
        else if (top + RowHeight > verticalScrollBar()->value() + visible)
            verticalScrollBar()->setValue(top + RowHeight - visible);
    }
    viewport()->update();
    emit rowSelected(row);
}

void CampaignTimeline::setPixelsPerDay(double pixels, int anchorX)
{
    pixels = std::clamp(pixels, minimumPixelsPerDay(), MaximumPixelsPerDay);
    if (anchorX < LabelWidth)
        anchorX = LabelWidth + (viewport()->width() - LabelWidth) / 2;
    // Keep the time under the anchor where it is.
    const double daysAtAnchor = (anchorX - LabelWidth + horizontalScrollBar()->value()) / m_pixelsPerDay;
    m_pixelsPerDay = pixels;
    updateScrollBars();
    horizontalScrollBar()->setValue(int(std::lround(daysAtAnchor * m_pixelsPerDay - (anchorX - LabelWidth))));
    viewport()->update();
    emit zoomChanged(m_pixelsPerDay);
}

void CampaignTimeline::zoomIn()
{
    m_fitted = true;
    setPixelsPerDay(m_pixelsPerDay * ZoomStep);
}

void CampaignTimeline::zoomOut()
{
    m_fitted = true;
    setPixelsPerDay(m_pixelsPerDay / ZoomStep);
}

void CampaignTimeline::zoomToFit()
{
    const int width = std::max(100, viewport()->width() - LabelWidth);
    const double days = std::max(0.25, double(m_rangeEnd - m_rangeStart) / UtcTime::Day);
    m_pixelsPerDay = std::clamp(width / days, minimumPixelsPerDay(), MaximumPixelsPerDay);
    updateScrollBars();
    horizontalScrollBar()->setValue(0);
    viewport()->update();
    emit zoomChanged(m_pixelsPerDay);
}

void CampaignTimeline::updateScrollBars()
{
    const int width = std::max(0, viewport()->width() - LabelWidth);
    const int content = int(std::ceil(double(m_rangeEnd - m_rangeStart) / UtcTime::Day * m_pixelsPerDay));
    horizontalScrollBar()->setRange(0, std::max(0, content - width));
    horizontalScrollBar()->setPageStep(std::max(1, width));
    horizontalScrollBar()->setSingleStep(std::max(1, width / 20));
    const int height = std::max(0, viewport()->height() - HeaderHeight);
    verticalScrollBar()->setRange(0, std::max<int>(0, int(m_rows.size()) * RowHeight - height));
    verticalScrollBar()->setPageStep(std::max(1, height));
    verticalScrollBar()->setSingleStep(RowHeight);
}

void CampaignTimeline::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (!m_fitted)
        zoomToFit();
    else
        setPixelsPerDay(m_pixelsPerDay);
}

void CampaignTimeline::paintEvent(QPaintEvent*)
{
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QRect area = viewport()->rect();
    painter.fillRect(area, pal.base());
    const QFontMetrics metrics(font());

    const double x0 = LabelWidth;
    const double x1 = area.width();
    const qint64 visibleStart = m_rangeStart + qint64((horizontalScrollBar()->value()) / m_pixelsPerDay * UtcTime::Day);
    const qint64 visibleEnd = visibleStart + qint64((x1 - x0) / m_pixelsPerDay * UtcTime::Day);
    const QList<TimelinePicture::Tick> ticks = TimelinePicture::ticks(visibleStart, visibleEnd);

    // Rows: striped, blackouts shaded, the bar from the start to the safe removal.
    painter.save();
    painter.setClipRect(QRectF(0, HeaderHeight, x1, area.height() - HeaderHeight));
    for (int i = 0; i < m_rows.size(); ++i) {
        const QRect r = rowRect(i);
        if (r.bottom() < HeaderHeight || r.top() > area.height())
            continue;
        const CampaignViewRow& row = m_rows.at(i);
        if (i == m_selected)
            painter.fillRect(r, pal.highlight().color().lighter(170));
        else if (i % 2)
            painter.fillRect(r, pal.alternateBase());
        painter.save();
        painter.setClipRect(QRectF(x0, r.top(), x1 - x0, r.height())
                                .intersected(QRectF(0, HeaderHeight, x1, area.height() - HeaderHeight)));
        for (const Blackout& b : row.blackouts) {
            const double bx0 = xOf(b.startsAt);
            const double bx1 = xOf(b.endsAt);
            if (bx1 < x0 || bx0 > x1)
                continue;
            painter.fillRect(QRectF(bx0, r.top() + 1, std::max(1.0, bx1 - bx0), r.height() - 2),
                QBrush(blackoutColor(), Qt::SolidPattern));
            painter.fillRect(QRectF(bx0, r.top() + 1, std::max(1.0, bx1 - bx0), r.height() - 2),
                QBrush(QColor(90, 90, 90, 110), Qt::BDiagPattern));
        }
        const double mid = r.center().y() + 0.5;
        if (row.error.isEmpty()) {
            const QColor colour = waveColor(row.wave);
            const double sx = xOf(row.start);
            const double ex = row.safeRemoval ? xOf(*row.safeRemoval) : x1 + 10;
            const QRectF bar(sx, mid - 6, std::max(2.0, ex - sx), 12);
            painter.setPen(
                row.safeRemoval ? QPen(colour.darker(140), 1) : QPen(QColor(0xc0, 0x20, 0x20), 1, Qt::DashLine));
            painter.setBrush(row.safeRemoval ? colour : colour.lighter(150));
            painter.drawRoundedRect(bar, 3, 3);
            if (row.savedSafeRemoval && row.savedSafeRemoval != row.safeRemoval) {
                const double sxs = xOf(*row.savedSafeRemoval);
                painter.setPen(QPen(pal.text().color(), 1, Qt::DotLine));
                painter.drawLine(QPointF(sxs, r.top() + 2), QPointF(sxs, r.bottom() - 1));
            }
            drawListMark(painter, QPointF(xOf(row.listReached), mid), 3.5);
            if (row.safeRemoval)
                drawDiamond(painter, QPointF(ex, mid), 6, QColor(0x20, 0xa0, 0x40));
        } else {
            painter.setPen(QColor(0xc0, 0x20, 0x20));
            painter.drawText(QRectF(x0 + 6, r.top(), x1 - x0 - 6, r.height()), Qt::AlignVCenter | Qt::AlignLeft,
                metrics.elidedText(row.error, Qt::ElideRight, int(x1 - x0 - 12)));
        }
        painter.restore();
        // The site's code, with a swatch of its wave.
        painter.fillRect(QRectF(4, r.top() + 6, 6, r.height() - 12), waveColor(row.wave));
        painter.setPen(pal.text().color());
        painter.drawText(QRect(14, r.top(), LabelWidth - 18, r.height()), Qt::AlignVCenter | Qt::AlignLeft,
            metrics.elidedText(row.site, Qt::ElideRight, LabelWidth - 18));
    }
    painter.restore();

    // Grid lines and the axis.
    painter.save();
    painter.setClipRect(QRectF(x0, 0, x1 - x0, area.height()));
    painter.setPen(QPen(pal.mid().color(), 1, Qt::DotLine));
    for (const TimelinePicture::Tick& tick : ticks) {
        const double x = std::round(xOf(tick.at)) + 0.5;
        painter.drawLine(QPointF(x, HeaderHeight), QPointF(x, area.height()));
    }
    painter.fillRect(QRectF(x0, 0, x1 - x0, HeaderHeight), pal.window());
    painter.setPen(pal.windowText().color());
    for (const TimelinePicture::Tick& tick : ticks) {
        const double x = std::round(xOf(tick.at)) + 0.5;
        painter.drawLine(QPointF(x, HeaderHeight - 8), QPointF(x, HeaderHeight));
        painter.drawText(QRectF(x + 3, 2, 200, HeaderHeight - 10), Qt::AlignLeft | Qt::AlignVCenter, tick.label);
    }
    painter.drawLine(QPointF(x0, HeaderHeight - 0.5), QPointF(x1, HeaderHeight - 0.5));
    // Today: a red line across every row, labelled in the header.
    const double tx = xOf(m_today);
    if (tx >= x0 && tx <= x1) {
        painter.setPen(QPen(QColor(0xd0, 0x10, 0x10), 2));
        painter.drawLine(QPointF(tx, HeaderHeight - 12), QPointF(tx, area.height()));
        const QString label = tr("today");
        const double w = metrics.horizontalAdvance(label) + 6;
        const QRectF box(std::min(tx + 2, x1 - w), HeaderHeight - 14, w, 13);
        painter.fillRect(box, pal.window());
        painter.setPen(QColor(0xd0, 0x10, 0x10));
        painter.drawText(box, Qt::AlignCenter, label);
    }
    painter.restore();
    painter.fillRect(QRectF(0, 0, x0, HeaderHeight), pal.window());
    painter.setPen(pal.windowText().color());
    painter.drawText(QRectF(6, 0, x0 - 8, HeaderHeight), Qt::AlignLeft | Qt::AlignVCenter, tr("Site"));
    painter.setPen(pal.mid().color());
    painter.drawLine(QPointF(x0 - 0.5, 0), QPointF(x0 - 0.5, area.height()));
    if (m_rows.isEmpty()) {
        painter.setPen(pal.placeholderText().color());
        painter.drawText(area.adjusted(x0, HeaderHeight, 0, 0), Qt::AlignCenter | Qt::TextWordWrap,
            tr("No sites in this campaign yet."));
    }
}

void CampaignTimeline::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int steps = event->angleDelta().y() / 120;
        if (steps != 0) {
            m_fitted = true;
            setPixelsPerDay(m_pixelsPerDay * std::pow(ZoomStep, steps), int(event->position().x()));
        }
        event->accept();
        return;
    }
    // A plain wheel scrolls the rows; Shift or a horizontal wheel scrolls the time.
    QAbstractScrollArea::wheelEvent(event);
}

void CampaignTimeline::mousePressEvent(QMouseEvent* event)
{
    const int row = rowAt(event->position().toPoint());
    if (row >= 0)
        setSelectedRow(row);
    QAbstractScrollArea::mousePressEvent(event);
}

void CampaignTimeline::mouseDoubleClickEvent(QMouseEvent* event)
{
    const int row = rowAt(event->position().toPoint());
    if (row >= 0) {
        setSelectedRow(row);
        emit rowActivated(row);
    }
}

void CampaignTimeline::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Up:
        setSelectedRow(std::max(0, m_selected - 1));
        return;
    case Qt::Key_Down:
        setSelectedRow(std::min(int(m_rows.size()) - 1, m_selected + 1));
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selected >= 0)
            emit rowActivated(m_selected);
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    default:
        QAbstractScrollArea::keyPressEvent(event);
    }
}

bool CampaignTimeline::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = tooltipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

QString CampaignTimeline::tooltipAt(const QPoint& pos) const
{
    const int i = rowAt(pos);
    if (i < 0)
        return {};
    const CampaignViewRow& row = m_rows.at(i);
    if (!row.error.isEmpty())
        return row.site + QStringLiteral(": ") + row.error;
    QStringList lines;
    lines << (row.wave > 0 ? tr("%1 (wave %2)").arg(row.site).arg(row.wave) : row.site);
    lines << tr("Start: %1").arg(UtcTime::shortDisplay(row.start));
    lines << tr("New list at every CAP: %1").arg(UtcTime::shortDisplay(row.listReached));
    lines << tr("Safe removal: %1").arg(row.safeRemoval ? UtcTime::shortDisplay(*row.safeRemoval) : tr("never safe"));
    if (!row.flags.isEmpty())
        lines << row.flags.join(QStringLiteral(", "));
    return lines.join(u'\n');
}

CampaignLegend::CampaignLegend(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("campaignLegend"));
    setAccessibleName(tr("Legend"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void CampaignLegend::setWaves(const QList<int>& waves)
{
    m_waves = waves;
    updateGeometry();
    update();
}

void CampaignLegend::setShowSaved(bool show)
{
    m_showSaved = show;
    update();
}

QSize CampaignLegend::sizeHint() const
{
    return QSize(600, fontMetrics().height() + 8);
}

void CampaignLegend::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics(font());
    const double mid = height() / 2.0;
    double x = 4;
    auto label = [&](const QString& text) {
        painter.setPen(palette().windowText().color());
        const int w = metrics.horizontalAdvance(text);
        painter.drawText(QRectF(x, 0, w + 2, height()), Qt::AlignVCenter | Qt::AlignLeft, text);
        x += w + 16;
    };
    for (int wave : std::as_const(m_waves)) {
        painter.setPen(QPen(CampaignTimeline::waveColor(wave).darker(140), 1));
        painter.setBrush(CampaignTimeline::waveColor(wave));
        painter.drawRoundedRect(QRectF(x, mid - 5, 22, 10), 3, 3);
        x += 26;
        label(wave > 0 ? tr("Wave %1").arg(wave) : tr("No wave"));
    }
    drawListMark(painter, QPointF(x + 5, mid), 3.5);
    x += 14;
    label(tr("New list at every CAP"));
    drawDiamond(painter, QPointF(x + 6, mid), 6, QColor(0x20, 0xa0, 0x40));
    x += 16;
    label(tr("Safe removal"));
    painter.fillRect(QRectF(x, mid - 6, 22, 12), blackoutColor());
    painter.fillRect(QRectF(x, mid - 6, 22, 12), QBrush(QColor(90, 90, 90, 110), Qt::BDiagPattern));
    x += 26;
    label(tr("Blackout"));
    painter.setPen(QPen(QColor(0xd0, 0x10, 0x10), 2));
    painter.drawLine(QPointF(x + 4, 2), QPointF(x + 4, height() - 2));
    x += 12;
    label(tr("Today"));
    if (!m_showSaved)
        return;
    painter.setPen(QPen(palette().text().color(), 1, Qt::DotLine));
    painter.drawLine(QPointF(x + 4, 2), QPointF(x + 4, height() - 2));
    x += 12;
    label(tr("Safe removal when saved"));
}
