#pragma once

#include "SiteImportWizard.h"

#include <QWizardPage>

class QLabel;
class QTableWidget;

namespace siteimport {

// Page 2: the first rows as read (the export's first 20 records, cells trimmed), or the first
// registry files found, so that a wrong file shows before anything is mapped.
class PreviewPage final : public QWizardPage
{
public:
    static constexpr int Rows = 20;
    // Only the beginning of the file is read here, on the GUI thread: enough for Rows records.
    static constexpr qint64 HeadBytes = 256 * 1024;

    explicit PreviewPage(SiteImportWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    // The export's header, for the mapping.
    QStringList header() const { return m_header; }
    QTableWidget* table() const { return m_table; }

private:
    void showExport(const QString& path);
    void showRegistry(const QStringList& paths);

    SiteImportWizard* m_wizard;
    QLabel* m_note;
    QTableWidget* m_table;
    QStringList m_header;
    bool m_ok = false;
};

} // namespace siteimport
