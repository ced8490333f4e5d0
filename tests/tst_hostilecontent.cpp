// Hostile content: SQL, markup, very long strings, control characters and right-to-left text in
// names and labels round-trip through import, the panes, the reports and export unharmed. No
// column and no option holds a password.
#include "TestInventory.h"
#include "item/ClientTableModel.h"
#include "item/QueryTableModel.h"
#include "planning/TransitionPlanner.h"
#include "report/TransitionReport.h"

#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {
const QString Sql = QStringLiteral("'; DROP TABLE clients;--");
const QString Script = QStringLiteral("<script>alert(1)</script>");
const QString Long = QString(20000, u'x') + QStringLiteral("\u00e9nd");
const QString Control = QStringLiteral("bell\u0007 esc\u001b[31m tab\t cr\r lf\n nul-free \u0001\u007f end");
const QString RightToLeft = QStringLiteral("\u0645\u0631\u062d\u0628\u0627 \u202eexe.txt \u05e9\u05dc\u05d5\u05dd");

QByteArray quoted(const QString& text)
{
    return '"' + text.toUtf8().replace('"', "\"\"") + '"';
}
} // namespace

class TestHostileContent : public QObject
{
    Q_OBJECT

    const QStringList m_names {Sql, Script, Long, Control, RightToLeft};

    void fill(TestInventory& t)
    {
        QVERIFY(t.importScenario());
        // A site whose code is SQL: the status rules quote site codes into their expression.
        const QByteArray sites = "code,name,parent,domain,version,logon_installation,logon_discovery\n" + quoted(Sql)
            + ',' + quoted(Script) + ",,D1,2.00.1493.3000,no,no\n";
        const TestInventory::Imported site = t.import(QStringLiteral("sites"), sites);
        QVERIFY2(site.ok, qPrintable(site.error));
        QByteArray profiles = "name,max_offline_hours\n";
        QByteArray clients = "name,site,os,install_method,version,profile,last_refresh_at\n";
        QByteArray blackouts = "profile,starts_at,ends_at,label\n";
        for (int i = 0; i < m_names.size(); ++i) {
            profiles += quoted(m_names.at(i)) + ',' + QByteArray::number(10 + i) + '\n';
            clients += quoted(m_names.at(i)) + ",S1,w2k,logon,2.00.1493.3000," + quoted(m_names.at(i))
                + ",2026-11-30T08:00:00Z\n";
            clients += quoted(m_names.at(i) + QStringLiteral(" 2")) + ',' + quoted(Sql) + ",w2k,logon,2.00.1493.3000,"
                + quoted(m_names.at(i)) + ",2026-11-30T08:00:00Z\n";
            blackouts
                += quoted(m_names.at(i)) + ",2026-12-01T10:00:00Z,2026-12-02T10:00:00Z," + quoted(m_names.at(i)) + '\n';
        }
        for (const auto& [table, csv] :
            {std::pair {"profiles", profiles}, {"clients", clients}, {"blackouts", blackouts}}) {
            const TestInventory::Imported r = t.import(QLatin1String(table), csv);
            QVERIFY2(r.ok, qPrintable(r.error));
        }
    }

private slots:
    void roundTripsThroughImportAndExport()
    {
        TestInventory t;
        fill(t);
        QSqlQuery count(t.inventory().database());
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM clients")) && count.next());
        QVERIFY(count.value(0).toInt() >= m_names.size());
        for (const QString& name : m_names) {
            QSqlQuery q(t.inventory().database());
            q.prepare(QStringLiteral("SELECT profile FROM clients WHERE name = ?"));
            q.addBindValue(name);
            QVERIFY(q.exec() && q.next());
            QCOMPARE(q.value(0).toString(), name);
        }
        // Export, import into an empty inventory, export again: the same bytes.
        TestInventory copy;
        for (const QString& table : TableSpecs::names()) {
            const QByteArray first = t.exportTable(table);
            const TestInventory::Imported r = copy.import(table, first);
            QVERIFY2(r.ok, qPrintable(table + QStringLiteral(": ") + r.error));
            QCOMPARE(copy.exportTable(table), first);
        }
        QVERIFY(t.exportTable(QStringLiteral("clients")).contains(Sql.toUtf8()));
    }

    void panesShowTheNamesAsTheyAre()
    {
        TestInventory t;
        fill(t);
        ClientTableModel clients(t.inventory());
        clients.setReferenceTime(*UtcTime::parse(QStringLiteral("2026-12-01T08:00:00Z")));
        QVERIFY(clients.waitForIdle());
        clients.reload();
        QVERIFY(clients.waitForIdle());
        QStringList shown;
        for (int row = 0; row < clients.rowCount(); ++row)
            shown << clients.index(row, ClientTableModel::Name).data().toString();
        for (const QString& name : m_names)
            QVERIFY2(shown.contains(name), qPrintable(name.left(40)));
        // The clients of the site named in SQL get their status like any other: no logon installation there.
        const int row = int(shown.indexOf(Sql + QStringLiteral(" 2")));
        QVERIFY(row >= 0);
        QCOMPARE(clients.index(row, ClientTableModel::Site).data().toString(), Sql);
        QCOMPARE(clients.index(row, ClientTableModel::Status).data(ClientTableModel::RawRole).toString(),
            QStringLiteral("no-automatic-recovery"));
        QueryTableModel profiles(t.inventory(), QStringLiteral("profiles t"), QStringLiteral("NULL"),
            {{QStringLiteral("Name"), QStringLiteral("t.name")}});
        profiles.reload();
        QVERIFY(profiles.waitForIdle());
        QStringList names;
        for (int row = 0; row < profiles.rowCount(); ++row)
            names << profiles.index(row, 0).data().toString();
        for (const QString& name : m_names)
            QVERIFY2(names.contains(name), qPrintable(name.left(40)));
    }

    void reportsEscapeThem()
    {
        TestInventory t;
        fill(t);
        TransitionRequest request;
        request.site = QStringLiteral("S1");
        request.kind = TransitionKind::Cap;
        request.retire = {QStringLiteral("CAP1")};
        // CAP3 was removed 2026-06-01: adding it is refused (RULES.md R1.9); CAP4 is a new name.
        request.add = {QStringLiteral("CAP4")};
        request.start = *UtcTime::parse(QStringLiteral("2026-12-01T08:00:00Z"));
        request.proposedRemoval = request.start + 3600;
        QString error;
        const std::optional<TransitionPlan> plan = TransitionPlanner(t.inventory()).plan(request, &error);
        QVERIFY2(plan, qPrintable(error));
        const QString html = TransitionReport::planHtml(*plan, {QStringLiteral("<b>inv</b>.db"), 0}, QString());
        QVERIFY(!html.contains(Script));
        QVERIFY(html.contains(Script.toHtmlEscaped()));
        QVERIFY(!html.contains(QStringLiteral("<b>inv</b>")));
        for (const char* extension : {"pdf", "html", "csv"}) {
            const QString path = t.dir() + QStringLiteral("/report.") + QLatin1String(extension);
            QVERIFY2(TransitionReport::writePlan(t.inventory(), *plan, {QStringLiteral("inv.db"), 0}, path, &error),
                qPrintable(error));
            QVERIFY(QFileInfo(path).size() > 0);
        }
        QFile csv(t.dir() + QStringLiteral("/report.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray rows = csv.readAll();
        QVERIFY(rows.contains(Sql.toUtf8()));
        QVERIFY(rows.contains(quoted(Control)));
    }

    // A password is never kept: no column but the date it was changed, no command-line option.
    void noPasswordAnywhere()
    {
        TestInventory t;
        QSqlQuery tables(t.inventory().database());
        QVERIFY(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")));
        int seen = 0;
        while (tables.next()) {
            const QSqlRecord record = t.inventory().database().record(tables.value(0).toString());
            for (int i = 0; i < record.count(); ++i) {
                const QString column = record.fieldName(i).toLower();
                ++seen;
                // Dates and policies about passwords only.
                if (column.contains(u"pass") || column.contains(u"secret") || column.contains(u"pwd"))
                    QVERIFY2(
                        column == u"password_changed_at" || column == u"max_password_age_days", qPrintable(column));
            }
        }
        QVERIFY(seen > 30);
        for (const char* command : {"plan", "whatif-password", "report", "import", "demo", "logs"}) {
            QProcess process;
            process.start(qEnvironmentVariable("CAPPLANNER_BIN"), {QLatin1String(command), "--help"});
            QVERIFY(process.waitForFinished(30000));
            const QString help = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
            QVERIFY(!help.isEmpty());
            QVERIFY2(!help.contains(QStringLiteral("--password")), command);
        }
    }
};

QTEST_MAIN(TestHostileContent)
#include "tst_hostilecontent.moc"
