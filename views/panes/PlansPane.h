#pragma once

#include "TablePane.h"

// The saved plans: double-click reopens one in the wizard; its context menu also exports its
// report or deletes it.
class PlansPane final : public TablePane
{
    Q_OBJECT
public:
    PlansPane(int index, const QString& title, QueryTableModel* model, QWidget* parent = nullptr);

    // The id of the plan in `row`.
    qint64 planAt(int row) const;

signals:
    void openRequested(qint64 plan);
    void reportRequested(qint64 plan);
    void deleteRequested(qint64 plan);
};
