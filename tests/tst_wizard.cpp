#include "Language.h"
#include "MainWindow.h"
#include "PasswordWhatIfDialog.h"
#include "TestInventory.h"
#include "TransitionWizard.h"
#include "demo/DemoInventory.h"
#include "item/ClientTableModel.h"
#include "item/QueryTableModel.h"
#include "panes/ClientsPane.h"
#include "planning/PasswordWhatIfPlanner.h"
#include "planning/SiteFacts.h"
#include "planning/TransitionPlanner.h"
#include "store/Inventory.h"
#include "wizard/SummaryPage.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
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
            list->item(i)->setCheckState(
                names.contains(list->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
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
        // The headline no longer says "safe" in green: a red warning with the count (issue 20).
        QVERIFY2(
            safe->text().contains(u'\u26a0') && !safe->text().startsWith(u"Safe to remove"), qPrintable(safe->text()));
        QVERIFY(safe->text().contains(QLocale().toString(risky.counts.atRisk) + QStringLiteral(" client")));
        QVERIFY(safe->styleSheet().contains(u"#b71c1c"));
        QCOMPARE(safe->accessibleDescription(), UtcTime::format(*expected.safeRemoval));

        wizard.next();
        auto* flags = wizard.findChild<QTreeWidget*>(QStringLiteral("flagsTree"));
        QCOMPARE(flags->topLevelItemCount(), 4);
        QVERIFY(flags->topLevelItem(0)->text(0).contains(QLocale().toString(risky.upgradeBlockCount)));
        QVERIFY(flags->topLevelItem(3)->text(0).contains(QLocale().toString(risky.noAutomaticRecoveryCount)));

        wizard.next();
        QCOMPARE(wizard.currentId(), int(TransitionWizard::SummaryPage));
        // The summary's warning step is red, the others are not.
        const QTextDocument* doc = wizard.findChild<QTextBrowser*>(QStringLiteral("stepsText"))->document();
        std::optional<bool> warningRed, addRed;
        for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                const bool isRed = fragment.charFormat().foreground().color() == QColor(0xb7, 0x1c, 0x1c);
                if (fragment.text().contains(u"UNSAFE"))
                    warningRed = isRed;
                if (fragment.text().contains(u"Add CAP-CEN-03"))
                    addRed = isRed;
            }
        }
        QCOMPARE(warningRed, std::optional(true));
        QCOMPARE(addRed, std::optional(false));
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
        // Exported from the page: a name with the site and today's date, and word of where it went.
        auto* summary = static_cast<wizard::SummaryPage*>(wizard.page(TransitionWizard::SummaryPage));
        const QString today
            = QDateTime::fromSecsSinceEpoch(UtcTime::now(), QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd"));
        QCOMPARE(
            QFileInfo(summary->suggestedReportPath()).fileName(), QStringLiteral("CEN-transition-%1.pdf").arg(today));
        const QString exported = m_dir.filePath(QStringLiteral("CEN-transition-%1.pdf").arg(today));
        QVERIFY2(summary->exportReport(exported, &error), qPrintable(error));
        const QString said = wizard.findChild<QLabel*>(QStringLiteral("savedLabel"))->text();
        QVERIFY2(said.contains(QDir::toNativeSeparators(exported).toHtmlEscaped()), qPrintable(said));
        QVERIFY2(said.contains(QUrl::fromLocalFile(m_dir.path()).toString(QUrl::FullyEncoded)), qPrintable(said));
        QVERIFY(said.contains(u"Open folder"));
        QVERIFY(!summary->exportReport(m_dir.filePath(QStringLiteral("report.docx")), &error));
    }

    void retirePageShowsDatesAndOffersWhatCanBeAdded()
    {
        TransitionWizard wizard(m_inventory, QStringLiteral("CEN"));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.findChild<QRadioButton*>(QStringLiteral("kindCap"))->setChecked(true);
        wizard.findChild<QDateTimeEdit*>(QStringLiteral("startEdit"))
            ->setDateTime(QDateTime::fromSecsSinceEpoch(m_start, Qt::UTC));
        wizard.next();
        QString error;
        const std::optional<SiteFacts> facts = SiteFacts::load(m_inventory, QStringLiteral("CEN"), &error);
        QVERIFY2(facts, qPrintable(error));
        auto* retire = wizard.findChild<QListWidget*>(QStringLiteral("retireList"));
        auto* known = wizard.findChild<QComboBox*>(QStringLiteral("knownBox"));
        QStringList live, addable;
        for (const SiteItem& cap : facts->caps) {
            if (cap.isLiveAt(m_start))
                live << cap.name;
            if (!cap.removedAt || *cap.removedAt > m_start)
                addable << cap.name;
        }
        QCOMPARE(retire->count(), int(live.size()));
        for (int i = 0; i < retire->count(); ++i) {
            const SiteItem* cap = facts->item(TransitionKind::Cap, retire->item(i)->data(Qt::UserRole).toString());
            QVERIFY(cap);
            const QString text = retire->item(i)->text();
            QVERIFY2(text.contains(QStringLiteral("added ") + UtcTime::shortDisplay(cap->addedAt)), qPrintable(text));
            if (cap->licensing == Licensing::PerServer)
                QVERIFY2(text.contains(QStringLiteral("%1 licence").arg(cap->licenses)), qPrintable(text));
        }
        // Everything live at the start or later is offered to add, by its inventory name.
        QCOMPARE(known->count(), int(addable.size()));
        QVERIFY(known->isEnabled());
        tick(retire, {live.first()});
        wizard.back();
        wizard.next(); // filled again: a ticked item is not offered to add
        QCOMPARE(known->count(), int(addable.size()) - 1);
        QCOMPARE(wizard.request().retire, QStringList {live.first()});
        known->setCurrentIndex(0);
        wizard.findChild<QPushButton*>(QStringLiteral("addFromInventoryButton"))->click();
        QCOMPARE(wizard.request().add, QStringList {known->itemData(0).toString()});

        // Escape asks before it throws the entered work away.
        QVERIFY(wizard.hasEnteredWork());
        bool asked = false;
        QTimer::singleShot(0, &wizard, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            asked = box && box->objectName() == u"discardQuestion";
            if (box)
                box->button(QMessageBox::Cancel)->click();
        });
        QTest::keyClick(&wizard, Qt::Key_Escape);
        QVERIFY(asked);
        QVERIFY(wizard.isVisible());
        QTimer::singleShot(0, &wizard, [&] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Discard)->click();
        });
        QTest::keyClick(&wizard, Qt::Key_Escape);
        QVERIFY(!wizard.isVisible());
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
        // Q237759: the next account in the site's numbering; NOR already holds SMSClient_00002.
        QCOMPARE(safer.add, QStringList {"SMSClient_00003"});
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("whatIfSafer"))->text().contains(u"SMSClient_00003"));
        // Every recovery option in view, and the Guest account's warning with them.
        auto* recovery = dialog.findChild<QTableWidget*>(QStringLiteral("whatIfRecovery"));
        QCOMPARE(recovery->rowCount(), 4);
        QTRY_VERIFY(recovery->isVisible());
        const int last = recovery->rowCount() - 1;
        QVERIFY2(recovery->rowViewportPosition(last) + recovery->rowHeight(last) <= recovery->viewport()->height(),
            qPrintable(QStringLiteral("%1 + %2 > %3")
                           .arg(recovery->rowViewportPosition(last))
                           .arg(recovery->rowHeight(last))
                           .arg(recovery->viewport()->height())));
        QCOMPARE(recovery->rowViewportPosition(0), 0);
        auto* guest = dialog.findChild<QLabel*>(QStringLiteral("whatIfGuestWarning"));
        QVERIFY(guest->isVisible());
        QVERIFY(guest->text().contains(u"Security exposure"));
        QVERIFY(dialog.frameGeometry().height() <= 800 && dialog.frameGeometry().width() <= 1280);
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
        // Every client of the site is in the table, those without a profile in a row of their own.
        QSqlQuery count = m_inventory.prepare(QStringLiteral(
            "SELECT count(*), sum(CASE WHEN profile IS NULL THEN 1 ELSE 0 END) FROM clients WHERE site = 'CEN'"));
        QVERIFY(count.exec() && count.next());
        const qint64 siteClients = count.value(0).toLongLong(), withoutProfile = count.value(1).toLongLong();
        count.finish(); // an open read would keep this connection on an old snapshot
        QVERIFY(withoutProfile > 0);
        qint64 listed = 0;
        for (int row = 0; row < table->rowCount(); ++row)
            listed += QLocale().toLongLong(table->item(row, 1)->text());
        QCOMPARE(listed, siteClients);
        const int last = table->rowCount() - 1;
        QCOMPARE(table->item(last, 0)->text(), QStringLiteral("(no profile)"));
        QCOMPARE(QLocale().toLongLong(table->item(last, 1)->text()), withoutProfile);
        QVERIFY(!(table->item(last, 2)->flags() & Qt::ItemIsEditable));
        // The blackouts read as the panes write times, and are edited in a table of their own.
        const qint64 shutdownStart = *UtcTime::parse(QStringLiteral("2026-12-24T18:00:00Z"));
        const qint64 shutdownEnd = *UtcTime::parse(QStringLiteral("2026-12-28T07:00:00Z"));
        QVERIFY2(table->item(weekend, 3)
                     ->text()
                     .contains(UtcTime::shortDisplay(shutdownStart) + QStringLiteral(" \u2013 ")
                         + UtcTime::shortDisplay(shutdownEnd) + QStringLiteral(" (plant shutdown)")),
            qPrintable(table->item(weekend, 3)->text()));
        table->setCurrentCell(weekend, 0);
        auto* periods = wizard->findChild<QTableWidget*>(QStringLiteral("blackoutsTable"));
        QVERIFY(periods);
        int shutdown = -1;
        for (int row = 0; row < periods->rowCount(); ++row) {
            if (qobject_cast<QLineEdit*>(periods->cellWidget(row, 2))->text() == u"plant shutdown")
                shutdown = row;
        }
        QVERIFY(shutdown >= 0);
        auto* from = qobject_cast<QDateTimeEdit*>(periods->cellWidget(shutdown, 0));
        auto* to = qobject_cast<QDateTimeEdit*>(periods->cellWidget(shutdown, 1));
        QVERIFY(from && to && from->calendarPopup());
        QCOMPARE(from->dateTime().toSecsSinceEpoch(), shutdownStart);
        QCOMPARE(to->dateTime().toSecsSinceEpoch(), shutdownEnd);
        QCOMPARE(from->displayFormat(), UtcTime::shortEditPattern());
        QVERIFY(wizard->request().blackoutOverrides.isEmpty()); // shown, not yet changed
        // Only the shutdown is left, moved to new year and renamed.
        while (periods->rowCount() > 1) {
            const int other = shutdown == 0 ? 1 : 0;
            qobject_cast<QToolButton*>(periods->cellWidget(other, 3))->click();
            QTest::qWait(0);
            shutdown = shutdown > other ? shutdown - 1 : shutdown;
        }
        QTRY_COMPARE(periods->rowCount(), 1);
        from = qobject_cast<QDateTimeEdit*>(periods->cellWidget(0, 0));
        to = qobject_cast<QDateTimeEdit*>(periods->cellWidget(0, 1));
        const qint64 newYear = *UtcTime::parse(QStringLiteral("2026-12-31T18:00:00Z"));
        const qint64 newYearEnd = *UtcTime::parse(QStringLiteral("2027-01-02T07:00:00Z"));
        to->setDateTime(QDateTime::fromSecsSinceEpoch(newYearEnd, Qt::UTC));
        from->setDateTime(QDateTime::fromSecsSinceEpoch(newYear, Qt::UTC));
        qobject_cast<QLineEdit*>(periods->cellWidget(0, 2))->setText(QStringLiteral("new year"));
        table->item(overnight, 2)->setText(QStringLiteral("20"));
        const TransitionRequest changed = wizard->request();
        QCOMPARE(changed.maxOfflineOverrides.value(QStringLiteral("overnight")), 20 * UtcTime::Hour);
        QCOMPARE(changed.blackoutOverrides.value(QStringLiteral("weekend")).size(), 1);
        QCOMPARE(changed.blackoutOverrides.value(QStringLiteral("weekend")).first().startsAt, newYear);
        QCOMPARE(changed.blackoutOverrides.value(QStringLiteral("weekend")).first().endsAt, newYearEnd);
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
        // A blackout that ends before it starts is named, and left out of the plan, not guessed at.
        auto* periodError = wizard->findChild<QLabel*>(QStringLiteral("blackoutsError"));
        QVERIFY(periodError->isHidden());
        wizard->findChild<QPushButton*>(QStringLiteral("addBlackoutButton"))->click();
        QCOMPARE(periods->rowCount(), 2);
        qobject_cast<QDateTimeEdit*>(periods->cellWidget(1, 1))
            ->setDateTime(QDateTime::fromSecsSinceEpoch(m_start - UtcTime::Day, Qt::UTC));
        QVERIFY(!periodError->isHidden());
        QVERIFY2(
            periodError->text().contains(u"Blackout 2 of weekend") && periodError->text().contains(u"after its start"),
            qPrintable(periodError->text()));
        QVERIFY(!wizard->request().blackoutOverrides.contains(QStringLiteral("weekend")));
        qobject_cast<QDateTimeEdit*>(periods->cellWidget(1, 1))
            ->setDateTime(QDateTime::fromSecsSinceEpoch(newYearEnd + 2 * UtcTime::Day, Qt::UTC));
        QVERIFY(periodError->isHidden());
        QCOMPARE(wizard->request().blackoutOverrides.value(QStringLiteral("weekend")).size(), 2);
        wizard->close();
    }

    void reopenedPlansKeepTheirOverrides()
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
        const TransitionPlan plain = engine(r);
        r.maxOfflineOverrides.insert(QStringLiteral("overnight"), 600 * UtcTime::Hour);
        r.blackoutOverrides.insert(
            QStringLiteral("weekend"), {Blackout {m_start + 3 * UtcTime::Day, m_start + 5 * UtcTime::Day + 30}});
        const TransitionPlan changed = engine(r);
        QVERIFY(plain.safeRemoval && changed.safeRemoval);
        QVERIFY(*changed.safeRemoval > *plain.safeRemoval); // the overrides matter to this plan

        TransitionWizard* wizard = window.openWizard(r);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->isComputing() && wizard->plan(), 20000);
        QCOMPARE(wizard->plan()->safeRemoval, changed.safeRemoval);
        const auto id = wizard->savePlan(&error);
        QVERIFY2(id, qPrintable(error));
        wizard->close();

        TransitionWizard* reopened = window.openSavedPlan(*id);
        QVERIFY(reopened);
        QCOMPARE(reopened->request().maxOfflineOverrides, r.maxOfflineOverrides);
        QCOMPARE(reopened->request().blackoutOverrides.value(QStringLiteral("weekend")).size(), 1);
        QCOMPARE(reopened->request().blackoutOverrides.value(QStringLiteral("weekend")).first().endsAt,
            m_start + 5 * UtcTime::Day + 30);
        QTRY_VERIFY_WITH_TIMEOUT(!reopened->isComputing() && reopened->plan(), 20000);
        QCOMPARE(reopened->plan()->safeRemoval, changed.safeRemoval);
        QCOMPARE(reopened->savedSafeRemoval(), changed.safeRemoval);
        // Walking to the summary keeps them: the start page shows the saved values.
        for (int i = 0; i < 5; ++i)
            reopened->next();
        QCOMPARE(reopened->currentId(), int(TransitionWizard::SummaryPage));
        QTRY_VERIFY_WITH_TIMEOUT(!reopened->isComputing() && reopened->plan(), 20000);
        QCOMPARE(reopened->plan()->safeRemoval, changed.safeRemoval);
        const QString summary = reopened->findChild<QTextBrowser*>(QStringLiteral("stepsText"))->toPlainText();
        QVERIFY2(summary.contains(u"Unchanged since the plan was saved"), qPrintable(summary));
        QVERIFY(!summary.contains(u"inventory changed"));
        reopened->close();
    }

    void clientsPaneShowsExposedAndCoveredForTheWizardsPlan()
    {
        MainWindow window;
        QString error;
        QVERIFY(window.openInventory(m_path, &error));
        window.selectSite(QStringLiteral("CEN"));
        ClientTableModel* clients = window.clientsPane()->model();
        QTableView* view = window.clientsPane()->view();
        QVERIFY(view->isColumnHidden(ClientTableModel::PlanClass));
        TransitionRequest r;
        r.site = QStringLiteral("CEN");
        r.kind = TransitionKind::Cap;
        r.retire = {QStringLiteral("CAP-CEN-01")}; // CAP-CEN-02 stays: some pending clients are covered
        r.add = {QStringLiteral("CAP-CEN-03")};
        r.start = m_start;
        const TransitionPlan expected = engine(r);
        QVERIFY(expected.counts.exposed > 0 && expected.counts.covered > 0);
        TransitionWizard* wizard = window.openWizard(r);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->isComputing() && wizard->plan(), 20000);
        QVERIFY(clients->plan());
        QVERIFY(clients->waitForIdle());
        QVERIFY(!view->isColumnHidden(ClientTableModel::PlanClass));
        QHash<QString, qint64> seen;
        for (int row = 0; row < clients->rowCount(); ++row) {
            const QModelIndex index = clients->index(row, ClientTableModel::PlanClass);
            const QString raw = index.data(ClientTableModel::RawRole).toString();
            ++seen[raw];
            if (raw == u"exposed") {
                QCOMPARE(index.data().toString(), QStringLiteral("exposed"));
                QVERIFY(!index.data(Qt::ToolTipRole).toString().isEmpty());
            }
            if (!raw.isEmpty())
                QCOMPARE(clients->index(row, ClientTableModel::Site).data().toString(), QStringLiteral("CEN"));
        }
        QCOMPARE(seen.value(QStringLiteral("exposed")), expected.counts.exposed);
        QCOMPARE(seen.value(QStringLiteral("covered")), expected.counts.covered);
        QCOMPARE(seen.value(QStringLiteral("confirmed")), expected.counts.confirmed);
        QCOMPARE(seen.value(QStringLiteral("stale")), expected.counts.stale);
        wizard->close(); // deleted on close: the column goes with it
        QTRY_VERIFY_WITH_TIMEOUT(view->isColumnHidden(ClientTableModel::PlanClass), 5000);
        QVERIFY(!clients->plan());
        QVERIFY(!clients->index(0, ClientTableModel::PlanClass).data().isValid());
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
