#pragma once

#include "evidence/SiteExport.h"

#include <QStringList>
#include <QWizard>
#include <atomic>
#include <functional>
#include <memory>

class BackgroundTask;
class Inventory;

namespace siteimport {
class SourcePage;
class PreviewPage;
class MappingPage;
class OsPage;
class DryRunPage;
class ImportPage;
} // namespace siteimport

// File > Import from Site: the clients' registry exports (.reg files or folders of them) or a site
// database export (DOMAIN.md "Evidence from the site"). Choose the source, look at its first rows,
// map the export's columns and OS texts, see what a dry run would change, and only then import,
// with progress and Cancel. Every read of a whole file, the dry run and the import run in the
// background on connections of their own; the import is one transaction, all or nothing.
class SiteImportWizard final : public QWizard
{
    Q_OBJECT
public:
    enum PageId { SourcePageId, PreviewPageId, MappingPageId, OsPageId, DryRunPageId, ImportPageId };
    enum class Source { SiteDatabase, Registry };

    // What a dry run or an import did, or why it could not.
    struct Outcome
    {
        bool ok = false; // the work ran to its end (refused rows included)
        bool committed = false;
        int refused = 0;
        QString counts; // "3 new, 1 updated, ..."
        QStringList firstRefused;
        QStringList notes; // what the import reports without refusing (servers it does not hold)
        QString error;
    };

    // `inventory` is the console's; its location is opened again by the background work.
    explicit SiteImportWizard(Inventory& inventory, QWidget* parent = nullptr);
    ~SiteImportWizard() override;

    Source source() const;
    QString exportPath() const;
    QStringList registryPaths() const;
    // The column mapping, the OS families and the zone chosen on the pages.
    SiteExport::Options options() const;
    // The profile of new clients; empty for none.
    QString profile() const;
    Inventory& inventory() const { return m_inventory; }

    // Runs the dry run or the import in the background; `done` is told on the GUI thread, not at
    // all when the wizard was closed meanwhile.
    void startRun(bool dryRun, std::function<void(const Outcome&)> done);
    // Asks the running dry run or import to stop; it rolls back.
    void cancelRun();
    BackgroundTask* task() const { return m_task; }
    // Spins the event loop until the background work is done (tests); false on timeout.
    bool waitForIdle(int timeoutMs = 60000);

    siteimport::SourcePage* sourcePage() const { return m_source; }
    siteimport::PreviewPage* previewPage() const { return m_preview; }
    siteimport::MappingPage* mappingPage() const { return m_mapping; }
    siteimport::OsPage* osPage() const { return m_os; }
    siteimport::DryRunPage* dryRunPage() const { return m_dryRun; }
    siteimport::ImportPage* importPage() const { return m_import; }

    int nextId() const override;

signals:
    // A committed import: the console reloads its panes.
    void imported();

public slots:
    void reject() override;

private:
    Inventory& m_inventory;
    BackgroundTask* m_task;
    std::shared_ptr<std::atomic_bool> m_stop;
    siteimport::SourcePage* m_source;
    siteimport::PreviewPage* m_preview;
    siteimport::MappingPage* m_mapping;
    siteimport::OsPage* m_os;
    siteimport::DryRunPage* m_dryRun;
    siteimport::ImportPage* m_import;
};
