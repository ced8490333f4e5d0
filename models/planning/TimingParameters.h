#pragma once

#include "domain/UtcTime.h"

// The timing constants of a plan, in seconds; every one can be changed per plan.
struct TimingParameters
{
    qint64 propagation = 1 * UtcTime::Hour; // Q278856: Inbox Manager copies the new lists to the CAPs
    qint64 ccimCycle = 23 * UtcTime::Hour; // Q231232: the CCIM maintenance cycle
    qint64 retry = 60 * UtcTime::Minute; // Q236052, Q227033: retry when no CAP is reachable
    qint64 margin = 0; // the administrator's own safety margin
};

// Q227033, Q236052: a client that cannot reach a CAP for 60 days uninstalls itself.
constexpr qint64 OrphanSelfUninstall = 60 * UtcTime::Day;

// Q226113, Q208618: a morning logon storm; each installing client holds several connections.
struct LoadParameters
{
    double peakFraction = 0.05;
    int connectionsPerClient = 3;
};
