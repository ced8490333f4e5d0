#pragma once

#include <QList>
#include <QString>
#include <optional>

struct TransitionPlan;

// The dated steps of carrying out a plan (Q260824, Q278856), defined once for the report, the
// wizard's summary and the command line. Texts are plain (escape them for HTML) and translated.
struct ChecklistStep
{
    std::optional<qint64> at; // when the step is due, in UTC; nothing for a period or "never"
    QString period; // without a time: when it applies ("until the safe date", "never", ...)
    QString text;
};

namespace Checklist {
// Add the new items at S; check the lists reached the CAPs at S + P; watch the logs until the safe
// date; remove the retired items then (never, when no time is safe); recover the rest afterwards.
QList<ChecklistStep> steps(const TransitionPlan& plan);
} // namespace Checklist
