// Parses a generated 100 MB SMS 2.0 log and prints the rate next to `grep -c '\$\$<'` over the
// same file in the same run.
//   build/bin/bench_logs [--megabytes N] [--runs N]   (figures are medians of the runs)
#include "logs/LogParser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    qint64 megabytes = 100;
    const QStringList args = app.arguments();
    if (const qsizetype at = args.indexOf(QStringLiteral("--megabytes")); at >= 0 && at + 1 < args.size())
        megabytes = std::max<qint64>(1, args.at(at + 1).toLongLong());
    int runs = 3;
    if (const qsizetype at = args.indexOf(QStringLiteral("--runs")); at >= 0 && at + 1 < args.size())
        runs = std::max(1, args.at(at + 1).toInt());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("Ccim32.log"));
    {
        const QByteArray lines[] = {"Warning - could not read files from site TB1 (#2147942405)  $$<CCIM32><Tue Jan 04 "
                                    "15:19:23.375 2000><thread=112 (0x70)>\n",
            "CCIM32 - Retry in 60 minutes  $$<CCIM32><Tue Jan 04 15:19:28.663 2000><thread=112 (0x70)>\n",
            "Reading \\\\CAP-S1\\CAP_S1\\clicomp.box\\ccim.cfg  $$<CCIM32><Tue Dec 01 12:00:00.000 2026><thread=112 "
            "(0x70)>\n",
            "Done processing active client components  $$<CCIM32><Tue Dec 01 12:00:05.250 2026><thread=112 (0x70)>\n"};
        QByteArray chunk;
        while (chunk.size() < (1 << 20)) {
            for (const QByteArray& line : lines)
                chunk += line;
        }
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        for (qint64 i = 0; i < megabytes; ++i)
            file.write(chunk);
    }
    QList<double> parses;
    QList<double> reads;
    QList<double> greps;
    QByteArray data;
    LogFile log;
    QByteArray counted;
    for (int run = 0; run < runs; ++run) {
        // The previous run's entries and bytes go first, outside the timing.
        log = LogFile();
        data = QByteArray();
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        QElapsedTimer timer;
        timer.start();
        data = LogParser::readFile(file);
        reads << timer.nsecsElapsed() / 1e6;
        timer.restart();
        log = LogParser::parse(data);
        parses << timer.nsecsElapsed() / 1e6 + reads.last();
        timer.restart();
        QProcess grep;
        grep.start(QStringLiteral("grep"), {QStringLiteral("-c"), QStringLiteral("\\$\\$<"), path});
        grep.waitForFinished(-1);
        greps << timer.nsecsElapsed() / 1e6;
        counted = grep.readAllStandardOutput();
    }
    const auto median = [](QList<double> v) {
        std::sort(v.begin(), v.end());
        return v.at(v.size() / 2);
    };
    const double parseMs = median(parses);
    const double readMs = median(reads);
    const double grepMs = median(greps);
    const double mb = data.size() / 1e6;
    std::printf("%.0f MB, %lld entries, %lld unreadable; grep counted %s", mb,
        static_cast<long long>(log.entries.size()), static_cast<long long>(log.unreadableLines.size()),
        counted.constData());
    std::printf("%-24s %9.0f ms %8.0f MB/s\n", "read + parse", parseMs, mb / (parseMs / 1000));
    std::printf("%-24s %9.0f ms %8.0f MB/s\n", "  of which parse", parseMs - readMs, mb / ((parseMs - readMs) / 1000));
    std::printf("%-24s %9.0f ms %8.0f MB/s   ratio %.2fx\n", "grep -c", grepMs, mb / (grepMs / 1000), parseMs / grepMs);
    // For bench/run.
    std::printf("RESULT log_mb %.0f\nRESULT parse_ms %.1f\nRESULT grep_ms %.1f\n", mb, parseMs, grepMs);
    return 0;
}
