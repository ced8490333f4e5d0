#include "Checklist.h"

#include "TransitionPlan.h"

#include <QCoreApplication>

// The strings keep the context the report gave them first, so their translations carry over.
namespace Checklist {
QList<ChecklistStep> steps(const TransitionPlan& plan)
{
    const TransitionRequest& r = plan.request;
    const QString comma = QStringLiteral(", ");
    return {
        {r.start, {},
            r.add.isEmpty() ? QCoreApplication::translate(
                "TransitionReport", "Nothing is added: this plan cannot be carried out safely.")
                            : QCoreApplication::translate("TransitionReport", "Add %1 and leave the old ones in place.")
                                  .arg(r.add.join(comma))},
        {r.start + r.timing.propagation, {},
            QCoreApplication::translate(
                "TransitionReport", "Check that the new list has reached every CAP (Inbox Manager, Q278856).")},
        {std::nullopt, QCoreApplication::translate("TransitionReport", "until the safe date"),
            QCoreApplication::translate("TransitionReport",
                "Watch the clients' Ccim32.log for completed refreshes; import the logs so the confirmed count "
                "grows.")},
        {plan.safeRemoval, plan.safeRemoval ? QString() : QCoreApplication::translate("TransitionReport", "never"),
            QCoreApplication::translate("TransitionReport", "Remove %1.").arg(r.retire.join(comma))},
        {std::nullopt, QCoreApplication::translate("TransitionReport", "after removal"),
            QCoreApplication::translate(
                "TransitionReport", "For clients still unconfirmed, use the recovery options below.")},
    };
}
} // namespace Checklist
