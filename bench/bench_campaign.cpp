// A campaign of many large sites recomputed in full (issue 19's target: 50 sites of 20,000 clients
// in under 2 s): every site planned by TransitionPlanner, once on parallel connections and once one
// after another, medians printed.
//
//   build/bin/bench_campaign [--db FILE] [--sites 50] [--clients 20000] [--runs 5]
#include "campaign/Campaign.h"
#include "domain/UtcTime.h"
#include "store/CsvImporter.h"
#include "store/Inventory.h"
#include "store/TableSpec.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
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

QString code(int i)
{
    return QStringLiteral("S%1").arg(i, 2, 10, QLatin1Char('0'));
}

bool import(Inventory& inventory, const char* table, const QByteArray& csv, QString* error)
{
    return CsvImporter(inventory)
        .importData(*TableSpecs::find(QLatin1String(table)), csv, QLatin1String(table), error)
        .has_value();
}

// Sites S00.., two live CAPs each (one added in 2027, the new one), `clients` clients per site
// with refreshes spread over the weeks before the start and a mix of profiles.
bool fill(Inventory& inventory, int sites, int clients, QString* error)
{
    QByteArray sitesCsv = "code,name,parent,domain,version,logon_installation,logon_discovery\n";
    QByteArray caps = "server,site,added_at,removed_at,licensing,licenses,domain_controller\n";
    QByteArray people = "name,site,os,install_method,version,profile,last_refresh_at\n";
    QRandomGenerator random(19);
    const char* profiles[] = {"on", "night", "laptop"};
    const char* systems[] = {"w2k", "nt4", "win9x"};
    for (int s = 0; s < sites; ++s) {
        const QByteArray c = code(s).toLatin1();
        sitesCsv += c + ',' + c + ",," + (s % 2 ? "D2" : "D1") + ",2.00.1493.3000,yes,yes\n";
        caps += "OLD_" + c + ',' + c + ",2026-01-01T00:00:00Z,,per-seat,0,no\n";
        caps += "NEW_" + c + ',' + c + ",2027-01-01T00:00:00Z,,per-seat,0,no\n";
        for (int i = 0; i < clients; ++i) {
            const qint64 refresh = 1795000000 - qint64(random.bounded(40 * 86400));
            people += c + "-PC" + QByteArray::number(i) + ',' + c + ',' + systems[i % 3] + ",logon,2.00.1493.3000,"
                + profiles[i % 3] + ',' + UtcTime::format(refresh).toLatin1() + '\n';
        }
    }
    return import(inventory, "domains",
               "name,lockout_threshold,lockout_window_minutes,lockout_duration_minutes,max_password_age_days\n"
               "D1,5,30,30,42\nD2,0,30,30,30\n",
               error)
        && import(inventory, "sites", sitesCsv, error)
        && import(inventory, "profiles", "name,max_offline_hours\non,0\nnight,16\nlaptop,240\n", error)
        && import(inventory, "caps", caps, error) && import(inventory, "clients", people, error);
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Inventory (made if missing)."),
        QStringLiteral("FILE"), QStringLiteral("bench-campaign.db"));
    const QCommandLineOption sitesOption(QStringLiteral("sites"), QStringLiteral("Sites of a new inventory."),
        QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption clientsOption(
        QStringLiteral("clients"), QStringLiteral("Clients per site."), QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption runsOption(
        QStringLiteral("runs"), QStringLiteral("Runs per figure."), QStringLiteral("N"), QStringLiteral("5"));
    parser.addOptions({dbOption, sitesOption, clientsOption, runsOption});
    parser.addHelpOption();
    parser.process(app);
    const QString path = parser.value(dbOption);
    const int sites = std::max(1, parser.value(sitesOption).toInt());
    const int clients = std::max(1, parser.value(clientsOption).toInt());
    const int runs = std::max(1, parser.value(runsOption).toInt());

    Inventory inventory;
    QString error;
    const bool fresh = !QFileInfo::exists(path);
    if (!inventory.open(path, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    if (fresh) {
        QElapsedTimer timer;
        timer.start();
        if (!fill(inventory, sites, clients, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("made %d sites of %d clients in %.1f s\n", sites, clients, timer.elapsed() / 1000.0);
    }
    Campaign campaign;
    campaign.name = QStringLiteral("bench");
    for (int s = 0; s < sites; ++s) {
        CampaignSite site;
        site.request.site = code(s);
        site.request.retire = {QStringLiteral("OLD_") + code(s)};
        site.request.add = {QStringLiteral("NEW_") + code(s)};
        site.request.start = 1798790400; // 2027-01-01T08:00:00Z
        site.request.listLimit = 10;
        site.wave = 1 + s / 10; // five waves of ten
        site.offsetDays = 2;
        campaign.sites << site;
    }
    CampaignPlanner planner(inventory);
    planner.setListLimit(10);
    CampaignResult result;
    const double parallel = medianMs(runs, [&] { result = planner.plan(campaign); });
    if (!result.complete()) {
        std::fprintf(
            stderr, "%d sites not planned: %s\n", result.failed(), qPrintable(result.sites.constFirst().error));
        return 1;
    }
    planner.setParallel(false);
    const double sequential = medianMs(runs, [&] { result = planner.plan(campaign); });
    qint64 pending = 0;
    for (const CampaignSiteResult& s : result.sites)
        pending += s.plan->counts.pending;
    std::printf("campaign of %d sites x %d clients, %d waves: full recompute %.1f ms in parallel, %.1f ms one "
                "site after another (target 2000 ms); %lld pending clients\n",
        sites, clients, int(result.waves.size()), parallel, sequential, pending);
    return 0;
}
