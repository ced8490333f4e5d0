// Opens the console on an inventory (a million-client demo by default) and prints how long the
// Clients pane takes to show rows, to sort by each column, to filter, and to scroll to its end,
// with the peak resident memory. Run it offscreen or under xvfb-run:
//   QT_QPA_PLATFORM=offscreen build/bin/bench_console [--db FILE]
#include "MainWindow.h"
#include "demo/DemoInventory.h"
#include "item/ClientTableModel.h"
#include "panes/ClientsPane.h"
#include "store/Inventory.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLineEdit>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <cstdio>
#include <sys/resource.h>

namespace {
long peakResidentMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

double ms(const QElapsedTimer& timer)
{
    return timer.nsecsElapsed() / 1e6;
}
} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QString path = QStringLiteral("bench-inventory.db");
    const QStringList args = app.arguments();
    if (const qsizetype at = args.indexOf(QStringLiteral("--db")); at >= 0 && at + 1 < args.size())
        path = args.at(at + 1);
    if (!QFileInfo::exists(path)) {
        Inventory inventory;
        QString error;
        if (!inventory.open(path, &error) || !DemoInventory::create(inventory, 1000000, 1, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    std::printf("peak resident before opening: %ld MB\n", peakResidentMb());
    QElapsedTimer timer;
    timer.start();
    MainWindow window;
    QString error;
    if (!window.openInventory(path, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("%-46s %9.0f ms\n", "  of which opening the inventory and panes", ms(timer));
    window.resize(1280, 800);
    window.showPane(MainWindow::ClientsPaneIndex);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    QTableView* view = window.clientsPane()->view();
    ClientTableModel* model = window.clientsPane()->model();
    QCoreApplication::processEvents();
    const double openMs = ms(timer);
    std::printf("%-46s %9.0f ms  (%d rows)\n", "open until the Clients pane shows rows", openMs, model->rowCount());
    QList<double> sortMs;

    for (int column = 0; column < ClientTableModel::ColumnCount; ++column) {
        timer.restart();
        view->sortByColumn(column, Qt::DescendingOrder);
        view->viewport()->repaint();
        sortMs << ms(timer);
        std::printf(
            "sort by %-38s %9.0f ms\n", qPrintable(model->headerData(column, Qt::Horizontal).toString()), ms(timer));
    }
    view->sortByColumn(ClientTableModel::Name, Qt::AscendingOrder);
    auto* name = window.findChild<QLineEdit*>(QStringLiteral("nameFilter"));
    timer.restart();
    name->setText(QStringLiteral("WKS-00123"));
    view->viewport()->repaint();
    const double filterMs = ms(timer);
    std::printf("%-46s %9.0f ms  (%d rows)\n", "filter by name contains WKS-00123", ms(timer), model->rowCount());
    timer.restart();
    name->clear();
    view->viewport()->repaint();
    std::printf("%-46s %9.0f ms\n", "clear the filter", ms(timer));
    auto* status = window.findChild<QComboBox*>(QStringLiteral("statusFilter"));
    timer.restart();
    status->setCurrentIndex(status->findData(QStringLiteral("upgrade-blocked")));
    view->viewport()->repaint();
    std::printf("%-46s %9.0f ms  (%d rows)\n", "filter by status upgrade-blocked", ms(timer), model->rowCount());
    timer.restart();
    status->setCurrentIndex(0);
    view->viewport()->repaint();
    std::printf("%-46s %9.0f ms\n", "clear the filter", ms(timer));
    timer.restart();
    window.selectSite(QStringLiteral("CEN"));
    view->viewport()->repaint();
    std::printf("%-46s %9.0f ms  (%d rows)\n", "scope to the largest site (every pane)", ms(timer), model->rowCount());
    window.selectSite(QString());

    timer.restart();
    QScrollBar* bar = view->verticalScrollBar();
    const int steps = 2000;
    for (int i = 0; i <= steps; ++i) {
        bar->setValue(int(qint64(bar->maximum()) * i / steps));
        view->viewport()->repaint();
    }
    std::printf("%-46s %9.0f ms  (%d screens)\n", "scroll from the top to the bottom", ms(timer), steps);
    timer.restart();
    bar->setValue(0);
    view->viewport()->repaint();
    bar->setValue(bar->maximum());
    view->viewport()->repaint();
    const double endMs = ms(timer);
    std::printf("last row: %s\n", qPrintable(model->index(model->rowCount() - 1, 0).data().toString()));
    std::printf("peak resident: %ld MB\n", peakResidentMb());
    // For bench/run.
    std::printf("RESULT open_ms %.1f\nRESULT sort_version_ms %.1f\nRESULT filter_name_ms %.1f\nRESULT "
                "scroll_end_ms %.1f\nRESULT rss_mb %ld\n",
        openMs, sortMs.value(ClientTableModel::Version), filterMs, endMs, peakResidentMb());
    return 0;
}
