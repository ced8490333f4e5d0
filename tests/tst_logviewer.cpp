#include "item/LogEntryModel.h"
#include "panes/LogViewer.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TestLogViewer : public QObject
{
    Q_OBJECT
private:
    static QString data(const char* file)
    {
        return qEnvironmentVariable("TEST_DATA") + QStringLiteral("/logs/") + QLatin1String(file);
    }

    static void open(LogViewer& viewer, const QString& path)
    {
        QSignalSpy loaded(&viewer, &LogViewer::loaded);
        viewer.openFile(path);
        QVERIFY(loaded.wait(20000));
    }

private slots:
    void opensMergesFiltersAndColours()
    {
        LogViewer viewer;
        viewer.show();
        QAbstractItemModelTester tester(viewer.mergedModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        open(viewer, data("PC001/Ccim32.log"));
        open(viewer, data("PC001/Apm32.log"));
        QCOMPARE(viewer.tabs()->count(), 3); // merged, then one per file
        LogEntryModel* merged = viewer.mergedModel();
        QCOMPARE(merged->rowCount(), 6);
        // Interleaved by time: the APM entries of 1999 come before the CCIM32 ones of 2000.
        QCOMPARE(merged->index(0, LogEntryModel::Component).data().toString(), QStringLiteral("APM"));
        QCOMPARE(
            merged->index(5, LogEntryModel::Text).data().toString(), QStringLiteral("CCIM32 - Retry in 60 minutes"));
        QCOMPARE(merged->index(0, LogEntryModel::File).data().toString(), QStringLiteral("PC001/Apm32.log:1"));
        // Errors and warnings are coloured and named.
        QCOMPARE(merged->index(0, LogEntryModel::Severity).data().toString(), QStringLiteral("error"));
        QVERIFY(merged->index(0, LogEntryModel::Text).data(Qt::BackgroundRole).isValid());
        QVERIFY(!merged->index(5, LogEntryModel::Text).data(Qt::BackgroundRole).isValid());
        // Filters apply to every tab and clear easily.
        auto* severity = viewer.findChild<QComboBox*>(QStringLiteral("logSeverityFilter"));
        severity->setCurrentIndex(severity->findData(int(LogEntry::Severity::Warning)));
        QCOMPARE(merged->rowCount(), 3); // one error, two warnings
        auto* text = viewer.findChild<QLineEdit*>(QStringLiteral("logTextFilter"));
        text->setText(QStringLiteral("site TB1"));
        QCOMPARE(merged->rowCount(), 1);
        text->clear();
        severity->setCurrentIndex(0);
        auto* component = viewer.findChild<QComboBox*>(QStringLiteral("logComponentFilter"));
        component->setCurrentIndex(component->findData(QStringLiteral("APM")));
        QCOMPARE(merged->rowCount(), 2);
        component->setCurrentIndex(0);
        viewer.findChild<QLineEdit*>(QStringLiteral("logThreadFilter"))->setText(QStringLiteral("112"));
        QCOMPARE(merged->rowCount(), 4);
        viewer.findChild<QLineEdit*>(QStringLiteral("logThreadFilter"))->clear();
        QCOMPARE(merged->rowCount(), 6);
    }

    void jumpsCopiesAndLooksUpCodes()
    {
        LogViewer viewer;
        viewer.show();
        open(viewer, data("PC001/Ccim32.log"));
        viewer.tabs()->setCurrentIndex(0);
        auto* view = qobject_cast<QTableView*>(viewer.tabs()->currentWidget());
        viewer.jumpToProblem(true);
        QCOMPARE(view->currentIndex().row(), 0);
        viewer.jumpToProblem(true);
        QCOMPARE(view->currentIndex().row(), 1);
        // Past the last problem F8 wraps to the first, and says so.
        QSignalSpy notices(&viewer, &LogViewer::notice);
        viewer.jumpToProblem(true);
        QCOMPARE(view->currentIndex().row(), 0);
        QCOMPARE(notices.size(), 1);
        QVERIFY(notices.first().first().toString().contains(u"first"));
        viewer.jumpToProblem(false); // and Shift+F8 before the first, to the last
        QCOMPARE(view->currentIndex().row(), 1);
        QCOMPARE(notices.size(), 2);
        viewer.jumpToProblem(false);
        QCOMPARE(view->currentIndex().row(), 0);
        view->selectRow(3);
        viewer.copySelection();
        QVERIFY2(QApplication::clipboard()->text().contains(u"CCIM32 - Retry in 60 minutes"),
            qPrintable(QApplication::clipboard()->text()));
        QVERIFY(viewer.lookUpCode(QStringLiteral("2147942405")).contains(u"access denied"));
        QVERIFY(viewer.lookUpCode(QStringLiteral("0x80070775")).contains(u"locked out"));
        viewer.findChild<QLineEdit*>(QStringLiteral("codeLookup"))->setText(QStringLiteral("53"));
        QVERIFY(viewer.findChild<QLabel*>(QStringLiteral("codeResult"))->text().contains(u"0x80070035"));
    }

    void closesTabsShowsCodesAndDetails()
    {
        LogViewer viewer;
        viewer.show();
        auto* hint = viewer.findChild<QLabel*>(QStringLiteral("logsHint"));
        QVERIFY(hint && hint->isVisible()); // an empty pane says what to do
        open(viewer, data("PC001/Ccim32.log"));
        open(viewer, data("PC001/Apm32.log"));
        QVERIFY(!hint->isVisible());
        LogEntryModel* merged = viewer.mergedModel();
        const int both = merged->rowCount();
        // A code reads as the log prints it, in decimal, with the HRESULT beside it.
        int coded = -1;
        for (int row = 0; row < merged->rowCount() && coded < 0; ++row) {
            if (!merged->index(row, LogEntryModel::Code).data().toString().isEmpty())
                coded = row;
        }
        QVERIFY(coded >= 0);
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d+ \\(0x[0-9a-f]{8}\\)$"))
                     .match(merged->index(coded, LogEntryModel::Code).data().toString())
                     .hasMatch(),
            qPrintable(merged->index(coded, LogEntryModel::Code).data().toString()));
        // The whole line in the detail view and in the Text column's tooltip.
        viewer.tabs()->setCurrentIndex(0);
        const QString full = merged->index(coded, LogEntryModel::Text).data(Qt::ToolTipRole).toString();
        QVERIFY(!full.isEmpty());
        const QString detail = viewer.detailText(coded);
        QVERIFY2(detail.contains(full), qPrintable(detail));
        QVERIFY(detail.contains(merged->index(coded, LogEntryModel::Code).data().toString()));
        // The merged tab cannot be closed; a file's tab can, and its lines leave the merged view.
        QCOMPARE(viewer.tabs()->count(), 3);
        QVERIFY(viewer.tabs()->tabsClosable());
        QVERIFY(!viewer.tabs()->tabBar()->tabButton(0, QTabBar::RightSide));
        const int apm = viewer.tabs()->count() - 1;
        const int apmRows
            = static_cast<LogEntryModel*>(qobject_cast<QTableView*>(viewer.tabs()->widget(apm))->model())->rowCount();
        emit viewer.tabs()->tabCloseRequested(apm);
        QCOMPARE(viewer.tabs()->count(), 2);
        QCOMPARE(merged->rowCount(), both - apmRows);
        emit viewer.tabs()->tabCloseRequested(0);
        QCOMPARE(viewer.tabs()->count(), 2);
        emit viewer.tabs()->tabCloseRequested(1); // the last file: the hint is back
        QCOMPARE(merged->rowCount(), 0);
        QVERIFY(hint->isVisible());
    }

    void followsAGrowingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("Ccim32.log"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("CCIM32 - Retry in 60 minutes  $$<CCIM32><Tue Jan 04 15:19:28.663 2000><thread=112 (0x70)>\n");
        file.flush();
        LogViewer viewer;
        open(viewer, path);
        LogEntryModel* model = viewer.currentModel();
        QCOMPARE(model->rowCount(), 1);
        viewer.setFollowing(true);
        file.write("Warning - could not read files from site TB1 (#2147942405)  $$<CCIM32><Tue Jan 04 16:19:28.663 "
                   "2000><thread=112 (0x70)>\nhalf a line");
        file.flush();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 5000);
        QVERIFY(model->index(1, LogEntryModel::File).data().toString().endsWith(u"/Ccim32.log:2"));
        QCOMPARE(viewer.mergedModel()->rowCount(), 2);
    }
};

QTEST_MAIN(TestLogViewer)
#include "tst_logviewer.moc"
