#pragma once

#include "planning/TransitionPlan.h"

#include <QWizard>
#include <optional>

class Inventory;
class InventoryEditor;
class QUndoStack;
class PlanRunner;
class QTimer;
class QKeyEvent;

// Plans a CAP or account replacement step by step (Q260824): site and kind, what to retire and
// add, the start and the disconnection periods, then the safe removal date on a timeline, the
// flags, and a dated summary that can be saved and exported. Every change recomputes, off the GUI
// thread.
class TransitionWizard final : public QWizard
{
    Q_OBJECT
public:
    enum PageId { SitePage, RetirePage, StartPage, ResultPage, FlagsPage, SummaryPage };

    TransitionWizard(Inventory& inventory, const QString& site, QWidget* parent = nullptr);
    ~TransitionWizard() override;

    // Fills every page from a request (the safer alternative of a what-if, or a saved plan).
    void setRequest(const TransitionRequest& request);
    TransitionRequest request() const;
    const std::optional<TransitionPlan>& plan() const { return m_plan; }
    Inventory& inventory() const { return m_inventory; }

    // The latest answer is in plan() once this is false.
    bool isComputing() const;
    void scheduleRecompute();
    // Shown on the summary page, when reopening a saved plan.
    void setSavedSafeRemoval(std::optional<qint64> saved)
    {
        m_savedSafeRemoval = saved;
        m_hasSaved = true;
    }
    std::optional<qint64> savedSafeRemoval() const { return m_savedSafeRemoval; }
    bool hasSaved() const { return m_hasSaved; }

    std::optional<qint64> savePlan(QString* error);
    // With an editor and an undo stack, the start page can keep its changed periods in the
    // inventory, as one undoable step.
    void setEditing(InventoryEditor* editor, QUndoStack* undo);
    bool keepPeriodsInInventory(QString* error);
    bool exportReport(const QString& path, QString* error);

    // Whether the administrator has entered anything that closing would throw away.
    bool hasEnteredWork() const;

signals:
    void planChanged();
    void planSaved(qint64 id);

protected:
    // Escape asks before it discards entered work (issue 20).
    void keyPressEvent(QKeyEvent* event) override;

private:
    Inventory& m_inventory;
    PlanRunner* m_runner;
    QTimer* m_debounce;
    std::optional<TransitionPlan> m_plan;
    QString m_error;
    std::optional<qint64> m_savedSafeRemoval;
    InventoryEditor* m_editor = nullptr;
    QUndoStack* m_undo = nullptr;
    bool m_hasSaved = false;
};
