#include "TestInventory.h"
#include "csv/CsvReader.h"
#include "demo/DemoInventory.h"
#include "domain/ClientVersion.h"
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
    TestInventory m_evidence; // the scenario with registry evidence for some clients (RULES.md R6.1)

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

    struct CsvRow
    {
        QString first; // status
        QString second; // flags
        QString third; // exposure
    };

    // 'exposed' or 'covered' from RulesSql::exposure, by client name.
    static QHash<QString, QString> exposures(const Inventory& inventory, const QString& site,
        std::optional<qint64> coveredFrom, const std::optional<QStringList>& stayingCaps)
    {
        QSqlQuery query = inventory.prepare(
            QStringLiteral("SELECT c.name, %1 FROM clients c WHERE c.site = ?")
                .arg(stayingCaps ? RulesSql::exposure(QStringLiteral("c"), coveredFrom, *stayingCaps)
                                 : RulesSql::exposure(QStringLiteral("c"), coveredFrom)));
        query.addBindValue(site);
        if (!query.exec())
            qWarning("%s", qPrintable(query.lastError().text()));
        QHash<QString, QString> result;
        while (query.next())
            result.insert(query.value(0).toString(), query.value(1).toString());
        return result;
    }

    // The report CSV's rows by client name: status, flags and exposure.
    QHash<QString, CsvRow> csv(const Inventory& inventory, const TransitionPlan& plan)
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
        QHash<QString, CsvRow> rows;
        CsvReader::Record record;
        reader.next(record); // header
        qint64 records = 0;
        while (reader.next(record)) {
            ++records;
            rows.insert(record.fields.at(0), {record.fields.at(2), record.fields.at(4), record.fields.value(5)});
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
                const PaneStatus status = paneStatus(c.refresh, start, facts->selfRemoval(c.name.toUtf8()),
                    facts->logonInstallation, isUpgradeBlocked(c.versionKey, newest), isPushInstalled(c.method),
                    isUnknownMethod(c.method), facts->logonDiscovery);
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
                const std::optional<qint64> coveredFrom
                    = facts->coveredFrom(kind, request.retire, start, request.timing.propagation);
                const Coverage coverage = facts->coverage(kind, request.retire, start, request.timing.propagation);
                QCOMPARE(coverage.coveredFrom, coveredFrom);
                const QHash<QString, QString> sqlExposure = exposures(inventory, site, coveredFrom,
                    kind == TransitionKind::Cap ? std::optional(facts->stayingItems(kind, request.retire, start))
                                                : std::nullopt);
                PlanCounts counts;
                qint64 blocked = 0;
                QHash<QString, QString> reasons;
                const auto rows = csv(inventory, *plan);
                QCOMPARE(rows.size(), all.size());
                for (const Client& c : all) {
                    const Class cls
                        = classifier.classify(c.refresh, isWin9x(c.os), facts->selfRemoval(c.name.toUtf8()));
                    // The report CSV's status column.
                    QCOMPARE(rows.value(c.name).first + u' ' + c.name, QLatin1String(className(cls)) + u' ' + c.name);
                    const bool isBlocked = isUpgradeBlocked(c.versionKey, newest);
                    const NoRecovery reason = noRecoveryReason(facts->logonInstallation, isBlocked,
                        isPushInstalled(c.method), isUnknownMethod(c.method), facts->logonDiscovery);
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
                    case Class::Pending: {
                        ++counts.pending;
                        // Exposed or covered: C++, the report CSV and the SQL agree.
                        const bool covered = coverage.isCovered(c.name.toUtf8(), c.refresh);
                        const QLatin1String exposure(exposureName(covered));
                        (covered ? counts.covered : counts.exposed) += 1;
                        QCOMPARE(rows.value(c.name).third + u' ' + c.name, exposure + u' ' + c.name);
                        QCOMPARE(sqlExposure.value(c.name) + u' ' + c.name, exposure + u' ' + c.name);
                        blocked += isBlocked ? 1 : 0;
                        if (reason != NoRecovery::None)
                            reasons.insert(c.name, QLatin1String(reasonName(reason)));
                        // The CSV's flag names the planner's reason.
                        QCOMPARE(rows.value(c.name).second.contains(
                                     QStringLiteral("no-automatic-recovery:") + QLatin1String(reasonName(reason))),
                            reason != NoRecovery::None);
                        break;
                    }
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
                QCOMPARE(plan->counts.exposed, counts.exposed);
                QCOMPARE(plan->counts.covered, counts.covered);
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
                    const Class cls
                        = classifier.classify(c.refresh, isWin9x(c.os), facts->selfRemoval(c.name.toUtf8()));
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
        QVERIFY(m_evidence.importScenario());
        // c1 would be covered by its refresh, but its registry lists only CAP1; c4 has no refresh
        // yet its registry lists CAP2; c5's list is empty; c8's export holds no CAP list at all.
        // c11 refreshed 90 days before S, and its export lacks Site Config Last Checked: it never
        // removes itself (Q265358), so it is not stale.
        QSqlQuery q(m_evidence.inventory().database());
        for (const char* sql : {
                 "INSERT INTO clients (name, site, os, install_method, version, version_key, profile, "
                 "last_refresh_at) SELECT 'c11', site, os, install_method, version, version_key, profile, "
                 "1788336000 FROM clients WHERE name = 'c5'", // 2026-09-02T08:00:00Z
                 "INSERT INTO client_registry VALUES ('c11', 'c11.reg', 0, 0, 1)",
                 "INSERT INTO client_registry VALUES ('c1', 'c1.reg', 0, 1, 0)",
                 "INSERT INTO client_registry VALUES ('c4', 'c4.reg', 0, 1, 1)",
                 "INSERT INTO client_registry VALUES ('c5', 'c5.reg', 0, 1, 0)",
                 "INSERT INTO client_registry VALUES ('c8', 'c8.reg', 0, 0, 0)",
                 "INSERT INTO client_cap_evidence VALUES ('c1', 'CAP1', 'c1.reg', 5, 0)",
                 "INSERT INTO client_cap_evidence VALUES ('c4', 'CAP2', 'c4.reg', 5, 0)",
             })
            QVERIFY2(q.exec(QLatin1String(sql)), qPrintable(q.lastError().text()));
    }

    // RULES.md R6.1: registry evidence replaces the derivation from the last refresh.
    void evidenceDecidesCoverage()
    {
        const qint64 s = at("2026-12-01T08:00:00Z");
        QVERIFY(isCovered(std::nullopt, s, true)); // no refresh, but the registry lists a staying CAP
        QVERIFY(!isCovered(s, s - 1, false)); // the refresh would cover; the registry lists none
        QVERIFY(isCovered(s, s - 1, std::nullopt)); // no evidence: the derivation
        QString error;
        const auto facts = SiteFacts::load(m_evidence.inventory(), QStringLiteral("S1"), &error);
        QVERIFY2(facts, qPrintable(error));
        QCOMPARE(facts->capEvidence.size(), 3); // c8 holds no CAP list
        const Coverage coverage
            = facts->coverage(TransitionKind::Cap, {QStringLiteral("CAP1")}, s, TimingParameters {}.propagation);
        QVERIFY(!coverage.isCovered("c1", at("2026-11-30T08:00:00Z")));
        QVERIFY(coverage.isCovered("c4", std::nullopt));
        QVERIFY(!coverage.isCovered("c5", at("2026-09-01T00:00:00Z")));
        QVERIFY(coverage.isCovered("c8", at("2026-11-24T12:00:00Z")));
        // Retiring CAP2 instead: c1's CAP1 stays, c4's does not.
        const Coverage other
            = facts->coverage(TransitionKind::Cap, {QStringLiteral("cap2")}, s, TimingParameters {}.propagation);
        QVERIFY(other.isCovered("c1", at("2026-11-30T08:00:00Z")));
        QVERIFY(!other.isCovered("c4", std::nullopt));
        // An account plan knows nothing from CAP lists.
        QVERIFY(facts->coverage(TransitionKind::Account, {QStringLiteral("SMS1")}, s, 3600).byEvidence.isEmpty());
    }

    // Q265358 by hand: c11's refresh is 90 days before S and its export lacks Site Config Last
    // Checked. The pane's SQL, the plan and the what-if call it what the rest of the precedence says.
    void neverRemovesItself()
    {
        const qint64 s = at("2026-12-01T08:00:00Z");
        const Inventory& inventory = m_evidence.inventory();
        QString error;
        const auto facts = SiteFacts::load(inventory, QStringLiteral("S1"), &error);
        QVERIFY2(facts, qPrintable(error));
        QCOMPARE(facts->neverRemovesItself, (QSet<QByteArray> {"c4", "c11"}));
        QCOMPARE(facts->selfRemoval("c11"), SelfRemoval::Never);
        QCOMPARE(facts->selfRemoval("c5"), SelfRemoval::Removes);
        QStringList stale;
        QString c11Status;
        for (const Client& c : clients(inventory, QStringLiteral("S1"), s)) {
            if (c.sqlStatus == u"stale")
                stale << c.name;
            if (c.name == u"c11") {
                QCOMPARE(c.refresh, std::optional(s - 90 * UtcTime::Day));
                c11Status = c.sqlStatus;
            }
        }
        QCOMPARE(stale, QStringList {"c5"}); // refreshed 91 days before, and removes itself
        QVERIFY(!c11Status.isEmpty() && c11Status != u"stale");
        // The scenario without c11: the same stale client (c5), one pending client fewer.
        TransitionRequest request;
        request.site = QStringLiteral("S1");
        request.retire = {QStringLiteral("CAP1")};
        request.add = {QStringLiteral("CAP4")};
        request.start = s;
        const auto plan = TransitionPlanner(inventory).plan(request, &error);
        QVERIFY2(plan, qPrintable(error));
        const auto without = TransitionPlanner(m_scenario.inventory()).plan(request, &error);
        QVERIFY2(without, qPrintable(error));
        QCOMPARE(plan->counts.stale, without->counts.stale); // c5 in both; c11 in neither
        QCOMPARE(plan->counts.pending, without->counts.pending + 1); // c11
        // However old its last refresh, it is not stale.
        QSqlQuery q(inventory.database());
        QVERIFY(q.exec(
            QStringLiteral("UPDATE clients SET last_refresh_at = %1 WHERE name = 'c11'").arg(s - 200 * UtcTime::Day)));
        const auto older = TransitionPlanner(inventory).plan(request, &error);
        QVERIFY2(older, qPrintable(error));
        QCOMPARE(older->counts.stale, plan->counts.stale);
        QCOMPARE(older->counts.pending, plan->counts.pending);
        QVERIFY(q.exec(
            QStringLiteral("UPDATE clients SET last_refresh_at = %1 WHERE name = 'c11'").arg(s - 90 * UtcTime::Day)));
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
        // RULES.md R1.3 with S = 12-01 08:00, P = 1 h.
        const qint64 s = at("2026-12-01T08:00:00Z");
        const PlanClassifier cap(TransitionKind::Cap, s, TimingParameters {});
        const PlanClassifier account(TransitionKind::Account, s, TimingParameters {});
        const SelfRemoval removes = SelfRemoval::Removes;
        QCOMPARE(cap.classify(s + UtcTime::Hour, false, removes), Class::Confirmed); // exactly S + P
        QCOMPARE(cap.classify(s + UtcTime::Hour - 1, false, removes), Class::Pending);
        QCOMPARE(cap.classify(std::nullopt, false, removes), Class::Pending); // no refresh recorded
        QCOMPARE(cap.classify(s - 60 * UtcTime::Day, false, removes), Class::Pending); // exactly 60 days
        QCOMPARE(cap.classify(s - 60 * UtcTime::Day - 1, false, removes), Class::Stale);
        QCOMPARE(cap.classify(s - UtcTime::Day, true, removes), Class::Pending); // 9x counts in a CAP plan
        QCOMPARE(account.classify(s - UtcTime::Day, true, removes), Class::Unaffected);
        QCOMPARE(account.classify(s + UtcTime::Day, true, removes), Class::Unaffected); // before confirmed
        QCOMPARE(account.classify(s - 61 * UtcTime::Day, true, removes), Class::Stale); // stale first
        QVERIFY(!isStale(std::nullopt, s, removes));
        // Q265358: a client that never removes itself is classified by the rest of the precedence.
        const SelfRemoval never = SelfRemoval::Never;
        QVERIFY(!isStale(s - 90 * UtcTime::Day, s, never));
        QCOMPARE(cap.classify(s - 90 * UtcTime::Day, false, never), Class::Pending);
        QCOMPARE(account.classify(s - 90 * UtcTime::Day, true, never), Class::Unaffected);
        QCOMPARE(selfRemoval(true), never);
        QCOMPARE(selfRemoval(false), removes);
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

        // Q262677 is an SP2 change: an SP1 logon point blocks nobody, however new its build.
        const qint64 sp1Newer = ClientVersion::parse(QStringLiteral("2.00.1600.1000"))->significanceKey();
        const qint64 sp2Clicore = ClientVersion::parse(QStringLiteral("2.00.1493.2000"))->significanceKey();
        const qint64 sp1 = ClientVersion::parse(QStringLiteral("2.00.1493.1000"))->significanceKey();
        QCOMPARE(servicePackOf(sp3), 3);
        QVERIFY(!blocksUpgrades(sp1Newer));
        QVERIFY(blocksUpgrades(sp2Clicore));
        QVERIFY(!isUpgradeBlocked(sp2, sp1Newer));
        QVERIFY(isUpgradeBlocked(sp1, sp2Clicore));
        QVERIFY(!isUpgradeBlocked(sp2, sp2Clicore));

        QCOMPARE(noRecoveryReason(false, true, true), NoRecovery::NoLogonInstallation);
        QCOMPARE(noRecoveryReason(true, true, true), NoRecovery::UpgradeBlocked);
        QCOMPARE(noRecoveryReason(true, false, true), NoRecovery::PushInstalled);
        QCOMPARE(noRecoveryReason(true, false, false), NoRecovery::None);
        QVERIFY(!reasonName(NoRecovery::None));
        // An unknown install method: no automatic recovery unless the site has Logon Discovery
        // (Q237759), and last in the order.
        QCOMPARE(noRecoveryReason(true, false, false, true, false), NoRecovery::UnknownMethod);
        QCOMPARE(noRecoveryReason(true, false, false, true, true), NoRecovery::None);
        QCOMPARE(noRecoveryReason(true, true, false, true, false), NoRecovery::UpgradeBlocked);
        QCOMPARE(noRecoveryReason(false, false, false, true, true), NoRecovery::NoLogonInstallation);
        QCOMPARE(QLatin1String(reasonName(NoRecovery::UnknownMethod)), QLatin1String("unknown-install-method"));
        QVERIFY(isUnknownMethod(u"unknown"));
        QVERIFY(!isUnknownMethod(std::string_view("manual")));

        const qint64 now = at("2026-12-01T08:00:00Z");
        const SelfRemoval removes = SelfRemoval::Removes;
        QCOMPARE(paneStatus(now - 61 * UtcTime::Day, now, removes, false, true, true), PaneStatus::Stale);
        QCOMPARE(paneStatus(now, now, removes, false, true, false), PaneStatus::NoAutomaticRecovery);
        QCOMPARE(paneStatus(now, now, removes, true, true, true), PaneStatus::UpgradeBlocked);
        QCOMPARE(paneStatus(std::nullopt, now, removes, true, false, true), PaneStatus::NoAutomaticRecovery);
        QCOMPARE(paneStatus(now, now, removes, true, false, false), PaneStatus::Ok);
        QCOMPARE(paneStatus(now, now, removes, true, false, false, true, false), PaneStatus::NoAutomaticRecovery);
        QCOMPARE(paneStatus(now, now, removes, true, false, false, true, true), PaneStatus::Ok);
        // Q265358: not stale; the no-automatic-recovery reasons decide.
        QCOMPARE(paneStatus(now - 61 * UtcTime::Day, now, SelfRemoval::Never, false, true, true),
            PaneStatus::NoAutomaticRecovery);
        QCOMPARE(paneStatus(now - 61 * UtcTime::Day, now, SelfRemoval::Never, true, false, false), PaneStatus::Ok);
    }

    void coveredIsAThresholdOnTheLastRefresh()
    {
        // RULES.md R1.4 by hand: a staying CAP added 11-20 00:00 with P = 1 h covers from 11-20 01:00;
        // a staying account changed 11-26 covers from 11-26 (the later of the two).
        const qint64 p = UtcTime::Hour;
        const qint64 added = at("2026-11-20T00:00:00Z");
        const qint64 s = at("2026-12-01T08:00:00Z");
        QVERIFY(staysUsable(false, added, std::nullopt, s));
        QVERIFY(!staysUsable(true, added, std::nullopt, s)); // retired
        QVERIFY(!staysUsable(false, added, s + UtcTime::Day, s)); // a removal is recorded
        QVERIFY(!staysUsable(false, s + 1, std::nullopt, s)); // not live at S
        QCOMPARE(coveringRefresh(added, std::nullopt, p), added + p);
        QCOMPARE(coveringRefresh(added, at("2026-11-26T00:00:00Z"), p), at("2026-11-26T00:00:00Z"));
        QCOMPARE(coveringRefresh(added, added - UtcTime::Day, p), added + p);
        // The threshold agrees with "knows a staying item" client by client.
        for (const qint64 refresh : {added, added + p - 1, added + p, s}) {
            QCOMPARE(isCovered(refresh, added + p), knows(added, std::nullopt, refresh, p));
        }
        QVERIFY(!isCovered(std::nullopt, added)); // no recorded refresh: exposed
        QVERIFY(!isCovered(s, std::nullopt)); // nothing stays
    }

    // Logon points at SP1 and SP2 serving one site: the pane, the planner and the CSV agree on who
    // is blocked (RULES.md R2.2), and on exposed and covered.
    void sp2LogonPointsClientByClient()
    {
        TestInventory t;
        const QList<std::pair<const char*, QByteArray>> tables {
            {"domains",
                "name,lockout_threshold,lockout_window_minutes,lockout_duration_minutes,max_password_age_days\n"
                "DP,0,30,30,42\n"},
            {"sites",
                "code,name,parent,domain,version,logon_installation,logon_discovery\n"
                "P1,Partial,,DP,2.00.1493.2000,yes,no\n"},
            {"caps",
                "server,site,added_at,removed_at,licensing,licenses,domain_controller\n"
                "PA,P1,2026-01-01T00:00:00Z,,per-server,1,no\n"
                "PB,P1,2026-11-20T00:00:00Z,,per-seat,0,no\n"},
            {"accounts",
                "name,site,added_at,removed_at,password_changed_at\n"
                "AA,P1,2026-01-01T00:00:00Z,,\n"
                "AB,P1,2026-01-01T00:00:00Z,,2026-11-26T00:00:00Z\n"},
            {"logon-points",
                "server,sites,clicore_version\n"
                "LP1,P1,2.00.1600.1000\n"
                "LP2,P1,2.00.1493.2000\n"
                "LP3,P1,2.00.1493.2000\n"},
            {"profiles", "name,max_offline_hours\non,0\nnight,16\nlaptop,120\n"},
            {"clients",
                "name,site,os,install_method,version,profile,last_refresh_at\n"
                "p1,P1,w2k,logon,2.00.1380.1000,night,2026-11-30T08:00:00Z\n"
                "p2,P1,nt4,push,2.00.1493.2000,night,2026-11-19T00:00:00Z\n"
                "p3,P1,w2k,logon,2.00.1493.1000,laptop,2026-11-25T00:00:00Z\n"
                "p4,P1,w2k,manual,2.00.1493.2001,on,2026-11-10T00:00:00Z\n"
                "p5,P1,nt4,logon,2.00.1493.2000,on,2026-12-01T10:00:00Z\n"
                "p6,P1,w2k,logon,2.00.1493.1000,,\n"},
        };
        for (const auto& [table, csv] : tables) {
            const auto imported = t.import(QString::fromLatin1(table), csv);
            QVERIFY2(imported.ok, qPrintable(imported.error));
        }
        const qint64 s = at("2026-12-01T08:00:00Z");
        QString error;
        const auto facts = SiteFacts::load(t.inventory(), QStringLiteral("P1"), &error);
        QVERIFY2(facts, qPrintable(error));
        // The newest blocking Clicore is LP2's SP2, not LP1's newer SP1 build.
        QCOMPARE(facts->newestClicoreKey(), ClientVersion::parse(QStringLiteral("2.00.1493.2000"))->significanceKey());
        QStringList blocked;
        for (const Client& c : clients(t.inventory(), QStringLiteral("P1"), s)) {
            if (c.sqlStatus == u"upgrade-blocked")
                blocked << c.name;
        }
        QCOMPARE(blocked, (QStringList {"p1", "p3", "p6"}));
        checkInventory(t.inventory(), s);
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
        for (const ChecklistStep& step : steps)
            QCOMPARE(step.severity, ChecklistStep::Severity::Normal);
        plan.safeRemoval.reset();
        plan.request.add = {QStringLiteral("CAP4")};
        steps = Checklist::steps(plan);
        QVERIFY(steps.at(0).text.contains(u"CAP4"));
        QVERIFY(!steps.at(3).at);
        QCOMPARE(steps.at(3).period, QStringLiteral("never"));

        // A proposed removal before the safe time: removed then, after a warning with the count.
        plan.safeRemoval = at("2026-12-06T01:00:00Z");
        plan.request.proposedRemoval = at("2026-12-03T05:00:00Z");
        plan.counts.atRisk = 4;
        steps = Checklist::steps(plan);
        QCOMPARE(steps.size(), 6);
        QCOMPARE(steps.at(3).severity, ChecklistStep::Severity::Warning);
        QCOMPARE(steps.at(3).at, plan.request.proposedRemoval);
        QVERIFY2(steps.at(3).text.contains(u"4 exposed client"), qPrintable(steps.at(3).text));
        QCOMPARE(steps.at(4).at, plan.request.proposedRemoval);
        QCOMPARE(Checklist::warnings(plan).size(), 1);
        // At or after the safe time: no warning.
        plan.request.proposedRemoval = plan.safeRemoval;
        QVERIFY(Checklist::warnings(plan).isEmpty());

        // Every flag is a dated step naming what to do.
        plan.request.proposedRemoval.reset();
        plan.upgradeBlockCount = 1;
        plan.upgradeBlocks = {{QStringLiteral("c3"), QStringLiteral("2.00.1493.2000"), QStringLiteral("LP1"),
                                  QStringLiteral("2.00.1493.3000")},
            {QStringLiteral("c3"), QStringLiteral("2.00.1493.2000"), QStringLiteral("LP2"),
                QStringLiteral("2.00.1493.3000")}};
        plan.logonPointAssignment = {{QStringLiteral("LP1"), QStringLiteral("S2"), QStringLiteral("2.00.1380.1000"),
            QStringLiteral("2.00.1493.3000")}};
        plan.licenceWarnings = {{QStringLiteral("DC-CEN-01"), 100, 597}};
        plan.noAutomaticRecoveryCount = 1;
        plan.noAutomaticRecovery = {{QStringLiteral("c9"), QStringLiteral("push-installed")}};
        steps = Checklist::steps(plan);
        QStringList texts;
        for (const ChecklistStep& step : steps)
            texts << (step.at ? UtcTime::format(*step.at) : step.period) + u' ' + step.text;
        const QString all = texts.join(u'\n');
        QVERIFY2(all.contains(u"2026-12-06T01:00:00Z Raise DC-CEN-01's licences from 100 to 597 before removing CAP1"),
            qPrintable(all));
        QVERIFY2(all.contains(u"2026-12-01T08:00:00Z Upgrade the 1 upgrade-blocked client(s) (c3) from a CAP"),
            qPrintable(all));
        QVERIFY2(all.contains(u"Site S2 (2.00.1380.1000) gets no new clients at logon point LP1"), qPrintable(all));
        QVERIFY2(all.contains(u"2026-12-06T01:00:00Z Confirm that the 1 client(s) without automatic recovery (c9)"),
            qPrintable(all));
    }

    void scenarioClientByClient() { checkInventory(m_scenario.inventory(), at("2026-12-01T08:00:00Z")); }
    void evidenceClientByClient() { checkInventory(m_evidence.inventory(), at("2026-12-01T08:00:00Z")); }

    void demoClientByClient() { checkInventory(m_demo.inventory(), *UtcTime::parse(DemoInventory::referenceTime())); }
};

QTEST_GUILESS_MAIN(TestRulesConsistency)
#include "tst_rulesconsistency.moc"
