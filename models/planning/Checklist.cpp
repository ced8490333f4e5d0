#include "Checklist.h"

#include "TransitionPlan.h"

#include <QCoreApplication>

namespace Checklist {
namespace {
// The report wrote these steps first: its translations carry over.
QString tr(const char* text)
{
    return QCoreApplication::translate("TransitionReport", text);
}
} // namespace

QList<ChecklistStep> steps(const TransitionPlan& plan)
{
    const TransitionRequest& r = plan.request;
    const QString comma = QStringLiteral(", ");
    return {
        {r.start, {},
            r.add.isEmpty() ? tr("Nothing is added: this plan cannot be carried out safely.")
                            : tr("Add %1 and leave the old ones in place.").arg(r.add.join(comma))},
        {r.start + r.timing.propagation, {},
            tr("Check that the new list has reached every CAP (Inbox Manager, Q278856).")},
        {std::nullopt, tr("until the safe date"),
            tr("Watch the clients' Ccim32.log for completed refreshes; import the logs so the confirmed count grows.")},
        {plan.safeRemoval, plan.safeRemoval ? QString() : tr("never"), tr("Remove %1.").arg(r.retire.join(comma))},
        {std::nullopt, tr("after removal"), tr("For clients still unconfirmed, use the recovery options below.")},
    };
}
} // namespace Checklist
