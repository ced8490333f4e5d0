#include "ImportPage.h"

#include "task/BackgroundTask.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace siteimport {

ImportPage::ImportPage(SiteImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_result(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(SiteImportWizard::tr("&Cancel Import"), this))
{
    setTitle(SiteImportWizard::tr("Import"));
    m_result->setObjectName(QStringLiteral("importResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setRange(0, 1000);
    m_progress->setAccessibleName(SiteImportWizard::tr("Import progress"));
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    auto* layout = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
    layout->addLayout(row);
    layout->addWidget(m_result);
    layout->addStretch();
    connect(wizard->task(), &BackgroundTask::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_cancel, &QPushButton::clicked, wizard, [this] {
        m_cancel->setEnabled(false);
        m_result->setText(SiteImportWizard::tr("Cancelling\u2026"));
        m_wizard->cancelRun();
    });
}

void ImportPage::initializePage()
{
    m_finished = false;
    m_outcome = {};
    m_progress->setValue(0);
    m_cancel->setEnabled(true);
    m_result->setText(SiteImportWizard::tr("Importing\u2026"));
    emit completeChanged();
    m_wizard->startRun(false, [this](const SiteImportWizard::Outcome& outcome) {
        m_outcome = outcome;
        m_finished = true;
        m_cancel->setEnabled(false);
        if (outcome.committed) {
            m_progress->setValue(1000);
            m_result->setText(SiteImportWizard::tr("Imported: %1.").arg(outcome.counts));
            emit m_wizard->imported();
        } else if (!outcome.ok) {
            m_result->setText(
                SiteImportWizard::tr("Nothing was imported; the inventory is unchanged.\n\n%1").arg(outcome.error));
        } else {
            m_result->setText(SiteImportWizard::tr("Nothing was imported; the inventory is unchanged.\n\n%1")
                                  .arg(outcome.firstRefused.join(u'\n')));
        }
        emit completeChanged();
    });
}

bool ImportPage::isComplete() const
{
    return m_finished;
}

} // namespace siteimport
