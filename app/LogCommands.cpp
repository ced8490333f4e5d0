// logs parse and logs import: reading SMS 2.0 and Configuration Manager logs without a display.
#include "CommandLine.h"
#include "logs/LogImporter.h"
#include "logs/LogJson.h"
#include "logs/LogParser.h"
#include "store/Inventory.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTimeZone>

namespace CommandLine {
namespace {
// lupdate reads these calls as CommandLine's; with `n`, "%n row(s)" takes the count's plural form (the English
// one from capplanner_en.ts).
QString tr(const char* text, const char* comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("CommandLine", text, comment, n);
}

int parseLog(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Prints the entries of an SMS 2.0 or Configuration Manager log: time, "
                                        "component, thread, severity, code and text."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption zone(QStringLiteral("zone"),
        tr("The time zone of entries that name none (a client's logs: its site's zone), as an IANA name such as "
           "Europe/Berlin; UTC by default. Times are printed in UTC."),
        QStringLiteral("IANA"));
    parser.addOptions({json, zone});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The log file."));
    int status = Ok;
    if (!parse(parser, arguments, 1, &status))
        return status;
    const QString path = parser.positionalArguments().first();
    QTimeZone logZone = QTimeZone::utc();
    if (parser.isSet(zone)) {
        logZone = QTimeZone(parser.value(zone).toUtf8());
        if (!logZone.isValid()) {
            printError(tr("capplanner: --zone: unknown time zone \"%1\"; give an IANA name such as Europe/Berlin")
                           .arg(parser.value(zone)));
            return UsageError;
        }
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        printError(tr("%1: cannot read: %2").arg(path, file.errorString()));
        return DataError;
    }
    const LogFile log = LogParser::parse(LogParser::readFile(file), logZone);
    if (parser.isSet(json))
        printOut(QString::fromUtf8(QJsonDocument(LogJson::toJson(log)).toJson(QJsonDocument::Indented)));
    else
        printOut(LogJson::toText(log));
    if (!log.unreadableLines.isEmpty())
        printError(QCoreApplication::translate(
            "CommandLine", "%1: %n line(s) could not be read", nullptr, int(log.unreadableLines.size()))
                       .arg(path));
    return Ok;
}

int importLogs(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Records what clients' logs prove and moves a client's last refresh forward where a log shows a later "
           "successful one. PATH is a folder of per-client folders named after the clients, or, with --client, "
           "log files or a folder of one client."));
    const QCommandLineOption db = inventoryOption();
    const QCommandLineOption client(
        QStringLiteral("client"), tr("The client the logs belong to."), QStringLiteral("NAME"));
    parser.addOptions({db, client});
    parser.addPositionalArgument(QStringLiteral("PATH"), tr("Log files or folders."), QStringLiteral("PATH..."));
    int status = Ok;
    if (!parse(parser, arguments, -1, &status))
        return status;
    if (parser.positionalArguments().isEmpty()) {
        printError(tr("capplanner: logs import needs at least one PATH"));
        return UsageError;
    }
    QString error;
    const auto clients = LogImporter::collect(parser.positionalArguments(), parser.value(client), &error);
    if (!clients) {
        printError(error);
        return DataError;
    }
    Inventory inventory;
    if (!openInventory(inventory, parser.value(db), false, &status))
        return status;
    const std::optional<LogImporter::Summary> result = LogImporter(inventory).import(*clients, &error);
    if (!result) {
        printError(error);
        return DataError;
    }
    printOut(result->report.join(u'\n') + u'\n');
    printError(tr("%1, %2 (%3), %4", "logs import: clients, entries (unreadable lines), refreshes moved")
                   .arg(tr("%n client(s)", nullptr, result->clients), tr("%n entry(s)", nullptr, result->entries),
                       tr("%n unreadable line(s)", nullptr, result->unreadable),
                       tr("%n last refresh(es) moved forward", nullptr, result->refreshesMoved)));
    return Ok;
}
} // namespace

int logs(const QStringList& arguments)
{
    const QString sub = arguments.value(1);
    QStringList rest = arguments;
    if (rest.size() > 1)
        rest.removeAt(1);
    if (sub == u"parse")
        return parseLog(rest);
    if (sub == u"import")
        return importLogs(rest);
    printError(
        tr("capplanner: logs parse FILE [--zone IANA] [--json] | logs import --db FILE [--client NAME] PATH..."));
    return sub == u"--help" || sub == u"-h" ? Ok : UsageError;
}
} // namespace CommandLine
