#pragma once

#include "planning/TransitionPlan.h"

#include <QComboBox>
#include <QRadioButton>
#include <QWizardPage>

class Inventory;
class TransitionWizard;

namespace wizard {

// Page 1: the site and the kind of transition.
class SiteKindPage final : public QWizardPage
{
public:
    SiteKindPage(Inventory& inventory, TransitionWizard* wizard);
    QString site() const { return m_site->currentData().toString(); }
    void setSite(const QString& code) { m_site->setCurrentIndex(std::max(0, m_site->findData(code))); }
    TransitionKind kind() const { return m_cap->isChecked() ? TransitionKind::Cap : TransitionKind::Account; }
    void setKind(TransitionKind kind) { (kind == TransitionKind::Cap ? m_cap : m_account)->setChecked(true); }

private:
    QComboBox* m_site;
    QRadioButton* m_cap;
    QRadioButton* m_account;
};

} // namespace wizard
