#include "MainWindow.h"

#include "HelpDialog.h"
#include "InventoryActions.h"
#include "PreferencesDialog.h"
#include "RowEditing.h"
#include "Settings.h"
#include "StatusCounts.h"
#include "item/PaneTables.h"
#include "item/QueryTableModel.h"
#include "panes/AccountsPane.h"
#include "panes/ClientsPane.h"
#include "panes/LogViewer.h"
#include "panes/PlansPane.h"
#include "panes/SiteTreePane.h"
#include "panes/VersionChart.h"
#include "planning/TimingParameters.h"
#include "store/ChangeListener.h"
#include "store/Inventory.h"
#include "store/InventoryEditor.h"
#include "store/TableSpec.h"
#include "task/BackgroundTask.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QIcon>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoStack>

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_inventory(std::make_unique<Inventory>())
    , m_editor(new InventoryEditor(*m_inventory, this))
    , m_undo(new QUndoStack(this))
    , m_actions(std::make_unique<InventoryActions>(*this))
    , m_rows(std::make_unique<RowEditing>(*this))
    , m_planning(std::make_unique<PlanningActions>(*this))
    , m_tree(new SiteTreePane(this))
    , m_tabs(new QTabWidget(this))
    , m_pathLabel(new QLabel(this))
    , m_counts(new StatusCounts(this))
{
    setWindowTitle(tr("CapPlanner"));
    setWindowIcon(QIcon(QStringLiteral(":/org.capplanner.CapPlanner.svg")));
    setObjectName(QStringLiteral("mainWindow"));
    m_tabs->setObjectName(QStringLiteral("panes"));
    m_tabs->setAccessibleName(tr("Panes"));
    setCentralWidget(m_tabs);

    connect(m_tree, &SiteTreePane::scopeChanged, this, [this](const QStringList& sites) {
        m_scope = sites;
        applyScope();
    });
    connect(m_tree, &SiteTreePane::editRequested, this,
        [this](const TableSpec* spec, const QStringList& key) { editItem(*spec, key, {}); });
    connect(m_tree, &SiteTreePane::deleteRequested, this,
        [this](const TableSpec* spec, const QStringList& key) { deleteItem(*spec, key, true); });
    auto* dock = new QDockWidget(tr("Sites"), this);
    dock->setObjectName(QStringLiteral("sitesDock"));
    dock->setWidget(m_tree);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    resizeDocks({dock}, {240}, Qt::Horizontal);

    m_pathLabel->setObjectName(QStringLiteral("inventoryPath"));
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_counts);

    createActions();
    connectEditor();

    restoreGeometry(Settings::windowGeometry());
    restoreState(Settings::windowState());
}

MainWindow::~MainWindow()
{
    // The models read the inventory until they go.
    disconnect(m_tabs, nullptr, this, nullptr);
    delete m_tabs;
    m_tabs = nullptr;
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = m_actions->addFileActions(file);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(QStringLiteral("Ctrl+Shift+Z")), QKeySequence::Redo});
    // The toolbar's buttons keep short names, so that it does not jump; the menu and the tooltip
    // say what would be undone.
    undo->setIconText(tr("Undo"));
    redo->setIconText(tr("Redo"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* add = edit->addAction(tr("&Add\u2026"), this, &MainWindow::addRowForCurrentPane);
    add->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+N")));
    QAction* change = edit->addAction(tr("&Edit Selected\u2026"), this, &MainWindow::editCurrent);
    change->setShortcut(QKeySequence(Qt::Key_F2));
    QAction* remove = edit->addAction(tr("&Delete Selected"), this, &MainWindow::deleteCurrent);
    remove->setShortcut(QKeySequence::Delete);
    edit->addSeparator();
    QAction* find = edit->addAction(tr("&Find Clients"), this, [this] {
        showPane(ClientsPaneIndex);
        if (m_clients)
            m_clients->focusNameFilter();
    });
    find->setShortcut(QKeySequence::Find);
    edit->addSeparator();
    QAction* preferences = edit->addAction(tr("Pre&ferences\u2026"), this, [this] { PreferencesDialog(this).exec(); });
    preferences->setShortcut(QKeySequence::Preferences);

    QToolBar* tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->addAction(open);
    tools->addAction(undo);
    tools->addAction(redo);
    tools->addAction(add);
    tools->addAction(change);

    QMenu* planMenu = menuBar()->addMenu(tr("&Plan"));
    QAction* wizard = planMenu->addAction(tr("&New Transition\u2026"), this, [this] { openWizard(); });
    wizard->setShortcut(QKeySequence(QStringLiteral("Ctrl+T")));
    wizard->setToolTip(tr("Plan a CAP or account replacement on the selected site"));
    QAction* whatIf = planMenu->addAction(tr("&What If a Password Changes\u2026"), this, [this] { openWhatIf(); });
    whatIf->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+W")));
    QAction* campaign = planMenu->addAction(tr("New &Campaign\u2026"), this, [this] { openNewCampaign(); });
    campaign->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+T")));
    campaign->setToolTip(tr("Plan one transition across many sites, in waves, on one timeline"));
    planMenu->addSeparator();
    m_actions->addReportAction(planMenu);
    tools->addSeparator();
    tools->addAction(wizard);
    tools->addAction(whatIf);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    // Consoles on one server refresh by themselves (LISTEN/NOTIFY); on a shared file, by hand.
    QAction* refresh = view->addAction(tr("&Refresh"), this, &MainWindow::reloadAll);
    refresh->setShortcut(QKeySequence::Refresh);
    view->addSeparator();
    QAction* tree = view->addAction(tr("Site &Tree"), this, [this] { m_tree->setFocus(Qt::ShortcutFocusReason); });
    tree->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    view->addSeparator();
    m_paneMenu = view;

    HelpDialog::addHelpMenu(menuBar()->addMenu(tr("&Help")), this);
}

void MainWindow::createPanes()
{
    while (m_tabs->count() > 0) {
        QWidget* page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete page;
    }
    m_tables.clear();
    auto addTable = [this](Pane pane, const QString& title, TablePane* table) {
        connect(table, &TablePane::rowActivated, this, [this, pane](int row) { editRow(pane, row); });
        connect(table->tableModel(), &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
        m_tables.insert(pane, table);
        m_tabs->insertTab(pane, table, title);
    };
    const Inventory& inv = *m_inventory;
    addTable(CapsPane, tr("&CAPs"),
        new TablePane(CapsPane, tr("&CAPs"), PaneTables::caps(inv, this), TableSpecs::find(QStringLiteral("caps"))));
    auto* accounts = new ::AccountsPane(AccountsPane, tr("&Accounts"),
        PaneTables::accounts(inv, TimingParameters(), this), TableSpecs::find(QStringLiteral("accounts")));
    connect(accounts, &::AccountsPane::whatIfRequested, this, [this](const QString& account) { openWhatIf(account); });
    addTable(AccountsPane, tr("&Accounts"), accounts);
    addTable(LogonPointsPane, tr("&Logon points"),
        new TablePane(LogonPointsPane, tr("&Logon points"), PaneTables::logonPoints(inv, this),
            TableSpecs::find(QStringLiteral("logon-points"))));
    m_clients = new ClientsPane(inv, this);
    m_tabs->insertTab(ClientsPaneIndex, m_clients, tr("Cl&ients"));
    connect(m_clients, &ClientsPane::countChanged, this, &MainWindow::updateStatus);
    connect(m_clients->view(), &QAbstractItemView::doubleClicked, this,
        [this](const QModelIndex& at) { editRow(ClientsPaneIndex, at.row()); });
    m_chart = new VersionChart(this);
    m_chart->setObjectName(QStringLiteral("versionChart"));
    connect(m_chart, &VersionChart::barsChanged, this, &MainWindow::updateStatus);
    m_tabs->insertTab(VersionsPane, m_chart, tr("Client &versions"));
    connect(m_chart, &VersionChart::versionClicked, this, [this](const QString& version, bool blockedOnly) {
        m_clients->setVersionFilter(version);
        m_clients->setStatusFilter(blockedOnly ? QStringLiteral("upgrade-blocked") : QString());
        showPane(ClientsPaneIndex);
    });
    addTable(ProfilesPane, tr("&Profiles"),
        new TablePane(ProfilesPane, tr("&Profiles"), PaneTables::profiles(inv, this),
            TableSpecs::find(QStringLiteral("profiles"))));
    addTable(BlackoutsPane, tr("&Blackouts"),
        new TablePane(BlackoutsPane, tr("&Blackouts"), PaneTables::blackouts(inv, this),
            TableSpecs::find(QStringLiteral("blackouts"))));
    auto* plans = new ::PlansPane(PlansPane, tr("Pla&ns"), PaneTables::plans(inv, this));
    connect(plans, &::PlansPane::openRequested, this, &MainWindow::openSavedPlan);
    connect(plans, &::PlansPane::reportRequested, this, [this](qint64 id) { m_actions->chooseReportFile(id); });
    connect(plans, &::PlansPane::deleteRequested, this, &MainWindow::deletePlan);
    connect(plans->tableModel(), &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    m_tables.insert(PlansPane, plans);
    // The saved campaigns below the saved plans.
    m_campaigns = new CampaignsPane(inv);
    connect(m_campaigns, &CampaignsPane::openRequested, this, &MainWindow::openSavedCampaign);
    connect(m_campaigns, &CampaignsPane::deleteRequested, this, &MainWindow::deleteCampaign);
    m_tabs->insertTab(PlansPane, CampaignsPane::belowPlans(plans, m_campaigns), tr("Pla&ns"));
    m_campaigns->tableModel()->reload();
    m_logs = new LogViewer(this);
    m_tabs->insertTab(LogsPane, m_logs, tr("Lo&gs"));

    // View > Ctrl+1 to Ctrl+9: the panes, for the keyboard.
    for (QAction* action : std::as_const(m_paneActions))
        delete action;
    m_paneActions.clear();
    for (int i = 0; i < m_tabs->count() && i < 9; ++i) {
        QAction* action = m_paneMenu->addAction(m_tabs->tabText(i), this, [this, i] {
            showPane(Pane(i));
            m_tabs->currentWidget()->setFocus(Qt::ShortcutFocusReason);
        });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        m_paneActions << action;
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::refreshChartIfVisible);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateStatus);
    m_tree->setInventory(*m_inventory); // selects all sites: scopes the panes
}

bool MainWindow::openInventory(const QString& path, QString* error)
{
    auto next = std::make_unique<Inventory>();
    if (!next->open(path, error))
        return false;
    // Panes first: they read the old inventory until they go.
    m_counts->forget();
    disconnect(m_tabs, nullptr, this, nullptr);
    delete m_tabs;
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("panes"));
    m_tabs->setAccessibleName(tr("Panes"));
    setCentralWidget(m_tabs);
    m_undo->clear();
    m_inventory->close();
    m_inventory.swap(next);
    delete m_editor;
    m_editor = new InventoryEditor(*m_inventory, this);
    connectEditor();
    createPanes();
    // Goes with the panes, before the inventory whose connection it listens on.
    connect(new ChangeListener(*m_inventory, m_tabs), &ChangeListener::othersChanged, this, [this] {
        reloadAll();
        statusBar()->showMessage(tr("Another console changed the inventory; the panes show its changes."), 8000);
    });
    setWindowTitle(tr("%1 \u2013 CapPlanner").arg(m_inventory->displayName()));
    m_pathLabel->setText(path);
    m_actions->addRecent(path);
    Settings::setLastInventory(path);
    reloadCounts();
    return true;
}

void MainWindow::applyScope()
{
    for (auto it = m_tables.cbegin(); it != m_tables.cend(); ++it) {
        // Profiles and blackouts belong to the whole inventory.
        const bool global = it.key() == ProfilesPane || it.key() == BlackoutsPane;
        it.value()->tableModel()->setScope(global ? QStringList() : m_scope);
    }
    if (m_clients)
        m_clients->setScope(m_scope);
    // The chart aggregates every client in scope: drawn only when its pane is in view.
    m_chartStale = true;
    refreshChartIfVisible();
    updateStatus();
}

void MainWindow::refreshChartIfVisible()
{
    if (m_chart && m_chartStale && m_tabs->currentWidget() == m_chart) {
        m_chartStale = false;
        m_chart->load(m_inventory->path(), m_scope);
    }
}

void MainWindow::reloadAll()
{
    if (!m_clients)
        return;
    m_tree->reload();
    m_clients->reload();
    applyScope();
    reloadCounts();
}

void MainWindow::reloadCounts()
{
    if (m_inventory->isOpen())
        m_counts->reload(m_inventory->path());
}

void MainWindow::updateStatus()
{
    // Each pane counts its own rows; the chart, the clients it draws; the logs, none.
    QWidget* page = m_tabs->currentWidget();
    std::optional<qint64> shown;
    if (const RowPane* rows = rowPane(Pane(m_tabs->currentIndex())))
        shown = rows->shownRows();
    else if (page && page == m_chart && !m_chartStale) {
        shown = 0;
        for (const VersionBar& bar : m_chart->bars())
            *shown += bar.clients;
    }
    m_counts->setShown(shown);
}

void MainWindow::selectSite(const QString& code)
{
    m_tree->selectSite(code);
}

void MainWindow::showPane(Pane pane)
{
    m_tabs->setCurrentIndex(pane);
}

QueryTableModel* MainWindow::paneModel(Pane pane) const
{
    TablePane* table = m_tables.value(pane);
    return table ? table->tableModel() : nullptr;
}

RowPane* MainWindow::rowPane(Pane pane) const
{
    // The Plans pane's page holds the saved campaigns too: its table is the one registered.
    return m_tables.contains(pane) ? m_tables.value(pane) : dynamic_cast<RowPane*>(m_tabs->widget(pane));
}

bool MainWindow::editRow(Pane pane, int row, const QStringList& values)
{
    const RowPane* rows = rowPane(pane);
    const QStringList key = rows ? rows->keyOfRow(row) : QStringList();
    return rows && rows->spec() && !key.isEmpty() && editItem(*rows->spec(), key, values);
}

bool MainWindow::editItem(const TableSpec& spec, const QStringList& key, const QStringList& values)
{
    return m_rows->edit(spec, key, values);
}

bool MainWindow::deleteItem(const TableSpec& spec, const QStringList& key, bool askFirst)
{
    return m_rows->remove(spec, key, askFirst);
}

bool MainWindow::deleteRow(Pane pane, int row, bool askFirst)
{
    const RowPane* rows = rowPane(pane);
    return rows && rows->spec() && deleteItem(*rows->spec(), rows->keyOfRow(row), askFirst);
}

void MainWindow::addRowForCurrentPane()
{
    // With the site tree in focus, Add makes a site; otherwise a row of the current pane.
    if (m_tree->hasFocus()) {
        editItem(*TableSpecs::find(QStringLiteral("sites")), {}, {});
        return;
    }
    if (const RowPane* rows = rowPane(static_cast<Pane>(m_tabs->currentIndex())); rows && rows->spec())
        editItem(*rows->spec(), {}, {});
}

void MainWindow::editCurrent()
{
    if (m_tree->hasFocus()) {
        if (const auto [spec, key] = m_tree->currentItem(); spec)
            editItem(*spec, key, {});
        return;
    }
    const auto pane = static_cast<Pane>(m_tabs->currentIndex());
    if (const RowPane* rows = rowPane(pane); rows && rows->currentRow() >= 0)
        editRow(pane, rows->currentRow());
}

void MainWindow::deleteCurrent()
{
    if (m_tabs->currentIndex() == PlansPane && m_campaigns && m_campaigns->hasFocus()) {
        if (m_campaigns->currentRow() >= 0)
            deleteCampaign(m_campaigns->campaignAt(m_campaigns->currentRow()));
        return;
    }
    if (m_tabs->currentIndex() == PlansPane) {
        const auto* plans = static_cast<const ::PlansPane*>(m_tables.value(PlansPane));
        if (plans->currentRow() >= 0)
            deletePlan(plans->planAt(plans->currentRow()));
        return;
    }
    if (m_tree->hasFocus()) {
        if (const auto [spec, key] = m_tree->currentItem(); spec)
            deleteItem(*spec, key, true);
        return;
    }
    const auto pane = static_cast<Pane>(m_tabs->currentIndex());
    if (const RowPane* rows = rowPane(pane); rows && rows->currentRow() >= 0)
        deleteRow(pane, rows->currentRow());
}

void MainWindow::startImport(const QString& table, const QString& path, std::function<void(bool, const QString&)> done)
{
    m_actions->startImport(table, path, [this, done = std::move(done)](bool ok, const QString& message) {
        if (ok)
            reloadAfterImport();
        done(ok, message);
    });
}

namespace {
using Done = std::function<void(bool, const QString&)>;
// Starts background work and waits for its outcome (tests and scripted use).
bool finish(InventoryActions& actions, const std::function<void(Done)>& start, QString* message)
{
    auto outcome = std::make_shared<std::optional<std::pair<bool, QString>>>();
    start([outcome](bool ok, const QString& text) { *outcome = std::pair {ok, text}; });
    actions.waitForIdle();
    *message = *outcome ? (*outcome)->second : MainWindow::tr("cancelled");
    return *outcome && (*outcome)->first;
}
} // namespace

void MainWindow::reloadAfterImport()
{
    // An import is not undone step by step: it is one transaction, and the file can be imported
    // again; the stack's edits may no longer apply to what it replaced.
    m_undo->clear();
    reloadAll();
}

bool MainWindow::importCsv(const QString& table, const QString& path, QString* message)
{
    return finish(
        *m_actions, [&](Done done) { startImport(table, path, std::move(done)); }, message);
}

bool MainWindow::exportCsv(const QString& table, const QString& path, QString* error)
{
    return m_actions->exportCsv(table, path, error);
}

bool MainWindow::exportPlanReport(qint64 planId, const QString& path, QString* error)
{
    return finish(
        *m_actions, [&](Done done) { m_actions->startPlanReport(planId, path, std::move(done)); }, error);
}

bool MainWindow::waitForIdle(int timeoutMs)
{
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        bool idle = true;
        for (BackgroundTask* task : findChildren<BackgroundTask*>()) {
            if (task->isBusy()) {
                idle = false;
                if (!task->waitForIdle(int(std::max<qint64>(1, timeoutMs - waited.elapsed()))))
                    return false;
            }
        }
        // A delivery may have started more work (a reload after an import).
        if (idle)
            return true;
    }
}

void MainWindow::connectEditor()
{
    connect(m_editor, &InventoryEditor::changed, this, &MainWindow::reloadAll);
    connect(m_editor, &InventoryEditor::failed, this, [this](const QString& message) {
        QMessageBox::warning(this, tr("Not saved"), message);
        reloadAll();
    });
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    Settings::setWindowGeometry(saveGeometry());
    Settings::setWindowState(saveState());
    event->accept();
}
