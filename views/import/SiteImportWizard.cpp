#include "SiteImportWizard.h"

#include "DryRunPage.h"
#include "ImportPage.h"
#include "MappingPage.h"
#include "OsPage.h"
#include "PreviewPage.h"
#include "SourcePage.h"
#include "evidence/RegistryEvidence.h"
#include "evidence/SiteImporter.h"
#include "store/Inventory.h"
#include "task/BackgroundTask.h"

namespace {
SiteImportWizard::Outcome importRegistry(
    const QString& location, const QStringList& paths, bool dryRun, const std::function<bool(int, int)>& progress)
{
    SiteImportWizard::Outcome outcome;
    Inventory inventory; // a connection of this thread's own; the import is its transaction
    if (!inventory.openExisting(location, &outcome.error))
        return outcome;
    const auto summary = importRegistryEvidence(inventory, paths, dryRun, progress, &outcome.error);
    if (!summary)
        return outcome;
    outcome.ok = true;
    outcome.committed = !dryRun;
    const auto count = [](const char* text, int n) { return SiteImportWizard::tr(text, nullptr, n); };
    QStringList counts {count(QT_TRANSLATE_N_NOOP("SiteImportWizard", "%Ln file(s) read"), summary->files),
        count(QT_TRANSLATE_N_NOOP("SiteImportWizard", "%Ln client(s) with evidence"), summary->clients),
        count(QT_TRANSLATE_N_NOOP("SiteImportWizard", "%Ln CAP(s) held"), summary->caps),
        count(QT_TRANSLATE_N_NOOP("SiteImportWizard", "%Ln last refresh(es) moved forward"), summary->refreshesMoved),
        count(QT_TRANSLATE_N_NOOP("SiteImportWizard", "%Ln client(s) that never remove themselves"),
            summary->withoutLastChecked),
        count(QT_TRANSLATE_N_NOOP("SiteImportWizard", "%Ln listed server(s) the inventory does not hold"),
            summary->unknownServers),
        count(QT_TRANSLATE_N_NOOP("SiteImportWizard", "%Ln file(s) of unknown clients (skipped)"),
            summary->unknownClients)};
    if (summary->superseded > 0)
        counts << count(
            QT_TRANSLATE_N_NOOP("SiteImportWizard", "%Ln file(s) superseded by a newer export of the same client"),
            summary->superseded);
    outcome.counts = counts.join(QStringLiteral(", "));
    outcome.notes = (summary->unknownServerNames + summary->unknownClientNames + summary->supersededNames).mid(0, 20);
    return outcome;
}

SiteImportWizard::Outcome importExport(const QString& location, const QString& path, const SiteExport::Options& options,
    const QString& profile, bool dryRun, const SiteImporter::Progress& progress)
{
    SiteImportWizard::Outcome outcome;
    Inventory inventory; // a connection of this thread's own; the import is its transaction
    if (!inventory.openExisting(location, &outcome.error))
        return outcome;
    SiteImporter importer(inventory);
    importer.setProfile(profile);
    importer.setProgress(progress);
    const auto summary = importer.importFile(path, options, dryRun, &outcome.error);
    if (!summary)
        return outcome;
    outcome.ok = true;
    outcome.committed = summary->committed;
    outcome.refused = summary->refused;
    outcome.counts = SiteImporter::countsText(*summary);
    outcome.firstRefused = summary->firstRefused;
    return outcome;
}
} // namespace

SiteImportWizard::SiteImportWizard(Inventory& inventory, QWidget* parent)
    : QWizard(parent)
    , m_inventory(inventory)
    , m_task(new BackgroundTask(this))
    , m_source(new siteimport::SourcePage(this))
    , m_preview(new siteimport::PreviewPage(this))
    , m_mapping(new siteimport::MappingPage(this))
    , m_os(new siteimport::OsPage(this))
    , m_dryRun(new siteimport::DryRunPage(this))
    , m_import(new siteimport::ImportPage(this))
{
    setObjectName(QStringLiteral("siteImportWizard"));
    setWindowTitle(tr("Import from Site"));
    m_task->setObjectName(QStringLiteral("siteImportTask"));
    setPage(SourcePageId, m_source);
    setPage(PreviewPageId, m_preview);
    setPage(MappingPageId, m_mapping);
    setPage(OsPageId, m_os);
    setPage(DryRunPageId, m_dryRun);
    setPage(ImportPageId, m_import);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    resize(760, 560);
}

SiteImportWizard::~SiteImportWizard()
{
    if (m_stop)
        *m_stop = true;
}

SiteImportWizard::Source SiteImportWizard::source() const
{
    return m_source->source();
}

QString SiteImportWizard::exportPath() const
{
    return m_source->exportPath();
}

QStringList SiteImportWizard::registryPaths() const
{
    return m_source->registryPaths();
}

SiteExport::Options SiteImportWizard::options() const
{
    SiteExport::Options options = m_mapping->options();
    options.os = m_os->families();
    return options;
}

QString SiteImportWizard::profile() const
{
    return m_mapping->profile();
}

int SiteImportWizard::nextId() const
{
    // The registry exports need no mapping: their keys and values are named by the client.
    if (currentId() == PreviewPageId && source() == Source::Registry)
        return DryRunPageId;
    return QWizard::nextId();
}

void SiteImportWizard::startRun(bool dryRun, std::function<void(const Outcome&)> done)
{
    if (m_stop)
        *m_stop = true;
    auto stop = std::make_shared<std::atomic_bool>(false);
    m_stop = stop;
    const bool registry = source() == Source::Registry;
    m_task->start([location = m_inventory.path(), path = exportPath(), paths = registryPaths(), options = options(),
                      profile = profile(), dryRun, registry, stop,
                      done = std::move(done)](TaskControl& control) -> BackgroundTask::Delivery {
        const SiteImporter::Progress progress
            = [&control, &stop](qint64 read, qint64 total) { return control.progress(read, total) && !*stop; };
        const Outcome outcome = registry ? importRegistry(location, paths, dryRun,
                                    [&progress](int done, int total) { return progress(done, total); })
                                         : importExport(location, path, options, profile, dryRun, progress);
        return [outcome, done] { done(outcome); };
    });
}

void SiteImportWizard::cancelRun()
{
    if (m_stop)
        *m_stop = true;
}

bool SiteImportWizard::waitForIdle(int timeoutMs)
{
    return m_task->waitForIdle(timeoutMs) && m_os->waitForIdle(timeoutMs);
}

void SiteImportWizard::reject()
{
    // Closing during the work stops it; its transaction rolls back.
    cancelRun();
    QWizard::reject();
}
