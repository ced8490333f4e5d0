#pragma once

#include "domain/Enums.h"

#include <QByteArray>
#include <QString>

struct CampaignResult;

// The campaign as an iCalendar file (RFC 5545) for the change board, written with libical. Per
// planned site three events: adding the new CAPs or accounts (at the plan's start), checking the
// new list reached every CAP (start + P, Q278856) and the removal (at the safe removal; left out
// when no time is safe). Each DESCRIPTION names the site, the items and the article behind the
// date. UIDs are stable per campaign, site and event ("add", "check", "remove"); times in UTC.
namespace CampaignCalendar {
QByteArray ics(const CampaignResult& campaign, qint64 stamp);
bool write(const CampaignResult& campaign, qint64 stamp, const QString& path, QString* error);
// "<event>-<kind>-<site>-<campaign>@capplanner", lower-cased, every character outside
// [a-z0-9_-] as '-'; a second plan of the same site and kind in one campaign gets "-2" after the
// site, and so on (`occurrence` counts from 1).
QString uid(
    const QString& campaign, const QString& site, TransitionKind kind, const QString& event, int occurrence = 1);
} // namespace CampaignCalendar
