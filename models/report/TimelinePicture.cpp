#include "TimelinePicture.h"

#include "domain/UtcTime.h"
#include "planning/TransitionPlan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPainterPathStroker>
#include <QTimeZone>
#include <algorithm>

namespace TimelinePicture {
namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("TimelinePicture", text);
}

QString shortDate(qint64 t)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc()), QStringLiteral("d MMM HH:mm"));
}
} // namespace

QList<Tick> ticks(qint64 start, qint64 end)
{
    QList<Tick> result;
    if (end <= start)
        return result;
    const QLocale locale;
    const QDateTime first = QDateTime::fromSecsSinceEpoch(start, QTimeZone::utc());
    const qint64 range = end - start;
    auto add = [&](const QDateTime& t, const QString& pattern) {
        const qint64 at = t.toSecsSinceEpoch();
        if (at >= start && at <= end)
            result << Tick {at, locale.toString(t, pattern)};
    };
    if (range <= 2 * UtcTime::Day) {
        QDateTime t(first.date(), QTime(first.time().hour() / 6 * 6, 0), QTimeZone::utc());
        for (; t.toSecsSinceEpoch() <= end; t = t.addSecs(6 * UtcTime::Hour))
            add(t, t.time().hour() == 0 ? QStringLiteral("d MMM") : QStringLiteral("HH:mm"));
    } else if (range <= 24 * UtcTime::Day) {
        const int step = range <= 8 * UtcTime::Day ? 1 : range <= 16 * UtcTime::Day ? 2 : 3;
        for (QDateTime t(first.date(), QTime(0, 0), QTimeZone::utc()); t.toSecsSinceEpoch() <= end; t = t.addDays(step))
            add(t, QStringLiteral("d MMM"));
    } else if (range <= 100 * UtcTime::Day) {
        const int step = range <= 60 * UtcTime::Day ? 7 : 14;
        QDate monday = first.date().addDays(1 - first.date().dayOfWeek());
        for (QDateTime t(monday, QTime(0, 0), QTimeZone::utc()); t.toSecsSinceEpoch() <= end; t = t.addDays(step))
            add(t, QStringLiteral("d MMM"));
    } else {
        const qint64 months = range / (30 * UtcTime::Day);
        const int step = months <= 8 ? 1 : months <= 16 ? 2 : months <= 36 ? 3 : 12;
        QDate month(first.date().year(), first.date().month(), 1);
        for (QDateTime t(month, QTime(0, 0), QTimeZone::utc()); t.toSecsSinceEpoch() <= end; t = t.addMonths(step))
            add(t, QStringLiteral("MMM yyyy"));
    }
    return result;
}

QList<Step> steps(const TransitionPlan& plan)
{
    QList<Step> result;
    const qint64 inScope = plan.counts.inScope;
    if (inScope <= 0)
        return result;
    // RULES.md R1.4: a covered client cannot be orphaned by the removal, so it is sure from the start;
    // only the exposed ones step up at their profile's deadline.
    qint64 sure = plan.counts.confirmed + (plan.orphansAll ? 0 : plan.counts.covered);
    result << Step {plan.request.start, double(sure) / inScope};
    if (plan.orphansAll)
        return result; // nobody pending ever holds a list that works
    QList<ProfileDeadline> profiles = plan.profiles;
    std::sort(profiles.begin(), profiles.end(),
        [](const ProfileDeadline& a, const ProfileDeadline& b) { return a.deadline < b.deadline; });
    for (const ProfileDeadline& p : std::as_const(profiles)) {
        if (p.exposed == 0)
            continue;
        sure += p.exposed;
        if (!result.isEmpty() && result.last().at == p.deadline)
            result.last().share = double(sure) / inScope;
        else
            result << Step {p.deadline, double(sure) / inScope};
    }
    return result;
}

QImage render(const TransitionPlan& plan, const QSize& size, qreal devicePixelRatio, QList<QRectF>* labels)
{
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = painter.font();
    font.setPixelSize(12);
    painter.setFont(font);
    const QRectF area(60, 20, size.width() - 120, size.height() - 70);

    const QList<Step> points = steps(plan);
    const qint64 start = plan.request.start;
    qint64 end = start + UtcTime::Day;
    for (const Step& s : points)
        end = std::max(end, s.at);
    if (plan.safeRemoval)
        end = std::max(end, *plan.safeRemoval);
    if (plan.request.proposedRemoval)
        end = std::max(end, *plan.request.proposedRemoval);
    end += (end - start) / 10;
    auto x = [&](qint64 t) { return area.left() + area.width() * double(t - start) / double(end - start); };
    auto y = [&](double share) { return area.bottom() - area.height() * share; };

    // Axes and grid.
    painter.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 1));
    for (int percent = 0; percent <= 100; percent += 25) {
        painter.drawLine(QPointF(area.left(), y(percent / 100.0)), QPointF(area.right(), y(percent / 100.0)));
        painter.setPen(Qt::black);
        painter.drawText(QRectF(0, y(percent / 100.0) - 8, 52, 16), Qt::AlignRight | Qt::AlignVCenter,
            QLocale().toString(percent) + QLocale().percent());
        painter.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 1));
    }
    painter.setPen(Qt::black);
    painter.drawLine(area.bottomLeft(), area.bottomRight());
    painter.drawLine(area.bottomLeft(), area.topLeft());
    for (const Tick& tick : ticks(start, end)) {
        painter.drawLine(QPointF(x(tick.at), area.bottom()), QPointF(x(tick.at), area.bottom() + 4));
        painter.drawText(QRectF(x(tick.at) - 50, area.bottom() + 5, 100, 16), Qt::AlignCenter, tick.label);
    }

    // The step line: sure to hold the new list.
    QPainterPath curve;
    if (!points.isEmpty()) {
        curve.moveTo(x(points.first().at), y(points.first().share));
        for (qsizetype i = 1; i < points.size(); ++i) {
            curve.lineTo(x(points.at(i).at), y(points.at(i - 1).share));
            curve.lineTo(x(points.at(i).at), y(points.at(i).share));
        }
        curve.lineTo(area.right(), y(points.last().share));
        painter.setPen(QPen(QColor(0x0b, 0x53, 0x94), 2.5));
        painter.drawPath(curve);
    }
    QPainterPathStroker stroker;
    stroker.setWidth(8); // the line and a little air around it
    const QPainterPath keepClear = stroker.createStroke(curve);

    // Each marker's label goes where it touches neither the curve, the other label nor the
    // markers: beside its marker, first at the top, then lower down.
    QList<QRectF> taken;
    QList<qreal> markerXs;
    if (plan.safeRemoval)
        markerXs << x(*plan.safeRemoval);
    if (plan.request.proposedRemoval)
        markerXs << x(*plan.request.proposedRemoval);
    const QFontMetricsF metrics(font);
    auto marker = [&](qint64 t, const QColor& colour, const QString& label) {
        painter.setPen(QPen(colour, 2, Qt::DashLine));
        painter.drawLine(QPointF(x(t), area.top()), QPointF(x(t), area.bottom()));
        const qreal width = metrics.horizontalAdvance(label) + 8;
        const qreal height = metrics.height() + 2;
        auto fits = [&](const QRectF& box) {
            if (!area.contains(box) || keepClear.intersects(box))
                return false;
            for (const QRectF& other : std::as_const(taken)) {
                if (other.intersects(box))
                    return false;
            }
            for (qreal mx : std::as_const(markerXs)) {
                if (mx > box.left() && mx < box.right())
                    return false;
            }
            return true;
        };
        QRectF chosen;
        for (qreal top = area.top() + 2; top + height <= area.bottom() && chosen.isNull(); top += height / 2) {
            for (const QRectF& box :
                {QRectF(x(t) + 4, top, width, height), QRectF(x(t) - 4 - width, top, width, height)}) {
                if (fits(box)) {
                    chosen = box;
                    break;
                }
            }
        }
        if (chosen.isNull()) // nowhere clear: above the plot, on a white ground
            chosen = QRectF(std::clamp(x(t) - width / 2, 0.0, size.width() - width), 2, width, height);
        taken << chosen;
        if (labels)
            *labels << chosen;
        painter.fillRect(chosen, Qt::white);
        painter.setPen(colour);
        painter.drawText(chosen, Qt::AlignCenter, label);
    };
    if (plan.safeRemoval)
        marker(*plan.safeRemoval, QColor(0x2e, 0x7d, 0x32), tr("safe removal %1").arg(shortDate(*plan.safeRemoval)));
    if (plan.request.proposedRemoval)
        marker(*plan.request.proposedRemoval, QColor(0xc0, 0x39, 0x2b),
            tr("proposed removal %1").arg(shortDate(*plan.request.proposedRemoval)));

    painter.setPen(Qt::black);
    painter.drawText(QRectF(area.left(), size.height() - 28, area.width(), 18), Qt::AlignCenter,
        plan.orphansAll ? tr("No client can be sure of the new list: the plan removes everything.")
                        : tr("Share of in-scope clients safe from orphaning (times in UTC)"));
    return image;
}
} // namespace TimelinePicture
