#include "Language.h"
#include "MainWindow.h"
#include "PasswordWhatIfDialog.h"
#include "TestInventory.h"
#include "TransitionWizard.h"
#include "demo/DemoInventory.h"
#include "item/QueryTableModel.h"
#include "planning/PasswordWhatIfPlanner.h"
#include "planning/TransitionPlanner.h"
#include "store/Inventory.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

// Drives the transition wizard and the what-if dialog on a demo inventory and checks what they
// show against the engine's answer for the same inputs.
class TestWizard : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    Inventory m_inventory;
    qint64 m_start = 0;

    static void tick(QListWidget* list, const QStringList& names)
    {
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setCheckState(names.contains(list->item(i)->text()) ? Qt::Checked : Qt::Unchecked);
    }

    TransitionPlan engine(TransitionRequest r)
    {
        QString error;
        r.listLimit = 200;
        return TransitionPlanner(m_inventory).plan(r, &error).value_or(TransitionPlan {});
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Language::install(qApp, QStringLiteral("en"));
        m_path = m_dir.filePath(QStringLiteral("demo.db"));
        QString error;
        QVERIFY(m_inventory.open(m_path, &error));
        QVERIFY(DemoInventory::create(m_inventory, 4000, 3, &error));
        m_start = *UtcTime::parse(DemoInventory::referenceTime());
    }

    void wizardEndToEndMatchesTheEngine()
    {
        TransitionWizard wizard(m_inventory, QStringLiteral("CEN"));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.findChild<QRadioButton*>(QStringLiteral("kindCap"))->setChecked(true);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(TransitionWizard::RetirePage));
        tick(wizard.findChild<QListWidget*>(QStringLiteral("retireList")), {"CAP-CEN-01", "DC-CEN-01"});
        wizard.findChild<QLineEdit*>(QStringLiteral("addEdit"))->setText(QStringLiteral("CAP-CEN-03"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(TransitionWizard::StartPage));
        wizard.findChild<QDateTimeEdit*>(QStringLiteral("startEdit"))
            ->setDateTime(QDateTime::fromSecsSinceEpoch(m_start, Qt::UTC));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(TransitionWizard::ResultPage));
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isComputing() && wizard.plan(), 20000);

        TransitionRequest r;
        r.site = QStringLiteral("CEN");
        r.kind = TransitionKind::Cap;
        r.retire = {QStringLiteral("CAP-CEN-01"), QStringLiteral("DC-CEN-01")};
        r.add = {QStringLiteral("CAP-CEN-03")};
        r.start = m_start;
        const TransitionPlan expected = engine(r);
        QVERIFY(expected.safeRemoval);
        auto* safe = wizard.findChild<QLabel*>(QStringLiteral("safeDateLabel"));
        QCOMPARE(safe->accessibleDescription(), UtcTime::format(*expected.safeRemoval));
        QVERIFY(safe->text().contains(
            QString::number(QDateTime::fromSecsSinceEpoch(*expected.safeRemoval, Qt::UTC).date().year())));
        const QString counts = wizard.findChild<QLabel*>(QStringLiteral("countsLabel"))->text();
        QVERIFY2(counts.contains(QLocale().toString(expected.counts.pending) + QStringLiteral(" pending")),
            qPrintable(counts));
        QVERIFY(counts.contains(QLocale().toString(expected.counts.stale) + QStringLiteral(" stale")));
        QVERIFY(!wizard.findChild<QLabel*>(QStringLiteral("timelineLabel"))->pixmap().isNull());

        // Another removal date shows at once how many are at risk, and who.
        const qint64 early = m_start + 2 * UtcTime::Day;
        wizard.findChild<QDateTimeEdit*>(QStringLiteral("removalEdit"))
            ->setDateTime(QDateTime::fromSecsSinceEpoch(early, Qt::UTC));
        r.proposedRemoval = early;
        const TransitionPlan risky = engine(r);
        QVERIFY(risky.counts.atRisk > 0);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isComputing() && wizard.plan()->request.proposedRemoval == early, 20000);
        QCOMPARE(wizard.findChild<QLabel*>(QStringLiteral("atRiskLabel"))->text(),
            QStringLiteral("%1 clients at risk").arg(QLocale().toString(risky.counts.atRisk)));
        QCOMPARE(wizard.findChild<QListWidget*>(QStringLiteral("atRiskList"))->count(), int(risky.atRisk.size()));

        wizard.next();
        auto* flags = wizard.findChild<QTreeWidget*>(QStringLiteral("flagsTree"));
        QCOMPARE(flags->topLevelItemCount(), 4);
        QVERIFY(flags->topLevelItem(0)->text(0).contains(QLocale().toString(risky.upgradeBlockCount)));
        QVERIFY(flags->topLevelItem(3)->text(0).contains(QLocale().toString(risky.noAutomaticRecoveryCount)));

        wizard.next();
        QCOMPARE(wizard.currentId(), int(TransitionWizard::SummaryPage));
        QString error;
        const auto id = wizard.savePlan(&error);
        QVERIFY2(id, qPrintable(error));
        QSqlQuery saved = m_inventory.prepare(QStringLiteral("SELECT safe_removal_at FROM plans WHERE id = ?"));
        saved.addBindValue(*id);
        QVERIFY(saved.exec() && saved.next());
        QCOMPARE(saved.value(0).toLongLong(), *expected.safeRemoval);
        const QString pdf = m_dir.filePath(QStringLiteral("wizard.pdf"));
        QVERIFY(wizard.exportReport(pdf, &error));
        QVERIFY(QFile(pdf).size() > 1000);
    }

    void refusesAPlanThatRemovesEverything()
    {
        TransitionWizard wizard(m_inventory, QStringLiteral("LAB"));
        wizard.show();
        wizard.findChild<QRadioButton*>(QStringLiteral("kindAccount"))->setChecked(true);
        wizard.next();
        auto* retire = wizard.findChild<QListWidget*>(QStringLiteral("retireList"));
        QCOMPARE(retire->count(), 1); // LAB has a single connection account
        tick(retire, {"SMSClient_LAB"});
        wizard.next();
        QCOMPARE(wizard.currentId(), int(TransitionWizard::RetirePage));
        auto* refusal = wizard.findChild<QLabel*>(QStringLiteral("refusalLabel"));
        QVERIFY(refusal->isVisible());
        QVERIFY(refusal->text().contains(u"Q260824"));
        wizard.findChild<QLineEdit*>(QStringLiteral("addEdit"))->setText(QStringLiteral("SMSClient_LAB2"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(TransitionWizard::StartPage));
    }

    void whatIfDialogShowsTheEnginesCounts()
    {
        PasswordWhatIfDialog dialog(m_inventory, QStringLiteral("CEN"), QStringLiteral("SMSClient_CEN"));
        dialog.setChangeTime(m_start);
        dialog.show();
        QVERIFY(dialog.waitForResult());
        PasswordWhatIfRequest r;
        r.site = QStringLiteral("CEN");
        r.account = QStringLiteral("SMSClient_CEN");
        r.at = m_start;
        QString error;
        const auto expected = PasswordWhatIfPlanner(m_inventory).evaluate(r, &error);
        QVERIFY(expected);
        QVERIFY(dialog.result());
        QCOMPARE(dialog.result()->orphaned, expected->orphaned);
        const QString counts = dialog.findChild<QLabel*>(QStringLiteral("whatIfCounts"))->text();
        QVERIFY2(
            counts.contains(QLocale().toString(expected->orphaned) + QStringLiteral(" orphaned")), qPrintable(counts));
        QVERIFY(counts.contains(QLocale().toString(expected->fallback) + QStringLiteral(" fallback")));
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("whatIfLockout"))->text().contains(u"threshold 5"));
        const QString html = m_dir.filePath(QStringLiteral("whatif.html"));
        QVERIFY(dialog.exportReport(html, &error));
        QFile file(html);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains(UtcTime::format(expected->removeOldAt).toUtf8()));
        // The safer alternative becomes a one-click plan.
        const TransitionRequest safer = dialog.saferAlternative();
        QCOMPARE(safer.kind, TransitionKind::Account);
        QCOMPARE(safer.retire, QStringList {"SMSClient_CEN"});
        QCOMPARE(safer.start, m_start);
    }

    void whatIfComputesInTheBackgroundLatestWins()
    {
        PasswordWhatIfDialog dialog(m_inventory, QStringLiteral("CEN"), QStringLiteral("SMSClient_CEN"));
        QSignalSpy evaluated(&dialog, &PasswordWhatIfDialog::evaluated);
        // The dialog is up before the planner has answered: the GUI thread did not compute it.
        QVERIFY(!dialog.result());
        QVERIFY(dialog.isEvaluating());
        QVERIFY(evaluated.wait(60000));
        QVERIFY(dialog.result());
        // A burst of changes is evaluated once, for the latest values.
        evaluated.clear();
        for (int hours = 1; hours <= 5; ++hours)
            dialog.setChangeTime(m_start + hours * UtcTime::Hour);
        QVERIFY(dialog.result()->request.at != m_start + 5 * UtcTime::Hour);
        QVERIFY(evaluated.wait(60000));
        QTest::qWait(300);
        QCOMPARE(evaluated.count(), 1);
        QCOMPARE(dialog.result()->request.at, m_start + 5 * UtcTime::Hour);
        QVERIFY(!dialog.isEvaluating());
    }

    void whatIfOffersTheAccountsLiveAtTheChangeTime()
    {
        TestInventory t;
        QVERIFY(t.importScenario());
        PasswordWhatIfDialog dialog(t.inventory(), QStringLiteral("S1"), {});
        auto* accounts = dialog.findChild<QComboBox*>(QStringLiteral("whatIfAccount"));
        auto names = [accounts] {
            QStringList result;
            for (int i = 0; i < accounts->count(); ++i)
                result << accounts->itemText(i);
            return result;
        };
        // ACC_B is added on 25 November; ACC_E is removed on 1 December at 06:00.
        dialog.setChangeTime(*UtcTime::parse(QStringLiteral("2026-11-20T00:00:00Z")));
        QCOMPARE(names(), (QStringList {"ACC_A", "ACC_D", "ACC_E"}));
        dialog.setChangeTime(*UtcTime::parse(QStringLiteral("2026-12-02T00:00:00Z")));
        QCOMPARE(names(), (QStringList {"ACC_A", "ACC_B", "ACC_D"}));
    }

    void periodsChangeForThePlanOnlyUnlessKept()
    {
        MainWindow window;
        QString error;
        QVERIFY(window.openInventory(m_path, &error));
        window.selectSite(QStringLiteral("CEN"));
        TransitionRequest r;
        r.site = QStringLiteral("CEN");
        r.kind = TransitionKind::Cap;
        r.retire = {QStringLiteral("CAP-CEN-01")};
        r.add = {QStringLiteral("CAP-CEN-03")};
        r.start = m_start;
        TransitionWizard* wizard = window.openWizard(r);
        wizard->next();
        wizard->next();
        QCOMPARE(wizard->currentId(), int(TransitionWizard::StartPage));
        auto* table = wizard->findChild<QTableWidget*>(QStringLiteral("profilesTable"));
        int overnight = -1, weekend = -1;
        for (int row = 0; row < table->rowCount(); ++row) {
            overnight = table->item(row, 0)->text() == u"overnight" ? row : overnight;
            weekend = table->item(row, 0)->text() == u"weekend" ? row : weekend;
        }
        QVERIFY(overnight >= 0 && weekend >= 0);
        QVERIFY(table->item(weekend, 3)->text().contains(u"2026-12-24 18:00..2026-12-28 07:00 (plant shutdown)"));
        table->item(overnight, 2)->setText(QStringLiteral("20"));
        table->item(weekend, 3)->setText(QStringLiteral("2026-12-31 18:00..2027-01-02 07:00 (new year)"));
        const TransitionRequest changed = wizard->request();
        QCOMPARE(changed.maxOfflineOverrides.value(QStringLiteral("overnight")), 20 * UtcTime::Hour);
        QCOMPARE(changed.blackoutOverrides.value(QStringLiteral("weekend")).size(), 1);
        auto hours = [this] {
            QSqlQuery q = m_inventory.prepare(
                QStringLiteral("SELECT max_offline_hours FROM profiles WHERE name = 'overnight'"));
            return q.exec() && q.next() ? q.value(0).toDouble() : -1.0;
        };
        auto labels = [this] {
            QSqlQuery q = m_inventory.prepare(
                QStringLiteral("SELECT group_concat(label) FROM blackouts WHERE profile = 'weekend'"));
            return q.exec() && q.next() ? q.value(0).toString() : QString();
        };
        QCOMPARE(hours(), 16.0); // the plan's change stays in the plan
        QVERIFY(wizard->keepPeriodsInInventory(&error));
        QCOMPARE(hours(), 20.0);
        QCOMPARE(labels(), QStringLiteral("new year"));
        window.undoStack()->undo(); // one step takes the whole change back
        QCOMPARE(hours(), 16.0);
        QCOMPARE(labels(), QStringLiteral("plant shutdown"));
        // A blackout that does not parse is left out of the plan, not guessed at.
        table->item(weekend, 3)->setText(QStringLiteral("after new year"));
        QVERIFY(!wizard->request().blackoutOverrides.contains(QStringLiteral("weekend")));
        wizard->close();
    }

    void savedPlansReopenAndDeleteWithUndo()
    {
        MainWindow window;
        QString error;
        QVERIFY(window.openInventory(m_path, &error));
        QVERIFY(window.waitForIdle());
        QueryTableModel* plans = window.paneModel(MainWindow::PlansPane);
        const int before = plans->rowCount();
        QVERIFY(before >= 1); // saved by the first test
        const qint64 id = plans->index(0, 0).data(QueryTableModel::RawRole).toLongLong();
        TransitionWizard* wizard = window.openSavedPlan(id);
        QVERIFY(wizard);
        QVERIFY(wizard->hasSaved());
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->isComputing() && wizard->plan(), 20000);
        QCOMPARE(wizard->plan()->safeRemoval, wizard->savedSafeRemoval());
        wizard->close();
        QVERIFY(window.deletePlan(id));
        QVERIFY(window.waitForIdle());
        QCOMPARE(plans->rowCount(), before - 1);
        window.undoStack()->undo();
        QVERIFY(window.waitForIdle());
        QCOMPARE(plans->rowCount(), before);
    }
};

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
