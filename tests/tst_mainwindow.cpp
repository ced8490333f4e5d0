#include "InventoryActions.h"
#include "MainWindow.h"
#include "demo/DemoInventory.h"
#include "domain/UtcTime.h"
#include "item/ClientTableModel.h"
#include "item/QueryTableModel.h"
#include "item/SiteTreeModel.h"
#include "panes/ClientsPane.h"
#include "panes/SiteTreePane.h"
#include "panes/VersionChart.h"
#include "store/Inventory.h"
#include "store/TableSpec.h"

#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

// Drives the real main window on a demo inventory, offscreen: scope, panes, filters, sorting,
// the version chart, and an edit with undo and redo.
class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    Inventory m_check; // a second connection to compare with SQL counts

    qint64 count(const QString& sql)
    {
        QSqlQuery query = m_check.prepare(sql);
        return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_path = m_dir.filePath(QStringLiteral("demo.db"));
        QString error;
        {
            Inventory inventory;
            QVERIFY(inventory.open(m_path, &error));
            QVERIFY(DemoInventory::create(inventory, 3000, 5, &error));
        }
        QVERIFY(m_check.open(m_path, &error));
    }

    void eachPaneMatchesSqlForTheSelectedSite()
    {
        MainWindow window;
        QString error;
        QVERIFY2(window.openInventory(m_path, &error), qPrintable(error));
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.waitForIdle());
        // All sites first.
        QCOMPARE(window.clientsPane()->model()->rowCount(), 3000);
        window.selectSite(QStringLiteral("NOR"));
        QVERIFY(window.waitForIdle());
        QCOMPARE(window.scope(), QStringList {"NOR"});
        QCOMPARE(
            window.paneModel(MainWindow::CapsPane)->rowCount(), count("SELECT count(*) FROM caps WHERE site = 'NOR'"));
        QCOMPARE(window.paneModel(MainWindow::AccountsPane)->rowCount(),
            count("SELECT count(*) FROM accounts WHERE site = 'NOR'"));
        QCOMPARE(window.paneModel(MainWindow::LogonPointsPane)->rowCount(),
            count("SELECT count(*) FROM logon_point_sites WHERE site = 'NOR'"));
        QCOMPARE(window.clientsPane()->model()->rowCount(), count("SELECT count(*) FROM clients WHERE site = 'NOR'"));
        window.showPane(MainWindow::VersionsPane);
        QVERIFY(window.waitForIdle());
        qint64 charted = 0;
        for (const VersionBar& bar : window.versionChart()->bars())
            charted += bar.clients;
        QCOMPARE(charted, count("SELECT count(*) FROM clients WHERE site = 'NOR'"));
        // The derived "clients that know it" of an account equals the rule's SQL.
        QueryTableModel* accounts = window.paneModel(MainWindow::AccountsPane);
        for (int row = 0; row < accounts->rowCount(); ++row) {
            const QString name = accounts->index(row, 0).data().toString();
            QCOMPARE(accounts->index(row, 5).data(QueryTableModel::RawRole).toLongLong(),
                count(QStringLiteral("SELECT count(*) FROM clients c JOIN accounts a ON a.site = c.site WHERE "
                                     "a.name = '%1' AND c.last_refresh_at >= a.added_at + 3600 AND "
                                     "(a.removed_at IS NULL OR a.removed_at > c.last_refresh_at)")
                          .arg(name)));
        }
    }

    void filterAndSortTheClients()
    {
        MainWindow window;
        QString error;
        QVERIFY(window.openInventory(m_path, &error));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.waitForIdle());
        window.selectSite(QStringLiteral("CEN"));
        QVERIFY(window.waitForIdle());
        window.showPane(MainWindow::ClientsPaneIndex);
        auto* name = window.findChild<QLineEdit*>(QStringLiteral("nameFilter"));
        QVERIFY(name);
        QTest::keyClicks(name, QStringLiteral("WKS-00002"));
        QVERIFY(window.waitForIdle());
        ClientTableModel* model = window.clientsPane()->model();
        QCOMPARE(
            model->rowCount(), count("SELECT count(*) FROM clients WHERE site = 'CEN' AND name LIKE '%WKS-00002%'"));
        auto* os = window.findChild<QComboBox*>(QStringLiteral("osFilter"));
        os->setCurrentIndex(os->findData(QStringLiteral("win9x")));
        QVERIFY(window.waitForIdle());
        QCOMPARE(model->rowCount(),
            count("SELECT count(*) FROM clients WHERE site = 'CEN' AND name LIKE "
                  "'%WKS-00002%' AND os = 'win9x'"));
        QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("clearFilters")), Qt::LeftButton);
        QVERIFY(window.waitForIdle());
        QCOMPARE(model->rowCount(), count("SELECT count(*) FROM clients WHERE site = 'CEN'"));
        QVERIFY(name->text().isEmpty());
        // Clicking the Last refresh header sorts by it.
        auto* view = window.findChild<QTableView*>(QStringLiteral("clientsView"));
        view->sortByColumn(ClientTableModel::LastRefresh, Qt::DescendingOrder);
        QVERIFY(window.waitForIdle());
        const QString newest
            = model->index(0, ClientTableModel::LastRefresh).data(ClientTableModel::RawRole).toString();
        QSqlQuery max = m_check.prepare(QStringLiteral("SELECT max(last_refresh_at) FROM clients WHERE site = 'CEN'"));
        QVERIFY(max.exec() && max.next());
        QCOMPARE(newest, UtcTime::format(max.value(0).toLongLong()));
    }

    void clickingAVersionBarFiltersTheClients()
    {
        MainWindow window;
        QString error;
        QVERIFY(window.openInventory(m_path, &error));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.waitForIdle());
        window.selectSite(QStringLiteral("SOU"));
        QVERIFY(window.waitForIdle());
        window.showPane(MainWindow::VersionsPane);
        QVERIFY(window.waitForIdle());
        QVERIFY(!window.versionChart()->bars().isEmpty());
        const QString version = window.versionChart()->bars().first().version;
        window.versionChart()->activateVersion(version);
        QVERIFY(window.waitForIdle());
        auto* panes = window.findChild<QTabWidget*>(QStringLiteral("panes"));
        QCOMPARE(panes->currentIndex(), int(MainWindow::ClientsPaneIndex));
        QCOMPARE(window.findChild<QComboBox*>(QStringLiteral("versionFilter"))->currentData().toString(), version);
        QCOMPARE(window.clientsPane()->model()->rowCount(),
            count(QStringLiteral("SELECT count(*) FROM clients WHERE site = 'SOU' AND version = '%1'").arg(version)));
    }

    void editACapThenUndoAndRedo()
    {
        MainWindow window;
        QString error;
        QVERIFY(window.openInventory(m_path, &error));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.waitForIdle());
        window.selectSite(QStringLiteral("CEN"));
        QVERIFY(window.waitForIdle());
        QueryTableModel* caps = window.paneModel(MainWindow::CapsPane);
        int row = -1;
        for (int r = 0; r < caps->rowCount(); ++r) {
            if (caps->index(r, 0).data().toString() == u"CAP-CEN-02")
                row = r;
        }
        QVERIFY(row >= 0);
        const QString licences = "SELECT licenses FROM caps WHERE server = 'CAP-CEN-02'";
        QCOMPARE(count(licences), 250);
        QStringList values {"CAP-CEN-02", "CEN", "2025-03-01T09:00:00Z", "", "per-server", "400", "no"};
        QVERIFY(window.editRow(MainWindow::CapsPane, row, values));
        QCOMPARE(count(licences), 400);
        QVERIFY(window.undoStack()->canUndo());
        window.undoStack()->undo();
        QCOMPARE(count(licences), 250);
        window.undoStack()->redo();
        QCOMPARE(count(licences), 400);
        // A bad value changes nothing and pushes nothing.
        values[5] = "many";
        QVERIFY(!window.editRow(MainWindow::CapsPane, row, values));
        QCOMPARE(count(licences), 400);
        QCOMPARE(window.undoStack()->count(), 1);
        // Ctrl+Z from the keyboard undoes too.
        window.activateWindow();
        QTest::keySequence(&window, QKeySequence::Undo);
        QCOMPARE(count(licences), 250);
    }

    void deletingSomethingReferredToIsRefusedAndDeletionUndoes()
    {
        MainWindow window;
        QString error;
        QVERIFY(window.openInventory(m_path, &error));
        window.show();
        window.selectSite(QStringLiteral("SOU"));
        QVERIFY(window.waitForIdle());
        QueryTableModel* caps = window.paneModel(MainWindow::CapsPane);
        int row = -1;
        for (int r = 0; r < caps->rowCount(); ++r) {
            if (caps->index(r, 0).data().toString() == u"CAP-SOU-OLD")
                row = r;
        }
        QVERIFY(row >= 0);
        QVERIFY(window.deleteRow(MainWindow::CapsPane, row, false));
        QCOMPARE(count("SELECT count(*) FROM caps WHERE server = 'CAP-SOU-OLD'"), 0);
        window.undoStack()->undo();
        QCOMPARE(count("SELECT count(*) FROM caps WHERE server = 'CAP-SOU-OLD'"), 1);
        QCOMPARE(count("SELECT removed_at IS NOT NULL FROM caps WHERE server = 'CAP-SOU-OLD'"), 1);
    }

    void statusBarCountsArriveInTheBackgroundAndFollowEdits()
    {
        MainWindow window;
        QString error;
        QVERIFY(window.openInventory(m_path, &error));
        window.showPane(MainWindow::ClientsPaneIndex);
        QVERIFY(window.waitForIdle());
        auto* label = window.findChild<QLabel*>(QStringLiteral("inventoryCounts"));
        const QLocale locale;
        auto expect = [&](const QString& shown) {
            return QStringLiteral("%1 CAPs \u00b7 %2 accounts \u00b7 %3 clients \u00b7 %4 shown")
                .arg(locale.toString(count("SELECT count(*) FROM caps")),
                    locale.toString(count("SELECT count(*) FROM accounts")),
                    locale.toString(count("SELECT count(*) FROM clients")), shown);
        };
        QVERIFY2(label->text().endsWith(expect(locale.toString(3000))), qPrintable(label->text()));
        // A deletion reloads the counts (a new read, in the background).
        window.selectSite(QStringLiteral("SOU"));
        QVERIFY(window.waitForIdle());
        QueryTableModel* caps = window.paneModel(MainWindow::CapsPane);
        int row = -1;
        for (int r = 0; r < caps->rowCount(); ++r) {
            if (caps->index(r, 0).data().toString() == u"CAP-SOU-OLD")
                row = r;
        }
        QVERIFY(row >= 0);
        const qint64 before = count("SELECT count(*) FROM caps");
        QVERIFY(window.deleteRow(MainWindow::CapsPane, row, false));
        QVERIFY(window.waitForIdle());
        QCOMPARE(count("SELECT count(*) FROM caps"), before - 1);
        const QString shown = locale.toString(window.clientsPane()->model()->rowCount());
        QVERIFY2(label->text().endsWith(expect(shown)), qPrintable(label->text()));
        window.undoStack()->undo();
        QVERIFY(window.waitForIdle());
        QVERIFY2(label->text().endsWith(expect(shown)), qPrintable(label->text()));
    }

    void editASiteFromTheTreeAndUndo()
    {
        MainWindow window;
        QString error;
        QVERIFY(window.openInventory(m_path, &error));
        const TableSpec& sites = *TableSpecs::find(QStringLiteral("sites"));
        QVERIFY(
            window.editItem(sites, {"TB1"}, {"TB1", "Training Centre", "NOR", "LABS", "2.00.1493.2000", "no", "no"}));
        QVERIFY(window.waitForIdle()); // the tree is read again in the background
        auto* tree = window.findChild<QTreeView*>(QStringLiteral("siteTree"));
        QVERIFY(tree->model()
                    ->match(tree->model()->index(0, 0), Qt::DisplayRole, QStringLiteral("TB1 \u2013 Training Centre"),
                        1, Qt::MatchStartsWith | Qt::MatchRecursive)
                    .size()
            == 1);
        // A bad version is refused with the import's own message and nothing changes.
        QVERIFY(!window.editItem(sites, {"TB1"}, {"TB1", "Training Centre", "NOR", "LABS", "2.00.x", "no", "no"}));
        window.undoStack()->undo();
        QSqlQuery query = m_check.prepare(QStringLiteral("SELECT name FROM sites WHERE code = 'TB1'"));
        QVERIFY(query.exec() && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("Training"));
    }

    void eachPaneCountsItsOwnRowsInTheStatusBar()
    {
        MainWindow window;
        QString error;
        QVERIFY(window.openInventory(m_path, &error));
        window.selectSite(QStringLiteral("CEN"));
        QVERIFY(window.waitForIdle());
        auto* label = window.findChild<QLabel*>(QStringLiteral("inventoryCounts"));
        const QLocale locale;
        const auto shownIn = [&](MainWindow::Pane pane) -> qint64 {
            if (pane == MainWindow::ClientsPaneIndex)
                return window.clientsPane()->model()->rowCount();
            if (pane == MainWindow::VersionsPane) {
                qint64 charted = 0;
                for (const VersionBar& bar : window.versionChart()->bars())
                    charted += bar.clients;
                return charted;
            }
            return window.paneModel(pane)->rowCount();
        };
        QSet<qint64> counts;
        for (int pane = MainWindow::CapsPane; pane <= MainWindow::LogsPane; ++pane) {
            window.showPane(MainWindow::Pane(pane));
            QVERIFY(window.waitForIdle());
            const QString text = label->text();
            QVERIFY2(text.contains(QStringLiteral("clients")), qPrintable(text));
            if (pane == MainWindow::LogsPane) {
                // A log is not a part of the inventory: nothing is counted as shown.
                QVERIFY2(!text.contains(QStringLiteral("shown")), qPrintable(text));
                continue;
            }
            const qint64 shown = shownIn(MainWindow::Pane(pane));
            counts << shown;
            QVERIFY2(text.endsWith(QStringLiteral(" %1 shown").arg(locale.toString(shown))),
                qPrintable(QStringLiteral("pane %1: %2").arg(pane).arg(text)));
        }
        QVERIFY(counts.size() > 2); // the panes differ: a count that followed one pane would fail
        // The accounts pane shows its own count, not the Clients filter's.
        window.showPane(MainWindow::AccountsPane);
        QCOMPARE(label->text().section(u'\u00b7', -1).trimmed(),
            QStringLiteral("%1 shown").arg(locale.toString(count("SELECT count(*) FROM accounts WHERE site = 'CEN'"))));
    }

    void theToolBarKeepsItsButtonsWhenUndoNamesAnEdit()
    {
        MainWindow window;
        QString error;
        QVERIFY(window.openInventory(m_path, &error));
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.waitForIdle());
        auto* tools = window.findChild<QToolBar*>(QStringLiteral("mainToolBar"));
        QVERIFY(tools);
        QToolButton* undo = nullptr;
        for (QAction* action : tools->actions()) {
            if (action->shortcuts().contains(QKeySequence(QKeySequence::Undo)))
                undo = qobject_cast<QToolButton*>(tools->widgetForAction(action));
        }
        QVERIFY(undo);
        const QString before = undo->text();
        const QSize size = undo->sizeHint();
        QWidget* next = tools->widgetForAction(tools->actions().value(3));
        QVERIFY(next);
        const QPoint nextAt = next->pos();
        window.undoStack()->push(new QUndoCommand(QStringLiteral("Edit CAP CAP-CEN-02 with a long name")));
        QTest::qWait(50); // let the toolbar lay out again
        // The menu says what would be undone; the toolbar button keeps its text, size and place,
        // and says it in its tooltip.
        QAction* menuUndo = undo->defaultAction();
        QVERIFY2(menuUndo->text().contains(QStringLiteral("CAP-CEN-02")), qPrintable(menuUndo->text()));
        QCOMPARE(undo->text(), before);
        QVERIFY(!before.contains(QStringLiteral("CAP-CEN-02")));
        QCOMPARE(undo->sizeHint(), size);
        QCOMPARE(next->pos(), nextAt);
        QVERIFY2(undo->toolTip().contains(QStringLiteral("CAP-CEN-02")), qPrintable(undo->toolTip()));
        window.undoStack()->undo();
        QCOMPARE(undo->text(), before);
    }

    void openingReadsTheSiteTreeAndChoicesInTheBackground()
    {
        MainWindow window;
        QString error;
        QVERIFY(window.openInventory(m_path, &error));
        auto* tree = window.findChild<SiteTreePane*>(QStringLiteral("siteTree"));
        auto* versions = window.findChild<QComboBox*>(QStringLiteral("versionFilter"));
        // Nothing read yet: the open returned before the sites and the versions present.
        QVERIFY(tree->siteModel()->isLoading());
        QCOMPARE(tree->model()->rowCount(tree->model()->index(0, 0)), 0);
        QCOMPARE(versions->count(), 1);
        // A site chosen meanwhile scopes the panes at once and is selected when the tree arrives.
        window.selectSite(QStringLiteral("CEN"));
        QCOMPARE(window.scope(), QStringList {"CEN"});
        QVERIFY(window.waitForIdle());
        QCOMPARE(tree->currentIndex().data(SiteTreeModel::CodeRole).toString(), QStringLiteral("CEN"));
        QCOMPARE(window.scope(), QStringList {"CEN"});
        QCOMPARE(window.clientsPane()->model()->rowCount(), count("SELECT count(*) FROM clients WHERE site = 'CEN'"));
        QCOMPARE(versions->count(), 1 + count("SELECT count(DISTINCT version) FROM clients"));
        // A reload keeps the selection and what was collapsed.
        const QModelIndex domain = tree->currentIndex().parent();
        QVERIFY(domain.isValid());
        const QString domainCode = domain.data(SiteTreeModel::CodeRole).toString();
        tree->collapse(domain);
        const TableSpec& sites = *TableSpecs::find(QStringLiteral("sites"));
        QVERIFY(window.editItem(sites, {"TB2"}, {"TB2", "Second", "NOR", "LABS", "2.00.1493.2000", "no", "no"}));
        QVERIFY(tree->siteModel()->isLoading());
        QVERIFY(window.waitForIdle());
        QVERIFY(tree->siteModel()->siteIndex(QStringLiteral("TB2")).isValid());
        QCOMPARE(tree->currentIndex().data(SiteTreeModel::CodeRole).toString(), QStringLiteral("CEN"));
        QCOMPARE(tree->currentIndex().parent().data(SiteTreeModel::CodeRole).toString(), domainCode);
        QVERIFY(!tree->isExpanded(tree->currentIndex().parent()));
        QVERIFY(tree->isExpanded(tree->siteModel()->index(0, 0)));
        QCOMPARE(window.scope(), QStringList {"CEN"});
        window.undoStack()->undo();
        QVERIFY(window.waitForIdle());
        QVERIFY(!tree->siteModel()->siteIndex(QStringLiteral("TB2")).isValid());
    }

    void exportsTheReportOfASavedPlan()
    {
        MainWindow window;
        QString error;
        QVERIFY(window.openInventory(m_path, &error));
        QSqlQuery save = m_check.prepare(QStringLiteral(
            "INSERT INTO plans (site, kind, retire, additions, start_at, parameters, created_at) VALUES ('LAB', 'cap', "
            "'LAB-CAP-01', 'LAB-CAP-02', 1796112000, '{}', 0)"));
        QVERIFY(save.exec());
        const qint64 id = save.lastInsertId().toLongLong();
        const QString csv = m_dir.filePath(QStringLiteral("plan.csv"));
        QVERIFY2(window.exportPlanReport(id, csv, &error), qPrintable(error));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count("\r\n") - 1, count("SELECT count(*) FROM clients WHERE site = 'LAB'"));
        QVERIFY(window.exportPlanReport(id, m_dir.filePath(QStringLiteral("plan.pdf")), &error));
        QVERIFY(QFile(m_dir.filePath(QStringLiteral("plan.pdf"))).size() > 1000);
        QVERIFY(!window.exportPlanReport(id + 100, csv, &error));
    }

    void refusesADamagedInventory()
    {
        const QString path = m_dir.filePath(QStringLiteral("junk.db"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("junk");
        file.close();
        MainWindow window;
        QString error;
        QVERIFY(!window.openInventory(path, &error));
        QVERIFY(error.contains(path));
    }

    void importWithABadFileChangesNothing()
    {
        MainWindow window;
        QString error;
        QVERIFY(window.openInventory(m_path, &error));
        const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,max_offline_hours\nnew profile,12\nbroken,twelve\n");
        file.close();
        const qint64 before = count("SELECT count(*) FROM profiles");
        QString message;
        QVERIFY(!window.importCsv(QStringLiteral("profiles"), bad, &message));
        QVERIFY2(message.contains(bad + QStringLiteral(":3: column max_offline_hours")), qPrintable(message));
        QCOMPARE(count("SELECT count(*) FROM profiles"), before);
    }

    // Last: the finished import adds many profiles to the shared inventory.
    void cancellingAnImportLeavesTheInventoryAsItWas()
    {
        MainWindow window;
        QString error;
        QVERIFY(window.openInventory(m_path, &error));
        QVERIFY(window.waitForIdle());
        const QString big = m_dir.filePath(QStringLiteral("many-profiles.csv"));
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,max_offline_hours\n");
        constexpr int Rows = 60000; // the importer looks for Cancel every 20,000 rows
        for (int i = 0; i < Rows; ++i)
            file.write(QStringLiteral("bulk profile %1,12\n").arg(i).toUtf8());
        file.close();
        const qint64 before = count("SELECT count(*) FROM profiles");
        bool finished = false;
        bool ok = true;
        QString message;
        window.startImport(QStringLiteral("profiles"), big, [&](bool success, const QString& text) {
            finished = true;
            ok = success;
            message = text;
        });
        // It runs in the background: the call returned before the import ended.
        QVERIFY(!finished);
        QVERIFY(window.actions()->isBusy());
        window.actions()->cancel();
        QVERIFY(window.waitForIdle());
        QVERIFY(finished);
        QVERIFY(!ok);
        QVERIFY2(message.contains(QStringLiteral("unchanged")), qPrintable(message));
        QCOMPARE(count("SELECT count(*) FROM profiles"), before);
        // Not cancelled, the same file imports, and the console shows it.
        QVERIFY2(window.importCsv(QStringLiteral("profiles"), big, &message), qPrintable(message));
        QCOMPARE(count("SELECT count(*) FROM profiles"), before + Rows);
        QVERIFY(window.waitForIdle());
        QCOMPARE(window.paneModel(MainWindow::ProfilesPane)->rowCount(), before + Rows);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
