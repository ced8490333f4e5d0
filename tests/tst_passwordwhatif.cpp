#include "TestInventory.h"
#include "planning/PasswordWhatIfPlanner.h"
#include "planning/PlanJson.h"
#include "planning/PlanText.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTest>

// Rule 3 on the hand-worked scenario (see tst_transitionplanner.cpp for the clients). The password
// of ACC_A changes at T = 2026-12-01T08:00Z. S1's accounts: A (old, password changed 11-20), B
// (added 11-25, known from 11-25 01:00), D (old, password changed 11-28), E (removed 12-01 06:00,
// before T). A client with no refresh is taken to know what was live at T - C = 11-30 09:00.
//   c8 (11-24 12:00) knows A, D and E: D's password changed after its refresh, E is removed by T,
//       A changes: orphaned, holding A's old password; uninstalls 2027-01-23 12:00.
//   c10 (10-02 08:00) likewise: orphaned holder; uninstalls 2026-12-01 08:00.
//   c1, c2, c4, c6, c7, c9 know A and B (B valid): fallback.
//   c3 is Windows 9x: unaffected; c5 is stale.
// allUpdatedBy = the latest fallback deadline with S = T: holiday (c6), 2026-12-06 01:00.
// Lockout (D1, threshold 5): from T until max(12-06 01:00, 2027-01-23 12:00).
class TestPasswordWhatIf : public QObject
{
    Q_OBJECT
private:
    TestInventory m_t;

    PasswordWhatIf evaluate(const QString& site, const QString& account, const char* at = "2026-12-01T08:00:00Z")
    {
        PasswordWhatIfRequest r;
        r.site = site;
        r.account = account;
        r.at = *UtcTime::parse(QString::fromLatin1(at));
        QString error;
        const auto result = PasswordWhatIfPlanner(m_t.inventory()).evaluate(r, &error);
        if (!result)
            qWarning("%s", qPrintable(error));
        return result.value_or(PasswordWhatIf {});
    }

    static QString iso(const std::optional<qint64>& t) { return t ? UtcTime::format(*t) : QStringLiteral("none"); }

    static const RecoveryOption& option(const PasswordWhatIf& w, const char* method)
    {
        for (const RecoveryOption& o : w.recovery) {
            if (o.method == QLatin1String(method))
                return o;
        }
        static RecoveryOption none;
        return none;
    }

    // A second inventory for lockouts that spread, Logon Discovery and rotation (worked out below).
    TestInventory m_spread;

    PasswordWhatIf evaluateIn(TestInventory& t, const QString& site, const QString& account)
    {
        PasswordWhatIfRequest r;
        r.site = site;
        r.account = account;
        r.at = *UtcTime::parse(QStringLiteral("2026-12-01T08:00:00Z"));
        QString error;
        const auto result = PasswordWhatIfPlanner(t.inventory()).evaluate(r, &error);
        if (!result)
            qWarning("%s", qPrintable(error));
        return result.value_or(PasswordWhatIf {});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_t.importScenario());
        // DL locks out after 5 attempts, passwords for 42 days; DZ never expires passwords; DA
        // expires them after 3 days.
        const QList<std::pair<const char*, QByteArray>> tables {
            {"domains", "name,lockout_threshold,max_password_age_days\nDL,5,42\nDZ,5,0\nDA,0,3\n"},
            {"sites",
                "code,domain,version,logon_installation,logon_discovery\n"
                "L1,DL,2.00.1493.3000,no,no\nL2,DL,2.00.1493.3000,no,yes\nL3,DZ,2.00.1493.3000,no,no\n"
                "L4,DA,2.00.1493.3000,no,no\n"},
            {"profiles", "name,max_offline_hours\non,0\ntrip,48\nhuge,500\n"},
            {"blackouts",
                "profile,starts_at,ends_at\ntrip,2026-12-20T00:00:00Z,2026-12-23T00:00:00Z\n"
                "huge,2026-12-01T00:00:00Z,2027-03-01T00:00:00Z\n"},
            {"accounts",
                "name,site,added_at,password_changed_at\n"
                "ACC_X,L1,2026-01-01T00:00:00Z,2026-11-30T00:00:00Z\nACC_Y,L1,2026-01-01T00:00:00Z,\n"
                "ACC_L2,L2,2026-01-01T00:00:00Z,\nACC_L3,L3,2026-01-01T00:00:00Z,\n"
                "ACC_L4,L4,2026-01-01T00:00:00Z,\n"},
            {"clients",
                "name,site,os,install_method,version,profile,last_refresh_at\n"
                "f1,L1,w2k,logon,2.00.1493.3000,on,2026-11-30T12:00:00Z\n"
                "h1,L1,nt4,logon,2.00.1493.3000,on,2026-11-29T00:00:00Z\n"
                "p1,L2,w2k,push,2.00.1493.3000,on,2026-11-29T00:00:00Z\n"
                "u1,L2,w2k,unknown,2.00.1493.3000,on,2026-11-29T00:00:00Z\n"
                "z1,L3,w2k,logon,2.00.1493.3000,on,2026-11-30T00:00:00Z\n"
                "t1,L4,w2k,logon,2.00.1493.3000,trip,2026-11-30T00:00:00Z\n"
                "s1,L4,w2k,logon,2.00.1493.3000,huge,2026-01-01T00:00:00Z\n"
                "n1,L4,win9x,logon,2.00.1493.3000,huge,2026-11-30T00:00:00Z\n"},
        };
        for (const auto& [table, csv] : tables) {
            const auto imported = m_spread.import(QString::fromLatin1(table), csv);
            QVERIFY2(imported.ok, qPrintable(imported.error));
        }
    }

    void countsEachClientOnce()
    {
        const PasswordWhatIf w = evaluate(QStringLiteral("S1"), QStringLiteral("ACC_A"));
        QCOMPARE(w.orphaned, 2);
        QCOMPARE(w.fallback, 6);
        QCOMPARE(w.unaffected, 1);
        QCOMPARE(w.stale, 1);
        QCOMPARE(w.holders, 8);
        QCOMPARE(iso(w.allUpdatedBy), QStringLiteral("2026-12-06T01:00:00Z"));
        QCOMPARE(iso(w.selfUninstallBy), QStringLiteral("2027-01-23T12:00:00Z"));
    }

    void lockoutLastsUntilTheLastHolderIsGone()
    {
        const PasswordWhatIf w = evaluate(QStringLiteral("S1"), QStringLiteral("ACC_A"));
        QVERIFY(w.lockoutEnabled);
        QCOMPARE(w.lockoutThreshold, 5);
        QCOMPARE(iso(w.lockedFrom), QStringLiteral("2026-12-01T08:00:00Z"));
        QCOMPARE(iso(w.lockedUntil), QStringLiteral("2027-01-23T12:00:00Z"));
    }

    void changingANewerAccountOrphansNobodyNew()
    {
        // B is known only to clients refreshed since 11-25 01:00, and they all still have A.
        const PasswordWhatIf w = evaluate(QStringLiteral("S1"), QStringLiteral("ACC_B"));
        // c8 never knew B and holds A's current password: unaffected, beside the 9x c3. c10
        // refreshed before A's password changed and never knew B: orphaned whatever the change,
        // and it does not hold B's password.
        QCOMPARE(w.orphaned, 1);
        QCOMPARE(w.fallback, 6);
        QCOMPARE(w.unaffected, 2);
        QCOMPARE(w.holders, 6);
        // Lockout ends when the fallback clients are updated; the orphans never tried B.
        QCOMPARE(iso(w.lockedUntil), QStringLiteral("2026-12-06T01:00:00Z"));
    }

    void recoveryOptions()
    {
        const PasswordWhatIf w = evaluate(QStringLiteral("S1"), QStringLiteral("ACC_A"));
        QCOMPARE(w.recovery.size(), 4);
        // S1 has Logon Client Installation; c8 and c10 are at 1493.3000, not upgrade-blocked.
        QVERIFY(option(w, "smsman").available);
        QCOMPARE(option(w, "smsman").clients, 2);
        QCOMPARE(option(w, "registry-reset").clients, 2);
        QCOMPARE(option(w, "wait").clients, 2);
        // CAP2 is a domain controller: the Guest account would open on the domain.
        QVERIFY(option(w, "guest-account").note.contains(u"domain controller"));
        QVERIFY(option(w, "wait").note.contains(
            UtcTime::longDisplay(*UtcTime::parse(QStringLiteral("2027-01-23T12:00:00Z")))));
    }

    void saferAlternativeAndRotation()
    {
        const PasswordWhatIf w = evaluate(QStringLiteral("S1"), QStringLiteral("ACC_A"));
        QCOMPARE(iso(w.addNewAccountAt), QStringLiteral("2026-12-01T08:00:00Z"));
        // The Rule 1 safe time of an account plan retiring A at T: holiday, 12-06 01:00.
        QCOMPARE(iso(w.removeOldAt), QStringLiteral("2026-12-06T01:00:00Z"));
        // S1's accounts carry no number: the replaced one's name with "_2" (AccountNames::next).
        QCOMPARE(w.newAccount, QStringLiteral("ACC_A_2"));
        QCOMPARE(PlanJson::toJson(w).value(u"saferAlternative").toObject().value(u"newAccount").toString(),
            QStringLiteral("ACC_A_2"));
        QVERIFY(PlanText::summary(w).contains(u"add a new account, ACC_A_2, at 2026-12-01T08:00:00Z"));
        // 42 days / 3 = 14; window = 1 + 23 + 1 + 24 (c4 has no profile: the longest, holiday) = 49 h.
        QCOMPARE(w.cadenceDays, 14);
        QCOMPARE(w.accountsNeeded, 2);
    }

    void listsNameTheClientsOfEachGroup()
    {
        PasswordWhatIfRequest r;
        r.site = QStringLiteral("S1");
        r.account = QStringLiteral("ACC_A");
        r.at = *UtcTime::parse(QStringLiteral("2026-12-01T08:00:00Z"));
        r.listLimit = 100;
        QString error;
        const auto w = PasswordWhatIfPlanner(m_t.inventory()).evaluate(r, &error);
        QVERIFY(w);
        QCOMPARE(w->orphanedClients, (QStringList {"c10", "c8"}));
        QCOMPARE(w->fallbackClients, (QStringList {"c1", "c2", "c4", "c6", "c7", "c9"}));
        QCOMPARE(w->unaffectedClients, QStringList {"c3"});
        QCOMPARE(w->staleClients, QStringList {"c5"});
        r.listLimit = 2;
        QCOMPARE(PasswordWhatIfPlanner(m_t.inventory()).evaluate(r, &error)->fallbackClients.size(), 2);
    }

    void lockoutDisabledDomain()
    {
        // S3 is in D2: threshold 0, maximum password age 30 days.
        const PasswordWhatIf w = evaluate(QStringLiteral("S3"), QStringLiteral("ACC_S3"));
        QCOMPARE(w.orphaned, 1); // d1: its only account changes
        QCOMPARE(w.unaffected, 1); // d2 is Windows 9x
        QVERIFY(!w.lockoutEnabled);
        QVERIFY(!w.lockedFrom);
        QVERIFY(!w.lockedUntil);
        QCOMPARE(w.cadenceDays, 10);
        // S3 has no Logon Client Installation: Smsman cannot help.
        QVERIFY(!option(w, "smsman").available);
        QCOMPARE(option(w, "smsman").clients, 0);
        QVERIFY(option(w, "registry-reset").available);
    }

    void unknownOrRemovedAccountIsRefused()
    {
        PasswordWhatIfRequest r;
        r.site = QStringLiteral("S1");
        r.account = QStringLiteral("ACC_E");
        r.at = *UtcTime::parse(QStringLiteral("2026-12-01T08:00:00Z"));
        QString error;
        QVERIFY(!PasswordWhatIfPlanner(m_t.inventory()).evaluate(r, &error));
        QVERIFY(error.contains(u"ACC_E"));
    }

    void lockoutsSpreadToEveryAccountWithOldPasswords()
    {
        // S1 at T: ACC_A's holders are the 8 NT clients that know it (above). ACC_D's password
        // changed 11-28 00:00: its holders know D and refreshed before 11-28 01:00, c8 (11-24 12:00)
        // and c10 (10-02 08:00); both are orphaned by A's change, so D stays locked until c8
        // uninstalls itself, 2027-01-23 12:00. It changed before T: it may be locking out already.
        // B has no password change and E is removed by T: no lockout.
        const PasswordWhatIf w = evaluate(QStringLiteral("S1"), QStringLiteral("ACC_A"));
        QCOMPARE(w.lockouts.size(), 2);
        QCOMPARE(w.lockouts.at(0).account, QStringLiteral("ACC_A"));
        QCOMPARE(w.lockouts.at(0).holders, w.holders);
        QCOMPARE(iso(w.lockouts.at(0).from), iso(w.lockedFrom));
        QCOMPARE(iso(w.lockouts.at(0).until), iso(w.lockedUntil));
        QVERIFY(!w.lockouts.at(0).already);
        QCOMPARE(w.lockouts.at(1).account, QStringLiteral("ACC_D"));
        QCOMPARE(w.lockouts.at(1).holders, 2);
        QCOMPARE(iso(w.lockouts.at(1).from), QStringLiteral("2026-11-28T00:00:00Z"));
        QCOMPARE(iso(w.lockouts.at(1).until), QStringLiteral("2027-01-23T12:00:00Z"));
        QVERIFY(w.lockouts.at(1).already);
        // The fallback clients all keep B, which nobody holds an old password of: none delayed.
        QCOMPARE(w.delayedByLockout, 0);
        // S1 has Logon Discovery: c8 and c10 (not upgrade-blocked) recover at their next logon.
        QCOMPARE(w.recoverAtLogon, 2);
        const QString text = PlanText::summary(w);
        QVERIFY2(text.contains(u"ACC_D") && text.contains(u"locking out already"), qPrintable(text));
    }

    void aFallbackClientWhoseAccountsAreAllLockedIsDelayed()
    {
        // L1, ACC_Y changes at T = 12-01 08:00. ACC_X's password changed 11-30 00:00.
        //   f1 (11-30 12:00, on) knows X's new password and Y: fallback on X; deadline
        //       T + 1 + 23 + 0 + 1 = 12-02 09:00.
        //   h1 (11-29 00:00) refreshed before X's change + P: X is invalid to it, Y changes:
        //       orphaned, and a holder of both old passwords; uninstalls 11-29 + 60 d = 2027-01-28.
        // X is locked from 11-30 00:00 until 2027-01-28 (h1 never updates); f1's only account left
        // is X, locked at its deadline: delayed by lockout until 2027-01-28.
        const PasswordWhatIf w = evaluateIn(m_spread, QStringLiteral("L1"), QStringLiteral("acc_y"));
        QCOMPARE(w.request.account, QStringLiteral("ACC_Y")); // names ignore case
        QCOMPARE(w.orphaned, 1);
        QCOMPARE(w.fallback, 1);
        QCOMPARE(w.lockouts.size(), 2);
        QCOMPARE(w.lockouts.at(0).account, QStringLiteral("ACC_Y"));
        QCOMPARE(w.lockouts.at(0).holders, 2);
        QCOMPARE(iso(w.lockouts.at(0).until), QStringLiteral("2027-01-28T00:00:00Z"));
        QCOMPARE(w.lockouts.at(1).account, QStringLiteral("ACC_X"));
        QCOMPARE(w.lockouts.at(1).holders, 1);
        QCOMPARE(iso(w.lockouts.at(1).from), QStringLiteral("2026-11-30T00:00:00Z"));
        QCOMPARE(iso(w.lockouts.at(1).until), QStringLiteral("2027-01-28T00:00:00Z"));
        QCOMPARE(w.delayedByLockout, 1);
        QCOMPARE(iso(w.delayedUntil), QStringLiteral("2027-01-28T00:00:00Z"));
        QCOMPARE(iso(w.allUpdatedBy), QStringLiteral("2026-12-02T09:00:00Z")); // R3.2 unchanged
        // No Logon Discovery, no Logon Client Installation: nothing recovers by itself.
        QCOMPARE(w.recoverAtLogon, 0);
        QVERIFY(!option(w, "smsman").available);
        const QJsonObject json = PlanJson::toJson(w);
        QCOMPARE(json.value(u"counts").toObject().value(u"delayedByLockout").toInt(), 1);
        const QJsonArray lockouts = json.value(u"lockouts").toArray();
        QCOMPARE(lockouts.size(), 2);
        QCOMPARE(lockouts.at(1).toObject().value(u"account").toString(), QStringLiteral("ACC_X"));
        QCOMPARE(lockouts.at(1).toObject().value(u"from").toString(), QStringLiteral("2026-11-30T00:00:00Z"));
        QCOMPARE(lockouts.at(1).toObject().value(u"holders").toInt(), 1);
    }

    void logonDiscoveryRecoversOrphansEvenPushInstalled()
    {
        // L2 has Logon Discovery only: p1 (push) and u1 (install method unknown) lose their only
        // account; both get it back at their next logon (Q237759), and Smsman applies (Q236052).
        const PasswordWhatIf w = evaluateIn(m_spread, QStringLiteral("L2"), QStringLiteral("ACC_L2"));
        QCOMPARE(w.orphaned, 2);
        QCOMPARE(w.recoverAtLogon, 2);
        QVERIFY(option(w, "smsman").available);
        QCOMPARE(option(w, "smsman").clients, 2);
        QCOMPARE(PlanJson::toJson(w).value(u"counts").toObject().value(u"recoverAtLogon").toInt(), 2);
    }

    void recoveryNotesCiteTheRightArticles()
    {
        const PasswordWhatIf w = evaluate(QStringLiteral("S1"), QStringLiteral("ACC_A"));
        QVERIFY(option(w, "registry-reset").note.contains(u"Q236052"));
        QVERIFY(!option(w, "registry-reset").note.contains(u"Q237759"));
        QVERIFY(option(w, "registry-reset").note.contains(u"reinstalled"));
        QVERIFY(option(w, "guest-account").note.contains(u"Q236052"));
        QVERIFY(option(w, "guest-account").note.contains(u"create a new account"));
        QVERIFY(option(w, "wait").note.contains(u"Q265358"));
    }

    void noRotationWhenPasswordsNeverExpire()
    {
        const PasswordWhatIf w = evaluateIn(m_spread, QStringLiteral("L3"), QStringLiteral("ACC_L3"));
        QVERIFY(!w.rotationNeeded);
        const QJsonObject rotation = PlanJson::toJson(w).value(u"rotation").toObject();
        QVERIFY(rotation.value(u"cadenceDays").isNull());
        QVERIFY(rotation.value(u"accountsNeeded").isNull());
        QVERIFY(PlanText::summary(w).contains(u"never expire"));
        QVERIFY(!PlanText::summary(w).contains(u"every 0 day"));
    }

    void rotationWindowCountsBlackouts()
    {
        // L4 (DA, maximum age 3 days): cadence max(1, floor(3 / 3)) = 1 day. The non-stale NT
        // clients: t1 (trip: D = 48 h, a 72 h blackout); s1 (huge) is stale and n1 (huge) is
        // Windows 9x, so "huge" does not count. window = 1 + 23 + 1 + 48 + 72 = 145 h;
        // accounts = max(2, ceil(145 / 24) + 1) = 8.
        const PasswordWhatIf w = evaluateIn(m_spread, QStringLiteral("L4"), QStringLiteral("ACC_L4"));
        QVERIFY(w.rotationNeeded);
        QCOMPARE(w.cadenceDays, 1);
        QCOMPARE(w.accountsNeeded, 8);
        QVERIFY(!w.lockoutEnabled);
        QVERIFY(w.lockouts.size() == 1 && !w.lockouts.first().from); // holders, but no lockout in DA
    }

    // A client whose export lacks Site Config Last Checked never uninstalls itself (Q265358): as an
    // orphaned holder it keeps the accounts whose old passwords it holds locking out for good.
    void anOrphanThatNeverUninstallsLocksOutForGood()
    {
        const auto neverRemoves = [](TestInventory& t, const char* client) {
            QSqlQuery q(t.inventory().database());
            return q.exec(QStringLiteral("INSERT INTO client_registry VALUES ('%1', '%1.reg', 0, 0, 1)")
                              .arg(QLatin1String(client)));
        };
        const auto forget = [](TestInventory& t) {
            QSqlQuery(t.inventory().database()).exec(QStringLiteral("DELETE FROM client_registry"));
        };
        // S1, ACC_A at T: c8 (orphaned, holds A's and D's old passwords) never uninstalls; c10 still
        // does, 10-02 08:00 + 60 d = 12-01 08:00.
        QVERIFY(neverRemoves(m_t, "c8"));
        auto cleanup = qScopeGuard([&] { forget(m_t); });
        PasswordWhatIf w = evaluate(QStringLiteral("S1"), QStringLiteral("ACC_A"));
        QCOMPARE(w.orphaned, 2);
        QCOMPARE(w.neverUninstall, 1);
        QCOMPARE(iso(w.selfUninstallBy), QStringLiteral("2026-12-01T08:00:00Z"));
        QCOMPARE(iso(w.lockedFrom), QStringLiteral("2026-12-01T08:00:00Z"));
        QVERIFY(!w.lockedUntil);
        QCOMPARE(w.lockouts.size(), 2);
        QVERIFY(!w.lockouts.at(0).until);
        QCOMPARE(w.lockouts.at(1).account, QStringLiteral("ACC_D"));
        QVERIFY(w.lockouts.at(1).from && !w.lockouts.at(1).until);
        QCOMPARE(option(w, "wait").clients, 1);
        QVERIFY(option(w, "wait").available);
        QVERIFY2(option(w, "wait").note.startsWith(u"1 orphaned client")
                && option(w, "wait").note.contains(u"never uninstall themselves")
                && option(w, "wait").note.contains(
                    UtcTime::longDisplay(*UtcTime::parse(QStringLiteral("2026-12-01T08:00:00Z")))),
            qPrintable(option(w, "wait").note));
        QJsonObject json = PlanJson::toJson(w);
        QCOMPARE(json.value(u"counts").toObject().value(u"neverUninstall").toInt(), 1);
        QVERIFY(json.value(u"lockout").toObject().value(u"lockedUntil").isNull());
        QString text = PlanText::summary(w);
        QVERIFY2(
            text.contains(u"until never") && text.contains(u"1 orphaned client(s) never uninstall"), qPrintable(text));

        // L1, ACC_Y (see above) with h1 never uninstalling: X and Y lock out for good, and f1,
        // whose only account left is X, is delayed for good; nobody left to wait for.
        QVERIFY(neverRemoves(m_spread, "h1"));
        auto cleanupSpread = qScopeGuard([&] { forget(m_spread); });
        w = evaluateIn(m_spread, QStringLiteral("L1"), QStringLiteral("ACC_Y"));
        QCOMPARE(w.orphaned, 1);
        QCOMPARE(w.neverUninstall, 1);
        QVERIFY(!w.selfUninstallBy);
        QCOMPARE(w.lockouts.size(), 2);
        QVERIFY(!w.lockouts.at(0).until && !w.lockouts.at(1).until);
        QCOMPARE(w.delayedByLockout, 1);
        QVERIFY(!w.delayedUntil);
        QVERIFY(!option(w, "wait").available);
        QCOMPARE(option(w, "wait").clients, 0);
        text = PlanText::summary(w);
        QVERIFY2(text.contains(u"delayed by lockout: every account left to them is locked out; updated by never"),
            qPrintable(text));
    }

    void jsonHasExactlyTheDocumentedKeys()
    {
        const QJsonObject json = PlanJson::toJson(evaluate(QStringLiteral("S1"), QStringLiteral("ACC_A")));
        QStringList keys = json.keys();
        QStringList expected {"site", "account", "at", "counts", "allUpdatedBy", "lockout", "lockouts",
            "selfUninstallBy", "recovery", "saferAlternative", "rotation"};
        keys.sort();
        expected.sort();
        QCOMPARE(keys, expected);
        QCOMPARE(
            json.value(u"lockout").toObject().value(u"lockedUntil").toString(), QStringLiteral("2027-01-23T12:00:00Z"));
    }
};

QTEST_GUILESS_MAIN(TestPasswordWhatIf)
#include "tst_passwordwhatif.moc"
