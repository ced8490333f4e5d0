#pragma once

#include "planning/TransitionPlan.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

struct Campaign;
class CampaignView;
class MainWindow;
class NewCampaignDialog;
struct SavedCampaign;
class PasswordWhatIfDialog;
class TransitionWizard;

// The console's planning actions over the main window's inventory and scope: the transition
// wizard (new, from a request, or a saved plan reopened), the password what-if, and deleting a
// saved plan as one undo step; campaigns (new, reopened, deleted).
class PlanningActions
{
    Q_DECLARE_TR_FUNCTIONS(MainWindow)
public:
    explicit PlanningActions(MainWindow& window);

    // The wizard on the window's one selected site (or filled from a request), shown and returned.
    TransitionWizard* openWizard(const std::optional<TransitionRequest>& request = std::nullopt);
    PasswordWhatIfDialog* openWhatIf(const QString& account = {});
    // Reopens a saved plan in the wizard, recomputed against today's inventory; none when it
    // cannot be read (the user is told why).
    TransitionWizard* openSavedPlan(qint64 id);
    bool deletePlan(qint64 id);
    // Plan > New Campaign on the window's scoped sites; planning it opens the campaign view.
    NewCampaignDialog* openNewCampaign();
    // A campaign in a window of its own, planned in the background; `saved`, when reopening, holds
    // the figures it was saved with, whose differences the view shows.
    CampaignView* openCampaign(const Campaign& campaign, const SavedCampaign* saved = nullptr);
    CampaignView* openSavedCampaign(qint64 id);
    bool deleteCampaign(qint64 id);

private:
    QString selectedSite() const;
    void reloadPlans();

    MainWindow& m_window;
};
