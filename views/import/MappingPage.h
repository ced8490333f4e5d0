#pragma once

#include "SiteImportWizard.h"

#include <QHash>
#include <QWizardPage>

class QComboBox;

namespace siteimport {

// Page 3 (site database): which column holds each field, preset from what was chosen last time
// and from the SP2 view and WMI names; the profile of new clients; the zone of times without one.
class MappingPage final : public QWizardPage
{
public:
    explicit MappingPage(SiteImportWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    SiteExport::Options options() const;
    QString profile() const;
    QComboBox* columnBox(SiteExport::Field field) const { return m_columns.value(field); }
    QComboBox* profileBox() const { return m_profile; }
    QComboBox* zoneBox() const { return m_zone; }

private:
    SiteImportWizard* m_wizard;
    QHash<SiteExport::Field, QComboBox*> m_columns;
    QComboBox* m_profile;
    QComboBox* m_zone;
};

} // namespace siteimport
