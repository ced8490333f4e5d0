#include "RemovalDeadline.h"

#include "TimingParameters.h"

#include <algorithm>

qint64 removalDeadline(qint64 start, const TimingParameters& timing, const DisconnectionProfile& profile)
{
    const qint64 propagated = start + timing.propagation;
    qint64 deadline = propagated + timing.ccimCycle + profile.maxOffline + timing.retry;
    // A client off during a blackout runs its missed cycle at the next power-up (Q231232) and
    // retries within R; each push may reach a further blackout, so repeat to a fixed point.
    bool changed = true;
    while (changed) {
        changed = false;
        for (const Blackout& b : profile.blackouts) {
            if (b.startsAt < deadline && b.endsAt > propagated && b.endsAt + timing.retry > deadline) {
                deadline = b.endsAt + timing.retry;
                changed = true;
            }
        }
    }
    return deadline;
}
