// libFuzzer target: the RFC 4180 reader on any bytes.
#include "csv/CsvReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size)
{
    const QByteArray data(reinterpret_cast<const char*>(bytes), qsizetype(size));
    int line = 0;
    CsvReader::looksBinary(data, &line);
    CsvReader reader(data);
    CsvReader::Record record;
    int previousLine = 0;
    while (reader.next(record)) {
        // Records come in file order, each starting on a line after the previous one's start.
        if (record.line <= previousLine || reader.position() > data.size())
            __builtin_trap();
        previousLine = record.line;
    }
    return 0;
}
