#pragma once

#include <QList>
#include <QString>
#include <optional>

struct TransitionPlan;

// The dated steps of carrying out a plan (Q260824, Q278856), defined once for the report, the
// wizard's summary and the command line. Texts are plain (escape them for HTML) and translated.
struct ChecklistStep
{
    // A warning must be unmistakable: the views colour it red (an unsafe proposed removal).
    enum class Severity { Normal, Warning };

    std::optional<qint64> at; // when the step is due, in UTC; nothing for a period or "never"
    QString period; // without a time: when it applies ("until the removal date", "never", ...)
    QString text;
    Severity severity = Severity::Normal;
};

namespace Checklist {
// Add the new items at S; fix each flag (upgrade blocks, logon points without new clients,
// licences, clients without automatic recovery) by a date; check the lists reached the CAPs at
// S + P; watch the logs until the removal; remove the retired items at the proposed removal when
// one is set, else at the safe time (never, when no time is safe), with a warning step when that is
// before the safe time; recover the rest afterwards (RULES.md R7).
QList<ChecklistStep> steps(const TransitionPlan& plan);
// The warning steps only: what the report and the wizard show near the top.
QList<ChecklistStep> warnings(const TransitionPlan& plan);
} // namespace Checklist
