// libFuzzer target: the SMS version parser and Boot32wn's comparison (Q262677, Q213410).
#include "domain/ClientVersion.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size)
{
    const QByteArray data(reinterpret_cast<const char*>(bytes), qsizetype(size));
    const qsizetype split = data.indexOf('\n');
    const QString a = QString::fromUtf8(split < 0 ? data : data.left(split));
    const QString b = QString::fromUtf8(split < 0 ? QByteArray("2.00.1493.3000") : data.mid(split + 1));
    QString error;
    const std::optional<ClientVersion> x = ClientVersion::parse(a, &error);
    const std::optional<ClientVersion> y = ClientVersion::parse(b);
    if (!x && error.isEmpty())
        __builtin_trap();
    if (x && y) {
        // Comparison is antisymmetric and agrees with itself.
        const auto forward = x->compare(*y);
        const auto backward = y->compare(*x);
        if ((forward == ClientVersion::Difference::Same) != (backward == ClientVersion::Difference::Same))
            __builtin_trap();
        if (x->compare(*x) != ClientVersion::Difference::Same)
            __builtin_trap();
        ClientVersion::differenceName(forward);
    }
    return 0;
}
