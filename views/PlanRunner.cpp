#include "PlanRunner.h"

#include "planning/TransitionPlanner.h"
#include "store/Inventory.h"
#include "task/BackgroundTask.h"

PlanRunner::PlanRunner(QString inventoryPath, QObject* parent)
    : QObject(parent)
    , m_path(std::move(inventoryPath))
    , m_task(new BackgroundTask(this))
{
}

PlanRunner::~PlanRunner() = default;

void PlanRunner::compute(const TransitionRequest& request)
{
    m_task->start([this, path = m_path, request](TaskControl& control) -> BackgroundTask::Delivery {
        QString error;
        std::optional<TransitionPlan> plan;
        Inventory inventory; // a connection of this thread's own
        if (inventory.open(path, &error, false) && !control.isCanceled())
            plan = TransitionPlanner(inventory).plan(request, &error);
        if (plan)
            return [this, plan = std::move(*plan)] { emit planned(plan); };
        return [this, error] { emit failed(error); };
    });
}

void PlanRunner::cancel()
{
    m_task->cancel();
}

bool PlanRunner::isBusy() const
{
    return m_task->isBusy();
}
