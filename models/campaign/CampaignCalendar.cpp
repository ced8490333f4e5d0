#include "CampaignCalendar.h"

#include "Campaign.h"
#include "domain/UtcTime.h"
#include "report/TransitionReport.h"

#include <QCoreApplication>
#include <QHash>
#include <libical/ical.h>

namespace CampaignCalendar {
namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("CampaignCalendar", text);
}

QString tr(const char* text, const char* disambiguation, int n)
{
    return QCoreApplication::translate("CampaignCalendar", text, disambiguation, n);
}

// The events are points in time; an hour gives them a visible slot in a calendar (RFC 5545 wants
// DTEND after DTSTART).
constexpr qint64 EventLength = UtcTime::Hour;

icaltimetype utc(qint64 seconds)
{
    return icaltime_from_timet_with_zone(time_t(seconds), 0, icaltimezone_get_utc_timezone());
}

QString slug(const QString& text)
{
    QString result;
    for (const QChar c : text.toLower())
        result += (c.isLetterOrNumber() && c.unicode() < 128) || c == u'_' || c == u'-' ? c : u'-';
    return result;
}

void addEvent(icalcomponent* calendar, const QString& uid, qint64 stamp, qint64 at, const QString& summary,
    const QString& description)
{
    icalcomponent* event = icalcomponent_new_vevent();
    icalcomponent_add_property(event, icalproperty_new_uid(uid.toUtf8().constData()));
    icalcomponent_add_property(event, icalproperty_new_dtstamp(utc(stamp)));
    icalcomponent_add_property(event, icalproperty_new_dtstart(utc(at)));
    icalcomponent_add_property(event, icalproperty_new_dtend(utc(at + EventLength)));
    icalcomponent_add_property(event, icalproperty_new_summary(summary.toUtf8().constData()));
    icalcomponent_add_property(event, icalproperty_new_description(description.toUtf8().constData()));
    icalcomponent_add_property(event, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
    icalcomponent_add_component(calendar, event);
}
} // namespace

QString uid(const QString& campaign, const QString& site, TransitionKind kind, const QString& event, int occurrence)
{
    const QString siteSlug = occurrence > 1 ? slug(site) + QStringLiteral("-%1").arg(occurrence) : slug(site);
    return QStringLiteral("%1-%2-%3-%4@capplanner").arg(event, Enums::name(kind), siteSlug, slug(campaign));
}

QByteArray ics(const CampaignResult& campaign, qint64 stamp)
{
    icalcomponent* calendar = icalcomponent_new_vcalendar();
    icalcomponent_add_property(calendar, icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar, icalproperty_new_prodid("-//CapPlanner//Campaign//EN"));
    icalcomponent_add_property(calendar, icalproperty_new_method(ICAL_METHOD_PUBLISH));
    const QString comma = QStringLiteral(", ");
    QHash<QString, int> seen;
    for (const CampaignSiteResult& s : campaign.sites) {
        if (!s.plan)
            continue;
        const TransitionRequest& r = s.plan->request;
        const int occurrence = ++seen[r.site.toLower() + u'/' + Enums::name(r.kind)];
        const auto id
            = [&](const char* event) { return uid(campaign.name, r.site, r.kind, QLatin1String(event), occurrence); };
        const bool caps = r.kind == TransitionKind::Cap;
        const QString items = caps ? tr("CAPs") : tr("client connection accounts");
        const QString added = r.add.isEmpty() ? tr("nothing") : r.add.join(comma);
        const QString retired = r.retire.join(comma);
        const QString head
            = tr("Campaign %1, site %2, %3.\nRetire: %4\nAdd: %5\n").arg(campaign.name, r.site, items, retired, added);
        addEvent(calendar, id("add"), stamp, r.start, tr("%1: add %2").arg(r.site, added),
            head
                + tr("Add the new %1 and leave the old ones in place: the clients must learn the new list before "
                     "the old ones go (Q260824).")
                      .arg(items));
        addEvent(calendar, id("check"), stamp, r.start + r.timing.propagation,
            tr("%1: check the new list reached every CAP").arg(r.site),
            head
                + tr("Check that the new list has reached every CAP: Inbox Manager copies it within the "
                     "propagation time P = %1 hours after the start (Q278856).")
                      .arg(r.timing.propagation / double(UtcTime::Hour)));
        if (s.plan->safeRemoval)
            addEvent(calendar, id("remove"), stamp, *s.plan->safeRemoval, tr("%1: remove %2").arg(r.site, retired),
                head
                    + tr("Remove %1. The safe removal time: every exposed client has refreshed its list by then, "
                         "its longest disconnection and blackouts counted with the CCIM cycle and the retry "
                         "(Q260824, Q231232, Q236052; %Ln client(s) still pending).",
                        nullptr, int(s.plan->counts.pending))
                          .arg(retired));
    }
    char* text = icalcomponent_as_ical_string_r(calendar);
    const QByteArray bytes(text);
    free(text);
    icalcomponent_free(calendar);
    return bytes;
}

bool write(const CampaignResult& campaign, qint64 stamp, const QString& path, QString* error)
{
    return TransitionReport::saveFile(path, ics(campaign, stamp), error);
}
} // namespace CampaignCalendar
