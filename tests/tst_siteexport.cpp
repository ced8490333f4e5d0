// The site database export: reading CSV and osql's tab-separated text, and the import into the
// inventory (docs/SITE_DATABASE.md, DOMAIN.md "Evidence from the site").
#include "TestInventory.h"
#include "domain/UtcTime.h"
#include "evidence/SiteExport.h"
#include "evidence/SiteImporter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

namespace {
QString sample(const QString& name)
{
    return qEnvironmentVariable("TEST_DATA") + QStringLiteral("/siteexport/") + name;
}

QByteArray read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qWarning("cannot read %s", qPrintable(path));
    return file.readAll();
}

// One client's row as the inventory holds it: site, os, install method, version, profile, refresh.
QStringList clientRow(Inventory& inventory, const QString& name)
{
    QSqlQuery query = inventory.prepare(QStringLiteral(
        "SELECT site, os, install_method, version, profile, last_refresh_at FROM clients WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec() || !query.next())
        return {};
    QStringList row;
    for (int i = 0; i < 5; ++i)
        row << query.value(i).toString();
    row << (query.value(5).isNull() ? QStringLiteral("-") : UtcTime::format(query.value(5).toLongLong()));
    return row;
}

qint64 clientCount(Inventory& inventory)
{
    QSqlQuery query = inventory.prepare(QStringLiteral("SELECT count(*) FROM clients"));
    return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
}
} // namespace

class TestSiteExport : public QObject
{
    Q_OBJECT

private slots:
    void readsOsqlText()
    {
        QStringList header;
        QString error;
        const auto records = SiteExport::preview(read(sample("osql-tabs.txt")), "osql-tabs.txt", 20, &header, &error);
        QVERIFY2(records, qPrintable(error));
        QCOMPARE(header,
            QStringList({"Name0", "Client_Version0", "Operating_System_Name_and0", "SMS_Installed_Sites0", "Client0",
                "LastHeartbeat"}));
        // The underline, the blank line and the "(4 rows affected)" footer are not records.
        QCOMPARE(records->size(), 4);
        QCOMPARE(records->at(0).line, 3);
        QCOMPARE(records->at(0).cells,
            QStringList({"c4", "2.00.1493.3000", "Microsoft Windows NT Workstation 5.0", "S1", "1",
                "2026-12-01 09:30:00.000"}));
        QCOMPARE(records->at(3).cells.at(0), QString("discovered"));
    }

    void readsUtf16AndCsv()
    {
        // osql -u and Query Analyzer's Unicode files: UTF-16LE with a byte order mark.
        const QString text = QString::fromUtf8(read(sample("osql-tabs.txt")));
        QByteArray utf16("\xFF\xFE", 2);
        utf16.append(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
        QStringList header;
        QString error;
        auto records = SiteExport::preview(utf16, "u.txt", 20, &header, &error);
        QVERIFY2(records, qPrintable(error));
        QCOMPARE(records->size(), 4);
        QCOMPARE(records->at(2).cells.at(0), QString("tab1"));

        records = SiteExport::preview(read(sample("wmi.csv")), "wmi.csv", 1, &header, &error);
        QVERIFY2(records, qPrintable(error));
        QCOMPARE(header.at(5), QString("AgentTime"));
        QCOMPARE(records->size(), 1);

        // A header with neither tabs nor commas (osql's column-aligned default) is refused clearly.
        QVERIFY(!SiteExport::preview("Name0 Client0\nx 1\n", "aligned.txt", 5, &header, &error));
        QVERIFY2(error.startsWith("aligned.txt:1: ") && error.contains("osql -s"), qPrintable(error));
        QVERIFY(!SiteExport::preview("", "empty.txt", 5, &header, &error));
        QVERIFY2(error.startsWith("empty.txt:1: "), qPrintable(error));
    }

    void times_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("utc"); // empty: refused
        QTest::newRow("sql server") << "2026-11-30 12:00:00.000"
                                    << ""
                                    << "2026-11-30T12:00:00Z";
        QTest::newRow("sql no ms") << "2026-11-30 12:00:00"
                                   << ""
                                   << "2026-11-30T12:00:00Z";
        QTest::newRow("iso z") << "2026-11-30T12:00:00Z"
                               << "Europe/Berlin"
                               << "2026-11-30T12:00:00Z";
        QTest::newRow("iso offset") << "2026-11-30T12:00:00+01:00"
                                    << ""
                                    << "2026-11-30T11:00:00Z";
        QTest::newRow("zone winter") << "2026-11-30 12:00:00.000"
                                     << "Europe/Berlin"
                                     << "2026-11-30T11:00:00Z";
        QTest::newRow("zone summer") << "2026-07-01 12:00:00.000"
                                     << "Europe/Berlin"
                                     << "2026-07-01T10:00:00Z";
        QTest::newRow("month 13") << "2026-13-01 08:00:00.000"
                                  << ""
                                  << "";
        QTest::newRow("hour 25") << "2026-11-30 25:00:00"
                                 << ""
                                 << "";
        QTest::newRow("words") << "yesterday"
                               << ""
                               << "";
        QTest::newRow("us layout") << "11/30/2026 12:00"
                                   << ""
                                   << "";
    }
    void times()
    {
        QFETCH(QString, text);
        QFETCH(QString, zone);
        QFETCH(QString, utc);
        const QTimeZone tz = zone.isEmpty() ? QTimeZone::utc() : QTimeZone(zone.toUtf8());
        const auto t = SiteExport::parseTime(text, tz);
        if (utc.isEmpty())
            QVERIFY(!t);
        else
            QCOMPARE(t ? UtcTime::format(*t) : QString("(refused)"), utc);
    }

    void osFamilies()
    {
        QVERIFY(SiteExport::defaultOsFamily("Microsoft Windows NT Workstation 4.0") == OsFamily::Nt4);
        QVERIFY(SiteExport::defaultOsFamily("microsoft  windows nt SERVER 4.0") == OsFamily::Nt4);
        QVERIFY(SiteExport::defaultOsFamily("Microsoft Windows NT Workstation 5.0") == OsFamily::W2k);
        QVERIFY(SiteExport::defaultOsFamily("Microsoft Windows NT Server 5.0") == OsFamily::W2k);
        QVERIFY(SiteExport::defaultOsFamily("Microsoft Windows 95") == OsFamily::Win9x);
        QVERIFY(SiteExport::defaultOsFamily("Microsoft Windows 98") == OsFamily::Win9x);
        QVERIFY(SiteExport::defaultOsFamily("Microsoft Windows Millennium") == OsFamily::Win9x);
        QVERIFY(!SiteExport::defaultOsFamily("Microsoft Windows NT Server 3.51"));
        SiteExport::Options options;
        QString error;
        QVERIFY(SiteExport::addOsMapping(options, "Microsoft Windows NT Server 3.51=nt4", &error));
        QVERIFY(SiteExport::addOsMapping(options, "Microsoft Windows 98=w2k", &error)); // overrides
        QVERIFY(SiteExport::osFamily(options, "microsoft windows nt server 3.51") == OsFamily::Nt4);
        QVERIFY(SiteExport::osFamily(options, "Microsoft Windows 98") == OsFamily::W2k);
        QVERIFY(!SiteExport::addOsMapping(options, "Microsoft Windows 98=os2", &error));
        QVERIFY2(error.contains("nt4, w2k, win9x"), qPrintable(error));
        QVERIFY(!SiteExport::addColumnMapping(options, "colour=Name0", &error));
        QVERIFY2(error.contains("heartbeat"), qPrintable(error));
    }

    void distinctOsTexts()
    {
        QByteArray data = read(sample("sp2-views.csv"));
        data += "c9,2.00.1493.3000,microsoft windows nt  workstation 5.0,S1,1,\n";
        QString error;
        const auto found = SiteExport::distinctOs(data, "sp2-views.csv", {}, &error);
        QVERIFY2(found, qPrintable(error));
        // The client-less row has no OS; the last row folds into the first spelling.
        QCOMPARE(found->size(), 5);
        QCOMPARE(found->at(0).text, QString("Microsoft Windows NT Workstation 5.0"));
        QCOMPARE(found->at(0).rows, 2);
        QCOMPARE(found->at(4).text, QString("Microsoft Windows Millennium"));
    }

    void importsSp2Views()
    {
        TestInventory test;
        QVERIFY(test.importScenario());
        const qint64 before = clientCount(test.inventory());
        SiteImporter importer(test.inventory());
        importer.setProfile("NIGHT"); // profile names are case-insensitive
        QString error;
        auto summary = importer.importFile(sample("sp2-views.csv"), {}, false, &error);
        QVERIFY2(summary, qPrintable(error));
        QCOMPARE(summary->newClients, 2);
        QCOMPARE(summary->updated, 1); // C2: the site reports a newer version
        QCOMPARE(summary->refreshMoved, 1); // c1
        QCOMPARE(summary->unchanged, 1); // c3
        QCOMPARE(summary->skipped, 1);
        QCOMPARE(summary->refused, 0);
        QVERIFY(summary->committed);
        QCOMPARE(clientCount(test.inventory()), before + 2);
        // c1: the heartbeat moved its refresh forward; profile and install method kept.
        QCOMPARE(clientRow(test.inventory(), "c1"),
            QStringList({"S1", "w2k", "logon", "2.00.1493.3000", "night", "2026-12-01T08:00:00Z"}));
        // c2: a heartbeat older than its refresh moves nothing back; version updated, kept "push".
        QCOMPARE(clientRow(test.inventory(), "c2"),
            QStringList({"S1", "nt4", "push", "2.00.1493.3000", "on", "2026-12-01T10:00:00Z"}));
        QCOMPARE(clientRow(test.inventory(), "new1"),
            QStringList({"S2", "nt4", "unknown", "2.00.1493.3000", "night", "2026-12-01T12:00:00Z"}));
        QCOMPARE(clientRow(test.inventory(), "new2"),
            QStringList({"S2", "win9x", "unknown", "2.00.1380.1000", "night", "-"}));
        QVERIFY(clientRow(test.inventory(), "PC-NOCLIENT").isEmpty());

        // The same export again changes nothing.
        const QByteArray after = test.exportTable("clients");
        summary = SiteImporter(test.inventory()).importFile(sample("sp2-views.csv"), {}, false, &error);
        QVERIFY2(summary, qPrintable(error));
        QCOMPARE(summary->newClients + summary->updated + summary->refreshMoved, 0);
        QCOMPARE(summary->unchanged, 5);
        QCOMPARE(summary->skipped, 1);
        QCOMPARE(test.exportTable("clients"), after);
    }

    void dryRunChangesNothing()
    {
        TestInventory test;
        QVERIFY(test.importScenario());
        const QByteArray before = test.exportTable("clients");
        QString error;
        const auto summary = SiteImporter(test.inventory()).importFile(sample("sp2-views.csv"), {}, true, &error);
        QVERIFY2(summary, qPrintable(error));
        QVERIFY(summary->dryRun);
        QVERIFY(!summary->committed);
        QCOMPARE(summary->newClients, 2);
        QCOMPARE(summary->refreshMoved, 1);
        QCOMPARE(test.exportTable("clients"), before);
    }

    void importsOsqlTextInAZone()
    {
        TestInventory test;
        QVERIFY(test.importScenario());
        SiteExport::Options options;
        options.zone = QTimeZone("Europe/Berlin");
        QString error;
        const auto summary = SiteImporter(test.inventory()).importFile(sample("osql-tabs.txt"), options, false, &error);
        QVERIFY2(summary, qPrintable(error));
        QCOMPARE(summary->newClients, 1); // tab1
        QCOMPARE(summary->refreshMoved, 1); // c4 had none
        QCOMPARE(summary->unchanged, 1); // c5: its heartbeat is older than its refresh
        QCOMPARE(summary->skipped, 1); // Client0 NULL: discovered only
        QCOMPARE(summary->updated, 0);
        QCOMPARE(clientRow(test.inventory(), "c4"),
            QStringList({"S1", "w2k", "manual", "2.00.1493.3000", "", "2026-12-01T08:30:00Z"}));
        QCOMPARE(clientRow(test.inventory(), "c5").last(), QString("2026-09-01T00:00:00Z"));
        QCOMPARE(clientRow(test.inventory(), "tab1"), QStringList({"S3", "w2k", "unknown", "2.00.1493.3000", "", "-"}));
    }

    void importsWmiNames()
    {
        TestInventory test;
        QVERIFY(test.importScenario());
        QString error;
        const auto summary = SiteImporter(test.inventory()).importFile(sample("wmi.csv"), {}, false, &error);
        QVERIFY2(summary, qPrintable(error));
        QCOMPARE(summary->newClients, 1);
        QCOMPARE(summary->updated, 1);
        QCOMPARE(summary->refreshMoved, 1);
        QCOMPARE(clientRow(test.inventory(), "e1"),
            QStringList({"S2", "w2k", "logon", "2.00.1493.3000", "on", "2026-12-02T00:00:00Z"}));
        QCOMPARE(clientRow(test.inventory(), "wmi1"),
            QStringList({"S1", "win9x", "unknown", "2.00.1493.3000", "", "2026-12-01T11:00:00Z"}));
    }

    void refusesBadRows()
    {
        TestInventory test;
        QVERIFY(test.importScenario());
        const QByteArray before = test.exportTable("clients");
        QString error;
        auto summary = SiteImporter(test.inventory()).importFile(sample("refused.csv"), {}, false, &error);
        QVERIFY2(summary, qPrintable(error));
        QCOMPARE(summary->refused, 3);
        QCOMPARE(summary->newClients, 1);
        QVERIFY(!summary->committed);
        QCOMPARE(test.exportTable("clients"), before);
        const QString path = sample("refused.csv");
        QCOMPARE(summary->firstRefused.size(), 3);
        QVERIFY2(summary->firstRefused.at(0).startsWith(path + ":3: column Operating_System_Name_and0: ")
                && summary->firstRefused.at(0).contains("\"Microsoft Windows NT Server 3.51\"")
                && summary->firstRefused.at(0).contains("--os"),
            qPrintable(summary->firstRefused.at(0)));
        QVERIFY2(summary->firstRefused.at(1).startsWith(path + ":4: column LastHeartbeat: \"2026-13-01"),
            qPrintable(summary->firstRefused.at(1)));
        QVERIFY2(summary->firstRefused.at(2).startsWith(path + ":5: column SMS_Installed_Sites0: ")
                && summary->firstRefused.at(2).contains("\"XYZ\""),
            qPrintable(summary->firstRefused.at(2)));

        // --os maps the OS; the other two still stop the import.
        SiteExport::Options options;
        QVERIFY(SiteExport::addOsMapping(options, "Microsoft Windows NT Server 3.51=nt4", &error));
        summary = SiteImporter(test.inventory()).importFile(sample("refused.csv"), options, false, &error);
        QVERIFY2(summary, qPrintable(error));
        QCOMPARE(summary->refused, 2);
        QCOMPARE(test.exportTable("clients"), before);
    }

    void mapsColumns()
    {
        TestInventory test;
        QVERIFY(test.importScenario());
        const QByteArray data = "Computer,Ver,OS,Sites,LastHeartbeat\n"
                                "m1,2.00.1493.3000,Microsoft Windows NT Workstation 4.0,S1,\n";
        QString error;
        SiteExport::Options options;
        QVERIFY(!SiteImporter(test.inventory()).importData(data, "m.csv", options, false, &error));
        QVERIFY2(
            error.startsWith("m.csv:1: column Name0 or Name: ") && error.contains("--map name="), qPrintable(error));
        for (const char* spec : {"name=computer", "version=Ver", "os=OS", "site=Sites"})
            QVERIFY(SiteExport::addColumnMapping(options, spec, &error));
        const auto summary = SiteImporter(test.inventory()).importData(data, "m.csv", options, false, &error);
        QVERIFY2(summary, qPrintable(error));
        QCOMPARE(summary->newClients, 1);
        // A mapped column must exist even for an optional field.
        QVERIFY(SiteExport::addColumnMapping(options, "heartbeat=Seen", &error));
        QVERIFY(!SiteImporter(test.inventory()).importData(data, "m.csv", options, true, &error));
        QVERIFY2(error.contains("column Seen"), qPrintable(error));
    }

    void cancelRollsBack()
    {
        TestInventory test;
        QVERIFY(test.importScenario());
        const QByteArray before = test.exportTable("clients");
        QByteArray data = "Name0,Client_Version0,Operating_System_Name_and0,SMS_Installed_Sites0,Client0\n";
        for (int i = 0; i < 3000; ++i)
            data += "bulk" + QByteArray::number(i) + ",2.00.1493.3000,Microsoft Windows 98,S1,1\n";
        SiteImporter importer(test.inventory());
        int calls = 0;
        importer.setProgress([&calls](qint64 done, qint64 total) {
            if (done > total)
                return false;
            return ++calls < 3;
        });
        QString error;
        QVERIFY(!importer.importData(data, "bulk.csv", {}, false, &error));
        QVERIFY2(error.contains("cancelled"), qPrintable(error));
        QCOMPARE(calls, 3);
        QCOMPARE(test.exportTable("clients"), before);
    }

    void hostileBytesNeverCrash()
    {
        const QList<QByteArray> inputs {"Name0,Client0\n\"unterminated", "\t\t\n\t\n", "\xFF\xFE", "\xFF\xFE\x41",
            QByteArray(1000, '\t'), "a,b\n" + QByteArray(5, '\0') + "\n", "Name0\tClient0\n-\t-\n(1 row affected)\n"};
        for (const QByteArray& input : inputs) {
            SiteExport reader(input, "x");
            QString error;
            if (!reader.open(&error))
                continue;
            reader.resolve({}, &error);
            SiteExport::Record record;
            SiteExport::Row row;
            while (reader.next(record, &error))
                reader.convert(record, {}, row, &error);
        }
    }

    void commandLine()
    {
        if (TestInventory::onServer())
            QSKIP("the command line is checked on files");
        TestInventory test;
        QVERIFY(test.importScenario());
        const QByteArray before = test.exportTable("clients");
        test.inventory().close();
        QProcess process;
        process.start(qEnvironmentVariable("CAPPLANNER_BIN"),
            {"import-site", "--db", test.path(), "--clients", sample("refused.csv"), "--dry-run", "--json"});
        QVERIFY(process.waitForFinished(60000));
        const QJsonObject json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        QCOMPARE(json.value("refused").toInt(), 3);
        QCOMPARE(json.value("new").toInt(), 1);
        QCOMPARE(json.value("imported").toBool(), false);
        QCOMPARE(process.exitCode(), 1); // refused rows are a data error, even in a dry run

        process.start(qEnvironmentVariable("CAPPLANNER_BIN"),
            {"import-site", "--db", test.path(), "--clients", sample("refused.csv"), "--os",
                "Microsoft Windows NT Server 3.51=nt4"});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 1);
        const QString errors = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(errors.contains("refused.csv:4: column LastHeartbeat: ") && errors.contains("nothing was imported"),
            qPrintable(errors));

        process.start(qEnvironmentVariable("CAPPLANNER_BIN"),
            {"import-site", "--db", test.path(), "--clients", sample("osql-tabs.txt"), "--zone", "Europe/Berlin",
                "--profile", "on"});
        QVERIFY(process.waitForFinished(60000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QVERIFY2(process.readAllStandardOutput().contains("1 new"), "summary on stdout");

        process.start(qEnvironmentVariable("CAPPLANNER_BIN"),
            {"import-site", "--db", test.path(), "--clients", sample("osql-tabs.txt"), "--zone", "Mars/Olympus"});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(before.size() > 0);
    }
};

QTEST_GUILESS_MAIN(TestSiteExport)
#include "tst_siteexport.moc"
