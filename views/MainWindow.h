#pragma once

#include "PlanningActions.h"
#include "panes/CampaignsPane.h" // m_campaigns: QPointer needs the whole type
#include "planning/TransitionPlan.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

class CampaignView;
class CampaignsPane;
class ClientsPane;
class NewCampaignDialog;
struct Campaign;
struct SavedCampaign;
class InventoryActions;
class LogViewer;
class RowEditing;
class RowPane;
class PasswordWhatIfDialog;
class StatusCounts;
class TransitionWizard;

class Inventory;
class InventoryEditor;
class QAction;
class QLabel;
class QMenu;
class QTabWidget;
class QUndoStack;
class QueryTableModel;
class SiteTreePane;
class TablePane;
class VersionChart;
struct TableSpec;

// The console: the site tree docked on the left scopes the panes (CAPs, accounts, logon points,
// clients, client versions, profiles, blackouts); File opens, creates, imports and exports; Edit
// adds, changes and deletes with undo and redo.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    enum Pane {
        CapsPane,
        AccountsPane,
        LogonPointsPane,
        ClientsPaneIndex,
        VersionsPane,
        ProfilesPane,
        BlackoutsPane,
        PlansPane,
        LogsPane
    };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    bool openInventory(const QString& path, QString* error);
    Inventory* inventory() const { return m_inventory.get(); }

    // Imports in the background (progress, Cancel); on success the console reloads. `done` is told
    // the outcome and the message to show.
    void startImport(const QString& table, const QString& path, std::function<void(bool, const QString&)> done);
    // The work behind the menu items, without their file dialogs, waiting for the background work
    // to finish (for tests and scripting).
    bool importCsv(const QString& table, const QString& path, QString* message);
    // After an import committed elsewhere (Import from Site): clears the undo stack and reloads.
    void reloadAfterImport();
    bool exportCsv(const QString& table, const QString& path, QString* error);
    // The report of a saved plan, recomputed against today's inventory; the format follows the path.
    bool exportPlanReport(qint64 planId, const QString& path, QString* error);
    void selectSite(const QString& code);
    // Reads every pane, the site tree and the counts again (after an import).
    void reloadAll();
    // Spins the event loop until every background task of the window (panes, imports, reports,
    // dialogs) is idle (tests, benchmarks); false on timeout.
    bool waitForIdle(int timeoutMs = 60000);
    InventoryActions* actions() const { return m_actions.get(); }
    void showPane(Pane pane);
    QStringList scope() const { return m_scope; }
    InventoryEditor* editor() const { return m_editor; }

    QUndoStack* undoStack() const { return m_undo; }
    ClientsPane* clientsPane() const { return m_clients; }
    VersionChart* versionChart() const { return m_chart; }
    QueryTableModel* paneModel(Pane pane) const;
    LogViewer* logViewer() const { return m_logs; }

    // The transition wizard on the current site (or filled from a request), shown and returned.
    TransitionWizard* openWizard(const std::optional<TransitionRequest>& request = std::nullopt)
    {
        return m_planning->openWizard(request);
    }
    PasswordWhatIfDialog* openWhatIf(const QString& account = {}) { return m_planning->openWhatIf(account); }
    // Reopens a saved plan in the wizard, recomputed against today's inventory.
    TransitionWizard* openSavedPlan(qint64 id) { return m_planning->openSavedPlan(id); }
    bool deletePlan(qint64 id) { return m_planning->deletePlan(id); }
    // Plan > New Campaign: the dialog on the scoped sites, shown and returned; planning it opens
    // the campaign view.
    NewCampaignDialog* openNewCampaign() { return m_planning->openNewCampaign(); }
    // A campaign in a window of its own, planned in the background; `saved`, when reopening,
    // holds the figures it was saved with, whose differences the view shows.
    CampaignView* openCampaign(const Campaign& campaign, const SavedCampaign* saved = nullptr)
    {
        return m_planning->openCampaign(campaign, saved);
    }
    // Reopens a saved campaign, recomputed against today's inventory, its differences shown.
    CampaignView* openSavedCampaign(qint64 id) { return m_planning->openSavedCampaign(id); }
    bool deleteCampaign(qint64 id) { return m_planning->deleteCampaign(id); }
    // The saved campaigns, listed below the saved plans in the Plans pane.
    CampaignsPane* campaignsPane() const { return m_campaigns; }

    // Edits the row of the current pane at `row` through the dialog, or with `values` directly
    // when given (tests); returns false when nothing was changed.
    bool editRow(Pane pane, int row, const QStringList& values = {});
    bool deleteRow(Pane pane, int row, bool askFirst = true);
    // The same for any table's row by key (an empty key adds), e.g. sites and domains from the tree.
    bool editItem(const TableSpec& spec, const QStringList& key, const QStringList& values = {});
    bool deleteItem(const TableSpec& spec, const QStringList& key, bool askFirst = true);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createPanes();
    void applyScope();
    void refreshChartIfVisible();
    // The status bar: the inventory's counts and the current pane's rows.
    void updateStatus();
    // Reads the status bar's counts in the background; they change only with a reload.
    void reloadCounts();
    void connectEditor();
    void addRowForCurrentPane();
    void editCurrent();
    void deleteCurrent();
    // The pane as rows of a table; none for the chart and the logs.
    RowPane* rowPane(Pane pane) const;

    std::unique_ptr<Inventory> m_inventory;
    InventoryEditor* m_editor;
    QUndoStack* m_undo;
    std::unique_ptr<InventoryActions> m_actions;
    std::unique_ptr<RowEditing> m_rows;
    std::unique_ptr<PlanningActions> m_planning;
    SiteTreePane* m_tree;
    QTabWidget* m_tabs;
    QHash<int, TablePane*> m_tables;
    ClientsPane* m_clients = nullptr;
    VersionChart* m_chart = nullptr;
    LogViewer* m_logs = nullptr;
    QPointer<CampaignsPane> m_campaigns;
    QLabel* m_pathLabel;
    StatusCounts* m_counts;
    QMenu* m_paneMenu = nullptr;
    QList<QAction*> m_paneActions;
    QStringList m_scope;
    bool m_chartStale = true;
};
