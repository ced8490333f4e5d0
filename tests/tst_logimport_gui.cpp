#include "InventoryActions.h"
#include "LogImportDialog.h"
#include "MainWindow.h"
#include "TestInventory.h"
#include "domain/UtcTime.h"
#include "item/ClientTableModel.h"
#include "logs/LogImporter.h"
#include "panes/ClientsPane.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QStandardPaths>

// File > Import Logs (issue 20, item 11): `capplanner logs import` from the console, in the
// background, with a summary of what moved and what was left out, and the panes read again.
class TestLogImportGui : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_logs;

    static std::optional<qint64> lastRefresh(Inventory& inventory, const QString& client)
    {
        QSqlQuery query = inventory.prepare(QStringLiteral("SELECT last_refresh_at FROM clients WHERE name = ?"));
        query.addBindValue(client);
        if (!query.exec() || !query.next() || query.value(0).isNull())
            return std::nullopt;
        return query.value(0).toLongLong();
    }

    static bool fill(TestInventory& t)
    {
        return t.importScenario()
            && t.import(QStringLiteral("clients"),
                    "name,site,os,install_method,version\nPC001,S1,w2k,logon,2.00.1493.3000\nPC002,S1,w2k,logon,"
                    "2.00.1493.3000\n")
                   .ok;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        // Per-client folders: the two sample clients, and a file in PC002's folder that is no log.
        const QDir data(qEnvironmentVariable("TEST_DATA") + QStringLiteral("/logs"));
        for (const QString& client : {QStringLiteral("PC001"), QStringLiteral("PC002")}) {
            QVERIFY(QDir(m_logs.path()).mkpath(client));
            for (const QString& name : QDir(data.filePath(client)).entryList(QDir::Files))
                QVERIFY(QFile::copy(data.filePath(client + u'/' + name), m_logs.filePath(client + u'/' + name)));
        }
        QFile junk(m_logs.filePath(QStringLiteral("PC002/junk.log")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("this is not a log\nnor is this\n");
    }

    void theFileMenuOffersIt()
    {
        MainWindow window;
        QAction* action = window.findChild<QAction*>(QStringLiteral("importLogs"));
        QVERIFY(action);
        QVERIFY(action->text().contains(u"Import"));
        bool inFileMenu = false;
        for (QAction* menu : window.menuBar()->actions())
            inFileMenu = inFileMenu || (menu->menu() && menu->menu()->actions().contains(action));
        QVERIFY(inFileMenu);
    }

    void theDialogAsksForWhatTheCommandNeeds()
    {
        LogImportDialog dialog;
        QPushButton* import = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(!import->isEnabled()); // nothing chosen
        dialog.setPaths({m_logs.path()});
        QVERIFY(import->isEnabled());
        QCOMPARE(dialog.paths(), QStringList {m_logs.path()});
        QVERIFY(dialog.client().isEmpty()); // per-client folders
        // Files of one client need the client's name.
        dialog.findChild<QRadioButton*>(QStringLiteral("oneClient"))->setChecked(true);
        QVERIFY(!import->isEnabled());
        dialog.findChild<QLineEdit*>(QStringLiteral("clientName"))->setText(QStringLiteral("PC002"));
        QVERIFY(import->isEnabled());
        QCOMPARE(dialog.client(), QStringLiteral("PC002"));
    }

    void anImportSaysWhatMovedAndTheClientsPaneShowsIt()
    {
        TestInventory t;
        QVERIFY(t.isOpen());
        QVERIFY(fill(t));
        QVERIFY(!lastRefresh(t.inventory(), QStringLiteral("PC002")));
        MainWindow window;
        QString error;
        QVERIFY2(window.openInventory(t.path(), &error), qPrintable(error));
        QVERIFY(window.waitForIdle());
        ClientsPane* pane = window.clientsPane();
        pane->setStatusFilter(QString());
        QVERIFY(window.waitForIdle());
        const auto shownRefresh = [pane](const QString& client) {
            for (int row = 0; row < pane->model()->rowCount(); ++row) {
                if (pane->model()->index(row, ClientTableModel::Name).data().toString() == client)
                    return pane->model()->index(row, ClientTableModel::LastRefresh).data().toString();
            }
            return QString();
        };
        QCOMPARE(shownRefresh(QStringLiteral("PC002")), QStringLiteral("never"));

        struct
        {
            bool told = false;
            bool ok = false;
            QString summary, details;
        } outcome;
        window.actions()->startLogImport(
            {m_logs.path()}, QString(), [&outcome](bool ok, const QString& summary, const QString& details) {
                outcome = {true, ok, summary, details};
            });
        QVERIFY(window.waitForIdle());
        QVERIFY(outcome.told);
        QVERIFY2(outcome.ok, qPrintable(outcome.summary));
        const auto moved = lastRefresh(t.inventory(), QStringLiteral("PC002"));
        QVERIFY(moved);
        // What moved: the counts, the client with its new last refresh, the file left out with its line.
        QVERIFY2(outcome.summary.contains(u"Read the logs of 2 client"), qPrintable(outcome.summary));
        QVERIFY2(outcome.summary.contains(u"1 last refresh"), qPrintable(outcome.summary));
        QVERIFY2(
            outcome.summary.contains(QStringLiteral("PC002: last refresh now %1").arg(UtcTime::longDisplay(*moved))),
            qPrintable(outcome.summary));
        const QString junk = m_logs.filePath(QStringLiteral("PC002/junk.log"));
        QVERIFY2(outcome.summary.contains(junk + QStringLiteral(":1: no log entries")), qPrintable(outcome.summary));
        QVERIFY(outcome.details.contains(u"PC001") && outcome.details.contains(u"PC002"));
        // The panes read the inventory again.
        QVERIFY(window.waitForIdle());
        QCOMPARE(shownRefresh(QStringLiteral("PC002")), UtcTime::shortDisplay(*moved));
    }

    void aFailedImportChangesNothingAndSaysSo()
    {
        TestInventory t;
        QVERIFY(fill(t));
        MainWindow window;
        QString error;
        QVERIFY2(window.openInventory(t.path(), &error), qPrintable(error));
        const QByteArray before = t.exportAll();
        // A folder named after no client of the inventory.
        QTemporaryDir logs;
        QVERIFY(QDir(logs.path()).mkpath(QStringLiteral("NOSUCHPC")));
        QVERIFY(QFile::copy(qEnvironmentVariable("TEST_DATA") + QStringLiteral("/logs/PC002/Ccim32.log"),
            logs.filePath(QStringLiteral("NOSUCHPC/Ccim32.log"))));
        QVERIFY(QDir(logs.path()).mkpath(QStringLiteral("PC002")));
        QVERIFY(QFile::copy(qEnvironmentVariable("TEST_DATA") + QStringLiteral("/logs/PC002/Ccim32.log"),
            logs.filePath(QStringLiteral("PC002/Ccim32.log"))));
        bool ok = true;
        QString message;
        window.actions()->startLogImport(
            {logs.path()}, QString(), [&](bool done, const QString& summary, const QString&) {
                ok = done;
                message = summary;
            });
        QVERIFY(window.waitForIdle());
        QVERIFY(!ok);
        QVERIFY2(message.contains(u"NOSUCHPC") && message.contains(u"nothing was imported"), qPrintable(message));
        QCOMPARE(t.exportAll(), before);
    }

    void cancellingRollsBack()
    {
        TestInventory t;
        QVERIFY(fill(t));
        QString error;
        const auto clients = LogImporter::collect({m_logs.path()}, QString(), &error);
        QVERIFY2(clients, qPrintable(error));
        LogImporter importer(t.inventory());
        int calls = 0;
        importer.setProgress([&calls](qint64 done, qint64 total) {
            ++calls;
            return done < total; // cancelled at the last file
        });
        QVERIFY(!importer.import(*clients, &error));
        QVERIFY(calls >= 2);
        QVERIFY2(error.contains(u"cancelled"), qPrintable(error));
        QVERIFY(!lastRefresh(t.inventory(), QStringLiteral("PC002")));
    }
};

QTEST_MAIN(TestLogImportGui)
#include "tst_logimport_gui.moc"
