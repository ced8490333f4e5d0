#include "CommandLine.h"
#include "Language.h"
#include "MainWindow.h"
#include "Settings.h"
#include "demo/DemoInventory.h"
#include "store/Inventory.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QMessageBox>
#include <QStandardPaths>
#include <cstdio>
#include <unistd.h>

namespace {
QtMessageHandler qtHandler = nullptr;

// Qt's own warnings ("QSqlQuery::exec: database not open", "Unable to free statement") say nothing
// an administrator can act on, and CapPlanner reports what went wrong in its own words: they reach
// the terminal only with --verbose. Criticals and fatals always do.
void quietHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type != QtCriticalMsg && type != QtFatalMsg)
        return;
    if (qtHandler)
        qtHandler(type, context, message);
    else
        std::fputs(qPrintable(qFormatLogMessage(type, context, message) + u'\n'), stderr);
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CapPlanner"));
    QCoreApplication::setApplicationName(QStringLiteral("capplanner"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CAPPLANNER_VERSION));
}

// The inventory the console opens when none is named: a demo one, made on first start in the
// user's data folder.
QString defaultInventory(QString* error)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    const QString path = folder + QStringLiteral("/demo-inventory.db");
    if (QFileInfo::exists(path))
        return path;
    Inventory inventory;
    if (!inventory.open(path, error) || !DemoInventory::create(inventory, 20000, 1, error))
        return {};
    return path;
}

int runGui(int argc, char** argv, const QStringList& arguments)
{
    QApplication app(argc, argv);
    setIdentity();
    QGuiApplication::setDesktopFileName(QStringLiteral("org.capplanner.CapPlanner"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/org.capplanner.CapPlanner.svg")));
    Language::install(&app);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Opens the CapPlanner console."));
    const QCommandLineOption db(
        QStringLiteral("db"), QCoreApplication::translate("main", "The inventory to open."), QStringLiteral("FILE"));
    parser.addOption(db);
    int status = CommandLine::Ok;
    if (!CommandLine::parse(parser, arguments, 0, &status))
        return status;
    QString error;
    // The named inventory, else the last one opened, else the demo made on first start.
    QString path = parser.value(db);
    if (path.isEmpty()) {
        const QString last = Settings::lastInventory();
        path = !last.isEmpty() && QFileInfo::exists(last) ? last : defaultInventory(&error);
    }
    MainWindow window;
    if (path.isEmpty() || !window.openInventory(path, &error)) {
        CommandLine::printError(error);
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "CapPlanner"), error);
        return CommandLine::DataError;
    }
    window.resize(1280, 800);
    window.show();
    return app.exec();
}
} // namespace

int main(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // --verbose, anywhere: Qt's own debug output and warnings too.
    const bool verbose = arguments.removeAll(QStringLiteral("--verbose")) > 0;
    qtHandler = qInstallMessageHandler(verbose ? nullptr : quietHandler);
    const QString first = arguments.value(1);

    if (first == u"--version" || first == u"-v") {
        CommandLine::printOut(QStringLiteral("capplanner %1\n").arg(QStringLiteral(CAPPLANNER_VERSION)));
        return CommandLine::Ok;
    }
    if (first == u"--help" || first == u"-h" || first == u"help") {
        CommandLine::printOut(CommandLine::usage());
        return CommandLine::Ok;
    }
    if (first.isEmpty() || first.startsWith(u'-') || first == u"gui") {
        QStringList guiArguments = arguments;
        if (first == u"gui")
            guiArguments.removeAt(1);
        return runGui(argc, argv, guiArguments);
    }
    const CommandLine::Command* command = CommandLine::find(first);
    if (!command) {
        CommandLine::printError(
            QStringLiteral("capplanner: unknown command \"%1\"\n\n").arg(first) + CommandLine::usage());
        return CommandLine::UsageError;
    }
    // Reports (of a plan or a campaign) lay text out, which needs fonts and so a GUI application; with no display the
    // offscreen platform serves.
    std::unique_ptr<QCoreApplication> app;
    if (first == u"report" || first == u"campaign") {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
            && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            // Qt warns on every start without a runtime folder; give it a private one.
            if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
                const QString runtime = QDir::tempPath() + QStringLiteral("/capplanner-runtime-%1").arg(getuid());
                QDir().mkpath(runtime);
                QFile::setPermissions(
                    runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
                qputenv("XDG_RUNTIME_DIR", runtime.toLocal8Bit());
            }
        }
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    setIdentity();
    Language::install(app.get());
    QStringList commandArguments = arguments;
    commandArguments.removeAt(1);
    return command->run(commandArguments);
}
