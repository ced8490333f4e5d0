#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>

// One run of the real capplanner binary (CAPPLANNER_BIN, set by ctest): its exit status (-1 when
// it crashed or did not finish in two minutes) and what it wrote.
struct CommandRun
{
    int status = -1;
    QByteArray out;
    QByteArray err;
};

inline CommandRun runCapplanner(const QStringList& arguments)
{
    QProcess process;
    process.start(qEnvironmentVariable("CAPPLANNER_BIN"), arguments);
    CommandRun result;
    if (!process.waitForFinished(120000))
        return result;
    result.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}
