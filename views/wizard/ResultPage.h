#pragma once

#include "WizardFields.h"

#include <QWizardPage>
#include <optional>

class QLabel;
class QListWidget;
class TransitionWizard;

namespace wizard {

// Page 4: the safe removal date, the timeline, and who is at risk for another date.
class ResultPage final : public QWizardPage
{
public:
    explicit ResultPage(TransitionWizard* wizard);

    std::optional<qint64> removal() const;
    void setRemoval(std::optional<qint64> t);

    void show();

private:
    TransitionWizard* m_wizard;
    QLabel* m_safe;
    QLabel* m_counts;
    QLabel* m_timeline;
    QDateTimeEdit* m_removal;
    QLabel* m_atRiskCount;
    QListWidget* m_atRisk;
    bool m_removalChosen = false;
};

} // namespace wizard
