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
    // "CEN-transition-2026-12-02.pdf" in the user's documents: the site and today's date.
    QString suggestedReportPath() const;
    // Writes the report and says where it went, with a link that opens the folder.
    bool exportReport(const QString& path, QString* error);

private:
    TransitionWizard* m_wizard;
    QTextBrowser* m_steps;
    QLabel* m_saved;
};

} // namespace wizard
