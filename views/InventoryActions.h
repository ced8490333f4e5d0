#pragma once

#include <QCoreApplication>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>

class BackgroundTask;
class MainWindow;
class QAction;
class QMenu;
class SiteImportWizard;

// The console's inventory actions: new, open, connect to a server, open recent, CSV import and
// export, log import, and the report of a saved plan; each with its dialogs, over the main window's inventory.
class InventoryActions
{
    Q_DECLARE_TR_FUNCTIONS(MainWindow)
public:
    explicit InventoryActions(MainWindow& window);

    // New, Open, Connect to Server, Open Recent, Import and Export, Import Logs, added to `file`;
    // returns Open.
    QAction* addFileActions(QMenu* file);
    void addReportAction(QMenu* plan);
    // Puts a file or server just opened first in Open Recent.
    void addRecent(const QString& path);

    // Told on the GUI thread how a background import or report ended, with the message to show.
    using Done = std::function<void(bool ok, const QString& message)>;

    // The work behind the menu items, without their file dialogs. An import and a plan report run
    // in the background, on a connection of their own, with progress and Cancel (a cancelled
    // import leaves the inventory as it was: it is one transaction); `done` follows. startImport
    // leaves reloading to the window.
    void startImport(const QString& table, const QString& path, Done done);
    // `capplanner logs import`'s work in the background (progress, Cancel, one transaction): the
    // logs in `paths` (per-client folders, or with `client` the files or folder of that client).
    // On success the console reloads, then `done` is told the summary of what moved and, as
    // `details`, what the logs showed of each client.
    using LogDone = std::function<void(bool ok, const QString& summary, const QString& details)>;
    void startLogImport(const QStringList& paths, const QString& client, LogDone done);
    bool exportCsv(const QString& table, const QString& path, QString* error);
    void startPlanReport(qint64 planId, const QString& path, Done done);
    bool isBusy() const;
    // Spins the event loop until the running import and report are done (tests, scripting).
    bool waitForIdle(int timeoutMs = 600000);
    // Asks the running import and report to stop.
    void cancel();
    // File > Import from Site: the wizard, shown (not modal to the console's work); the panes reload
    // after a committed import.
    SiteImportWizard* openSiteImport();
    // Asks where to write the report of a saved plan, and writes it.
    void chooseReportFile(qint64 planId);

private:
    void updateRecentMenu();
    void open(const QString& path, const QString& title);
    void chooseNew();
    void chooseOpen();
    void chooseServer();
    void chooseImport();
    void chooseLogImport();
    void chooseExport();
    void chooseReport();

    void warnLater(const QString& title, const QString& message);
    // Shows how far `task` has come, with Cancel calling `cancel`, until it is idle again.
    void showProgress(BackgroundTask* task, const QString& label, std::function<void()> cancel);

    MainWindow& m_window;
    QMenu* m_recentMenu = nullptr;
    BackgroundTask* m_import;
    BackgroundTask* m_report;
    std::shared_ptr<std::atomic_bool> m_stopImport;
};
