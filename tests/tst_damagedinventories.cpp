// Damaged or foreign inventories: a truncated file, a file that is not SQLite, another program's
// SQLite file, a newer schema, a read-only file and a file another process holds the write lock
// on. Each gives a clear message from the store, the command line (non-zero exit) and the console,
// and the file stays byte-identical. An older schema migrates after a backup beside it.
#include "MainWindow.h"
#include "demo/DemoInventory.h"
#include "store/Inventory.h"
#include "store/Schema.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestDamagedInventories : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo; // a closed, checkpointed demo inventory to copy from

    static QByteArray hashOf(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    }

    QString copyOfDemo(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        if (!QFile::copy(m_demo, path))
            return {};
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }

    struct Run
    {
        int status = -1;
        QString err;
    };

    static Run capplanner(const QStringList& arguments)
    {
        QProcess process;
        process.start(qEnvironmentVariable("CAPPLANNER_BIN"), arguments);
        process.waitForFinished(60000);
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardError())};
    }

    // The store, the command line and the console all refuse the file with a message containing
    // `words`, and none of them changes a byte of it.
    void checkRefused(const QString& path, const QString& words)
    {
        const QByteArray before = hashOf(path);
        QVERIFY(!before.isEmpty());
        {
            Inventory inventory;
            QString error;
            QVERIFY(!inventory.open(path, &error));
            QVERIFY2(error.contains(path) && error.contains(words), qPrintable(error));
        }
        QCOMPARE(hashOf(path), before);

        const Run export_ = capplanner({"export", "--db", path, "--table", "sites"});
        QCOMPARE(export_.status, 1);
        QVERIFY2(export_.err.contains(words), qPrintable(export_.err));
        const Run plan = capplanner({"plan", "--db", path, "--site", "CEN", "--kind", "cap", "--retire", "CAP-CEN-01",
            "--add", "CAP-CEN-03", "--start", "2026-12-01T08:00:00Z"});
        QCOMPARE(plan.status, 1);
        QVERIFY2(plan.err.contains(words), qPrintable(plan.err));
        QCOMPARE(hashOf(path), before);

        MainWindow window;
        QString error;
        QVERIFY(!window.openInventory(path, &error));
        QVERIFY2(error.contains(words), qPrintable(error));
        QCOMPARE(hashOf(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) || QFile(path + QStringLiteral("-wal")).size() == 0);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Here and in the commands started: give up on another process's write lock after 2 s.
        qputenv("CAPPLANNER_BUSY_TIMEOUT_MS", "2000");
        m_demo = m_dir.filePath(QStringLiteral("demo.db"));
        Inventory inventory;
        QString error;
        QVERIFY2(inventory.open(m_demo, &error), qPrintable(error));
        QVERIFY2(DemoInventory::create(inventory, 3000, 1, &error), qPrintable(error));
        QSqlQuery(inventory.database()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        inventory.close();
    }

    void truncatedFile_data()
    {
        QTest::addColumn<int>("keepPercent");
        QTest::addColumn<bool>("pageAligned");
        QTest::newRow("half, on a page boundary") << 50 << true;
        QTest::newRow("most, mid-page") << 90 << false;
        QTest::newRow("only the header's first bytes") << 0 << false;
    }

    void truncatedFile()
    {
        QFETCH(int, keepPercent);
        QFETCH(bool, pageAligned);
        const QString path = copyOfDemo(QStringLiteral("truncated.db"));
        QFile file(path);
        qint64 size = file.size() * keepPercent / 100;
        size = pageAligned ? size - size % 4096 : (keepPercent == 0 ? 40 : size - size % 4096 + 1000);
        QVERIFY(file.resize(size));
        checkRefused(path, QStringLiteral("truncated"));
    }

    void notSqlite()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.db"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("site,name\nCEN,Central\n");
        file.close();
        checkRefused(path, QStringLiteral("not an SQLite database"));
    }

    void anotherProgramsDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("bookmarks.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE moz_bookmarks (id INTEGER, url TEXT)")));
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("INSERT INTO moz_bookmarks VALUES (1, 'https://example.org')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        checkRefused(path, QStringLiteral("another program"));
    }

    void newerSchema()
    {
        const QString path = copyOfDemo(QStringLiteral("newer.db"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = %1").arg(Schema::currentVersion() + 1)));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        checkRefused(path, QStringLiteral("newer CapPlanner"));
    }

    void readOnlyFile()
    {
        const QString path = copyOfDemo(QStringLiteral("readonly.db"));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        checkRefused(path, QStringLiteral("read-only"));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }

    // Another process holds the write lock (an open write transaction in the sqlite3 shell). Reading
    // still works (WAL); writing waits, then says who is in the way and changes nothing.
    void writeLockedByAnotherProcess()
    {
        const QString path = copyOfDemo(QStringLiteral("locked.db"));
        {
            Inventory inventory; // converts the copy to WAL, as every opened inventory is
            QString error;
            QVERIFY2(inventory.open(path, &error), qPrintable(error));
        }
        const QByteArray before = hashOf(path);
        QProcess shell;
        shell.start(QStringLiteral("sqlite3"), {path});
        QVERIFY(shell.waitForStarted());
        shell.write(".timeout 10000\nBEGIN IMMEDIATE;\n"
                    "UPDATE sites SET name = name || ' (being edited)' WHERE code = 'CEN';\n"
                    "SELECT 'locked';\n");
        QByteArray said;
        while (!said.contains("locked") && shell.waitForReadyRead(10000))
            said += shell.readAllStandardOutput();
        QVERIFY2(said.contains("locked"), said.constData());

        const QString csv = m_dir.filePath(QStringLiteral("caps.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("server,site,added_at,licensing\nCAP-CEN-09,CEN,2026-12-01T08:00:00Z,per-seat\n");
        file.close();
        const Run import = capplanner({"import", "--db", path, "--table", "caps", csv});
        QVERIFY2(import.status == 1, qPrintable(import.err));
        QVERIFY2(import.err.contains(QStringLiteral("another program")) && import.err.contains(u"write lock"),
            qPrintable(import.err));
        // Reading is not in the way.
        const Run export_ = capplanner({"export", "--db", path, "--table", "sites"});
        QCOMPARE(export_.status, 0);

        MainWindow window;
        QString error;
        QVERIFY2(window.openInventory(path, &error), qPrintable(error));
        QString message;
        QVERIFY(!window.importCsv(QStringLiteral("caps"), csv, &message));
        QVERIFY2(message.contains(QStringLiteral("another program")), qPrintable(message));

        shell.write("ROLLBACK;\n.quit\n");
        shell.closeWriteChannel();
        QVERIFY(shell.waitForFinished(10000));
        QCOMPARE(hashOf(path), before);
        // With the lock gone the same import goes through.
        QCOMPARE(capplanner({"import", "--db", path, "--table", "caps", csv}).status, 0);
    }

    // An older schema migrates, after a consistent copy beside it that still opens as the old one.
    void olderSchemaIsBackedUpThenMigrated()
    {
        const QString path = copyOfDemo(QStringLiteral("older.db"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("older"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            // Version 1: before client_log_findings (version 2) and the row versions (version 3).
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("DROP TABLE client_log_findings")));
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("DROP TABLE campaign_sites"))); // version 6
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("DROP TABLE campaigns")));
            for (const char* table :
                {"domains", "sites", "caps", "accounts", "logon_points", "profiles", "blackouts", "clients"})
                QVERIFY(QSqlQuery(db).exec(QStringLiteral("ALTER TABLE %1 DROP COLUMN row_version").arg(table)));
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("ALTER TABLE sites DROP COLUMN time_zone"))); // version 4
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 1")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("older"));
        const QString backup = path + QStringLiteral(".schema1.bak");
        QVERIFY(!QFile::exists(backup));
        Inventory inventory;
        QString error;
        QVERIFY2(inventory.open(path, &error), qPrintable(error));
        QSqlQuery version(inventory.database());
        QVERIFY(version.exec(QStringLiteral("PRAGMA user_version")) && version.next());
        QCOMPARE(version.value(0).toInt(), Schema::currentVersion());
        QVERIFY(QFile::exists(backup));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup"));
            db.setDatabaseName(backup);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM clients")) && q.next());
            QCOMPARE(q.value(0).toInt(), 3000);
            QVERIFY(!q.exec(QStringLiteral("SELECT row_version FROM clients"))); // still the old one
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("backup"));
    }
};

QTEST_MAIN(TestDamagedInventories)
#include "tst_damagedinventories.moc"
