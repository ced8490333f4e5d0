#include "ClientDiagnosis.h"

#include <QCoreApplication>
#include <QMap>
#include <algorithm>

namespace {
bool isAccessDenied(const LogEntry& entry)
{
    const quint32 code = entry.code.value_or(0);
    return code == 0x80070005u || code == 0x8007052Eu;
}

bool cannotGetAccessiblePath(const QString& text)
{
    return text.contains(u"Can't get accessible path", Qt::CaseInsensitive);
}

// `afterAccessDenied`: the file's previous failure was an access denied. Q236052's own sequence,
// "#2147942405" and then "Can't get accessible path", is the connection account's password, not an
// unreachable CAP.
std::optional<LogFinding::Kind> failureKind(const LogEntry& entry, const QString& text, bool afterAccessDenied)
{
    const quint32 code = entry.code.value_or(0);
    if (isAccessDenied(entry))
        return LogFinding::Kind::AccessDenied;
    if (afterAccessDenied && !entry.code && cannotGetAccessiblePath(text))
        return std::nullopt;
    if (code == 0x80070775u)
        return LogFinding::Kind::LockedOut;
    if (code == 0x80070047u || text.contains(u"No more connections", Qt::CaseInsensitive))
        return LogFinding::Kind::NoMoreConnections;
    if (code == 0x80070035u || code == 0x80070043u || code == 0x800704CFu || cannotGetAccessiblePath(text)
        || text.contains(u"network path was not found", Qt::CaseInsensitive)
        || text.contains(u"Unable to connect to CAP", Qt::CaseInsensitive))
        return LogFinding::Kind::CapUnreachable;
    return std::nullopt;
}

// Only the CCIM cycle refreshes a client's CAP and account lists (Q231232, Q237759): CCIM32 (as a
// name or a path to its program) or Configuration Manager's own refresh components. Another
// component's CAP read (SMSAPM32's, say) proves nothing about the lists.
bool isRefreshComponent(const QString& component)
{
    QStringView name = component;
    const qsizetype slash = std::max(name.lastIndexOf(u'\\'), name.lastIndexOf(u'/'));
    if (slash >= 0)
        name = name.sliced(slash + 1);
    if (const qsizetype dot = name.lastIndexOf(u'.'); dot > 0)
        name = name.first(dot);
    for (const char* refresher : {"CCIM32", "CCIM", "LocationServices", "ClientLocation"}) {
        if (name.compare(QLatin1String(refresher), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isRefresh(const LogEntry& entry, const QString& text)
{
    if (!isRefreshComponent(entry.component))
        return false;
    // Q236596: a maintenance cycle ends with "Done processing active client components"; a read
    // from a CAP share without an error shows the client reached it.
    if (text.contains(u"Done processing active client components", Qt::CaseInsensitive))
        return true;
    return entry.severity == LogEntry::Severity::Info && !entry.code && text.contains(u"\\CAP_", Qt::CaseInsensitive)
        && text.contains(u"\\\\");
}
} // namespace

QString ClientDiagnosis::kindName(LogFinding::Kind kind)
{
    switch (kind) {
    case LogFinding::Kind::AccessDenied:
        return QStringLiteral("access-denied");
    case LogFinding::Kind::LockedOut:
        return QStringLiteral("locked-out");
    case LogFinding::Kind::NoMoreConnections:
        return QStringLiteral("no-more-connections");
    case LogFinding::Kind::CapUnreachable:
        return QStringLiteral("cap-unreachable");
    case LogFinding::Kind::Retrying:
        return QStringLiteral("retrying");
    case LogFinding::Kind::Refreshed:
        return QStringLiteral("refreshed");
    }
    return {};
}

QString ClientDiagnosis::explain(LogFinding::Kind kind)
{
    switch (kind) {
    case LogFinding::Kind::AccessDenied:
        return QCoreApplication::translate("ClientDiagnosis",
            "Access denied on the CAP: the connection account's password is wrong or "
            "was changed (Q227033).");
    case LogFinding::Kind::LockedOut:
        return QCoreApplication::translate("ClientDiagnosis", "The connection account is locked out (Q227033).");
    case LogFinding::Kind::NoMoreConnections:
        return QCoreApplication::translate(
            "ClientDiagnosis", "No more connections: a per-server CAP's licences are used up (Q208618).");
    case LogFinding::Kind::CapUnreachable:
        return QCoreApplication::translate(
            "ClientDiagnosis", "The CAP list is not accessible: CAP unreachable or site gone (Q236052).");
    case LogFinding::Kind::Retrying:
        return QCoreApplication::translate("ClientDiagnosis",
            "Retrying every hour: it reaches no CAP, and uninstalls itself after 60 "
            "days (Q236052, Q227033).");
    case LogFinding::Kind::Refreshed:
        return QCoreApplication::translate("ClientDiagnosis", "Refreshed its site configuration from a CAP.");
    }
    return {};
}

ClientDiagnosis diagnose(const QList<std::pair<QString, LogFile>>& files)
{
    ClientDiagnosis result;
    QMap<int, LogFinding> latest;
    QList<std::pair<qint64, const LogEntry*>> retries;
    auto record = [&latest](LogFinding::Kind kind, const QString& file, const LogEntry& entry) {
        auto it = latest.find(int(kind));
        if (it == latest.end() || it->timeMs <= entry.timeMs)
            latest.insert(int(kind), LogFinding {kind, entry.timeMs, entry.line, file, entry.text()});
    };
    for (const auto& [name, log] : files) {
        bool afterAccessDenied = false;
        for (const LogEntry& entry : log.entries) {
            const QString text = entry.text();
            if (const auto kind = failureKind(entry, text, afterAccessDenied))
                record(*kind, name, entry);
            if (entry.code || cannotGetAccessiblePath(text))
                afterAccessDenied = isAccessDenied(entry) || (afterAccessDenied && !entry.code);
            if (text.contains(u"Retry in", Qt::CaseInsensitive)) {
                record(LogFinding::Kind::Retrying, name, entry);
                retries.append({entry.timeMs, &entry});
            }
            if (isRefresh(entry, text)) {
                afterAccessDenied = false;
                record(LogFinding::Kind::Refreshed, name, entry);
                result.lastRefreshMs = std::max(result.lastRefreshMs.value_or(entry.timeMs), entry.timeMs);
            }
        }
    }
    // Retries count from after the last refresh: that is when the 60-day clock started.
    for (const auto& [time, entry] : std::as_const(retries)) {
        Q_UNUSED(entry)
        if (result.lastRefreshMs && time <= *result.lastRefreshMs)
            continue;
        ++result.retries;
        result.retryingSinceMs = std::min(result.retryingSinceMs.value_or(time), time);
    }
    if (result.retries == 0)
        latest.remove(int(LogFinding::Kind::Retrying));
    result.findings = latest.values();
    return result;
}
