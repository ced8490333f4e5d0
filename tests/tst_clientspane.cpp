#include "demo/DemoInventory.h"
#include "item/ClientTableModel.h"
#include "panes/ClientsPane.h"
#include "panes/ElidedTextDelegate.h"
#include "store/Inventory.h"
#include "task/BackgroundTask.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// The Clients pane shows what it holds (issue 20, item 3): cut cells say the whole text on hover,
// names and versions lose their middle, the last refresh keeps its "UTC", the filter combos show
// their items whole and the filter bar stays put while the count changes.
class TestClientsPane : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_path = m_dir.filePath(QStringLiteral("demo.db"));
        QString error;
        Inventory inventory;
        QVERIFY(inventory.open(m_path, &error));
        QVERIFY2(DemoInventory::create(inventory, 2000, 5, &error), qPrintable(error));
        // A name longer than any column, to see it cut.
        QSqlQuery longName = inventory.prepare(QStringLiteral(
            "UPDATE clients SET name = 'AAAA-PC-WITH-A-VERY-LONG-NAME-THAT-NO-COLUMN-HOLDS-0001' WHERE name = "
            "(SELECT min(name) FROM clients)"));
        QVERIFY(longName.exec());
    }

    void theModelsToolTipIsTheWholeText()
    {
        Inventory inventory;
        QString error;
        QVERIFY(inventory.open(m_path, &error));
        ClientTableModel model(inventory);
        model.reload();
        QVERIFY(model.waitForIdle());
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < std::min(model.rowCount(), 40); ++row) {
            for (int column = 0; column < ClientTableModel::Status; ++column) {
                const QModelIndex index = model.index(row, column);
                const QString shown = index.data(Qt::DisplayRole).toString();
                QVERIFY(!shown.isEmpty() || column == ClientTableModel::Profile);
                QCOMPARE(index.data(Qt::ToolTipRole).toString(), shown);
            }
        }
    }

    void cutCellsSayWhatTheyHold()
    {
        Inventory inventory;
        QString error;
        QVERIFY(inventory.open(m_path, &error));
        ClientsPane pane(inventory);
        pane.resize(1280, 600);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.reload();
        QVERIFY(pane.model()->waitForIdle());
        QTableView* view = pane.view();
        auto* delegate = qobject_cast<ElidedTextDelegate*>(view->itemDelegate());
        QVERIFY(delegate);
        QVERIFY(delegate->elidesInTheMiddle(ClientTableModel::Name));
        QVERIFY(delegate->elidesInTheMiddle(ClientTableModel::Version));
        QVERIFY(!delegate->elidesInTheMiddle(ClientTableModel::LastRefresh));
        view->sortByColumn(ClientTableModel::Name, Qt::AscendingOrder);
        QVERIFY(pane.model()->waitForIdle());
        const QModelIndex longName = pane.model()->index(0, ClientTableModel::Name);
        QVERIFY(longName.data().toString().startsWith(u"AAAA-PC-WITH-A-VERY-LONG-NAME"));
        QCOMPARE(delegate->toolTip(view, longName), longName.data().toString());
        // A cell shown whole has nothing to add.
        const QModelIndex site = pane.model()->index(0, ClientTableModel::Site);
        QVERIFY(delegate->toolTip(view, site).isEmpty());
        // "Last refresh" is wide enough for its time with "UTC".
        for (int row = 0; row < std::min(pane.model()->rowCount(), 40); ++row) {
            const QModelIndex refresh = pane.model()->index(row, ClientTableModel::LastRefresh);
            if (refresh.data().toString().endsWith(u"UTC")) {
                QVERIFY2(delegate->toolTip(view, refresh).isEmpty(), qPrintable(refresh.data().toString()));
                QVERIFY(view->fontMetrics().horizontalAdvance(refresh.data().toString())
                    < view->columnWidth(ClientTableModel::LastRefresh));
            }
        }
    }

    void theFilterBarShowsItsItemsWholeAndStaysPut()
    {
        Inventory inventory;
        QString error;
        QVERIFY(inventory.open(m_path, &error));
        ClientsPane pane(inventory);
        pane.resize(1280, 600);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.reload();
        QVERIFY(pane.model()->waitForIdle());
        // The version and profile choices load in a task of their own.
        for (BackgroundTask* task : pane.findChildren<BackgroundTask*>())
            QVERIFY(task->waitForIdle(10000));
        QCoreApplication::processEvents();
        for (const char* name : {"osFilter", "installFilter", "versionFilter", "statusFilter"}) {
            auto* box = pane.findChild<QComboBox*>(QString::fromLatin1(name));
            QVERIFY(box);
            QVERIFY(box->count() > 1);
            int widest = 0;
            for (int i = 0; i < box->count(); ++i)
                widest = std::max(widest, box->fontMetrics().horizontalAdvance(box->itemText(i)));
            QVERIFY2(box->sizeHint().width() > widest, name);
            QVERIFY2(box->width() > widest, name); // laid out at its size, not squeezed
        }
        auto* install = pane.findChild<QComboBox*>(QStringLiteral("installFilter"));
        QCOMPARE(install->itemText(0), QStringLiteral("Any install method"));

        auto* count = pane.findChild<QLabel*>(QStringLiteral("clientCount"));
        QVERIFY(count);
        QVERIFY(count->minimumWidth() >= count->fontMetrics().horizontalAdvance(QStringLiteral("99,999,999 clients")));
        const QRect before = install->geometry();
        auto* nameFilter = pane.findChild<QLineEdit*>(QStringLiteral("nameFilter"));
        const QRect nameBefore = nameFilter->geometry();
        // From thousands of clients to one, and the filters stay where they were.
        nameFilter->setText(QStringLiteral("PC-WITH-A-VERY-LONG"));
        QVERIFY(pane.model()->waitForIdle());
        QCOMPARE(pane.model()->rowCount(), 1);
        QVERIFY(count->text().startsWith(u'1'));
        QCoreApplication::processEvents();
        QCOMPARE(install->geometry(), before);
        QCOMPARE(nameFilter->geometry(), nameBefore);
    }
};

QTEST_MAIN(TestClientsPane)
#include "tst_clientspane.moc"
