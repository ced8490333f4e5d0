#include "MainWindow.h"

#include "ClientsPane.h"
#include "ConnectServerDialog.h"
#include "HelpDialog.h"
#include "LogViewer.h"
#include "PasswordWhatIfDialog.h"
#include "PreferencesDialog.h"
#include "RowEditDialog.h"
#include "TransitionWizard.h"
#include "VersionChart.h"
#include "domain/UtcTime.h"
#include "item/ClientTableModel.h"
#include "item/QueryTableModel.h"
#include "item/SiteTreeModel.h"
#include "item/VersionHistogram.h"
#include "planning/TransitionPlanner.h"
#include "report/TransitionReport.h"
#include "store/CsvExporter.h"
#include "store/CsvImporter.h"
#include "store/Inventory.h"
#include "store/InventoryEditor.h"
#include "store/PlanStore.h"
#include "store/SqlDialect.h"
#include "store/TableSpec.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QIcon>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSaveFile>
#include <QSettings>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>

namespace {
using Column = QueryTableModel::Column;
using Format = QueryTableModel::Format;
constexpr int MaxRecent = 8;

// P, the propagation delay (Q278856): a client knows an account added at least this long before
// its last refresh.
constexpr int PropagationSeconds = 3600;

// A translated word as an SQL string literal: translations may hold quotes.
QString sqlText(const QString& text)
{
    return u'\'' + QString(text).replace(u'\'', QStringLiteral("''")) + u'\'';
}
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_inventory(std::make_unique<Inventory>())
    , m_editor(new InventoryEditor(*m_inventory, this))
    , m_undo(new QUndoStack(this))
    , m_tree(new QTreeView(this))
    , m_tabs(new QTabWidget(this))
    , m_pathLabel(new QLabel(this))
    , m_countsLabel(new QLabel(this))
    , m_othersChanged(new QTimer(this))
{
    setWindowTitle(tr("CapPlanner"));
    setWindowIcon(QIcon(QStringLiteral(":/org.capplanner.CapPlanner.svg")));
    setObjectName(QStringLiteral("mainWindow"));
    m_tabs->setObjectName(QStringLiteral("panes"));
    m_tabs->setAccessibleName(tr("Panes"));
    setCentralWidget(m_tabs);

    m_tree->setObjectName(QStringLiteral("siteTree"));
    m_tree->setAccessibleName(tr("Site hierarchy"));
    m_tree->setHeaderHidden(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        QMenu menu(this);
        const auto [spec, key] = treeItem();
        menu.addAction(
            tr("Add &Domain\u2026"), this, [this] { editItem(*TableSpecs::find(QStringLiteral("domains")), {}, {}); });
        menu.addAction(
            tr("Add &Site\u2026"), this, [this] { editItem(*TableSpecs::find(QStringLiteral("sites")), {}, {}); });
        if (spec) {
            menu.addSeparator();
            menu.addAction(tr("&Edit %1\u2026").arg(key.first()), this,
                [this, spec = spec, key = key] { editItem(*spec, key, {}); });
            menu.addAction(tr("De&lete %1").arg(key.first()), this,
                [this, spec = spec, key = key] { deleteItem(*spec, key, true); });
        }
        menu.exec(m_tree->viewport()->mapToGlobal(at));
    });
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

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
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
    QAction* newAction = file->addAction(tr("&New Inventory\u2026"), this, &MainWindow::chooseNew);
    newAction->setShortcut(QKeySequence::New);
    QAction* open = file->addAction(tr("&Open\u2026"), this, &MainWindow::chooseOpen);
    open->setShortcut(QKeySequence::Open);
    QAction* server = file->addAction(tr("&Connect to Server\u2026"), this, &MainWindow::chooseServer);
    server->setObjectName(QStringLiteral("connectToServer"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    file->addAction(tr("&Import CSV\u2026"), this, &MainWindow::chooseImport);
    file->addAction(tr("&Export CSV\u2026"), this, &MainWindow::chooseExport);
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
    planMenu->addSeparator();
    planMenu->addAction(tr("Export &Report of a Saved Plan\u2026"), this, &MainWindow::chooseReport);
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

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* guide = help->addAction(tr("&User Guide"), this, [this] {
        auto* dialog = new HelpDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    guide->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    help->addAction(tr("&About CapPlanner"), this, [this] {
        QMessageBox::about(this, tr("About CapPlanner"),
            tr("<p><b>CapPlanner %1</b></p><p>Plans SMS 2.0 CAP and client connection account "
               "transitions without orphaning clients (Q260824).</p><p>Licensed under the GNU General Public "
               "License, version 3 or later. It comes with no warranty.</p><p>Built with Qt %2.</p>")
                .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    updateRecentMenu();
}

void MainWindow::createPanes()
{
    while (m_tabs->count() > 0) {
        QWidget* page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete page;
    }
    m_models.clear();
    m_views.clear();
    delete m_sites;
    m_sites = new SiteTreeModel(*m_inventory, this);
    m_tree->setModel(m_sites);
    m_tree->expandAll();
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& index) {
        m_scope = m_sites->scope(index);
        applyScope();
    });

    auto addTable = [this](Pane pane, const QString& title, QueryTableModel* model) {
        auto* view = new QTableView;
        view->setObjectName(QStringLiteral("pane%1").arg(int(pane)));
        view->setAccessibleName(title);
        view->setModel(model);
        view->setSortingEnabled(true);
        view->sortByColumn(0, Qt::AscendingOrder);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setAlternatingRowColors(true);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setStretchLastSection(true);
        view->resizeColumnsToContents();
        connect(view, &QAbstractItemView::doubleClicked, this,
            [this, pane](const QModelIndex& index) { editRow(pane, index.row()); });
        m_models.insert(pane, model);
        m_views.insert(pane, view);
        m_tabs->insertTab(pane, view, title);
    };
    const Inventory& inv = *m_inventory;
    const QString now = SqlDialect::nowSeconds(inv.database());
    addTable(CapsPane, tr("&CAPs"),
        new QueryTableModel(inv, QStringLiteral("caps t"), QStringLiteral("t.site"),
            {{tr("Server"), QStringLiteral("t.server")}, {tr("Site"), QStringLiteral("t.site")},
                {tr("State"),
                    QStringLiteral("CASE WHEN t.added_at > %4 THEN %1 WHEN t.removed_at IS NULL "
                                   "OR t.removed_at > %4 THEN %2 ELSE %3 END")
                        .arg(sqlText(tr("planned")), sqlText(tr("live")), sqlText(tr("retired")), now)},
                {tr("Added"), QStringLiteral("t.added_at"), Format::Time},
                {tr("Removed"), QStringLiteral("t.removed_at"), Format::Time},
                {tr("Licensing"),
                    QStringLiteral("CASE t.licensing WHEN 'per-seat' THEN %1 WHEN 'per-server' THEN %2 END")
                        .arg(sqlText(tr("per seat")), sqlText(tr("per server")))},
                {tr("Licences"), QStringLiteral("t.licenses"), Format::Number},
                {tr("Domain controller"), QStringLiteral("t.domain_controller"), Format::Bool}},
            this));
    // How many clients know an account is derived, never stored (DOMAIN.md): added at least P
    // before the client's last refresh and not removed by then.
    addTable(AccountsPane, tr("&Accounts"),
        new QueryTableModel(inv, QStringLiteral("accounts t"), QStringLiteral("t.site"),
            {{tr("Name"), QStringLiteral("t.name")}, {tr("Site"), QStringLiteral("t.site")},
                {tr("Added"), QStringLiteral("t.added_at"), Format::Time},
                {tr("Removed"), QStringLiteral("t.removed_at"), Format::Time},
                {tr("Password changed"), QStringLiteral("t.password_changed_at"), Format::Time},
                {tr("Clients that know it"),
                    QStringLiteral("(SELECT count(*) FROM clients c WHERE c.site = t.site AND c.last_refresh_at >= "
                                   "t.added_at + %1 AND (t.removed_at IS NULL OR t.removed_at > c.last_refresh_at))")
                        .arg(PropagationSeconds),
                    Format::Number}},
            this));
    addTable(LogonPointsPane, tr("&Logon points"),
        new QueryTableModel(inv,
            QStringLiteral("logon_point_sites ls JOIN logon_points t ON t.server = ls.server "
                           "JOIN sites s ON s.code = ls.site"),
            QStringLiteral("ls.site"),
            {{tr("Server"), QStringLiteral("t.server")}, {tr("Site served"), QStringLiteral("ls.site")},
                {tr("Site version"), QStringLiteral("s.version")},
                {tr("Clicore version"), QStringLiteral("t.clicore_version")},
                // Q262677: a site significantly older than the newest site at the logon point gets
                // no new clients through it.
                {tr("Assignment"),
                    QStringLiteral("CASE WHEN s.version_key < (SELECT max(s2.version_key) FROM logon_point_sites l2 "
                                   "JOIN sites s2 ON s2.code = l2.site WHERE l2.server = t.server) THEN %1 "
                                   "WHEN s.version_key <> t.version_key THEN %2 ELSE %3 END")
                        .arg(sqlText(tr("\u26a0 significantly older: gets no new clients here")),
                            sqlText(tr("differs significantly from the Clicore")),
                            sqlText(tr("same significant version")))}},
            this));
    m_clients = new ClientsPane(inv, this);
    m_tabs->insertTab(ClientsPaneIndex, m_clients, tr("Cl&ients"));
    connect(m_clients, &ClientsPane::countChanged, this, &MainWindow::updateStatus);
    m_chart = new VersionChart(this);
    m_chart->setObjectName(QStringLiteral("versionChart"));
    m_tabs->insertTab(VersionsPane, m_chart, tr("Client &versions"));
    connect(m_chart, &VersionChart::versionClicked, this, [this](const QString& version) {
        m_clients->setVersionFilter(version);
        showPane(ClientsPaneIndex);
    });
    addTable(ProfilesPane, tr("&Profiles"),
        new QueryTableModel(inv, QStringLiteral("profiles t"), QStringLiteral("NULL"),
            {{tr("Name"), QStringLiteral("t.name")},
                {tr("Longest disconnection (hours)"), QStringLiteral("t.max_offline_hours")},
                {tr("Blackouts"), QStringLiteral("(SELECT count(*) FROM blackouts b WHERE b.profile = t.name)"),
                    Format::Number}},
            this));
    addTable(BlackoutsPane, tr("&Blackouts"),
        new QueryTableModel(inv, QStringLiteral("blackouts t"), QStringLiteral("NULL"),
            {{tr("Profile"), QStringLiteral("t.profile")}, {tr("Starts"), QStringLiteral("t.starts_at"), Format::Time},
                {tr("Ends"), QStringLiteral("t.ends_at"), Format::Time}, {tr("Label"), QStringLiteral("t.label")}},
            this));
    addTable(PlansPane, tr("Pla&ns"),
        new QueryTableModel(inv, QStringLiteral("plans t"), QStringLiteral("t.site"),
            {{tr("Plan"), QStringLiteral("t.id"), Format::Number}, {tr("Site"), QStringLiteral("t.site")},
                {tr("Kind"),
                    QStringLiteral("CASE t.kind WHEN 'cap' THEN %1 ELSE %2 END")
                        .arg(sqlText(tr("CAPs")), sqlText(tr("accounts")))},
                {tr("Retire"), QStringLiteral("t.retire")}, {tr("Add"), QStringLiteral("t.additions")},
                {tr("Start"), QStringLiteral("t.start_at"), Format::Time},
                {tr("Safe removal when saved"), QStringLiteral("t.safe_removal_at"), Format::Time},
                {tr("Status"),
                    QStringLiteral("CASE WHEN t.safe_removal_at IS NULL THEN %1 WHEN "
                                   "t.safe_removal_at <= %5 THEN %2 "
                                   "WHEN t.start_at <= %5 THEN %3 "
                                   "ELSE %4 END")
                        .arg(sqlText(tr("\u26a0 never safe")), sqlText(tr("safe to remove now")),
                            sqlText(tr("in transition")), sqlText(tr("planned")), now)}},
            this));
    // Double-click reopens a saved plan in the wizard rather than a row editor.
    disconnect(m_views.value(PlansPane), &QAbstractItemView::doubleClicked, this, nullptr);
    connect(m_views.value(PlansPane), &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        openSavedPlan(m_models.value(PlansPane)->index(index.row(), 0).data(QueryTableModel::RawRole).toLongLong());
    });
    QTableView* plansView = m_views.value(PlansPane);
    plansView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(plansView, &QWidget::customContextMenuRequested, this, [this, plansView](const QPoint& at) {
        const QModelIndex index = plansView->indexAt(at);
        if (!index.isValid())
            return;
        const qint64 id = m_models.value(PlansPane)->index(index.row(), 0).data(QueryTableModel::RawRole).toLongLong();
        QMenu menu(this);
        menu.addAction(tr("&Open in the wizard"), this, [this, id] { openSavedPlan(id); });
        menu.addAction(tr("&Export report\u2026"), this, [this, id] {
            const QString path
                = QFileDialog::getSaveFileName(this, tr("Export report"), QStringLiteral("plan-%1.pdf").arg(id),
                    tr("PDF (*.pdf);;HTML (*.html);;CSV, one row per client (*.csv)"));
            QString error;
            if (!path.isEmpty() && !exportPlanReport(id, path, &error))
                QMessageBox::warning(this, tr("Export report"), error);
        });
        menu.addAction(tr("&Delete"), this, [this, id] { deletePlan(id); });
        menu.exec(plansView->viewport()->mapToGlobal(at));
    });
    QTableView* accountsView = m_views.value(AccountsPane);
    accountsView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(accountsView, &QWidget::customContextMenuRequested, this, [this, accountsView](const QPoint& at) {
        const QModelIndex index = accountsView->indexAt(at);
        if (!index.isValid())
            return;
        const QString account = m_models.value(AccountsPane)->index(index.row(), 0).data().toString();
        QMenu menu(this);
        menu.addAction(tr("What if its &password changes\u2026"), this, [this, account] { openWhatIf(account); });
        menu.addAction(tr("&Edit\u2026"), this, [this, index] { editRow(AccountsPane, index.row()); });
        menu.exec(accountsView->viewport()->mapToGlobal(at));
    });
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
    m_tree->setCurrentIndex(m_sites->index(0, 0));
}

bool MainWindow::openInventory(const QString& path, QString* error)
{
    auto next = std::make_unique<Inventory>();
    if (!next->open(path, error))
        return false;
    // Panes first: they read the old inventory until they go.
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
    addRecent(path);
    QSettings().setValue(QStringLiteral("inventory/last"), path);
    updateStatus();
    return true;
}

void MainWindow::applyScope()
{
    for (QueryTableModel* model : std::as_const(m_models))
        model->setScope(m_scope);
    // Profiles and blackouts belong to the whole inventory.
    for (Pane pane : {ProfilesPane, BlackoutsPane}) {
        if (QueryTableModel* model = m_models.value(pane))
            model->setScope({});
    }
    if (m_clients)
        m_clients->setScope(m_scope);
    // The chart aggregates every client in scope: drawn only when its pane is in view.
    m_chartStale = true;
    refreshChartIfVisible();
    for (QTableView* view : std::as_const(m_views))
        view->resizeColumnsToContents();
    updateStatus();
}

void MainWindow::refreshChartIfVisible()
{
    if (m_chart && m_chartStale && m_tabs->currentWidget() == m_chart) {
        m_chart->setBars(versionHistogram(*m_inventory, m_scope));
        m_chartStale = false;
    }
}

void MainWindow::reloadAll()
{
    if (!m_sites)
        return;
    const QModelIndex current = m_tree->currentIndex();
    const QString code = current.data(SiteTreeModel::CodeRole).toString();
    const int kind = current.data(SiteTreeModel::KindRole).toInt();
    m_sites->reload();
    m_tree->expandAll();
    QModelIndex again = kind == int(SiteTreeModel::Kind::Site) ? m_sites->siteIndex(code) : QModelIndex();
    m_tree->setCurrentIndex(again.isValid() ? again : m_sites->index(0, 0));
    m_clients->reload();
    applyScope();
}

void MainWindow::updateStatus()
{
    if (!m_inventory->isOpen())
        return;
    QSqlQuery query = m_inventory->prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM sites), (SELECT count(*) FROM caps), (SELECT count(*) FROM accounts), "
        "(SELECT count(*) FROM clients)"));
    if (!query.exec() || !query.next())
        return;
    const QLocale locale;
    m_countsLabel->setText(
        tr("%1 sites \u00b7 %2 CAPs \u00b7 %3 accounts \u00b7 %4 clients \u00b7 %5 shown")
            .arg(locale.toString(query.value(0).toLongLong()), locale.toString(query.value(1).toLongLong()),
                locale.toString(query.value(2).toLongLong()), locale.toString(query.value(3).toLongLong()),
                locale.toString(m_clients ? m_clients->model()->rowCount() : 0)));
}

void MainWindow::selectSite(const QString& code)
{
    const QModelIndex index = m_sites ? m_sites->siteIndex(code) : QModelIndex();
    if (index.isValid())
        m_tree->setCurrentIndex(index);
}

void MainWindow::showPane(Pane pane)
{
    m_tabs->setCurrentIndex(pane);
}

QueryTableModel* MainWindow::paneModel(Pane pane) const
{
    return m_models.value(pane);
}
QTableView* MainWindow::paneView(Pane pane) const
{
    return m_views.value(pane);
}

const TableSpec* MainWindow::specOf(Pane pane) const
{
    switch (pane) {
    case CapsPane:
        return TableSpecs::find(QStringLiteral("caps"));
    case AccountsPane:
        return TableSpecs::find(QStringLiteral("accounts"));
    case LogonPointsPane:
        return TableSpecs::find(QStringLiteral("logon-points"));
    case ProfilesPane:
        return TableSpecs::find(QStringLiteral("profiles"));
    case BlackoutsPane:
        return TableSpecs::find(QStringLiteral("blackouts"));
    default:
        return nullptr;
    }
}

QStringList MainWindow::keyOfRow(Pane pane, int row) const
{
    QueryTableModel* model = m_models.value(pane);
    if (!model || row < 0 || row >= model->rowCount())
        return {};
    QStringList key {model->index(row, 0).data(QueryTableModel::RawRole).toString()};
    if (pane == BlackoutsPane)
        key << model->index(row, 1).data(QueryTableModel::RawRole).toString();
    return key;
}

bool MainWindow::editRow(Pane pane, int row, const QStringList& values)
{
    const TableSpec* spec = specOf(pane);
    return spec && editItem(*spec, keyOfRow(pane, row), values);
}

bool MainWindow::editItem(const TableSpec& spec, const QStringList& key, const QStringList& values)
{
    const QStringList before = key.isEmpty() ? QStringList() : m_editor->row(spec, key);
    QStringList written = values;
    if (values.isEmpty()) {
        RowEditDialog dialog(*m_inventory, *m_editor, spec, before, this);
        if (before.isEmpty() && m_scope.size() == 1)
            dialog.setValue(QStringLiteral("site"), m_scope.first());
        if (dialog.exec() != QDialog::Accepted)
            return false;
        written = dialog.values();
    } else if (m_editor->apply(spec, values)) {
        return false;
    }
    const QStringList after = m_editor->row(spec, InventoryEditor::keyOf(spec, written));
    if (after == before)
        return false;
    m_undo->push(new RowEditCommand(*m_editor, spec, before, after, true));
    return true;
}

bool MainWindow::deleteItem(const TableSpec& spec, const QStringList& key, bool askFirst)
{
    if (key.isEmpty())
        return false;
    const QStringList refs = m_editor->dependents(spec, key);
    if (!refs.isEmpty()) {
        QMessageBox::information(this, tr("Cannot delete"),
            tr("%1 %2 is still referred to by %3. Change or delete those first.")
                .arg(spec.name, key.join(u' '), refs.join(QStringLiteral(", "))));
        return false;
    }
    if (askFirst
        && QMessageBox::question(
               this, tr("Delete"), tr("Delete %1 %2? You can undo this.").arg(spec.name, key.join(u' ')))
            != QMessageBox::Yes)
        return false;
    const QStringList before = m_editor->row(spec, key);
    QString error;
    if (!m_editor->remove(spec, key, &error)) {
        QMessageBox::warning(this, tr("Cannot delete"), error);
        return false;
    }
    m_undo->push(new RowEditCommand(*m_editor, spec, before, {}, true));
    return true;
}

bool MainWindow::deleteRow(Pane pane, int row, bool askFirst)
{
    const TableSpec* spec = specOf(pane);
    return spec && deleteItem(*spec, keyOfRow(pane, row), askFirst);
}

std::pair<const TableSpec*, QStringList> MainWindow::treeItem() const
{
    const QModelIndex index = m_tree->currentIndex();
    const auto kind = static_cast<SiteTreeModel::Kind>(index.data(SiteTreeModel::KindRole).toInt());
    const QString code = index.data(SiteTreeModel::CodeRole).toString();
    if (!index.isValid() || kind == SiteTreeModel::Kind::All)
        return {nullptr, {}};
    return {TableSpecs::find(kind == SiteTreeModel::Kind::Site ? QStringLiteral("sites") : QStringLiteral("domains")),
        {code}};
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
        if (const auto [spec, key] = treeItem(); spec)
            editItem(*spec, key, {});
        return;
    }
    const auto pane = static_cast<Pane>(m_tabs->currentIndex());
    if (QTableView* view = m_views.value(pane); view && view->currentIndex().isValid())
        editRow(pane, view->currentIndex().row());
}

namespace {
// Deleting a saved plan, undoably: the stored row comes back as it was.
class PlanDeleteCommand final : public QUndoCommand
{
public:
    PlanDeleteCommand(const Inventory& inventory, qint64 id, QVariantList row, std::function<void()> changed)
        : m_inventory(inventory)
        , m_id(id)
        , m_row(std::move(row))
        , m_changed(std::move(changed))
    {
        setText(QCoreApplication::translate("MainWindow", "Delete plan %1").arg(id));
    }
    void undo() override
    {
        QString error;
        PlanStore(m_inventory).restore(m_row, &error);
        m_changed();
    }
    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        QString error;
        PlanStore(m_inventory).remove(m_id, &error);
        m_changed();
    }

private:
    const Inventory& m_inventory;
    qint64 m_id;
    QVariantList m_row;
    std::function<void()> m_changed;
    bool m_first = true;
};
} // namespace

bool MainWindow::deletePlan(qint64 id)
{
    QString error;
    const auto row = PlanStore(*m_inventory).remove(id, &error);
    if (!row)
        return false;
    auto reload = [this] {
        if (QueryTableModel* plans = m_models.value(PlansPane))
            plans->reload();
    };
    m_undo->push(new PlanDeleteCommand(*m_inventory, id, *row, reload));
    reload();
    return true;
}

TransitionWizard* MainWindow::openWizard(const std::optional<TransitionRequest>& request)
{
    auto* wizard = new TransitionWizard(*m_inventory, m_scope.size() == 1 ? m_scope.first() : QString(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setEditing(m_editor, m_undo);
    if (request)
        wizard->setRequest(*request);
    connect(wizard, &TransitionWizard::planSaved, this, [this] {
        if (QueryTableModel* plans = m_models.value(PlansPane))
            plans->reload();
    });
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

void MainWindow::deleteCurrent()
{
    if (m_tabs->currentIndex() == PlansPane) {
        QTableView* view = m_views.value(PlansPane);
        if (view->currentIndex().isValid())
            deletePlan(m_models.value(PlansPane)
                           ->index(view->currentIndex().row(), 0)
                           .data(QueryTableModel::RawRole)
                           .toLongLong());
        return;
    }
    if (m_tree->hasFocus()) {
        if (const auto [spec, key] = treeItem(); spec)
            deleteItem(*spec, key, true);
        return;
    }
    const auto pane = static_cast<Pane>(m_tabs->currentIndex());
    if (QTableView* view = m_views.value(pane); view && view->currentIndex().isValid())
        deleteRow(pane, view->currentIndex().row());
}

bool MainWindow::importCsv(const QString& table, const QString& path, QString* message)
{
    QProgressDialog progress(tr("Importing %1\u2026").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 1000, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    CsvImporter importer(*m_inventory);
    importer.setProgress([&progress](qint64 done, qint64 total) {
        progress.setValue(total > 0 ? int(done * 1000 / total) : 0);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    const CsvImporter::Result result = importer.importFile(table, path);
    progress.reset();
    if (!result.ok) {
        *message = tr("Nothing was imported; the inventory is unchanged.\n\n%1").arg(result.error);
        return false;
    }
    *message = tr("Imported %Ln row(s) into %1.", nullptr, int(result.rows)).arg(table);
    // An import is not undone step by step: it is one transaction, and the file can be imported
    // again; the stack's edits may no longer apply to what it replaced.
    m_undo->clear();
    reloadAll();
    return true;
}

bool MainWindow::exportCsv(const QString& table, const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    if (!CsvExporter(*m_inventory).exportTable(table, &file, error))
        return false;
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool MainWindow::exportPlanReport(qint64 planId, const QString& path, QString* error)
{
    const auto request = PlanStore(*m_inventory).load(planId, nullptr, error);
    if (!request)
        return false;
    TransitionRequest limited = *request;
    limited.listLimit = 20;
    // Recomputed against today's inventory, as the command line does.
    const auto plan = TransitionPlanner(*m_inventory).plan(limited, error);
    if (!plan)
        return false;
    const TransitionReport::Context context {m_inventory->displayName(), UtcTime::now()};
    if (TransitionReport::formatOf(path) == TransitionReport::Format::Csv) {
        QProgressDialog progress(tr("Writing %1\u2026").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 1000, this);
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(300);
        return TransitionReport::writePlanCsv(*m_inventory, *plan, path, error, [&progress](qint64 done, qint64 total) {
            progress.setValue(total > 0 ? int(std::min<qint64>(done * 1000 / total, 999)) : 0);
            QCoreApplication::processEvents();
            return !progress.wasCanceled();
        });
    }
    return TransitionReport::writePlan(*m_inventory, *plan, context, path, error);
}

void MainWindow::chooseReport()
{
    QStringList items;
    QSqlQuery query = m_inventory->prepare(
        QStringLiteral("SELECT id, site, kind, start_at, safe_removal_at FROM plans ORDER BY id DESC"));
    if (query.exec()) {
        while (query.next())
            items << tr("%1: %2 %3 transition from %4, safe %5")
                         .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                             UtcTime::shortDisplay(query.value(3).toLongLong()),
                             query.value(4).isNull() ? tr("never")
                                                     : UtcTime::shortDisplay(query.value(4).toLongLong()));
    }
    if (items.isEmpty()) {
        QMessageBox::information(
            this, tr("Export report"), tr("No saved plan yet: save one with capplanner plan --save."));
        return;
    }
    bool ok = false;
    const QString item = QInputDialog::getItem(this, tr("Export report"), tr("Plan:"), items, 0, false, &ok);
    if (!ok)
        return;
    const qint64 id = item.section(u':', 0, 0).toLongLong();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export report"), QStringLiteral("plan-%1.pdf").arg(id),
        tr("PDF (*.pdf);;HTML (*.html);;CSV, one row per client (*.csv)"));
    QString error;
    if (!path.isEmpty() && !exportPlanReport(id, path, &error))
        QMessageBox::warning(this, tr("Export report"), error);
}

void MainWindow::chooseNew()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("New inventory"), QString(), tr("CapPlanner inventories (*.db);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New inventory"), tr("%1 exists already; open it instead.").arg(path));
        return;
    }
    QString error;
    if (!openInventory(path, &error))
        QMessageBox::critical(this, tr("New inventory"), error);
}

void MainWindow::chooseOpen()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open inventory"), QString(), tr("CapPlanner inventories (*.db);;All files (*)"));
    QString error;
    if (!path.isEmpty() && !openInventory(path, &error))
        QMessageBox::critical(this, tr("Open inventory"), error);
}

void MainWindow::chooseImport()
{
    bool ok = false;
    const QString table
        = QInputDialog::getItem(this, tr("Import CSV"), tr("Table:"), TableSpecs::names(), 0, false, &ok);
    if (!ok)
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import %1").arg(table), QString(), tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QString message;
    if (importCsv(table, path, &message))
        QMessageBox::information(this, tr("Import CSV"), message);
    else
        QMessageBox::warning(this, tr("Import CSV"), message);
}

void MainWindow::chooseExport()
{
    bool ok = false;
    const QString table
        = QInputDialog::getItem(this, tr("Export CSV"), tr("Table:"), TableSpecs::names(), 0, false, &ok);
    if (!ok)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export %1").arg(table), table + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
    QString error;
    if (!path.isEmpty() && !exportCsv(table, path, &error))
        QMessageBox::warning(this, tr("Export CSV"), tr("%1: %2").arg(path, error));
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

void MainWindow::chooseServer()
{
    ConnectServerDialog dialog(this);
    const QString last = QSettings().value(QStringLiteral("inventory/server")).toString();
    if (!last.isEmpty())
        dialog.setLocation(last);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QSettings().setValue(QStringLiteral("inventory/server"), dialog.location());
    QString error;
    if (!openInventory(dialog.location(), &error))
        QMessageBox::critical(this, tr("Connect to Server"), error);
}

void MainWindow::addRecent(const QString& path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("inventory/recent")).toStringList();
    const QString absolute = Inventory::isServerLocation(path) ? path : QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    settings.setValue(QStringLiteral("inventory/recent"), recent.mid(0, MaxRecent));
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("inventory/recent")).toStringList();
    for (const QString& path : recent) {
        m_recentMenu->addAction(path, this, [this, path] {
            QString error;
            if (!openInventory(path, &error))
                QMessageBox::critical(this, tr("Open inventory"), error);
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}
