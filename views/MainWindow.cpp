#include "MainWindow.h"

#include "HelpDialog.h"
#include "InventoryActions.h"
#include "PasswordWhatIfDialog.h"
#include "PreferencesDialog.h"
#include "RowEditing.h"
#include "Settings.h"
#include "TransitionWizard.h"
#include "campaign/CampaignStore.h"
#include "campaign/CampaignView.h"
#include "campaign/NewCampaignDialog.h"
#include "item/ClientTableModel.h"
#include "item/InventoryLookups.h"
#include "item/PaneTables.h"
#include "item/QueryTableModel.h"
#include "item/VersionHistogram.h"
#include "panes/AccountsPane.h"
#include "panes/CampaignsPane.h"
#include "panes/ClientsPane.h"
#include "panes/LogViewer.h"
#include "panes/PlansPane.h"
#include "panes/SiteTreePane.h"
#include "panes/VersionChart.h"
#include "planning/TimingParameters.h"
#include "store/Inventory.h"
#include "store/InventoryEditor.h"
#include "store/PlanStore.h"
#include "store/TableSpec.h"
#include "task/BackgroundTask.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QSqlDriver>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_inventory(std::make_unique<Inventory>())
    , m_editor(new InventoryEditor(*m_inventory, this))
    , m_undo(new QUndoStack(this))
    , m_actions(std::make_unique<InventoryActions>(*this))
    , m_rows(std::make_unique<RowEditing>(*this))
    , m_tree(new SiteTreePane(this))
    , m_tabs(new QTabWidget(this))
    , m_pathLabel(new QLabel(this))
    , m_countsLabel(new QLabel(this))
    , m_othersChanged(new QTimer(this))
    , m_chartTask(new BackgroundTask(this))
    , m_countsTask(new BackgroundTask(this))
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
    m_countsLabel->setObjectName(QStringLiteral("inventoryCounts"));
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_countsLabel);

    createActions();
    connectEditor();
    m_othersChanged->setSingleShot(true);
    m_othersChanged->setInterval(300);
    connect(m_othersChanged, &QTimer::timeout, this, [this] {
        reloadAll();
        statusBar()->showMessage(tr("Another console changed the inventory; the panes show its changes."), 8000);
    });

    restoreGeometry(Settings::windowGeometry());
    restoreState(Settings::windowState());
}

MainWindow::~MainWindow()
{
    // The models read the inventory until they go.
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
    m_tables.insert(PlansPane, plans);
    // The saved campaigns below the saved plans.
    m_campaigns = new CampaignsPane(inv);
    connect(m_campaigns, &CampaignsPane::openRequested, this, &MainWindow::openSavedCampaign);
    connect(m_campaigns, &CampaignsPane::deleteRequested, this, &MainWindow::deleteCampaign);
    auto* plansSplit = new QSplitter(Qt::Vertical);
    plansSplit->setObjectName(QStringLiteral("plansAndCampaigns"));
    plansSplit->addWidget(plans);
    auto* campaignsBox = new QWidget;
    auto* campaignsLayout = new QVBoxLayout(campaignsBox);
    campaignsLayout->setContentsMargins(0, 4, 0, 0);
    auto* campaignsTitle = new QLabel(tr("Campaigns"));
    campaignsTitle->setBuddy(m_campaigns);
    campaignsLayout->addWidget(campaignsTitle);
    campaignsLayout->addWidget(m_campaigns);
    plansSplit->addWidget(campaignsBox);
    plansSplit->setStretchFactor(0, 3);
    plansSplit->setStretchFactor(1, 1);
    plansSplit->setFocusProxy(plans);
    m_tabs->insertTab(PlansPane, plansSplit, tr("Pla&ns"));
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
    m_tree->setInventory(*m_inventory); // selects all sites: scopes the panes
}

bool MainWindow::openInventory(const QString& path, QString* error)
{
    auto next = std::make_unique<Inventory>();
    if (!next->open(path, error))
        return false;
    // Panes first: they read the old inventory until they go.
    m_chartTask->cancel();
    m_countsTask->cancel();
    m_counts.reset();
    m_countsError.clear();
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
    listenForOtherConsoles();
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
    for (TablePane* table : std::as_const(m_tables))
        table->resizeColumnsToContents();
    updateStatus();
}

void MainWindow::refreshChartIfVisible()
{
    if (m_chart && m_chartStale && m_tabs->currentWidget() == m_chart) {
        m_chartStale = false;
        // A GROUP BY over every client in scope: on a connection of its own.
        m_chartTask->start(
            [this, path = m_inventory->path(), scope = m_scope](TaskControl& control) -> BackgroundTask::Delivery {
                Inventory inventory;
                QString error;
                if (!inventory.open(path, &error, false) || control.isCanceled())
                    return {};
                return [this, bars = versionHistogram(inventory, scope)] {
                    if (m_chart)
                        m_chart->setBars(bars);
                };
            });
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
    if (!m_inventory->isOpen())
        return;
    // count(*) over every client: a scan at a million, on a connection of its own.
    m_countsTask->start([this, path = m_inventory->path()](TaskControl& control) -> BackgroundTask::Delivery {
        Inventory inventory;
        QString error;
        std::optional<InventoryLookups::Counts> counts;
        if (inventory.open(path, &error, false) && !control.isCanceled())
            counts = InventoryLookups::counts(inventory, &error);
        return [this, counts, error] {
            m_counts = counts;
            m_countsError = error;
            updateStatus();
        };
    });
}

void MainWindow::updateStatus()
{
    if (!m_inventory->isOpen())
        return;
    if (!m_counts) {
        m_countsLabel->setText(m_countsError); // empty until the counts arrive
        return;
    }
    const QLocale locale;
    m_countsLabel->setText(
        tr("%1 sites \u00b7 %2 CAPs \u00b7 %3 accounts \u00b7 %4 clients \u00b7 %5 shown")
            .arg(locale.toString(m_counts->sites), locale.toString(m_counts->caps), locale.toString(m_counts->accounts),
                locale.toString(m_counts->clients), locale.toString(m_clients ? m_clients->model()->rowCount() : 0)));
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

const TableSpec* MainWindow::specOf(Pane pane) const
{
    if (pane == ClientsPaneIndex)
        return TableSpecs::find(QStringLiteral("clients"));
    const TablePane* table = m_tables.value(pane);
    return table ? table->spec() : nullptr;
}

QStringList MainWindow::keyOfRow(Pane pane, int row) const
{
    if (pane == ClientsPaneIndex) {
        const QModelIndex name = m_clients ? m_clients->model()->index(row, ClientTableModel::Name) : QModelIndex();
        return name.isValid() ? QStringList {name.data(ClientTableModel::RawRole).toString()} : QStringList();
    }
    const TablePane* table = m_tables.value(pane);
    return table ? table->keyOfRow(row) : QStringList();
}

int MainWindow::currentRow(Pane pane) const
{
    const QTableView* view
        = pane == ClientsPaneIndex ? (m_clients ? m_clients->view() : nullptr) : m_tables.value(pane);
    return view && view->currentIndex().isValid() ? view->currentIndex().row() : -1;
}

bool MainWindow::editRow(Pane pane, int row, const QStringList& values)
{
    const TableSpec* spec = specOf(pane);
    const QStringList key = keyOfRow(pane, row);
    return spec && !key.isEmpty() && editItem(*spec, key, values);
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
    const TableSpec* spec = specOf(pane);
    return spec && deleteItem(*spec, keyOfRow(pane, row), askFirst);
}

void MainWindow::addRowForCurrentPane()
{
    // With the site tree in focus, Add makes a site; otherwise a row of the current pane.
    if (m_tree->hasFocus()) {
        editItem(*TableSpecs::find(QStringLiteral("sites")), {}, {});
        return;
    }
    if (const TableSpec* spec = specOf(static_cast<Pane>(m_tabs->currentIndex())))
        editItem(*spec, {}, {});
}

void MainWindow::editCurrent()
{
    if (m_tree->hasFocus()) {
        if (const auto [spec, key] = m_tree->currentItem(); spec)
            editItem(*spec, key, {});
        return;
    }
    const auto pane = static_cast<Pane>(m_tabs->currentIndex());
    if (const int row = currentRow(pane); row >= 0)
        editRow(pane, row);
}

bool MainWindow::deletePlan(qint64 id)
{
    QString error;
    const auto row = PlanStore(*m_inventory).remove(id, &error);
    if (!row)
        return false;
    m_undo->push(new PlanDeleteCommand(*m_inventory, id, *row, [this] { reloadPlans(); }));
    reloadPlans();
    return true;
}

void MainWindow::reloadPlans()
{
    if (QueryTableModel* plans = paneModel(PlansPane))
        plans->reload();
    if (m_campaigns)
        m_campaigns->tableModel()->reload();
}

TransitionWizard* MainWindow::openWizard(const std::optional<TransitionRequest>& request)
{
    auto* wizard = new TransitionWizard(*m_inventory, m_scope.size() == 1 ? m_scope.first() : QString(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setEditing(m_editor, m_undo);
    if (request)
        wizard->setRequest(*request);
    connect(wizard, &TransitionWizard::planSaved, this, &MainWindow::reloadPlans);
    m_clients->followPlan(wizard);
    wizard->show();
    return wizard;
}

PasswordWhatIfDialog* MainWindow::openWhatIf(const QString& account)
{
    auto* dialog
        = new PasswordWhatIfDialog(*m_inventory, m_scope.size() == 1 ? m_scope.first() : QString(), account, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PasswordWhatIfDialog::planSaferAlternative, this,
        [this](const TransitionRequest& request) { openWizard(request); });
    dialog->show();
    return dialog;
}

TransitionWizard* MainWindow::openSavedPlan(qint64 id)
{
    std::optional<qint64> saved;
    QString error;
    const auto request = PlanStore(*m_inventory).load(id, &saved, &error);
    if (!request) {
        QMessageBox::warning(this, tr("Open plan"), error);
        return nullptr;
    }
    TransitionWizard* wizard = openWizard(request);
    wizard->setSavedSafeRemoval(saved);
    return wizard;
}

NewCampaignDialog* MainWindow::openNewCampaign()
{
    auto* dialog = new NewCampaignDialog(*m_inventory, m_scope, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QString error;
        if (const auto campaign = dialog->campaign(&error))
            openCampaign(*campaign);
    });
    dialog->show();
    return dialog;
}

CampaignView* MainWindow::openCampaign(const Campaign& campaign, const SavedCampaign* saved)
{
    auto* view = new CampaignView(*m_inventory, this);
    view->setWindowFlag(Qt::Window);
    view->setAttribute(Qt::WA_DeleteOnClose);
    connect(view, &CampaignView::saved, this, &MainWindow::reloadPlans);
    connect(
        view, &CampaignView::siteActivated, this, [this](const TransitionRequest& request) { openWizard(request); });
    view->setCampaign(campaign, saved ? std::optional<SavedCampaign>(*saved) : std::nullopt);
    view->show();
    return view;
}

CampaignView* MainWindow::openSavedCampaign(qint64 id)
{
    QString error;
    const auto saved = CampaignStore(*m_inventory).load(id, &error);
    if (!saved) {
        QMessageBox::warning(this, tr("Open campaign"), error);
        return nullptr;
    }
    return openCampaign(saved->campaign, &*saved);
}

CampaignsPane* MainWindow::campaignsPane() const
{
    return m_campaigns;
}

bool MainWindow::deleteCampaign(qint64 id)
{
    QString error;
    if (!CampaignStore(*m_inventory).remove(id, &error)) {
        QMessageBox::warning(this, tr("Delete campaign"), error);
        return false;
    }
    reloadPlans();
    return true;
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
    if (const int row = currentRow(pane); row >= 0)
        deleteRow(pane, row);
}

void MainWindow::startImport(const QString& table, const QString& path, std::function<void(bool, const QString&)> done)
{
    m_actions->startImport(table, path, [this, done = std::move(done)](bool ok, const QString& message) {
        if (ok) {
            // An import is not undone step by step: it is one transaction, and the file can be
            // imported again; the stack's edits may no longer apply to what it replaced.
            m_undo->clear();
            reloadAll();
        }
        done(ok, message);
    });
}

namespace {
// The outcome of background work that a caller waits for.
struct Outcome
{
    bool finished = false;
    bool ok = false;
    QString message;
};
} // namespace

bool MainWindow::importCsv(const QString& table, const QString& path, QString* message)
{
    auto outcome = std::make_shared<Outcome>();
    startImport(table, path, [outcome](bool ok, const QString& text) { *outcome = {true, ok, text}; });
    m_actions->waitForIdle();
    *message = outcome->finished ? outcome->message : tr("cancelled");
    return outcome->ok;
}

bool MainWindow::exportCsv(const QString& table, const QString& path, QString* error)
{
    return m_actions->exportCsv(table, path, error);
}

bool MainWindow::exportPlanReport(qint64 planId, const QString& path, QString* error)
{
    auto outcome = std::make_shared<Outcome>();
    m_actions->startPlanReport(planId, path, [outcome](bool ok, const QString& text) { *outcome = {true, ok, text}; });
    m_actions->waitForIdle();
    *error = outcome->finished ? outcome->message : tr("cancelled");
    return outcome->ok;
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

void MainWindow::listenForOtherConsoles()
{
    if (m_inventory->engine() != Engine::Postgres)
        return;
    QSqlDriver* driver = m_inventory->database().driver();
    // Qt's PostgreSQL driver LISTENs and reports each NOTIFY through the event loop; our own
    // changes arrive too (SelfSource) and are already shown. A burst of changes reloads once.
    if (!driver->subscribeToNotification(QString::fromLatin1(Inventory::ChangeChannel)))
        return;
    connect(driver, &QSqlDriver::notification, this,
        [this](const QString&, QSqlDriver::NotificationSource source, const QVariant&) {
            if (source != QSqlDriver::SelfSource)
                m_othersChanged->start();
        });
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    Settings::setWindowGeometry(saveGeometry());
    Settings::setWindowState(saveState());
    event->accept();
}
