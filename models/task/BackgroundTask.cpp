#include "BackgroundTask.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace {
// Its own pool, not the global one (a thread a core): superseded work that cannot stop midway (a
// scan in SQLite) and a long import must not keep newer work from starting.
QThreadPool* pool()
{
    static QThreadPool* threads = [] {
        auto* created = new QThreadPool;
        created->setMaxThreadCount(std::max(6, QThread::idealThreadCount() * 2));
        return created;
    }();
    return threads;
}
} // namespace

bool TaskControl::progress(qint64 done, qint64 total)
{
    const int permille = total > 0 ? int(std::clamp<qint64>(done * 1000 / total, 0, 1000)) : 0;
    if (permille != m_last) {
        if (m_last < 0)
            m_promise.setProgressRange(0, 1000);
        m_last = permille;
        m_promise.setProgressValue(permille);
    }
    return !m_promise.isCanceled();
}

BackgroundTask::BackgroundTask(QObject* parent)
    : QObject(parent)
{
}

BackgroundTask::~BackgroundTask()
{
    if (m_current)
        m_current->cancel();
}

void BackgroundTask::start(Work work)
{
    using Watcher = QFutureWatcher<Delivery>;
    if (m_current)
        m_current->cancel(); // it finishes on its own and delivers nothing
    auto* watcher = new Watcher(this);
    m_current = watcher;
    connect(watcher, &Watcher::progressValueChanged, this, [this, watcher](int value) {
        if (watcher == m_current)
            emit progressChanged(value);
    });
    connect(watcher, &Watcher::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (watcher != m_current)
            return;
        m_current = nullptr;
        const QFuture<Delivery> future = watcher->future();
        if (!future.isCanceled() && future.resultCount() > 0) {
            if (const Delivery deliver = future.result())
                deliver();
            setIdle(true);
            emit delivered();
        } else {
            setIdle(true);
            emit canceled();
        }
    });
    watcher->setFuture(QtConcurrent::run(pool(), [work = std::move(work)](QPromise<Delivery>& promise) {
        TaskControl control(promise);
        Delivery deliver = work(control);
        if (!promise.isCanceled())
            promise.addResult(std::move(deliver));
    }));
    setIdle(false);
}

void BackgroundTask::cancel()
{
    if (m_current)
        m_current->cancel();
}

void BackgroundTask::setIdle(bool idle)
{
    if (idle == m_idle)
        return;
    m_idle = idle;
    emit busyChanged(!idle);
}

bool BackgroundTask::waitForIdle(int timeoutMs)
{
    if (m_idle)
        return true;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(this, &BackgroundTask::busyChanged, &loop, [&loop](bool busy) {
        if (!busy)
            loop.quit();
    });
    timer.start(timeoutMs);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    return m_idle;
}
