// evidence import: what clients' registry exports prove, read without a display.
#include "CommandLine.h"
#include "evidence/RegistryEvidence.h"
#include "store/Inventory.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace CommandLine {
namespace {
QString tr(const char* text, const char* comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("CommandLine", text, comment, n);
}

QJsonObject toJson(const RegistryImportSummary& summary)
{
    return QJsonObject {
        {QStringLiteral("dryRun"), summary.dryRun},
        {QStringLiteral("files"), summary.files},
        {QStringLiteral("clients"), summary.clients},
        {QStringLiteral("caps"), summary.caps},
        {QStringLiteral("refreshesMoved"), summary.refreshesMoved},
        {QStringLiteral("withoutLastChecked"), summary.withoutLastChecked},
        {QStringLiteral("unknownServers"), summary.unknownServers},
        {QStringLiteral("unknownServerNames"), QJsonArray::fromStringList(summary.unknownServerNames)},
        {QStringLiteral("unknownClients"), summary.unknownClients},
        {QStringLiteral("unknownClientNames"), QJsonArray::fromStringList(summary.unknownClientNames)},
        {QStringLiteral("superseded"), summary.superseded},
        {QStringLiteral("supersededNames"), QJsonArray::fromStringList(summary.supersededNames)},
    };
}

int importEvidence(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Records what clients' registry exports (regedit /e, REGEDIT4 or version 5) prove: the CAPs each "
           "client holds, and its last refresh from Site Config Last Checked, which moves a client's last refresh "
           "forward only. PATH is a .reg file or a folder searched for them. All or nothing."));
    const QCommandLineOption db = inventoryOption();
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Check and count, change nothing."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the counts as JSON."));
    parser.addOptions({db, dryRun, json});
    parser.addPositionalArgument(QStringLiteral("PATH"), tr(".reg files or folders."), QStringLiteral("PATH..."));
    int status = Ok;
    if (!parse(parser, arguments, -1, &status))
        return status;
    if (parser.positionalArguments().isEmpty()) {
        printError(tr("capplanner: evidence import needs at least one PATH"));
        return UsageError;
    }
    Inventory inventory;
    if (!openInventory(inventory, parser.value(db), false, &status))
        return status;
    QString error;
    const std::optional<RegistryImportSummary> result
        = importRegistryEvidence(inventory, parser.positionalArguments(), parser.isSet(dryRun), {}, &error);
    if (!result) {
        printError(error);
        return DataError;
    }
    if (parser.isSet(json)) {
        printOut(QString::fromUtf8(QJsonDocument(toJson(*result)).toJson(QJsonDocument::Indented)));
    } else {
        QStringList lines = result->report;
        for (const QString& name : result->unknownServerNames)
            lines << tr("%1: not a CAP of the inventory, not recorded").arg(name);
        for (const QString& name : result->unknownClientNames)
            lines << tr("%1: not a client of the inventory, skipped").arg(name);
        lines << result->supersededNames;
        if (!lines.isEmpty())
            printOut(lines.join(u'\n') + u'\n');
    }
    printError(tr("%1%2, %3, %4, %5, %6 without Site Config Last Checked, %7, %8",
        "evidence import: dry run, files, clients, CAPs, refreshes moved, without, unknown servers, unknown clients")
                   .arg(result->dryRun ? tr("dry run, nothing changed: ") : QString(),
                       tr("%n file(s)", nullptr, result->files), tr("%n client(s)", nullptr, result->clients),
                       tr("%n CAP(s) recorded", nullptr, result->caps),
                       tr("%n last refresh(es) moved forward", nullptr, result->refreshesMoved))
                   .arg(result->withoutLastChecked)
                   .arg(tr("%n unknown server(s)", nullptr, result->unknownServers),
                       tr("%n unknown client(s)", nullptr, result->unknownClients)));
    if (result->superseded > 0)
        printError(tr("%n file(s) superseded by a newer export of the same client", nullptr, result->superseded));
    return Ok;
}
} // namespace

int evidence(const QStringList& arguments)
{
    const QString sub = arguments.value(1);
    QStringList rest = arguments;
    if (rest.size() > 1)
        rest.removeAt(1);
    if (sub == u"import")
        return importEvidence(rest);
    printError(tr("capplanner: evidence import --db FILE [--dry-run] [--json] PATH..."));
    return sub == u"--help" || sub == u"-h" ? Ok : UsageError;
}
} // namespace CommandLine
