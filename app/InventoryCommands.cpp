// demo, import and export: the inventory's way in and out without a display.
#include "CommandLine.h"
#include "demo/DemoInventory.h"
#include "store/CsvExporter.h"
#include "store/CsvImporter.h"
#include "store/Inventory.h"
#include "store/TableSpec.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>

namespace CommandLine {
namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("CommandLine", text);
}

QCommandLineOption dbOption()
{
    return QCommandLineOption(QStringLiteral("db"), tr("The inventory file."), QStringLiteral("FILE"));
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
    const QCommandLineOption db = dbOption();
    const QCommandLineOption clients(
        QStringLiteral("clients"), tr("How many clients (default 5000)."), QStringLiteral("N"), QStringLiteral("5000"));
    const QCommandLineOption seed(
        QStringLiteral("seed"), tr("The random seed (default 1)."), QStringLiteral("N"), QStringLiteral("1"));
    parser.addOptions({db, clients, seed});
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
    printError(tr("Created a demo inventory with %1 clients in %2 s: %3")
                   .arg(count)
                   .arg(timer.elapsed() / 1000.0, 0, 'f', 2)
                   .arg(parser.value(db)));
    return Ok;
}

int importTable(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Imports one CSV file into one table, all or nothing."));
    const QCommandLineOption db = dbOption();
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
    const CsvImporter::Result result = importer.importFile(parser.value(table), parser.positionalArguments().first());
    if (!result.ok) {
        printError(result.error);
        printError(tr("Nothing was imported; the inventory is unchanged."));
        return DataError;
    }
    printError(tr("Imported %1 rows into %2.").arg(result.rows).arg(parser.value(table)));
    return Ok;
}

int exportTable(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Exports one table as CSV."));
    const QCommandLineOption db = dbOption();
    const QCommandLineOption table = tableOption();
    const QCommandLineOption out(
        QStringLiteral("out"), tr("The file to write (default: standard output)."), QStringLiteral("FILE"));
    parser.addOptions({db, table, out});
    int status = Ok;
    if (!parse(parser, arguments, 0, &status) || !checkTable(parser.value(table), &status))
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
} // namespace CommandLine
