#pragma once

#include <QJsonObject>

struct TransitionPlan;
struct PasswordWhatIf;

// The JSON of `capplanner plan --json` and `whatif-password --json`: exactly the keys the command
// line documents, times in ISO 8601 UTC with Z.
namespace PlanJson {
QJsonObject toJson(const TransitionPlan& plan);
QJsonObject toJson(const PasswordWhatIf& whatIf);
} // namespace PlanJson
