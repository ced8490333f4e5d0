// plan, whatif-password and compare-versions: the planning rules from a script.
#include "CommandLine.h"
#include "PlanOptions.h"
#include "domain/ClientVersion.h"
#include "planning/PasswordWhatIfPlanner.h"
#include "planning/PlanJson.h"
#include "planning/PlanText.h"
#include "planning/TransitionPlanner.h"
#include "store/Inventory.h"
#include "store/PlanStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace CommandLine {
namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("CommandLine", text);
}

constexpr int SummaryListLimit = 10;

void printJson(const QJsonObject& object)
{
    printOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
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
    std::optional<qint64> id;
    if (parser.isSet(save)) {
        // The plan's own overrides are saved with it (RULES.md R1.6).
        id = PlanStore(inventory).save(*result, &error);
        if (!id) {
            printError(QStringLiteral("capplanner: ") + error);
            return DataError;
        }
        if (!parser.isSet(json))
            printOut(tr("Saved as plan %1\n").arg(*id));
        else
            printError(tr("Saved as plan %1").arg(*id));
    }
    if (parser.isSet(json)) {
        QJsonObject object = PlanJson::toJson(*result);
        if (id)
            object.insert(QStringLiteral("id"), *id);
        printJson(object);
    } else
        printOut(PlanText::summary(*result));
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
    printOut(PlanText::summary(*result));
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
