#include "DryRunPage.h"

#include "task/BackgroundTask.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QVBoxLayout>

namespace siteimport {

DryRunPage::DryRunPage(SiteImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_counts(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_refused(new QPlainTextEdit(this))
{
    setTitle(SiteImportWizard::tr("Dry run"));
    setSubTitle(SiteImportWizard::tr("The whole import, rolled back: what it would change. Nothing is written yet."));
    // After this page the import starts; there is no going back to change it.
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, SiteImportWizard::tr("&Import"));
    m_counts->setObjectName(QStringLiteral("dryRunCounts"));
    m_counts->setWordWrap(true);
    m_counts->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setRange(0, 1000);
    m_progress->setAccessibleName(SiteImportWizard::tr("Dry run progress"));
    m_refused->setObjectName(QStringLiteral("dryRunRefused"));
    m_refused->setReadOnly(true);
    m_refused->setAccessibleName(SiteImportWizard::tr("Refused lines"));
    m_refused->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_counts);
    layout->addWidget(m_refused, 1);
    // Without refused lines, the counts stay at the top.
    layout->addStretch();
    connect(wizard->task(), &BackgroundTask::progressChanged, m_progress, &QProgressBar::setValue);
}

void DryRunPage::initializePage()
{
    m_finished = false;
    m_outcome = {};
    m_progress->setValue(0);
    m_progress->show();
    m_refused->clear();
    m_refused->hide();
    m_counts->setText(SiteImportWizard::tr("Checking every row\u2026"));
    emit completeChanged();
    m_wizard->startRun(true, [this](const SiteImportWizard::Outcome& outcome) {
        m_outcome = outcome;
        m_finished = true;
        m_progress->hide();
        if (!outcome.ok) {
            m_counts->setText(SiteImportWizard::tr("The export cannot be imported:\n%1").arg(outcome.error));
        } else if (outcome.refused > 0) {
            m_counts->setText(SiteImportWizard::tr("Would change: %1.\n\nThese rows are refused, so nothing can be "
                                                   "imported until they are fixed (go back to map them) or removed:")
                                  .arg(outcome.counts));
            m_refused->setPlainText(outcome.firstRefused.join(u'\n'));
            m_refused->show();
        } else {
            m_counts->setText(SiteImportWizard::tr("Would change: %1.\n\nImport now writes exactly this, in one "
                                                   "transaction.")
                                  .arg(outcome.counts));
            if (!outcome.notes.isEmpty()) {
                m_refused->setPlainText(outcome.notes.join(u'\n'));
                m_refused->show();
            }
        }
        emit completeChanged();
    });
}

void DryRunPage::cleanupPage()
{
    m_wizard->cancelRun();
}

bool DryRunPage::isComplete() const
{
    return m_finished && m_outcome.ok && m_outcome.refused == 0;
}

} // namespace siteimport
