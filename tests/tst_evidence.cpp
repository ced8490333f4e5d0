#include "CommandRun.h"
#include "TestInventory.h"
#include "domain/UtcTime.h"
#include "evidence/RegistryEvidence.h"
#include "planning/ClientRules.h"
#include "planning/SiteFacts.h"
#include "planning/TransitionPlanner.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Client registry exports (regedit /e) as evidence: the reader in both encodings, what the import
// reads from them, and, through the real binary, the import with and without --dry-run compared by
// export --table client-caps and plan --json (RULES.md R6).
class TestEvidence : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static QString data(const QString& path)
    {
        return qEnvironmentVariable("TEST_DATA") + QStringLiteral("/evidence/") + path;
    }

    using Run = CommandRun;
    static Run run(const QStringList& arguments) { return runCapplanner(arguments); }

    QString scenarioDb(const QString& name)
    {
        const QString db = m_dir.filePath(name);
        for (const char* table :
            {"domains", "sites", "caps", "accounts", "logon-points", "profiles", "blackouts", "clients"}) {
            const Run r = run({"import", "--db", db, "--table", QLatin1String(table),
                qEnvironmentVariable("TEST_DATA") + QStringLiteral("/scenario/") + QLatin1String(table)
                    + QStringLiteral(".csv")});
            if (r.status != 0)
                qWarning("%s", r.err.constData());
        }
        return db;
    }

    static std::optional<RegFile> parse(const QByteArray& text, QString* error)
    {
        return RegFile::parse(text, QStringLiteral("t.reg"), error);
    }

    static QJsonObject planJson(const QString& db)
    {
        const Run r = run({"plan", "--db", db, "--site", "S1", "--kind", "cap", "--retire", "CAP1", "--add", "CAP4",
            "--start", "2026-12-01T08:00:00Z", "--removal", "2026-12-03T05:00:00Z", "--json"});
        if (r.status != 0)
            qWarning("%s", r.err.constData());
        return QJsonDocument::fromJson(r.out).object();
    }

    static QStringList names(const QJsonArray& array)
    {
        QStringList result;
        for (const QJsonValue& v : array)
            result << v.toObject().value(u"client").toString();
        return result;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void regedit4()
    {
        QString error;
        const auto file = RegFile::read(data(QStringLiteral("good/c1.reg")), &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->format(), RegFile::Format::Regedit4);
        // Key names ignore case; values keep their line.
        const RegKey* name = file->key(
            QStringLiteral("hkey_local_machine\\system\\currentcontrolset\\control\\COMPUTERNAME\\computername"));
        QVERIFY(name);
        QCOMPARE(name->value(QString())->text, QStringLiteral("mnmsrvc")); // @
        QCOMPARE(name->value(QStringLiteral("computername"))->text, QStringLiteral("C1"));
        QCOMPARE(name->value(QStringLiteral("computername"))->line, 5);
        const RegKey* shared
            = file->key(QStringLiteral("HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\SMS\\Client\\Sites\\Shared\\S1"));
        QVERIFY(shared);
        // Windows-1252, with \" and \\ escapes.
        QCOMPARE(shared->value(QStringLiteral("Owner"))->text, QStringLiteral("Caf\u00e9 \"Nord\" \\ r\u00e9seau"));
        // A continuation line.
        const RegValue* flags = shared->value(QStringLiteral("Flags"));
        QCOMPARE(flags->type, RegValue::Type::Binary);
        QCOMPARE(flags->data, QByteArray("\x01\x02\x03\x04\x05"));
        QCOMPARE(flags->line, 15);
        const RegValue* count
            = file->key(QStringLiteral(
                            "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\NAL\\Client\\AbExprtDB\\CAP List for site S1"))
                  ->value(QStringLiteral("Count"));
        QCOMPARE(count->dword, 1u);
        // [-KEY] deletions and their values are ignored.
        QCOMPARE(file->keys().size(), 3);
    }

    void version5()
    {
        QString error;
        QFile raw(data(QStringLiteral("good/c4.reg")));
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY(raw.peek(2) == QByteArray("\xFF\xFE")); // UTF-16LE with a mark
        const auto file = RegFile::read(data(QStringLiteral("good/c4.reg")), &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->format(), RegFile::Format::Version5);
        const RegKey* list = file->key(
            QStringLiteral("HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\NAL\\Client\\AbExprtDB\\CAP List for site S1"));
        QVERIFY(list);
        const RegValue* paths = list->value(QStringLiteral("paths"));
        QCOMPARE(paths->type, RegValue::Type::MultiString);
        QCOMPARE(
            paths->strings, QStringList {QStringLiteral("MSWNET:[\"SMS_SITE=S1\", \"PREFERRED\"]\\\\CAP2\\CAP_S1\\")});
        QCOMPARE(paths->line, 4);
        QCOMPARE(
            list->value(QStringLiteral("Path with \"quotes\" and \\ backslash"))->text, QStringLiteral("\u00fcber"));
        QVERIFY(!list->value(QStringLiteral("Obsolete"))); // "name"=- deletes
        const RegKey* shared
            = file->key(QStringLiteral("HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\SMS\\Client\\Sites\\Shared\\S1"));
        QCOMPARE(shared->value(QString())->type, RegValue::Type::ExpandString);
        QCOMPARE(shared->value(QString())->text, QStringLiteral("%SystemRoot%"));
        // UTF-8 and no mark, leniently.
        const auto utf8
            = parse("\xEF\xBB\xBFWindows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\A]\n\"n\"=\"\xC3\xBC\"\n"
                    "\"m\"=hex(7):61,00,00,00,62,00,00,00,00,00\n",
                &error);
        QVERIFY2(utf8, qPrintable(error));
        QCOMPARE(utf8->keys().at(0).value(QStringLiteral("n"))->text, QStringLiteral("\u00fc"));
        QCOMPARE(utf8->keys().at(0).value(QStringLiteral("m"))->strings, (QStringList {"a", "b"}));
        // REGEDIT4's hex(7) is ANSI.
        const auto ansi = parse("REGEDIT4\r\n[HKEY_LOCAL_MACHINE\\A]\r\n\"m\"=hex(7):61,00,e9,00,00\r\n", &error);
        QVERIFY2(ansi, qPrintable(error));
        QCOMPARE(ansi->keys().at(0).value(QStringLiteral("M"))->strings, (QStringList {"a", "\u00e9"}));
    }

    // copy /b a.reg + b.reg: the second file's mark and header are skipped (docs/EVIDENCE.md).
    void joinedFiles()
    {
        const auto utf16 = [](const QString& text) {
            QByteArray bytes("\xFF\xFE", 2);
            for (const QChar c : text) {
                bytes.append(char(c.unicode() & 0xFF));
                bytes.append(char(c.unicode() >> 8));
            }
            return bytes;
        };
        const QByteArray joined
            = utf16(QStringLiteral("Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\A]\r\n"
                                   "\"a\"=\"1\"\r\n\r\n"))
            + utf16(QStringLiteral(
                "Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\B]\r\n\"b\"=\"2\"\r\n"));
        QString error;
        const auto file = parse(joined, &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->keys().size(), 2);
        QCOMPARE(file->key(QStringLiteral("HKLM\\B"))->value(QStringLiteral("b"))->text, QStringLiteral("2"));
        QCOMPARE(file->key(QStringLiteral("HKEY_LOCAL_MACHINE\\B"))->line, 8);
        const auto ansi = parse(
            "REGEDIT4\r\n[HKEY_LOCAL_MACHINE\\A]\r\nREGEDIT4\r\n[HKEY_LOCAL_MACHINE\\B]\r\n\"b\"=\"2\"\r\n", &error);
        QVERIFY2(ansi, qPrintable(error));
        QCOMPARE(ansi->keys().size(), 2);
    }

    void errorsNameFileAndLine_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no header") << QByteArray("[HKEY_LOCAL_MACHINE\\A]\n") << "t.reg:1: not a registry export";
        QTest::newRow("empty") << QByteArray() << "t.reg:1: empty file";
        QTest::newRow("bad dword") << QByteArray("REGEDIT4\n\n[K]\n\"a\"=dword:0000000g\n") << "t.reg:4: \"a\": dword:";
        QTest::newRow("long dword") << QByteArray("REGEDIT4\n[K]\n\"a\"=dword:123456789\n") << "t.reg:3:";
        QTest::newRow("open quote") << QByteArray("REGEDIT4\n[K]\n\"a\"=\"x\n") << "t.reg:3: \"a\": the closing quote";
        QTest::newRow("open name") << QByteArray("REGEDIT4\n[K]\n\"a=\"x\"\n") << "t.reg:3:";
        QTest::newRow("value first") << QByteArray("REGEDIT4\n\"a\"=\"x\"\n") << "t.reg:2: a value before any";
        QTest::newRow("open key") << QByteArray("REGEDIT4\n[K\n") << "t.reg:2: a key line";
        QTest::newRow("bad hex") << QByteArray("REGEDIT4\n[K]\n\"a\"=hex:01,2,03\n") << "t.reg:3: \"a\": \"2\"";
        QTest::newRow("continued bad hex") << QByteArray("REGEDIT4\n[K]\n\"a\"=hex:01,\\\n  zz\n") << "t.reg:3:";
        QTest::newRow("unknown type") << QByteArray("REGEDIT4\n[K]\n\"a\"=qword:1\n")
                                      << "t.reg:3: \"a\": unknown value type";
        QTest::newRow("garbage") << QByteArray("REGEDIT4\n[K]\nhello\n") << "t.reg:3:";
    }

    void errorsNameFileAndLine()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!parse(text, &error));
        QVERIFY2(error.startsWith(expected), qPrintable(error));
    }

    void hostileInputNeverCrashes()
    {
        QString error;
        QByteArray text("REGEDIT4\n[K]\n\"a\"=hex(ffffffff):00\n\"b\"=hex(7):ff\n\"c\"=\\\n");
        parse(text, &error);
        parse(QByteArray("\xFF\xFE", 2), &error);
        parse(QByteArray("\xFF\xFE\x52", 3), &error);
        parse(QByteArray(100000, '\\'), &error);
        parse(QByteArray("REGEDIT4\n[K]\n\"a\"=hex:") + QByteArray(50000, ','), &error);
        QVERIFY(true);
    }

    void nalPaths()
    {
        QCOMPARE(RegistryEvidence::serverOf(QStringLiteral("MSWNET:[\"SMS_SITE=ABC\"]\\\\SERVER\\CAP_ABC\\")),
            QStringLiteral("SERVER"));
        QCOMPARE(
            RegistryEvidence::serverOf(QStringLiteral("MSWNET:[\"SMS_SITE=ABC\", \"PREFERRED\"]\\\\srv2\\CAP_ABC")),
            QStringLiteral("srv2"));
        QCOMPARE(RegistryEvidence::serverOf(QStringLiteral("NWBIND:[\"SMS_SITE=ABC\"]\\\\NW1\\SYS\\CAP_ABC\\")),
            QStringLiteral("NW1"));
        QCOMPARE(RegistryEvidence::serverOf(QStringLiteral("MSWNET:[\"x]y\"]\\\\Q\\")), QStringLiteral("Q"));
        QCOMPARE(RegistryEvidence::serverOf(QStringLiteral("MSWNET:[\"SMS_SITE=ABC\"]")), QString());
        QVERIFY(RegistryEvidence::isPreferred(QStringLiteral("MSWNET:[\"SMS_SITE=ABC\", \"PREFERRED\"]\\\\S\\")));
        QVERIFY(!RegistryEvidence::isPreferred(QStringLiteral("MSWNET:[\"SMS_SITE=ABC\"]\\\\PREFERRED\\")));
        // The site's own time zone: 06:28.53 in Berlin in June is 04:28:53 UTC.
        QCOMPARE(
            RegistryEvidence::parseLastChecked(QStringLiteral("2000/06/13 06:28.53"), QStringLiteral("Europe/Berlin")),
            std::optional<qint64>(*UtcTime::parse(QStringLiteral("2000-06-13T04:28:53Z"))));
        QCOMPARE(RegistryEvidence::parseLastChecked(QStringLiteral("2000/06/13 06:28.53"), QString()),
            std::optional<qint64>(*UtcTime::parse(QStringLiteral("2000-06-13T06:28:53Z"))));
        QVERIFY(!RegistryEvidence::parseLastChecked(QStringLiteral("2000/13/13 06:28.53"), QString()));
        QVERIFY(!RegistryEvidence::parseLastChecked(QStringLiteral("yesterday"), QString()));
    }

    void evidenceFromFiles()
    {
        QString error;
        auto read = [&](const QString& path) {
            const auto file = RegFile::read(data(path), &error);
            return file ? RegistryEvidence::fromFile(*file, data(path), &error) : std::nullopt;
        };
        const auto c1 = read(QStringLiteral("good/c1.reg"));
        QVERIFY2(c1, qPrintable(error));
        QCOMPARE(c1->client, QStringLiteral("C1"));
        QCOMPARE(c1->caps.size(), 1);
        QCOMPARE(c1->caps.at(0).server, QStringLiteral("cap1"));
        QCOMPARE(c1->caps.at(0).line, 9);
        QCOMPARE(c1->lastChecked.size(), 1);
        const auto c4 = read(QStringLiteral("good/c4.reg"));
        QVERIFY2(c4, qPrintable(error));
        QCOMPARE(c4->client, QStringLiteral("c4")); // no ComputerName: the file's base name
        QCOMPARE(c4->caps.size(), 1);
        QVERIFY(c4->caps.at(0).preferred);
        QVERIFY(c4->lastChecked.isEmpty());
        QCOMPARE(c4->sitesWithoutLastChecked, QStringList {"S1"});
        const auto d1 = read(QStringLiteral("good/sub/D1.REG"));
        QVERIFY2(d1, qPrintable(error));
        QCOMPARE(d1->caps.size(), 2);
        QCOMPARE(d1->caps.at(0).server, QStringLiteral("s3cap"));
        QCOMPARE(d1->caps.at(1).server, QStringLiteral("GHOST"));
        // A NAL path naming no server is refused with its line.
        const auto bad
            = RegFile::parse("REGEDIT4\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\NAL\\Client\\AbExprtDB\\CAP "
                             "List for site S1]\n\"0\"=\"MSWNET:[\\\"SMS_SITE=S1\\\"]\"\n",
                QStringLiteral("x.reg"), &error);
        QVERIFY(bad);
        QVERIFY(!RegistryEvidence::fromFile(*bad, QStringLiteral("x.reg"), &error));
        QVERIFY2(error.startsWith(QStringLiteral("x.reg:3: ")), qPrintable(error));
        const auto when
            = RegFile::parse("REGEDIT4\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\SMS\\Client\\Sites\\Shared\\"
                             "S1]\n\n\"Site Config Last Checked\"=\"soon\"\n",
                QStringLiteral("y.reg"), &error);
        QVERIFY(!RegistryEvidence::fromFile(*when, QStringLiteral("y.reg"), &error));
        QVERIFY2(error.startsWith(QStringLiteral("y.reg:4: Site Config Last Checked")), qPrintable(error));
    }

    void findsRegFilesRecursively()
    {
        QString error;
        const auto files = findRegFiles({data(QStringLiteral("good"))}, &error);
        QVERIFY2(files, qPrintable(error));
        QCOMPARE(files->size(), 4); // c1.reg, c4.reg, stranger.reg, sub/D1.REG; not notes.txt
        QVERIFY(!findRegFiles({data(QStringLiteral("absent"))}, &error));
    }

    // The import through the binary: dry run changes nothing; the import records the evidence and
    // the plan uses it. A client whose registry holds a CAP that stays is covered.
    void importAndPlan()
    {
        const QString db = scenarioDb(QStringLiteral("import.db"));
        const QByteArray clientsBefore = run({"export", "--db", db, "--table", "clients"}).out;
        const QByteArray capsBefore = run({"export", "--db", db, "--table", "client-caps"}).out;
        QCOMPARE(capsBefore, QByteArray("client,cap,source,imported_at\r\n"));
        const QJsonObject planBefore = planJson(db);
        QVERIFY(names(planBefore.value(u"atRisk").toArray()).contains(QStringLiteral("c4")));
        QVERIFY(names(planBefore.value(u"covered").toArray()).contains(QStringLiteral("c1")));

        const Run dry = run({"evidence", "import", "--db", db, "--dry-run", "--json", data(QStringLiteral("good"))});
        QVERIFY2(dry.status == 0, dry.err.constData());
        const QJsonObject counts = QJsonDocument::fromJson(dry.out).object();
        QCOMPARE(counts.value(u"dryRun").toBool(), true);
        QCOMPARE(counts.value(u"files").toInt(), 4);
        QCOMPARE(counts.value(u"clients").toInt(), 3);
        QCOMPARE(counts.value(u"caps").toInt(), 3); // CAP1 (c1), CAP2 (c4), S3CAP (d1)
        QCOMPARE(counts.value(u"unknownServers").toInt(), 1);
        QVERIFY(
            counts.value(u"unknownServerNames").toArray().at(0).toString().endsWith(QStringLiteral("D1.REG:8: GHOST")));
        QCOMPARE(counts.value(u"unknownClients").toInt(), 1); // stranger
        QCOMPARE(counts.value(u"refreshesMoved").toInt(), 1); // c1: 11-30 08:00 -> 20:00; d1's is older
        QCOMPARE(counts.value(u"withoutLastChecked").toInt(), 1); // c4
        QCOMPARE(run({"export", "--db", db, "--table", "clients"}).out, clientsBefore);
        QCOMPARE(run({"export", "--db", db, "--table", "client-caps"}).out, capsBefore);
        QCOMPARE(planJson(db), planBefore);

        const Run real = run({"evidence", "import", "--db", db, "--json", data(QStringLiteral("good"))});
        QVERIFY2(real.status == 0, real.err.constData());
        QJsonObject realCounts = QJsonDocument::fromJson(real.out).object();
        QCOMPARE(realCounts.value(u"dryRun").toBool(), false);
        realCounts.remove(QStringLiteral("dryRun"));
        QJsonObject dryCounts = counts;
        dryCounts.remove(QStringLiteral("dryRun"));
        QCOMPARE(realCounts, dryCounts); // the dry run said what would happen
        const QList<QByteArray> lines = run({"export", "--db", db, "--table", "client-caps"}).out.split('\n');
        QCOMPARE(lines.size(), 5); // header, three rows, the final newline
        QVERIFY2(lines.at(1).startsWith("c1,CAP1,") && lines.at(1).contains("c1.reg:9,"), lines.at(1).constData());
        QVERIFY2(lines.at(2).startsWith("c4,CAP2,") && lines.at(2).contains("c4.reg:4,"), lines.at(2).constData());
        QVERIFY2(lines.at(3).startsWith("d1,S3CAP,") && lines.at(3).contains("D1.REG:7,"), lines.at(3).constData());
        // c1's refresh moved forward to its Site Config Last Checked (UTC: the scenario's sites name no zone).
        QVERIFY(run({"export", "--db", db, "--table", "clients"})
                    .out.contains("c1,S1,w2k,logon,2.00.1493.3000,night,2026-11-30T20:00:00Z"));

        const QJsonObject planAfter = planJson(db);
        // c4 had no recorded refresh (exposed); its registry holds CAP2, which stays: covered.
        QVERIFY(names(planAfter.value(u"covered").toArray()).contains(QStringLiteral("c4")));
        QVERIFY(!names(planAfter.value(u"atRisk").toArray()).contains(QStringLiteral("c4")));
        // c1's registry holds only CAP1, which the plan retires: exposed, whatever its refresh says.
        QVERIFY(!names(planAfter.value(u"covered").toArray()).contains(QStringLiteral("c1")));
        const QJsonObject after = planAfter.value(u"counts").toObject();
        const QJsonObject before = planBefore.value(u"counts").toObject();
        QCOMPARE(after.value(u"pending").toInt(), before.value(u"pending").toInt());
        QCOMPARE(after.value(u"covered").toInt(), before.value(u"covered").toInt()); // c4 in, c1 out
        QCOMPARE(after.value(u"exposed").toInt(), before.value(u"exposed").toInt());

        // Importing again replaces each client's evidence: the same rows.
        QVERIFY(run({"evidence", "import", "--db", db, data(QStringLiteral("good"))}).status == 0);
        QCOMPARE(run({"export", "--db", db, "--table", "client-caps"}).out.split('\n').size(), 5);
        // The refresh never moves back: d1's Site Config Last Checked is older than its refresh.
        QVERIFY(run({"export", "--db", db, "--table", "clients"})
                    .out.contains("d1,S3,w2k,logon,2.00.1493.3000,on,2026-11-30T00:00:00Z"));
    }

    // Q265358 through the binary: c5 refreshed 2026-09-01, 91 days before the plan's start, and is
    // stale; its export has the site's Shared key without Site Config Last Checked, so it never
    // removes itself and the plan counts it as pending.
    void withoutLastCheckedIsPendingNotStale()
    {
        const QString db = scenarioDb(QStringLiteral("never.db"));
        const QJsonObject before = planJson(db).value(u"counts").toObject();
        QVERIFY(before.value(u"stale").toInt() >= 1);
        const QString folder = m_dir.filePath(QStringLiteral("never"));
        QVERIFY(QDir().mkpath(folder));
        QFile file(folder + QStringLiteral("/c5.reg"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("REGEDIT4\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\SMS\\Client\\Sites\\Shared\\S1]\r\n"
                   "\"Site Config Last Checked Backup\"=\"2026/09/01 00:00.00\"\r\n");
        file.close();
        const Run r = run({"evidence", "import", "--db", db, "--json", folder});
        QVERIFY2(r.status == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"withoutLastChecked").toInt(), 1);
        const QJsonObject after = planJson(db).value(u"counts").toObject();
        QCOMPARE(after.value(u"stale").toInt(), before.value(u"stale").toInt() - 1);
        QCOMPARE(after.value(u"pending").toInt(), before.value(u"pending").toInt() + 1);
        QCOMPARE(after.value(u"inScope").toInt(), before.value(u"inScope").toInt() + 1);
        QCOMPARE(after.value(u"confirmed").toInt(), before.value(u"confirmed").toInt());
    }

    // The same by hand through the library: the import records the missing value, SiteFacts reads
    // it, and the one rule classifies c5 by the rest of the precedence: 2026-09-01 is before
    // S + P, so pending.
    void withoutLastCheckedByHand()
    {
        TestInventory t;
        QVERIFY(t.importScenario());
        const QString folder = m_dir.filePath(QStringLiteral("byhand"));
        QVERIFY(QDir().mkpath(folder));
        QFile file(folder + QStringLiteral("/c5.reg"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("REGEDIT4\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\SMS\\Client\\Sites\\Shared\\S1]\r\n");
        file.close();
        const qint64 s = *UtcTime::parse(QStringLiteral("2026-12-01T08:00:00Z"));
        const qint64 refresh = *UtcTime::parse(QStringLiteral("2026-09-01T00:00:00Z"));
        const ClientRules::PlanClassifier classifier(TransitionKind::Cap, s, TimingParameters {});
        QString error;
        auto facts = SiteFacts::load(t.inventory(), QStringLiteral("S1"), &error);
        QVERIFY2(facts, qPrintable(error));
        QCOMPARE(facts->selfRemoval("c5"), ClientRules::SelfRemoval::Removes);
        QCOMPARE(classifier.classify(refresh, false, facts->selfRemoval("c5")), ClientRules::Class::Stale);

        const auto done = importRegistryEvidence(t.inventory(), {folder}, false, {}, &error);
        QVERIFY2(done, qPrintable(error));
        QCOMPARE(done->clients, 1);
        facts = SiteFacts::load(t.inventory(), QStringLiteral("S1"), &error);
        QVERIFY2(facts, qPrintable(error));
        QCOMPARE(facts->neverRemovesItself, QSet<QByteArray> {"c5"});
        QVERIFY(facts->capEvidence.isEmpty()); // no CAP list: coverage still derives from the refresh
        QCOMPARE(facts->selfRemoval("c5"), ClientRules::SelfRemoval::Never);
        QCOMPARE(facts->selfRemoval("c1"), ClientRules::SelfRemoval::Removes);
        QCOMPARE(classifier.classify(refresh, false, facts->selfRemoval("c5")), ClientRules::Class::Pending);

        TransitionRequest request;
        request.site = QStringLiteral("S1");
        request.retire = {QStringLiteral("CAP1")};
        request.start = s;
        const auto plan = TransitionPlanner(t.inventory()).plan(request, &error);
        QVERIFY2(plan, qPrintable(error));
        // Scenario S1 at S: c5 was its only stale client (c10's 2026-10-02 is 60 days before S).
        QCOMPARE(plan->counts.stale, 0);
    }

    // Several exports of one client in one import (RULES.md R6.1): the newest is taken, by the
    // client's own Site Config Last Checked, then by the file's time, whatever the files' order;
    // the others are named as superseded.
    void theNewestExportOfAClientWins()
    {
        TestInventory t;
        QVERIFY(t.importScenario());
        const QString folder = m_dir.filePath(QStringLiteral("several"));
        QVERIFY(QDir().mkpath(folder));
        const auto write = [&](const char* name, const char* client, const char* cap, const char* checked) {
            QByteArray text = "REGEDIT4\r\n\r\n[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\ComputerName\\"
                              "ComputerName]\r\n\"ComputerName\"=\"";
            text += client;
            text += "\"\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\NAL\\Client\\AbExprtDB\\CAP List for site "
                    "S1]\r\n\"0\"=\"MSWNET:[\\\"SMS_SITE=S1\\\"]\\\\\\\\";
            text += cap;
            text += "\\\\CAP_S1\\\\\"\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\SMS\\Client\\Sites\\Shared\\S1]"
                    "\r\n";
            if (checked)
                text += QByteArray("\"Site Config Last Checked\"=\"") + checked + "\"\r\n";
            QFile file(folder + u'/' + QLatin1String(name));
            return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
        };
        // c1: the later file in sorted order holds the older Last Checked.
        QVERIFY(write("a.reg", "c1", "CAP2", "2026/12/01 10:00.00"));
        QVERIFY(write("b.reg", "C1", "CAP1", "2026/11/29 10:00.00"));
        // c2: neither says when it last checked; the file written last wins, though it sorts first.
        QVERIFY(write("c.reg", "c2", "CAP2", nullptr));
        QVERIFY(write("d.reg", "c2", "CAP1", nullptr));
        const auto setTime = [&](const char* name, const char* iso) {
            QFile file(folder + u'/' + QLatin1String(name));
            return file.open(QIODevice::ReadWrite)
                && file.setFileTime(
                    QDateTime::fromString(QLatin1String(iso), Qt::ISODate), QFileDevice::FileModificationTime);
        };
        QVERIFY(setTime("c.reg", "2026-12-01T12:00:00Z"));
        QVERIFY(setTime("d.reg", "2026-11-30T12:00:00Z"));

        QString error;
        const auto done = importRegistryEvidence(t.inventory(), {folder}, false, {}, &error);
        QVERIFY2(done, qPrintable(error));
        QCOMPARE(done->files, 4);
        QCOMPARE(done->clients, 2);
        QCOMPARE(done->superseded, 2);
        QCOMPARE(done->supersededNames.size(), 2);
        QVERIFY2(done->supersededNames.at(0).contains(u"b.reg: c1") && done->supersededNames.at(0).endsWith(u"a.reg"),
            qPrintable(done->supersededNames.join(u'|')));
        QVERIFY2(done->supersededNames.at(1).contains(u"d.reg: c2") && done->supersededNames.at(1).endsWith(u"c.reg"),
            qPrintable(done->supersededNames.join(u'|')));
        QSqlQuery q(t.inventory().database());
        QVERIFY(q.exec(QStringLiteral("SELECT client, cap, source FROM client_cap_evidence ORDER BY client")));
        QStringList facts;
        while (q.next())
            facts << q.value(0).toString() + u' ' + q.value(1).toString() + u' '
                    + QFileInfo(q.value(2).toString()).fileName();
        QCOMPARE(facts, (QStringList {QStringLiteral("c1 CAP2 a.reg"), QStringLiteral("c2 CAP2 c.reg")}));
        // c1's last refresh is the newest Last Checked (UTC site), never the older one.
        QVERIFY(q.exec(QStringLiteral("SELECT last_refresh_at FROM clients WHERE name = 'c1'")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), *UtcTime::parse(QStringLiteral("2026-12-01T10:00:00Z")));
        QVERIFY(
            q.exec(QStringLiteral("SELECT client FROM client_registry WHERE last_checked_missing = 1")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("c2"));
    }

    void malformedFileImportsNothing()
    {
        const QString db = scenarioDb(QStringLiteral("malformed.db"));
        const QByteArray before = run({"export", "--db", db, "--table", "clients"}).out;
        const Run r
            = run({"evidence", "import", "--db", db, data(QStringLiteral("good")), data(QStringLiteral("bad"))});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains("bad.reg:4: \"Use Preferred Servers\": dword:"), r.err.constData());
        QCOMPARE(run({"export", "--db", db, "--table", "clients"}).out, before);
        QCOMPARE(
            run({"export", "--db", db, "--table", "client-caps"}).out, QByteArray("client,cap,source,imported_at\r\n"));
        QCOMPARE(run({"evidence", "import", "--db", db, m_dir.filePath("absent")}).status, 1);
        QCOMPARE(run({"evidence", "import", "--db", db}).status, 2);
    }

    // The library call the import wizard makes: progress, cancel, and the site's time zone.
    void libraryImport()
    {
        TestInventory t;
        QVERIFY(t.importScenario());
        QSqlQuery q(t.inventory().database());
        QVERIFY(q.exec(QStringLiteral("UPDATE sites SET time_zone = 'Europe/Berlin' WHERE code = 'S1'")));
        QString error;
        int calls = 0;
        const auto cancelled = importRegistryEvidence(
            t.inventory(), {data(QStringLiteral("good"))}, false,
            [&](int done, int total) {
                ++calls;
                return done < 2 && total == 4;
            },
            &error);
        QVERIFY(!cancelled);
        QCOMPARE(calls, 3);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM client_registry")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        const auto done = importRegistryEvidence(t.inventory(), {data(QStringLiteral("good"))}, false, {}, &error);
        QVERIFY2(done, qPrintable(error));
        QVERIFY2(done->clients == 3, qPrintable((done->report + done->unknownClientNames).join(u'|')));
        // 2026/11/30 20:00.00 in Berlin is 19:00 UTC.
        QVERIFY(q.exec(QStringLiteral("SELECT last_refresh_at FROM clients WHERE name = 'c1'")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), *UtcTime::parse(QStringLiteral("2026-11-30T19:00:00Z")));
        QVERIFY(
            q.exec(QStringLiteral("SELECT client FROM client_registry WHERE last_checked_missing = 1")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("c4"));
        // Deleting a client deletes its evidence.
        QVERIFY(q.exec(QStringLiteral("DELETE FROM clients WHERE name = 'c4'")));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM client_cap_evidence WHERE client = 'c4'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestEvidence)
#include "tst_evidence.moc"
