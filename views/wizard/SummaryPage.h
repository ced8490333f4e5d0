#pragma once

#include <QWizardPage>

class QLabel;
class QTextBrowser;
class TransitionWizard;

namespace wizard {

// Page 6: the dated steps, save and export.
class SummaryPage final : public QWizardPage
{
public:
    explicit SummaryPage(TransitionWizard* wizard);

    void show();

private:
    TransitionWizard* m_wizard;
    QTextBrowser* m_steps;
    QLabel* m_saved;
};

} // namespace wizard
