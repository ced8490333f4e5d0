#pragma once

#include "planning/TransitionPlan.h"

#include <QObject>

// Computes plans off the GUI thread, each on a connection of its own to the inventory file, so a
// million-client site never freezes the window. Only the latest request's answer is delivered.
class PlanRunner final : public QObject
{
    Q_OBJECT
public:
    explicit PlanRunner(QString inventoryPath, QObject* parent = nullptr);
    ~PlanRunner() override;

    void compute(const TransitionRequest& request);
    bool isBusy() const { return m_running > 0; }

signals:
    void planned(const TransitionPlan& plan);
    void failed(const QString& error);

private:
    struct Result
    {
        quint64 sequence = 0;
        std::optional<TransitionPlan> plan;
        QString error;
    };
    QString m_path;
    quint64 m_sequence = 0;
    int m_running = 0;
};
