#include "domain/UtcTime.h"
#include "planning/RemovalDeadline.h"
#include "planning/TimingParameters.h"

#include <QTest>

namespace {
qint64 at(const char* iso)
{
    return *UtcTime::parse(QString::fromLatin1(iso));
}
QString iso(qint64 t)
{
    return UtcTime::format(t);
}
constexpr qint64 H = UtcTime::Hour;
} // namespace

// Rule 1 by hand. S = 2026-12-01T08:00Z, P = 1 h, C = 23 h, R = 60 min, so S + P = 09:00 and the
// deadline before blackouts is S + 25 h + D.
class TestRemovalDeadline : public QObject
{
    Q_OBJECT
private slots:
    void withoutBlackouts()
    {
        const TimingParameters timing;
        DisconnectionProfile always {QStringLiteral("always on"), 0, {}};
        // Q231232: a client on all the time refreshes within one 23-hour cycle.
        QCOMPARE(
            iso(removalDeadline(at("2026-12-01T08:00:00Z"), timing, always)), QStringLiteral("2026-12-02T09:00:00Z"));
        DisconnectionProfile weekend {QStringLiteral("weekend"), 64 * H, {}};
        QCOMPARE(
            iso(removalDeadline(at("2026-12-01T08:00:00Z"), timing, weekend)), QStringLiteral("2026-12-05T01:00:00Z"));
    }

    void theTimingConstantsCount()
    {
        TimingParameters timing;
        timing.propagation = 2 * H;
        timing.ccimCycle = 24 * H;
        timing.retry = 30 * 60;
        DisconnectionProfile night {QStringLiteral("night"), 10 * H, {}};
        // 08:00 + 2 h + 24 h + 10 h + 30 min
        QCOMPARE(
            iso(removalDeadline(at("2026-12-01T08:00:00Z"), timing, night)), QStringLiteral("2026-12-02T20:30:00Z"));
    }

    void blackoutStartingBeforeAndEndingAfterTheDeadline()
    {
        // Base deadline 2026-12-02T09:00; the break 12-02 00:00 to 12-10 00:00 pushes it to 12-10 01:00.
        DisconnectionProfile p {QStringLiteral("p"), 0, {{at("2026-12-02T00:00:00Z"), at("2026-12-10T00:00:00Z")}}};
        QCOMPARE(iso(removalDeadline(at("2026-12-01T08:00:00Z"), {}, p)), QStringLiteral("2026-12-10T01:00:00Z"));
    }

    void blackoutEndingBeforeTheDeadlineStillHoldsTheClient()
    {
        // A client off from before S + P until 12-01 20:00 gets the list at 20:00 + R at the latest,
        // which is before the base deadline: nothing changes.
        DisconnectionProfile p {QStringLiteral("p"), 0, {{at("2026-11-30T00:00:00Z"), at("2026-12-01T20:00:00Z")}}};
        QCOMPARE(iso(removalDeadline(at("2026-12-01T08:00:00Z"), {}, p)), QStringLiteral("2026-12-02T09:00:00Z"));
    }

    void chainedBlackouts()
    {
        // The first pushes the deadline to 12-04 01:00, inside the second, which pushes it to 12-06 01:00;
        // the blackouts are listed in the opposite order to show the order does not matter.
        DisconnectionProfile p {QStringLiteral("p"), 24 * H,
            {{at("2026-12-03T12:00:00Z"), at("2026-12-06T00:00:00Z")},
                {at("2026-12-02T00:00:00Z"), at("2026-12-04T00:00:00Z")}}};
        QCOMPARE(iso(removalDeadline(at("2026-12-01T08:00:00Z"), {}, p)), QStringLiteral("2026-12-06T01:00:00Z"));
    }

    void blackoutsOutsideTheWindowAreIgnored()
    {
        DisconnectionProfile p {QStringLiteral("p"), 24 * H,
            {{at("2026-11-01T00:00:00Z"), at("2026-11-05T00:00:00Z")}, // entirely before the start
                {at("2026-11-30T00:00:00Z"), at("2026-12-01T08:30:00Z")}, // ends before S + P
                {at("2026-12-03T09:00:00Z"), at("2026-12-09T00:00:00Z")}}}; // starts at the deadline
        QCOMPARE(iso(removalDeadline(at("2026-12-01T08:00:00Z"), {}, p)), QStringLiteral("2026-12-03T09:00:00Z"));
    }

    void blackoutEndingExactlyAtPropagationIsIgnored()
    {
        // b1 > S + P is strict: a blackout over by 09:00 cannot keep the client from the new list.
        DisconnectionProfile p {QStringLiteral("p"), 0, {{at("2026-11-30T00:00:00Z"), at("2026-12-01T09:00:00Z")}}};
        QCOMPARE(iso(removalDeadline(at("2026-12-01T08:00:00Z"), {}, p)), QStringLiteral("2026-12-02T09:00:00Z"));
    }
};

QTEST_GUILESS_MAIN(TestRemovalDeadline)
#include "tst_removaldeadline.moc"
