#pragma once

#include <QString>

struct CampaignFlags;
struct CampaignResult;

// The campaign report for the change board: PDF and HTML through TransitionReport's machinery
// (its page, tables and PDF writer), CSV with one row per site (dates, counts, flags). The format
// comes from the file name (.pdf, .html, .csv); .ics is CampaignCalendar's.
namespace CampaignReport {
QString html(const CampaignResult& campaign, const QString& inventory, qint64 madeAt);
bool writeCsv(const CampaignResult& campaign, const QString& path, QString* error);
bool write(
    const CampaignResult& campaign, const QString& inventory, qint64 madeAt, const QString& path, QString* error);
// The flags in words ("3 CAPs short of licences; 12 upgrade-blocked clients"): the report, its CSV and
// the campaign view say them alike.
QString flagsText(const CampaignFlags& flags);
// The CSV's header: site, kind, wave, start, safe_removal, the counts of `plan --json`, the flags.
QStringList csvHeader();
} // namespace CampaignReport
