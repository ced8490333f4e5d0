#pragma once

#include "SiteImportWizard.h"

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace siteimport {

// Page 6: the import itself, in the background, with progress and Cancel; all or nothing.
class ImportPage final : public QWizardPage
{
public:
    explicit ImportPage(SiteImportWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;

    bool isFinished() const { return m_finished; }
    const SiteImportWizard::Outcome& outcome() const { return m_outcome; }
    QPushButton* cancelButton() const { return m_cancel; }
    QLabel* resultLabel() const { return m_result; }

private:
    SiteImportWizard* m_wizard;
    QLabel* m_result;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    SiteImportWizard::Outcome m_outcome;
    bool m_finished = false;
};

} // namespace siteimport
