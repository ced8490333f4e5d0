#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <functional>

// What a piece of background work sees of its task, on the worker thread: whether it should stop
// (cancelled by the user, or superseded by newer work) and a way to say how far it has come.
class TaskControl final
{
public:
    explicit TaskControl(QPromise<std::function<void()>>& promise)
        : m_promise(promise)
    {
    }
    bool isCanceled() const { return m_promise.isCanceled(); }
    // Tells the GUI how far the work is; returns false once it should stop.
    bool progress(qint64 done, qint64 total);

private:
    QPromise<std::function<void()>>& m_promise;
    int m_last = -1;
};

// The one way the console runs long work (plans, the what-if, scoping and sorting the panes,
// imports, reports) without making the GUI thread wait: the work runs on a pool thread with a
// connection of its own; what it returns runs back on the GUI thread, only when no newer work was
// started and nothing cancelled it meanwhile, so a stale result is never shown.
class BackgroundTask final : public QObject
{
    Q_OBJECT
public:
    using Delivery = std::function<void()>;
    using Work = std::function<Delivery(TaskControl& control)>;

    explicit BackgroundTask(QObject* parent = nullptr);
    // Cancels the running work; it stops at its next check and delivers nothing.
    ~BackgroundTask() override;

    // Starts `work`, superseding (cancelling) any that is still running.
    void start(Work work);
    void cancel();
    bool isBusy() const { return !m_idle; }
    // Spins the event loop until the latest work is delivered or dropped; false on timeout (tests,
    // benchmarks, the command line).
    bool waitForIdle(int timeoutMs = 60000);

signals:
    void busyChanged(bool busy);
    // In thousandths of the whole, as the work reports it.
    void progressChanged(int permille);
    void delivered();
    void canceled();

private:
    void setIdle(bool idle);

    QFutureWatcherBase* m_current = nullptr;
    bool m_idle = true;
};
