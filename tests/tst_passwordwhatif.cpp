#include "TestInventory.h"
#include "planning/PasswordWhatIfPlanner.h"
#include "planning/PlanJson.h"

#include <QJsonObject>
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

private slots:
    void initTestCase() { QVERIFY(m_t.importScenario()); }

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

    void jsonHasExactlyTheDocumentedKeys()
    {
        const QJsonObject json = PlanJson::toJson(evaluate(QStringLiteral("S1"), QStringLiteral("ACC_A")));
        QStringList keys = json.keys();
        QStringList expected {"site", "account", "at", "counts", "allUpdatedBy", "lockout", "selfUninstallBy",
            "recovery", "saferAlternative", "rotation"};
        keys.sort();
        expected.sort();
        QCOMPARE(keys, expected);
        QCOMPARE(
            json.value(u"lockout").toObject().value(u"lockedUntil").toString(), QStringLiteral("2027-01-23T12:00:00Z"));
    }
};

QTEST_GUILESS_MAIN(TestPasswordWhatIf)
#include "tst_passwordwhatif.moc"
