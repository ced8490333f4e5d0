// Renders the main window at 1280x800 on an inventory, one PNG per pane, for docs/screenshots/.
// Not a test: scripts/screenshots.sh runs it under xvfb-run.
//   screenshots INVENTORY OUTPUT_FOLDER [SITE]
#include "ClientsPane.h"
#include "MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        qWarning("usage: screenshots INVENTORY OUTPUT_FOLDER [SITE]");
        return 2;
    }
    MainWindow window;
    QString error;
    if (!window.openInventory(args.at(1), &error)) {
        qWarning("%s", qPrintable(error));
        return 1;
    }
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    if (args.size() > 3)
        window.selectSite(args.at(3));
    QDir().mkpath(args.at(2));
    const struct
    {
        MainWindow::Pane pane;
        const char* file;
    } panes[] = {{MainWindow::CapsPane, "caps.png"}, {MainWindow::AccountsPane, "accounts.png"},
        {MainWindow::LogonPointsPane, "logon-points.png"}, {MainWindow::ClientsPaneIndex, "clients.png"},
        {MainWindow::VersionsPane, "client-versions.png"}, {MainWindow::ProfilesPane, "profiles.png"},
        {MainWindow::BlackoutsPane, "blackouts.png"}};
    for (const auto& p : panes) {
        window.showPane(p.pane);
        QTest::qWait(300);
        window.grab().save(args.at(2) + u'/' + QLatin1String(p.file));
    }
    return 0;
}
