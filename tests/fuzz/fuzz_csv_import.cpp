// libFuzzer target: one table's CSV import (FUZZ_TABLE) into an in-memory inventory that holds a
// domain, two sites and a profile, so that rows referring to them can get through.
#include "store/CsvImporter.h"
#include "store/Inventory.h"
#include "store/TableSpec.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {
Inventory* inventory()
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static Inventory* inv = [] {
        auto* i = new Inventory;
        QString error;
        if (!i->open(QStringLiteral(":memory:"), &error))
            qFatal("%s", qPrintable(error));
        CsvImporter importer(*i);
        importer.importData(*TableSpecs::find(QStringLiteral("domains")),
            "name,lockout_threshold,lockout_window_minutes,lockout_duration_minutes,max_password_age_days\n"
            "D1,5,30,30,42\n",
            QStringLiteral("domains.csv"), &error);
        importer.importData(*TableSpecs::find(QStringLiteral("sites")),
            "code,name,parent,domain,version,logon_installation,logon_discovery\n"
            "S1,First,,D1,2.00.1493.3000,yes,yes\nS2,Second,S1,D1,2.00.1380.1000,no,yes\n",
            QStringLiteral("sites.csv"), &error);
        importer.importData(*TableSpecs::find(QStringLiteral("profiles")), "name,max_offline_hours\nnight,16\n",
            QStringLiteral("profiles.csv"), &error);
        return i;
    }();
    return inv;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size)
{
    Inventory* inv = inventory();
    const QByteArray data(reinterpret_cast<const char*>(bytes), qsizetype(size));
    CsvImporter importer(*inv);
    QString error;
    const std::optional<qint64> rows
        = importer.importData(*TableSpecs::find(QStringLiteral(FUZZ_TABLE)), data, QStringLiteral("fuzz.csv"), &error);
    // A refusal names a line and leaves no transaction open behind it.
    if (!rows && error.isEmpty())
        __builtin_trap();
    QSqlQuery probe(inv->database());
    if (!probe.exec(QStringLiteral("SAVEPOINT probe")) || !probe.exec(QStringLiteral("RELEASE probe")))
        __builtin_trap();
    // Back to the base rows, so that the inventory does not grow from run to run (every import
    // reads the keys it holds, and a growing table would slow the fuzzer down to a crawl).
    if (rows) {
        for (const char* statement :
            {"PRAGMA foreign_keys = OFF", "DELETE FROM clients", "DELETE FROM blackouts", "DELETE FROM caps",
                "DELETE FROM accounts", "DELETE FROM logon_point_sites", "DELETE FROM logon_points",
                "DELETE FROM sites WHERE code <> 'S1' AND code <> 'S2'", "DELETE FROM profiles WHERE name <> 'night'",
                "DELETE FROM domains WHERE name <> 'D1'", "PRAGMA foreign_keys = ON"})
            probe.exec(QLatin1String(statement));
    }
    return 0;
}
