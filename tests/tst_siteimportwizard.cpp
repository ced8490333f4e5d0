// Walks File > Import from Site on the hand-made site database exports: the preview, the mapping,
// the OS families, a dry run that changes nothing, then the import that does.
#include "Settings.h"
#include "TestInventory.h"
#include "import/DryRunPage.h"
#include "import/ImportPage.h"
#include "import/MappingPage.h"
#include "import/OsPage.h"
#include "import/PreviewPage.h"
#include "import/SiteImportWizard.h"
#include "import/SourcePage.h"
#include "task/BackgroundTask.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

namespace {
QString sample(const QString& name)
{
    return qEnvironmentVariable("TEST_DATA") + QStringLiteral("/siteexport/") + name;
}

bool hasClient(Inventory& inventory, const QString& name)
{
    QSqlQuery query = inventory.prepare(QStringLiteral("SELECT 1 FROM clients WHERE name = ?"));
    query.addBindValue(name);
    return query.exec() && query.next();
}

// Each page as the administrator sees it, for a look (QT_QPA_PLATFORM=offscreen renders too).
void shoot(QWizard& wizard, const QString& name)
{
    wizard.grab().save(QDir::temp().filePath(QStringLiteral("siteimport-%1.png").arg(name)));
}
} // namespace

class TestSiteImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void walksTheExportToAnImport()
    {
        TestInventory test;
        QVERIFY(test.importScenario());
        const QByteArray before = test.exportTable("clients");
        SiteImportWizard wizard(test.inventory());
        QSignalSpy imported(&wizard, &SiteImportWizard::imported);
        wizard.show();
        QVERIFY(!wizard.sourcePage()->isComplete());
        shoot(wizard, "1-source");
        wizard.sourcePage()->setExportPath(sample("sp2-views.csv"));
        QVERIFY(wizard.sourcePage()->isComplete());
        wizard.next();

        QCOMPARE(wizard.currentId(), int(SiteImportWizard::PreviewPageId));
        QTableWidget* preview = wizard.previewPage()->table();
        QCOMPARE(preview->rowCount(), 6);
        QCOMPARE(preview->columnCount(), 7); // the line, then the export's six columns
        QCOMPARE(preview->horizontalHeaderItem(1)->text(), QString("Name0"));
        QCOMPARE(preview->item(5, 1)->text(), QString("PC-NOCLIENT"));
        QCOMPARE(preview->item(0, 0)->text(), QString("2"));
        shoot(wizard, "2-preview");
        wizard.next();

        QCOMPARE(wizard.currentId(), int(SiteImportWizard::MappingPageId));
        siteimport::MappingPage* mapping = wizard.mappingPage();
        QCOMPARE(mapping->columnBox(SiteExport::Field::Name)->currentText(), QString("Name0"));
        QCOMPARE(mapping->columnBox(SiteExport::Field::Heartbeat)->currentText(), QString("LastHeartbeat"));
        QCOMPARE(mapping->columnBox(SiteExport::Field::Client)->currentText(), QString("Client0"));
        mapping->profileBox()->setCurrentIndex(mapping->profileBox()->findData("night"));
        QVERIFY(mapping->profileBox()->currentIndex() > 0);
        shoot(wizard, "3-mapping");
        wizard.next();

        QCOMPARE(wizard.currentId(), int(SiteImportWizard::OsPageId));
        QVERIFY(wizard.waitForIdle());
        QTableWidget* os = wizard.osPage()->table();
        QCOMPARE(os->rowCount(), 5);
        QVERIFY(wizard.osPage()->isComplete()); // every text the defaults know
        QCOMPARE(wizard.osPage()->families().value("microsoft windows millennium"), OsFamily::Win9x);
        shoot(wizard, "4-os");
        wizard.next();

        QCOMPARE(wizard.currentId(), int(SiteImportWizard::DryRunPageId));
        QVERIFY(wizard.waitForIdle());
        QTRY_VERIFY(wizard.dryRunPage()->isFinished());
        QVERIFY2(wizard.dryRunPage()->isComplete(), qPrintable(wizard.dryRunPage()->countsLabel()->text()));
        const QString counts = wizard.dryRunPage()->countsLabel()->text();
        QVERIFY2(
            counts.contains("2 new, 1 updated, 1 refresh moved forward, 1 unchanged, 1 skipped"), qPrintable(counts));
        // The dry run wrote nothing.
        QCOMPARE(test.exportTable("clients"), before);
        QVERIFY(!hasClient(test.inventory(), "new1"));
        shoot(wizard, "5-dryrun");
        wizard.next();

        QCOMPARE(wizard.currentId(), int(SiteImportWizard::ImportPageId));
        QVERIFY(wizard.waitForIdle());
        QTRY_VERIFY(wizard.importPage()->isFinished());
        QVERIFY2(wizard.importPage()->outcome().committed, qPrintable(wizard.importPage()->resultLabel()->text()));
        QCOMPARE(imported.count(), 1);
        QVERIFY(hasClient(test.inventory(), "new1"));
        QVERIFY(test.exportTable("clients") != before);
        QSqlQuery profile = test.inventory().prepare("SELECT profile, install_method FROM clients WHERE name = 'new2'");
        QVERIFY(profile.exec() && profile.next());
        QCOMPARE(profile.value(0).toString(), QString("night"));
        QCOMPARE(profile.value(1).toString(), QString("unknown"));
        shoot(wizard, "6-import");

        // The mapping and the families are remembered.
        QCOMPARE(Settings::siteImportColumn("name"), QString("Name0"));
        QCOMPARE(Settings::siteImportOsFamilies().value("microsoft windows 98"), QString("win9x"));
    }

    void unmappedOsAndRefusedRowsStopBeforeTheImport()
    {
        TestInventory test;
        QVERIFY(test.importScenario());
        const QByteArray before = test.exportTable("clients");
        SiteImportWizard wizard(test.inventory());
        wizard.show();
        wizard.sourcePage()->setExportPath(sample("refused.csv"));
        wizard.next();
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(SiteImportWizard::OsPageId));
        QVERIFY(wizard.waitForIdle());
        QTRY_COMPARE(wizard.osPage()->table()->rowCount(), 2);
        // "Microsoft Windows NT Server 3.51" has no default family: the page waits for one.
        QVERIFY(!wizard.osPage()->isComplete());
        int row = 0;
        while (row < 2 && !wizard.osPage()->table()->item(row, 0)->text().contains("3.51"))
            ++row;
        QVERIFY(row < 2);
        auto* family = qobject_cast<QComboBox*>(wizard.osPage()->table()->cellWidget(row, 2));
        QVERIFY(family);
        shoot(wizard, "4-os-unmapped");
        family->setCurrentIndex(family->findData("nt4"));
        QVERIFY(wizard.osPage()->isComplete());
        wizard.next();

        QVERIFY(wizard.waitForIdle());
        QTRY_VERIFY(wizard.dryRunPage()->isFinished());
        QVERIFY(!wizard.dryRunPage()->isComplete()); // the import cannot start
        QCOMPARE(wizard.dryRunPage()->outcome().refused, 2);
        const QString refused = wizard.dryRunPage()->findChild<QPlainTextEdit*>("dryRunRefused")->toPlainText();
        QVERIFY2(refused.contains("refused.csv:4: column LastHeartbeat") && refused.contains("\"XYZ\""),
            qPrintable(refused));
        shoot(wizard, "5-dryrun-refused");
        QCOMPARE(test.exportTable("clients"), before);
    }

    void registryBranchSkipsTheMapping()
    {
        TestInventory test;
        QVERIFY(test.importScenario());
        const QByteArray before = test.exportTable("clients");
        const auto evidenceRows = [&test] {
            QSqlQuery query = test.inventory().prepare("SELECT count(*) FROM client_registry");
            return query.exec() && query.next() ? query.value(0).toInt() : -1;
        };
        QCOMPARE(evidenceRows(), 0);
        SiteImportWizard wizard(test.inventory());
        QSignalSpy imported(&wizard, &SiteImportWizard::imported);
        wizard.show();
        wizard.sourcePage()->setSource(SiteImportWizard::Source::Registry);
        QVERIFY(!wizard.sourcePage()->isComplete());
        wizard.sourcePage()->addRegistryPaths({qEnvironmentVariable("TEST_DATA") + "/evidence/good"});
        QVERIFY(wizard.sourcePage()->isComplete());
        shoot(wizard, "1-source-registry");
        wizard.next();
        QVERIFY(wizard.previewPage()->table()->rowCount() >= 3);
        shoot(wizard, "2-preview-registry");
        wizard.next();
        // No columns or OS texts to map: straight to the dry run.
        QCOMPARE(wizard.currentId(), int(SiteImportWizard::DryRunPageId));
        QVERIFY(wizard.waitForIdle());
        QTRY_VERIFY(wizard.dryRunPage()->isFinished());
        QVERIFY2(wizard.dryRunPage()->isComplete(), qPrintable(wizard.dryRunPage()->countsLabel()->text()));
        QVERIFY2(wizard.dryRunPage()->countsLabel()->text().contains("client(s) with evidence"),
            qPrintable(wizard.dryRunPage()->countsLabel()->text()));
        shoot(wizard, "5-dryrun-registry");
        QCOMPARE(test.exportTable("clients"), before);
        QCOMPARE(evidenceRows(), 0);
        wizard.next();
        QVERIFY(wizard.waitForIdle());
        QTRY_VERIFY(wizard.importPage()->isFinished());
        QVERIFY2(wizard.importPage()->outcome().committed, qPrintable(wizard.importPage()->resultLabel()->text()));
        QCOMPARE(imported.count(), 1);
        QVERIFY(evidenceRows() > 0);
        shoot(wizard, "6-import-registry");
    }

    void cancelLeavesTheInventory()
    {
        TestInventory test;
        QVERIFY(test.importScenario());
        QTemporaryDir dir;
        QFile big(dir.filePath("big.csv"));
        QVERIFY(big.open(QIODevice::WriteOnly));
        big.write("Name0,Client_Version0,Operating_System_Name_and0,SMS_Installed_Sites0,Client0\n");
        for (int i = 0; i < 20000; ++i)
            big.write("bulk" + QByteArray::number(i) + ",2.00.1493.3000,Microsoft Windows 98,S1,1\n");
        big.close();
        const QByteArray before = test.exportTable("clients");
        SiteImportWizard wizard(test.inventory());
        wizard.show();
        wizard.sourcePage()->setExportPath(big.fileName());
        wizard.next();
        wizard.next();
        wizard.next();
        QVERIFY(wizard.waitForIdle());
        QTRY_VERIFY(wizard.osPage()->isComplete());
        wizard.next();
        QVERIFY(wizard.waitForIdle(120000));
        QTRY_VERIFY(wizard.dryRunPage()->isComplete());
        wizard.next();
        // The import runs in the background: the GUI thread is free to take the click at once.
        QVERIFY(wizard.task()->isBusy());
        QTest::mouseClick(wizard.importPage()->cancelButton(), Qt::LeftButton);
        QVERIFY(wizard.waitForIdle(120000));
        QTRY_VERIFY(wizard.importPage()->isFinished());
        if (wizard.importPage()->outcome().committed)
            QSKIP("the import finished before Cancel arrived");
        QVERIFY2(wizard.importPage()->resultLabel()->text().contains("unchanged"),
            qPrintable(wizard.importPage()->resultLabel()->text()));
        QCOMPARE(test.exportTable("clients"), before);
    }
};

QTEST_MAIN(TestSiteImportWizard)
#include "tst_siteimportwizard.moc"
