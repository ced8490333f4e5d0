#include "TestInventory.h"
#include "planning/ClientScan.h"
#include "planning/PlanJson.h"
#include "planning/TransitionPlanner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

// The hand-worked scenario of tests/data/scenario. Site S1 at S = 2026-12-01T08:00Z, P = 1 h, so
// S + P = 09:00 and S - 60 days = 2026-10-02T08:00. Its clients:
//   c1  w2k   night    11-30 08:00  pending
//   c2  nt4   on       12-01 10:00  confirmed (after S + P)
//   c3  win9x night    11-29        pending in a CAP plan, unaffected in an account plan; 1493.2000
//   c4  w2k   -        never        pending, no profile: the largest D, 24 h
//   c5  nt4   on       09-01        stale (more than 60 days before S)
//   c6  w2k   holiday  11-30 20:00  pending, push, 1493.2000
//   c7  w2k   on       12-01 09:00  confirmed (exactly S + P)
//   c8  nt4   on       11-24 12:00  pending
//   c9  w2k   night    11-30 12:00  pending, push
//   c10 w2k   on       10-02 08:00  pending: exactly 60 days is not more than 60 days
// Deadlines: on = S + 25 h = 12-02 09:00; night = S + 41 h = 12-03 01:00; no profile = S + 49 h =
// 12-03 09:00; holiday = S + 49 h = 12-03 09:00, pushed by the blackout 12-02..12-04 to 12-04 01:00,
// then by the chained 12-03 12:00..12-06 to 12-06 01:00.
class TestTransitionPlanner : public QObject
{
    Q_OBJECT
private:
    TestInventory m_t;

    TransitionRequest request(TransitionKind kind, QStringList retire, QStringList add = {})
    {
        TransitionRequest r;
        r.site = QStringLiteral("S1");
        r.kind = kind;
        r.retire = retire;
        r.add = add;
        r.start = *UtcTime::parse(QStringLiteral("2026-12-01T08:00:00Z"));
        return r;
    }

    TransitionPlan plan(const TransitionRequest& r)
    {
        QString error;
        const auto result = TransitionPlanner(m_t.inventory()).plan(r, &error);
        if (!result)
            qWarning("%s", qPrintable(error));
        return result.value_or(TransitionPlan {});
    }

    static QString iso(const std::optional<qint64>& t) { return t ? UtcTime::format(*t) : QStringLiteral("none"); }

    static QStringList names(const QList<AtRiskClient>& list)
    {
        QStringList result;
        for (const auto& c : list)
            result << c.client;
        return result;
    }

private slots:
    void initTestCase() { QVERIFY(m_t.importScenario()); }

    void capPlanCountsAndSafeTime()
    {
        const TransitionPlan p = plan(request(TransitionKind::Cap, {"CAP1"}, {"CAP4"}));
        QCOMPARE(p.counts.stale, 1);
        QCOMPARE(p.counts.confirmed, 2);
        QCOMPARE(p.counts.pending, 7);
        QCOMPARE(p.counts.unaffected, 0);
        QCOMPARE(p.counts.inScope, 9);
        QCOMPARE(p.counts.atRisk, 0);
        QVERIFY(!p.orphansAll);
        QCOMPARE(iso(p.safeRemoval), QStringLiteral("2026-12-06T01:00:00Z"));
        QCOMPARE(p.profiles.size(), 4);
        QCOMPARE(*p.profiles.at(0).name, QStringLiteral("holiday"));
        QCOMPARE(p.profiles.at(0).clients, 1);
        QCOMPARE(iso(p.profiles.at(0).deadline), QStringLiteral("2026-12-06T01:00:00Z"));
        QCOMPARE(*p.profiles.at(1).name, QStringLiteral("night"));
        QCOMPARE(p.profiles.at(1).clients, 3);
        QCOMPARE(iso(p.profiles.at(1).deadline), QStringLiteral("2026-12-03T01:00:00Z"));
        QCOMPARE(*p.profiles.at(2).name, QStringLiteral("on"));
        QCOMPARE(p.profiles.at(2).clients, 2);
        QCOMPARE(iso(p.profiles.at(2).deadline), QStringLiteral("2026-12-02T09:00:00Z"));
        QVERIFY(!p.profiles.at(3).name);
        QCOMPARE(p.profiles.at(3).clients, 1);
        QCOMPARE(iso(p.profiles.at(3).deadline), QStringLiteral("2026-12-03T09:00:00Z"));
        bool warnedNoProfile = false;
        for (const PlanWarning& w : p.warnings)
            warnedNoProfile = warnedNoProfile || w.code == u"no-profile";
        QVERIFY(warnedNoProfile);
    }

    void marginIsAdded()
    {
        auto r = request(TransitionKind::Cap, {"CAP1"}, {"CAP4"});
        r.timing.margin = 2 * UtcTime::Hour;
        QCOMPARE(iso(plan(r).safeRemoval), QStringLiteral("2026-12-06T03:00:00Z"));
    }

    void atRiskForAProposedRemoval()
    {
        auto r = request(TransitionKind::Cap, {"CAP1"}, {"CAP4"});
        r.proposedRemoval = *UtcTime::parse(QStringLiteral("2026-12-03T05:00:00Z"));
        const TransitionPlan p = plan(r);
        // holiday (12-06 01:00) and no profile (12-03 09:00) are after 05:00; night (01:00) is not.
        QCOMPARE(p.counts.atRisk, 2);
        QCOMPARE(names(p.atRisk), (QStringList {"c4", "c6"}));
        QCOMPARE(iso(p.atRisk.at(0).deadline), QStringLiteral("2026-12-03T09:00:00Z"));
        QVERIFY(!p.atRisk.at(0).profile);
        // Removing at the safe time risks nobody.
        r.proposedRemoval = *p.safeRemoval;
        QCOMPARE(plan(r).counts.atRisk, 0);
    }

    void accountPlanLeavesWindows9xOut()
    {
        const TransitionPlan p = plan(request(TransitionKind::Account, {"ACC_A"}, {"ACC_NEW"}));
        QCOMPARE(p.counts.unaffected, 1);
        QCOMPARE(p.counts.pending, 6);
        QCOMPARE(p.counts.confirmed, 2);
        QCOMPARE(p.counts.stale, 1);
        QCOMPARE(p.counts.inScope, 8);
        QCOMPARE(p.profiles.at(1).clients, 2); // night: c1 and c9, not c3
        QCOMPARE(iso(p.safeRemoval), QStringLiteral("2026-12-06T01:00:00Z"));
    }

    void removingEverythingIsNeverSafe()
    {
        auto r = request(TransitionKind::Cap, {"CAP1", "CAP2"});
        const TransitionPlan p = plan(r);
        QVERIFY(p.orphansAll);
        QVERIFY(!p.safeRemoval);
        QCOMPARE(p.counts.atRisk, p.counts.pending);
        QCOMPARE(p.atRisk.size(), 7);
        QCOMPARE(p.warnings.first().code, QStringLiteral("orphans-all"));
        // Adding one new CAP makes it plannable again.
        r.add = {QStringLiteral("CAP9")};
        QVERIFY(plan(r).safeRemoval);
        // Accounts too: A, B and D are live at S (E was removed at 06:00).
        QVERIFY(plan(request(TransitionKind::Account, {"ACC_A", "ACC_B", "ACC_D"})).orphansAll);
        QVERIFY(!plan(request(TransitionKind::Account, {"ACC_A", "ACC_B"})).orphansAll);
    }

    void retiringWhatIsNotLiveIsRefused()
    {
        QString error;
        QVERIFY(!TransitionPlanner(m_t.inventory()).plan(request(TransitionKind::Cap, {"CAP3"}), &error));
        QVERIFY2(error.contains(u"CAP3"), qPrintable(error));
        QVERIFY(!TransitionPlanner(m_t.inventory()).plan(request(TransitionKind::Account, {"ACC_E"}), &error));
        QVERIFY(error.contains(u"ACC_E"));
        QVERIFY(!TransitionPlanner(m_t.inventory()).plan(request(TransitionKind::Cap, {"OLD"}), &error));
        auto r = request(TransitionKind::Cap, {"CAP1"});
        r.site = QStringLiteral("NOPE");
        QVERIFY(!TransitionPlanner(m_t.inventory()).plan(r, &error));
        QVERIFY(error.contains(u"NOPE"));
    }

    void upgradeBlocksAndLogonPointAssignment()
    {
        const TransitionPlan p = plan(request(TransitionKind::Cap, {"CAP1"}, {"CAP4"}));
        // LP1 serves Clicore 2.00.1493.3000: pending c3 and c6 at 1493.2000 are significantly older;
        // c2 (1380) is confirmed and c7 (3004) differs by a hotfix only.
        QCOMPARE(p.upgradeBlockCount, 2);
        QCOMPARE(p.upgradeBlocks.size(), 2);
        QCOMPARE(p.upgradeBlocks.at(0).client, QStringLiteral("c3"));
        QCOMPARE(p.upgradeBlocks.at(0).clientVersion, QStringLiteral("2.00.1493.2000"));
        QCOMPARE(p.upgradeBlocks.at(0).logonPoint, QStringLiteral("LP1"));
        QCOMPARE(p.upgradeBlocks.at(0).logonPointVersion, QStringLiteral("2.00.1493.3000"));
        QCOMPARE(p.upgradeBlocks.at(1).client, QStringLiteral("c6"));
        // S2 at SP1 shares LP1 with S1 at SP3: it gets no new clients there.
        QCOMPARE(p.logonPointAssignment.size(), 1);
        QCOMPARE(p.logonPointAssignment.first().site, QStringLiteral("S2"));
        QCOMPARE(p.logonPointAssignment.first().siteVersion, QStringLiteral("2.00.1380.1000"));
        QCOMPARE(p.logonPointAssignment.first().newestVersion, QStringLiteral("2.00.1493.3000"));
    }

    void noAutomaticRecoveryReasons()
    {
        const TransitionPlan p = plan(request(TransitionKind::Cap, {"CAP1"}, {"CAP4"}));
        // S1 has Logon Client Installation: c3 and c6 are upgrade-blocked (c6 is also push: the
        // first reason wins), c9 was push-installed.
        QCOMPARE(p.noAutomaticRecoveryCount, 3);
        QCOMPARE(p.noAutomaticRecovery.size(), 3);
        QCOMPARE(p.noAutomaticRecovery.at(0).client, QStringLiteral("c3"));
        QCOMPARE(p.noAutomaticRecovery.at(0).reason, QStringLiteral("upgrade-blocked"));
        QCOMPARE(p.noAutomaticRecovery.at(1).client, QStringLiteral("c6"));
        QCOMPARE(p.noAutomaticRecovery.at(1).reason, QStringLiteral("upgrade-blocked"));
        QCOMPARE(p.noAutomaticRecovery.at(2).client, QStringLiteral("c9"));
        QCOMPARE(p.noAutomaticRecovery.at(2).reason, QStringLiteral("push-installed"));
        // S2 has none: every pending client is without automatic recovery.
        auto r = request(TransitionKind::Cap, {"OLD"}, {"NEW"});
        r.site = QStringLiteral("S2");
        const TransitionPlan s2 = plan(r);
        QCOMPARE(s2.noAutomaticRecovery.size(), 1);
        QCOMPARE(s2.noAutomaticRecovery.first().reason, QStringLiteral("no-logon-installation"));
    }

    void licenceShortfallAfterRemoval()
    {
        // Remaining: CAP2 (per-server, 2 licences); CAP4 is not in the inventory. Non-stale clients 9.
        auto r = request(TransitionKind::Cap, {"CAP1"}, {"CAP4"});
        QVERIFY(plan(r).licenceWarnings.isEmpty()); // ceil(9 x 0.05 x 3 / 1) = ceil(1.35) = 2
        r.load.peakFraction = 0.1; // ceil(2.7) = 3 > 2
        const TransitionPlan p = plan(r);
        QCOMPARE(p.licenceWarnings.size(), 1);
        QCOMPARE(p.licenceWarnings.first().cap, QStringLiteral("CAP2"));
        QCOMPARE(p.licenceWarnings.first().licenses, 2);
        QCOMPARE(p.licenceWarnings.first().expectedConnections, 3);
        // Keeping CAP1 halves the load: ceil(2.7 / 2) = 2, within the licences.
        auto keep = request(TransitionKind::Cap, {"CAP2"}, {"CAP4"});
        keep.load.peakFraction = 0.1;
        QVERIFY(plan(keep).licenceWarnings.isEmpty());
        // A whole product is not rounded up by floating-point noise: 9 x 2/9 x 3 = 6.
        r.load.peakFraction = 2.0 / 9.0;
        QCOMPARE(plan(r).licenceWarnings.first().expectedConnections, 6);
    }

    void disconnectionPeriodsCanBeChangedForOnePlan()
    {
        // holiday at 48 h instead of 24: base deadline S + 73 h = 12-04 09:00, inside the chained
        // blackout 12-03 12:00..12-06, so still 12-06 01:00; night at 100 h: S + 125 h = 12-06 13:00.
        auto r = request(TransitionKind::Cap, {"CAP1"}, {"CAP4"});
        r.maxOfflineOverrides.insert(QStringLiteral("holiday"), 48 * UtcTime::Hour);
        r.maxOfflineOverrides.insert(QStringLiteral("night"), 100 * UtcTime::Hour);
        const TransitionPlan p = plan(r);
        QCOMPARE(iso(p.profiles.at(0).deadline), QStringLiteral("2026-12-06T01:00:00Z"));
        QCOMPARE(iso(p.profiles.at(1).deadline), QStringLiteral("2026-12-06T13:00:00Z"));
        QCOMPARE(iso(p.safeRemoval), QStringLiteral("2026-12-06T13:00:00Z"));
        // Blackouts too: without the chained one, holiday ends at 12-04 01:00 for 24 h.
        auto b = request(TransitionKind::Cap, {"CAP1"}, {"CAP4"});
        b.blackoutOverrides.insert(QStringLiteral("holiday"),
            {{*UtcTime::parse(QStringLiteral("2026-12-02T00:00:00Z")),
                *UtcTime::parse(QStringLiteral("2026-12-04T00:00:00Z"))}});
        QCOMPARE(iso(plan(b).profiles.at(0).deadline), QStringLiteral("2026-12-04T01:00:00Z"));
        b.blackoutOverrides.insert(QStringLiteral("holiday"), {});
        QCOMPARE(iso(plan(b).profiles.at(0).deadline), QStringLiteral("2026-12-03T09:00:00Z"));
        // The inventory is unchanged.
        QCOMPARE(iso(plan(request(TransitionKind::Cap, {"CAP1"}, {"CAP4"})).safeRemoval),
            QStringLiteral("2026-12-06T01:00:00Z"));
    }

    void listLimitKeepsCountsComplete()
    {
        auto r = request(TransitionKind::Cap, {"CAP1", "CAP2"});
        r.listLimit = 2;
        const TransitionPlan p = plan(r);
        QCOMPARE(p.atRisk.size(), 2);
        QCOMPARE(p.counts.atRisk, 7);
        QCOMPARE(p.noAutomaticRecovery.size(), 2);
        QCOMPARE(p.noAutomaticRecoveryCount, 3);
    }

    void jsonHasExactlyTheDocumentedKeys()
    {
        const QJsonObject json = PlanJson::toJson(plan(request(TransitionKind::Cap, {"CAP1"}, {"CAP4"})));
        QStringList keys = json.keys();
        QStringList expected {"site", "kind", "start", "safeRemoval", "orphansAll", "parameters", "counts", "profiles",
            "atRisk", "upgradeBlocks", "logonPointAssignment", "licenceWarnings", "noAutomaticRecovery", "warnings"};
        keys.sort();
        expected.sort();
        QCOMPARE(keys, expected);
        QCOMPARE(json.value(u"safeRemoval").toString(), QStringLiteral("2026-12-06T01:00:00Z"));
        QCOMPARE(json.value(u"parameters").toObject().value(u"ccimHours").toDouble(), 23.0);
        QCOMPARE(json.value(u"parameters").toObject().value(u"retryMinutes").toDouble(), 60.0);
        QCOMPARE(json.value(u"counts").toObject().value(u"pending").toInt(), 7);
        QVERIFY(json.value(u"profiles").toArray().at(3).toObject().value(u"name").isNull());
        const QJsonObject none = PlanJson::toJson(plan(request(TransitionKind::Cap, {"CAP1", "CAP2"})));
        QVERIFY(none.value(u"safeRemoval").isNull());
        QVERIFY(none.value(u"orphansAll").toBool());
    }

    void noPendingClientMeansStartPlusPropagation()
    {
        auto r = request(TransitionKind::Cap, {"S3CAP"}, {"S3NEW"});
        r.site = QStringLiteral("S3");
        r.start = *UtcTime::parse(QStringLiteral("2026-11-01T00:00:00Z")); // before d1 and d2 refreshed
        // Both refreshed 11-30, after S + P: confirmed.
        const TransitionPlan p = plan(r);
        QCOMPARE(p.counts.pending, 0);
        QCOMPARE(p.counts.confirmed, 2);
        QCOMPARE(iso(p.safeRemoval), QStringLiteral("2026-11-01T01:00:00Z"));
    }

    // The lists keep the first names in byte order, as ORDER BY name LIMIT n would.
    void firstNamesKeepsTheSmallest()
    {
        ClientScan::FirstNames three(3);
        for (const char* name : {"m", "b", "z", "a", "c", "B", "aa"}) {
            if (three.wants(name, int(qstrlen(name))))
                three.add(name, QByteArray("tag-") + name);
        }
        QList<QByteArray> names;
        for (const auto& [name, tag] : three.sorted()) {
            names << name;
            QCOMPARE(tag, "tag-" + name);
        }
        QCOMPARE(names, (QList<QByteArray> {"B", "a", "aa"}));
        QVERIFY(!three.wants("b", 1));
        QVERIFY(three.wants("A", 1));

        ClientScan::FirstNames none(0);
        QVERIFY(!none.wants("a", 1));
        QVERIFY(none.sorted().isEmpty());

        ClientScan::FirstNames all(-1);
        for (const char* name : {"c", "a", "b", "a"})
            all.add(name);
        QCOMPARE(all.sorted().size(), 4);
        QCOMPARE(all.sorted().first().first, QByteArray("a"));
    }
};

QTEST_GUILESS_MAIN(TestTransitionPlanner)
#include "tst_transitionplanner.moc"
