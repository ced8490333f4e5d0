#pragma once

#include "SiteImportWizard.h"

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QProgressBar;

namespace siteimport {

// Page 5: the whole import done and rolled back, saying what it would change: new, updated,
// refresh moved, unchanged, skipped, refused, with the first refused lines. Only a dry run with
// nothing refused leads on to the import.
class DryRunPage final : public QWizardPage
{
public:
    explicit DryRunPage(SiteImportWizard* wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    bool isFinished() const { return m_finished; }
    const SiteImportWizard::Outcome& outcome() const { return m_outcome; }
    QLabel* countsLabel() const { return m_counts; }

private:
    SiteImportWizard* m_wizard;
    QLabel* m_counts;
    QProgressBar* m_progress;
    QPlainTextEdit* m_refused;
    SiteImportWizard::Outcome m_outcome;
    bool m_finished = false;
};

} // namespace siteimport
