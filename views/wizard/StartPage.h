#pragma once

#include "WizardFields.h"
#include "planning/RemovalDeadline.h"
#include "planning/TimingParameters.h"

#include <QHash>
#include <QWizardPage>
#include <optional>

class QDoubleSpinBox;
class QLabel;
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
    // The blackouts the administrator changed for this plan; a cell that does not parse is marked
    // and left out.
    QHash<QString, QList<Blackout>> blackouts() const;
    // The changed blackouts with their labels, for keeping them in the inventory.
    QHash<QString, QStringList> blackoutLabels() const;

    static std::optional<std::pair<QList<Blackout>, QStringList>> parseBlackouts(const QString& text);

    // The periods the administrator changed for this plan.
    QHash<QString, qint64> maxOffline() const;
    // A saved plan's changed periods, shown as the administrator left them.
    void setOverrides(const QHash<QString, qint64>& maxOffline, const QHash<QString, QList<Blackout>>& blackouts);
    static QString blackoutText(const QList<Blackout>& periods);

private:
    static constexpr int NoProfileRole = Qt::UserRole + 1;
    // The row of the clients without a profile: shown, never an override.
    bool isNoProfile(int row) const;

    TransitionWizard* m_wizard;
    QDateTimeEdit* m_start;
    QTableWidget* m_profiles;
    QLabel* m_error;
    QList<QDoubleSpinBox*> m_spins;
    QHash<QString, QString> m_blackoutText;
    QHash<QString, qint64> m_pendingOffline;
    QHash<QString, QString> m_pendingBlackoutText;
};

} // namespace wizard
