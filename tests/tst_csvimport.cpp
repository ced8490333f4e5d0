#include "TestInventory.h"
#include "demo/DemoInventory.h"

#include <QSqlQuery>
#include <QTest>

class TestCsvImport : public QObject
{
    Q_OBJECT
private slots:
    void roundTripGivesTheSameBytes()
    {
        TestInventory source;
        QString error;
        QVERIFY2(DemoInventory::create(source.inventory(), 3000, 7, &error), qPrintable(error));
        TestInventory copy;
        for (const QString& table : TableSpecs::names()) {
            const QByteArray exported = source.exportTable(table);
            const auto result = copy.import(table, exported);
            QVERIFY2(result.ok, qPrintable(result.error));
            QCOMPARE(copy.exportTable(table), exported);
        }
        QCOMPARE(copy.exportTable(QStringLiteral("clients")).count("\r\n"), 3001);
    }

    void scenarioRoundTripsToo()
    {
        TestInventory source;
        QVERIFY(source.importScenario());
        TestInventory copy;
        for (const QString& table : TableSpecs::names())
            QVERIFY(copy.import(table, source.exportTable(table)).ok);
        QCOMPARE(copy.exportAll(), source.exportAll());
        // Normalised on the way in: times in UTC with Z, booleans as yes/no, sites in their order.
        QVERIFY(source.exportTable(QStringLiteral("logon-points")).contains("LP1,S1;S2,2.00.1493.3000\r\n"));
        QVERIFY(source.exportTable(QStringLiteral("caps")).contains("CAP2,S1,2026-01-01T00:00:00Z,,per-server,2,yes"));
    }

    void columnsInAnyOrderAndOffsetsConverted()
    {
        TestInventory t;
        QVERIFY(t.import(QStringLiteral("domains"), "max_password_age_days,name\r\n42,CORP\r\n").ok);
        QVERIFY(t.import(QStringLiteral("sites"),
                     "\xEF\xBB\xBF"
                     "version,domain,code\r\n2.00.1493.3000,CORP,ABC\r\n")
                    .ok);
        const auto r = t.import(
            QStringLiteral("caps"), "site,server,licensing,added_at\nABC,SRV1,per-seat,2026-12-01T10:00:00+02:00\n");
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(t.exportTable(QStringLiteral("caps")).contains("SRV1,ABC,2026-12-01T08:00:00Z,,per-seat,0,no"));
        QVERIFY(t.exportTable(QStringLiteral("domains")).contains("CORP,0,30,30,42"));
    }

    void importingAnExistingKeyUpdatesIt()
    {
        TestInventory t;
        QVERIFY(t.importScenario());
        const auto r = t.import(QStringLiteral("caps"),
            "server,site,added_at,removed_at,licensing,licenses,domain_controller\n"
            "CAP2,S1,2026-01-01T00:00:00Z,2026-12-20T00:00:00Z,per-server,40,no\n"
            "CAP9,S1,2026-12-01T00:00:00Z,,per-seat,0,no\n");
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.rows, 2);
        const QByteArray caps = t.exportTable(QStringLiteral("caps"));
        QVERIFY(caps.contains("CAP2,S1,2026-01-01T00:00:00Z,2026-12-20T00:00:00Z,per-server,40,no\r\n"));
        QVERIFY(caps.contains("CAP9,S1"));
        QCOMPARE(caps.count("\r\n"), 7);
        // A column the file leaves out keeps its value.
        QVERIFY(t.import(QStringLiteral("caps"),
                     "server,site,added_at,licensing\nCAP2,S1,2026-01-01T00:00:00Z,per-server\n")
                    .ok);
        QVERIFY(t.exportTable(QStringLiteral("caps"))
                    .contains("CAP2,S1,2026-01-01T00:00:00Z,2026-12-20T00:00:00Z,per-server,40,no"));
        // Logon point site lists are replaced, not merged.
        QVERIFY(t.import(QStringLiteral("logon-points"), "server,sites,clicore_version\nLP1,S3,2.00.1493.4000\n").ok);
        QVERIFY(t.exportTable(QStringLiteral("logon-points")).contains("LP1,S3,2.00.1493.4000\r\n"));
    }

    void oneKeySpelledTwiceUpdatesLikeTwoImports()
    {
        // Two spellings of one start time are one key: the second row updates the first, on either
        // engine (on a server they share a batch, which the server refuses and the import replays).
        TestInventory t;
        QVERIFY(t.importScenario());
        const TestInventory::Imported result = t.import(QStringLiteral("blackouts"),
            "profile,starts_at,ends_at,label\n"
            "night,2027-02-01T00:00:00Z,2027-02-02T00:00:00Z,first\n"
            "night,2027-02-01T01:00:00+01:00,2027-02-03T00:00:00Z,second\n");
        QVERIFY2(result.ok, qPrintable(result.error));
        const QByteArray blackouts = t.exportTable(QStringLiteral("blackouts"));
        QVERIFY2(blackouts.contains("night,2027-02-01T00:00:00Z,2027-02-03T00:00:00Z,second"), blackouts.constData());
        QVERIFY(!blackouts.contains("first"));
    }

    void malformedInputChangesNothing_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("expected"); // the start of the message after the file name
        const QByteArray clientsHeader = "name,site,os,install_method,version,profile,last_refresh_at\n";
        const QByteArray good = "n1,S1,w2k,logon,2.00.1493.3000,on,2026-11-30T00:00:00Z\n";
        QTest::newRow("unknown site") << "clients" << clientsHeader + good + "n2,ZZZ,w2k,logon,2.00.1493.3000,on,\n"
                                      << ":3: column site: unknown site \"ZZZ\"";
        QTest::newRow("unknown profile") << "clients" << clientsHeader + "n2,S1,w2k,logon,2.00.1493.3000,gone,\n"
                                         << ":2: column profile: unknown disconnection profile";
        QTest::newRow("bad time") << "clients" << clientsHeader + good + "n2,S1,w2k,logon,2.00.1493.3000,on,yesterday\n"
                                  << ":3: column last_refresh_at: \"yesterday\" is not an ISO 8601 time";
        QTest::newRow("bad version") << "clients" << clientsHeader + "n2,S1,w2k,logon,2.00.1493,on,\n"
                                     << ":2: column version: version \"2.00.1493\" must have four numbers";
        QTest::newRow("bad enum") << "clients" << clientsHeader + "n2,S1,os2,logon,2.00.1493.3000,on,\n"
                                  << ":2: column os: \"os2\" is not one of nt4, w2k, win9x";
        QTest::newRow("bad install method") << "clients" << clientsHeader + "n2,S1,w2k,sneakernet,2.00.1493.3000,on,\n"
                                            << ":2: column install_method:";
        QTest::newRow("key twice") << "clients" << clientsHeader + good + "\n" + good
                                   << ":4: column name: \"n1\" appears twice in this file (first on line 2)";
        QTest::newRow("too few fields") << "clients" << clientsHeader + good + "n2,S1,w2k\n"
                                        << ":3: column install_method: expected 7 fields, found 3";
        QTest::newRow("too many fields") << "clients" << clientsHeader + "n2,S1,w2k,logon,2.00.1493.3000,on,,extra\n"
                                         << ":2: column (field 8): expected 7 fields, found 8";
        QTest::newRow("unknown column") << "clients" << QByteArray("name,site,os,colour\nx,S1,w2k,red\n")
                                        << ":1: column colour: unknown column";
        QTest::newRow("missing column") << "clients" << QByteArray("name,site,os\nx,S1,w2k\n")
                                        << ":1: column install_method: required column is missing";
        QTest::newRow("binary") << "clients" << QByteArray("name,site\n\x01\x02\0\xff", 14)
                                << ":2: column -: not a CSV text file";
        QTest::newRow("empty file") << "profiles" << QByteArray() << ":1: column -: the file is empty";
        QTest::newRow("unclosed quote") << "profiles" << QByteArray("name,max_offline_hours\n\"on,1\n")
                                        << ":2: column -:";
        QTest::newRow("negative hours") << "profiles" << QByteArray("name,max_offline_hours\nx,-3\n")
                                        << ":2: column max_offline_hours:";
        QTest::newRow("bad boolean") << "sites"
                                     << QByteArray(
                                            "code,domain,version,logon_installation\nS9,D1,2.00.1493.3000,maybe\n")
                                     << ":2: column logon_installation: \"maybe\" is not one of yes";
        QTest::newRow("unknown parent") << "sites"
                                        << QByteArray("code,parent,domain,version\nS9,S8,D1,2.00.1493.3000\n")
                                        << ":2: column parent: unknown site \"S8\"";
        QTest::newRow("own parent") << "sites" << QByteArray("code,parent,domain,version\nS9,S9,D1,2.00.1493.3000\n")
                                    << ":2: column parent: a site cannot be its own parent";
        QTest::newRow("unknown domain") << "sites" << QByteArray("code,domain,version\nS9,NOPE,2.00.1493.3000\n")
                                        << ":2: column domain: unknown domain";
        QTest::newRow("removed before added") << "caps"
                                              << QByteArray("server,site,added_at,removed_at,licensing\n"
                                                            "X,S1,2026-12-01T00:00:00Z,2026-11-01T00:00:00Z,per-seat\n")
                                              << ":2: column removed_at: is before added_at";
        QTest::newRow("bad licensing") << "caps"
                                       << QByteArray("server,site,added_at,licensing\nX,S1,2026-12-01,per-user\n")
                                       << ":2: column licensing: \"per-user\" is not one of per-seat, per-server";
        QTest::newRow("blackout ends first")
            << "blackouts" << QByteArray("profile,starts_at,ends_at\non,2026-12-02,2026-12-01\n")
            << ":2: column ends_at: must be after starts_at";
        QTest::newRow("unknown logon point site")
            << "logon-points" << QByteArray("server,sites,clicore_version\nLP9,S1;S7,2.00.1493.3000\n")
            << ":2: column sites: unknown site \"S7\"";
        QTest::newRow("unknown time zone")
            << "sites" << QByteArray("code,domain,version,time_zone\nS9,D1,2.00.1493.3000,Europe/Atlantis\n")
            << ":2: column time_zone: unknown time zone \"Europe/Atlantis\"";
        QTest::newRow("per-server needs a licence count")
            << "caps" << QByteArray("server,site,added_at,licensing,licenses\nX,S1,2026-12-01,per-server,\n")
            << ":2: column licenses: must not be empty";
        QTest::newRow("empty key") << "accounts" << QByteArray("name,site,added_at\n,S1,2026-12-01\n")
                                   << ":2: column name: must not be empty";
    }
    void malformedInputChangesNothing()
    {
        QFETCH(QString, table);
        QFETCH(QByteArray, csv);
        QFETCH(QString, expected);
        TestInventory t;
        QVERIFY(t.importScenario());
        const QByteArray before = t.exportAll();
        const auto result = t.import(table, csv, QStringLiteral("bad.csv"));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.startsWith(QStringLiteral("bad.csv") + expected), qPrintable(result.error));
        QCOMPARE(t.exportAll(), before);
    }

    void aBadRowAfterManyGoodOnesRollsBackAll()
    {
        TestInventory t;
        QVERIFY(t.importScenario());
        const QByteArray before = t.exportAll();
        QByteArray csv = "name,site,os,install_method,version,profile,last_refresh_at\n";
        for (int i = 0; i < 50000; ++i)
            csv += "bulk" + QByteArray::number(i) + ",S1,w2k,logon,2.00.1493.3000,on,2026-11-30T00:00:00Z\n";
        csv += "broken,S1,w2k,logon,2.00.1493.3000,on,not-a-time\n";
        const auto result = t.import(QStringLiteral("clients"), csv, QStringLiteral("big.csv"));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.startsWith(u"big.csv:50002: column last_refresh_at:"), qPrintable(result.error));
        QCOMPARE(t.exportAll(), before);
    }

    void cancellingRollsBack()
    {
        TestInventory t;
        QVERIFY(t.importScenario());
        const QByteArray before = t.exportAll();
        QByteArray csv = "name,site,os,install_method,version\n";
        for (int i = 0; i < 30000; ++i)
            csv += "bulk" + QByteArray::number(i) + ",S1,w2k,logon,2.00.1493.3000\n";
        CsvImporter importer(t.inventory());
        int calls = 0;
        importer.setProgress([&calls](qint64, qint64) { return ++calls < 1; });
        QString error;
        QVERIFY(
            !importer.importData(*TableSpecs::find(QStringLiteral("clients")), csv, QStringLiteral("c.csv"), &error));
        QVERIFY2(error.contains(u"cancelled"), qPrintable(error));
        QCOMPARE(t.exportAll(), before);
    }

    void namesIgnoreCase()
    {
        // CAP1 and cap1 are one CAP (Windows NT names): a second spelling updates the row and keeps
        // the first spelling, in a later file or in the same one; references resolve too.
        TestInventory t;
        QVERIFY(t.importScenario());
        auto r = t.import(QStringLiteral("caps"),
            "server,site,added_at,removed_at,licensing,licenses,domain_controller\n"
            "cap1,s1,2026-01-01T00:00:00Z,2026-12-20T00:00:00Z,per-server,40,no\n"
            "CAP9,S1,2026-12-01T00:00:00Z,,per-seat,0,no\n"
            "Cap9,S1,2026-12-01T00:00:00Z,,per-server,7,no\n");
        QVERIFY2(r.ok, qPrintable(r.error));
        const QByteArray caps = t.exportTable(QStringLiteral("caps"));
        QVERIFY2(
            caps.contains("CAP1,S1,2026-01-01T00:00:00Z,2026-12-20T00:00:00Z,per-server,40,no\r\n"), caps.constData());
        QVERIFY2(caps.contains("CAP9,S1,2026-12-01T00:00:00Z,,per-server,7,no\r\n"), caps.constData());
        QVERIFY(!caps.contains("cap1") && !caps.contains("Cap9"));
        QCOMPARE(caps.count("\r\n"), 7);
        // A client naming its site and profile in another case; a logon point listing s2;S1.
        r = t.import(QStringLiteral("clients"),
            "name,site,os,install_method,version,profile\nC1,s1,w2k,logon,2.00.1493.3000,NIGHT\n");
        QVERIFY2(r.ok, qPrintable(r.error));
        const QByteArray clients = t.exportTable(QStringLiteral("clients"));
        QVERIFY2(
            clients.contains("c1,S1,w2k,logon,2.00.1493.3000,night,2026-11-30T08:00:00Z\r\n"), clients.constData());
        QVERIFY(!clients.contains("C1,"));
        QVERIFY(
            t.import(QStringLiteral("logon-points"), "server,sites,clicore_version\nlp1,s2;S1,2.00.1493.3000\n").ok);
        QVERIFY(t.exportTable(QStringLiteral("logon-points")).contains("LP1,S2;S1,2.00.1493.3000\r\n"));
        // A parent spelled otherwise, defined further down the same file.
        r = t.import(
            QStringLiteral("sites"), "code,parent,domain,version\nS8,s7,d1,2.00.1493.3000\nS7,,D1,2.00.1493.3000\n");
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(t.exportTable(QStringLiteral("sites")).contains("S8,,S7,D1,"));
    }

    void sitesKeepATimeZone()
    {
        TestInventory t;
        QVERIFY(t.importScenario());
        const auto r = t.import(QStringLiteral("sites"),
            "code,domain,version,time_zone\nS1,D1,2.00.1493.3000,Europe/Berlin\nS4,D1,2.00.1493.3000,\n");
        QVERIFY2(r.ok, qPrintable(r.error));
        const QByteArray sites = t.exportTable(QStringLiteral("sites"));
        QVERIFY2(sites.startsWith("code,name,parent,domain,version,logon_installation,logon_discovery,time_zone\r\n"),
            sites.constData());
        QVERIFY2(sites.contains("S1,First,,D1,2.00.1493.3000,yes,yes,Europe/Berlin\r\n"), sites.constData());
        QVERIFY(sites.contains("S4,,,D1,2.00.1493.3000,no,no,\r\n")); // empty: UTC
    }

    void unknownInstallMethodAndPerSeatWithoutLicences()
    {
        // The site database never records the install method; a per-seat CAP's count means nothing.
        TestInventory t;
        QVERIFY(t.importScenario());
        auto r = t.import(
            QStringLiteral("clients"), "name,site,os,install_method,version\nu1,S1,w2k,unknown,2.00.1493.3000\n");
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(t.exportTable(QStringLiteral("clients")).contains("u1,S1,w2k,unknown,"));
        r = t.import(QStringLiteral("caps"),
            "server,site,added_at,licensing,licenses\nSEAT,S1,2026-12-01T00:00:00Z,per-seat,\n");
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(t.exportTable(QStringLiteral("caps")).contains("SEAT,S1,2026-12-01T00:00:00Z,,per-seat,0,no\r\n"));
    }

    void hostileNamesRoundTrip()
    {
        TestInventory t;
        QVERIFY(t.importScenario());
        const QByteArray csv = "name,site,os,install_method,version\n"
                               "\"'; DROP TABLE clients;--\",S1,w2k,logon,2.00.1493.3000\n"
                               "<script>alert(1)</script>,S1,w2k,logon,2.00.1493.3000\n"
                               "\"comma, \"\"quote\"\"\nand break\",S1,w2k,logon,2.00.1493.3000\n"
                               "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D,S1,w2k,logon,2.00.1493.3000\n";
        QVERIFY(t.import(QStringLiteral("clients"), csv).ok);
        const QByteArray exported = t.exportTable(QStringLiteral("clients"));
        TestInventory copy;
        for (const QString& table : TableSpecs::names())
            QVERIFY(copy.import(table, t.exportTable(table)).ok);
        QCOMPARE(copy.exportTable(QStringLiteral("clients")), exported);
        QVERIFY(exported.contains("'; DROP TABLE clients;--,S1,w2k"));
        QSqlQuery count = t.inventory().prepare(QStringLiteral("SELECT count(*) FROM clients"));
        QVERIFY(count.exec() && count.next());
        QCOMPARE(count.value(0).toInt(), 17);
    }
};

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
