// The background-task helper: results arrive on the GUI thread, superseded or cancelled work
// delivers nothing, progress is reported, and a task destroyed mid-work does not crash.
#include "task/BackgroundTask.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <atomic>

class TestBackgroundTask : public QObject
{
    Q_OBJECT

private slots:
    void deliversOnTheOwnersThread()
    {
        BackgroundTask task;
        QThread* workerThread = nullptr;
        QThread* deliveryThread = nullptr;
        int answer = 0;
        task.start([&](TaskControl&) -> BackgroundTask::Delivery {
            workerThread = QThread::currentThread();
            const int computed = 6 * 7;
            return [&, computed] {
                deliveryThread = QThread::currentThread();
                answer = computed;
            };
        });
        QVERIFY(task.isBusy());
        QVERIFY(task.waitForIdle());
        QCOMPARE(answer, 42);
        QVERIFY(workerThread != QThread::currentThread());
        QCOMPARE(deliveryThread, QThread::currentThread());
        QVERIFY(!task.isBusy());
    }

    void supersededWorkDeliversNothing()
    {
        BackgroundTask task;
        QSemaphore release;
        QStringList delivered;
        task.start([&](TaskControl&) -> BackgroundTask::Delivery {
            release.acquire();
            return [&] { delivered << QStringLiteral("old"); };
        });
        task.start(
            [&](TaskControl&) -> BackgroundTask::Delivery { return [&] { delivered << QStringLiteral("new"); }; });
        QVERIFY(task.waitForIdle());
        release.release();
        QTest::qWait(100); // the old work finishes now; its answer must be dropped
        QCOMPARE(delivered, QStringList {QStringLiteral("new")});
    }

    void cancelStopsTheWork()
    {
        BackgroundTask task;
        QSignalSpy canceled(&task, &BackgroundTask::canceled);
        QSignalSpy delivered(&task, &BackgroundTask::delivered);
        std::atomic<bool> sawCancel = false;
        std::atomic<bool> running = false;
        task.start([&](TaskControl& control) -> BackgroundTask::Delivery {
            running = true;
            while (control.progress(1, 2))
                QThread::msleep(1);
            sawCancel = true;
            return [] { QFAIL("a cancelled task delivered"); };
        });
        QTRY_VERIFY(running);
        task.cancel();
        QVERIFY(task.waitForIdle());
        QVERIFY(sawCancel);
        QCOMPARE(canceled.count(), 1);
        QCOMPARE(delivered.count(), 0);
    }

    void reportsProgress()
    {
        BackgroundTask task;
        QList<int> seen;
        connect(&task, &BackgroundTask::progressChanged, this, [&](int permille) { seen << permille; });
        QSemaphore step;
        task.start([&](TaskControl& control) -> BackgroundTask::Delivery {
            for (int i = 0; i <= 4; ++i) {
                control.progress(i, 4);
                step.acquire(); // one report at a time, so the GUI side sees each
            }
            return {};
        });
        for (int i = 0; i <= 4; ++i) {
            QTest::qWait(20);
            step.release();
        }
        QVERIFY(task.waitForIdle());
        QVERIFY(!seen.isEmpty());
        QCOMPARE(seen.last(), 1000);
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
    }

    void destroyedWhileWorking()
    {
        std::atomic<bool> running = false;
        std::atomic<bool> stopped = false;
        bool delivered = false;
        {
            BackgroundTask task;
            task.start([&](TaskControl& control) -> BackgroundTask::Delivery {
                running = true;
                while (!control.isCanceled())
                    QThread::msleep(1);
                stopped = true;
                return [&] { delivered = true; };
            });
            // Work cancelled before a pool thread picks it up never runs at all: wait until it does.
            QTRY_VERIFY(running);
        }
        QTRY_VERIFY(stopped);
        QTest::qWait(50);
        QVERIFY(!delivered);
    }
};

QTEST_GUILESS_MAIN(TestBackgroundTask)
#include "tst_backgroundtask.moc"
