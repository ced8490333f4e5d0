#include "CommandLine.h"

#include "store/Inventory.h"

#include <QCoreApplication>
#include <cstdio>

namespace CommandLine {
const QList<Command>& commands()
{
    static const QList<Command> list {
        {"gui", QT_TRANSLATE_NOOP("CommandLine", "open the console (the default)"), nullptr},
        {"demo", QT_TRANSLATE_NOOP("CommandLine", "create a demo inventory"), demo},
        {"import", QT_TRANSLATE_NOOP("CommandLine", "import one CSV table"), importTable},
        {"export", QT_TRANSLATE_NOOP("CommandLine", "export one table as CSV"), exportTable},
        {"copy", QT_TRANSLATE_NOOP("CommandLine", "copy a whole inventory between files and servers"), copyInventory},
        {"plan", QT_TRANSLATE_NOOP("CommandLine", "plan a CAP or account transition"), plan},
        {"whatif-password", QT_TRANSLATE_NOOP("CommandLine", "what if an account's password changes"), whatIfPassword},
        {"campaign", QT_TRANSLATE_NOOP("CommandLine", "plan one transition across many sites, in waves"), campaign},
        {"report", QT_TRANSLATE_NOOP("CommandLine", "write a plan's or a what-if's report (PDF, HTML, CSV)"), report},
        {"logs", QT_TRANSLATE_NOOP("CommandLine", "parse client logs, or import what they prove"), logs},
        {"compare-versions", QT_TRANSLATE_NOOP("CommandLine", "compare two SMS versions as Boot32wn does"),
            compareVersions},
    };
    return list;
}

const Command* find(const QString& name)
{
    for (const Command& command : commands()) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

QString usage()
{
    QString text = QCoreApplication::translate("CommandLine", "Usage: capplanner [COMMAND] [OPTIONS]\n\nCommands:\n");
    for (const Command& command : commands())
        text += QStringLiteral("  %1%2\n")
                    .arg(QLatin1String(command.name), -18)
                    .arg(QCoreApplication::translate("CommandLine", command.summary));
    text
        += QCoreApplication::translate("CommandLine", "\n'capplanner COMMAND --help' describes a command's options.\n");
    return text;
}

void printError(const QString& message)
{
    std::fputs(qPrintable(message.endsWith(u'\n') ? message : message + u'\n'), stderr);
}

void printOut(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
}

bool parse(QCommandLineParser& parser, const QStringList& arguments, int expectedPositionals, int* status)
{
    const QCommandLineOption help(QStringList {QStringLiteral("h"), QStringLiteral("help")},
        QCoreApplication::translate("CommandLine", "Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        printError(QStringLiteral("capplanner: ") + parser.errorText());
        *status = UsageError;
        return false;
    }
    if (parser.isSet(help)) {
        printOut(parser.helpText());
        *status = Ok;
        return false;
    }
    if (expectedPositionals >= 0 && parser.positionalArguments().size() != expectedPositionals) {
        printError(QCoreApplication::translate(
            "CommandLine", "capplanner: expected %n argument(s); see --help", nullptr, expectedPositionals));
        *status = UsageError;
        return false;
    }
    return true;
}

QCommandLineOption inventoryOption()
{
    return QCommandLineOption(QStringLiteral("db"),
        QCoreApplication::translate("CommandLine",
            "The inventory: a file, or a server's postgresql://user@host:port/database (the password from "
            "~/.pgpass or PGPASSWORD)."),
        QStringLiteral("FILE_OR_URL"));
}

bool openInventory(Inventory& inventory, const QString& path, bool create, int* status)
{
    if (path.isEmpty()) {
        printError(QCoreApplication::translate("CommandLine", "capplanner: --db FILE_OR_URL is required"));
        *status = UsageError;
        return false;
    }
    QString error;
    if (!(create ? inventory.open(path, &error) : inventory.openExisting(path, &error))) {
        printError(error);
        *status = DataError;
        return false;
    }
    return true;
}
} // namespace CommandLine
