#pragma once

#include "SiteImportWizard.h"

#include <QHash>
#include <QWizardPage>

class BackgroundTask;
class QLabel;
class QTableWidget;

namespace siteimport {

// Page 4 (site database): every distinct operating system text of the export's clients, each with
// its family, preset from what was chosen last time and from the defaults (SiteExport). The
// export is read in the background.
class OsPage final : public QWizardPage
{
public:
    explicit OsPage(SiteImportWizard* wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // Chosen families, keyed by SiteExport::osKey.
    QHash<QString, OsFamily> families() const;
    QTableWidget* table() const { return m_table; }
    bool waitForIdle(int timeoutMs);

private:
    void showFound(const QList<SiteExport::OsCount>& found);

    SiteImportWizard* m_wizard;
    BackgroundTask* m_scan;
    QLabel* m_note;
    QTableWidget* m_table;
    bool m_scanned = false;
};

} // namespace siteimport
