#pragma once

#include <QCoreApplication>
#include <QString>

class MainWindow;
class QAction;
class QMenu;

// The console's inventory actions: new, open, connect to a server, open recent, CSV import and
// export, and the report of a saved plan; each with its dialogs, over the main window's inventory.
class InventoryActions
{
    Q_DECLARE_TR_FUNCTIONS(MainWindow)
public:
    explicit InventoryActions(MainWindow& window);

    // New, Open, Connect to Server, Open Recent, Import and Export, added to `file`; returns Open.
    QAction* addFileActions(QMenu* file);
    void addReportAction(QMenu* plan);
    // Puts a file or server just opened first in Open Recent.
    void addRecent(const QString& path);

    // The work behind the menu items, without their file dialogs. importCsv leaves reloading to
    // the window.
    bool importCsv(const QString& table, const QString& path, QString* message);
    bool exportCsv(const QString& table, const QString& path, QString* error);
    bool exportPlanReport(qint64 planId, const QString& path, QString* error);
    // Asks where to write the report of a saved plan, and writes it.
    void chooseReportFile(qint64 planId);

private:
    void updateRecentMenu();
    void open(const QString& path, const QString& title);
    void chooseNew();
    void chooseOpen();
    void chooseServer();
    void chooseImport();
    void chooseExport();
    void chooseReport();

    MainWindow& m_window;
    QMenu* m_recentMenu = nullptr;
};
