// libFuzzer target: the .reg reader (RegFile) and what the evidence import reads from it
// (RegistryEvidence): any bytes give a file or a "FILE:LINE: reason" error, never a crash.
#include "evidence/RegistryEvidence.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(bytes), qsizetype(size));
    QString error;
    const std::optional<RegFile> file = RegFile::parse(input, QStringLiteral("fuzz.reg"), &error);
    if (!file) {
        if (!error.startsWith(QLatin1String("fuzz.reg:")))
            __builtin_trap();
        return 0;
    }
    for (const RegKey& key : file->keys()) {
        if (key.line < 1)
            __builtin_trap();
        for (const RegValue& value : key.values) {
            if (value.line < key.line)
                __builtin_trap();
            if (key.value(value.name) == nullptr)
                __builtin_trap();
        }
        file->key(key.path);
        file->subkeys(key.path);
    }
    const std::optional<RegistryEvidence> evidence
        = RegistryEvidence::fromFile(*file, QStringLiteral("fuzz.reg"), &error);
    if (evidence) {
        for (const RegistryEvidence::Cap& cap : evidence->caps) {
            if (cap.server.isEmpty() || cap.line < 1)
                __builtin_trap();
        }
        for (const RegistryEvidence::LastChecked& checked : evidence->lastChecked)
            RegistryEvidence::parseLastChecked(checked.text, QStringLiteral("Europe/Berlin"));
    } else if (!error.startsWith(QLatin1String("fuzz.reg:"))) {
        __builtin_trap();
    }
    return 0;
}
