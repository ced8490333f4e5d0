// Plans the largest site of an inventory (a million-client demo by default) and prints the
// planner's time next to the floor query the planner cannot beat, as a ratio measured in the same
// run: SELECT profile, count(*) FROM clients WHERE site = ? GROUP BY profile.
//
//   build/bin/bench_plan [--db FILE] [--clients N] [--runs N]
#include "demo/DemoInventory.h"
#include "planning/PasswordWhatIfPlanner.h"
#include "planning/TransitionPlanner.h"
#include "store/Inventory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <cstdio>
#include <functional>

namespace {
double medianMs(int runs, const std::function<void()>& work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times << timer.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

void row(const char* what, double ms, double reference)
{
    std::printf("%-44s %10.1f ms %10.1f ms %8.2fx\n", what, ms, reference, ms / reference);
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Inventory (made if missing)."),
        QStringLiteral("FILE"), QStringLiteral("bench-inventory.db"));
    const QCommandLineOption clientsOption(QStringLiteral("clients"), QStringLiteral("Clients of a new demo."),
        QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption runsOption(
        QStringLiteral("runs"), QStringLiteral("Runs per figure."), QStringLiteral("N"), QStringLiteral("5"));
    parser.addOptions({dbOption, clientsOption, runsOption});
    parser.addHelpOption();
    parser.process(app);
    const QString path = parser.value(dbOption);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    Inventory inventory;
    QString error;
    const bool fresh = !Inventory::isServerLocation(path) && !QFileInfo::exists(path);
    if (!inventory.open(path, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    if (fresh) {
        QElapsedTimer timer;
        timer.start();
        if (!DemoInventory::create(inventory, parser.value(clientsOption).toLongLong(), 1, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("demo inventory of %s clients made in %.1f s\n", qPrintable(parser.value(clientsOption)),
            timer.elapsed() / 1000.0);
    }

    QSqlQuery largest = inventory.prepare(
        QStringLiteral("SELECT site, count(*) AS n FROM clients GROUP BY site ORDER BY n DESC LIMIT 1"));
    if (!largest.exec() || !largest.next()) {
        std::fprintf(stderr, "the inventory has no clients\n");
        return 1;
    }
    const QString site = largest.value(0).toString();
    const qint64 clients = largest.value(1).toLongLong();
    const qint64 start = *UtcTime::parse(DemoInventory::referenceTime());

    TransitionRequest request;
    request.site = site;
    request.kind = TransitionKind::Cap;
    QSqlQuery cap = inventory.prepare(QStringLiteral(
        "SELECT server FROM caps WHERE site = ? AND added_at <= ? AND (removed_at IS NULL OR removed_at > ?) LIMIT 1"));
    cap.addBindValue(site);
    cap.addBindValue(start);
    cap.addBindValue(start);
    if (cap.exec() && cap.next())
        request.retire = {cap.value(0).toString()};
    request.add = {QStringLiteral("BENCH-NEW-CAP")};
    request.start = start;
    request.proposedRemoval = start + 3 * UtcTime::Day;
    request.listLimit = 100; // what the console shows; counts stay complete

    QSqlQuery account = inventory.prepare(QStringLiteral("SELECT name FROM accounts WHERE site = ? AND added_at <= ? "
                                                         "AND (removed_at IS NULL OR removed_at > ?) LIMIT 1"));
    account.addBindValue(site);
    account.addBindValue(start);
    account.addBindValue(start);
    PasswordWhatIfRequest whatIf;
    whatIf.site = site;
    whatIf.at = start;
    if (account.exec() && account.next())
        whatIf.account = account.value(0).toString();

    const double floor = medianMs(runs, [&] {
        QSqlQuery q = inventory.prepare(
            QStringLiteral("SELECT profile, count(*) FROM clients WHERE site = ? GROUP BY profile"));
        q.addBindValue(site);
        q.exec();
        while (q.next()) { }
    });
    qint64 pending = 0;
    const double plan = medianMs(runs, [&] {
        const auto result = TransitionPlanner(inventory).plan(request, &error);
        pending = result ? result->counts.pending : -1;
    });
    TransitionRequest countsOnly = request;
    countsOnly.withFlags = false;
    countsOnly.listLimit = 0;
    bool failed = pending < 0;
    const double safeTime = medianMs(runs, [&] { failed |= !TransitionPlanner(inventory).plan(countsOnly, &error); });
    const double whatIfMs
        = medianMs(runs, [&] { failed |= !PasswordWhatIfPlanner(inventory).evaluate(whatIf, &error).has_value(); });
    if (failed) {
        // A failed plan is fast: never print its time as a figure.
        std::fprintf(stderr, "planning failed: %s\n", qPrintable(error));
        return 1;
    }

    std::printf("largest site %s: %lld clients, %lld pending; median of %d runs\n", qPrintable(site),
        static_cast<long long>(clients), static_cast<long long>(pending), runs);
    std::printf("%-44s %13s %13s %9s\n", "figure", "time", "floor query", "ratio");
    row("safe removal time only (Rule 1)", safeTime, floor);
    row("whole plan with flags, lists of 100", plan, floor);
    row("what-if password change (Rule 3)", whatIfMs, floor);
    // For bench/run.
    std::printf(
        "RESULT site %s\nRESULT plan_ms %.1f\nRESULT safe_ms %.1f\nRESULT whatif_ms %.1f\nRESULT floor_qt_ms %.1f\n",
        qPrintable(site), plan, safeTime, whatIfMs, floor);
    return 0;
}
