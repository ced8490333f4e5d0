#pragma once

#include "planning/PasswordWhatIf.h"
#include "planning/TransitionPlan.h"

#include <QDialog>
#include <optional>

class BackgroundTask;
class Inventory;
class QProgressBar;
class QTimer;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QListWidget;
class QTableWidget;

// What if a connection account's password changed in place (Q227033, Q237759)? Who is orphaned,
// who falls back, whether the account locks and until when, how to recover, and the safer
// alternative, offered as a plan. Nothing is changed and no password is asked for.
class PasswordWhatIfDialog final : public QDialog
{
    Q_OBJECT
public:
    PasswordWhatIfDialog(
        Inventory& inventory, const QString& site, const QString& account = {}, QWidget* parent = nullptr);

    void setChangeTime(qint64 at);
    // The latest evaluation that arrived: the planner runs in the background, a moment after the
    // last change of a field, so this lags the fields until evaluated() is emitted.
    const std::optional<PasswordWhatIf>& result() const { return m_result; }
    bool isEvaluating() const;
    // Evaluates what is pending now and waits for it (tests, benchmarks); false on timeout.
    bool waitForResult(int timeoutMs = 60000);
    TransitionRequest saferAlternative() const;
    // The new account the safer alternative adds: the next name in the site's own pattern, clear of
    // every account of the inventory's sites (AccountNames::next).
    // The what-if's report, PDF or HTML after the extension.
    bool exportReport(const QString& path, QString* error) const;

signals:
    void planSaferAlternative(const TransitionRequest& request);
    void evaluated();

private:
    void fillAccounts();
    // Every recovery option in view: rows as tall as their notes, the table as tall as its rows.
    void fitRecovery();
    // Schedules an evaluation: field changes in quick succession evaluate once, the latest.
    void evaluate();
    void startEvaluation();
    void showResult(
        const PasswordWhatIfRequest& request, const std::optional<PasswordWhatIf>& result, const QString& error);

    Inventory& m_inventory;
    QComboBox* m_site;
    QComboBox* m_account;
    QDateTimeEdit* m_at;
    QLabel* m_counts;
    QLabel* m_lockout;
    QLabel* m_safer;
    QLabel* m_rotation;
    QLabel* m_guestWarning;
    QList<QListWidget*> m_lists;
    QTableWidget* m_recovery;
    QProgressBar* m_busy;
    QTimer* m_debounce;
    BackgroundTask* m_task;
    std::optional<PasswordWhatIf> m_result;
};
