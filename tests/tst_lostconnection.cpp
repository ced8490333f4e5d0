#include "TestInventory.h"
#include "logs/LogImporter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

// A server that goes away in the middle of an import (issue 20, item 13) is not a bad row: the
// import says where it stood and that nothing was imported, and Qt's own warnings stay out of the
// terminal. The connection is ended from a second session (pg_terminate_backend), as a stopped or
// restarted server would end it. PostgreSQL only: the SQLite run skips.
class TestLostConnection : public QObject
{
    Q_OBJECT
private:
    // Ends every session on `location`'s database but the test server's admin one; how many.
    static int terminateSessions(const QString& location)
    {
        QSqlQuery query(ServerDatabases::admin());
        query.prepare(QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = ? "
                                     "AND pid <> pg_backend_pid()"));
        query.addBindValue(QUrl(location).path().mid(1));
        if (!query.exec() || !query.next()) {
            qWarning("cannot end the sessions: %s", qPrintable(query.lastError().text()));
            return 0;
        }
        return query.value(0).toInt();
    }

    static QByteArray manyClients(int count)
    {
        QByteArray csv = "name,site,os,install_method,version\n";
        for (int i = 0; i < count; ++i)
            csv += QByteArray("LOST") + QByteArray::number(i) + ",S1,w2k,logon,2.00.1493.3000\n";
        return csv;
    }

    static qint64 clientCount(const QString& location)
    {
        Inventory inventory;
        QString error;
        if (!inventory.openExisting(location, &error))
            return -1;
        QSqlQuery query = inventory.prepare(QStringLiteral("SELECT count(*) FROM clients"));
        return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
    }

private slots:
    void initTestCase()
    {
        if (!TestInventory::onServer())
            QSKIP("a lost connection is a server's; the _postgres variant runs this");
    }

    void aCsvImportSaysTheConnectionWasLostAndWhere()
    {
        TestInventory t;
        QVERIFY(t.isOpen());
        QVERIFY(t.importScenario());
        const qint64 before = clientCount(t.path());
        QVERIFY(before > 0);
        CsvImporter importer(t.inventory());
        bool ended = false;
        importer.setProgress([&](qint64, qint64) {
            if (!ended)
                ended = terminateSessions(t.path()) > 0;
            return true;
        });
        QString error;
        const auto rows = importer.importData(
            *TableSpecs::find(QStringLiteral("clients")), manyClients(50000), QStringLiteral("clients.csv"), &error);
        QVERIFY(ended);
        QVERIFY(!rows);
        QVERIFY2(error.startsWith(u"the connection to the server was lost at clients.csv:")
                && error.endsWith(u"; nothing was imported"),
            qPrintable(error));
        QVERIFY2(!error.contains(u"column") && !error.contains(u"refused"), qPrintable(error));
        // The line is one of the file's: past the 20,000 rows read before the session ended.
        const int line = error.section(u':', 1, 1).section(u';', 0, 0).toInt();
        QVERIFY2(line > 20000 && line <= 50001, qPrintable(error));
        QCOMPARE(clientCount(t.path()), before);
    }

    void aLogImportSaysSoToo()
    {
        TestInventory t;
        QVERIFY(t.importScenario());
        QVERIFY(t.import(QStringLiteral("clients"),
                     "name,site,os,install_method,version\nPC002,S1,w2k,logon,2.00.1493.3000\n")
                    .ok);
        LogImporter importer(t.inventory());
        importer.setProgress([&](qint64, qint64) { return terminateSessions(t.path()) >= 0; });
        QString error;
        const QString log = qEnvironmentVariable("TEST_DATA") + QStringLiteral("/logs/PC002/Ccim32.log");
        QVERIFY(!importer.import({{QStringLiteral("PC002"), {log}}}, &error));
        QVERIFY2(
            error.startsWith(u"the connection to the server was lost at ") && error.endsWith(u"; nothing was imported"),
            qPrintable(error));
    }

    void theCommandLineSaysItInItsOwnWordsOnly()
    {
        TestInventory t;
        QVERIFY(t.importScenario());
        t.inventory().close();
        const qint64 before = clientCount(t.path());
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("clients.csv"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(manyClients(150000));
        out.close();
        QProcess process;
        process.start(qEnvironmentVariable("CAPPLANNER_BIN"),
            {QStringLiteral("import"), QStringLiteral("--db"), t.path(), QStringLiteral("--table"),
                QStringLiteral("clients"), file});
        QVERIFY(process.waitForStarted());
        // End its session once it is writing.
        QElapsedTimer waited;
        waited.start();
        bool ended = false;
        while (!ended && process.state() == QProcess::Running && waited.elapsed() < 60000) {
            QSqlQuery writing(ServerDatabases::admin());
            // Its batches: SAVEPOINT, a multi-row INSERT, RELEASE.
            writing.prepare(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = ? AND (query ILIKE "
                                           "'INSERT INTO clients%' OR query ILIKE '%capplanner_batch%')"));
            writing.addBindValue(QUrl(t.path()).path().mid(1));
            if (writing.exec() && writing.next() && writing.value(0).toInt() > 0)
                ended = terminateSessions(t.path()) > 0;
            else
                QTest::qWait(20);
        }
        QVERIFY(process.waitForFinished(120000));
        const QString errors = QString::fromLocal8Bit(process.readAllStandardError());
        if (!ended)
            QSKIP("the import finished before its session could be ended");
        QCOMPARE(process.exitCode(), 1);
        QVERIFY2(errors.contains(file.section(u'/', -1) + u':') || errors.contains(file + u':'), qPrintable(errors));
        QVERIFY2(errors.contains(u"the connection to the server was lost at "), qPrintable(errors));
        QVERIFY2(!errors.contains(u"QSqlQuery") && !errors.contains(u"Unable to free") && !errors.contains(u"QPSQL"),
            qPrintable(errors));
        QCOMPARE(clientCount(t.path()), before);
    }
};

QTEST_GUILESS_MAIN(TestLostConnection)
#include "tst_lostconnection.moc"
