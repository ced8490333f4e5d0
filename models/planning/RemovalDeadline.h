#pragma once

#include <QList>
#include <QString>

// A dated period when all clients of a disconnection profile are off (a holiday break).
struct Blackout
{
    qint64 startsAt = 0;
    qint64 endsAt = 0;
};

struct DisconnectionProfile
{
    QString name;
    qint64 maxOffline = 0; // seconds
    QList<Blackout> blackouts;
};

struct TimingParameters;

// Rule 1 (Q260824, Q231232): the latest time a pending client of a profile is sure to hold the new
// list, for a transition that starts at `start`:
//   deadline = S + P + C + D + R, then pushed to b1 + R by every blackout [b0, b1) that begins
//   before the deadline and ends after S + P, until nothing changes (chained blackouts).
qint64 removalDeadline(qint64 start, const TimingParameters& timing, const DisconnectionProfile& profile);
