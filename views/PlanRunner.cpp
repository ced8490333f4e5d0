#include "PlanRunner.h"

#include "planning/TransitionPlanner.h"
#include "store/Inventory.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

PlanRunner::PlanRunner(QString inventoryPath, QObject* parent)
    : QObject(parent)
    , m_path(std::move(inventoryPath))
{
}

PlanRunner::~PlanRunner() = default;

void PlanRunner::compute(const TransitionRequest& request)
{
    const quint64 sequence = ++m_sequence;
    ++m_running;
    auto* watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher] {
        --m_running;
        const Result result = watcher->result();
        watcher->deleteLater();
        if (result.sequence != m_sequence)
            return; // a newer request is under way
        if (result.plan)
            emit planned(*result.plan);
        else
            emit failed(result.error);
    });
    const QString path = m_path;
    watcher->setFuture(QtConcurrent::run([path, request, sequence] {
        Result result;
        result.sequence = sequence;
        Inventory inventory; // a connection of this thread's own
        if (inventory.open(path, &result.error, false))
            result.plan = TransitionPlanner(inventory).plan(request, &result.error);
        return result;
    }));
}
