#include "SiteKindPage.h"

#include "TransitionWizard.h"
#include "item/InventoryLookups.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QRadioButton>

namespace wizard {

SiteKindPage::SiteKindPage(Inventory& inventory, TransitionWizard* wizard)
    : m_site(new QComboBox(this))
    , m_cap(new QRadioButton(TransitionWizard::tr("&CAP replacement"), this))
    , m_account(new QRadioButton(TransitionWizard::tr("Client connection &account replacement"), this))
{
    setTitle(TransitionWizard::tr("Site and kind"));
    setSubTitle(TransitionWizard::tr("Replace CAPs or connection accounts gradually, keeping the old ones until "
                                     "every client holds the new list (Q260824)."));
    m_site->setObjectName(QStringLiteral("siteBox"));
    m_site->setAccessibleName(TransitionWizard::tr("Site"));
    QString error;
    for (const InventoryLookups::NamedSite& site : InventoryLookups::sites(inventory, &error))
        m_site->addItem(QStringLiteral("%1 \u2013 %2").arg(site.code, site.name), site.code);
    if (!error.isEmpty())
        setSubTitle(subTitle() + u'\n' + error);
    m_cap->setObjectName(QStringLiteral("kindCap"));
    m_account->setObjectName(QStringLiteral("kindAccount"));
    m_cap->setChecked(true);
    auto* form = new QFormLayout(this);
    auto* siteLabel = new QLabel(TransitionWizard::tr("&Site:"), this);
    siteLabel->setBuddy(m_site);
    form->addRow(siteLabel, m_site);
    form->addRow(m_cap);
    form->addRow(m_account);
    connect(m_site, &QComboBox::currentIndexChanged, wizard, &TransitionWizard::scheduleRecompute);
    connect(m_cap, &QRadioButton::toggled, wizard, &TransitionWizard::scheduleRecompute);
}

} // namespace wizard
