#include "FlagsPage.h"

#include "DisplayTime.h"
#include "TransitionWizard.h"

#include <QLocale>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace wizard {

FlagsPage::FlagsPage(TransitionWizard* wizard)
    : m_wizard(wizard)
    , m_tree(new QTreeWidget(this))
{
    setTitle(TransitionWizard::tr("Flags"));
    setSubTitle(TransitionWizard::tr("What could still go wrong: expand a flag to see who."));
    m_tree->setObjectName(QStringLiteral("flagsTree"));
    m_tree->setAccessibleName(TransitionWizard::tr("Flags"));
    m_tree->setHeaderLabels({TransitionWizard::tr("Flag"), TransitionWizard::tr("Details")});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
    connect(wizard, &TransitionWizard::planChanged, this, &FlagsPage::show);
}

void FlagsPage::show()
{
    const auto& plan = m_wizard->plan();
    m_tree->clear();
    if (!plan)
        return;
    auto group = [this](const QString& title, qint64 count) {
        auto* item
            = new QTreeWidgetItem(m_tree, {TransitionWizard::tr("%1 (%2)").arg(title, QLocale().toString(count))});
        if (count > 0)
            item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
        return item;
    };
    QTreeWidgetItem* blocks
        = group(TransitionWizard::tr("Upgrade blocks at a logon point (Boot32wn, Q262677)"), plan->upgradeBlockCount);
    for (const UpgradeBlock& b : plan->upgradeBlocks)
        new QTreeWidgetItem(blocks,
            {b.client,
                TransitionWizard::tr("%1 against Clicore %2 at %3")
                    .arg(b.clientVersion, b.logonPointVersion, b.logonPoint)});
    QTreeWidgetItem* assignment = group(TransitionWizard::tr("Sites that get no new clients at a shared logon point"),
        plan->logonPointAssignment.size());
    for (const LogonPointAssignment& a : plan->logonPointAssignment)
        new QTreeWidgetItem(assignment,
            {a.site,
                TransitionWizard::tr("%1 at %2, whose newest site is at %3")
                    .arg(a.siteVersion, a.logonPoint, a.newestVersion)});
    QTreeWidgetItem* licences = group(
        TransitionWizard::tr("Per-server licence shortfalls after removal (Q208618)"), plan->licenceWarnings.size());
    for (const LicenceWarning& w : plan->licenceWarnings)
        new QTreeWidgetItem(licences,
            {w.cap,
                TransitionWizard::tr("%1 licences, %2 connections expected at peak")
                    .arg(w.licenses)
                    .arg(w.expectedConnections)});
    QTreeWidgetItem* recovery
        = group(TransitionWizard::tr("Pending clients without automatic recovery"), plan->noAutomaticRecoveryCount);
    for (const NoAutomaticRecovery& n : plan->noAutomaticRecovery)
        new QTreeWidgetItem(recovery, {n.client, n.reason});
    m_tree->resizeColumnToContents(0);
}

} // namespace wizard
