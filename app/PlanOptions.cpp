#include "PlanOptions.h"

#include "CommandLine.h"
#include "domain/UtcTime.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace CommandLine {
namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("CommandLine", text);
}

QStringList names(const QString& list)
{
    QStringList result;
    for (const QString& name : list.split(u',', Qt::SkipEmptyParts)) {
        if (!name.trimmed().isEmpty())
            result << name.trimmed();
    }
    return result;
}

// Prints `message`, or keeps it in `error` with the option it concerns.
void fail(OptionError* error, const QCommandLineOption& option, const QString& message)
{
    if (error)
        *error = OptionError {option.names().constFirst(), message};
    else
        printError(message);
}
} // namespace

std::optional<qint64> readTime(const QCommandLineParser& parser, const QCommandLineOption& option, OptionError* error)
{
    const auto time = UtcTime::parse(parser.value(option));
    if (!time)
        fail(error, option,
            tr("capplanner: --%1 takes an ISO 8601 time such as 2026-12-01T08:00:00Z")
                .arg(option.names().constFirst()));
    return time;
}

TimingOptions::TimingOptions()
    : propagation(QStringLiteral("propagation-hours"), tr("Propagation to the CAPs, P (default 1, Q278856)."),
        QStringLiteral("H"), QStringLiteral("1"))
    , ccim(QStringLiteral("ccim-hours"), tr("The CCIM maintenance cycle, C (default 23, Q231232)."),
          QStringLiteral("H"), QStringLiteral("23"))
    , retry(QStringLiteral("retry-minutes"), tr("Retry when no CAP is reachable, R (default 60, Q236052)."),
          QStringLiteral("M"), QStringLiteral("60"))
    , margin(QStringLiteral("margin-hours"), tr("A safety margin added to the safe time (default 0)."),
          QStringLiteral("H"), QStringLiteral("0"))
{
}

void TimingOptions::addTo(QCommandLineParser& parser, bool withMargin) const
{
    parser.addOptions({propagation, ccim, retry});
    if (withMargin)
        parser.addOption(margin);
}

std::optional<TimingParameters> TimingOptions::read(
    const QCommandLineParser& parser, bool withMargin, OptionError* error) const
{
    TimingParameters timing;
    const std::pair<const QCommandLineOption*, qint64*> fields[] = {{&propagation, &timing.propagation},
        {&ccim, &timing.ccimCycle}, {&retry, &timing.retry}, {&margin, &timing.margin}};
    for (const auto& [option, target] : fields) {
        if (option == &margin && !withMargin)
            continue;
        bool ok = false;
        const double value = parser.value(*option).toDouble(&ok);
        if (!ok || !std::isfinite(value) || value < 0 || value > 1e6) {
            fail(error, *option, tr("capplanner: --%1 takes a number of 0 or more").arg(option->names().constFirst()));
            return std::nullopt;
        }
        const qint64 unit = option == &retry ? UtcTime::Minute : UtcTime::Hour;
        *target = qRound64(value * unit);
    }
    return timing;
}

PlanOptions::PlanOptions()
    : site(QStringLiteral("site"), tr("The site code."), QStringLiteral("CODE"))
    , kind(QStringLiteral("kind"), tr("cap or account."), QStringLiteral("KIND"))
    , retire(QStringLiteral("retire"), tr("The CAPs or accounts to retire, comma-separated."), QStringLiteral("NAMES"))
    , add(QStringLiteral("add"), tr("The new CAPs or accounts, comma-separated."), QStringLiteral("NAMES"))
    , start(QStringLiteral("start"), tr("When the new ones are live (ISO 8601)."), QStringLiteral("TIME"))
    , removal(QStringLiteral("removal"), tr("A proposed removal time, to list who is at risk."), QStringLiteral("TIME"))
    , peak(QStringLiteral("peak-fraction"), tr("Share of the site's clients connecting at once (default 0.05)."),
          QStringLiteral("F"), QStringLiteral("0.05"))
    , connections(QStringLiteral("connections-per-client"),
          tr("Connections one installing client holds (default 3, Q208618)."), QStringLiteral("N"), QStringLiteral("3"))
    , offline(QStringLiteral("offline"),
          tr("The longest disconnection of a profile for this plan only, e.g. laptop=120 (repeatable)."),
          QStringLiteral("PROFILE=HOURS"))
    , blackout(QStringLiteral("blackout"),
          tr("A blackout of a profile for this plan only, e.g. laptop=2026-12-24T00:00:00Z/2027-01-02T00:00:00Z "
             "(repeatable; replaces that profile's blackouts in the inventory)."),
          QStringLiteral("PROFILE=START/END"))
{
}

namespace {
// "PROFILE=VALUE": the profile and the value, or nothing when either is missing.
std::optional<std::pair<QString, QString>> profileValue(const QString& text)
{
    const qsizetype equals = text.lastIndexOf(u'=');
    if (equals <= 0 || equals == text.size() - 1)
        return std::nullopt;
    const QString profile = text.left(equals).trimmed();
    const QString value = text.mid(equals + 1).trimmed();
    if (profile.isEmpty() || value.isEmpty())
        return std::nullopt;
    return std::pair(profile, value);
}

// RULES.md R1.6: the wizard's per-plan overrides, from --offline and --blackout.
bool readOverrides(const QCommandLineParser& parser, const QCommandLineOption& offline,
    const QCommandLineOption& blackout, TransitionRequest& request, OptionError* error)
{
    for (const QString& text : parser.values(offline)) {
        const auto pair = profileValue(text);
        bool ok = false;
        const double hours = pair ? pair->second.toDouble(&ok) : 0;
        if (!pair || !ok || !std::isfinite(hours) || hours < 0 || hours > 1e6) {
            fail(error, offline,
                tr("capplanner: --offline takes PROFILE=HOURS with a number of 0 or more, not \"%1\"").arg(text));
            return false;
        }
        request.maxOfflineOverrides.insert(pair->first, qRound64(hours * UtcTime::Hour));
    }
    QHash<QString, QList<Blackout>> blackouts;
    for (const QString& text : parser.values(blackout)) {
        const auto pair = profileValue(text);
        const QStringList ends = pair ? pair->second.split(u'/') : QStringList();
        std::optional<qint64> from;
        std::optional<qint64> to;
        if (ends.size() == 2) {
            from = UtcTime::parse(ends.at(0).trimmed());
            to = UtcTime::parse(ends.at(1).trimmed());
        }
        if (!from || !to || *to <= *from) {
            fail(error, blackout,
                tr("capplanner: --blackout takes PROFILE=START/END with two ISO 8601 times, the end after the "
                   "start, not \"%1\"")
                    .arg(text));
            return false;
        }
        blackouts[pair->first] << Blackout {*from, *to};
    }
    for (auto it = blackouts.begin(); it != blackouts.end(); ++it) {
        std::sort(it->begin(), it->end(), [](const Blackout& a, const Blackout& b) { return a.startsAt < b.startsAt; });
        request.blackoutOverrides.insert(it.key(), *it);
    }
    return true;
}
} // namespace

void PlanOptions::addTo(QCommandLineParser& parser) const
{
    parser.addOptions({site, kind, retire, add, start, removal});
    timing.addTo(parser, true);
    parser.addOptions({peak, connections, offline, blackout});
}

bool PlanOptions::anySet(const QCommandLineParser& parser) const
{
    for (const QCommandLineOption* option : {&kind, &retire, &add, &start, &removal, &offline, &blackout})
        if (parser.isSet(*option))
            return true;
    return false;
}

std::optional<TransitionRequest> PlanOptions::read(
    const QCommandLineParser& parser, const QString& command, OptionError* error) const
{
    TransitionRequest request;
    request.site = parser.value(site);
    const auto parsedKind = Enums::parseTransitionKind(parser.value(kind));
    if (request.site.isEmpty() || !parsedKind || !parser.isSet(retire) || !parser.isSet(start)) {
        const QCommandLineOption& missing = request.site.isEmpty() ? site
            : !parsedKind                                          ? kind
            : !parser.isSet(retire)                                ? retire
                                                                   : start;
        fail(error, missing,
            tr("capplanner: %1 needs --site CODE, --kind cap|account, --retire NAMES and --start TIME").arg(command));
        return std::nullopt;
    }
    request.kind = *parsedKind;
    request.retire = names(parser.value(retire));
    request.add = names(parser.value(add));
    const auto startTime = readTime(parser, start, error);
    if (!startTime)
        return std::nullopt;
    const auto readTiming = timing.read(parser, true, error);
    if (!readTiming)
        return std::nullopt;
    request.start = *startTime;
    request.timing = *readTiming;
    if (parser.isSet(removal)) {
        const auto removalTime = readTime(parser, removal, error);
        if (!removalTime)
            return std::nullopt;
        request.proposedRemoval = removalTime;
    }
    bool okPeak = false;
    bool okConnections = false;
    request.load.peakFraction = parser.value(peak).toDouble(&okPeak);
    request.load.connectionsPerClient = parser.value(connections).toInt(&okConnections);
    if (!okPeak || !std::isfinite(request.load.peakFraction) || request.load.peakFraction < 0
        || request.load.peakFraction > 1 || !okConnections || request.load.connectionsPerClient < 0) {
        fail(error,
            okPeak && std::isfinite(request.load.peakFraction) && request.load.peakFraction >= 0
                    && request.load.peakFraction <= 1
                ? connections
                : peak,
            tr("capplanner: --peak-fraction takes a number from 0 to 1, --connections-per-client a whole "
               "number of 0 or more"));
        return std::nullopt;
    }
    if (!readOverrides(parser, offline, blackout, request, error))
        return std::nullopt;
    return request;
}

WhatIfOptions::WhatIfOptions()
    : account(QStringLiteral("account"), tr("The account whose password changes."), QStringLiteral("NAME"))
    , at(QStringLiteral("at"), tr("When the password changes (ISO 8601)."), QStringLiteral("TIME"))
{
}

void WhatIfOptions::addTo(QCommandLineParser& parser, bool withTiming) const
{
    parser.addOptions({account, at});
    if (withTiming)
        timing.addTo(parser, false);
}

std::optional<PasswordWhatIfRequest> WhatIfOptions::read(
    const QCommandLineParser& parser, const QString& site, const QString& command) const
{
    if (site.isEmpty() || !parser.isSet(account) || !parser.isSet(at)) {
        printError(tr("capplanner: %1 needs --site CODE, --account NAME and --at TIME").arg(command));
        return std::nullopt;
    }
    PasswordWhatIfRequest request;
    request.site = site;
    request.account = parser.value(account);
    const auto time = readTime(parser, at);
    const auto readTiming = timing.read(parser, false);
    if (!time || !readTiming)
        return std::nullopt;
    request.at = *time;
    request.timing = *readTiming;
    return request;
}
} // namespace CommandLine
