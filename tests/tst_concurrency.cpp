// Several processes on one inventory: plans keep working while other processes import, two
// importing processes both get through (the second waits for the first's write lock instead of
// failing), and no row either of them wrote is lost.
#include "planning/TransitionPlanner.h"
#include "store/Inventory.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestConcurrency : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    static QString bin() { return qEnvironmentVariable("CAPPLANNER_BIN"); }

    // `count` clients of site CEN named PREFIX-000001..., refreshed at `refresh`.
    QString clientsCsv(const QString& prefix, int count, const QString& refresh)
    {
        const QString path = m_dir.filePath(prefix + QStringLiteral(".csv"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write("name,site,os,install_method,version,profile,last_refresh_at\n");
        for (int i = 1; i <= count; ++i)
            file.write(QStringLiteral("%1-%2,CEN,w2k,logon,2.00.1493.3000,overnight,%3\n")
                           .arg(prefix)
                           .arg(i, 6, 10, QLatin1Char('0'))
                           .arg(refresh)
                           .toUtf8());
        return path;
    }

    qint64 countLike(const QString& prefix, const QString& refresh = QString())
    {
        Inventory inventory;
        QString error;
        if (!inventory.openExisting(m_path, &error))
            return -1;
        QSqlQuery q(inventory.database());
        q.prepare(QStringLiteral("SELECT count(*) FROM clients WHERE name LIKE ? || '-%'")
            + (refresh.isEmpty() ? QString() : QStringLiteral(" AND last_refresh_at = strftime('%s', ?)")));
        q.addBindValue(prefix);
        if (!refresh.isEmpty())
            q.addBindValue(QString(refresh).chopped(1));
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("shared.db"));
        QProcess demo;
        demo.start(bin(), {"demo", "--db", m_path, "--clients", "20000"});
        QVERIFY(demo.waitForFinished(120000) && demo.exitCode() == 0);
    }

    void plansWhileAnotherProcessImports()
    {
        const QString csv = clientsCsv(QStringLiteral("BULK"), 150000, QStringLiteral("2026-11-30T10:00:00Z"));
        QProcess import;
        import.start(bin(), {"import", "--db", m_path, "--table", "clients", csv});
        QVERIFY(import.waitForStarted());

        Inventory inventory;
        QString error;
        QVERIFY2(inventory.openExisting(m_path, &error), qPrintable(error));
        TransitionRequest request;
        request.site = QStringLiteral("CEN");
        request.kind = TransitionKind::Cap;
        request.retire = {QStringLiteral("CAP-CEN-01")};
        request.add = {QStringLiteral("CAP-CEN-03")};
        request.start = *UtcTime::parse(QStringLiteral("2026-12-01T08:00:00Z"));
        int plans = 0;
        qint64 firstPending = -1;
        while (import.state() != QProcess::NotRunning || plans < 3) {
            const std::optional<TransitionPlan> plan = TransitionPlanner(inventory).plan(request, &error);
            QVERIFY2(plan, qPrintable(error)); // never "database is locked"
            // Each plan sees the inventory either before or after the import, never half of it.
            if (firstPending < 0)
                firstPending = plan->counts.pending;
            QVERIFY(plan->counts.pending == firstPending || plan->counts.pending == firstPending + 150000);
            ++plans;
            import.waitForFinished(50);
        }
        QCOMPARE(import.exitCode(), 0);
        QVERIFY(plans >= 3);
        QCOMPARE(countLike(QStringLiteral("BULK")), 150000);
    }

    void twoWritersBothGetThrough()
    {
        // Both add clients of their own at once: whichever starts second waits for the first's write
        // lock instead of failing, and nothing either wrote is lost.
        const QString a = clientsCsv(QStringLiteral("WRITER-A"), 60000, QStringLiteral("2026-11-29T10:00:00Z"));
        const QString b = clientsCsv(QStringLiteral("WRITER-B"), 60000, QStringLiteral("2026-11-28T10:00:00Z"));
        QProcess first;
        QProcess second;
        first.start(bin(), {"import", "--db", m_path, "--table", "clients", a});
        second.start(bin(), {"import", "--db", m_path, "--table", "clients", b});
        QVERIFY(first.waitForFinished(120000));
        QVERIFY(second.waitForFinished(120000));
        QVERIFY2(first.exitCode() == 0, first.readAllStandardError().constData());
        QVERIFY2(second.exitCode() == 0, second.readAllStandardError().constData());
        QCOMPARE(countLike(QStringLiteral("WRITER-A"), QStringLiteral("2026-11-29T10:00:00Z")), 60000);
        QCOMPARE(countLike(QStringLiteral("WRITER-B"), QStringLiteral("2026-11-28T10:00:00Z")), 60000);
    }
};

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
