// Load: the console open on a million-client inventory while another process imports a
// million-row clients.csv into it and a worker thread plans the largest site over and over.
// Prints how long the GUI thread's event loop ever stalled, what the console's own operations
// took meanwhile, every plan's outcome (no "database is locked" may reach anybody), and that the
// import's rows are all there afterwards. Run offscreen or under xvfb-run:
//   QT_QPA_PLATFORM=offscreen build/bin/bench_load [--db MILLION.db]
#include "MainWindow.h"
#include "demo/DemoInventory.h"
#include "item/ClientTableModel.h"
#include "panes/ClientsPane.h"
#include "planning/TransitionPlanner.h"
#include "store/CsvExporter.h"
#include "store/Inventory.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QProcess>
#include <QScrollBar>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <sys/resource.h>

namespace {
long peakResidentMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(qsizetype(p * double(values.size() - 1)));
}
} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QString source = QStringLiteral("bench-inventory.db");
    const QStringList args = app.arguments();
    if (const qsizetype at = args.indexOf(QStringLiteral("--db")); at >= 0 && at + 1 < args.size())
        source = args.at(at + 1);
    QString error;
    if (!QFileInfo::exists(source)) {
        Inventory inventory;
        if (!inventory.open(source, &error) || !DemoInventory::create(inventory, 1000000, 1, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    // The rows to import: the million clients again, each refreshed a day later.
    const QString folder = QFileInfo(source).absolutePath();
    const QString path = folder + QStringLiteral("/bench-load.db");
    const QString csv = folder + QStringLiteral("/bench-load-clients.csv");
    {
        Inventory inventory;
        if (!inventory.open(source, &error, false))
            return 1;
        QFile::remove(path);
        QSqlQuery copy(inventory.database());
        copy.prepare(QStringLiteral("VACUUM INTO ?"));
        copy.addBindValue(path);
        if (!copy.exec())
            return 1;
        QFile out(csv);
        if (!out.open(QIODevice::WriteOnly)
            || !CsvExporter(inventory).exportTable(QStringLiteral("clients"), &out, &error))
            return 1;
    }
    std::printf(
        "inventory: %s (a copy of %s), rows to import: %s\n", qPrintable(path), qPrintable(source), qPrintable(csv));

    MainWindow window;
    if (!window.openInventory(path, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    window.resize(1280, 800);
    window.showPane(MainWindow::ClientsPaneIndex);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    QTableView* view = window.clientsPane()->view();

    // The event loop's heartbeat: a 10 ms timer; a late beat is a stall the user would feel.
    QList<double> beats;
    QElapsedTimer beat;
    beat.start();
    QTimer heart;
    heart.setInterval(10);
    QObject::connect(&heart, &QTimer::timeout, [&] {
        beats << beat.nsecsElapsed() / 1e6;
        beat.restart();
    });

    // Plans on a worker thread with its own connection, as the wizard's PlanRunner does.
    std::atomic<bool> importing {true};
    std::atomic<int> plans {0};
    std::atomic<int> failures {0};
    QList<double> planMs;
    QString firstFailure;
    QThread* planner = QThread::create([&] {
        Inventory inventory;
        QString why;
        if (!inventory.open(path, &why, false)) {
            ++failures;
            firstFailure = why;
            return;
        }
        TransitionRequest request;
        request.site = QStringLiteral("CEN");
        request.kind = TransitionKind::Cap;
        request.retire = {QStringLiteral("CAP-CEN-01")};
        request.add = {QStringLiteral("CAP-CEN-03")};
        request.start = *UtcTime::parse(DemoInventory::referenceTime());
        while (importing) {
            QElapsedTimer t;
            t.start();
            if (TransitionPlanner(inventory).plan(request, &why)) {
                ++plans;
                planMs << t.nsecsElapsed() / 1e6;
            } else {
                if (failures++ == 0)
                    firstFailure = why;
            }
        }
    });

    QProcess import;
    QElapsedTimer wall;
    wall.start();
    import.start(QCoreApplication::applicationDirPath() + QStringLiteral("/capplanner"),
        {QStringLiteral("import"), QStringLiteral("--db"), path, QStringLiteral("--table"), QStringLiteral("clients"),
            csv});
    import.waitForStarted();
    heart.start();
    planner->start();

    // The console's own work during the import.
    QList<std::pair<QString, double>> operations;
    auto measure = [&](const char* what, const std::function<void()>& work) {
        QElapsedTimer t;
        t.start();
        work();
        view->viewport()->repaint();
        operations.append({QString::fromLatin1(what), t.nsecsElapsed() / 1e6});
        QTest::qWait(300);
    };
    QTest::qWait(1000);
    measure("sort by version", [&] { view->sortByColumn(ClientTableModel::Version, Qt::AscendingOrder); });
    measure("filter by name",
        [&] { window.findChild<QLineEdit*>(QStringLiteral("nameFilter"))->setText(QStringLiteral("WKS-00123")); });
    measure("clear the filter", [&] { window.findChild<QLineEdit*>(QStringLiteral("nameFilter"))->clear(); });
    measure("scroll to the end", [&] { view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum()); });
    measure("scope to site CEN", [&] { window.selectSite(QStringLiteral("CEN")); });
    while (import.state() != QProcess::NotRunning)
        QTest::qWait(50);
    const double importMs = wall.nsecsElapsed() / 1e6;
    importing = false;
    planner->wait();
    heart.stop();
    delete planner;

    Inventory check;
    qint64 refreshed = -1;
    if (check.open(path, &error, false)) {
        QSqlQuery q(check.database());
        if (q.exec(QStringLiteral("SELECT count(*) FROM clients")) && q.next())
            refreshed = q.value(0).toLongLong();
    }
    std::printf("import of %s rows by another process: %.1f s, exit code %d\n", "1,000,000", importMs / 1000,
        import.exitCode());
    std::printf("clients afterwards: %lld\n", refreshed);
    std::printf("plans of site CEN during the import: %d done, %d failed%s%s; median %.0f ms, p95 %.0f ms\n",
        int(plans), int(failures), failures ? ", first: " : "", qPrintable(firstFailure), percentile(planMs, 0.5),
        percentile(planMs, 0.95));
    std::printf("event loop during the import: %lld beats, median gap %.0f ms, p99 %.0f ms, longest %.0f ms\n",
        qint64(beats.size()), percentile(beats, 0.5), percentile(beats, 0.99), percentile(beats, 1.0));
    for (const auto& [what, ms] : operations)
        std::printf("  console during the import: %-24s %7.0f ms\n", qPrintable(what), ms);
    std::printf("peak resident: %ld MB\n", peakResidentMb());
    QFile::remove(csv);
    return import.exitCode() == 0 && failures == 0 ? 0 : 1;
}
