#pragma once

#include "WizardFields.h"
#include "planning/RemovalDeadline.h"
#include "planning/TimingParameters.h"

#include <QHash>
#include <QWizardPage>
#include <optional>

class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTableWidget;
class TransitionWizard;

namespace wizard {

// Page 3: the start, the disconnection periods for this plan, the timing constants.
class StartPage final : public QWizardPage
{
public:
    explicit StartPage(TransitionWizard* wizard);

    void initializePage() override { fillProfiles(); }

    void fillProfiles();

    qint64 start() const { return secondsOf(m_start); }
    void setStart(qint64 t) { setSeconds(m_start, t); }
    TimingParameters timing() const;
    void setTiming(const TimingParameters& t);

    struct Period
    {
        qint64 startsAt = 0;
        qint64 endsAt = 0;
        QString label;
        bool operator==(const Period&) const = default;
    };
    // The blackouts the administrator changed for this plan; a profile with a period that ends
    // before it starts is left out (its inventory periods apply) and named in the page's message.
    QHash<QString, QList<Blackout>> blackouts() const;
    // The changed blackouts with their labels, for keeping them in the inventory.
    QHash<QString, QStringList> blackoutLabels() const;
    // The blackouts of `profile` as the page shows them now, changed or not.
    QList<Period> periodsOf(const QString& profile) const { return m_periods.value(profile); }

    // The inventory's text of a profile's blackouts: "2026-12-19 16:00..2027-01-04 07:00 (label); ...".
    static std::optional<std::pair<QList<Blackout>, QStringList>> parseBlackouts(const QString& text);

    // The periods the administrator changed for this plan.
    QHash<QString, qint64> maxOffline() const;
    // A saved plan's changed periods, shown as the administrator left them.
    void setOverrides(const QHash<QString, qint64>& maxOffline, const QHash<QString, QList<Blackout>>& blackouts);

private:
    static constexpr int NoProfileRole = Qt::UserRole + 1;
    // The row of the clients without a profile: shown, never an override.
    bool isNoProfile(int row) const;
    QHash<QString, QList<Period>> changedPeriods() const;
    // The profile's periods in the editor below the profiles; none for the no-profile row.
    void showPeriods(const QString& profile);
    void addPeriod();
    // The editor's rows back into m_periods, then the summary, the check and a new plan.
    void periodsEdited();
    void updateSummary(const QString& profile);
    // Names the periods that end before they start; true when there are none.
    bool checkPeriods();
    bool isValid(const QString& profile) const;

    TransitionWizard* m_wizard;
    QDateTimeEdit* m_start;
    QTableWidget* m_profiles;
    QLabel* m_error;
    QLabel* m_periodsTitle;
    QTableWidget* m_periodTable;
    QPushButton* m_addPeriod;
    QLabel* m_periodError;
    QList<QDoubleSpinBox*> m_spins;
    QString m_shown; // the profile in the blackouts editor
    QHash<QString, QList<Period>> m_inventoryPeriods;
    QHash<QString, QList<Period>> m_periods;
    QHash<QString, qint64> m_pendingOffline;
    QHash<QString, QList<Period>> m_pendingPeriods;
};

} // namespace wizard
