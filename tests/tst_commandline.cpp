#include "CommandRun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Drives the real capplanner binary: exit statuses, messages and the JSON of the commands.
class TestCommandLine : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    using Run = CommandRun;
    static Run run(const QStringList& arguments) { return runCapplanner(arguments); }

    QString db() const { return m_dir.filePath(QStringLiteral("scenario.db")); }
    static QString data(const char* file)
    {
        return qEnvironmentVariable("TEST_DATA") + QStringLiteral("/scenario/") + QLatin1String(file);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const char* table :
            {"domains", "sites", "caps", "accounts", "logon-points", "profiles", "blackouts", "clients"}) {
            const Run r = run({"import", "--db", db(), "--table", QLatin1String(table),
                data((QByteArray(table) + ".csv").constData())});
            QVERIFY2(r.status == 0, r.err.constData());
        }
    }

    void versionAndHelp()
    {
        const Run version = run({"--version"});
        QCOMPARE(version.status, 0);
        QVERIFY(version.out.startsWith("capplanner "));
        const Run help = run({"--help"});
        QCOMPARE(help.status, 0);
        QVERIFY(help.out.contains("whatif-password"));
        const Run planHelp = run({"plan", "--help"});
        QCOMPARE(planHelp.status, 0);
        QVERIFY(planHelp.out.contains("--retire"));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown command") << QStringList {"frobnicate"};
        QTest::newRow("unknown option") << QStringList {"export", "--db", "x.db", "--table", "caps", "--bogus"};
        QTest::newRow("unknown table") << QStringList {"export", "--db", "x.db", "--table", "printers"};
        QTest::newRow("import without file") << QStringList {"import", "--db", "x.db", "--table", "caps"};
        QTest::newRow("plan without start")
            << QStringList {"plan", "--db", "x.db", "--site", "S1", "--kind", "cap", "--retire", "CAP1"};
        QTest::newRow("plan bad kind") << QStringList {"plan", "--db", "x.db", "--site", "S1", "--kind", "printer",
            "--retire", "CAP1", "--start", "2026-12-01T08:00:00Z"};
        QTest::newRow("plan bad time") << QStringList {
            "plan", "--db", "x.db", "--site", "S1", "--kind", "cap", "--retire", "CAP1", "--start", "soon"};
        QTest::newRow("compare one version") << QStringList {"compare-versions", "2.00.1380.1000"};
        QTest::newRow("report unknown format")
            << QStringList {"report", "--db", "x.db", "--plan", "1", "--out", "r.docx"};
        QTest::newRow("report without plan") << QStringList {"report", "--db", "x.db", "--out", "r.pdf"};
        QTest::newRow("demo bad count") << QStringList {"demo", "--db", "x.db", "--clients", "many"};
        QTest::newRow("copy without --to") << QStringList {"copy", "--from", "x.db"};
    }
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        const Run r = run(arguments);
        QCOMPARE(r.status, 2);
        QVERIFY(!r.err.isEmpty());
    }

    void compareVersions_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("Q262677 significant") << "2.00.1380.0000"
                                             << "2.00.1999.2000" << QByteArray("significant-older\n");
        QTest::newRow("Q262677 hotfix") << "2.00.1999.2000"
                                        << "2.00.1999.2001" << QByteArray("hotfix-older\n");
        QTest::newRow("same") << "2.0.1493.2005"
                              << "2.000.1493.2005" << QByteArray("same\n");
        QTest::newRow("newer") << "2.00.1493.4000"
                               << "2.00.1493.3004" << QByteArray("significant-newer\n");
    }
    void compareVersions()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(QByteArray, expected);
        const Run r = run({"compare-versions", a, b});
        QCOMPARE(r.status, 0);
        QCOMPARE(r.out, expected);
        QCOMPARE(run({"compare-versions", "2.00.1380", b}).status, 1);
    }

    void demoAndExport()
    {
        const QString demo = m_dir.filePath(QStringLiteral("demo.db"));
        QCOMPARE(run({"demo", "--db", demo, "--clients", "1000"}).status, 0);
        const Run r = run({"export", "--db", demo, "--table", "clients"});
        QCOMPARE(r.status, 0);
        QCOMPARE(r.out.count("\r\n"), 1001);
        // Same seed, same inventory; a second demo into the same file is refused.
        const QString again = m_dir.filePath(QStringLiteral("demo2.db"));
        QCOMPARE(run({"demo", "--db", again, "--clients", "1000"}).status, 0);
        QCOMPARE(run({"export", "--db", again, "--table", "clients"}).out, r.out);
        QCOMPARE(run({"demo", "--db", demo, "--clients", "10"}).status, 1);
        // --out writes a file.
        const QString out = m_dir.filePath(QStringLiteral("caps.csv"));
        QCOMPARE(run({"export", "--db", demo, "--table", "caps", "--out", out}).status, 0);
        QVERIFY(QFile(out).size() > 100);
    }

    void copyMakesAnInventoryThatExportsTheSameBytes()
    {
        const QString copy = m_dir.filePath(QStringLiteral("copy.db"));
        const Run r = run({"copy", "--from", db(), "--to", copy});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.err.contains("Copied"), r.err.constData());
        for (const char* table :
            {"domains", "sites", "caps", "accounts", "logon-points", "profiles", "blackouts", "clients"}) {
            const QByteArray original = run({"export", "--db", db(), "--table", QLatin1String(table)}).out;
            QVERIFY(original.count("\r\n") > 1);
            QCOMPARE(run({"export", "--db", copy, "--table", QLatin1String(table)}).out, original);
        }
        // Into an inventory that already holds one: refused, exit 1, and it stays as it was.
        const QByteArray before = run({"export", "--db", copy, "--table", "clients"}).out;
        const Run again = run({"copy", "--from", db(), "--to", copy});
        QCOMPARE(again.status, 1);
        QVERIFY2(again.err.contains("already holds"), again.err.constData());
        QCOMPARE(run({"export", "--db", copy, "--table", "clients"}).out, before);
        // A missing source is a data error, and nothing is created.
        QCOMPARE(run({"copy", "--from", m_dir.filePath("absent.db"), "--to", m_dir.filePath("new.db")}).status, 1);
        QVERIFY(!QFile::exists(m_dir.filePath("new.db")));
    }

    void importCountsInTheirPluralForm()
    {
        // The English forms come from translations/capplanner_en.ts, which lupdate fills.
        QFile english(qEnvironmentVariable("TEST_DATA") + QStringLiteral("/../../translations/capplanner_en.ts"));
        QVERIFY(english.open(QIODevice::ReadOnly));
        if (!english.readAll().contains("Imported %n row(s) into %1."))
            QSKIP("capplanner_en.ts has no plural forms for \"Imported %n row(s) into %1.\" yet: run lupdate");
        const QString target = m_dir.filePath(QStringLiteral("plural.db"));
        const QString header = QStringLiteral(
            "name,lockout_threshold,lockout_window_minutes,lockout_duration_minutes,max_password_age_days\n");
        for (const auto& [rows, expected] :
            {std::pair {1, "Imported 1 row into domains."}, std::pair {2, "Imported 2 rows into domains."}}) {
            QString csv = header;
            for (int i = 0; i < rows; ++i)
                csv += QStringLiteral("P%1,5,30,30,42\n").arg(i);
            const QString file = m_dir.filePath(QStringLiteral("plural%1.csv").arg(rows));
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(csv.toUtf8());
            out.close();
            const Run r = run({"import", "--db", target, "--table", "domains", file});
            QCOMPARE(r.status, 0);
            QVERIFY2(r.err.contains(expected), r.err.constData());
        }
    }

    void malformedImportNamesFileAndLineAndChangesNothing()
    {
        const QByteArray before = run({"export", "--db", db(), "--table", "clients"}).out;
        const QString bad = m_dir.filePath(QStringLiteral("bad-clients.csv"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "name,site,os,install_method,version\nnew1,S1,w2k,logon,2.00.1493.3000\nnew2,S1,w2k,logon,2.00.x.3000\n");
        file.close();
        const Run r = run({"import", "--db", db(), "--table", "clients", bad});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains((bad + QStringLiteral(":3: column version:")).toUtf8()), r.err.constData());
        QCOMPARE(run({"export", "--db", db(), "--table", "clients"}).out, before);
        // A missing file and a missing inventory are data errors too.
        QCOMPARE(run({"import", "--db", db(), "--table", "clients", m_dir.filePath("absent.csv")}).status, 1);
        QCOMPARE(run({"export", "--db", m_dir.filePath("absent.db"), "--table", "clients"}).status, 1);
    }

    void planJson()
    {
        const Run r = run({"plan", "--db", db(), "--site", "S1", "--kind", "cap", "--retire", "CAP1", "--add", "CAP4",
            "--start", "2026-12-01T08:00:00Z", "--removal", "2026-12-03T05:00:00Z", "--json"});
        QCOMPARE(r.status, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        // CAP2 stays: only c4 (no recorded refresh, no profile: S + 49 h) is exposed (RULES.md R1.4).
        QCOMPARE(json.value(u"safeRemoval").toString(), QStringLiteral("2026-12-03T09:00:00Z"));
        const QJsonObject counts = json.value(u"counts").toObject();
        QCOMPARE(counts.value(u"atRisk").toInt(), 1);
        QCOMPARE(counts.value(u"exposed").toInt(), 1);
        QCOMPARE(counts.value(u"covered").toInt(), 6);
        QCOMPARE(counts.value(u"pending").toInt(), 7);
        QCOMPARE(counts.value(u"upgradeBlocked").toInt(), 2);
        QCOMPARE(json.value(u"atRisk").toArray().size(), 1);
        QCOMPARE(json.value(u"atRisk").toArray().at(0).toObject().value(u"client").toString(), QStringLiteral("c4"));
        QVERIFY(!json.contains(u"id"));
        QCOMPARE(json.value(u"start").toString(), QStringLiteral("2026-12-01T08:00:00Z"));
        const Run margin = run({"plan", "--db", db(), "--site", "S1", "--kind", "cap", "--retire", "CAP1", "--add",
            "CAP4", "--start", "2026-12-01T08:00:00Z", "--margin-hours", "2", "--json"});
        QCOMPARE(QJsonDocument::fromJson(margin.out).object().value(u"safeRemoval").toString(),
            QStringLiteral("2026-12-03T11:00:00Z"));
        // The text says how many are covered and why.
        const Run text = run({"plan", "--db", db(), "--site", "S1", "--kind", "cap", "--retire", "cap1", "--add",
            "CAP4", "--start", "2026-12-01T08:00:00Z"});
        QCOMPARE(text.status, 0);
        QVERIFY2(text.out.contains("Pending: 1 exposed, 6 covered"), text.out.constData());
        QVERIFY2(text.out.contains("know CAP2, which stays: removing CAP1 cannot orphan them"), text.out.constData());
    }

    void planRefusesWhatIsNotLive()
    {
        const Run r = run({"plan", "--db", db(), "--site", "S1", "--kind", "cap", "--retire", "CAP3", "--start",
            "2026-12-01T08:00:00Z"});
        QCOMPARE(r.status, 1);
        QVERIFY(r.err.contains("CAP3"));
        // Issue 17's example: adding CAP3, removed 2026-06-01, is refused with its times.
        const Run added = run({"plan", "--db", db(), "--site", "S1", "--kind", "cap", "--retire", "CAP1,CAP2", "--add",
            "CAP3", "--start", "2026-12-01T08:00:00Z"});
        QCOMPARE(added.status, 1);
        QVERIFY2(added.err.contains("CAP3") && added.err.contains("2026-06-01T00:00:00Z"), added.err.constData());
        QVERIFY(!added.out.contains("Safe removal"));
    }

    void planSaves()
    {
        const Run r = run({"plan", "--db", db(), "--site", "S1", "--kind", "account", "--retire", "ACC_A", "--add",
            "ACC_N", "--start", "2026-12-01T08:00:00Z", "--save"});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.contains("Saved as plan 1"), r.out.constData());
    }

    // RULES.md R1.6: retiring CAP1 and CAP2 exposes every pending client. Holiday's blackouts
    // replaced by 12-02..12-04 give holiday 12-04 01:00 (instead of the chained 12-06 01:00), the
    // latest of night 12-03 01:00, on 12-02 09:00 and no profile 12-03 09:00. With night at 100 h as
    // well, night is S + 125 h = 12-06 13:00, and so is c4 without a profile (the largest D is now 100).
    void planOverridesAreSavedAndReported()
    {
        const QStringList planArgs {"plan", "--db", db(), "--site", "S1", "--kind", "cap", "--retire", "CAP1,CAP2",
            "--add", "CAP4", "--start", "2026-12-01T08:00:00Z", "--json"};
        const QStringList blackout {"--blackout", "holiday=2026-12-02T00:00:00Z/2026-12-04T00:00:00Z"};
        QCOMPARE(QJsonDocument::fromJson(run(planArgs).out).object().value(u"safeRemoval").toString(),
            QStringLiteral("2026-12-06T01:00:00Z"));
        const Run r = run(planArgs + blackout + QStringList {"--save"});
        QCOMPARE(r.status, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(json.value(u"safeRemoval").toString(), QStringLiteral("2026-12-04T01:00:00Z"));
        const int id = json.value(u"id").toInt();
        QVERIFY2(id > 0, r.out.constData());
        const Run night = run(planArgs + blackout + QStringList {"--offline", "night=100"});
        const QJsonObject nightJson = QJsonDocument::fromJson(night.out).object();
        QCOMPARE(nightJson.value(u"safeRemoval").toString(), QStringLiteral("2026-12-06T13:00:00Z"));
        QCOMPARE(nightJson.value(u"profiles").toArray().at(3).toObject().value(u"deadline").toString(),
            QStringLiteral("2026-12-06T13:00:00Z"));

        // The saved plan keeps its blackout: the report CSV and HTML show 12-04 01:00.
        const QString csv = m_dir.filePath(QStringLiteral("saved.csv"));
        QCOMPARE(run({"report", "--db", db(), "--plan", QString::number(id), "--out", csv}).status, 0);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray rows = file.readAll();
        QVERIFY2(rows.contains("c6,holiday,pending,2026-12-04T01:00:00Z,"), rows.constData());
        const QString html = m_dir.filePath(QStringLiteral("saved.html"));
        QCOMPARE(run({"report", "--db", db(), "--plan", QString::number(id), "--out", html}).status, 0);
        QFile page(html);
        QVERIFY(page.open(QIODevice::ReadOnly));
        QVERIFY(page.readAll().contains("2026-12-04T01:00:00Z"));

        // Bad values are usage errors naming the option and the value.
        const Run badHours = run(planArgs + QStringList {"--offline", "night=-3"});
        QCOMPARE(badHours.status, 2);
        QVERIFY2(badHours.err.contains("--offline") && badHours.err.contains("night=-3"), badHours.err.constData());
        QCOMPARE(run(planArgs + QStringList {"--offline", "night"}).status, 2);
        const Run backwards
            = run(planArgs + QStringList {"--blackout", "holiday=2026-12-04T00:00:00Z/2026-12-02T00:00:00Z"});
        QCOMPARE(backwards.status, 2);
        QVERIFY2(backwards.err.contains("--blackout") && backwards.err.contains("holiday="), backwards.err.constData());
        QCOMPARE(run(planArgs + QStringList {"--blackout", "holiday=yesterday/today"}).status, 2);
    }

    void reportsMatchPlanJson()
    {
        const QStringList planArgs {
            "--site", "S1", "--kind", "cap", "--retire", "CAP1", "--add", "CAP4", "--start", "2026-12-01T08:00:00Z"};
        const QJsonObject json
            = QJsonDocument::fromJson(run(QStringList {"plan", "--db", db(), "--json"} + planArgs).out).object();
        const QString safe = json.value(u"safeRemoval").toString();
        const QString pdf = m_dir.filePath(QStringLiteral("plan.pdf"));
        QCOMPARE(run(QStringList {"report", "--db", db(), "--out", pdf} + planArgs).status, 0);
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        text.waitForFinished(60000);
        QVERIFY(QString::fromUtf8(text.readAllStandardOutput()).contains(safe));
        const QString csv = m_dir.filePath(QStringLiteral("plan.csv"));
        QCOMPARE(run(QStringList {"report", "--db", db(), "--out", csv} + planArgs).status, 0);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count("\r\n"), 1 + 10);
        const QString html = m_dir.filePath(QStringLiteral("whatif.html"));
        QCOMPARE(run({"report", "--db", db(), "--whatif-password", "--site", "S1", "--account", "ACC_A", "--at",
                         "2026-12-01T08:00:00Z", "--out", html})
                     .status,
            0);
        QVERIFY(QFile(html).size() > 1000);
    }

    void whatIfJson()
    {
        const Run r = run({"whatif-password", "--db", db(), "--site", "S1", "--account", "ACC_A", "--at",
            "2026-12-01T08:00:00Z", "--json"});
        QCOMPARE(r.status, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(json.value(u"counts").toObject().value(u"orphaned").toInt(), 2);
        QCOMPARE(json.value(u"saferAlternative").toObject().value(u"removeOldAt").toString(),
            QStringLiteral("2026-12-06T01:00:00Z"));
        // Lockouts spread (Q237759): ACC_A at T, and ACC_D, changed 11-28, held by c8 and c10.
        const QJsonArray lockouts = json.value(u"lockouts").toArray();
        QCOMPARE(lockouts.size(), 2);
        QCOMPARE(lockouts.at(0).toObject().value(u"account").toString(), QStringLiteral("ACC_A"));
        QCOMPARE(lockouts.at(0).toObject().value(u"holders").toInt(), 8);
        QCOMPARE(lockouts.at(1).toObject().value(u"account").toString(), QStringLiteral("ACC_D"));
        QCOMPARE(lockouts.at(1).toObject().value(u"from").toString(), QStringLiteral("2026-11-28T00:00:00Z"));
        QCOMPARE(lockouts.at(1).toObject().value(u"until").toString(), QStringLiteral("2027-01-23T12:00:00Z"));
        QCOMPARE(json.value(u"counts").toObject().value(u"delayedByLockout").toInt(), 0);
        QCOMPARE(json.value(u"counts").toObject().value(u"recoverAtLogon").toInt(), 2);
        QCOMPARE(json.value(u"rotation").toObject().value(u"cadenceDays").toInt(), 14);
        QVERIFY(
            run({"whatif-password", "--db", db(), "--site", "S1", "--account", "ACC_A", "--at", "2026-12-01T08:00:00Z"})
                .out.contains("orphaned 2"));
        QCOMPARE(run({"whatif-password", "--db", db(), "--site", "S1", "--account", "NOBODY", "--at",
                         "2026-12-01T08:00:00Z"})
                     .status,
            1);
    }
    void logsAndSitesInTimeZones()
    {
        // A site in Berlin (UTC+1 in December): its client's log line at 09:30 is 08:30Z.
        const QString zones = m_dir.filePath(QStringLiteral("zones.db"));
        const auto write = [this](const char* name, const QByteArray& text) {
            QFile file(m_dir.filePath(QLatin1String(name)));
            file.open(QIODevice::WriteOnly);
            file.write(text);
            return file.fileName();
        };
        const QList<std::pair<const char*, QByteArray>> tables {
            {"domains", "name\nDZ\n"},
            {"sites", "code,domain,version,time_zone\nZ1,DZ,2.00.1493.3000,Europe/Berlin\nZ2,DZ,2.00.1493.3000,\n"},
            {"clients",
                "name,site,os,install_method,version,last_refresh_at\n"
                "k1,Z1,w2k,unknown,2.00.1493.3000,2026-11-30T00:00:00Z\n"},
        };
        for (const auto& [table, csv] : tables) {
            const Run r = run({"import", "--db", zones, "--table", QLatin1String(table),
                write((QByteArray("zones-") + table + ".csv").constData(), csv)});
            QVERIFY2(r.status == 0, r.err.constData());
        }
        const Run badZone = run({"import", "--db", zones, "--table", "sites",
            write("zones-bad.csv", "code,domain,version,time_zone\nZ3,DZ,2.00.1493.3000,Mars/Olympus\n")});
        QCOMPARE(badZone.status, 1);
        QVERIFY2(badZone.err.contains("zones-bad.csv:2: column time_zone: unknown time zone"), badZone.err.constData());
        QVERIFY(run({"export", "--db", zones, "--table", "sites"})
                    .out.contains("Z1,,,DZ,2.00.1493.3000,no,no,Europe/Berlin"));

        QDir(m_dir.path()).mkpath(QStringLiteral("zonelogs/K1"));
        const QByteArray line = "Done processing active client components  $$<CCIM32><Tue Dec 01 09:30:00.000 "
                                "2026><thread=1 (0x1)>\n";
        write("zonelogs/K1/Ccim32.log", line);
        // The folder spells the client K1: names ignore case.
        const Run imported = run({"logs", "import", "--db", zones, m_dir.filePath(QStringLiteral("zonelogs"))});
        QVERIFY2(imported.status == 0, imported.err.constData());
        QVERIFY2(imported.out.startsWith("k1:") && imported.out.contains("last refresh now 2026-12-01T08:30:00Z"),
            imported.out.constData());

        const QString log = m_dir.filePath(QStringLiteral("zonelogs/K1/Ccim32.log"));
        const auto firstTime = [](const Run& r) {
            return QJsonDocument::fromJson(r.out)
                .object()
                .value(u"entries")
                .toArray()
                .first()
                .toObject()
                .value(u"time")
                .toString();
        };
        QCOMPARE(firstTime(run({"logs", "parse", log, "--zone", "Europe/Berlin", "--json"})),
            QStringLiteral("2026-12-01T08:30:00.000Z"));
        QCOMPARE(firstTime(run({"logs", "parse", log, "--json"})), QStringLiteral("2026-12-01T09:30:00.000Z"));
        QCOMPARE(run({"logs", "parse", log, "--zone", "Nowhere/Bogus"}).status, 2);
    }

    // Runs last: it moves c1 from pending to confirmed in the scenario.
    void logEvidenceMovesAClientToConfirmed()
    {
        const QStringList planArgs {"plan", "--db", db(), "--site", "S1", "--kind", "cap", "--retire", "CAP1", "--add",
            "CAP4", "--start", "2026-12-01T08:00:00Z", "--json"};
        const QJsonObject before = QJsonDocument::fromJson(run(planArgs).out).object().value(u"counts").toObject();
        QCOMPARE(before.value(u"confirmed").toInt(), 2);
        const QString logs = qEnvironmentVariable("TEST_DATA") + QStringLiteral("/logs");
        // Folders named after clients the inventory does not know: refused, nothing changes.
        const Run unknown = run({"logs", "import", "--db", db(), logs});
        QCOMPARE(unknown.status, 1);
        QVERIFY(unknown.err.contains("PC001"));
        QCOMPARE(QJsonDocument::fromJson(run(planArgs).out).object().value(u"counts").toObject(), before);
        // PC002's log shows a completed cycle on 2026-12-01 at 12:00, after S + P: c1 is confirmed.
        const Run imported = run({"logs", "import", "--db", db(), "--client", "c1", logs + QStringLiteral("/PC002")});
        QCOMPARE(imported.status, 0);
        QVERIFY2(imported.out.contains("last refresh now 2026-12-01T12:00:05Z"), imported.out.constData());
        const QJsonObject after = QJsonDocument::fromJson(run(planArgs).out).object().value(u"counts").toObject();
        QCOMPARE(after.value(u"confirmed").toInt(), 3);
        QCOMPARE(after.value(u"pending").toInt(), before.value(u"pending").toInt() - 1);
        // An older log never moves a refresh back.
        QCOMPARE(run({"logs", "import", "--db", db(), "--client", "c1", logs + QStringLiteral("/PC001")}).status, 0);
        QCOMPARE(QJsonDocument::fromJson(run(planArgs).out).object().value(u"counts").toObject(), after);
        // logs parse reads both formats.
        const Run parsed = run({"logs", "parse", logs + QStringLiteral("/cm-sample.log"), "--json"});
        QCOMPARE(parsed.status, 0);
        QCOMPARE(QJsonDocument::fromJson(parsed.out).object().value(u"entries").toArray().size(), 3);
        QCOMPARE(run({"logs", "frobnicate"}).status, 2);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
