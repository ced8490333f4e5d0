#include "TestInventory.h"
#include "csv/CsvReader.h"
#include "demo/DemoInventory.h"
#include "planning/Checklist.h"
#include "planning/ClientRules.h"
#include "planning/PasswordWhatIfPlanner.h"
#include "planning/RulesSql.h"
#include "planning/SiteFacts.h"
#include "planning/TransitionPlanner.h"
#include "report/TransitionReport.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace ClientRules;

// One definition, many readers: the Clients pane's SQL status, the C++ rules, the planner's counts
// and lists, the report CSV and the what-if agree client by client, on the hand-worked scenario and
// on a 20,000-client demo inventory.
class TestRulesConsistency : public QObject
{
    Q_OBJECT
private:
    TestInventory m_scenario;
    TestInventory m_demo;

    static qint64 at(const char* iso) { return *UtcTime::parse(QString::fromLatin1(iso)); }

    struct Client
    {
        QString name;
        QString os;
        QString method;
        qint64 versionKey = 0;
        std::optional<qint64> refresh;
        QString sqlStatus;
    };

    // Every client of a site with the pane's SQL status at `now`.
    static QList<Client> clients(const Inventory& inventory, const QString& site, qint64 now)
    {
        QString error;
        const auto rules = RulesSql::ClientStatus::load(inventory, now, &error);
        if (!rules)
            qWarning("%s", qPrintable(error));
        QSqlQuery query = inventory.prepare(
            QStringLiteral("SELECT c.name, c.os, c.install_method, c.version_key, c.last_refresh_at, %1 FROM clients c "
                           "WHERE c.site = ? ORDER BY c.name")
                .arg(rules ? rules->sqlExpression() : QStringLiteral("NULL")));
        query.addBindValue(site);
        if (!query.exec())
            qWarning("%s", qPrintable(query.lastError().text()));
        QList<Client> result;
        while (query.next()) {
            Client c;
            c.name = query.value(0).toString();
            c.os = query.value(1).toString();
            c.method = query.value(2).toString();
            c.versionKey = query.value(3).toLongLong();
            if (!query.value(4).isNull())
                c.refresh = query.value(4).toLongLong();
            c.sqlStatus = query.value(5).toString();
            result << c;
        }
        return result;
    }

    static QStringList sites(const Inventory& inventory)
    {
        QSqlQuery query = inventory.prepare(QStringLiteral("SELECT code FROM sites ORDER BY code"));
        QStringList result;
        if (query.exec()) {
            while (query.next())
                result << query.value(0).toString();
        }
        return result;
    }

    // The report CSV's rows by client name: status and flags.
    QHash<QString, std::pair<QString, QString>> csv(const Inventory& inventory, const TransitionPlan& plan)
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.csv"));
        QString error;
        if (!TransitionReport::writePlanCsv(inventory, plan, path, {}, &error))
            qWarning("%s", qPrintable(error));
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        const QByteArray bytes = file.readAll();
        CsvReader reader(bytes);
        QHash<QString, std::pair<QString, QString>> rows;
        CsvReader::Record record;
        reader.next(record); // header
        qint64 records = 0;
        while (reader.next(record)) {
            ++records;
            rows.insert(record.fields.at(0), {record.fields.at(2), record.fields.at(4)});
        }
        if (reader.atError() || records != rows.size())
            qWarning("%s line %d: %lld records, %lld names: %s", qPrintable(reader.error()), reader.errorLine(),
                records, qint64(rows.size()), bytes.split('\n').value(reader.errorLine() - 1).constData());
        return rows;
    }

    static std::optional<QString> firstLive(const QList<SiteItem>& items, qint64 time)
    {
        for (const SiteItem& item : items) {
            if (item.isLiveAt(time))
                return item.name;
        }
        return std::nullopt;
    }

    // Checks every reader against ClientRules for every site and both kinds of plan.
    void checkInventory(const Inventory& inventory, qint64 start)
    {
        int plans = 0;
        qint64 clientsSeen = 0;
        for (const QString& site : sites(inventory)) {
            QString error;
            const std::optional<SiteFacts> facts = SiteFacts::load(inventory, site, &error);
            QVERIFY2(facts, qPrintable(error));
            const std::optional<qint64> newest = facts->newestClicoreKey();
            const QList<Client> all = clients(inventory, site, start);
            clientsSeen += all.size();

            // The pane: SQL = C++.
            for (const Client& c : all) {
                const PaneStatus status = paneStatus(c.refresh, start, facts->logonInstallation,
                    isUpgradeBlocked(c.versionKey, newest), isPushInstalled(c.method));
                QCOMPARE(c.sqlStatus + u' ' + c.name, QLatin1String(paneStatusName(status)) + u' ' + c.name);
            }

            for (const TransitionKind kind : {TransitionKind::Cap, TransitionKind::Account}) {
                const auto retired = firstLive(kind == TransitionKind::Cap ? facts->caps : facts->accounts, start);
                if (!retired)
                    continue;
                TransitionRequest request;
                request.site = site;
                request.kind = kind;
                request.retire = {*retired};
                request.add = {QStringLiteral("NEW_%1").arg(site)};
                request.start = start;
                request.proposedRemoval = start + 30 * UtcTime::Hour;
                const std::optional<TransitionPlan> plan = TransitionPlanner(inventory).plan(request, &error);
                QVERIFY2(plan, qPrintable(error));
                ++plans;

                const PlanClassifier classifier(kind, start, request.timing);
                PlanCounts counts;
                qint64 blocked = 0;
                QHash<QString, QString> reasons;
                const auto rows = csv(inventory, *plan);
                QCOMPARE(rows.size(), all.size());
                for (const Client& c : all) {
                    const Class cls = classifier.classify(c.refresh, isWin9x(c.os));
                    // The report CSV's status column.
                    QCOMPARE(rows.value(c.name).first + u' ' + c.name, QLatin1String(className(cls)) + u' ' + c.name);
                    const bool isBlocked = isUpgradeBlocked(c.versionKey, newest);
                    const NoRecovery reason
                        = noRecoveryReason(facts->logonInstallation, isBlocked, isPushInstalled(c.method));
                    switch (cls) {
                    case Class::Stale:
                        ++counts.stale;
                        QCOMPARE(c.sqlStatus, QStringLiteral("stale"));
                        break;
                    case Class::Unaffected:
                        ++counts.unaffected;
                        break;
                    case Class::Confirmed:
                        ++counts.confirmed;
                        break;
                    case Class::Pending:
                        ++counts.pending;
                        blocked += isBlocked ? 1 : 0;
                        if (reason != NoRecovery::None)
                            reasons.insert(c.name, QLatin1String(reasonName(reason)));
                        // The CSV's flag names the planner's reason.
                        QCOMPARE(rows.value(c.name).second.contains(
                                     QStringLiteral("no-automatic-recovery:") + QLatin1String(reasonName(reason))),
                            reason != NoRecovery::None);
                        break;
                    }
                    // The pane shows the planner's reason (stale aside): one precedence.
                    if (cls != Class::Stale)
                        QCOMPARE(c.sqlStatus + u' ' + c.name,
                            QLatin1String(paneStatusName(paneStatusOf(reason))) + u' ' + c.name);
                }
                QCOMPARE(plan->counts.stale, counts.stale);
                QCOMPARE(plan->counts.unaffected, counts.unaffected);
                QCOMPARE(plan->counts.confirmed, counts.confirmed);
                QCOMPARE(plan->counts.pending, counts.pending);
                QCOMPARE(plan->upgradeBlockCount, blocked);
                QCOMPARE(plan->noAutomaticRecoveryCount, qint64(reasons.size()));
                QHash<QString, QString> planReasons;
                for (const NoAutomaticRecovery& r : plan->noAutomaticRecovery)
                    planReasons.insert(r.client, r.reason);
                QCOMPARE(planReasons, reasons);

                if (kind != TransitionKind::Account)
                    continue;
                // The what-if of the retired account at the start sorts stale and Windows 9x clients as
                // the account plan does.
                PasswordWhatIfRequest whatIf;
                whatIf.site = site;
                whatIf.account = *retired;
                whatIf.at = start;
                whatIf.listLimit = 1000000;
                const std::optional<PasswordWhatIf> w = PasswordWhatIfPlanner(inventory).evaluate(whatIf, &error);
                QVERIFY2(w, qPrintable(error));
                QCOMPARE(w->stale, counts.stale);
                const QSet<QString> stale(w->staleClients.cbegin(), w->staleClients.cend());
                const QSet<QString> unaffected(w->unaffectedClients.cbegin(), w->unaffectedClients.cend());
                qint64 nt = 0;
                for (const Client& c : all) {
                    const Class cls = classifier.classify(c.refresh, isWin9x(c.os));
                    QCOMPARE(stale.contains(c.name), cls == Class::Stale);
                    if (cls == Class::Unaffected)
                        QVERIFY2(unaffected.contains(c.name), qPrintable(c.name));
                    nt += cls == Class::Confirmed || cls == Class::Pending ? 1 : 0;
                }
                QCOMPARE(w->orphaned + w->fallback + w->unaffected - counts.unaffected, nt);
            }
        }
        QVERIFY(plans > 0);
        QVERIFY(clientsSeen > 0);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_scenario.importScenario());
        QString error;
        QVERIFY2(DemoInventory::create(m_demo.inventory(), 20000, 1, &error), qPrintable(error));
    }

    void liveAt()
    {
        const qint64 t = at("2026-12-01T08:00:00Z");
        QVERIFY(isLiveAt(t, std::nullopt, t)); // added exactly at the time
        QVERIFY(!isLiveAt(t + 1, std::nullopt, t));
        QVERIFY(!isLiveAt(t - 10, t, t)); // removed exactly at the time
        QVERIFY(isLiveAt(t - 10, t + 1, t));
    }

    void knowsItem()
    {
        const qint64 p = UtcTime::Hour;
        const qint64 refresh = at("2026-11-30T08:00:00Z");
        QVERIFY(knows(refresh - p, std::nullopt, refresh, p)); // added exactly P before the refresh
        QVERIFY(!knows(refresh - p + 1, std::nullopt, refresh, p));
        QVERIFY(!knows(refresh - 2 * p, refresh, refresh, p)); // removed exactly at the refresh
        QVERIFY(knows(refresh - 2 * p, refresh + 1, refresh, p));
    }

    void classification()
    {
        // DOMAIN.md "Counting precisely" with S = 12-01 08:00, P = 1 h.
        const qint64 s = at("2026-12-01T08:00:00Z");
        const PlanClassifier cap(TransitionKind::Cap, s, TimingParameters {});
        const PlanClassifier account(TransitionKind::Account, s, TimingParameters {});
        QCOMPARE(cap.classify(s + UtcTime::Hour, false), Class::Confirmed); // exactly S + P
        QCOMPARE(cap.classify(s + UtcTime::Hour - 1, false), Class::Pending);
        QCOMPARE(cap.classify(std::nullopt, false), Class::Pending); // no refresh recorded
        QCOMPARE(cap.classify(s - 60 * UtcTime::Day, false), Class::Pending); // exactly 60 days
        QCOMPARE(cap.classify(s - 60 * UtcTime::Day - 1, false), Class::Stale);
        QCOMPARE(cap.classify(s - UtcTime::Day, true), Class::Pending); // 9x counts in a CAP plan
        QCOMPARE(account.classify(s - UtcTime::Day, true), Class::Unaffected);
        QCOMPARE(account.classify(s + UtcTime::Day, true), Class::Unaffected); // before confirmed
        QCOMPARE(account.classify(s - 61 * UtcTime::Day, true), Class::Stale); // stale first
        QVERIFY(!isStale(std::nullopt, s));
        QCOMPARE(QLatin1String(className(Class::Unaffected)), QLatin1String("unaffected"));
    }

    void upgradeBlocksAndRecovery()
    {
        const qint64 sp3 = ClientVersion::parse(QStringLiteral("2.00.1493.3000"))->significanceKey();
        const qint64 sp3Hotfix = ClientVersion::parse(QStringLiteral("2.00.1493.3004"))->significanceKey();
        const qint64 sp2 = ClientVersion::parse(QStringLiteral("2.00.1493.2000"))->significanceKey();
        QVERIFY(isUpgradeBlocked(sp2, sp3));
        QVERIFY(!isUpgradeBlocked(sp3Hotfix, sp3)); // a hotfix difference is not significant
        QVERIFY(!isUpgradeBlocked(sp2, std::nullopt)); // no logon point serves the site
        QVERIFY(getsNoNewClients(sp2, sp3));
        QVERIFY(!getsNoNewClients(sp3, sp3Hotfix));

        QCOMPARE(noRecoveryReason(false, true, true), NoRecovery::NoLogonInstallation);
        QCOMPARE(noRecoveryReason(true, true, true), NoRecovery::UpgradeBlocked);
        QCOMPARE(noRecoveryReason(true, false, true), NoRecovery::PushInstalled);
        QCOMPARE(noRecoveryReason(true, false, false), NoRecovery::None);
        QVERIFY(!reasonName(NoRecovery::None));

        const qint64 now = at("2026-12-01T08:00:00Z");
        QCOMPARE(paneStatus(now - 61 * UtcTime::Day, now, false, true, true), PaneStatus::Stale);
        QCOMPARE(paneStatus(now, now, false, true, false), PaneStatus::NoAutomaticRecovery);
        QCOMPARE(paneStatus(now, now, true, true, true), PaneStatus::UpgradeBlocked);
        QCOMPARE(paneStatus(std::nullopt, now, true, false, true), PaneStatus::NoAutomaticRecovery);
        QCOMPARE(paneStatus(now, now, true, false, false), PaneStatus::Ok);
    }

    // e1 at S2 (no Logon Client Installation) is also significantly older than LP1's Clicore. The
    // pane once said "upgrade-blocked" where the plan said "no-logon-installation".
    void paneAndPlanAgreeOnPrecedence()
    {
        const qint64 s = at("2026-12-01T08:00:00Z");
        const QList<Client> all = clients(m_scenario.inventory(), QStringLiteral("S2"), s);
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.at(0).name, QStringLiteral("e1"));
        QCOMPARE(all.at(0).sqlStatus, QStringLiteral("no-automatic-recovery"));
        TransitionRequest request;
        request.site = QStringLiteral("S2");
        request.retire = {QStringLiteral("OLD")};
        request.add = {QStringLiteral("NEW")};
        request.start = s;
        QString error;
        const auto plan = TransitionPlanner(m_scenario.inventory()).plan(request, &error);
        QVERIFY2(plan, qPrintable(error));
        QCOMPARE(plan->upgradeBlockCount, 1);
        QCOMPARE(plan->noAutomaticRecovery.size(), 1);
        QCOMPARE(plan->noAutomaticRecovery.at(0).reason, QStringLiteral("no-logon-installation"));
    }

    void sqlFragments()
    {
        // Each fragment against its C++ rule on the scenario's items and clients.
        const Inventory& inventory = m_scenario.inventory();
        const qint64 t = at("2026-06-01T00:00:00Z"); // CAP3's removal
        QSqlQuery query = inventory.prepare(
            QStringLiteral("SELECT t.server, t.added_at, t.removed_at, %1, %2 FROM "
                           "caps t ORDER BY t.server")
                .arg(RulesSql::liveAt(QStringLiteral("t"), QString::number(t)),
                    RulesSql::itemState(QStringLiteral("t"), QString::number(t), QStringLiteral("'planned'"),
                        QStringLiteral("'live'"), QStringLiteral("'retired'"))));
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        int rows = 0;
        while (query.next()) {
            ++rows;
            const qint64 added = query.value(1).toLongLong();
            const std::optional<qint64> removed
                = query.value(2).isNull() ? std::nullopt : std::optional(query.value(2).toLongLong());
            QCOMPARE(query.value(3).toBool(), isLiveAt(added, removed, t));
            QCOMPARE(query.value(4).toString(),
                added > t ? QStringLiteral("planned")
                          : (isLiveAt(added, removed, t) ? QStringLiteral("live") : QStringLiteral("retired")));
        }
        QCOMPARE(rows, 5);

        TimingParameters timing;
        timing.propagation = 2 * UtcTime::Hour; // not the default: the fragment must follow it
        query = inventory.prepare(QStringLiteral("SELECT t.added_at, t.removed_at, c.last_refresh_at, %1 FROM accounts "
                                                 "t JOIN clients c ON c.site = t.site")
                                      .arg(RulesSql::knows(QStringLiteral("t"), QStringLiteral("c"), timing)));
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        rows = 0;
        while (query.next()) {
            ++rows;
            const std::optional<qint64> removed
                = query.value(1).isNull() ? std::nullopt : std::optional(query.value(1).toLongLong());
            const bool expected = !query.value(2).isNull()
                && knows(query.value(0).toLongLong(), removed, query.value(2).toLongLong(), timing.propagation);
            QCOMPARE(query.value(3).toBool(), expected);
        }
        QVERIFY(rows > 10);

        query
            = inventory.prepare(QStringLiteral(
                "SELECT ls.site, %1 FROM logon_point_sites ls JOIN sites s ON s.code = ls.site ORDER BY ls.site")
                                    .arg(RulesSql::getsNoNewClients(QStringLiteral("s"), QStringLiteral("ls.server"))));
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        QStringList answers;
        while (query.next())
            answers << query.value(0).toString() + u'=' + QString::number(query.value(1).toInt());
        QCOMPARE(answers, QStringList({"S1=0", "S2=1"})); // S2 at SP1 beside S1 at SP3
    }

    void checklistSteps()
    {
        TransitionPlan plan;
        plan.request.start = at("2026-12-01T08:00:00Z");
        plan.request.retire = {QStringLiteral("CAP1")};
        plan.safeRemoval = at("2026-12-06T01:00:00Z");
        QList<ChecklistStep> steps = Checklist::steps(plan);
        QCOMPARE(steps.size(), 5);
        QCOMPARE(steps.at(0).at, plan.request.start);
        QVERIFY(steps.at(0).text.contains(u"Nothing is added"));
        QCOMPARE(steps.at(1).at, plan.request.start + UtcTime::Hour);
        QVERIFY(!steps.at(2).at);
        QCOMPARE(steps.at(3).at, plan.safeRemoval);
        QVERIFY(steps.at(3).text.contains(u"CAP1"));
        plan.safeRemoval.reset();
        plan.request.add = {QStringLiteral("CAP4")};
        steps = Checklist::steps(plan);
        QVERIFY(steps.at(0).text.contains(u"CAP4"));
        QVERIFY(!steps.at(3).at);
        QCOMPARE(steps.at(3).period, QStringLiteral("never"));
    }

    void scenarioClientByClient() { checkInventory(m_scenario.inventory(), at("2026-12-01T08:00:00Z")); }

    void demoClientByClient() { checkInventory(m_demo.inventory(), *UtcTime::parse(DemoInventory::referenceTime())); }
};

QTEST_GUILESS_MAIN(TestRulesConsistency)
#include "tst_rulesconsistency.moc"
