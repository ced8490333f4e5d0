#include "CampaignReport.h"

#include "Campaign.h"
#include "CampaignJson.h"
#include "csv/CsvWriter.h"
#include "domain/UtcTime.h"
#include "planning/PlanJson.h"
#include "report/TransitionReport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QLocale>

namespace CampaignReport {
namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("CampaignReport", text);
}

QString tr(const char* text, const char* disambiguation, int n)
{
    return QCoreApplication::translate("CampaignReport", text, disambiguation, n);
}

const char* const CountKeys[]
    = {"inScope", "pending", "exposed", "covered", "confirmed", "stale", "unaffected", "atRisk", "upgradeBlocked"};
const char* const FlagKeys[]
    = {"licenceShortfalls", "upgradeBlocked", "logonPointSites", "noAutomaticRecovery", "atRisk"};

QString time(const std::optional<qint64>& t)
{
    return t ? UtcTime::format(*t) : QString();
}

QString display(const std::optional<qint64>& t)
{
    return t ? UtcTime::shortDisplay(*t) : tr("never");
}

} // namespace

QString flagsText(const CampaignFlags& f)
{
    QStringList parts;
    if (f.licenceShortfalls)
        parts << tr("%Ln CAP(s) short of licences", nullptr, int(f.licenceShortfalls));
    if (f.upgradeBlocked)
        parts << tr("%Ln upgrade-blocked client(s)", nullptr, int(f.upgradeBlocked));
    if (f.logonPointSites)
        parts << tr("%Ln site(s) a logon point stops serving", nullptr, int(f.logonPointSites));
    if (f.noAutomaticRecovery)
        parts << tr("%Ln client(s) without automatic recovery", nullptr, int(f.noAutomaticRecovery));
    if (f.atRisk)
        parts << tr("%Ln client(s) at risk at the proposed removal", nullptr, int(f.atRisk));
    return parts.join(QStringLiteral("; "));
}
QStringList csvHeader()
{
    QStringList header {QStringLiteral("site"), QStringLiteral("kind"), QStringLiteral("wave"), QStringLiteral("start"),
        QStringLiteral("safe_removal"), QStringLiteral("retire"), QStringLiteral("add")};
    for (const char* key : CountKeys)
        header << QLatin1String(key);
    for (const char* key : FlagKeys)
        header << QStringLiteral("flag_") + QLatin1String(key);
    header << QStringLiteral("error");
    return header;
}

bool writeCsv(const CampaignResult& campaign, const QString& path, QString* error)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    writer.writeRecord(csvHeader());
    for (const CampaignSiteResult& s : campaign.sites) {
        const TransitionRequest& r = s.site.request;
        QStringList row {r.site, Enums::name(r.kind), QString::number(s.site.wave),
            s.plan ? UtcTime::format(s.start) : QString(), time(s.safeRemoval()), r.retire.join(u';'),
            r.add.join(u';')};
        const QJsonObject counts
            = s.plan ? PlanJson::toJson(*s.plan).value(QStringLiteral("counts")).toObject() : QJsonObject();
        for (const char* key : CountKeys)
            row << (s.plan ? QString::number(counts.value(QLatin1String(key)).toInteger()) : QString());
        const QJsonObject flags = CampaignJson::flags(s.flags);
        for (const char* key : FlagKeys)
            row << QString::number(flags.value(QLatin1String(key)).toInteger());
        row << s.error;
        writer.writeRecord(row);
    }
    if (!writer.flush(error))
        return false;
    return TransitionReport::saveFile(path, buffer.data(), error);
}

QString html(const CampaignResult& campaign, const QString& inventory, qint64 madeAt)
{
    const auto e = [](const QString& text) { return text.toHtmlEscaped(); };
    QString body = QStringLiteral("<h1>%1</h1>").arg(e(tr("Campaign %1").arg(campaign.name)));
    body += QStringLiteral("<p>%1</p>")
                .arg(e(tr("Inventory %1, made %2. Every figure is the site plan's own (TransitionPlanner).")
                           .arg(inventory, UtcTime::longDisplay(madeAt))));
    body += campaign.end
        ? QStringLiteral("<p class=\"safe\">%1</p>")
              .arg(e(tr("The campaign ends at %1: the latest safe removal of its sites.")
                         .arg(UtcTime::longDisplay(*campaign.end))))
        : QStringLiteral("<p class=\"none\">%1</p>")
              .arg(e(tr("The campaign has no end: a site has no safe removal time or was not planned.")));
    const QString flags = flagsText(campaign.flags);
    if (!flags.isEmpty())
        body += QStringLiteral("<p class=\"warn\">%1</p>").arg(e(tr("Flags over all sites: %1").arg(flags)));

    body += QStringLiteral("<h2>%1</h2>").arg(e(tr("Waves")));
    QList<QStringList> waveRows;
    for (const CampaignWave& w : campaign.waves)
        waveRows << QStringList {QString::number(w.wave), QString::number(w.offsetDays),
            e(UtcTime::shortDisplay(w.start)), e(display(w.end)), QString::number(w.sites.size())};
    body += TransitionReport::htmlTable(
        {e(tr("Wave")), e(tr("Offset (days)")), e(tr("Start")), e(tr("Latest safe removal")), e(tr("Sites"))},
        waveRows);

    body += QStringLiteral("<h2>%1</h2>").arg(e(tr("Sites")));
    QList<QStringList> rows;
    const QLocale locale;
    for (const CampaignSiteResult& s : campaign.sites) {
        const TransitionRequest& r = s.site.request;
        const QString items = tr("retire %1; add %2")
                                  .arg(r.retire.join(QStringLiteral(", ")),
                                      r.add.isEmpty() ? tr("nothing") : r.add.join(QStringLiteral(", ")));
        if (!s.plan) {
            rows << QStringList {e(r.site), e(Enums::name(r.kind)), QString::number(s.site.wave), e(items), QString(),
                QString(), QString(), QString(), QStringLiteral("<span class=\"warn\">%1</span>").arg(e(s.error))};
            continue;
        }
        const PlanCounts& c = s.plan->counts;
        rows << QStringList {e(r.site), e(Enums::name(r.kind)), QString::number(s.site.wave), e(items),
            e(UtcTime::shortDisplay(s.start)), e(display(s.safeRemoval())), locale.toString(c.pending),
            locale.toString(c.exposed), QStringLiteral("<span class=\"warn\">%1</span>").arg(e(flagsText(s.flags)))};
    }
    body += TransitionReport::htmlTable({e(tr("Site")), e(tr("Kind")), e(tr("Wave")), e(tr("Items")), e(tr("Start")),
                                            e(tr("Safe removal")), e(tr("Pending")), e(tr("Exposed")), e(tr("Flags"))},
        rows);
    return TransitionReport::htmlPage(tr("Campaign %1").arg(campaign.name), body);
}

bool write(const CampaignResult& campaign, const QString& inventory, qint64 madeAt, const QString& path, QString* error)
{
    const auto format = TransitionReport::formatOf(path);
    if (!format) {
        *error = tr("%1: unknown report format; use .pdf, .html, .csv or .ics").arg(path);
        return false;
    }
    switch (*format) {
    case TransitionReport::Format::Csv:
        return writeCsv(campaign, path, error);
    case TransitionReport::Format::Html:
        return TransitionReport::saveFile(path, html(campaign, inventory, madeAt).toUtf8(), error);
    case TransitionReport::Format::Pdf:
        return TransitionReport::writeHtmlAsPdf(
            html(campaign, inventory, madeAt), tr("Campaign %1").arg(campaign.name), path, error);
    }
    return false;
}
} // namespace CampaignReport
