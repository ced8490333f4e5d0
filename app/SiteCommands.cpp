// import-site: the clients of an SMS 2.0 site database, from a saved query result
// (docs/SITE_DATABASE.md).
#include "CommandLine.h"
#include "evidence/SiteImporter.h"
#include "store/Inventory.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTimeZone>

namespace CommandLine {
namespace {
QString tr(const char* text, const char* comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("CommandLine", text, comment, n);
}
} // namespace

int importSite(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Imports the clients of an SMS 2.0 site database from a query result saved as CSV or tab-separated text "
           "(osql, Query Analyzer). New clients get install method \"unknown\"; existing ones keep their profile "
           "and install method; a heartbeat moves a client's last refresh forward, never back. All or nothing."));
    const QCommandLineOption db = inventoryOption();
    const QCommandLineOption clients(
        QStringLiteral("clients"), tr("The saved query result."), QStringLiteral("EXPORT"));
    const QCommandLineOption map(QStringLiteral("map"),
        tr("The export's column for FIELD (name, version, os, site, client, heartbeat), instead of the SP2 view and "
           "WMI names. Repeatable."),
        QStringLiteral("FIELD=COLUMN"));
    const QCommandLineOption os(QStringLiteral("os"),
        tr("The family (nt4, w2k, win9x) of an operating system text the defaults do not map. Repeatable."),
        QStringLiteral("TEXT=FAMILY"));
    const QCommandLineOption profile(QStringLiteral("profile"),
        tr("The disconnection profile of new clients (default none)."), QStringLiteral("NAME"));
    const QCommandLineOption zone(QStringLiteral("zone"),
        tr("The time zone of heartbeat times that name none, as an IANA name such as Europe/Berlin; UTC by default."),
        QStringLiteral("IANA"));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"), tr("Do all the work and report it, but change nothing."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the counts as JSON."));
    parser.addOptions({db, clients, map, os, profile, zone, dryRun, json});
    int status = Ok;
    if (!parse(parser, arguments, 0, &status))
        return status;
    if (!parser.isSet(clients)) {
        printError(tr("capplanner: import-site needs --clients EXPORT"));
        return UsageError;
    }
    SiteExport::Options options;
    QString error;
    for (const QString& spec : parser.values(map)) {
        if (!SiteExport::addColumnMapping(options, spec, &error)) {
            printError(QStringLiteral("capplanner: ") + error);
            return UsageError;
        }
    }
    for (const QString& spec : parser.values(os)) {
        if (!SiteExport::addOsMapping(options, spec, &error)) {
            printError(QStringLiteral("capplanner: ") + error);
            return UsageError;
        }
    }
    if (parser.isSet(zone)) {
        options.zone = QTimeZone(parser.value(zone).toUtf8());
        if (!options.zone.isValid()) {
            printError(tr("capplanner: --zone: unknown time zone \"%1\"; give an IANA name such as Europe/Berlin")
                           .arg(parser.value(zone)));
            return UsageError;
        }
    }
    Inventory inventory;
    if (!openInventory(inventory, parser.value(db), false, &status))
        return status;
    SiteImporter importer(inventory);
    importer.setProfile(parser.value(profile));
    const auto summary = importer.importFile(parser.value(clients), options, parser.isSet(dryRun), &error);
    if (!summary) {
        printError(error);
        return DataError;
    }
    if (parser.isSet(json))
        printOut(QString::fromUtf8(QJsonDocument(SiteImporter::toJson(*summary)).toJson(QJsonDocument::Indented)));
    else
        printOut(SiteImporter::countsText(*summary) + u'\n');
    if (summary->refused > 0) {
        for (const QString& line : summary->firstRefused)
            printError(line);
        printError(tr("%n row(s) refused; nothing was imported", nullptr, summary->refused));
        return DataError;
    }
    if (summary->dryRun)
        printError(tr("dry run: nothing was imported"));
    return Ok;
}
} // namespace CommandLine
