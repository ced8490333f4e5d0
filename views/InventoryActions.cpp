#include "InventoryActions.h"

#include "ConnectServerDialog.h"
#include "MainWindow.h"
#include "Settings.h"
#include "domain/UtcTime.h"
#include "item/InventoryLookups.h"
#include "planning/TransitionPlanner.h"
#include "report/TransitionReport.h"
#include "store/CsvExporter.h"
#include "store/CsvImporter.h"
#include "store/Inventory.h"
#include "store/PlanStore.h"
#include "store/TableSpec.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSaveFile>

InventoryActions::InventoryActions(MainWindow& window)
    : m_window(window)
{
}

QAction* InventoryActions::addFileActions(QMenu* file)
{
    QAction* newAction = file->addAction(tr("&New Inventory\u2026"), &m_window, [this] { chooseNew(); });
    newAction->setShortcut(QKeySequence::New);
    QAction* open = file->addAction(tr("&Open\u2026"), &m_window, [this] { chooseOpen(); });
    open->setShortcut(QKeySequence::Open);
    QAction* server = file->addAction(tr("&Connect to Server\u2026"), &m_window, [this] { chooseServer(); });
    server->setObjectName(QStringLiteral("connectToServer"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    file->addAction(tr("&Import CSV\u2026"), &m_window, [this] { chooseImport(); });
    file->addAction(tr("&Export CSV\u2026"), &m_window, [this] { chooseExport(); });
    updateRecentMenu();
    return open;
}

void InventoryActions::addReportAction(QMenu* plan)
{
    plan->addAction(tr("Export &Report of a Saved Plan\u2026"), &m_window, [this] { chooseReport(); });
}

void InventoryActions::open(const QString& path, const QString& title)
{
    QString error;
    if (!path.isEmpty() && !m_window.openInventory(path, &error))
        QMessageBox::critical(&m_window, title, error);
}

void InventoryActions::chooseNew()
{
    const QString path = QFileDialog::getSaveFileName(
        &m_window, tr("New inventory"), QString(), tr("CapPlanner inventories (*.db);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(&m_window, tr("New inventory"), tr("%1 exists already; open it instead.").arg(path));
        return;
    }
    open(path, tr("New inventory"));
}

void InventoryActions::chooseOpen()
{
    open(QFileDialog::getOpenFileName(
             &m_window, tr("Open inventory"), QString(), tr("CapPlanner inventories (*.db);;All files (*)")),
        tr("Open inventory"));
}

void InventoryActions::chooseServer()
{
    ConnectServerDialog dialog(&m_window);
    const QString last = Settings::lastServer();
    if (!last.isEmpty())
        dialog.setLocation(last);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Settings::setLastServer(dialog.location());
    open(dialog.location(), tr("Connect to Server"));
}

void InventoryActions::addRecent(const QString& path)
{
    QStringList recent = Settings::recentInventories();
    const QString absolute = Inventory::isServerLocation(path) ? path : QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    Settings::setRecentInventories(recent);
    updateRecentMenu();
}

void InventoryActions::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = Settings::recentInventories();
    for (const QString& path : recent)
        m_recentMenu->addAction(path, &m_window, [this, path] { open(path, tr("Open inventory")); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

bool InventoryActions::importCsv(const QString& table, const QString& path, QString* message)
{
    QProgressDialog progress(
        tr("Importing %1\u2026").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 1000, &m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    CsvImporter importer(*m_window.inventory());
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
    return true;
}

bool InventoryActions::exportCsv(const QString& table, const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    if (!CsvExporter(*m_window.inventory()).exportTable(table, &file, error))
        return false;
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool InventoryActions::exportPlanReport(qint64 planId, const QString& path, QString* error)
{
    const Inventory& inventory = *m_window.inventory();
    const auto request = PlanStore(inventory).load(planId, nullptr, error);
    if (!request)
        return false;
    TransitionRequest limited = *request;
    limited.listLimit = 20;
    // Recomputed against today's inventory, as the command line does.
    const auto plan = TransitionPlanner(inventory).plan(limited, error);
    if (!plan)
        return false;
    const TransitionReport::Context context {inventory.displayName(), UtcTime::now()};
    if (TransitionReport::formatOf(path) == TransitionReport::Format::Csv) {
        QProgressDialog progress(
            tr("Writing %1\u2026").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 1000, &m_window);
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(300);
        return TransitionReport::writePlanCsv(inventory, *plan, path, error, [&progress](qint64 done, qint64 total) {
            progress.setValue(total > 0 ? int(std::min<qint64>(done * 1000 / total, 999)) : 0);
            QCoreApplication::processEvents();
            return !progress.wasCanceled();
        });
    }
    return TransitionReport::writePlan(inventory, *plan, context, path, error);
}

void InventoryActions::chooseReportFile(qint64 planId)
{
    const QString path = QFileDialog::getSaveFileName(&m_window, tr("Export report"),
        QStringLiteral("plan-%1.pdf").arg(planId), tr("PDF (*.pdf);;HTML (*.html);;CSV, one row per client (*.csv)"));
    QString error;
    if (!path.isEmpty() && !exportPlanReport(planId, path, &error))
        QMessageBox::warning(&m_window, tr("Export report"), error);
}

void InventoryActions::chooseReport()
{
    QString error;
    QStringList items;
    for (const InventoryLookups::SavedPlan& plan : InventoryLookups::savedPlans(*m_window.inventory(), &error))
        items << tr("%1: %2 %3 transition from %4, safe %5")
                     .arg(QString::number(plan.id), plan.site, plan.kind, UtcTime::shortDisplay(plan.startAt),
                         plan.safeRemovalAt ? UtcTime::shortDisplay(*plan.safeRemovalAt) : tr("never"));
    if (!error.isEmpty()) {
        QMessageBox::warning(&m_window, tr("Export report"), error);
        return;
    }
    if (items.isEmpty()) {
        QMessageBox::information(
            &m_window, tr("Export report"), tr("No saved plan yet: save one with capplanner plan --save."));
        return;
    }
    bool ok = false;
    const QString item = QInputDialog::getItem(&m_window, tr("Export report"), tr("Plan:"), items, 0, false, &ok);
    if (ok)
        chooseReportFile(item.section(u':', 0, 0).toLongLong());
}

void InventoryActions::chooseImport()
{
    bool ok = false;
    const QString table
        = QInputDialog::getItem(&m_window, tr("Import CSV"), tr("Table:"), TableSpecs::names(), 0, false, &ok);
    if (!ok)
        return;
    const QString path = QFileDialog::getOpenFileName(
        &m_window, tr("Import %1").arg(table), QString(), tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QString message;
    if (m_window.importCsv(table, path, &message))
        QMessageBox::information(&m_window, tr("Import CSV"), message);
    else
        QMessageBox::warning(&m_window, tr("Import CSV"), message);
}

void InventoryActions::chooseExport()
{
    bool ok = false;
    const QString table
        = QInputDialog::getItem(&m_window, tr("Export CSV"), tr("Table:"), TableSpecs::names(), 0, false, &ok);
    if (!ok)
        return;
    const QString path = QFileDialog::getSaveFileName(
        &m_window, tr("Export %1").arg(table), table + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
    QString error;
    if (!path.isEmpty() && !exportCsv(table, path, &error))
        QMessageBox::warning(&m_window, tr("Export CSV"), tr("%1: %2").arg(path, error));
}
