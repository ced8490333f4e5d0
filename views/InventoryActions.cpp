#include "InventoryActions.h"

#include "ConnectServerDialog.h"
#include "DisplayTime.h"
#include "LogImportDialog.h"
#include "MainWindow.h"
#include "Settings.h"
#include "domain/UtcTime.h"
#include "import/SiteImportWizard.h"
#include "item/InventoryLookups.h"
#include "logs/LogImporter.h"
#include "planning/TransitionPlanner.h"
#include "report/TransitionReport.h"
#include "store/CsvExporter.h"
#include "store/CsvImporter.h"
#include "store/Inventory.h"
#include "store/PlanStore.h"
#include "store/TableSpec.h"
#include "task/BackgroundTask.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSaveFile>
#include <QUndoStack>

InventoryActions::InventoryActions(MainWindow& window)
    : m_window(window)
    , m_import(new BackgroundTask(&window))
    , m_report(new BackgroundTask(&window))
{
    m_import->setObjectName(QStringLiteral("importTask"));
    m_report->setObjectName(QStringLiteral("reportTask"));
}

bool InventoryActions::isBusy() const
{
    return m_import->isBusy() || m_report->isBusy();
}

bool InventoryActions::waitForIdle(int timeoutMs)
{
    return m_import->waitForIdle(timeoutMs) && m_report->waitForIdle(timeoutMs);
}

void InventoryActions::cancel()
{
    if (m_stopImport)
        *m_stopImport = true;
    m_report->cancel();
}

void InventoryActions::warnLater(const QString& title, const QString& message)
{
    // open(), not exec(): told from a task's delivery, which must not wait for the user.
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, &m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void InventoryActions::showProgress(BackgroundTask* task, const QString& label, std::function<void()> cancel)
{
    // Not modal: the console stays usable, and nothing spins the event loop.
    auto* progress = new QProgressDialog(label, tr("Cancel"), 0, 1000, &m_window);
    progress->setObjectName(QStringLiteral("backgroundProgress"));
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setValue(0);
    QObject::connect(task, &BackgroundTask::progressChanged, progress, &QProgressDialog::setValue);
    QObject::connect(progress, &QProgressDialog::canceled, task, [cancel = std::move(cancel)] { cancel(); });
    QObject::connect(task, &BackgroundTask::busyChanged, progress, [progress](bool busy) {
        if (!busy)
            progress->deleteLater();
    });
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
    file->addAction(tr("Import from &Site\u2026"), &m_window, [this] { openSiteImport(); })
        ->setObjectName(QStringLiteral("importFromSite"));
    file->addAction(tr("&Export CSV\u2026"), &m_window, [this] { chooseExport(); });
    QAction* logs = file->addAction(tr("Import &Logs\u2026"), &m_window, [this] { chooseLogImport(); });
    logs->setObjectName(QStringLiteral("importLogs"));
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

void InventoryActions::startImport(const QString& table, const QString& path, Done done)
{
    if (m_import->isBusy()) {
        done(false, tr("Another import is under way; wait for it to finish."));
        return;
    }
    // Cancel asks the importer to stop rather than dropping the task's answer, so that the
    // message says what really happened: rolled back, or committed just before Cancel arrived.
    auto stop = std::make_shared<std::atomic_bool>(false);
    m_stopImport = stop;
    m_import->start([table, path, stop, location = m_window.inventory()->path(), done = std::move(done)](
                        TaskControl& control) -> BackgroundTask::Delivery {
        CsvImporter::Result result;
        Inventory inventory; // a connection of this thread's own; the import is its transaction
        if (inventory.open(location, &result.error, false)) {
            CsvImporter importer(inventory);
            importer.setProgress(
                [&control, &stop](qint64 read, qint64 total) { return control.progress(read, total) && !*stop; });
            result = importer.importFile(table, path);
        }
        return [result, table, done] {
            if (!result.ok)
                done(false, tr("Nothing was imported; the inventory is unchanged.\n\n%1").arg(result.error));
            else
                done(true, tr("Imported %Ln row(s) into %1.", nullptr, int(result.rows)).arg(table));
        };
    });
    showProgress(m_import, tr("Importing %1\u2026").arg(QFileInfo(path).fileName()), [stop] { *stop = true; });
}

namespace {
// What a log import moved, for the user: counts, the clients whose last refresh moved, and what was
// left out with its FILE:LINE.
QString logSummary(const LogImporter::Summary& summary)
{
    constexpr qsizetype MostListed = 20;
    QString counts
        = QCoreApplication::translate("MainWindow", "Read the logs of %Ln client(s): %1, %2.", nullptr, summary.clients)
              .arg(QCoreApplication::translate("MainWindow", "%Ln finding(s) recorded", nullptr, summary.findings),
                  QCoreApplication::translate(
                      "MainWindow", "%Ln last refresh(es) moved forward", nullptr, summary.refreshesMoved));
    if (summary.unreadable > 0)
        counts += u' '
            + QCoreApplication::translate(
                "MainWindow", "%Ln line(s) could not be read and were left out.", nullptr, summary.unreadable);
    QStringList parts {counts};
    const auto listed = [](QStringList lines, qsizetype all) {
        if (all > lines.size())
            lines << QCoreApplication::translate("MainWindow", "and %Ln more", nullptr, int(all - lines.size()));
        return lines.join(u'\n');
    };
    if (!summary.moved.isEmpty()) {
        QStringList moved;
        for (const LogImporter::Summary::Moved& client :
            summary.moved.first(std::min(summary.moved.size(), MostListed)))
            moved << QCoreApplication::translate("MainWindow", "%1: last refresh now %2")
                         .arg(client.client, longUtc(client.lastRefresh));
        parts << QCoreApplication::translate("MainWindow", "Clients whose last refresh moved:") + u'\n'
                + listed(moved, summary.moved.size());
    }
    if (!summary.refused.isEmpty())
        parts << QCoreApplication::translate("MainWindow", "Left out:") + u'\n'
                + listed(summary.refused.first(std::min(summary.refused.size(), MostListed)), summary.refused.size());
    return parts.join(QStringLiteral("\n\n"));
}
} // namespace

void InventoryActions::startLogImport(const QStringList& paths, const QString& client, LogDone done)
{
    if (m_import->isBusy()) {
        done(false, tr("Another import is under way; wait for it to finish."), QString());
        return;
    }
    auto stop = std::make_shared<std::atomic_bool>(false);
    m_stopImport = stop;
    m_import->start([this, paths, client, stop, location = m_window.inventory()->path(), done = std::move(done)](
                        TaskControl& control) -> BackgroundTask::Delivery {
        QString error;
        std::optional<LogImporter::Summary> summary;
        const auto clients = LogImporter::collect(paths, client, &error);
        Inventory inventory; // a connection of this thread's own; the import is its transaction
        if (clients && inventory.open(location, &error, false)) {
            LogImporter importer(inventory);
            importer.setProgress(
                [&control, &stop](qint64 read, qint64 total) { return control.progress(read, total) && !*stop; });
            summary = importer.import(*clients, &error);
        }
        return [this, summary, error, done] {
            if (!summary) {
                done(false, tr("Nothing was imported; the inventory is unchanged.\n\n%1").arg(error), QString());
                return;
            }
            // Like a CSV import: one transaction, not undone step by step; edits on the stack may
            // no longer apply to the rows it moved.
            m_window.undoStack()->clear();
            m_window.reloadAll();
            done(true, logSummary(*summary), summary->report.join(u'\n'));
        };
    });
    showProgress(m_import, tr("Importing logs\u2026"), [stop] { *stop = true; });
}

void InventoryActions::chooseLogImport()
{
    LogImportDialog dialog(&m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    startLogImport(dialog.paths(), dialog.client(), [this](bool ok, const QString& summary, const QString& details) {
        if (!ok) {
            warnLater(tr("Import Logs"), summary);
            return;
        }
        // open(), not exec(): told from a task's delivery, which must not wait for the user.
        auto* box = new QMessageBox(QMessageBox::Information, tr("Import Logs"), summary, QMessageBox::Ok, &m_window);
        box->setObjectName(QStringLiteral("logImportSummary"));
        box->setDetailedText(details);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
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

void InventoryActions::startPlanReport(qint64 planId, const QString& path, Done done)
{
    const bool csv = TransitionReport::formatOf(path) == TransitionReport::Format::Csv;
    m_report->start([this, planId, path, csv, location = m_window.inventory()->path(), done = std::move(done)](
                        TaskControl& control) -> BackgroundTask::Delivery {
        QString error;
        Inventory inventory; // a connection of this thread's own
        if (!inventory.open(location, &error, false))
            return [done, error] { done(false, error); };
        const auto request = PlanStore(inventory).load(planId, nullptr, &error);
        if (!request)
            return [done, error] { done(false, error); };
        TransitionRequest limited = *request;
        limited.listLimit = 20;
        // Recomputed against today's inventory, as the command line does.
        const auto plan = TransitionPlanner(inventory).plan(limited, &error);
        if (!plan)
            return [done, error] { done(false, error); };
        if (csv) {
            const bool written = TransitionReport::writePlanCsv(inventory, *plan, path, &error,
                [&control](qint64 rows, qint64 total) { return control.progress(rows, total); });
            return [done, written, error] { done(written, error); };
        }
        // PDF and HTML lay out text and pictures: on the GUI thread, for a plan of a few pages.
        return [this, done, plan = *plan, path] {
            QString error;
            const Inventory& inventory = *m_window.inventory();
            const TransitionReport::Context context {inventory.displayName(), UtcTime::now()};
            const bool written = TransitionReport::writePlan(inventory, plan, context, path, &error);
            done(written, error);
        };
    });
    showProgress(m_report, tr("Writing %1\u2026").arg(QFileInfo(path).fileName()), [this] { m_report->cancel(); });
}

void InventoryActions::chooseReportFile(qint64 planId)
{
    const QString path = QFileDialog::getSaveFileName(&m_window, tr("Export report"),
        QStringLiteral("plan-%1.pdf").arg(planId), tr("PDF (*.pdf);;HTML (*.html);;CSV, one row per client (*.csv)"));
    if (path.isEmpty())
        return;
    startPlanReport(planId, path, [this](bool ok, const QString& error) {
        if (!ok)
            warnLater(tr("Export report"), error);
    });
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
    m_window.startImport(table, path, [this](bool ok, const QString& message) {
        if (!ok) {
            warnLater(tr("Import CSV"), message);
            return;
        }
        // open(), not exec(): told from a task's delivery, which must not wait for the user.
        auto* box = new QMessageBox(QMessageBox::Information, tr("Import CSV"), message, QMessageBox::Ok, &m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

SiteImportWizard* InventoryActions::openSiteImport()
{
    if (!m_window.inventory())
        return nullptr;
    auto* wizard = new SiteImportWizard(*m_window.inventory(), &m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(wizard, &SiteImportWizard::imported, &m_window, [this] { m_window.reloadAfterImport(); });
    wizard->open();
    return wizard;
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
