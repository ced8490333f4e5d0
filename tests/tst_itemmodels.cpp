#include "TestInventory.h"
#include "demo/DemoInventory.h"
#include "domain/UtcTime.h"
#include "evidence/RegistryEvidence.h"
#include "item/ClientTableModel.h"
#include "item/QueryTableModel.h"
#include "item/SiteTreeModel.h"
#include "item/VersionHistogram.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <functional>

namespace {
qint64 count(Inventory& inventory, const QString& sql)
{
    QSqlQuery query = inventory.prepare(sql);
    return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
}
} // namespace

class TestItemModels : public QObject
{
    Q_OBJECT
private:
    TestInventory m_scenario;
    TestInventory m_demo;

private slots:
    void initTestCase()
    {
        QVERIFY(m_scenario.importScenario());
        QString error;
        QVERIFY(DemoInventory::create(m_demo.inventory(), 5000, 2, &error));
    }

    void clientModelFiltersAndSortsInSql()
    {
        ClientTableModel model(m_demo.inventory());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0); // nothing is read before it is asked for
        model.reload();
        QVERIFY(model.waitForIdle());
        QCOMPARE(model.rowCount(), 5000);
        ClientFilter filter;
        filter.sites = {QStringLiteral("NOR")};
        model.setFilter(filter);
        QVERIFY(model.waitForIdle());
        QCOMPARE(model.rowCount(),
            count(m_demo.inventory(), QStringLiteral("SELECT count(*) FROM clients WHERE site = 'NOR'")));
        filter.os = QStringLiteral("win9x");
        filter.nameContains = QStringLiteral("WKS-00001");
        model.setFilter(filter);
        QVERIFY(model.waitForIdle());
        QCOMPARE(model.rowCount(),
            count(m_demo.inventory(),
                QStringLiteral("SELECT count(*) FROM clients WHERE site = 'NOR' AND os = "
                               "'win9x' AND name LIKE '%WKS-00001%'")));
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY(model.index(row, ClientTableModel::Name).data().toString().contains(u"WKS-00001"));
            QCOMPARE(model.index(row, ClientTableModel::Os).data().toString(), QStringLiteral("Windows 9x"));
        }
        // Sorting by version puts the oldest first, by the numeric key, not the text.
        model.setFilter({});
        QVERIFY(model.waitForIdle());
        model.sort(ClientTableModel::Version, Qt::AscendingOrder);
        QVERIFY(model.waitForIdle());
        QCOMPARE(model.index(0, ClientTableModel::Version).data().toString(), QStringLiteral("2.00.1239.0000"));
        model.sort(ClientTableModel::Version, Qt::DescendingOrder);
        QVERIFY(model.waitForIdle());
        QCOMPARE(model.index(0, ClientTableModel::Version).data().toString(), QStringLiteral("2.00.1493.4000"));
        // Every page is read on demand, including the last row.
        model.sort(ClientTableModel::Name, Qt::DescendingOrder);
        QVERIFY(model.waitForIdle());
        const QString last = model.index(model.rowCount() - 1, ClientTableModel::Name).data().toString();
        QVERIFY(!last.isEmpty());
        model.sort(ClientTableModel::Name, Qt::AscendingOrder);
        QVERIFY(model.waitForIdle());
        QCOMPARE(model.index(0, ClientTableModel::Name).data().toString(), last);
    }

    void aNewerScopeSupersedesAnOlderOne()
    {
        ClientTableModel model(m_demo.inventory());
        model.reload();
        QVERIFY(model.waitForIdle());
        QCOMPARE(model.rowCount(), 5000);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        // A slow one first (every client, by status: two full scans), then a site.
        model.sort(ClientTableModel::Status, Qt::AscendingOrder);
        ClientFilter north;
        north.sites = {QStringLiteral("NOR")};
        model.setFilter(north);
        QVERIFY(model.isLoading());
        QCOMPARE(model.rowCount(), 5000); // the previous rows stay until the new ones arrive
        QVERIFY(model.waitForIdle());
        QTest::qWait(100); // the superseded fetch, had it been delivered, would be by now
        QCOMPARE(resets.count(), 1);
        const int expected
            = count(m_demo.inventory(), QStringLiteral("SELECT count(*) FROM clients WHERE site = 'NOR'"));
        QVERIFY(expected > 0 && expected < 5000);
        QCOMPARE(model.rowCount(), expected);
        for (int row = 0; row < model.rowCount(); row += 97)
            QCOMPARE(model.index(row, ClientTableModel::Site).data().toString(), QStringLiteral("NOR"));
    }

    void clientStatusFollowsTheRules()
    {
        ClientTableModel model(m_scenario.inventory());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReferenceTime(*UtcTime::parse(QStringLiteral("2026-12-01T08:00:00Z")));
        QVERIFY(model.waitForIdle());
        ClientFilter filter;
        filter.sites = {QStringLiteral("S1")};
        model.setFilter(filter);
        QVERIFY(model.waitForIdle());
        QHash<QString, QString> status;
        for (int row = 0; row < model.rowCount(); ++row)
            status.insert(model.index(row, ClientTableModel::Name).data().toString(),
                model.index(row, ClientTableModel::Status).data(ClientTableModel::RawRole).toString());
        QCOMPARE(status.size(), 10);
        QCOMPARE(status.value("c5"), QStringLiteral("stale"));
        QCOMPARE(status.value("c3"), QStringLiteral("upgrade-blocked"));
        QCOMPARE(status.value("c2"), QStringLiteral("upgrade-blocked")); // 1380 against LP1's 1493.3000
        QCOMPARE(status.value("c9"), QStringLiteral("no-automatic-recovery"));
        QCOMPARE(status.value("c1"), QStringLiteral("ok"));
        QCOMPARE(status.value("c7"), QStringLiteral("ok")); // a hotfix newer
        // Sorting by status groups them in the order of the names, each group by client name.
        model.sort(ClientTableModel::Status, Qt::AscendingOrder);
        QVERIFY(model.waitForIdle());
        QStringList order;
        for (int row = 0; row < model.rowCount(); ++row)
            order << model.index(row, ClientTableModel::Name).data().toString();
        QCOMPARE(order, (QStringList {"c9", "c1", "c10", "c4", "c7", "c8", "c5", "c2", "c3", "c6"}));
        model.sort(ClientTableModel::Status, Qt::DescendingOrder);
        QVERIFY(model.waitForIdle());
        QCOMPARE(model.index(0, ClientTableModel::Name).data().toString(), QStringLiteral("c6"));
        QCOMPARE(model.index(9, ClientTableModel::Name).data().toString(), QStringLiteral("c9"));
        model.sort(ClientTableModel::Name, Qt::AscendingOrder);
        QVERIFY(model.waitForIdle());
        filter.status = QStringLiteral("upgrade-blocked");
        model.setFilter(filter);
        QVERIFY(model.waitForIdle());
        QCOMPARE(model.rowCount(), 3); // c2, c3, c6
        // A status filter keeps any other order: by version, newest first, c3 and c6 before c2.
        model.sort(ClientTableModel::Version, Qt::DescendingOrder);
        QVERIFY(model.waitForIdle());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, ClientTableModel::Name).data().toString(), QStringLiteral("c6"));
        QCOMPARE(model.index(1, ClientTableModel::Name).data().toString(), QStringLiteral("c3"));
        QCOMPARE(model.index(2, ClientTableModel::Name).data().toString(), QStringLiteral("c2"));
        model.sort(ClientTableModel::Name, Qt::AscendingOrder);
        QVERIFY(model.waitForIdle());
        filter = {};
        // S2's only client (1380) is blocked at LP1, but S2 has no Logon Client Installation, the
        // first reason the planner gives (ClientRules::noRecoveryReason); S3 has no Logon Client
        // Installation and no logon point.
        filter.sites = {QStringLiteral("S2")};
        model.setFilter(filter);
        QVERIFY(model.waitForIdle());
        QCOMPARE(model.index(0, ClientTableModel::Status).data(ClientTableModel::RawRole).toString(),
            QStringLiteral("no-automatic-recovery"));
        filter.sites = {QStringLiteral("S3")};
        model.setFilter(filter);
        QVERIFY(model.waitForIdle());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ClientTableModel::Status).data(ClientTableModel::RawRole).toString(),
            QStringLiteral("no-automatic-recovery"));
        filter.profile = ClientFilter::noProfile();
        filter.sites.clear();
        model.setFilter(filter);
        QVERIFY(model.waitForIdle());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("c4"));
    }

    // Issue 18: the CAPs a client's registry export lists, with each source FILE:LINE and the import
    // time in the tooltip; and Q265358's exception in the pane's status.
    void registryEvidenceInTheClientsPane()
    {
        TestInventory t;
        QVERIFY(t.importScenario());
        QString error;
        const auto done = importRegistryEvidence(
            t.inventory(), {qEnvironmentVariable("TEST_DATA") + QStringLiteral("/evidence/good")}, false, {}, &error);
        QVERIFY2(done, qPrintable(error));
        ClientTableModel model(t.inventory());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.headerData(ClientTableModel::RegistryCaps, Qt::Horizontal).toString(),
            QStringLiteral("CAPs held (registry)"));
        model.setReferenceTime(*UtcTime::parse(QStringLiteral("2026-12-01T08:00:00Z")));
        QVERIFY(model.waitForIdle());
        model.setFilter({});
        QVERIFY(model.waitForIdle());
        QHash<QString, int> rows;
        for (int row = 0; row < model.rowCount(); ++row)
            rows.insert(model.index(row, ClientTableModel::Name).data().toString(), row);
        QCOMPARE(rows.size(), 13);
        const auto cell = [&](const char* client, int role) {
            return model.index(rows.value(QLatin1String(client)), ClientTableModel::RegistryCaps).data(role);
        };
        const auto importedAt = [&](const char* client) {
            QSqlQuery q(t.inventory().database());
            q.prepare(QStringLiteral("SELECT imported_at FROM client_cap_evidence WHERE client = ?"));
            q.addBindValue(QLatin1String(client));
            return q.exec() && q.next() ? UtcTime::shortDisplay(q.value(0).toLongLong()) : QString();
        };
        QCOMPARE(cell("c1", Qt::DisplayRole).toString(), QStringLiteral("CAP1"));
        const QString c1Tip = cell("c1", Qt::ToolTipRole).toString();
        QVERIFY2(c1Tip.contains(u"CAP1: from ") && c1Tip.contains(u"c1.reg:9,"), qPrintable(c1Tip));
        QVERIFY2(!importedAt("c1").isEmpty() && c1Tip.contains(importedAt("c1")), qPrintable(c1Tip));
        QVERIFY2(!c1Tip.contains(u"Q265358"), qPrintable(c1Tip));
        QCOMPARE(cell("c4", Qt::DisplayRole).toString(), QStringLiteral("CAP2"));
        const QString c4Tip = cell("c4", Qt::ToolTipRole).toString();
        QVERIFY2(c4Tip.contains(u"c4.reg:4,") && c4Tip.contains(u"Q265358"), qPrintable(c4Tip));
        QCOMPARE(cell("d1", Qt::DisplayRole).toString(), QStringLiteral("S3CAP"));
        QVERIFY(cell("d1", Qt::ToolTipRole).toString().contains(u"D1.REG:7,"));
        // Without evidence: nothing.
        QVERIFY(!cell("c2", Qt::DisplayRole).isValid());
        QVERIFY(!cell("c2", Qt::ToolTipRole).isValid());

        // c5 is stale (91 days); an export of it without Site Config Last Checked and without a
        // CAP list makes it never stale, and says so.
        QCOMPARE(model.index(rows.value("c5"), ClientTableModel::Status).data(ClientTableModel::RawRole).toString(),
            QStringLiteral("stale"));
        QSqlQuery q(t.inventory().database());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO client_registry VALUES ('c5', 'c5.reg', 0, 0, 1)")));
        model.reload();
        QVERIFY(model.waitForIdle());
        QCOMPARE(model.index(rows.value("c5"), ClientTableModel::Name).data().toString(), QStringLiteral("c5"));
        QCOMPARE(model.index(rows.value("c5"), ClientTableModel::Status).data(ClientTableModel::RawRole).toString(),
            QStringLiteral("ok"));
        QVERIFY(!cell("c5", Qt::DisplayRole).isValid()); // no CAP list: nothing held is known
        const QString c5Tip = cell("c5", Qt::ToolTipRole).toString();
        QVERIFY2(c5Tip.contains(u"c5.reg") && c5Tip.contains(u"no CAP list") && c5Tip.contains(u"Q265358"),
            qPrintable(c5Tip));
    }

    void queryTableModelScopesAndSorts()
    {
        QueryTableModel model(m_scenario.inventory(), QStringLiteral("caps t"), QStringLiteral("t.site"),
            {{QStringLiteral("Server"), QStringLiteral("t.server")},
                {QStringLiteral("Licences"), QStringLiteral("t.licenses"), QueryTableModel::Format::Number},
                {QStringLiteral("Added"), QStringLiteral("t.added_at"), QueryTableModel::Format::Time}});
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QVERIFY(model.waitForIdle());
        QCOMPARE(model.rowCount(), 5);
        // Read in the background: the old rows stay until the new ones arrive.
        model.setScope({QStringLiteral("S1")});
        QVERIFY(model.isLoading());
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(model.waitForIdle());
        QCOMPARE(model.rowCount(), 3);
        // A newer read supersedes an older one still running: only the last arrives.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setScope({});
        model.setScope({QStringLiteral("S1")});
        model.sort(1, Qt::DescendingOrder);
        QVERIFY(model.waitForIdle());
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("CAP2"));
        QCOMPARE(model.index(0, 2).data(QueryTableModel::RawRole).toString(), QStringLiteral("2026-01-01T00:00:00Z"));
    }

    void siteTreeFollowsTheHierarchy()
    {
        SiteTreeModel model(m_scenario.inventory());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1); // All sites
        const QModelIndex all = model.index(0, 0);
        QVERIFY(model.scope(all).isEmpty());
        QCOMPARE(model.rowCount(all), 2); // D1, D2
        const QModelIndex d1 = model.index(0, 0, all);
        QCOMPARE(d1.data(SiteTreeModel::CodeRole).toString(), QStringLiteral("D1"));
        QStringList d1Sites = model.scope(d1);
        d1Sites.sort();
        QCOMPARE(d1Sites, (QStringList {"S1", "S2"}));
        // S2's parent S1 is in the same domain: S2 sits under S1; S3 (other domain) under D2.
        const QModelIndex s2 = model.siteIndex(QStringLiteral("S2"));
        QCOMPARE(s2.parent().data(SiteTreeModel::CodeRole).toString(), QStringLiteral("S1"));
        QCOMPARE(model.siteIndex(QStringLiteral("S3")).parent().data(SiteTreeModel::CodeRole).toString(),
            QStringLiteral("D2"));
        // S1 counts its own 10 clients and, having a child site, its branch's too.
        const QModelIndex s1 = model.siteIndex(QStringLiteral("S1"));
        QCOMPARE(s1.data(SiteTreeModel::ClientsRole).toLongLong(), 10);
        const qint64 branch = 10 + s2.data(SiteTreeModel::ClientsRole).toLongLong();
        QCOMPARE(s1.data(SiteTreeModel::ClientsWithChildSitesRole).toLongLong(), branch);
        QVERIFY2(s1.data().toString().contains(QStringLiteral("(10; %1 with child sites)").arg(branch)),
            qPrintable(s1.data().toString()));
    }

    void siteTreeReadInTheBackgroundIsTheSameTree()
    {
        SiteTreeModel now(m_scenario.inventory());
        SiteTreeModel later(m_scenario.inventory(), nullptr, SiteTreeModel::Load::InBackground);
        QAbstractItemModelTester tester(&later, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Only "All sites", selectable, until the rows arrive.
        QVERIFY(later.isLoading());
        QCOMPARE(later.rowCount(), 1);
        QCOMPARE(later.rowCount(later.index(0, 0)), 0);
        QVERIFY(later.scope(later.index(0, 0)).isEmpty());
        QVERIFY(later.waitForIdle());
        QVERIFY(!later.isLoading());
        QVERIFY(later.error().isEmpty());
        const std::function<void(const QModelIndex&, const QModelIndex&)> same
            = [&](const QModelIndex& a, const QModelIndex& b) {
                  QCOMPARE(later.rowCount(b), now.rowCount(a));
                  QCOMPARE(b.data().toString(), a.data().toString());
                  QCOMPARE(later.scope(b), now.scope(a));
                  for (int row = 0; row < now.rowCount(a); ++row)
                      same(now.index(row, 0, a), later.index(row, 0, b));
              };
        same({}, {});
        QVERIFY(later.siteIndex(QStringLiteral("S2")).isValid());
        QCOMPARE(later.find(SiteTreeModel::Kind::Domain, QStringLiteral("D2")).data(SiteTreeModel::CodeRole).toString(),
            QStringLiteral("D2"));
    }

    void versionHistogramCountsAndBlocks()
    {
        const QList<VersionBar> bars = versionHistogram(m_scenario.inventory(), {QStringLiteral("S1")});
        qint64 total = 0;
        for (const VersionBar& bar : bars)
            total += bar.clients;
        QCOMPARE(total, 10);
        // In version order; 1380 (c2) and 1493.2000 (c3, c6) are blocked by LP1's 1493.3000.
        QCOMPARE(bars.first().version, QStringLiteral("2.00.1380.1000"));
        QCOMPARE(bars.first().blockedClients, 1);
        QCOMPARE(bars.at(1).version, QStringLiteral("2.00.1493.2000"));
        QCOMPARE(bars.at(1).clients, 2);
        QCOMPARE(bars.at(1).blockedClients, 2);
        QCOMPARE(bars.at(1).servicePack, 2);
        for (const VersionBar& bar : bars) {
            if (bar.version.startsWith(u"2.00.1493.300") || bar.version == u"2.0.1493.3000")
                QCOMPARE(bar.blockedClients, 0);
        }
        // S3 has no logon point: nothing is blocked there.
        for (const VersionBar& bar : versionHistogram(m_scenario.inventory(), {QStringLiteral("S3")}))
            QCOMPARE(bar.blockedClients, 0);
    }
};

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
