// Writes the PDF and the CSV report of a plan over the largest site of an inventory (a
// million-client demo by default) and prints the times next to planning alone.
//   QT_QPA_PLATFORM=offscreen build/bin/bench_report [--db FILE]
#include "demo/DemoInventory.h"
#include "planning/TransitionPlanner.h"
#include "report/TransitionReport.h"
#include "store/Inventory.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <cstdio>

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    QString path = QStringLiteral("bench-inventory.db");
    const QStringList args = app.arguments();
    if (const qsizetype at = args.indexOf(QStringLiteral("--db")); at >= 0 && at + 1 < args.size())
        path = args.at(at + 1);
    Inventory inventory;
    QString error;
    const bool fresh = !QFileInfo::exists(path);
    if (!inventory.open(path, &error) || (fresh && !DemoInventory::create(inventory, 1000000, 1, &error))) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QSqlQuery largest = inventory.prepare(
        QStringLiteral("SELECT site, count(*) AS n FROM clients GROUP BY site ORDER BY n DESC LIMIT 1"));
    if (!largest.exec() || !largest.next())
        return 1;
    TransitionRequest request;
    request.site = largest.value(0).toString();
    request.kind = TransitionKind::Account;
    QSqlQuery account = inventory.prepare(QStringLiteral("SELECT name FROM accounts WHERE site = ? LIMIT 1"));
    account.addBindValue(request.site);
    if (account.exec() && account.next())
        request.retire = {account.value(0).toString()};
    request.add = {QStringLiteral("BENCH-NEW")};
    request.start = *UtcTime::parse(DemoInventory::referenceTime());
    request.proposedRemoval = request.start + 3 * UtcTime::Day;
    request.listLimit = 20;
    QTemporaryDir dir;
    QElapsedTimer timer;
    timer.start();
    const auto plan = TransitionPlanner(inventory).plan(request, &error);
    if (!plan) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const double planMs = timer.nsecsElapsed() / 1e6;
    std::printf("site %s, %lld clients\n", qPrintable(request.site), largest.value(1).toLongLong());
    std::printf("%-28s %9.0f ms\n", "plan", planMs);
    for (const char* name : {"report.pdf", "report.html", "report.csv"}) {
        timer.restart();
        if (!TransitionReport::writePlan(inventory, *plan, {QFileInfo(path).fileName(), UtcTime::now()},
                dir.filePath(QLatin1String(name)), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        const double ms = timer.nsecsElapsed() / 1e6;
        std::printf("%-28s %9.0f ms  %lld bytes\n", name, ms, QFileInfo(dir.filePath(QLatin1String(name))).size());
        std::printf("RESULT %s_ms %.1f\n", QByteArray(name).replace('.', '_').constData(), ms); // for bench/run
    }
    return 0;
}
