#include "ClientDiagnosis.h"

#include <QCoreApplication>
#include <QMap>

namespace {
std::optional<LogFinding::Kind> failureKind(const LogEntry& entry, const QString& text)
{
    const quint32 code = entry.code.value_or(0);
    if (code == 0x80070005u || code == 0x8007052Eu)
        return LogFinding::Kind::AccessDenied;
    if (code == 0x80070775u)
        return LogFinding::Kind::LockedOut;
    if (code == 0x80070047u || text.contains(u"No more connections", Qt::CaseInsensitive))
        return LogFinding::Kind::NoMoreConnections;
    if (code == 0x80070035u || code == 0x80070043u || code == 0x800704CFu
        || text.contains(u"Can't get accessible path", Qt::CaseInsensitive)
        || text.contains(u"network path was not found", Qt::CaseInsensitive)
        || text.contains(u"Unable to connect to CAP", Qt::CaseInsensitive))
        return LogFinding::Kind::CapUnreachable;
    return std::nullopt;
}

bool isRefresh(const LogEntry& entry, const QString& text)
{
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
        for (const LogEntry& entry : log.entries) {
            const QString text = entry.text();
            if (const auto kind = failureKind(entry, text))
                record(*kind, name, entry);
            if (text.contains(u"Retry in", Qt::CaseInsensitive)) {
                record(LogFinding::Kind::Retrying, name, entry);
                retries.append({entry.timeMs, &entry});
            }
            if (isRefresh(entry, text)) {
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
