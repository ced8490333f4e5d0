#include "Language.h"
#include "MainWindow.h"
#include "TransitionWizard.h"
#include "campaign/CampaignTimeline.h"
#include "campaign/CampaignView.h"
#include "campaign/NewCampaignDialog.h"
#include "demo/DemoInventory.h"
#include "item/QueryTableModel.h"
#include "item/SiteTreeModel.h"
#include "panes/CampaignsPane.h"
#include "planning/TransitionPlanner.h"
#include "store/Inventory.h"

#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QWheelEvent>
#include <functional>

// Drives Plan > New Campaign and the campaign view on the demo inventory, offscreen, and checks
// what they show against the engine's own plan of each site.
class TestCampaignView : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_start = 0;
    std::unique_ptr<MainWindow> m_window;

    static QList<TransitionWizard*> wizards()
    {
        QList<TransitionWizard*> result;
        for (QWidget* widget : QApplication::topLevelWidgets())
            if (auto* wizard = qobject_cast<TransitionWizard*>(widget); wizard && wizard->isVisible())
                result << wizard;
        return result;
    }

    // The account rotation of every site, two sites a wave.
    CampaignView* planRotation(int offsetDays)
    {
        NewCampaignDialog* dialog = m_window->openNewCampaign();
        dialog->setName(QStringLiteral("Rotate 2027"));
        dialog->setProposal(NewCampaignDialog::RotateAccounts);
        dialog->setPattern(QStringLiteral("SMSClient_{site}_2027"));
        dialog->setStart(m_start);
        dialog->setSitesPerWave(2, offsetDays);
        dialog->setSites(QStringList {QStringLiteral("CEN"), QStringLiteral("NOR"), QStringLiteral("SOU"),
            QStringLiteral("LAB"), QStringLiteral("TB1")});
        if (dialog->propose() != 5)
            return nullptr;
        dialog->accept();
        CampaignView* view = nullptr;
        for (QWidget* widget : QApplication::topLevelWidgets())
            if (auto* candidate = qobject_cast<CampaignView*>(widget); candidate && candidate->isVisible())
                view = candidate;
        if (view)
            view->waitForResult();
        return view;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Language::install(qApp, QStringLiteral("en"));
        m_path = m_dir.filePath(QStringLiteral("demo.db"));
        QString error;
        {
            Inventory inventory;
            QVERIFY(inventory.open(m_path, &error));
            QVERIFY2(DemoInventory::create(inventory, 3000, 3, &error), qPrintable(error));
        }
        m_start = *UtcTime::parse(DemoInventory::referenceTime());
        m_window = std::make_unique<MainWindow>();
        QVERIFY2(m_window->openInventory(m_path, &error), qPrintable(error));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->waitForIdle());
    }

    void cleanup()
    {
        for (QWidget* widget : QApplication::topLevelWidgets())
            if (qobject_cast<CampaignView*>(widget) || qobject_cast<TransitionWizard*>(widget)
                || qobject_cast<NewCampaignDialog*>(widget))
                widget->close();
        QTest::qWait(20);
    }

    void checkingADomainTakesItsBranch()
    {
        NewCampaignDialog* dialog = m_window->openNewCampaign();
        dialog->setSites({QStringLiteral("cen")});
        QCOMPARE(dialog->sites(), QStringList {QStringLiteral("CEN")});
        dialog->setSites({});
        QVERIFY(dialog->sites().isEmpty());
        QTreeWidgetItem* domain = nullptr;
        std::function<void(QTreeWidgetItem*)> find = [&](QTreeWidgetItem* item) {
            if (!domain && item->data(0, Qt::UserRole + 1).toInt() == int(SiteTreeModel::Kind::Domain))
                domain = item;
            for (int i = 0; i < item->childCount(); ++i)
                find(item->child(i));
        };
        for (int i = 0; i < dialog->siteTree()->topLevelItemCount(); ++i)
            find(dialog->siteTree()->topLevelItem(i));
        QVERIFY(domain);
        domain->setCheckState(0, Qt::Checked);
        const QStringList sites = dialog->sites();
        QVERIFY(!sites.isEmpty());
        // Every site under the domain, and nothing else.
        int under = 0;
        std::function<void(QTreeWidgetItem*)> count = [&](QTreeWidgetItem* item) {
            if (item->data(0, Qt::UserRole + 1).toInt() == int(SiteTreeModel::Kind::Site)) {
                ++under;
                QVERIFY(sites.contains(item->data(0, Qt::UserRole).toString()));
            }
            for (int i = 0; i < item->childCount(); ++i)
                count(item->child(i));
        };
        count(domain);
        QCOMPARE(sites.size(), under);
        dialog->close();
    }

    void proposalsAreEditableAndChecked()
    {
        NewCampaignDialog* dialog = m_window->openNewCampaign();
        dialog->setSites({QStringLiteral("CEN")});
        dialog->setProposal(NewCampaignDialog::ReplaceCaps);
        dialog->setSince(*UtcTime::parse(QStringLiteral("2026-11-01T00:00:00Z")));
        dialog->setStart(m_start);
        QCOMPARE(dialog->propose(), 1);
        QTableWidget* table = dialog->table();
        QCOMPARE(table->item(0, NewCampaignDialog::SiteColumn)->text(), QStringLiteral("CEN"));
        QCOMPARE(table->item(0, NewCampaignDialog::KindColumn)->text(), QStringLiteral("cap"));
        QCOMPARE(table->item(0, NewCampaignDialog::AddColumn)->text(), QStringLiteral("CAP-CEN-03"));
        const QStringList retired = table->item(0, NewCampaignDialog::RetireColumn)->text().split(u';');
        QVERIFY(retired.contains(QStringLiteral("CAP-CEN-01")));
        QVERIFY(retired.contains(QStringLiteral("CAP-CEN-02")));
        QVERIFY(!retired.contains(QStringLiteral("CAP-CEN-03")));

        QString error;
        QVERIFY2(dialog->campaign(&error), qPrintable(error));
        table->item(0, NewCampaignDialog::StartColumn)->setText(QStringLiteral("next Tuesday"));
        QVERIFY(!dialog->campaign(&error));
        QVERIFY2(error.contains(QStringLiteral("Row 1")) && error.contains(QStringLiteral("Start")), qPrintable(error));
        table->item(0, NewCampaignDialog::StartColumn)->setText(QStringLiteral("2026-12-02T08:00:00Z"));
        table->item(0, NewCampaignDialog::WaveColumn)->setText(QStringLiteral("0"));
        QVERIFY(!dialog->campaign(&error));
        QVERIFY2(error.contains(QStringLiteral("Wave")), qPrintable(error));
        table->item(0, NewCampaignDialog::WaveColumn)->setText(QStringLiteral("1"));
        const auto campaign = dialog->campaign(&error);
        QVERIFY2(campaign, qPrintable(error));
        QCOMPARE(campaign->sites.constFirst().request.start, *UtcTime::parse(QStringLiteral("2026-12-02T08:00:00Z")));
        dialog->close();
    }

    void viewShowsOneRowPerSiteAsTheEnginePlansIt()
    {
        CampaignView* view = planRotation(1);
        QVERIFY(view);
        QVERIFY(view->result());
        QCOMPARE(view->rows().size(), 5);
        QCOMPARE(view->timeline()->rows().size(), 5);
        QCOMPARE(view->table()->rowCount(), 5);
        Inventory inventory;
        QString error;
        QVERIFY(inventory.open(m_path, &error, false));
        std::optional<qint64> previousWaveEnd;
        int wave = 1;
        std::optional<qint64> waveEnd;
        for (int i = 0; i < view->rows().size(); ++i) {
            const CampaignViewRow& row = view->rows().at(i);
            QCOMPARE(row.wave, 1 + i / 2);
            if (row.wave != wave) {
                previousWaveEnd = waveEnd;
                waveEnd.reset();
                wave = row.wave;
            }
            QVERIFY2(row.error.isEmpty(), qPrintable(row.error));
            // A later wave starts a day after the previous wave's latest safe removal.
            if (previousWaveEnd)
                QCOMPARE(row.start, std::max(m_start, *previousWaveEnd + UtcTime::Day));
            else
                QCOMPARE(row.start, m_start);
            // The engine's own plan of the site, at that start.
            TransitionRequest request = view->requestOf(i);
            QCOMPARE(request.site, row.site);
            QCOMPARE(request.start, row.start);
            const auto plan = TransitionPlanner(inventory).plan(request, &error);
            QVERIFY2(plan, qPrintable(error));
            QCOMPARE(row.safeRemoval, plan->safeRemoval);
            QCOMPARE(row.pending, plan->counts.pending);
            QCOMPARE(row.listReached, row.start + request.timing.propagation);
            QCOMPARE(view->table()->item(i, CampaignView::SiteColumn)->text(), row.site);
            QCOMPARE(view->table()->item(i, CampaignView::RemovalColumn)->text(),
                row.safeRemoval ? UtcTime::shortDisplay(*row.safeRemoval) : QString());
            QVERIFY(row.safeRemoval);
            waveEnd = std::max(waveEnd.value_or(0), *row.safeRemoval);
        }
        // On the shared axis, every later wave's bar begins right of the earlier ones'.
        CampaignTimeline* timeline = view->timeline();
        QVERIFY(timeline->xOf(view->rows().at(2).start) > timeline->xOf(view->rows().at(0).start));
        QVERIFY(timeline->xOf(view->rows().at(4).start) > timeline->xOf(view->rows().at(2).start));
    }

    void shiftingAWaveMovesTheLaterRows()
    {
        CampaignView* view = planRotation(1);
        QVERIFY(view);
        const QList<CampaignViewRow> before = view->rows();
        view->setWaveOffset(2, 4);
        QVERIFY(view->isComputing());
        QVERIFY(view->waitForResult());
        const QList<CampaignViewRow> after = view->rows();
        QCOMPARE(after.size(), before.size());
        // Wave 1 stays; wave 2 starts three days later; wave 3 follows wave 2's later end.
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(after.at(i).start, before.at(i).start);
            QCOMPARE(after.at(i).safeRemoval, before.at(i).safeRemoval);
        }
        for (int i = 2; i < 4; ++i)
            QCOMPARE(after.at(i).start, before.at(i).start + 3 * UtcTime::Day);
        // Wave 3 follows wave 2's end, which a blackout may hold where it was.
        const qint64 wave2End = std::max(*after.at(2).safeRemoval, *after.at(3).safeRemoval);
        QVERIFY(wave2End >= std::max(*before.at(2).safeRemoval, *before.at(3).safeRemoval));
        QCOMPARE(after.at(4).start, std::max(m_start, wave2End + UtcTime::Day));
        // Moving a first-wave site's own start later moves every later wave too.
        view->setSiteStart(0, m_start + 2 * UtcTime::Day);
        QVERIFY(view->waitForResult());
        QCOMPARE(view->rows().at(0).start, m_start + 2 * UtcTime::Day);
        QVERIFY(view->rows().at(2).start >= after.at(2).start);
        QVERIFY(view->rows().at(4).start >= after.at(4).start);
    }

    void recomputeCanBeCancelled()
    {
        CampaignView* view = planRotation(1);
        QVERIFY(view);
        const QList<CampaignViewRow> before = view->rows();
        view->setWaveOffset(2, 9);
        view->cancel();
        QVERIFY(!view->isComputing());
        QTest::qWait(300);
        QCOMPARE(view->rows().at(2).start, before.at(2).start);
        QVERIFY(!view->message().isEmpty());
    }

    void doubleClickOpensTheSiteInTheWizard()
    {
        CampaignView* view = planRotation(1);
        QVERIFY(view);
        QVERIFY(QTest::qWaitForWindowExposed(view));
        QVERIFY(wizards().isEmpty());
        QTableWidget* table = view->table();
        const int row = 3;
        const QRect cell = table->visualRect(table->model()->index(row, CampaignView::SiteColumn));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTRY_COMPARE(wizards().size(), 1);
        TransitionWizard* wizard = wizards().constFirst();
        QCOMPARE(wizard->request().site, view->rows().at(row).site);
        QCOMPARE(wizard->request().start, view->rows().at(row).start);
        QCOMPARE(wizard->request().kind, TransitionKind::Account);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->isComputing(), 20000);
        wizard->close();

        // And on the timeline.
        CampaignTimeline* timeline = view->timeline();
        const QPoint at(CampaignTimeline::LabelWidth / 2, timeline->rowRect(1).center().y());
        QTest::mouseDClick(timeline->viewport(), Qt::LeftButton, {}, at);
        QTRY_COMPARE(wizards().size(), 1);
        QCOMPARE(wizards().constFirst()->request().site, view->rows().at(1).site);
    }

    void zoomsFromHoursToAYear()
    {
        CampaignView* view = planRotation(1);
        QVERIFY(view);
        CampaignTimeline* timeline = view->timeline();
        timeline->resize(900, 300);
        for (int i = 0; i < 30; ++i)
            timeline->zoomOut();
        // A whole year fits, no more.
        const double widest = timeline->pixelsPerDay();
        QVERIFY(widest * 366 <= timeline->viewport()->width() - CampaignTimeline::LabelWidth + 1);
        for (int i = 0; i < 30; ++i)
            timeline->zoomIn();
        QCOMPARE(timeline->pixelsPerDay(), CampaignTimeline::MaximumPixelsPerDay);
        // Ctrl+wheel zooms out around the pointer.
        const double before = timeline->pixelsPerDay();
        QWheelEvent wheel(QPointF(400, 100), timeline->viewport()->mapToGlobal(QPointF(400, 100)), QPoint(),
            QPoint(0, -120), Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(timeline->viewport(), &wheel);
        QVERIFY(timeline->pixelsPerDay() < before);
    }

    void exportSuggestsTheNameAndDate()
    {
        CampaignView* view = planRotation(1);
        QVERIFY(view);
        const QString suggested = view->suggestedFileName(QStringLiteral("ics"), m_dir.path());
        QVERIFY2(suggested.startsWith(m_dir.path() + QStringLiteral("/Rotate-2027-")), qPrintable(suggested));
        QVERIFY(suggested.endsWith(QStringLiteral(".ics")));
    }

    void exportsWriteEveryFormat()
    {
        CampaignView* view = planRotation(1);
        QVERIFY(view);
        QString error;
        for (const char* format : {"ics", "csv", "html", "pdf"}) {
            const QString path = view->suggestedFileName(QLatin1String(format), m_dir.path());
            QVERIFY2(view->exportTo(path, &error), qPrintable(error));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray text = file.readAll();
            QVERIFY(!text.isEmpty());
            if (qstrcmp(format, "ics") == 0) {
                QVERIFY(text.startsWith("BEGIN:VCALENDAR"));
                QCOMPARE(text.count("BEGIN:VEVENT"), 3 * view->rows().size());
            } else if (qstrcmp(format, "csv") == 0) {
                // A header and one line per site.
                QCOMPARE(text.trimmed().count('\n') + 1, 1 + view->rows().size());
            } else if (qstrcmp(format, "pdf") == 0) {
                QVERIFY(text.startsWith("%PDF"));
            }
        }
    }

    void savedCampaignsAreListedAndReopenedWithTheirDifferences()
    {
        CampaignView* view = planRotation(1);
        QVERIFY(view);
        QString error;
        const auto id = view->save(&error);
        QVERIFY2(id, qPrintable(error));
        CampaignsPane* pane = m_window->campaignsPane();
        QVERIFY(pane);
        QVERIFY(pane->tableModel()->waitForIdle());
        int row = -1;
        for (int i = 0; i < pane->tableModel()->rowCount(); ++i)
            if (pane->campaignAt(i) == *id)
                row = i;
        QVERIFY(row >= 0);
        QCOMPARE(pane->tableModel()->index(row, 1).data().toString(), QStringLiteral("Rotate 2027"));
        QCOMPARE(pane->tableModel()->index(row, 2).data(QueryTableModel::RawRole).toInt(), 5);

        // As saved, nothing differs.
        CampaignView* same = m_window->openSavedCampaign(*id);
        QVERIFY(same);
        QVERIFY(same->waitForResult());
        QVERIFY(same->differences().isEmpty());
        QVERIFY(!same->table()->isColumnHidden(CampaignView::SavedColumn));
        QCOMPARE(same->table()->item(0, CampaignView::SavedColumn)->text(), QStringLiteral("unchanged"));
        same->close();

        // Saved with an earlier safe removal at the first site: the reopened view says so.
        const CampaignViewRow first = view->rows().constFirst();
        {
            Inventory inventory;
            QVERIFY(inventory.open(m_path, &error, false));
            QSqlQuery query
                = inventory.prepare(QStringLiteral("UPDATE campaign_sites SET safe_removal_at = safe_removal_at - "
                                                   "86400 WHERE campaign = ? AND position = 0"));
            query.addBindValue(*id);
            QVERIFY(query.exec());
        }
        // Double-clicking the campaign in the Plans pane reopens it, recomputed.
        m_window->showPane(MainWindow::PlansPane);
        QTRY_VERIFY(pane->isVisible());
        QVERIFY(pane->tableModel()->waitForIdle());
        QTest::qWait(50);
        const QRect cell = pane->visualRect(pane->model()->index(row, 1));
        QVERIFY(pane->viewport()->rect().contains(cell.center()));
        QTest::mouseClick(pane->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(pane->viewport(), Qt::LeftButton, {}, cell.center());
        CampaignView* reopened = nullptr;
        QTRY_VERIFY([&] {
            for (QWidget* widget : QApplication::topLevelWidgets())
                if (auto* candidate = qobject_cast<CampaignView*>(widget);
                    candidate && candidate != view && candidate->isVisible())
                    reopened = candidate;
            return reopened != nullptr;
        }());
        QVERIFY(reopened->waitForResult());
        QVERIFY(!reopened->differences().isEmpty());
        bool named = false;
        for (const CampaignDifference& d : reopened->differences())
            named = named || d.site == first.site;
        QVERIFY(named);
        QCOMPARE(reopened->rows().constFirst().safeRemoval, first.safeRemoval);
        QCOMPARE(reopened->rows().constFirst().savedSafeRemoval, *first.safeRemoval - UtcTime::Day);
        QVERIFY(reopened->table()->item(0, CampaignView::SavedColumn)->text().contains(QChar(0x2192)));
        QCOMPARE(reopened->table()->item(1, CampaignView::SavedColumn)->text(), QStringLiteral("unchanged"));

        QVERIFY(m_window->deleteCampaign(*id));
        QVERIFY(pane->tableModel()->waitForIdle());
        for (int i = 0; i < pane->tableModel()->rowCount(); ++i)
            QVERIFY(pane->campaignAt(i) != *id);
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestCampaignView)
#include "tst_campaignview.moc"
