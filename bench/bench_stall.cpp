// The longest time the GUI thread is blocked while an administrator works through the console on
// a large inventory: a 10 ms timer measures its own lateness while scripted actions run (open,
// every pane, sort and filter the Clients pane by every column including status, scope to the
// largest site, open the wizard and the what-if dialog). Target: under 100 ms at a million clients.
// Beside each lateness, the GUI thread's own CPU time in the longest single piece of work (one
// event, or the action's call itself): on a busy machine the lateness also counts the time other
// processes and our own workers held the cores, the CPU time only what the GUI thread ran.
//   QT_QPA_PLATFORM=offscreen build/bin/bench_stall [--db FILE]
#include "MainWindow.h"
#include "demo/DemoInventory.h"
#include "item/ClientTableModel.h"
#include "item/InventoryLookups.h"
#include "item/SiteTreeModel.h"
#include "panes/ClientsPane.h"
#include "store/Inventory.h"
#include "task/BackgroundTask.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QWidget>
#include <cstdio>
#include <ctime>

namespace {
double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

// Measures the GUI thread's CPU time in each outermost event it handles.
class ProbedApplication final : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject* receiver, QEvent* event) override
    {
        if (m_depth++ > 0) {
            const bool handled = QApplication::notify(receiver, event);
            --m_depth;
            return handled;
        }
        const double start = threadCpuMs();
        const bool handled = QApplication::notify(receiver, event);
        --m_depth;
        note(threadCpuMs() - start);
        return handled;
    }
    void note(double ms)
    {
        m_worst = std::max(m_worst, ms);
        m_overall = std::max(m_overall, ms);
    }
    // The previous action's longest piece of work in ms, starting a new action's figure.
    double take()
    {
        const double worst = m_worst;
        m_worst = 0;
        return worst;
    }
    double overall() const { return m_overall; }

private:
    int m_depth = 0;
    double m_worst = 0;
    double m_overall = 0;
};

// Fires every 10 ms on the GUI thread and remembers how late it came, per action.
class LatenessProbe final : public QObject
{
public:
    LatenessProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(Interval);
        connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
        m_clock.start();
        m_last = m_clock.nsecsElapsed();
        m_timer.start();
    }
    // Starts a new action's figure; returns the previous action's worst lateness in ms.
    double take()
    {
        tick();
        const double worst = m_worst;
        m_worst = 0;
        return worst;
    }
    double overall() const { return m_overall; }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const double late = (now - m_last) / 1e6 - Interval;
        m_last = now;
        m_worst = std::max(m_worst, late);
        m_overall = std::max(m_overall, late);
    }
    static constexpr int Interval = 10;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    double m_worst = 0;
    double m_overall = 0;
};

// Lets the console finish what the action started in the background, the event loop running.
void settle(QWidget& window)
{
    QElapsedTimer waited;
    waited.start();
    QTest::qWait(30);
    while (waited.elapsed() < 120000) {
        bool busy = false;
        for (BackgroundTask* task : window.findChildren<BackgroundTask*>())
            busy = busy || task->isBusy();
        if (!busy)
            break;
        QTest::qWait(10);
    }
    QTest::qWait(30);
}
} // namespace

int main(int argc, char** argv)
{
    ProbedApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QString path = QStringLiteral("bench-inventory.db");
    const QStringList args = app.arguments();
    if (const qsizetype at = args.indexOf(QStringLiteral("--db")); at >= 0 && at + 1 < args.size())
        path = args.at(at + 1);
    QString largest;
    {
        Inventory inventory;
        QString error;
        if (!inventory.open(path, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        QSqlQuery count = inventory.prepare(QStringLiteral("SELECT count(*) FROM clients"));
        if (count.exec() && count.next() && count.value(0).toLongLong() == 0
            && !DemoInventory::create(inventory, 1000000, 1, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        QSqlQuery site = inventory.prepare(
            QStringLiteral("SELECT site FROM clients GROUP BY site ORDER BY count(*) DESC, site LIMIT 1"));
        if (site.exec() && site.next())
            largest = site.value(0).toString();
        // What opening read on the GUI thread until it moved to the background, timed alone.
        QElapsedTimer read;
        read.start();
        double cpu = threadCpuMs();
        SiteTreeModel::read(inventory);
        std::printf("%-50s %9lld ms %9.1f ms\n", "(read alone) the site tree", read.restart(), threadCpuMs() - cpu);
        cpu = threadCpuMs();
        InventoryLookups::clientVersions(inventory);
        InventoryLookups::profileNames(inventory);
        std::printf("%-50s %9lld ms %9.1f ms\n", "(read alone) the version and profile choices", read.elapsed(),
            threadCpuMs() - cpu);
    }

    struct Figure
    {
        QString name;
        double late = 0; // ms
        double cpu = 0; // ms
    };
    QList<Figure> figures;
    LatenessProbe probe;
    MainWindow window;
    const auto action = [&](const QString& name, const std::function<void()>& work) {
        probe.take();
        app.take();
        const double start = threadCpuMs();
        work();
        app.note(threadCpuMs() - start);
        settle(window);
        figures << Figure {name, probe.take(), app.take()};
    };
    QString error;
    action(QStringLiteral("open the inventory"), [&] {
        if (!window.openInventory(path, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            std::exit(1);
        }
        window.resize(1280, 800);
        window.show();
    });
    for (int pane = MainWindow::CapsPane; pane <= MainWindow::LogsPane; ++pane)
        action(QStringLiteral("show pane %1").arg(pane), [&] { window.showPane(MainWindow::Pane(pane)); });
    window.showPane(MainWindow::ClientsPaneIndex);
    QTableView* view = window.clientsPane()->view();
    ClientTableModel* model = window.clientsPane()->model();
    for (int column = 0; column < ClientTableModel::ColumnCount; ++column) {
        const QString title = model->headerData(column, Qt::Horizontal).toString();
        action(QStringLiteral("sort by %1").arg(title), [&] { view->sortByColumn(column, Qt::DescendingOrder); });
    }
    auto* name = window.findChild<QLineEdit*>(QStringLiteral("nameFilter"));
    action(QStringLiteral("filter by name"), [&] { name->setText(QStringLiteral("WKS-00123")); });
    action(QStringLiteral("clear the name filter"), [&] { name->clear(); });
    for (QComboBox* filter : window.clientsPane()->findChildren<QComboBox*>()) {
        if (filter->count() < 2)
            continue;
        action(QStringLiteral("filter by %1").arg(filter->objectName()), [&] { filter->setCurrentIndex(1); });
        action(QStringLiteral("clear %1").arg(filter->objectName()), [&] { filter->setCurrentIndex(0); });
    }
    action(QStringLiteral("scope to the largest site %1").arg(largest), [&] { window.selectSite(largest); });
    action(QStringLiteral("open the wizard"), [&] { window.openWizard(); });
    action(QStringLiteral("open the what-if dialog"), [&] { window.openWhatIf(); });
    action(QStringLiteral("scope to every site"), [&] { window.selectSite(QString()); });

    std::printf("%-50s %12s %12s\n", "action", "timer late", "GUI CPU");
    for (const Figure& figure : figures)
        std::printf("%-50s %9.1f ms %9.1f ms\n", qPrintable(figure.name), figure.late, figure.cpu);
    std::printf("RESULT open_stall_ms %.1f\n", figures.value(0).late);
    std::printf("RESULT open_cpu_ms %.1f\n", figures.value(0).cpu);
    std::printf("RESULT stall_ms %.1f\n", probe.overall());
    std::printf("RESULT stall_cpu_ms %.1f\n", app.overall());
    return 0;
}
