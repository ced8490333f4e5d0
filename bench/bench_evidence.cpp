// Reading client registry exports (RULES.md R6.1): every .reg file of a folder through RegFile and
// RegistryEvidence, against a reference doing the same reading (each file opened and read whole
// with a plain QFile, nothing parsed). Prints RESULT lines for bench/run.
//   bench_evidence --dir DIR [--runs N]
#include "evidence/RegistryEvidence.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <algorithm>
#include <cstdio>
#include <vector>

namespace {
double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString dir = args.value(args.indexOf(QStringLiteral("--dir")) + 1);
    const int runs
        = args.contains(QStringLiteral("--runs")) ? args.value(args.indexOf(QStringLiteral("--runs")) + 1).toInt() : 3;
    QString error;
    const std::optional<QStringList> files = findRegFiles({dir}, &error);
    if (!files || files->isEmpty()) {
        std::fprintf(
            stderr, "bench_evidence: %s\n", qPrintable(error.isEmpty() ? QStringLiteral("no .reg files") : error));
        return 1;
    }
    std::vector<double> ours;
    std::vector<double> reference;
    qint64 caps = 0;
    qint64 bytes = 0;
    for (int run = 0; run < std::max(1, runs); ++run) {
        QElapsedTimer timer;
        timer.start();
        bytes = 0;
        for (const QString& path : *files) {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll().size();
        }
        reference.push_back(timer.nsecsElapsed() / 1e6);
        timer.restart();
        caps = 0;
        for (const QString& path : *files) {
            const std::optional<RegFile> file = RegFile::read(path, &error);
            const auto evidence = file ? RegistryEvidence::fromFile(*file, path, &error) : std::nullopt;
            if (!evidence) {
                std::fprintf(stderr, "bench_evidence: %s\n", qPrintable(error));
                return 1;
            }
            caps += evidence->caps.size();
        }
        ours.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::printf("RESULT reg_files %lld\nRESULT reg_mb %.1f\nRESULT reg_caps %lld\nRESULT reg_read_ms %.1f\n"
                "RESULT reg_plain_ms %.1f\n",
        qint64(files->size()), bytes / 1048576.0, caps, median(ours), median(reference));
    return 0;
}
