// logs parse and logs import: reading SMS 2.0 and Configuration Manager logs without a display.
#include "CommandLine.h"
#include "domain/UtcTime.h"
#include "logs/ErrorCodes.h"
#include "logs/LogImporter.h"
#include "logs/LogParser.h"
#include "store/Inventory.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace CommandLine {
namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("CommandLine", text);
}

QString isoMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz'Z'"));
}

int parseLog(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Prints the entries of an SMS 2.0 or Configuration Manager log: time, "
                                        "component, thread, severity, code and text."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The log file."));
    int status = Ok;
    if (!parse(parser, arguments, 1, &status))
        return status;
    const QString path = parser.positionalArguments().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        printError(tr("%1: cannot read: %2").arg(path, file.errorString()));
        return DataError;
    }
    const LogFile log = LogParser::parse(LogParser::readFile(file));
    if (parser.isSet(json)) {
        QJsonArray entries;
        for (const LogEntry& e : log.entries)
            entries.append(QJsonObject {{QStringLiteral("line"), e.line}, {QStringLiteral("time"), isoMs(e.timeMs)},
                {QStringLiteral("component"), e.component}, {QStringLiteral("thread"), qint64(e.thread)},
                {QStringLiteral("severity"), severityName(e.severity)},
                {QStringLiteral("code"), e.code ? QJsonValue(qint64(*e.code)) : QJsonValue()},
                {QStringLiteral("text"), e.text()}});
        QJsonArray unreadable;
        for (int line : log.unreadableLines)
            unreadable.append(line);
        printOut(QString::fromUtf8(QJsonDocument(
            QJsonObject {{QStringLiteral("entries"), entries}, {QStringLiteral("unreadableLines"), unreadable}})
                                       .toJson(QJsonDocument::Indented)));
    } else {
        QString text;
        for (const LogEntry& e : log.entries) {
            QString code;
            if (e.code)
                code = QStringLiteral("0x%1 %2")
                           .arg(*e.code, 8, 16, QLatin1Char('0'))
                           .arg(ErrorCodes::describe(*e.code).value_or(QString()));
            text += QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\n")
                        .arg(isoMs(e.timeMs), e.component)
                        .arg(e.thread)
                        .arg(severityName(e.severity), code.trimmed(), QString(e.text()).replace(u'\n', u' '));
        }
        printOut(text);
    }
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
    if (!error.isEmpty()) {
        printError(error);
        return DataError;
    }
    Inventory inventory;
    if (!openInventory(inventory, parser.value(db), false, &status))
        return status;
    const LogImporter::Result result = LogImporter(inventory).import(clients);
    if (!result.ok) {
        printError(result.error);
        return DataError;
    }
    printOut(result.report.join(u'\n') + u'\n');
    printError(tr("%1 clients, %2 entries (%3 unreadable lines), %4 last refreshes moved forward")
                   .arg(result.clients)
                   .arg(result.entries)
                   .arg(result.unreadable)
                   .arg(result.refreshesMoved));
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
    printError(tr("capplanner: logs parse FILE [--json] | logs import --db FILE [--client NAME] PATH..."));
    return sub == u"--help" || sub == u"-h" ? Ok : UsageError;
}
} // namespace CommandLine
