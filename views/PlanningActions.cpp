#include "PlanningActions.h"

#include "MainWindow.h"
#include "PasswordWhatIfDialog.h"
#include "TransitionWizard.h"
#include "campaign/CampaignStore.h"
#include "campaign/CampaignView.h"
#include "campaign/NewCampaignDialog.h"
#include "item/QueryTableModel.h"
#include "panes/CampaignsPane.h"
#include "panes/ClientsPane.h"
#include "store/InventoryEditor.h"
#include "store/PlanStore.h"

#include <QMessageBox>
#include <QUndoStack>

PlanningActions::PlanningActions(MainWindow& window)
    : m_window(window)
{
}

QString PlanningActions::selectedSite() const
{
    const QStringList scope = m_window.scope();
    return scope.size() == 1 ? scope.first() : QString();
}

TransitionWizard* PlanningActions::openWizard(const std::optional<TransitionRequest>& request)
{
    auto* wizard = new TransitionWizard(*m_window.inventory(), selectedSite(), &m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setEditing(m_window.editor(), m_window.undoStack());
    if (request)
        wizard->setRequest(*request);
    QObject::connect(wizard, &TransitionWizard::planSaved, &m_window, [this] { reloadPlans(); });
    m_window.clientsPane()->followPlan(wizard);
    wizard->show();
    return wizard;
}

PasswordWhatIfDialog* PlanningActions::openWhatIf(const QString& account)
{
    auto* dialog = new PasswordWhatIfDialog(*m_window.inventory(), selectedSite(), account, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &PasswordWhatIfDialog::planSaferAlternative, &m_window,
        [this](const TransitionRequest& request) { openWizard(request); });
    dialog->show();
    return dialog;
}

TransitionWizard* PlanningActions::openSavedPlan(qint64 id)
{
    std::optional<qint64> saved;
    QString error;
    const auto request = PlanStore(*m_window.inventory()).load(id, &saved, &error);
    if (!request) {
        QMessageBox::warning(&m_window, tr("Open plan"), error);
        return nullptr;
    }
    TransitionWizard* wizard = openWizard(request);
    wizard->setSavedSafeRemoval(saved);
    return wizard;
}

bool PlanningActions::deletePlan(qint64 id)
{
    QString error;
    const auto row = PlanStore(*m_window.inventory()).remove(id, &error);
    if (!row)
        return false;
    m_window.undoStack()->push(new PlanDeleteCommand(*m_window.inventory(), id, *row, [this] { reloadPlans(); }));
    reloadPlans();
    return true;
}

void PlanningActions::reloadPlans()
{
    if (QueryTableModel* plans = m_window.paneModel(MainWindow::PlansPane))
        plans->reload();
    if (CampaignsPane* campaigns = m_window.campaignsPane())
        campaigns->tableModel()->reload();
}

NewCampaignDialog* PlanningActions::openNewCampaign()
{
    auto* dialog = new NewCampaignDialog(*m_window.inventory(), m_window.scope(), &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::accepted, &m_window, [this, dialog] {
        QString error;
        if (const auto campaign = dialog->campaign(&error))
            openCampaign(*campaign);
    });
    dialog->show();
    return dialog;
}

CampaignView* PlanningActions::openCampaign(const Campaign& campaign, const SavedCampaign* saved)
{
    auto* view = new CampaignView(*m_window.inventory(), &m_window);
    view->setWindowFlag(Qt::Window);
    view->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(view, &CampaignView::saved, &m_window, [this] { reloadPlans(); });
    QObject::connect(view, &CampaignView::siteActivated, &m_window,
        [this](const TransitionRequest& request) { openWizard(request); });
    view->setCampaign(campaign, saved ? std::optional<SavedCampaign>(*saved) : std::nullopt);
    view->show();
    return view;
}

CampaignView* PlanningActions::openSavedCampaign(qint64 id)
{
    QString error;
    const auto saved = CampaignStore(*m_window.inventory()).load(id, &error);
    if (!saved) {
        QMessageBox::warning(&m_window, tr("Open campaign"), error);
        return nullptr;
    }
    return openCampaign(saved->campaign, &*saved);
}

bool PlanningActions::deleteCampaign(qint64 id)
{
    QString error;
    if (!CampaignStore(*m_window.inventory()).remove(id, &error)) {
        QMessageBox::warning(&m_window, tr("Delete campaign"), error);
        return false;
    }
    reloadPlans();
    return true;
}
