#include "PlanText.h"

#include "Checklist.h"
#include "PasswordWhatIf.h"
#include "PasswordWhatIfPlanner.h"
#include "TransitionPlan.h"
#include "domain/UtcTime.h"

#include <QCoreApplication>

namespace PlanText {
namespace {
// The command line printed these first: its translations carry over.
QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("CommandLine", text, nullptr, n);
}

QString isoOrNone(const std::optional<qint64>& time)
{
    return time ? UtcTime::format(*time) : tr("none");
}
} // namespace

QString summary(const TransitionPlan& plan)
{
    const TransitionRequest& r = plan.request;
    const PlanCounts& c = plan.counts;
    QString text;
    text += tr("%1 transition at site %2, starting %3\n")
                .arg(r.kind == TransitionKind::Cap ? tr("CAP") : tr("Account"), r.site, UtcTime::format(r.start));
    text += tr("  retire: %1\n  add:    %2\n")
                .arg(r.retire.join(QStringLiteral(", ")),
                    r.add.isEmpty() ? tr("nothing") : r.add.join(QStringLiteral(", ")));
    text += plan.safeRemoval ? tr("Safe removal: %1\n").arg(UtcTime::format(*plan.safeRemoval))
                             : tr("Safe removal: NONE - this plan orphans every pending client\n");
    text += tr("Clients: %1 in scope (%2 pending, %3 confirmed), %4 stale, %5 unaffected\n")
                .arg(c.inScope)
                .arg(c.pending)
                .arg(c.confirmed)
                .arg(c.stale)
                .arg(c.unaffected);
    if (r.proposedRemoval || plan.orphansAll) {
        text += tr("At risk if removed at %1: %n client(s)\n", int(c.atRisk))
                    .arg(r.proposedRemoval ? UtcTime::format(*r.proposedRemoval) : tr("any time"));
        for (const AtRiskClient& client : plan.atRisk)
            text
                += QStringLiteral("    %1 (%2, %3)\n")
                       .arg(client.client, client.profile.value_or(tr("no profile")), UtcTime::format(client.deadline));
        if (c.atRisk > plan.atRisk.size())
            text += tr("    ... and %1 more\n").arg(c.atRisk - plan.atRisk.size());
    }
    for (const ProfileDeadline& p : plan.profiles)
        text += tr("  %1: %2 pending, updated by %3\n")
                    .arg(p.name.value_or(tr("(no profile)")))
                    .arg(p.clients)
                    .arg(UtcTime::format(p.deadline));
    text += tr("Upgrade-blocked pending clients: %1\n").arg(plan.upgradeBlockCount);
    for (const LogonPointAssignment& a : plan.logonPointAssignment)
        text += tr("  site %1 (%2) gets no new clients at %3, whose newest site is at %4\n")
                    .arg(a.site, a.siteVersion, a.logonPoint, a.newestVersion);
    for (const LicenceWarning& w : plan.licenceWarnings)
        text += tr("  licences: %1 has %2, expects %n connection(s) at peak\n", int(w.expectedConnections))
                    .arg(w.cap, QString::number(w.licenses));
    text += tr("Pending clients without automatic recovery: %1\n").arg(plan.noAutomaticRecoveryCount);
    for (const PlanWarning& w : plan.warnings)
        text += tr("Warning (%1): %2\n").arg(w.code, w.message);
    text += tr("Checklist:\n");
    int number = 0;
    for (const ChecklistStep& step : Checklist::steps(plan))
        text += QStringLiteral("  %1. %2: %3\n")
                    .arg(++number)
                    .arg(step.at ? UtcTime::format(*step.at) : step.period, step.text);
    return text;
}

QString summary(const PasswordWhatIf& w)
{
    const PasswordWhatIfRequest& request = w.request;
    QString text = tr("Password change of %1 at site %2 at %3\n")
                       .arg(request.account, request.site, UtcTime::format(request.at));
    text += tr("  orphaned %1, fallback %2, unaffected %3, stale %4\n")
                .arg(w.orphaned)
                .arg(w.fallback)
                .arg(w.unaffected)
                .arg(w.stale);
    text += tr("  all fallback clients updated by: %1\n").arg(isoOrNone(w.allUpdatedBy));
    text += w.lockoutEnabled ? tr("  lockout (threshold %1): from %2 until %3\n")
                                   .arg(w.lockoutThreshold)
                                   .arg(isoOrNone(w.lockedFrom), isoOrNone(w.lockedUntil))
                             : tr("  lockout: disabled in the site's domain\n");
    text += tr("  orphaned clients uninstall themselves by: %1\n").arg(isoOrNone(w.selfUninstallBy));
    for (const RecoveryOption& option : w.recovery)
        text += tr("  recovery %1: %2, %n client(s). %3\n", int(option.clients))
                    .arg(option.method, option.available ? tr("applies") : tr("does not apply"), option.note);
    text += tr("Safer: add a new account at %1, remove %2 at %3 (Q237759)\n")
                .arg(UtcTime::format(w.addNewAccountAt), request.account, UtcTime::format(w.removeOldAt));
    text += tr("Rotation: a new account every %n day(s), %1 accounts valid at once\n", w.cadenceDays)
                .arg(w.accountsNeeded);
    return text;
}
} // namespace PlanText
