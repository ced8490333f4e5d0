// demo, import and export: the inventory's way in and out without a display.
#include "CommandLine.h"
#include "demo/DemoEvidence.h"
#include "demo/DemoInventory.h"
#include "store/CsvExporter.h"
#include "store/CsvImporter.h"
#include "store/Inventory.h"
#include "store/InventoryCopy.h"
#include "store/TableSpec.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>

namespace CommandLine {
namespace {
// lupdate reads these calls as CommandLine's; with `n`, "%n row(s)" takes the count's plural form (the English
// one from capplanner_en.ts).
QString tr(const char* text, const char* comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("CommandLine", text, comment, n);
}

QCommandLineOption tableOption()
{
    return QCommandLineOption(QStringLiteral("table"),
        tr("The table: %1.").arg(TableSpecs::names().join(QStringLiteral(", "))), QStringLiteral("NAME"));
}

bool checkTable(const QString& table, int* status)
{
    if (TableSpecs::find(table))
        return true;
    printError(tr("capplanner: unknown table \"%1\"; the tables are %2")
                   .arg(table, TableSpecs::names().join(QStringLiteral(", "))));
    *status = UsageError;
    return false;
}
} // namespace

int demo(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Creates a realistic demo inventory; the same seed gives the same one."));
    const QCommandLineOption db = inventoryOption();
    const QCommandLineOption clients(
        QStringLiteral("clients"), tr("How many clients (default 5000)."), QStringLiteral("N"), QStringLiteral("5000"));
    const QCommandLineOption seed(
        QStringLiteral("seed"), tr("The random seed (default 1)."), QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption evidence(QStringLiteral("evidence"),
        tr("Also write registry exports (.reg files) of the first 1,000 clients into DIR (docs/EVIDENCE.md)."),
        QStringLiteral("DIR"));
    parser.addOptions({db, clients, seed, evidence});
    int status = Ok;
    if (!parse(parser, arguments, 0, &status))
        return status;
    bool okCount = false;
    bool okSeed = false;
    const qint64 count = parser.value(clients).toLongLong(&okCount);
    const quint32 seedValue = parser.value(seed).toUInt(&okSeed);
    if (!okCount || count < 0 || count > 50'000'000 || !okSeed) {
        printError(tr("capplanner: --clients takes a whole number from 0 to 50000000, --seed a whole number"));
        return UsageError;
    }
    Inventory inventory;
    if (!openInventory(inventory, parser.value(db), true, &status))
        return status;
    QElapsedTimer timer;
    timer.start();
    QString error;
    if (!DemoInventory::create(inventory, count, seedValue, &error)) {
        printError(error);
        return DataError;
    }
    printError(tr("Created a demo inventory with %n client(s) in %1 s: %2", nullptr, int(count))
                   .arg(timer.elapsed() / 1000.0, 0, 'f', 2)
                   .arg(parser.value(db)));
    if (parser.isSet(evidence)) {
        const int files = DemoEvidence::write(inventory, parser.value(evidence), 1000, &error);
        if (files < 0) {
            printError(error);
            return DataError;
        }
        printError(tr("Wrote %n registry export(s) into %1", nullptr, files).arg(parser.value(evidence)));
    }
    return Ok;
}

int importTable(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Imports one CSV file into one table, all or nothing."));
    const QCommandLineOption db = inventoryOption();
    const QCommandLineOption table = tableOption();
    const QCommandLineOption progress(
        QStringLiteral("progress"), tr("Print the share of the file read so far, as \"progress: 40%\" lines."));
    parser.addOptions({db, table, progress});
    parser.addPositionalArgument(QStringLiteral("FILE.csv"), tr("The CSV file, header row first."));
    int status = Ok;
    if (!parse(parser, arguments, 1, &status) || !checkTable(parser.value(table), &status))
        return status;
    Inventory inventory;
    if (!openInventory(inventory, parser.value(db), true, &status))
        return status;
    CsvImporter importer(inventory);
    if (parser.isSet(progress)) {
        importer.setProgress([last = -1](qint64 done, qint64 total) mutable {
            const int percent = total > 0 ? int(done * 100 / total) : 100;
            if (percent != last)
                printError(QStringLiteral("progress: %1%\n").arg(percent));
            last = percent;
            return true;
        });
    }
    QString error;
    const std::optional<qint64> rows
        = importer.importFile(parser.value(table), parser.positionalArguments().first(), &error);
    if (!rows) {
        printError(error);
        printError(tr("Nothing was imported; the inventory is unchanged."));
        return DataError;
    }
    printError(tr("Imported %n row(s) into %1.", nullptr, int(*rows)).arg(parser.value(table)));
    return Ok;
}

int exportTable(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Exports one table as CSV."));
    const QCommandLineOption db = inventoryOption();
    const QCommandLineOption table = tableOption();
    const QCommandLineOption out(
        QStringLiteral("out"), tr("The file to write (default: standard output)."), QStringLiteral("FILE"));
    parser.addOptions({db, table, out});
    int status = Ok;
    if (!parse(parser, arguments, 0, &status)
        || (!CsvExporter::exportOnlyTables().contains(parser.value(table))
            && !checkTable(parser.value(table), &status)))
        return status;
    Inventory inventory;
    if (!openInventory(inventory, parser.value(db), false, &status))
        return status;
    CsvExporter exporter(inventory);
    QString error;
    if (parser.isSet(out)) {
        QSaveFile file(parser.value(out));
        if (!file.open(QIODevice::WriteOnly) || !exporter.exportTable(parser.value(table), &file, &error)
            || !file.commit()) {
            printError(tr("%1: cannot write: %2").arg(parser.value(out), error.isEmpty() ? file.errorString() : error));
            return DataError;
        }
        return Ok;
    }
    QFile standardOutput;
    if (!standardOutput.open(stdout, QIODevice::WriteOnly)
        || !exporter.exportTable(parser.value(table), &standardOutput, &error)) {
        printError(error);
        return DataError;
    }
    return Ok;
}
int copyInventory(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Copies a whole inventory into a new, empty one: between files, from a file to a PostgreSQL server, or "
           "back. The copy exports the same CSV as the original."));
    const QCommandLineOption from(QStringList {QStringLiteral("from")},
        tr("The inventory to copy: a file or postgresql://user@host:port/database."), QStringLiteral("FILE_OR_URL"));
    const QCommandLineOption to(QStringList {QStringLiteral("to")},
        tr("The new inventory: a file or postgresql://user@host:port/database (an empty database)."),
        QStringLiteral("FILE_OR_URL"));
    parser.addOptions({from, to});
    int status = Ok;
    if (!parse(parser, arguments, 0, &status))
        return status;
    if (!parser.isSet(from) || !parser.isSet(to)) {
        printError(tr("capplanner copy: give both --from and --to"));
        return UsageError;
    }
    Inventory source;
    if (!openInventory(source, parser.value(from), false, &status))
        return status;
    Inventory target;
    if (!openInventory(target, parser.value(to), true, &status))
        return status;
    QElapsedTimer timer;
    timer.start();
    QString error;
    const std::optional<qint64> rows = InventoryCopy::copy(
        source, target, [](const QString& table) { printError(tr("copying %1\u2026").arg(table)); }, &error);
    if (!rows) {
        printError(error);
        printError(tr("Nothing was copied; %1 is unchanged.").arg(parser.value(to)));
        return DataError;
    }
    printError(tr("Copied %n row(s) from %1 to %2 in %3 s.", nullptr, int(*rows))
                   .arg(source.displayName(), target.displayName())
                   .arg(timer.elapsed() / 1000.0, 0, 'f', 2));
    return Ok;
}
} // namespace CommandLine
