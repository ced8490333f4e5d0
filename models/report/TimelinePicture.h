#pragma once

#include <QImage>
#include <QList>
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
QImage render(const TransitionPlan& plan, const QSize& size, qreal devicePixelRatio = 1.0);
} // namespace TimelinePicture
