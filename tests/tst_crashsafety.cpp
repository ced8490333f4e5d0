// Crash safety: `capplanner import` killed by SIGKILL in the middle of a 300,000-row import, and
// a console edit killed inside its transaction, leave an inventory that opens, passes
// PRAGMA integrity_check and holds exactly what it held before.
#include "demo/DemoInventory.h"
#include "store/CsvExporter.h"
#include "store/Inventory.h"
#include "store/TableSpec.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestCrashSafety : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QString bin() { return qEnvironmentVariable("CAPPLANNER_BIN"); }

    // Every table as CSV: what the inventory holds, byte for byte.
    static QByteArray everything(const QString& path, QString* integrity)
    {
        Inventory inventory;
        QString error;
        if (!inventory.openExisting(path, &error)) {
            *integrity = error;
            return {};
        }
        QSqlQuery check(inventory.database());
        if (check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next())
            *integrity = check.value(0).toString();
        check.finish();
        QByteArray all;
        for (const TableSpec& spec : TableSpecs::all()) {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            CsvExporter(inventory).exportTable(spec.name, &buffer, &error);
            all += spec.name.toUtf8() + '\n' + buffer.data();
        }
        return all;
    }

    QString demo(const QString& name, int clients)
    {
        const QString path = m_dir.filePath(name);
        QProcess process;
        process.start(bin(), {"demo", "--db", path, "--clients", QString::number(clients)});
        return process.waitForFinished(300000) && process.exitCode() == 0 ? path : QString();
    }

private slots:
    void importKilledMidway()
    {
        // The rows to import: a 300,000-client demo's clients, over a 2,000-client inventory with
        // the same sites and profiles (the same seed).
        const QString big = demo(QStringLiteral("big.db"), 300000);
        QVERIFY(!big.isEmpty());
        const QString csv = m_dir.filePath(QStringLiteral("clients.csv"));
        QProcess exporter;
        exporter.start(bin(), {"export", "--db", big, "--table", "clients", "--out", csv});
        QVERIFY(exporter.waitForFinished(300000) && exporter.exitCode() == 0);
        QVERIFY(QFile(csv).size() > 10 * 1024 * 1024);

        const QString path = demo(QStringLiteral("target.db"), 2000);
        QVERIFY(!path.isEmpty());
        QString integrity;
        const QByteArray before = everything(path, &integrity);
        QCOMPARE(integrity, QStringLiteral("ok"));

        QProcess import;
        import.start(bin(), {"import", "--db", path, "--table", "clients", "--progress", csv});
        QVERIFY(import.waitForStarted());
        import.setReadChannel(QProcess::StandardError);
        int percent = 0;
        QByteArray said;
        while (percent < 40 && import.state() == QProcess::Running) {
            import.waitForReadyRead(100);
            said += import.readAllStandardError();
            const qsizetype at = said.lastIndexOf("progress: ");
            if (at >= 0)
                percent = said.mid(at + 10).split('%').first().toInt();
        }
        QVERIFY2(percent >= 40 && percent < 100 && import.state() == QProcess::Running, said.constData());
        import.kill(); // SIGKILL
        QVERIFY(import.waitForFinished(30000));
        QCOMPARE(import.exitStatus(), QProcess::CrashExit);

        const QByteArray after = everything(path, &integrity);
        QCOMPARE(integrity, QStringLiteral("ok"));
        QVERIFY(after == before);

        // And the same import, left alone, goes through.
        QProcess again;
        again.start(bin(), {"import", "--db", path, "--table", "clients", csv});
        QVERIFY(again.waitForFinished(300000));
        QCOMPARE(again.exitCode(), 0);
        QVERIFY(everything(path, &integrity) != before);
        QCOMPARE(integrity, QStringLiteral("ok"));
    }

    void consoleEditKilledInItsTransaction()
    {
        const QString path = demo(QStringLiteral("edit.db"), 2000);
        QVERIFY(!path.isEmpty());
        QString integrity;
        const QByteArray before = everything(path, &integrity);
        QCOMPARE(integrity, QStringLiteral("ok"));

        QProcess edit;
        edit.start(qEnvironmentVariable("CRASH_EDIT_BIN"), {path, "CEN", "Central (renamed)"});
        QVERIFY(edit.waitForFinished(60000));
        QCOMPARE(edit.exitStatus(), QProcess::CrashExit);

        const QByteArray after = everything(path, &integrity);
        QCOMPARE(integrity, QStringLiteral("ok"));
        QVERIFY(after == before);
        QVERIFY(!after.contains("Central (renamed)"));
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
