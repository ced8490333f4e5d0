// libFuzzer target: the plan (FUZZ_OPTIONS=plan) or what-if (whatif) command-line options, one
// argument per input line, through the same QCommandLineParser set-up and checks the commands use.
#include "PlanOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    QStringList arguments {QStringLiteral("capplanner")};
    const QByteArray data(reinterpret_cast<const char*>(bytes), qsizetype(size));
    for (const QByteArray& line : data.split('\n'))
        arguments << QString::fromUtf8(line);
    QCommandLineParser parser;
    if (qstrcmp(FUZZ_OPTIONS, "plan") == 0) {
        const CommandLine::PlanOptions options;
        options.addTo(parser);
        if (parser.parse(arguments))
            options.read(parser, QStringLiteral("plan"));
    } else {
        const CommandLine::WhatIfOptions options;
        options.addTo(parser, true);
        if (parser.parse(arguments))
            options.read(parser, QStringLiteral("whatif-password"), QStringLiteral("report"));
    }
    return 0;
}
