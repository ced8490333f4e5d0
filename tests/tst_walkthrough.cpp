#include "Language.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "demo/DemoInventory.h"
#include "item/ClientTableModel.h"
#include "item/QueryTableModel.h"
#include "item/SiteTreeModel.h"
#include "panes/ClientsPane.h"
#include "panes/ElidedTextDelegate.h"
#include "panes/TablePane.h"
#include "panes/VersionChart.h"
#include "store/Inventory.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QComboBox>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSqlQuery>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// What a walkthrough of the console found, outside the wizard: the versions chart, the table
// panes' columns and tooltips, the site tree's counts and the Preferences' languages.
class TestWalkthrough : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;

    static QList<VersionBar> sampleBars()
    {
        // SP3 with some blocked clients, SP2 all blocked (no plain SP2 bar), RTM the highest.
        return {{QStringLiteral("2.00.1239.0"), 0, 20000, 0}, {QStringLiteral("2.00.1380.1000"), 2, 100, 100},
            {QStringLiteral("2.00.1493.3000"), 3, 6948, 900}};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_path = m_dir.filePath(QStringLiteral("demo.db"));
        QString error;
        Inventory inventory;
        QVERIFY(inventory.open(m_path, &error));
        QVERIFY(DemoInventory::create(inventory, 3000, 5, &error));
    }

    void theVersionChartLabelsExplainsAndGroups()
    {
        VersionChart chart;
        chart.resize(1000, 600);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setBars(sampleBars());
        // Only drawn series in the legend.
        const QStringList legend = chart.legendNames();
        QVERIFY2(!legend.contains(QStringLiteral("Service Pack 2")), qPrintable(legend.join(u'|')));
        QVERIFY(legend.contains(QStringLiteral("Service Pack 2 \u26a0 blocked")));
        QVERIFY(legend.contains(QStringLiteral("RTM")));
        QVERIFY(!legend.contains(QStringLiteral("RTM \u26a0 blocked")));
        // Counts on the bars, by locale.
        QStringList counts;
        for (QGraphicsItem* item : chart.chart()->scene()->items()) {
            if (auto* text = dynamic_cast<QGraphicsSimpleTextItem*>(item))
                counts << text->text();
        }
        QVERIFY2(counts.contains(QStringLiteral("6,948")) && counts.contains(QStringLiteral("20,000")),
            qPrintable(counts.join(u'|')));
        // The axis reads numbers as the rest of the console does.
        auto* axis = qobject_cast<QCategoryAxis*>(chart.chart()->axes(Qt::Vertical).value(0));
        QVERIFY(axis);
        QVERIFY2(axis->categoriesLabels().contains(QStringLiteral("20,000")),
            qPrintable(axis->categoriesLabels().join(u'|')));
        // The hatched part keeps its service pack's colour beneath the red hatching.
        auto* series = qobject_cast<QStackedBarSeries*>(chart.chart()->series().value(0));
        QVERIFY(series);
        bool found = false;
        for (QBarSet* set : series->barSets()) {
            if (set->label() != QStringLiteral("Service Pack 3 \u26a0 blocked"))
                continue;
            found = true;
            const QImage tile = set->brush().textureImage();
            QVERIFY(!tile.isNull());
            bool spColour = false;
            bool red = false;
            for (int y = 0; y < tile.height(); ++y) {
                for (int x = 0; x < tile.width(); ++x) {
                    const QColor c = tile.pixelColor(x, y);
                    spColour |= c == QColor(0x0b, 0x53, 0x94);
                    red |= c == QColor(0xc0, 0x39, 0x2b);
                }
            }
            QVERIFY(spColour && red);
        }
        QVERIFY(found);
        // Tooltips tell the counts.
        const QString tip = chart.toolTipFor(2, true);
        QVERIFY2(tip.contains(u"6,948") && tip.contains(u"900") && tip.contains(u"blocked"), qPrintable(tip));
        QCOMPARE(VersionChart::niceAxis(6948), std::make_pair(qint64(8000), qint64(2000)));
        QCOMPARE(VersionChart::niceAxis(20000), std::make_pair(qint64(25000), qint64(5000)));
    }

    void clickingTheHatchedPartListsTheBlockedClients()
    {
        MainWindow window;
        QString error;
        QVERIFY(window.openInventory(m_path, &error));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPane(MainWindow::VersionsPane);
        QVERIFY(window.waitForIdle()); // the bars arrive from the background
        VersionBar blocked;
        for (const VersionBar& bar : window.versionChart()->bars()) {
            if (bar.blockedClients > 0 && bar.blockedClients < bar.clients)
                blocked = bar;
        }
        QVERIFY2(!blocked.version.isEmpty(), "the demo has a partly blocked version");
        window.versionChart()->activateVersion(blocked.version, true);
        auto* status = window.findChild<QComboBox*>(QStringLiteral("statusFilter"));
        QCOMPARE(status->currentData().toString(), QStringLiteral("upgrade-blocked"));
        QVERIFY(window.waitForIdle());
        ClientTableModel* clients = window.clientsPane()->model();
        // Blocked ones only (a stale client reads "stale" first, so at most the bar's count).
        QVERIFY(clients->rowCount() > 0);
        QVERIFY(clients->rowCount() <= blocked.blockedClients);
        for (int row = 0; row < clients->rowCount(); ++row)
            QCOMPARE(clients->index(row, ClientTableModel::Status).data(ClientTableModel::RawRole).toString(),
                QStringLiteral("upgrade-blocked"));
        // The plain part: every client of the version again.
        window.versionChart()->activateVersion(blocked.version, false);
        QVERIFY(window.waitForIdle());
        QCOMPARE(clients->rowCount(), blocked.clients);
    }

    void tablePanesFitTheirColumnsAndShowWhatIsCut()
    {
        MainWindow window;
        QString error;
        QVERIFY(window.openInventory(m_path, &error));
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (const int pane : {int(MainWindow::CapsPane), int(MainWindow::PlansPane)}) {
            window.showPane(MainWindow::Pane(pane));
            auto* view = window.findChild<TablePane*>(QStringLiteral("pane%1").arg(pane));
            QVERIFY(view);
            QVERIFY(!view->horizontalHeader()->stretchLastSection());
            for (int column = 0; column < view->model()->columnCount(); ++column)
                QVERIFY(view->columnWidth(column) <= TablePane::MaximumColumnWidth);
        }
        auto* caps = window.findChild<TablePane*>(QStringLiteral("pane%1").arg(int(MainWindow::CapsPane)));
        window.showPane(MainWindow::CapsPane);
        const QModelIndex name = caps->model()->index(0, 0);
        QVERIFY(caps->delegate()->toolTip(caps, name).isEmpty()); // fits: nothing to add
        caps->setColumnWidth(0, 24);
        QCOMPARE(caps->delegate()->toolTip(caps, name), name.data().toString());
        QVERIFY(caps->delegate()->elidesInTheMiddle(0)); // server names
        // An empty Plans pane says how to fill it.
        auto* plans = window.findChild<TablePane*>(QStringLiteral("pane%1").arg(int(MainWindow::PlansPane)));
        window.showPane(MainWindow::PlansPane);
        QCOMPARE(plans->model()->rowCount(), 0);
        auto* hint = plans->findChild<QLabel*>(QStringLiteral("placeholder"));
        QVERIFY(hint && hint->isVisible() && hint->text().contains(u"New Transition"));
    }

    void theSiteTreeSaysWhatItCounts()
    {
        Inventory inventory;
        QString error;
        QVERIFY(inventory.open(m_path, &error));
        SiteTreeModel tree(inventory);
        const QModelIndex cen = tree.siteIndex(QStringLiteral("CEN"));
        QVERIFY(cen.isValid());
        QSqlQuery own = inventory.prepare(QStringLiteral("SELECT count(*) FROM clients WHERE site = 'CEN'"));
        QVERIFY(own.exec() && own.next());
        QCOMPARE(cen.data(SiteTreeModel::ClientsRole).toLongLong(), own.value(0).toLongLong());
        qint64 whole = cen.data(SiteTreeModel::ClientsRole).toLongLong();
        for (int row = 0; row < tree.rowCount(cen); ++row)
            whole += tree.index(row, 0, cen).data(SiteTreeModel::ClientsWithChildSitesRole).toLongLong();
        QVERIFY(tree.rowCount(cen) > 0);
        QCOMPARE(cen.data(SiteTreeModel::ClientsWithChildSitesRole).toLongLong(), whole);
        const QString label = cen.data().toString();
        const QLocale locale;
        QVERIFY2(label.contains(locale.toString(own.value(0).toLongLong()))
                && label.contains(QStringLiteral("%1 with child sites").arg(locale.toString(whole))),
            qPrintable(label));
    }

    void preferencesOfferTheLanguagesThatExist()
    {
        PreferencesDialog dialog;
        auto* choice = dialog.findChild<QComboBox*>(QStringLiteral("languageChoice"));
        QVERIFY(choice);
        QStringList items;
        for (int i = 0; i < choice->count(); ++i)
            items << choice->itemText(i);
        QCOMPARE(choice->count(), Language::available().size() + 1);
        QVERIFY2(!items.join(u'|').contains(u"American"), qPrintable(items.join(u'|')));
        QVERIFY(!items.first().contains(u"()"));
        QCOMPARE(
            items.first(), QStringLiteral("As the system (%1)").arg(Language::nativeName(Language::systemLanguage())));
        QVERIFY(items.contains(QStringLiteral("Deutsch")));
        QCOMPARE(Language::nativeName(QStringLiteral("en")), QStringLiteral("British English"));
        // English means day-month dates.
        QCOMPARE(Language::localeFor(QStringLiteral("en")).territory(), QLocale::UnitedKingdom);
    }
};

QTEST_MAIN(TestWalkthrough)
#include "tst_walkthrough.moc"
