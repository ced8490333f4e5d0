#pragma once

#include "planning/TransitionPlan.h"

#include <QObject>

class BackgroundTask;

// Computes plans through a BackgroundTask, each on a connection of its own to the inventory, so a
// million-client site never freezes the window. Only the latest request's answer is delivered.
class PlanRunner final : public QObject
{
    Q_OBJECT
public:
    explicit PlanRunner(QString inventoryPath, QObject* parent = nullptr);
    ~PlanRunner() override;

    void compute(const TransitionRequest& request);
    void cancel();
    bool isBusy() const;
    BackgroundTask* task() const { return m_task; }

signals:
    void planned(const TransitionPlan& plan);
    void failed(const QString& error);

private:
    QString m_path;
    BackgroundTask* m_task;
};
