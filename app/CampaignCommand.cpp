// campaign: one transition across many sites, from a CSV with one row per site (issue 19).
#include "CommandLine.h"
#include "PlanOptions.h"
#include "campaign/Campaign.h"
#include "campaign/CampaignCalendar.h"
#include "campaign/CampaignJson.h"
#include "campaign/CampaignReport.h"
#include "campaign/CampaignStore.h"
#include "csv/CsvReader.h"
#include "domain/UtcTime.h"
#include "report/TransitionReport.h"
#include "store/Inventory.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace CommandLine {
namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("CommandLine", text);
}

// A row of the campaign file: the site it describes, the line it starts on, and its fields by
// column.
struct CampaignRow
{
    int line = 0;
    QHash<QString, QString> fields; // by the column's option name
};

struct CampaignFile
{
    QString path;
    QHash<QString, QString> headers; // option name to the column as the file spells it
    QList<CampaignRow> rows;
    QStringList errors;

    void error(int line, const QString& option, const QString& what)
    {
        QString message = what;
        if (message.startsWith(QLatin1String("capplanner: ")))
            message = message.mid(12);
        errors
            << QStringLiteral("%1:%2: column %3: %4").arg(path).arg(line).arg(headers.value(option, option), message);
    }
};

const QString WaveColumn = QStringLiteral("wave");
const QString OffsetColumn = QStringLiteral("offset-days");

// The columns: every option of `plan` (site, kind, retire, add, start, removal, the timing, load
// and override options; `_` or `-` alike) and the campaign's own wave and offset_days.
std::optional<CampaignFile> readFile(const QString& path, const PlanOptions& options, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("capplanner: %1: cannot read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray data = file.readAll();
    CampaignFile result;
    result.path = path;
    int binaryLine = 0;
    if (CsvReader::looksBinary(data, &binaryLine)) {
        *error = tr("%1:%2: not a CSV file").arg(path).arg(binaryLine);
        return std::nullopt;
    }
    QStringList known {WaveColumn, OffsetColumn};
    for (const QCommandLineOption* option : {&options.site, &options.kind, &options.retire, &options.add,
             &options.start, &options.removal, &options.peak, &options.connections, &options.offline, &options.blackout,
             &options.timing.propagation, &options.timing.ccim, &options.timing.retry, &options.timing.margin})
        known << option->names().constFirst();
    CsvReader reader(data);
    CsvReader::Record record;
    if (!reader.next(record)) {
        *error = reader.atError() ? tr("%1:%2: %3").arg(path).arg(reader.errorLine()).arg(reader.error())
                                  : tr("%1: empty; it needs a header row: site, kind, retire, add, start").arg(path);
        return std::nullopt;
    }
    QStringList columns;
    for (const QString& spelled : record.fields) {
        const QString name = spelled.trimmed().toLower().replace(u'_', u'-');
        if (!known.contains(name))
            result.error(record.line, name, tr("unknown column \"%1\"").arg(spelled.trimmed()));
        else if (result.headers.contains(name))
            result.error(record.line, name, tr("the column appears twice"));
        result.headers.insert(name, spelled.trimmed());
        columns << name;
    }
    for (const QCommandLineOption* option : {&options.site, &options.kind, &options.retire, &options.start}) {
        const QString name = option->names().constFirst();
        if (!result.headers.contains(name))
            result.error(record.line, name, tr("missing from the header row"));
    }
    if (!result.errors.isEmpty())
        return result;
    while (reader.next(record)) {
        CampaignRow row;
        row.line = record.line;
        if (record.fields.size() != columns.size()) {
            const QString column = columns.value(std::min(record.fields.size(), columns.size() - 1));
            result.error(record.line, column,
                tr("the row has %1 fields, the header %2").arg(record.fields.size()).arg(columns.size()));
            continue;
        }
        for (int i = 0; i < columns.size(); ++i)
            row.fields.insert(columns.at(i), record.fields.at(i).trimmed());
        result.rows << row;
    }
    if (reader.atError())
        result.errors << tr("%1:%2: %3").arg(path).arg(reader.errorLine()).arg(reader.error());
    else if (result.rows.isEmpty() && result.errors.isEmpty())
        result.errors << tr("%1: no sites: the file has only its header row").arg(path);
    return result;
}

// Each row is checked exactly as `plan` checks its options: its fields become plan's options and
// go through PlanOptions::read, whose errors name the option, here the column.
QList<CampaignSite> readSites(CampaignFile& file, const PlanOptions& options)
{
    QList<CampaignSite> sites;
    QMap<int, std::pair<int, int>> waveOffsets; // wave to (offset, line)
    const QStringList listed {options.retire.names().constFirst(), options.add.names().constFirst()};
    const QStringList repeated {options.offline.names().constFirst(), options.blackout.names().constFirst()};
    for (const CampaignRow& row : std::as_const(file.rows)) {
        QStringList arguments {QStringLiteral("capplanner-campaign")};
        for (auto it = row.fields.cbegin(); it != row.fields.cend(); ++it) {
            if (it.key() == WaveColumn || it.key() == OffsetColumn || it.value().isEmpty())
                continue;
            QStringList values {it.value()};
            if (listed.contains(it.key()))
                values = {it.value().split(u';').join(u',')};
            else if (repeated.contains(it.key()))
                values = it.value().split(u';', Qt::SkipEmptyParts);
            for (const QString& value : std::as_const(values))
                arguments << QStringLiteral("--%1=%2").arg(it.key(), value.trimmed());
        }
        QCommandLineParser parser;
        options.addTo(parser);
        if (!parser.parse(arguments)) {
            file.errors << QStringLiteral("%1:%2: %3").arg(file.path).arg(row.line).arg(parser.errorText());
            continue;
        }
        OptionError problem;
        const std::optional<TransitionRequest> request = options.read(parser, QStringLiteral("campaign"), &problem);
        if (!request) {
            file.error(row.line, problem.option, problem.message);
            continue;
        }
        CampaignSite site;
        site.request = *request;
        bool ok = true;
        const QString wave = row.fields.value(WaveColumn);
        if (!wave.isEmpty()) {
            site.wave = wave.toInt(&ok);
            if (!ok || site.wave < 0) {
                file.error(row.line, WaveColumn, tr("takes a whole number of 0 or more, not \"%1\"").arg(wave));
                continue;
            }
        }
        const QString offset = row.fields.value(OffsetColumn);
        if (!offset.isEmpty()) {
            site.offsetDays = offset.toInt(&ok);
            if (!ok || site.offsetDays < 0 || site.offsetDays > 3650) {
                file.error(
                    row.line, OffsetColumn, tr("takes a whole number of days from 0 to 3650, not \"%1\"").arg(offset));
                continue;
            }
        }
        // One offset per wave: rows that leave it empty take the wave's.
        if (!offset.isEmpty()) {
            const auto known = waveOffsets.constFind(site.wave);
            if (known != waveOffsets.cend() && known->first != site.offsetDays) {
                file.error(row.line, OffsetColumn,
                    tr("wave %1 already starts %2 days after the wave before (line %3)")
                        .arg(site.wave)
                        .arg(known->first)
                        .arg(known->second));
                continue;
            }
            waveOffsets.insert(site.wave, {site.offsetDays, row.line});
        }
        sites << site;
    }
    for (CampaignSite& site : sites)
        site.offsetDays = waveOffsets.value(site.wave, {0, 0}).first;
    return sites;
}

// The column a planner's refusal concerns: the site, or the names it quotes.
QString columnOf(const CampaignSiteResult& site, const PlanOptions& options)
{
    const TransitionRequest& r = site.site.request;
    if (site.error == QCoreApplication::translate("SiteFacts", "unknown site \"%1\"").arg(r.site))
        return options.site.names().constFirst();
    for (const QString& name : r.add) {
        if (site.error.contains(u'"' + name + u'"', Qt::CaseInsensitive)
            && !r.retire.contains(name, Qt::CaseInsensitive))
            return options.add.names().constFirst();
    }
    if (site.start != r.start && !site.plan && site.error.contains(UtcTime::format(site.start)))
        return WaveColumn;
    return options.retire.names().constFirst();
}
} // namespace

int campaign(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Plans one transition across many sites (a campaign): each row of --plan is a site's plan, checked and "
           "planned exactly as plan does it. CAMPAIGN.csv has the columns site, kind, retire, add, start (names "
           "separated by ;), optionally wave and offset_days (a wave starts offset_days after the previous wave's "
           "latest safe removal), and any other option of plan as a column (removal, margin_hours, offline, ...)."));
    const QCommandLineOption db = inventoryOption();
    const QCommandLineOption planFile(
        QStringLiteral("plan"), tr("The campaign: a CSV file with one row per site."), QStringLiteral("CAMPAIGN.csv"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption save(QStringLiteral("save"),
        tr("Save the campaign under NAME (replacing one of that name)."), QStringLiteral("NAME"));
    const QCommandLineOption out(QStringLiteral("out"),
        tr("Write the campaign report (.pdf, .html, .csv) or its calendar (.ics)."), QStringLiteral("FILE"));
    parser.addOptions({db, planFile, json, save, out});
    int status = Ok;
    if (!parse(parser, arguments, 0, &status))
        return status;
    if (!parser.isSet(planFile)) {
        printError(tr("capplanner: campaign needs --plan CAMPAIGN.csv"));
        return UsageError;
    }
    const QString outPath = parser.value(out);
    const bool calendar = outPath.endsWith(QLatin1String(".ics"), Qt::CaseInsensitive);
    if (parser.isSet(out) && !calendar && !TransitionReport::formatOf(outPath)) {
        printError(tr("capplanner: --out FILE must end in .pdf, .html, .csv or .ics"));
        return UsageError;
    }

    const PlanOptions options;
    QString error;
    std::optional<CampaignFile> file = readFile(parser.value(planFile), options, &error);
    if (!file) {
        printError(error);
        return DataError;
    }
    Campaign campaign;
    campaign.name = parser.isSet(save) ? parser.value(save) : QFileInfo(file->path).completeBaseName();
    if (file->errors.isEmpty())
        campaign.sites = readSites(*file, options);
    if (!file->errors.isEmpty()) {
        for (const QString& message : std::as_const(file->errors))
            printError(message);
        return DataError;
    }

    Inventory inventory;
    if (!openInventory(inventory, parser.value(db), false, &status))
        return status;
    const CampaignResult result = CampaignPlanner(inventory).plan(campaign);
    for (int i = 0; i < result.sites.size(); ++i) {
        const CampaignSiteResult& site = result.sites.at(i);
        if (!site.plan)
            file->error(file->rows.at(i).line, columnOf(site, options), site.error);
    }
    if (!file->errors.isEmpty()) {
        for (const QString& message : std::as_const(file->errors))
            printError(message);
        return DataError;
    }

    if (parser.isSet(out)) {
        const qint64 now = UtcTime::now();
        const bool written = calendar
            ? CampaignCalendar::write(result, now, outPath, &error)
            : CampaignReport::write(result, QFileInfo(parser.value(db)).fileName(), now, outPath, &error);
        if (!written) {
            printError(QStringLiteral("capplanner: ") + error);
            return DataError;
        }
    }
    std::optional<qint64> id;
    if (parser.isSet(save)) {
        id = CampaignStore(inventory).save(result, &error);
        if (!id) {
            printError(QStringLiteral("capplanner: ") + error);
            return DataError;
        }
    }
    if (parser.isSet(json)) {
        QJsonObject object = CampaignJson::toJson(result);
        if (id)
            object.insert(QStringLiteral("id"), *id);
        printOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
        return Ok;
    }
    if (id)
        printOut(tr("Saved as campaign %1 (\"%2\")\n").arg(*id).arg(result.name));
    printOut(QCoreApplication::translate(
        "CommandLine", "Campaign %1: %n site(s), ends %2\n", nullptr, int(result.sites.size()))
                 .arg(result.name, result.end ? UtcTime::format(*result.end) : tr("never")));
    for (const CampaignSiteResult& site : result.sites)
        printOut(QStringLiteral("  %1 %2 wave %3: start %4, safe removal %5, %6 pending\n")
                     .arg(site.site.request.site, Enums::name(site.site.request.kind))
                     .arg(site.site.wave)
                     .arg(UtcTime::format(site.start),
                         site.safeRemoval() ? UtcTime::format(*site.safeRemoval()) : tr("never"))
                     .arg(site.plan->counts.pending));
    return Ok;
}
} // namespace CommandLine
