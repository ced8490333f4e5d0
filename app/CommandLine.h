#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <functional>

class Inventory;

// The subcommands of capplanner, run without a display. Exit status 0 on success, 1 for data
// errors, 2 for usage errors.
namespace CommandLine {
enum ExitStatus { Ok = 0, DataError = 1, UsageError = 2 };

struct Command
{
    const char* name;
    const char* summary;
    std::function<int(const QStringList& arguments)> run;
};

const QList<Command>& commands();
const Command* find(const QString& name);
QString usage();

// Parses a subcommand's arguments; on --help prints and exits 0, on an error prints and exits 2.
// Returns false when the caller should return *status.
bool parse(QCommandLineParser& parser, const QStringList& arguments, int expectedPositionals, int* status);
// --db: a file or a postgresql:// location.
QCommandLineOption inventoryOption();
bool openInventory(Inventory& inventory, const QString& path, bool create, int* status);
void printError(const QString& message);
void printOut(const QString& text);

int demo(const QStringList& arguments);
int importTable(const QStringList& arguments);
int exportTable(const QStringList& arguments);
int copyInventory(const QStringList& arguments);
int plan(const QStringList& arguments);
int whatIfPassword(const QStringList& arguments);
int compareVersions(const QStringList& arguments);
int report(const QStringList& arguments);
int campaign(const QStringList& arguments);
int logs(const QStringList& arguments);
} // namespace CommandLine
