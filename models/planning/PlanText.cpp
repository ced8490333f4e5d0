#include "PlanText.h"

#include "Checklist.h"
#include "PasswordWhatIf.h"
#include "PasswordWhatIfPlanner.h"
#include "TransitionPlan.h"
#include "domain/UtcTime.h"

#include <QCoreApplication>

// The strings keep the context the command line gave them first, so their translations carry over.
namespace PlanText {
namespace {
QString isoOrNone(const std::optional<qint64>& time)
{
    return time ? UtcTime::format(*time) : QCoreApplication::translate("CommandLine", "none");
}

// A lockout's end: empty once it has begun means for good (a holder never uninstalls itself).
QString untilOrNever(const std::optional<qint64>& time)
{
    return time ? UtcTime::format(*time) : QCoreApplication::translate("CommandLine", "never");
}
} // namespace

QString coveredWhy(const TransitionPlan& plan)
{
    const bool caps = plan.request.kind == TransitionKind::Cap;
    return QCoreApplication::translate("CommandLine",
        "%Ln covered client(s) know %1, which stays: removing %2 cannot orphan them, and they do not hold the safe "
        "time back (Q260824).",
        nullptr, int(plan.counts.covered))
        .arg(plan.stayingItems.isEmpty() ? (caps ? QCoreApplication::translate("CommandLine", "a CAP")
                                                 : QCoreApplication::translate("CommandLine", "an account"))
                                         : plan.stayingItems.join(QStringLiteral(", ")),
            plan.request.retire.join(QStringLiteral(", ")));
}

QString summary(const TransitionPlan& plan)
{
    const TransitionRequest& r = plan.request;
    const PlanCounts& c = plan.counts;
    QString text;
    text += QCoreApplication::translate("CommandLine", "%1 transition at site %2, starting %3\n")
                .arg(r.kind == TransitionKind::Cap ? QCoreApplication::translate("CommandLine", "CAP")
                                                   : QCoreApplication::translate("CommandLine", "Account"),
                    r.site, UtcTime::format(r.start));
    text += QCoreApplication::translate("CommandLine", "  retire: %1\n  add:    %2\n")
                .arg(r.retire.join(QStringLiteral(", ")),
                    r.add.isEmpty() ? QCoreApplication::translate("CommandLine", "nothing")
                                    : r.add.join(QStringLiteral(", ")));
    text += plan.safeRemoval
        ? QCoreApplication::translate("CommandLine", "Safe removal: %1\n").arg(UtcTime::format(*plan.safeRemoval))
        : QCoreApplication::translate("CommandLine", "Safe removal: NONE - this plan orphans every pending client\n");
    text += QCoreApplication::translate("CommandLine",
        "Clients: %1 must learn the change (%2 pending, %3 confirmed); left out: %4 stale, %5 unaffected\n")
                .arg(c.inScope)
                .arg(c.pending)
                .arg(c.confirmed)
                .arg(c.stale)
                .arg(c.unaffected);
    text += QCoreApplication::translate("CommandLine", "Pending: %1 exposed, %2 covered\n")
                .arg(c.exposed)
                .arg(c.covered);
    if (c.covered > 0)
        text += QStringLiteral("  ") + coveredWhy(plan) + u'\n';
    if (r.proposedRemoval || plan.orphansAll) {
        text += QCoreApplication::translate(
            "CommandLine", "At risk if removed at %1: %Ln client(s)\n", nullptr, int(c.atRisk))
                    .arg(r.proposedRemoval ? UtcTime::format(*r.proposedRemoval)
                                           : QCoreApplication::translate("CommandLine", "any time"));
        for (const AtRiskClient& client : plan.atRisk)
            text += QStringLiteral("    %1 (%2, %3)\n")
                        .arg(client.client,
                            client.profile.value_or(QCoreApplication::translate("CommandLine", "no profile")),
                            UtcTime::format(client.deadline));
        if (c.atRisk > plan.atRisk.size())
            text += QCoreApplication::translate("CommandLine", "    ... and %1 more\n")
                        .arg(c.atRisk - plan.atRisk.size());
    }
    for (const ProfileDeadline& p : plan.profiles)
        text += QCoreApplication::translate("CommandLine", "  %1: %2 pending (%3 exposed), updated by %4\n")
                    .arg(p.name.value_or(QCoreApplication::translate("CommandLine", "(no profile)")))
                    .arg(p.clients)
                    .arg(p.exposed)
                    .arg(UtcTime::format(p.deadline));
    text += QCoreApplication::translate("CommandLine", "Upgrade-blocked pending clients: %1\n")
                .arg(plan.upgradeBlockCount);
    for (const LogonPointAssignment& a : plan.logonPointAssignment)
        text += QCoreApplication::translate(
            "CommandLine", "  site %1 (%2) gets no new clients at %3, whose newest site is at %4\n")
                    .arg(a.site, a.siteVersion, a.logonPoint, a.newestVersion);
    for (const LicenceWarning& w : plan.licenceWarnings)
        text += QCoreApplication::translate("CommandLine", "  licences: %1 has %2, expects %Ln connection(s) at peak\n",
            nullptr, int(w.expectedConnections))
                    .arg(w.cap, QString::number(w.licenses));
    text += QCoreApplication::translate("CommandLine", "Pending clients without automatic recovery: %1\n")
                .arg(plan.noAutomaticRecoveryCount);
    for (const PlanWarning& w : plan.warnings)
        text += QCoreApplication::translate("CommandLine", "Warning (%1): %2\n").arg(w.code, w.message);
    text += QCoreApplication::translate("CommandLine", "Checklist:\n");
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
    QString text = QCoreApplication::translate("CommandLine", "Password change of %1 at site %2 at %3\n")
                       .arg(request.account, request.site, UtcTime::format(request.at));
    text += QCoreApplication::translate("CommandLine", "  orphaned %1, fallback %2, unaffected %3, stale %4\n")
                .arg(w.orphaned)
                .arg(w.fallback)
                .arg(w.unaffected)
                .arg(w.stale);
    text += QCoreApplication::translate("CommandLine", "  all fallback clients updated by: %1\n")
                .arg(isoOrNone(w.allUpdatedBy));
    text += w.lockoutEnabled
        ? QCoreApplication::translate("CommandLine", "  lockout (threshold %1): from %2 until %3\n")
              .arg(w.lockoutThreshold)
              .arg(isoOrNone(w.lockedFrom), w.lockedFrom ? untilOrNever(w.lockedUntil) : isoOrNone(w.lockedUntil))
        : QCoreApplication::translate("CommandLine", "  lockout: disabled in the site's domain\n");
    for (const AccountLockout& lockout : w.lockouts) {
        text += QCoreApplication::translate(
            "CommandLine", "  old password of %1 (changed %2): %Ln holder(s)", nullptr, int(lockout.holders))
                    .arg(lockout.account, UtcTime::format(lockout.changedAt));
        if (lockout.from)
            text += QCoreApplication::translate("CommandLine", ", locked out from %1 until %2")
                        .arg(UtcTime::format(*lockout.from), untilOrNever(lockout.until));
        if (lockout.already)
            text += QCoreApplication::translate("CommandLine", " (changed earlier: may be locking out already)");
        text += u'\n';
    }
    if (w.delayedByLockout > 0)
        text += QCoreApplication::translate("CommandLine",
            "  %Ln fallback client(s) delayed by lockout: every account left to them is locked out; updated by %1\n",
            nullptr, int(w.delayedByLockout))
                    .arg(untilOrNever(w.delayedUntil));
    if (w.logonDiscovery)
        text += QCoreApplication::translate("CommandLine",
            "  %Ln orphaned client(s) recover at their next logon through Logon Discovery (Q237759)\n", nullptr,
            int(w.recoverAtLogon));
    text += QCoreApplication::translate("CommandLine", "  orphaned clients uninstall themselves by: %1\n")
                .arg(isoOrNone(w.selfUninstallBy));
    if (w.neverUninstall > 0)
        text += QCoreApplication::translate("CommandLine",
            "  %Ln orphaned client(s) never uninstall themselves: Site Config Last Checked is missing (Q265358)\n",
            nullptr, int(w.neverUninstall));
    for (const RecoveryOption& option : w.recovery)
        text += QCoreApplication::translate(
            "CommandLine", "  recovery %1: %2, %Ln client(s). %3\n", nullptr, int(option.clients))
                    .arg(option.method,
                        option.available ? QCoreApplication::translate("CommandLine", "applies")
                                         : QCoreApplication::translate("CommandLine", "does not apply"),
                        option.note);
    text += QCoreApplication::translate(
        "CommandLine", "Safer: add a new account, %1, at %2, remove %3 at %4 (Q237759)\n")
                .arg(w.newAccount, UtcTime::format(w.addNewAccountAt), request.account, UtcTime::format(w.removeOldAt));
    text += w.rotationNeeded
        ? QCoreApplication::translate("CommandLine",
            "Rotation: a new account every %Ln day(s), %1 accounts valid at once\n", nullptr, w.cadenceDays)
              .arg(w.accountsNeeded)
        : QCoreApplication::translate(
            "CommandLine", "Rotation: none needed; the domain's passwords never expire (maximum password age 0)\n");
    return text;
}
} // namespace PlanText
