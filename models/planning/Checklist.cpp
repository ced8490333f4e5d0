#include "Checklist.h"

#include "TransitionPlan.h"
#include "domain/UtcTime.h"

#include <QCoreApplication>

namespace Checklist {
namespace {
// lupdate files these under the namespace's name, so that is their context at run time too.
QString tr(const char* text, const char* comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("Checklist", text, comment, n);
}

constexpr int NamesInAStep = 5;

// "c3, c6 and 4 more": a step names a few, the report's tables list them.
QString someNames(const QStringList& names, qint64 count)
{
    QString text = names.mid(0, NamesInAStep).join(QStringLiteral(", "));
    if (count > std::min<qint64>(names.size(), NamesInAStep))
        text += tr(" and %1 more").arg(count - std::min<qint64>(names.size(), NamesInAStep));
    return text;
}

// The time the retired items go: the proposed removal when one is set, else the safe time.
std::optional<qint64> removalAt(const TransitionPlan& plan)
{
    return plan.request.proposedRemoval ? plan.request.proposedRemoval : plan.safeRemoval;
}

bool unsafeRemoval(const TransitionPlan& plan)
{
    if (plan.orphansAll)
        return true;
    const auto& proposed = plan.request.proposedRemoval;
    return proposed && plan.safeRemoval && *proposed < *plan.safeRemoval;
}
} // namespace

QList<ChecklistStep> warnings(const TransitionPlan& plan)
{
    if (!unsafeRemoval(plan))
        return {};
    const TransitionRequest& r = plan.request;
    ChecklistStep step;
    step.severity = ChecklistStep::Severity::Warning;
    if (plan.orphansAll) {
        step.period = tr("never");
        step.text = tr("UNSAFE: no removal time is safe; removing %1 would orphan %Ln exposed client(s) (Q260824).",
            nullptr, int(plan.counts.exposed))
                        .arg(r.retire.join(QStringLiteral(", ")));
    } else {
        step.at = r.proposedRemoval;
        step.text = tr("UNSAFE: the proposed removal is before the safe time %1; %Ln exposed client(s) could be "
                       "orphaned (Q260824). Remove at %1 instead.",
            nullptr, int(plan.counts.atRisk))
                        .arg(UtcTime::format(*plan.safeRemoval));
    }
    return {step};
}

QList<ChecklistStep> steps(const TransitionPlan& plan)
{
    const TransitionRequest& r = plan.request;
    const QString comma = QStringLiteral(", ");
    const std::optional<qint64> removal = removalAt(plan);
    const QString retired = r.retire.join(comma);
    const QString removing = tr("before removing %1").arg(retired);
    QList<ChecklistStep> result;
    result << ChecklistStep {r.start, {},
        r.add.isEmpty() ? tr("Nothing is added: this plan cannot be carried out safely.")
                        : tr("Add %1 and leave the old ones in place.").arg(r.add.join(comma))};

    // Every flag as a step with a date, not "until then" (RULES.md R7).
    if (plan.upgradeBlockCount > 0) {
        QStringList names;
        for (const UpgradeBlock& b : plan.upgradeBlocks) {
            if (!names.contains(b.client))
                names << b.client;
        }
        result << ChecklistStep {r.start, {},
            tr("Upgrade the %Ln upgrade-blocked client(s) (%1) from a CAP %2: Boot32wn at the logon point will not "
               "upgrade them, and if orphaned no logon can rescue them (Q262677, Q236052).",
                nullptr, int(plan.upgradeBlockCount))
                .arg(someNames(names, plan.upgradeBlockCount), removing)};
    }
    for (const LogonPointAssignment& a : plan.logonPointAssignment)
        result << ChecklistStep {r.start, {},
            tr("Site %1 (%2) gets no new clients at logon point %3: upgrade it to %4 or install its clients "
               "another way (Q262677).")
                .arg(a.site, a.siteVersion, a.logonPoint, a.newestVersion)};
    result << ChecklistStep {r.start + r.timing.propagation, {},
        tr("Check that the new list has reached every CAP (Inbox Manager, Q278856).")};
    for (const LicenceWarning& w : plan.licenceWarnings)
        result << ChecklistStep {removal, removal ? QString() : tr("never"),
            tr("Raise %1's licences from %2 to %3 %4 (Q208618).")
                .arg(w.cap, QString::number(w.licenses), QString::number(w.expectedConnections), removing)};
    if (plan.noAutomaticRecoveryCount > 0) {
        QStringList names;
        for (const NoAutomaticRecovery& n : plan.noAutomaticRecovery)
            names << n.client;
        result << ChecklistStep {removal, removal ? QString() : tr("never"),
            tr("Confirm that the %Ln client(s) without automatic recovery (%1) have refreshed %2: if orphaned they "
               "cannot come back by themselves.",
                nullptr, int(plan.noAutomaticRecoveryCount))
                .arg(someNames(names, plan.noAutomaticRecoveryCount), removing)};
    }
    result << ChecklistStep {std::nullopt, r.proposedRemoval ? tr("until the removal date") : tr("until the safe date"),
        tr("Watch the clients' Ccim32.log for completed refreshes; import the logs so the confirmed count grows.")};
    result << warnings(plan);
    result << ChecklistStep {removal, removal ? QString() : tr("never"), tr("Remove %1.").arg(retired)};
    result << ChecklistStep {
        std::nullopt, tr("after removal"), tr("For clients still unconfirmed, use the recovery options below.")};
    return result;
}
} // namespace Checklist
