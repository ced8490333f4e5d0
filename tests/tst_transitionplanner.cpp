#include "TestInventory.h"
#include "planning/ClientScan.h"
#include "planning/PlanJson.h"
#include "planning/TransitionPlanner.h"
#include "store/PlanStore.h"

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
// Retiring CAP1 leaves CAP2 (added 01-01, never removed): every pending client that refreshed after
// 01-01 01:00 knows it and is covered (RULES.md R1.4); only c4, with no recorded refresh, is exposed,
// so the safe time is c4's 12-03 09:00, not holiday's 12-06 01:00. Retiring CAP1 and CAP2 leaves
// nothing: all seven are exposed and the holiday deadline holds.
//
// The "partial" inventory (built below) has site P1 at S = 12-01 08:00 with CAPs PA (retired), PB
// (added 11-20, stays: coveredFrom = 11-20 01:00), PC (added 12-05, after S), PD (removed 06-01),
// PE (live at S but its removal on 12-20 is recorded: does not stay); accounts AA and AB (password
// changed 11-26: coveredFrom = 11-26 00:00). Clients:
//   p1 w2k night  11-30 08:00 1380.1000 logon   covered (CAP and account)
//   p2 nt4 night  11-19 00:00 1493.2000 push    exposed: before PB reached the CAPs
//   p3 w2k laptop 11-25 00:00 1493.1000 logon   covered in a CAP plan; exposed in an account plan
//                                                (AB's password changed after its refresh)
//   p4 w2k on     11-10 00:00 1493.2001 manual  exposed
//   p5 nt4 on     12-01 10:00 1493.2000 logon   confirmed
// Deadlines: on 12-02 09:00, night 12-03 01:00, laptop (120 h) S + 145 h = 12-07 09:00.
// Logon points: LP1 at 2.00.1600.1000 (SP1: blocks nothing), LP2 and LP3 at 2.00.1493.2000 (SP2).
// Blocked: p1 (1380) at LP2 and LP3, p3 (SP1) at LP2 and LP3; p2 equals LP2's Clicore and is only
// older than LP1, which is SP1; p4 differs by a hotfix.
class TestTransitionPlanner : public QObject
{
    Q_OBJECT
private:
    TestInventory m_t;
    TestInventory m_partial;

    static qint64 at(const char* iso) { return *UtcTime::parse(QString::fromLatin1(iso)); }

    TransitionPlan partialPlan(TransitionKind kind, QStringList retire, QStringList add = {})
    {
        TransitionRequest r;
        r.site = QStringLiteral("P1");
        r.kind = kind;
        r.retire = retire;
        r.add = add;
        r.start = at("2026-12-01T08:00:00Z");
        QString error;
        const auto result = TransitionPlanner(m_partial.inventory()).plan(r, &error);
        if (!result)
            qWarning("%s", qPrintable(error));
        return result.value_or(TransitionPlan {});
    }

    QString refusal(TransitionKind kind, QStringList retire, QStringList add)
    {
        TransitionRequest r;
        r.site = QStringLiteral("P1");
        r.kind = kind;
        r.retire = retire;
        r.add = add;
        r.start = at("2026-12-01T08:00:00Z");
        QString error;
        if (TransitionPlanner(m_partial.inventory()).plan(r, &error))
            return QStringLiteral("accepted");
        return error;
    }

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
    void initTestCase()
    {
        QVERIFY(m_t.importScenario());
        const QList<std::pair<const char*, QByteArray>> partial {
            {"domains",
                "name,lockout_threshold,lockout_window_minutes,lockout_duration_minutes,max_password_age_days\n"
                "DP,0,30,30,42\n"},
            {"sites",
                "code,name,parent,domain,version,logon_installation,logon_discovery\n"
                "P1,Partial,,DP,2.00.1493.2000,yes,no\n"},
            {"caps",
                "server,site,added_at,removed_at,licensing,licenses,domain_controller\n"
                "PA,P1,2026-01-01T00:00:00Z,,per-server,1,no\n"
                "PB,P1,2026-11-20T00:00:00Z,,per-seat,0,no\n"
                "PC,P1,2026-12-05T00:00:00Z,,per-seat,0,no\n"
                "PD,P1,2026-01-01T00:00:00Z,2026-06-01T00:00:00Z,per-seat,0,no\n"
                "PE,P1,2026-01-01T00:00:00Z,2026-12-20T00:00:00Z,per-server,5,no\n"},
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
                "p5,P1,nt4,logon,2.00.1493.2000,on,2026-12-01T10:00:00Z\n"},
        };
        for (const auto& [table, csv] : partial) {
            const auto imported = m_partial.import(QString::fromLatin1(table), csv);
            QVERIFY2(imported.ok, qPrintable(imported.error));
        }
    }

    void capPlanCountsAndSafeTime()
    {
        const TransitionPlan p = plan(request(TransitionKind::Cap, {"CAP1"}, {"CAP4"}));
        QCOMPARE(p.counts.stale, 1);
        QCOMPARE(p.counts.confirmed, 2);
        QCOMPARE(p.counts.pending, 7);
        QCOMPARE(p.counts.unaffected, 0);
        QCOMPARE(p.counts.inScope, 9);
        QCOMPARE(p.counts.atRisk, 0);
        QCOMPARE(p.counts.exposed, 1); // c4: no recorded refresh
        QCOMPARE(p.counts.covered, 6); // the others know CAP2, which stays
        QCOMPARE(p.stayingItems, QStringList {"CAP2"});
        QVERIFY(!p.orphansAll);
        // Only the exposed c4 (no profile, S + 49 h) holds the safe time back.
        QCOMPARE(iso(p.safeRemoval), QStringLiteral("2026-12-03T09:00:00Z"));
        QCOMPARE(p.profiles.size(), 4);
        QCOMPARE(p.profiles.at(0).exposed, 0);
        QCOMPARE(p.profiles.at(3).exposed, 1);
        QCOMPARE(p.covered.size(), 6);
        QCOMPARE(p.covered.first().client, QStringLiteral("c1"));
        QCOMPARE(*p.covered.first().profile, QStringLiteral("night"));
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
        QCOMPARE(iso(plan(r).safeRemoval), QStringLiteral("2026-12-03T11:00:00Z"));
    }

    void atRiskForAProposedRemoval()
    {
        auto r = request(TransitionKind::Cap, {"CAP1"}, {"CAP4"});
        r.proposedRemoval = *UtcTime::parse(QStringLiteral("2026-12-03T05:00:00Z"));
        const TransitionPlan p = plan(r);
        // holiday (12-06 01:00) and no profile (12-03 09:00) are after 05:00, but c6 (holiday) is
        // covered by CAP2: only the exposed c4 is at risk.
        QCOMPARE(p.counts.atRisk, 1);
        QCOMPARE(names(p.atRisk), (QStringList {"c4"}));
        QCOMPARE(iso(p.atRisk.at(0).deadline), QStringLiteral("2026-12-03T09:00:00Z"));
        QVERIFY(!p.atRisk.at(0).profile);
        // Retiring both old CAPs (adding CAP4) exposes every pending client: c4 and c6 at risk.
        auto both = request(TransitionKind::Cap, {"CAP1", "CAP2"}, {"CAP4"});
        both.proposedRemoval = r.proposedRemoval;
        const TransitionPlan all = plan(both);
        QCOMPARE(all.counts.exposed, 7);
        QCOMPARE(all.counts.covered, 0);
        QCOMPARE(names(all.atRisk), (QStringList {"c4", "c6"}));
        QCOMPARE(iso(all.safeRemoval), QStringLiteral("2026-12-06T01:00:00Z"));
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
        // ACC_B (added 11-25, no password change) and ACC_D (changed 11-28) stay: coveredFrom =
        // min(11-25 01:00, 11-28 00:00). c1 (11-30), c6 (11-30 20:00), c9 (11-30 12:00) are covered;
        // c8 (11-24 12:00), c10 (10-02) and c4 (never) are exposed: on 12-02 09:00, no profile 12-03 09:00.
        QCOMPARE(p.counts.covered, 3);
        QCOMPARE(p.counts.exposed, 3);
        QCOMPARE(iso(p.safeRemoval), QStringLiteral("2026-12-03T09:00:00Z"));
        // Retiring A and B leaves D, whose password changed 11-28: c1, c6, c9 still covered.
        const TransitionPlan ab = plan(request(TransitionKind::Account, {"ACC_A", "ACC_B"}, {"ACC_NEW"}));
        QCOMPARE(ab.counts.covered, 3);
        QCOMPARE(ab.stayingItems, QStringList {"ACC_D"});
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
        // The night clients are covered; the exposed c4 has no profile and gets the largest D as this
        // plan sees it, night's 100 h: S + 125 h = 12-06 13:00 (the inventory's largest is 24 h).
        QCOMPARE(iso(p.profiles.at(3).deadline), QStringLiteral("2026-12-06T13:00:00Z"));
        QCOMPARE(iso(p.safeRemoval), QStringLiteral("2026-12-06T13:00:00Z"));
        bool warned = false;
        for (const PlanWarning& w : p.warnings)
            warned = warned || (w.code == u"no-profile" && w.message.contains(u"100"));
        QVERIFY(warned);
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
            QStringLiteral("2026-12-03T09:00:00Z"));
        // An override for a profile the inventory lacks is a warning, not an error.
        auto unknown = request(TransitionKind::Cap, {"CAP1"}, {"CAP4"});
        unknown.maxOfflineOverrides.insert(QStringLiteral("nosuch"), UtcTime::Hour);
        bool warnedUnknown = false;
        for (const PlanWarning& w : plan(unknown).warnings)
            warnedUnknown = warnedUnknown || (w.code == u"unknown-profiles" && w.message.contains(u"nosuch"));
        QVERIFY(warnedUnknown);
    }

    void partialRetirementCoversClientsThatKnowAStayingCap()
    {
        const TransitionPlan p = partialPlan(TransitionKind::Cap, {"PA"}, {"PNEW"});
        QCOMPARE(p.counts.pending, 4);
        QCOMPARE(p.counts.confirmed, 1);
        QCOMPARE(p.counts.covered, 2); // p1, p3 know PB
        QCOMPARE(p.counts.exposed, 2); // p2 refreshed before PB reached the CAPs; p4 long before
        QCOMPARE(p.stayingItems, QStringList {"PB"}); // PE's removal is recorded, PC is not live yet
        // Exposed: night (p2) 12-03 01:00, on (p4) 12-02 09:00. The covered laptop p3 (12-07 09:00)
        // does not hold the safe time back: four days earlier than with every pending client.
        QCOMPARE(iso(p.safeRemoval), QStringLiteral("2026-12-03T01:00:00Z"));
        QCOMPARE(p.profiles.size(), 3);
        QCOMPARE(*p.profiles.at(0).name, QStringLiteral("laptop")); // still listed: informative
        QCOMPARE(p.profiles.at(0).clients, 1);
        QCOMPARE(p.profiles.at(0).exposed, 0);
        QCOMPARE(iso(p.profiles.at(0).deadline), QStringLiteral("2026-12-07T09:00:00Z"));
        QCOMPARE(p.covered.size(), 2);
        QCOMPARE(p.covered.at(1).client, QStringLiteral("p3"));

        // A removal at 12-02 12:00 risks p2 only: p4 is updated by 09:00, p3 is covered.
        TransitionRequest r = p.request;
        r.proposedRemoval = at("2026-12-02T12:00:00Z");
        QString error;
        const auto risky = TransitionPlanner(m_partial.inventory()).plan(r, &error);
        QVERIFY2(risky, qPrintable(error));
        QCOMPARE(risky->counts.atRisk, 1);
        QCOMPARE(names(risky->atRisk), QStringList {"p2"});

        // Retiring PA and PB leaves no CAP that stays (PE goes 12-20): all four exposed, laptop decides.
        const TransitionPlan both = partialPlan(TransitionKind::Cap, {"PA", "PB"}, {"PNEW"});
        QCOMPARE(both.counts.exposed, 4);
        QCOMPARE(both.counts.covered, 0);
        QCOMPARE(iso(both.safeRemoval), QStringLiteral("2026-12-07T09:00:00Z"));
    }

    void accountCoverNeedsTheCurrentPassword()
    {
        // AB stays, but its password changed 11-26: p3 (11-25) holds the old one and is exposed.
        const TransitionPlan p = partialPlan(TransitionKind::Account, {"AA"}, {"ANEW"});
        QCOMPARE(p.counts.covered, 1);
        QCOMPARE(p.covered.first().client, QStringLiteral("p1"));
        QCOMPARE(p.counts.exposed, 3);
        QCOMPARE(iso(p.safeRemoval), QStringLiteral("2026-12-07T09:00:00Z"));
    }

    void addedItemsMustBeLiveAtTheStart()
    {
        // PC goes live 12-05, after S: the plan starts too early.
        QString error = refusal(TransitionKind::Cap, {"PA"}, {"PC"});
        QVERIFY2(
            error.contains(u"PC") && error.contains(u"2026-12-05T00:00:00Z") && error.contains(u"2026-12-01T08:00:00Z"),
            qPrintable(error));
        // PD was removed 06-01.
        error = refusal(TransitionKind::Cap, {"PA"}, {"PD"});
        QVERIFY2(error.contains(u"PD") && error.contains(u"2026-06-01T00:00:00Z"), qPrintable(error));
        // The scenario's CAP3 too (issue 17's example).
        QVERIFY(
            !TransitionPlanner(m_t.inventory()).plan(request(TransitionKind::Cap, {"CAP1", "CAP2"}, {"CAP3"}), &error));
        QVERIFY2(error.contains(u"CAP3") && error.contains(u"2026-06-01"), qPrintable(error));
        // A retired item that is gone names its times.
        error = refusal(TransitionKind::Cap, {"PD"}, {"PNEW"});
        QVERIFY2(error.contains(u"PD") && error.contains(u"2026-06-01T00:00:00Z"), qPrintable(error));
        // An added name the inventory lacks is a warning, taken as live from S.
        const TransitionPlan p = partialPlan(TransitionKind::Cap, {"PA"}, {"PNEW"});
        QCOMPARE(p.warnings.last().code, QStringLiteral("new-names"));
        QVERIFY(p.warnings.last().message.contains(u"PNEW"));
    }

    void namesIgnoreCase()
    {
        // pa retires PA, pb adds the live PB; the plan spells them as the inventory does.
        const TransitionPlan p = partialPlan(TransitionKind::Cap, {"pa", "Pa"}, {"pb"});
        QCOMPARE(p.request.retire, QStringList {"PA"});
        QCOMPARE(p.request.add, QStringList {"PB"});
        for (const PlanWarning& w : p.warnings)
            QVERIFY(w.code != u"new-names");
        QCOMPARE(p.stayingItems, QStringList {"PB"});
        QCOMPARE(partialPlan(TransitionKind::Account, {"aa"}).request.retire, QStringList {"AA"});
        QVERIFY(refusal(TransitionKind::Cap, {"PA"}, {"pa"}).contains(u"both retired and added"));
        // cap1 retires the scenario's CAP1.
        QCOMPARE(plan(request(TransitionKind::Cap, {"cap1"}, {"CAP4"})).request.retire, QStringList {"CAP1"});
    }

    void upgradeBlocksNeedAnSp2LogonPointAndCountClients()
    {
        const TransitionPlan p = partialPlan(TransitionKind::Cap, {"PA"}, {"PNEW"});
        // p1 and p3 are blocked at LP2 and LP3: two clients, four pairs. LP1 (SP1) blocks nobody,
        // though it is newer than p2's 1493.2000.
        QCOMPARE(p.upgradeBlockCount, 2);
        QCOMPARE(p.counts.upgradeBlocked, 2);
        QCOMPARE(p.upgradeBlocks.size(), 4);
        QStringList pairs;
        for (const UpgradeBlock& b : p.upgradeBlocks)
            pairs << b.client + u'@' + b.logonPoint;
        pairs.sort();
        QCOMPARE(pairs, (QStringList {"p1@LP2", "p1@LP3", "p3@LP2", "p3@LP3"}));
        // No automatic recovery: p1 and p3 upgrade-blocked, p2 push-installed.
        QCOMPARE(p.noAutomaticRecoveryCount, 3);
        QCOMPARE(p.noAutomaticRecovery.at(1).client, QStringLiteral("p2"));
        QCOMPARE(p.noAutomaticRecovery.at(1).reason, QStringLiteral("push-installed"));
    }

    void perSeatLicencesAreNeverFlagged()
    {
        // Retiring PA leaves PB (per-seat, 0 licences) and PE (per-server, 5) for 5 non-stale clients.
        // At a full storm: ceil(5 x 1 x 3 / 2) = 8 connections each. PE is short; PB's count means
        // nothing.
        TransitionRequest r = partialPlan(TransitionKind::Cap, {"PA"}, {"PB"}).request;
        r.load.peakFraction = 1;
        QString error;
        const auto p = TransitionPlanner(m_partial.inventory()).plan(r, &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->licenceWarnings.size(), 1);
        QCOMPARE(p->licenceWarnings.first().cap, QStringLiteral("PE"));
        QCOMPARE(p->licenceWarnings.first().expectedConnections, 8);
    }

    void overridesAreSavedWithThePlan()
    {
        auto r = request(TransitionKind::Cap, {"CAP1", "CAP2"}, {"CAP4"});
        r.maxOfflineOverrides.insert(QStringLiteral("night"), 100 * UtcTime::Hour);
        r.blackoutOverrides.insert(
            QStringLiteral("holiday"), {{at("2026-12-02T00:00:00Z"), at("2026-12-04T00:00:00Z")}});
        r.blackoutOverrides.insert(QStringLiteral("on"), {}); // no blackouts at all in this plan
        const TransitionPlan p = plan(r);
        QCOMPARE(iso(p.safeRemoval), QStringLiteral("2026-12-06T13:00:00Z"));
        QString error;
        const auto id = PlanStore(m_t.inventory()).save(p, &error);
        QVERIFY2(id, qPrintable(error));
        std::optional<qint64> saved;
        const auto loaded = PlanStore(m_t.inventory()).load(*id, &saved, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->maxOfflineOverrides, r.maxOfflineOverrides);
        QCOMPARE(loaded->blackoutOverrides.keys().size(), 2);
        QCOMPARE(loaded->blackoutOverrides.value(QStringLiteral("holiday")).size(), 1);
        QCOMPARE(loaded->blackoutOverrides.value(QStringLiteral("holiday")).first().endsAt, at("2026-12-04T00:00:00Z"));
        QVERIFY(loaded->blackoutOverrides.contains(QStringLiteral("on")));
        // Reopening recomputes the same plan, not the inventory's.
        QCOMPARE(plan(*loaded).safeRemoval, saved);
        QCOMPARE(iso(plan(*loaded).profiles.at(0).deadline), QStringLiteral("2026-12-04T01:00:00Z"));
        QVERIFY(PlanStore(m_t.inventory()).remove(*id, &error));
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
            "atRisk", "upgradeBlocks", "logonPointAssignment", "licenceWarnings", "noAutomaticRecovery", "warnings",
            "covered", "stayingItems"};
        keys.sort();
        expected.sort();
        QCOMPARE(keys, expected);
        QCOMPARE(json.value(u"safeRemoval").toString(), QStringLiteral("2026-12-03T09:00:00Z"));
        const QJsonObject counts = json.value(u"counts").toObject();
        QCOMPARE(counts.value(u"exposed").toInt(), 1);
        QCOMPARE(counts.value(u"covered").toInt(), 6);
        QCOMPARE(counts.value(u"exposed").toInt() + counts.value(u"covered").toInt(), counts.value(u"pending").toInt());
        QCOMPARE(counts.value(u"upgradeBlocked").toInt(), 2);
        QCOMPARE(json.value(u"covered").toArray().size(), 6);
        QCOMPARE(json.value(u"profiles").toArray().at(3).toObject().value(u"exposed").toInt(), 1);
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
