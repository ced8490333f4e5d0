#include "TestInventory.h"
#include "store/InventoryEditor.h"
#include "store/Schema.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

namespace {
QByteArray hashOf(const QString& path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

int pragma(Inventory& inventory, const char* name)
{
    QSqlQuery query = inventory.prepare(QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}
} // namespace

class TestInventoryStore : public QObject
{
    Q_OBJECT
private slots:
    void newInventoryHasTheCurrentSchema()
    {
        TestInventory t;
        QVERIFY(t.isOpen());
        QString error;
        QCOMPARE(Schema::version(t.inventory().database(), &error).value_or(-1), Schema::currentVersion());
        if (TestInventory::onServer())
            return; // the rest are SQLite's settings
        QCOMPARE(pragma(t.inventory(), "user_version"), Schema::currentVersion());
        QCOMPARE(pragma(t.inventory(), "foreign_keys"), 1);
        QSqlQuery mode = t.inventory().prepare(QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(mode.exec() && mode.next());
        QCOMPARE(mode.value(0).toString(), QStringLiteral("wal"));
    }

    void reopeningDoesNotMigrateAgain()
    {
        TestInventory t;
        QVERIFY(t.importScenario());
        const QByteArray before = t.exportAll();
        t.inventory().close();
        QString error;
        QVERIFY2(t.inventory().open(t.path(), &error), qPrintable(error));
        QCOMPARE(t.exportAll(), before);
    }

    void noColumnHoldsAPassword()
    {
        TestInventory t;
        QSqlQuery query = t.inventory().prepare(TestInventory::onServer()
                ? QStringLiteral("SELECT table_name, column_name FROM information_schema.columns WHERE table_schema "
                                 "= current_schema()")
                : QStringLiteral(
                    "SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p WHERE m.type = 'table'"));
        QVERIFY(query.exec());
        int columns = 0;
        while (query.next()) {
            ++columns;
            const QString column = query.value(1).toString();
            // Only when a password changed and the domain's policy: never a secret.
            QVERIFY2(
                !column.contains(u"password") || column == u"password_changed_at" || column == u"max_password_age_days",
                qPrintable(column));
        }
        QVERIFY(columns > 30);
    }

    void version4AddsTimeZonesAndLoosensTheInstallMethodCheck()
    {
        // A version 3 inventory, made from a current one the way version 3 defined its tables: no
        // sites.time_zone, and a clients CHECK without 'unknown'. Opening it migrates it in place,
        // keeping every row and index.
        TestInventory t;
        QVERIFY(t.importScenario());
        const bool server = TestInventory::onServer();
        const QByteArray before = t.exportAll();
        const QString indexSql = server
            ? QStringLiteral("SELECT count(*) FROM pg_indexes WHERE tablename = 'clients'")
            : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'clients'");
        const QString insertUnknown
            = QStringLiteral("INSERT INTO clients (name, site, os, install_method, version, version_key) VALUES "
                             "('u1', 'S1', 'w2k', 'unknown', '2.00.1493.3000', 0)");
        int indexes = 0;
        {
            QSqlQuery q(t.inventory().database());
            if (server) {
                QVERIFY(q.exec(QStringLiteral("ALTER TABLE clients DROP CONSTRAINT clients_install_method_check")));
                QVERIFY(
                    q.exec(QStringLiteral("ALTER TABLE clients ADD CONSTRAINT clients_install_method_check CHECK "
                                          "(install_method = 'logon' OR install_method = 'push' OR install_method = "
                                          "'manual')")));
                QVERIFY(q.exec(QStringLiteral("UPDATE capplanner_schema SET version = 3")));
            } else {
                QVERIFY(q.exec(QStringLiteral("PRAGMA schema_version")) && q.next());
                const qint64 schemaVersion = q.value(0).toLongLong();
                q.finish();
                QVERIFY(q.exec(QStringLiteral("PRAGMA writable_schema = ON")));
                QVERIFY(q.exec(QStringLiteral("UPDATE sqlite_master SET sql = replace(sql, ' OR install_method = "
                                              "''unknown''', '') WHERE name = 'clients'")));
                QVERIFY(q.exec(QStringLiteral("PRAGMA schema_version = %1").arg(schemaVersion + 1)));
                QVERIFY(q.exec(QStringLiteral("PRAGMA writable_schema = OFF")));
                QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 3")));
            }
            QVERIFY2(
                q.exec(QStringLiteral("ALTER TABLE sites DROP COLUMN time_zone")), qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("DROP TABLE campaign_sites"))); // version 6
            QVERIFY(q.exec(QStringLiteral("DROP TABLE campaigns")));
            QVERIFY(!q.exec(insertUnknown)); // version 3 refuses it
            QVERIFY(q.exec(indexSql) && q.next());
            indexes = q.value(0).toInt();
            QVERIFY(indexes >= 7);
        }

        t.inventory().close();
        QString error;
        QVERIFY2(t.inventory().open(t.path(), &error), qPrintable(error));
        QCOMPARE(Schema::version(t.inventory().database(), &error).value_or(-1), Schema::currentVersion());
        QSqlQuery after(t.inventory().database());
        QCOMPARE(t.exportAll(), before);
        QVERIFY(after.exec(indexSql) && after.next());
        QCOMPARE(after.value(0).toInt(), indexes);
        QVERIFY2(after.exec(insertUnknown), qPrintable(after.lastError().text()));
        QVERIFY(!after.exec(QStringLiteral("INSERT INTO clients (name, site, os, install_method, version, version_key) "
                                           "VALUES ('u2', 'S1', 'w2k', 'carrier-pigeon', '2.00.1493.3000', 0)")));
        QVERIFY2(after.exec(QStringLiteral("UPDATE sites SET time_zone = 'Europe/Berlin' WHERE code = 'S1'")),
            qPrintable(after.lastError().text()));
        if (!server) {
            QVERIFY(after.exec(QStringLiteral("PRAGMA integrity_check")) && after.next());
            QCOMPARE(after.value(0).toString(), QStringLiteral("ok"));
        }
    }

    void indexesThePanesAndThePlannerNeed()
    {
        TestInventory t;
        QSqlQuery query = t.inventory().prepare(TestInventory::onServer()
                ? QStringLiteral("SELECT string_agg(indexname, ',') FROM pg_indexes WHERE tablename = 'clients'")
                : QStringLiteral(
                    "SELECT group_concat(name) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'clients'"));
        QVERIFY(query.exec() && query.next());
        const QString indexes = query.value(0).toString();
        for (const char* name :
            {"clients_by_site", "clients_by_profile", "clients_by_version", "clients_by_last_refresh"})
            QVERIFY2(indexes.contains(QLatin1String(name)), name);
        if (TestInventory::onServer())
            return; // PostgreSQL's planner chooses by its statistics, which an empty table lacks
        // The planner's per-profile count is answered from the covering index alone.
        QSqlQuery plan = t.inventory().prepare(QStringLiteral(
            "EXPLAIN QUERY PLAN SELECT profile, count(*) FROM clients WHERE site = 'X' GROUP BY profile"));
        QVERIFY(plan.exec() && plan.next());
        QVERIFY2(
            plan.value(3).toString().contains(u"COVERING INDEX clients_by_site"), qPrintable(plan.value(3).toString()));
    }

    void refusesAFileThatIsNotSqlite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.db"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("These are my notes, not an inventory.\n");
        file.close();
        const QByteArray before = hashOf(path);
        Inventory inventory;
        QString error;
        QVERIFY(!inventory.open(path, &error));
        QVERIFY2(error.contains(path) && error.contains(u"not"), qPrintable(error));
        QCOMPARE(hashOf(path), before);
    }

    void refusesAnotherProgramsDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.db"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE bookmarks (url TEXT)"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = hashOf(path);
        Inventory inventory;
        QString error;
        QVERIFY(!inventory.open(path, &error));
        QVERIFY2(error.contains(u"another program"), qPrintable(error));
        QCOMPARE(hashOf(path), before);
    }

    void refusesANewerSchema()
    {
        TestInventory t;
        QVERIFY(QSqlQuery(t.inventory().database())
                    .exec(TestInventory::onServer() ? QStringLiteral("UPDATE capplanner_schema SET version = 99")
                                                    : QStringLiteral("PRAGMA user_version = 99")));
        t.inventory().close();
        QString error;
        QVERIFY(!t.inventory().open(t.path(), &error));
        QVERIFY2(error.contains(u"newer"), qPrintable(error));
    }

    void aFailingMigrationRollsBack()
    {
        // A database at version 0 whose tables clash with the first migration: the migration fails
        // half-way and must leave nothing behind.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("clash.db"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("clash"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QString error;
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE caps (x)"));
            // Pretend it is ours and empty so that open() tries to migrate it.
            QVERIFY(!Schema::migrate(db, 0, &error));
            QVERIFY2(error.contains(u"migration"), qPrintable(error));
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && query.next());
            QCOMPARE(query.value(0).toInt(), 1); // only the clashing table; domains and sites rolled back
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
            QCOMPARE(query.value(0).toInt(), 0);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("clash"));
    }

    void missingFileIsNotCreatedWhenAskedNotTo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("absent.db"));
        Inventory inventory;
        QString error;
        QVERIFY(!inventory.openExisting(path, &error));
        QVERIFY(!QFile::exists(path));
    }

    void editorRefusesToDeleteWhatOthersReferTo()
    {
        TestInventory t;
        QVERIFY(t.importScenario());
        InventoryEditor editor(t.inventory());
        const TableSpec& sites = *TableSpecs::find(QStringLiteral("sites"));
        QString why;
        const QStringList refs = editor.dependents(sites, {"S1"}, &why).value_or(QStringList {why});
        QVERIFY2(refs.join(u',').contains(u"10 client"), qPrintable(refs.join(u',')));
        QVERIFY(refs.join(u',').contains(u"2 child site"));
        QString error;
        QVERIFY(!editor.remove(sites, {"S1"}, &error));
        QVERIFY(error.contains(u"client"));
        // A blackout is deleted by its two-part key, and comes back from its saved row.
        const TableSpec& blackouts = *TableSpecs::find(QStringLiteral("blackouts"));
        const QStringList key {"holiday", "2026-12-10T00:00:00Z"};
        const QStringList row = editor.row(blackouts, key);
        QCOMPARE(row, (QStringList {"holiday", "2026-12-10T00:00:00Z", "2026-12-12T00:00:00Z", "after the deadline"}));
        const std::optional<QStringList> none = editor.dependents(blackouts, key, &why);
        QVERIFY2(none && none->isEmpty(), qPrintable(why));
        QVERIFY(editor.remove(blackouts, key, &error));
        QVERIFY(editor.row(blackouts, key).isEmpty());
        InventoryEditor::FieldError problem;
        QVERIFY2(editor.apply(blackouts, row, &problem), qPrintable(problem.message));
        QCOMPARE(editor.row(blackouts, key), row);
        // A field error names the column.
        QVERIFY(!editor.apply(blackouts, {"holiday", "2026-12-10T00:00:00Z", "2026-12-09T00:00:00Z", ""}, &problem));
        QCOMPARE(problem.column, QStringLiteral("ends_at"));
    }

    void keepingPeriodsIsOneUndoStep()
    {
        TestInventory t;
        QVERIFY(t.importScenario());
        InventoryEditor editor(t.inventory());
        const TableSpec& profiles = *TableSpecs::find(QStringLiteral("profiles"));
        const TableSpec& blackouts = *TableSpecs::find(QStringLiteral("blackouts"));
        auto holidayBlackouts = [&t] {
            QSqlQuery q = t.inventory().prepare(
                QStringLiteral("SELECT starts_at, ends_at, label FROM blackouts WHERE profile = 'holiday' "
                               "ORDER BY starts_at"));
            QStringList rows;
            if (q.exec()) {
                while (q.next())
                    rows << QStringLiteral("%1 %2 %3")
                                .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
            }
            return rows;
        };
        const QStringList night = editor.row(profiles, {"night"});
        const QStringList holiday = holidayBlackouts();
        QCOMPARE(holiday.size(), 5);

        QUndoStack undo;
        QString error;
        const qint64 newYear = 1798761600; // 2027-01-01T00:00:00Z
        QVERIFY2(editor.keepPeriods({{"night", 20 * 3600}}, {{"holiday", {{newYear, newYear + 2 * 86400, "new year"}}}},
                     undo, "keep", &error),
            qPrintable(error));
        QCOMPARE(undo.count(), 1);
        QCOMPARE(undo.undoText(), QStringLiteral("keep"));
        QCOMPARE(editor.row(profiles, {"night"}).value(1), QStringLiteral("20"));
        QCOMPARE(holidayBlackouts().size(), 1);
        QCOMPARE(editor.row(blackouts, {"holiday", "2027-01-01T00:00:00Z"}).value(3), QStringLiteral("new year"));

        undo.undo(); // one step restores the profile's hours and every blackout
        QCOMPARE(editor.row(profiles, {"night"}), night);
        QCOMPARE(holidayBlackouts(), holiday);
        undo.redo();
        QCOMPARE(editor.row(profiles, {"night"}).value(1), QStringLiteral("20"));
        QCOMPARE(holidayBlackouts().size(), 1);

        // A refused period names the field, and what was written before it is still one step.
        QVERIFY(!editor.keepPeriods({{"on", 3600}}, {{"holiday", {{newYear, newYear - 1, ""}}}}, undo, "bad", &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(undo.count(), 2);
        undo.undo();
        QCOMPARE(editor.row(profiles, {"on"}).value(1), QStringLiteral("0"));
        QCOMPARE(holidayBlackouts().size(), 1);
    }

    void foreignKeysHold()
    {
        TestInventory t;
        QVERIFY(t.importScenario());
        QSqlQuery query(t.inventory().database());
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM sites WHERE code = 'S3'")));
    }
};

QTEST_GUILESS_MAIN(TestInventoryStore)
#include "tst_inventorystore.moc"
