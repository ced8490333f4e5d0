#pragma once

#include "domain/UtcTime.h"

// A time as the console shows it: in the user's language, long form, in UTC like the plans.
inline QString longUtc(qint64 seconds)
{
    return UtcTime::longDisplay(seconds);
}
