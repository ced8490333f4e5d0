#include "domain/UtcTime.h"
#include "logs/ClientDiagnosis.h"
#include "logs/ErrorCodes.h"
#include "logs/LogJson.h"
#include "logs/LogParser.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace {
LogFile read(const QString& relative)
{
    QFile file(qEnvironmentVariable("TEST_DATA") + QStringLiteral("/logs/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        qWarning("missing %s", qPrintable(file.fileName()));
    return LogParser::parse(file.readAll());
}

QString iso(qint64 ms)
{
    return UtcTime::format(ms / 1000) + QStringLiteral(" +%1ms").arg(ms % 1000);
}
} // namespace

class TestLogs : public QObject
{
    Q_OBJECT
private slots:
    // Past 8 MB a log is read and parsed in two halves on two threads: the result must be the
    // same as in one piece, line numbers and unreadable lines included.
    void largeLogsParseInHalves()
    {
        QByteArray sms;
        QList<int> garbage;
        int lines = 0;
        int entries = 0;
        while (sms.size() < (10 << 20)) {
            sms += "Entry " + QByteArray::number(entries++)
                + " $$<CCIM32><Tue Jan 04 15:19:23.375 2000><thread=112 (0x70)>\n";
            ++lines;
            if (entries % 25000 == 0) {
                sms += "not a log line\n";
                garbage << ++lines;
            }
        }
        const LogFile log = LogParser::parse(sms);
        QCOMPARE(log.entries.size(), entries);
        QCOMPARE(log.unreadableLines, garbage);
        int expectedLine = 0;
        for (qsizetype i = 0; i < log.entries.size(); ++i) {
            ++expectedLine;
            while (garbage.contains(expectedLine))
                ++expectedLine;
            if (log.entries.at(i).line != expectedLine)
                QFAIL(qPrintable(QStringLiteral("entry %1 on line %2, expected %3")
                                     .arg(i)
                                     .arg(log.entries.at(i).line)
                                     .arg(expectedLine)));
        }
        QCOMPARE(log.entries.last().text(), QStringLiteral("Entry %1").arg(entries - 1));

        // Configuration Manager entries span lines; the halves meet at the start of one.
        QByteArray cm;
        int cmEntries = 0;
        while (cm.size() < (10 << 20)) {
            cm += "<![LOG[first " + QByteArray::number(cmEntries++)
                + "\nsecond]LOG]!><time=\"08:00:00.000+000\" date=\"12-01-2026\" component=\"ccmexec\" "
                  "context=\"\" type=\"1\" thread=\"1\" file=\"\">\n";
        }
        const LogFile multi = LogParser::parse(cm);
        QCOMPARE(multi.entries.size(), cmEntries);
        QVERIFY(multi.unreadableLines.isEmpty());
        for (qsizetype i = 0; i < multi.entries.size(); i += 9973)
            QCOMPARE(multi.entries.at(i).line, int(2 * i + 1));
        QCOMPARE(multi.entries.last().text(), QStringLiteral("first %1\nsecond").arg(cmEntries - 1));

        // Reading in two halves gives the file's bytes.
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("big.log")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(sms);
        file.close();
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(LogParser::readFile(file) == sms);
    }

    void smsLinesFromTheKnowledgeBase()
    {
        const LogFile log = read(QStringLiteral("PC001/Ccim32.log"));
        QCOMPARE(log.format, LogFile::Format::Sms);
        QCOMPARE(log.entries.size(), 4);
        QVERIFY(log.unreadableLines.isEmpty());
        const LogEntry& first = log.entries.first();
        QCOMPARE(first.line, 1);
        QCOMPARE(iso(first.timeMs), QStringLiteral("2000-01-04T15:19:23Z +375ms"));
        QCOMPARE(first.component, QStringLiteral("CCIM32"));
        QCOMPARE(first.thread, 112u);
        QCOMPARE(first.severity, LogEntry::Severity::Warning);
        QCOMPARE(first.code, std::optional<quint32>(2147942405u)); // 0x80070005, decimal as logged
        QCOMPARE(first.text(), QStringLiteral("Warning - could not read files from site TB1 (#2147942405)"));
        QCOMPARE(log.entries.at(1).code, std::optional<quint32>(0x80070005u));
        QCOMPARE(log.entries.at(3).text(), QStringLiteral("CCIM32 - Retry in 60 minutes"));
    }

    void largeThreadIdsLineBreaksAndUnreadableLines()
    {
        const LogFile log = read(QStringLiteral("PC001/Apm32.log"));
        QCOMPARE(log.entries.size(), 2);
        QCOMPARE(log.entries.first().thread, 4199866221u);
        QCOMPARE(log.entries.first().severity, LogEntry::Severity::Error);
        QCOMPARE(iso(log.entries.first().timeMs), QStringLiteral("1999-11-15T08:38:12Z +50ms"));
        QCOMPARE(log.unreadableLines, QList<int> {3});
        const LogFile embedded
            = LogParser::parse("first~second  $$<APM><Mon Nov 15 08:38:12.050 1999><thread=1 (0x1)>\n");
        QCOMPARE(embedded.entries.first().text(), QStringLiteral("first\nsecond"));
    }

    // What logs parse prints: the JSON keys, milliseconds in the time, unreadable lines kept.
    void jsonAndListing()
    {
        const LogFile log = read(QStringLiteral("PC001/Apm32.log"));
        const QJsonObject json = LogJson::toJson(log);
        const QJsonArray entries = json.value(u"entries").toArray();
        QCOMPARE(entries.size(), log.entries.size());
        const QJsonObject first = entries.first().toObject();
        QCOMPARE(first.value(u"time").toString(), QStringLiteral("1999-11-15T08:38:12.050Z"));
        QCOMPARE(first.value(u"thread").toInteger(), 4199866221LL);
        QCOMPARE(first.value(u"severity").toString(), severityName(LogEntry::Severity::Error));
        QCOMPARE(first.value(u"line").toInt(), log.entries.first().line);
        QCOMPARE(json.value(u"unreadableLines").toArray(), QJsonArray {3});
        const QStringList lines = LogJson::toText(log).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), log.entries.size());
        QVERIFY2(lines.first().startsWith(QStringLiteral("1999-11-15T08:38:12.050Z\t")), qPrintable(lines.first()));
        QCOMPARE(lines.first().split(u'\t').size(), 6);
    }

    void serverLogsWithTimeZoneAndPathComponents()
    {
        const LogFile log = LogParser::parse(
            "SMS_EXECUTIVE started SMS_SITE_BACKUP.  $$<C:\\SMS\\bin\\i386\\smsexec.exe><Mon Nov 15 08:38:12.050 1999 "
            "Pacific Standard Time><thread=305 (0x131)>\n");
        QCOMPARE(log.entries.size(), 1);
        QCOMPARE(log.entries.first().component, QStringLiteral("C:\\SMS\\bin\\i386\\smsexec.exe"));
        // Pacific Standard Time is UTC-8 in November: 08:38 there is 16:38Z.
        QCOMPARE(iso(log.entries.first().timeMs), QStringLiteral("1999-11-15T16:38:12Z +50ms"));
        QCOMPARE(log.entries.first().thread, 305u);
    }

    void serverZoneNamesStandardAndDaylight()
    {
        // The daylight name is the same Windows zone; in July Pacific time is UTC-7. A zone name
        // the server log gives wins over the zone given for zone-less lines. An unknown name makes
        // the line unreadable, not UTC.
        const LogFile log = LogParser::parse("a  $$<SMS_SITE_COMPONENT_MANAGER><Thu Jul 15 08:00:00.000 1999 Pacific "
                                             "Daylight Time><thread=1 (0x1)>\n"
                                             "b  $$<SMS_SITE_COMPONENT_MANAGER><Mon Nov 15 08:00:00.000 1999 W. Europe "
                                             "Standard Time><thread=1 (0x1)>\n"
                                             "c  $$<SMS_SITE_COMPONENT_MANAGER><Mon Nov 15 08:00:00.000 1999 Mars "
                                             "Standard Time><thread=1 (0x1)>\n",
            QTimeZone("Asia/Tokyo"));
        QCOMPARE(log.entries.size(), 2);
        QCOMPARE(iso(log.entries.at(0).timeMs), QStringLiteral("1999-07-15T15:00:00Z +0ms"));
        QCOMPARE(iso(log.entries.at(1).timeMs), QStringLiteral("1999-11-15T07:00:00Z +0ms"));
        QCOMPARE(log.unreadableLines, QList<int> {3});
    }

    void clientLogsAreReadInTheGivenZone()
    {
        // A client log has no zone: its clock keeps its site's zone. Berlin is UTC+1 in December
        // (09:30 there is 08:30Z) and UTC+2 in July (07:30Z); without a zone the time is UTC.
        const QByteArray lines = "Done processing active client components  $$<CCIM32><Tue Dec 01 09:30:00.000 "
                                 "2026><thread=1 (0x1)>\n"
                                 "Done processing active client components  $$<CCIM32><Wed Jul 01 09:30:00.000 "
                                 "2026><thread=1 (0x1)>\n";
        const LogFile berlin = LogParser::parse(lines, QTimeZone("Europe/Berlin"));
        QCOMPARE(berlin.entries.size(), 2);
        QCOMPARE(iso(berlin.entries.at(0).timeMs), QStringLiteral("2026-12-01T08:30:00Z +0ms"));
        QCOMPARE(iso(berlin.entries.at(1).timeMs), QStringLiteral("2026-07-01T07:30:00Z +0ms"));
        QCOMPARE(iso(LogParser::parse(lines).entries.at(0).timeMs), QStringLiteral("2026-12-01T09:30:00Z +0ms"));
    }

    void onlyTheCcimCycleProvesARefresh()
    {
        // Q231232, Q237759: SMSAPM32 reading a CAP proves nothing about the lists; CCIM32 does,
        // also when the component is the path to its program.
        const LogFile apm
            = LogParser::parse("Reading \\\\CAP-S1\\CAP_S1\\clicomp.box\\apm.cfg  $$<SMSAPM32><Tue Dec 01 "
                               "12:00:00.000 2026><thread=1 (0x1)>\n"
                               "Done processing active client components  $$<SMSAPM32><Tue Dec 01 "
                               "12:00:01.000 2026><thread=1 (0x1)>\n");
        QCOMPARE(apm.entries.size(), 2);
        QVERIFY(!diagnose({{QStringLiteral("Smsapm32.log"), apm}}).lastRefreshMs);
        const LogFile ccim = LogParser::parse("Reading \\\\CAP-S1\\CAP_S1\\clicomp.box\\ccim.cfg  "
                                              "$$<C:\\WINNT\\MS\\SMS\\CORE\\BIN\\Ccim32.exe><Tue Dec 01 "
                                              "12:00:00.000 2026><thread=1 (0x1)>\n");
        QCOMPARE(ccim.entries.size(), 1);
        const ClientDiagnosis d = diagnose({{QStringLiteral("Ccim32.log"), ccim}});
        QVERIFY(d.lastRefreshMs);
        QCOMPARE(iso(*d.lastRefreshMs), QStringLiteral("2026-12-01T12:00:00Z +0ms"));
    }

    void theQ236052SequenceIsAPasswordProblem()
    {
        // "#2147942405" and then "Can't get accessible path": the account's password, not a CAP
        // out of reach. The same line after a network error is still an unreachable CAP.
        const ClientDiagnosis d = diagnose({{QStringLiteral("Ccim32.log"), read(QStringLiteral("PC001/Ccim32.log"))}});
        QStringList kinds;
        for (const LogFinding& f : d.findings)
            kinds << ClientDiagnosis::kindName(f.kind);
        QCOMPARE(kinds, (QStringList {"access-denied", "retrying"}));
        const LogFile network = LogParser::parse("Warning - could not read files from site TB1 (#2147942453)  "
                                                 "$$<CCIM32><Tue Jan 04 15:19:23.375 2000><thread=112 (0x70)>\n"
                                                 "CClientSiteCfgArray - Can't get accessible path for site TB1 config "
                                                 "info  $$<CCIM32><Tue Jan 04 15:19:28.623 2000><thread=112 (0x70)>\n");
        const ClientDiagnosis unreachable = diagnose({{QStringLiteral("Ccim32.log"), network}});
        QCOMPARE(unreachable.findings.size(), 1);
        QCOMPARE(unreachable.findings.first().kind, LogFinding::Kind::CapUnreachable);
        QCOMPARE(unreachable.findings.first().line, 2);
    }

    void malformedSmsLines_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("no marker") << QByteArray("plain text");
        QTest::newRow("bad month") << QByteArray("x $$<C><Tue Foo 04 15:19:23.375 2000><thread=1 (0x1)>");
        QTest::newRow("bad day") << QByteArray("x $$<C><Tue Feb 31 15:19:23.375 2000><thread=1 (0x1)>");
        QTest::newRow("thread too large")
            << QByteArray("x $$<C><Tue Jan 04 15:19:23.375 2000><thread=4294967296 (0x0)>");
        QTest::newRow("cut short") << QByteArray("x $$<C><Tue Jan 04 15:19");
        QTest::newRow("no thread") << QByteArray("x $$<C><Tue Jan 04 15:19:23.375 2000>");
    }
    void malformedSmsLines()
    {
        QFETCH(QByteArray, line);
        const LogFile log = LogParser::parse("ok  $$<C><Tue Jan 04 15:19:23.375 2000><thread=1 (0x1)>\n" + line + "\n");
        QCOMPARE(log.entries.size(), 1);
        QCOMPARE(log.unreadableLines, QList<int> {2});
    }

    void configurationManagerFormat()
    {
        const LogFile log = read(QStringLiteral("cm-sample.log"));
        QCOMPARE(log.format, LogFile::Format::ConfigurationManager);
        QCOMPARE(log.entries.size(), 3);
        // Local 08:05:07.123 with a bias of +480 minutes is 16:05:07.123 UTC; unpadded date.
        QCOMPARE(iso(log.entries.at(0).timeMs), QStringLiteral("2024-01-05T16:05:07Z +123ms"));
        QCOMPARE(log.entries.at(0).thread, 3464u);
        QCOMPARE(log.entries.at(0).component, QStringLiteral("CcmExec"));
        // Attributes in any order, a negative bias, an error with a hex code.
        QCOMPARE(iso(log.entries.at(1).timeMs), QStringLiteral("2023-12-31T22:59:59Z +0ms"));
        QCOMPARE(log.entries.at(1).severity, LogEntry::Severity::Error);
        QCOMPARE(log.entries.at(1).code, std::optional<quint32>(0x80070005u));
        // A text over two lines, a warning, the largest thread id.
        QCOMPARE(log.entries.at(2).text(), QStringLiteral("first line\nsecond line"));
        QCOMPARE(log.entries.at(2).severity, LogEntry::Severity::Warning);
        QCOMPARE(log.entries.at(2).thread, 4294967295u);
        QCOMPARE(iso(log.entries.at(2).timeMs), QStringLiteral("2024-02-29T00:00:01Z +500ms"));
        QCOMPARE(log.unreadableLines, QList<int> {5});
    }

    void errorCodes()
    {
        QCOMPARE(LogParser::findCode("failed (#2147942453)"), std::optional<quint32>(0x80070035u));
        QCOMPARE(LogParser::findCode("returned error 2147942471"), std::optional<quint32>(0x80070047u));
        QCOMPARE(LogParser::findCode("hr=0x80070775"), std::optional<quint32>(0x80070775u));
        QCOMPARE(LogParser::findCode("Win32 error 5"), std::optional<quint32>(0x80070005u));
        QVERIFY(!LogParser::findCode("Retry in 60 minutes"));
        QVERIFY(ErrorCodes::describe(2147942405u)->contains(u"access denied"));
        QVERIFY(ErrorCodes::describe(2147944309u)->contains(u"locked out"));
        QVERIFY(ErrorCodes::describe(2147942471u)->contains(u"licences"));
        QVERIFY(ErrorCodes::describe(2147942453u)->contains(u"network path"));
        QVERIFY(ErrorCodes::describe(53)->contains(u"network path")); // a plain Win32 code
        QVERIFY(!ErrorCodes::describe(0x8000FFFF));
    }

    void diagnosisOfAnOrphanedClient()
    {
        const ClientDiagnosis d = diagnose({{QStringLiteral("Ccim32.log"), read(QStringLiteral("PC001/Ccim32.log"))},
            {QStringLiteral("Apm32.log"), read(QStringLiteral("PC001/Apm32.log"))}});
        QStringList kinds;
        for (const LogFinding& f : d.findings)
            kinds << ClientDiagnosis::kindName(f.kind);
        QCOMPARE(kinds, (QStringList {"access-denied", "cap-unreachable", "retrying"}));
        QCOMPARE(d.findings.first().line, 2); // the latest access-denied line
        QCOMPARE(d.findings.first().file, QStringLiteral("Ccim32.log"));
        // Ccim32.log's "Can't get accessible path" follows the access denied (Q236052's sequence):
        // the unreachable CAP is APM's own "Unable to connect to CAP".
        QCOMPARE(d.findings.at(1).file, QStringLiteral("Apm32.log"));
        QVERIFY(!d.lastRefreshMs);
        QCOMPARE(d.retries, 1);
        QCOMPARE(iso(*d.retryingSinceMs), QStringLiteral("2000-01-04T15:19:28Z +663ms"));
    }

    void diagnosisOfARefresh()
    {
        const ClientDiagnosis d = diagnose({{QStringLiteral("Ccim32.log"), read(QStringLiteral("PC002/Ccim32.log"))}});
        QVERIFY(d.lastRefreshMs);
        QCOMPARE(iso(*d.lastRefreshMs), QStringLiteral("2026-12-01T12:00:05Z +250ms"));
        // The retry before the refresh no longer counts.
        QCOMPARE(d.retries, 0);
        QCOMPARE(d.findings.size(), 1);
        QCOMPARE(d.findings.first().kind, LogFinding::Kind::Refreshed);
    }
};

QTEST_GUILESS_MAIN(TestLogs)
#include "tst_logs.moc"
