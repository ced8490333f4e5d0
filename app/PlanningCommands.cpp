// plan, whatif-password and compare-versions: the planning rules from a script.
#include "CommandLine.h"
#include "PlanOptions.h"
#include "domain/ClientVersion.h"
#include "planning/PasswordWhatIfPlanner.h"
#include "planning/PlanJson.h"
#include "planning/TransitionPlanner.h"
#include "store/Inventory.h"
#include "store/PlanStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <cmath>

namespace CommandLine {
namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("CommandLine", text);
}

constexpr int SummaryListLimit = 10;

QString isoOrNone(const std::optional<qint64>& time)
{
    return time ? UtcTime::format(*time) : tr("none");
}

void printJson(const QJsonObject& object)
{
    printOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
}

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
    text += tr("Clients: %1 must learn the change (%2 pending, %3 confirmed); left out: %4 stale, %5 unaffected\n")
                .arg(c.inScope)
                .arg(c.pending)
                .arg(c.confirmed)
                .arg(c.stale)
                .arg(c.unaffected);
    if (r.proposedRemoval || plan.orphansAll) {
        text += tr("At risk if removed at %1: %2 clients\n")
                    .arg(r.proposedRemoval ? UtcTime::format(*r.proposedRemoval) : tr("any time"))
                    .arg(c.atRisk);
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
        text += tr("  licences: %1 has %2, expects %3 connections at peak\n")
                    .arg(w.cap)
                    .arg(w.licenses)
                    .arg(w.expectedConnections);
    text += tr("Pending clients without automatic recovery: %1\n").arg(plan.noAutomaticRecoveryCount);
    for (const PlanWarning& w : plan.warnings)
        text += tr("Warning (%1): %2\n").arg(w.code, w.message);
    return text;
}
} // namespace

int plan(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Plans the replacement of CAPs or client connection accounts at a site "
                                        "(Q260824) and computes when the old ones can be removed safely."));
    const QCommandLineOption db = inventoryOption();
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption save(QStringLiteral("save"), tr("Save the plan and print its id."));
    const PlanOptions planOptions;
    parser.addOption(db);
    planOptions.addTo(parser);
    parser.addOptions({json, save});
    int status = Ok;
    if (!parse(parser, arguments, 0, &status))
        return status;
    std::optional<TransitionRequest> read = planOptions.read(parser, QStringLiteral("plan"));
    if (!read)
        return UsageError;
    TransitionRequest request = *read;

    // The summary shows counts and the first names; JSON carries every name.
    if (!parser.isSet(json))
        request.listLimit = SummaryListLimit;
    Inventory inventory;
    if (!openInventory(inventory, parser.value(db), false, &status))
        return status;
    QString error;
    const std::optional<TransitionPlan> result = TransitionPlanner(inventory).plan(request, &error);
    if (!result) {
        printError(QStringLiteral("capplanner: ") + error);
        return DataError;
    }
    if (parser.isSet(save)) {
        const std::optional<qint64> id = PlanStore(inventory).save(*result, &error);
        if (!id) {
            printError(QStringLiteral("capplanner: ") + error);
            return DataError;
        }
        if (!parser.isSet(json))
            printOut(tr("Saved as plan %1\n").arg(*id));
        else
            printError(tr("Saved as plan %1").arg(*id));
    }
    if (parser.isSet(json))
        printJson(PlanJson::toJson(*result));
    else
        printOut(summary(*result));
    return Ok;
}

int whatIfPassword(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("What if the password of a client connection account changes in place "
                                        "(Q227033, Q237759)? Nothing is changed and no password is asked for."));
    const QCommandLineOption db = inventoryOption();
    const QCommandLineOption site(QStringLiteral("site"), tr("The site code."), QStringLiteral("CODE"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const WhatIfOptions whatIfOptions;
    parser.addOptions({db, site});
    whatIfOptions.addTo(parser, true);
    parser.addOption(json);
    int status = Ok;
    if (!parse(parser, arguments, 0, &status))
        return status;
    const std::optional<PasswordWhatIfRequest> read
        = whatIfOptions.read(parser, parser.value(site), QStringLiteral("whatif-password"));
    if (!read)
        return UsageError;
    const PasswordWhatIfRequest request = *read;
    Inventory inventory;
    if (!openInventory(inventory, parser.value(db), false, &status))
        return status;
    QString error;
    const std::optional<PasswordWhatIf> result = PasswordWhatIfPlanner(inventory).evaluate(request, &error);
    if (!result) {
        printError(QStringLiteral("capplanner: ") + error);
        return DataError;
    }
    if (parser.isSet(json)) {
        printJson(PlanJson::toJson(*result));
        return Ok;
    }
    QString text = tr("Password change of %1 at site %2 at %3\n")
                       .arg(request.account, request.site, UtcTime::format(request.at));
    text += tr("  orphaned %1, fallback %2, unaffected %3, stale %4\n")
                .arg(result->orphaned)
                .arg(result->fallback)
                .arg(result->unaffected)
                .arg(result->stale);
    text += tr("  all fallback clients updated by: %1\n").arg(isoOrNone(result->allUpdatedBy));
    text += result->lockoutEnabled ? tr("  lockout (threshold %1): from %2 until %3\n")
                                         .arg(result->lockoutThreshold)
                                         .arg(isoOrNone(result->lockedFrom), isoOrNone(result->lockedUntil))
                                   : tr("  lockout: disabled in the site's domain\n");
    text += tr("  orphaned clients uninstall themselves by: %1\n").arg(isoOrNone(result->selfUninstallBy));
    for (const RecoveryOption& option : result->recovery)
        text += tr("  recovery %1: %2, %3 clients. %4\n")
                    .arg(option.method, option.available ? tr("applies") : tr("does not apply"))
                    .arg(option.clients)
                    .arg(option.note);
    text += tr("Safer: add a new account at %1, remove %2 at %3 (Q237759)\n")
                .arg(UtcTime::format(result->addNewAccountAt), request.account, UtcTime::format(result->removeOldAt));
    text += tr("Rotation: a new account every %1 days, %2 accounts valid at once\n")
                .arg(result->cadenceDays)
                .arg(result->accountsNeeded);
    printOut(text);
    return Ok;
}

int compareVersions(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Compares version A with version B as Boot32wn does (Q262677): same, hotfix-newer, hotfix-older, "
           "significant-newer or significant-older."));
    parser.addPositionalArgument(QStringLiteral("A"), tr("A version such as 2.00.1493.2000."));
    parser.addPositionalArgument(QStringLiteral("B"), tr("The version to compare with."));
    int status = Ok;
    if (!parse(parser, arguments, 2, &status))
        return status;
    QString error;
    const auto a = ClientVersion::parse(parser.positionalArguments().at(0), &error);
    const auto b = a ? ClientVersion::parse(parser.positionalArguments().at(1), &error) : std::nullopt;
    if (!a || !b) {
        printError(QStringLiteral("capplanner: ") + error);
        return DataError;
    }
    printOut(ClientVersion::differenceName(a->compare(*b)) + u'\n');
    return Ok;
}

} // namespace CommandLine
