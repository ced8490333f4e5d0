#include "TimelinePicture.h"

#include "domain/UtcTime.h"
#include "planning/TransitionPlan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
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

QList<Step> steps(const TransitionPlan& plan)
{
    QList<Step> result;
    const qint64 inScope = plan.counts.inScope;
    if (inScope <= 0)
        return result;
    qint64 sure = plan.counts.confirmed;
    result << Step {plan.request.start, double(sure) / inScope};
    if (plan.orphansAll)
        return result; // nobody pending ever holds a list that works
    QList<ProfileDeadline> profiles = plan.profiles;
    std::sort(profiles.begin(), profiles.end(),
        [](const ProfileDeadline& a, const ProfileDeadline& b) { return a.deadline < b.deadline; });
    for (const ProfileDeadline& p : std::as_const(profiles)) {
        sure += p.clients;
        if (!result.isEmpty() && result.last().at == p.deadline)
            result.last().share = double(sure) / inScope;
        else
            result << Step {p.deadline, double(sure) / inScope};
    }
    return result;
}

QImage render(const TransitionPlan& plan, const QSize& size, qreal devicePixelRatio)
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
    const int ticks = 4;
    for (int i = 0; i <= ticks; ++i) {
        const qint64 t = start + (end - start) * i / ticks;
        painter.drawText(QRectF(x(t) - 50, area.bottom() + 4, 100, 16), Qt::AlignCenter, shortDate(t));
    }

    // The step line: sure to hold the new list.
    if (!points.isEmpty()) {
        QPainterPath path(QPointF(x(points.first().at), y(points.first().share)));
        for (qsizetype i = 1; i < points.size(); ++i) {
            path.lineTo(x(points.at(i).at), y(points.at(i - 1).share));
            path.lineTo(x(points.at(i).at), y(points.at(i).share));
        }
        path.lineTo(area.right(), y(points.last().share));
        painter.setPen(QPen(QColor(0x0b, 0x53, 0x94), 2.5));
        painter.drawPath(path);
    }

    auto marker = [&](qint64 t, const QColor& colour, const QString& label, int row) {
        painter.setPen(QPen(colour, 2, Qt::DashLine));
        painter.drawLine(QPointF(x(t), area.top()), QPointF(x(t), area.bottom()));
        painter.setPen(colour);
        // Labels go on the side of the marker with room for them.
        const bool left = x(t) > area.center().x();
        const QRectF box(left ? x(t) - 324 : x(t) + 4, area.top() + 2 + row * 16, 320, 16);
        painter.drawText(box, (left ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter, label);
    };
    if (plan.safeRemoval)
        marker(*plan.safeRemoval, QColor(0x2e, 0x7d, 0x32), tr("safe removal %1").arg(shortDate(*plan.safeRemoval)), 0);
    if (plan.request.proposedRemoval)
        marker(*plan.request.proposedRemoval, QColor(0xc0, 0x39, 0x2b),
            tr("proposed removal %1").arg(shortDate(*plan.request.proposedRemoval)), 1);

    painter.setPen(Qt::black);
    painter.drawText(QRectF(area.left(), size.height() - 28, area.width(), 18), Qt::AlignCenter,
        plan.orphansAll ? tr("No client can be sure of the new list: the plan removes everything.")
                        : tr("Share of in-scope clients sure to hold the new list (times in UTC)"));
    return image;
}
} // namespace TimelinePicture
