// report: a plan (saved, or described by the plan options) or a password what-if as PDF, HTML or
// CSV, with no display.
#include "CommandLine.h"
#include "PlanOptions.h"
#include "planning/PasswordWhatIfPlanner.h"
#include "planning/TransitionPlanner.h"
#include "report/TransitionReport.h"
#include "store/Inventory.h"
#include "store/PlanStore.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace CommandLine {
namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("CommandLine", text);
}
} // namespace

int report(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes the report of a transition plan (--plan ID, or the options of plan) or of a password what-if "
           "(--whatif-password with --site, --account and --at). The format follows --out: .pdf, .html or .csv "
           "(one row per client of the plan's site)."));
    const QCommandLineOption db = inventoryOption();
    const QCommandLineOption out(
        QStringLiteral("out"), tr("The report file: .pdf, .html or .csv."), QStringLiteral("FILE"));
    const QCommandLineOption planId(
        QStringLiteral("plan"), tr("A saved plan's id (see plan --save)."), QStringLiteral("ID"));
    const QCommandLineOption whatIf(QStringLiteral("whatif-password"), tr("Report a password what-if."));
    const PlanOptions planOptions;
    const WhatIfOptions whatIfOptions;
    parser.addOptions({db, out, planId, whatIf});
    planOptions.addTo(parser);
    whatIfOptions.addTo(parser, false);
    int status = Ok;
    if (!parse(parser, arguments, 0, &status))
        return status;
    const QString path = parser.value(out);
    const auto format = TransitionReport::formatOf(path);
    if (path.isEmpty() || !format) {
        printError(tr("capplanner: --out FILE must end in .pdf, .html or .csv"));
        return UsageError;
    }
    const bool isWhatIf = parser.isSet(whatIf);
    if (isWhatIf && *format == TransitionReport::Format::Csv) {
        printError(tr("capplanner: a what-if report is written as .pdf or .html"));
        return UsageError;
    }
    if (!isWhatIf && parser.isSet(planId) == planOptions.anySet(parser)) {
        printError(tr("capplanner: report needs either --plan ID or the options of plan (--site, --kind, --retire, "
                      "--start), or --whatif-password"));
        return UsageError;
    }

    std::optional<TransitionRequest> request;
    std::optional<PasswordWhatIfRequest> whatIfRequest;
    qint64 id = 0;
    if (isWhatIf) {
        whatIfRequest
            = whatIfOptions.read(parser, parser.value(planOptions.site), QStringLiteral("report --whatif-password"));
        if (!whatIfRequest)
            return UsageError;
    } else if (parser.isSet(planId)) {
        bool ok = false;
        id = parser.value(planId).toLongLong(&ok);
        if (!ok) {
            printError(tr("capplanner: --plan takes a saved plan's id"));
            return UsageError;
        }
    } else {
        request = planOptions.read(parser, QStringLiteral("report"));
        if (!request)
            return UsageError;
    }

    Inventory inventory;
    if (!openInventory(inventory, parser.value(db), false, &status))
        return status;
    QString error;
    const TransitionReport::Context context {QFileInfo(parser.value(db)).fileName(), UtcTime::now()};
    if (isWhatIf) {
        const auto result = PasswordWhatIfPlanner(inventory).evaluate(*whatIfRequest, &error);
        if (!result || !TransitionReport::writeWhatIf(*result, context, path, &error)) {
            printError(QStringLiteral("capplanner: ") + error);
            return DataError;
        }
        return Ok;
    }
    if (!request) {
        // A saved plan is recomputed against today's inventory.
        request = PlanStore(inventory).load(id, nullptr, &error);
        if (!request) {
            printError(QStringLiteral("capplanner: ") + error);
            return DataError;
        }
    }
    // The PDF and HTML list the first names of each flag; the CSV has every client anyway.
    request->listLimit = 20;
    const auto plan = TransitionPlanner(inventory).plan(*request, &error);
    if (!plan || !TransitionReport::writePlan(inventory, *plan, context, path, &error)) {
        printError(QStringLiteral("capplanner: ") + error);
        return DataError;
    }
    return Ok;
}
} // namespace CommandLine
