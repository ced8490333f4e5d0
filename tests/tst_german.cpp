// The console in German: the main window and the wizard under the German locale show German
// words, Qt's own German (qtbase), and dates in German formats.
#include "Language.h"
#include "MainWindow.h"
#include "TransitionWizard.h"
#include "demo/DemoInventory.h"
#include "domain/UtcTime.h"
#include "store/Inventory.h"

#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

class TestGerman : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Language::install(qApp, QStringLiteral("de"));
        QCOMPARE(QLocale().language(), QLocale::German);
        m_path = m_dir.filePath(QStringLiteral("demo.db"));
        Inventory inventory;
        QString error;
        QVERIFY2(inventory.open(m_path, &error), qPrintable(error));
        QVERIFY2(DemoInventory::create(inventory, 2000, 1, &error), qPrintable(error));
    }

    void datesAndNumbersInGerman()
    {
        const qint64 sunday = *UtcTime::parse(QStringLiteral("2026-12-06T01:00:00Z"));
        QCOMPARE(UtcTime::longDisplay(sunday), QStringLiteral("Sonntag, 6. Dezember 2026, 01:00 UTC"));
        QCOMPARE(UtcTime::shortDisplay(sunday), QStringLiteral("06.12.2026 01:00 UTC"));
        QCOMPARE(QLocale().toString(1234567), QStringLiteral("1.234.567"));
        // CSV and JSON keep ISO 8601 whatever the language.
        QCOMPARE(UtcTime::format(sunday), QStringLiteral("2026-12-06T01:00:00Z"));
    }

    void mainWindowSpeaksGerman()
    {
        MainWindow window;
        QString error;
        QVERIFY2(window.openInventory(m_path, &error), qPrintable(error));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.waitForIdle());
        QStringList menus;
        for (QAction* action : window.menuBar()->actions())
            menus << action->text();
        QCOMPARE(menus,
            QStringList({QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"), QStringLiteral("&Plan"),
                QStringLiteral("&Ansicht"), QStringLiteral("&Hilfe")}));
        auto* panes = window.findChild<QTabWidget*>(QStringLiteral("panes"));
        QCOMPARE(panes->tabText(MainWindow::AccountsPane), QStringLiteral("&Konten"));
        QCOMPARE(panes->tabText(MainWindow::LogonPointsPane), QStringLiteral("&Anmeldepunkte"));
        QCOMPARE(panes->tabText(MainWindow::BlackoutsPane), QStringLiteral("&Sperrzeiten"));
        // The status bar counts with German digit grouping ("20.000" style) and words.
        const QString counts = window.findChild<QLabel*>(QStringLiteral("inventoryCounts"))->text();
        QVERIFY2(counts.contains(QStringLiteral("Standorte")) && counts.contains(QStringLiteral("angezeigt")),
            qPrintable(counts));
        QVERIFY2(counts.contains(QStringLiteral("2.000 Clients")), qPrintable(counts));
    }

    void wizardSpeaksGerman()
    {
        Inventory inventory;
        QString error;
        QVERIFY2(inventory.open(m_path, &error), qPrintable(error));
        TransitionWizard wizard(inventory, QStringLiteral("CEN"));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.windowTitle(), QStringLiteral("Einen Wechsel planen"));
        QCOMPARE(wizard.currentPage()->title(), QStringLiteral("Standort und Art"));
        // Qt's own buttons come from the qtbase translation.
        QVERIFY2(wizard.button(QWizard::NextButton)->text().contains(QStringLiteral("Weiter")),
            qPrintable(wizard.button(QWizard::NextButton)->text()));
        QCOMPARE(wizard.button(QWizard::CancelButton)->text(), QStringLiteral("Abbrechen"));

        wizard.findChild<QRadioButton*>(QStringLiteral("kindCap"))->setChecked(true);
        wizard.next();
        auto* retire = wizard.findChild<QListWidget*>(QStringLiteral("retireList"));
        for (int i = 0; i < retire->count(); ++i)
            if (retire->item(i)->text().startsWith(QStringLiteral("CAP-CEN-01")))
                retire->item(i)->setCheckState(Qt::Checked);
        wizard.findChild<QLineEdit*>(QStringLiteral("addEdit"))->setText(QStringLiteral("CAP-CEN-03"));
        wizard.next();
        auto* start = wizard.findChild<QDateTimeEdit*>(QStringLiteral("startEdit"));
        start->setDateTime(QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC));
        QCOMPARE(start->text(), QStringLiteral("01.12.2026 08:00 UTC"));
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isComputing() && wizard.plan(), 20000);
        const QString safe = wizard.findChild<QLabel*>(QStringLiteral("safeDateLabel"))->text();
        QVERIFY2(safe.startsWith(QStringLiteral("Sicher zu entfernen ab ")), qPrintable(safe));
        QVERIFY2(safe.contains(QStringLiteral("Dezember 2026")) || safe.contains(QStringLiteral("Januar 2027")),
            qPrintable(safe));
        const QString counts = wizard.findChild<QLabel*>(QStringLiteral("countsLabel"))->text();
        QVERIFY2(counts.contains(QStringLiteral("ausstehend")) && counts.contains(QStringLiteral("veraltet")),
            qPrintable(counts));
    }
};

QTEST_MAIN(TestGerman)
#include "tst_german.moc"
