// Several consoles on one inventory (issue 11): row versions stop a second writer from silently
// replacing a first one's edit, other consoles hear of changes (PostgreSQL NOTIFY, or View >
// Refresh on a file), and `copy` moves a whole inventory between engines byte for byte. Runs on a
// file, and again on the test server (tst_sharedinventory_postgres).
#include "MainWindow.h"
#include "TestInventory.h"
#include "logs/LogImporter.h"
#include "store/InventoryCopy.h"
#include "store/InventoryEditor.h"

#include <QAction>
#include <QApplication>
#include <QSqlDriver>
#include <QTableView>
#include <QTest>

namespace {
const TableSpec& caps()
{
    return *TableSpecs::find(QStringLiteral("caps"));
}

// A second console's connection to the same inventory.
std::unique_ptr<Inventory> openAgain(const QString& location)
{
    auto inventory = std::make_unique<Inventory>();
    QString error;
    if (!inventory->open(location, &error))
        qWarning("%s", qPrintable(error));
    return inventory;
}

QString rowText(QAbstractItemModel* model, const QString& first)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() != first)
            continue;
        QStringList cells;
        for (int column = 0; column < model->columnCount(); ++column)
            cells << model->index(row, column).data().toString();
        return cells.join(u'|');
    }
    return {};
}
} // namespace

class TestSharedInventory : public QObject
{
    Q_OBJECT
private slots:
    void aSecondWriterIsToldWhatChangedAndNothingIsLost()
    {
        TestInventory t;
        QVERIFY(t.importScenario());
        auto other = openAgain(t.path());
        QVERIFY(other->isOpen());
        InventoryEditor mine(t.inventory());
        InventoryEditor theirs(*other);
        // Both open CAP2 (per-server, 2 licences, domain controller).
        QStringList mineRow = mine.row(caps(), {"CAP2"});
        QStringList theirRow = theirs.row(caps(), {"CAP2"});
        QCOMPARE(mineRow, theirRow);
        // They raise the licences and save first.
        theirRow[5] = QStringLiteral("40");
        InventoryEditor::FieldError conflict;
        QVERIFY(theirs.apply(caps(), theirRow, &conflict));
        // I change the licensing mode from what I read: refused, told what they changed.
        mineRow[4] = QStringLiteral("per-seat");
        QVERIFY(!mine.apply(caps(), mineRow, &conflict));
        QVERIFY(conflict.conflict);
        QVERIFY2(conflict.message.contains(u"CAP CAP2") && conflict.message.contains(u"Licences")
                && conflict.message.contains(u"\"2\"") && conflict.message.contains(u"\"40\""),
            qPrintable(conflict.message));
        QVERIFY2(!conflict.message.contains(u"Licensing"), qPrintable(conflict.message)); // only what they changed
        // Their edit stands; mine was not written.
        QCOMPARE(mine.row(caps(), {"CAP2"}).value(5), QStringLiteral("40"));
        QCOMPARE(mine.row(caps(), {"CAP2"}).value(4), QStringLiteral("per-server"));
        // Having been told, saving again replaces theirs knowingly.
        mineRow[5] = QStringLiteral("40");
        QVERIFY2(mine.apply(caps(), mineRow, &conflict), qPrintable(conflict.message));
        QCOMPARE(theirs.row(caps(), {"CAP2"}).value(4), QStringLiteral("per-seat"));
        QCOMPARE(theirs.row(caps(), {"CAP2"}).value(5), QStringLiteral("40"));
    }

    void aDeletionOfAChangedRowIsRefused()
    {
        TestInventory t;
        QVERIFY(t.importScenario());
        auto other = openAgain(t.path());
        InventoryEditor mine(t.inventory());
        InventoryEditor theirs(*other);
        mine.row(caps(), {"CAP1"});
        QStringList changed = theirs.row(caps(), {"CAP1"});
        changed[5] = QStringLiteral("7");
        InventoryEditor::FieldError conflict;
        QVERIFY(theirs.apply(caps(), changed, &conflict));
        QString error;
        QVERIFY(!mine.remove(caps(), {"CAP1"}, &error));
        QVERIFY2(error.contains(u"Licences") && error.contains(u"\"7\""), qPrintable(error));
        QCOMPARE(theirs.row(caps(), {"CAP1"}), changed);
        // And a row they deleted is not silently brought back by my save.
        QStringList mineRow = mine.row(caps(), {"CAP1"});
        QVERIFY(theirs.remove(caps(), {"CAP1"}, &error));
        QVERIFY(!mine.apply(caps(), mineRow, &conflict));
        QVERIFY(conflict.conflict);
        QVERIFY2(conflict.message.contains(u"deleted"), qPrintable(conflict.message));
        QVERIFY(theirs.row(caps(), {"CAP1"}).isEmpty());
    }

    void anImportMovesRowVersionsOn()
    {
        TestInventory t;
        QVERIFY(t.importScenario());
        InventoryEditor mine(t.inventory());
        QStringList row = mine.row(caps(), {"CAP2"});
        // Another console imports a CAPs file that touches CAP2: my stale edit is refused.
        auto other = openAgain(t.path());
        CsvImporter importer(*other);
        QString error;
        QVERIFY2(importer.importData(caps(),
                     "server,site,added_at,licensing,licenses\nCAP2,S1,2026-01-01T00:00:00Z,per-server,9\n",
                     QStringLiteral("caps.csv"), &error),
            qPrintable(error));
        row[5] = QStringLiteral("3");
        InventoryEditor::FieldError conflict;
        QVERIFY(!mine.apply(caps(), row, &conflict));
        QVERIFY(conflict.conflict);
        QVERIFY2(conflict.message.contains(u"\"9\""), qPrintable(conflict.message));
    }

    void aLogImportAlsoStopsAStaleEdit()
    {
        TestInventory t;
        QVERIFY(t.importScenario());
        QVERIFY(t.import(QStringLiteral("clients"),
                     "name,site,os,install_method,version\nPC002,S1,w2k,logon,"
                     "2.00.1493.3000\n")
                    .ok);
        const TableSpec& clients = *TableSpecs::find(QStringLiteral("clients"));
        InventoryEditor mine(t.inventory());
        QStringList row = mine.row(clients, {"PC002"});
        QVERIFY(row.value(6).isEmpty()); // no refresh known yet
        // Another console imports PC002's logs, which prove a refresh.
        auto other = openAgain(t.path());
        QString error;
        const auto imported = LogImporter(*other).import(
            {{QStringLiteral("PC002"), {qEnvironmentVariable("TEST_DATA") + QStringLiteral("/logs/PC002/Ccim32.log")}}},
            &error);
        QVERIFY2(imported, qPrintable(error));
        QCOMPARE(imported->refreshesMoved, 1);
        // My edit, begun before, would put the refresh back to nothing: refused, and told why.
        row[3] = QStringLiteral("manual");
        InventoryEditor::FieldError conflict;
        QVERIFY(!mine.apply(clients, row, &conflict));
        QVERIFY(conflict.conflict);
        QVERIFY2(conflict.message.contains(u"Last refresh"), qPrintable(conflict.message));
        QVERIFY(!mine.row(clients, {"PC002"}).value(6).isEmpty());
    }

    void otherConsolesHearOfChanges()
    {
        if (!TestInventory::onServer())
            QSKIP("NOTIFY is PostgreSQL's; on a file the other console refreshes (see twoConsolesSeeEachOthersEdits)");
        TestInventory t;
        QVERIFY(t.importScenario());
        auto listener = openAgain(t.path());
        QSqlDriver* driver = listener->database().driver();
        QVERIFY(driver->subscribeToNotification(QString::fromLatin1(Inventory::ChangeChannel)));
        QStringList heard;
        connect(driver, &QSqlDriver::notification, this,
            [&heard](const QString&, QSqlDriver::NotificationSource source, const QVariant& payload) {
                if (source == QSqlDriver::OtherSource)
                    heard << payload.toString();
            });
        InventoryEditor editor(t.inventory());
        QStringList row = editor.row(caps(), {"CAP1"});
        row[5] = QStringLiteral("11");
        InventoryEditor::FieldError problem;
        QVERIFY2(editor.apply(caps(), row, &problem), qPrintable(problem.message));
        QTRY_VERIFY_WITH_TIMEOUT(heard.contains(u"caps"), 10000);
        // A failed import says nothing: its transaction, and the NOTIFY in it, rolled back.
        heard.clear();
        QVERIFY(!t.import(QStringLiteral("caps"),
                      "server,site,added_at,licensing\nCAP9,NOPE,2026-01-01T00:00:00Z,"
                      "per-seat\n")
                     .ok);
        QVERIFY(editor.apply(caps(), row, &problem)); // a later change is heard, the failed one was not
        QTRY_VERIFY_WITH_TIMEOUT(!heard.isEmpty(), 10000);
        QCOMPARE(heard, QStringList {QStringLiteral("caps")});
    }

    void twoConsolesSeeEachOthersEdits()
    {
        TestInventory t;
        QVERIFY(t.importScenario());
        const QString location = t.path();
        t.inventory().close();
        MainWindow first;
        MainWindow second;
        QString error;
        QVERIFY2(first.openInventory(location, &error), qPrintable(error));
        QVERIFY2(second.openInventory(location, &error), qPrintable(error));
        QVERIFY(first.waitForIdle() && second.waitForIdle());
        auto* firstCaps = first.findChild<QTableView*>(QStringLiteral("pane0"));
        auto* secondCaps = second.findChild<QTableView*>(QStringLiteral("pane0"));
        QVERIFY(firstCaps && secondCaps);
        int row = -1;
        for (int r = 0; r < firstCaps->model()->rowCount(); ++r) {
            if (firstCaps->model()->index(r, 0).data().toString() == u"CAP2")
                row = r;
        }
        QVERIFY(row >= 0);
        QVERIFY(!rowText(secondCaps->model(), QStringLiteral("CAP2")).contains(u"|77|"));
        QVERIFY(first.editRow(
            MainWindow::CapsPane, row, {"CAP2", "S1", "2026-01-01T00:00:00Z", "", "per-server", "77", "yes"}));
        QVERIFY(first.waitForIdle());
        QVERIFY(rowText(firstCaps->model(), QStringLiteral("CAP2")).contains(u"|77|"));
        if (!TestInventory::onServer()) {
            // A file has no one to tell the other console: View > Refresh (F5) shows the edit.
            QAction* refresh = nullptr;
            for (QAction* action : second.findChildren<QAction*>()) {
                if (action->shortcut() == QKeySequence(QKeySequence::Refresh))
                    refresh = action;
            }
            QVERIFY(refresh);
            refresh->trigger();
        }
        // On a server the NOTIFY reaches the second console, which reloads by itself.
        QTRY_VERIFY_WITH_TIMEOUT(
            rowText(second.findChild<QTableView*>(QStringLiteral("pane0"))->model(), QStringLiteral("CAP2"))
                .contains(u"|77|"),
            10000);
    }

    void aCopyExportsTheSameBytesOnEitherEngine()
    {
        TestInventory original;
        QVERIFY(original.importScenario());
        const QByteArray expected = original.exportAll();
        // File to server and back, or server to file and back: whichever this run is not.
        TestInventory middle;
        TestInventory last;
        QString error;
        std::optional<qint64> rows = InventoryCopy::copy(original.inventory(), middle.inventory(), {}, &error);
        QVERIFY2(rows, qPrintable(error));
        QVERIFY(*rows > 30);
        QCOMPARE(middle.exportAll(), expected);
        rows = InventoryCopy::copy(middle.inventory(), last.inventory(), {}, &error);
        QVERIFY2(rows, qPrintable(error));
        QCOMPARE(last.exportAll(), expected);
        // Copying into an inventory that holds one is refused, and changes nothing.
        rows = InventoryCopy::copy(original.inventory(), last.inventory(), {}, &error);
        QVERIFY(!rows);
        QVERIFY2(error.contains(u"already holds"), qPrintable(error));
        QCOMPARE(last.exportAll(), expected);
    }

    void aLocationNeverHoldsAPassword()
    {
        Inventory inventory;
        QString error;
        QVERIFY(!inventory.open(QStringLiteral("postgresql://admin:s3cret@127.0.0.1:1/capplanner"), &error));
        QVERIFY2(!error.contains(u"s3cret") && error.contains(u"pgpass"), qPrintable(error));
        QVERIFY(!inventory.open(QStringLiteral("postgresql://127.0.0.1"), &error));
        QVERIFY2(error.contains(u"postgresql://user@host:port/database"), qPrintable(error));
    }
};

QTEST_MAIN(TestSharedInventory)
#include "tst_sharedinventory.moc"
