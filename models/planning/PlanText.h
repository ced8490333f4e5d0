#pragma once

#include <QString>

struct TransitionPlan;
struct PasswordWhatIf;

// The plain-text summaries `capplanner plan` and `whatif-password` print, next to their JSON
// (PlanJson): counts, the first names, the flags and the dated checklist, times in ISO 8601 UTC.
namespace PlanText {
QString summary(const TransitionPlan& plan);
QString summary(const PasswordWhatIf& whatIf);
// One sentence: how many pending clients are covered and why they are safe (RULES.md R1.4).
QString coveredWhy(const TransitionPlan& plan);
} // namespace PlanText
