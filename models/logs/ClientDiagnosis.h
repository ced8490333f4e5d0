#pragma once

#include "LogEntry.h"

#include <QList>
#include <QString>
#include <optional>

// What a client's logs prove (Q236052, Q208618, Q227033), each finding with the line that shows it.
struct LogFinding
{
    enum class Kind { AccessDenied, LockedOut, NoMoreConnections, CapUnreachable, Retrying, Refreshed };
    Kind kind;
    qint64 timeMs = 0;
    int line = 0;
    QString file;
    QString evidence;
};

struct ClientDiagnosis
{
    QList<LogFinding> findings; // the latest of each kind, in the order above
    std::optional<qint64> lastRefreshMs; // a completed cycle or a CAP read without error
    std::optional<qint64> retryingSinceMs; // hourly retries since, with no refresh after
    int retries = 0;

    static QString kindName(LogFinding::Kind kind);
    static QString explain(LogFinding::Kind kind);
};

// Reads the entries of one client's logs (any number of files) into a diagnosis.
ClientDiagnosis diagnose(const QList<std::pair<QString, LogFile>>& files);
