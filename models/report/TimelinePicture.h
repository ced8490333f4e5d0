#pragma once

#include <QImage>
#include <QList>
#include <QRectF>
#include <optional>

struct TransitionPlan;

// The transition's timeline: the share of in-scope clients sure to hold the new list over time,
// from the confirmed ones at the start up a step at each profile's deadline, with the safe
// removal date and a proposed removal date marked. Drawn with QPainter so that the wizard, the
// PDF and the HTML report show the same picture without a widget.
namespace TimelinePicture {
struct Step
{
    qint64 at = 0;
    double share = 0; // 0 to 1
};

QList<Step> steps(const TransitionPlan& plan);

// The time axis' ticks between `start` and `end` (UTC): at midnights for a range of days, Mondays
// for weeks, the first of the month for months, every six hours below two days; about four to
// eight of them, with their labels.
struct Tick
{
    qint64 at = 0;
    QString label;
};
QList<Tick> ticks(qint64 start, qint64 end);
// `labels`, when given, receives where the markers' labels went (safe removal first).
QImage render(
    const TransitionPlan& plan, const QSize& size, qreal devicePixelRatio = 1.0, QList<QRectF>* labels = nullptr);
} // namespace TimelinePicture
