#include "MainWindow.h"
#include "demo/DemoInventory.h"
#include "store/Inventory.h"

#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void opensAnInventoryAndShowsItsCounts()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.db"));
        {
            Inventory inventory;
            QString error;
            QVERIFY(inventory.open(path, &error));
            QVERIFY(DemoInventory::create(inventory, 1234, 3, &error));
        }
        MainWindow window;
        QString error;
        QVERIFY2(window.openInventory(path, &error), qPrintable(error));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const auto* summary = window.findChild<QLabel*>(QStringLiteral("inventorySummary"));
        QVERIFY(summary);
        QVERIFY2(summary->text().contains(u"Clients: 1,234") || summary->text().contains(u"Clients: 1234"),
                 qPrintable(summary->text()));
        QVERIFY(window.windowTitle().contains(path));
    }

    void refusesADamagedInventory()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("junk.db"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("junk");
        file.close();
        MainWindow window;
        QString error;
        QVERIFY(!window.openInventory(path, &error));
        QVERIFY(error.contains(path));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
