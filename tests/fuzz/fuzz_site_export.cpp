// libFuzzer target: the site database export reader (models/evidence/SiteExport) on any bytes,
// with the default columns and with every field mapped to the first columns, each record
// converted; a refusal must name the file and line, records come in file order.
#include "evidence/SiteExport.h"

namespace {
void readAll(const QByteArray& data, const SiteExport::Options& options)
{
    SiteExport reader(data, QStringLiteral("f"));
    QString error;
    if (!reader.open(&error)) {
        if (!error.startsWith(QStringLiteral("f:")))
            __builtin_trap();
        return;
    }
    if (!reader.resolve(options, &error))
        return;
    SiteExport::Record record;
    SiteExport::Row row;
    int previousLine = 0;
    while (reader.next(record, &error)) {
        if (record.line <= previousLine || reader.position() > reader.size())
            __builtin_trap();
        previousLine = record.line;
        const SiteExport::Outcome outcome = reader.convert(record, options, row, &error);
        if (outcome == SiteExport::Outcome::Refused && !error.startsWith(QStringLiteral("f:%1: ").arg(record.line)))
            __builtin_trap();
        if (outcome == SiteExport::Outcome::Row && (row.name.isEmpty() || row.sites.isEmpty()))
            __builtin_trap();
    }
    if (!error.isEmpty() && !error.startsWith(QStringLiteral("f:")))
        __builtin_trap();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size)
{
    const QByteArray data(reinterpret_cast<const char*>(bytes), qsizetype(size));
    readAll(data, {});
    // The same bytes with the fields on the first six columns, whatever their names.
    SiteExport reader(data, QStringLiteral("f"));
    QString error;
    if (reader.open(&error) && reader.header().size() >= 6) {
        SiteExport::Options options;
        static const QTimeZone berlin("Europe/Berlin");
        options.zone = berlin;
        const QList<SiteExport::Field> fields = SiteExport::fields();
        for (int i = 0; i < fields.size(); ++i)
            options.columns.insert(fields.at(i), reader.header().at(i));
        if (!reader.header().at(0).isEmpty())
            readAll(data, options);
    }
    return 0;
}
