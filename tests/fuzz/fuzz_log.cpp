// libFuzzer target: the log parser, steered to one format (a valid first entry of FUZZ_LOG_FORMAT,
// 1 for SMS 2.0 and 2 for Configuration Manager, comes before the input so that format detection
// picks it), and the error-code search.
#include "logs/LogParser.h"

namespace {
const QByteArray Prefix = FUZZ_LOG_FORMAT == 1
    ? QByteArrayLiteral("Begin $$<CCIM32><Tue Jan 04 15:19:23.375 2000 Eastern Standard Time><thread=112 (0x70)>\n")
    : QByteArrayLiteral("<![LOG[Start]LOG]!><time=\"08:00:00.000+000\" date=\"12-01-2026\" component=\"ccmexec\" "
                        "context=\"\" type=\"1\" thread=\"1\" file=\"\">\n");
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(bytes), qsizetype(size));
    const LogFile log = LogParser::parse(Prefix + input);
    for (const LogEntry& entry : log.entries) {
        if (entry.line < 1)
            __builtin_trap();
    }
    LogParser::parse(input);
    LogParser::findCode(input);
    return 0;
}
