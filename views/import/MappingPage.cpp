#include "MappingPage.h"

#include "PreviewPage.h"
#include "Settings.h"
#include "item/InventoryLookups.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QTimeZone>

namespace siteimport {
namespace {
QString fieldLabel(SiteExport::Field field)
{
    switch (field) {
    case SiteExport::Field::Name:
        return SiteImportWizard::tr("Computer &name:");
    case SiteExport::Field::Version:
        return SiteImportWizard::tr("Client &version:");
    case SiteExport::Field::Os:
        return SiteImportWizard::tr("&Operating system:");
    case SiteExport::Field::Site:
        return SiteImportWizard::tr("Installed &sites:");
    case SiteExport::Field::Client:
        return SiteImportWizard::tr("Is a &client (0 or 1):");
    case SiteExport::Field::Heartbeat:
        return SiteImportWizard::tr("Latest &heartbeat:");
    }
    return {};
}
} // namespace

MappingPage::MappingPage(SiteImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_profile(new QComboBox(this))
    , m_zone(new QComboBox(this))
{
    setTitle(SiteImportWizard::tr("Columns"));
    setSubTitle(SiteImportWizard::tr("The column of the export that holds each field. The choices are remembered "
                                     "for the next import."));
    auto* form = new QFormLayout(this);
    for (SiteExport::Field field : SiteExport::fields()) {
        auto* box = new QComboBox(this);
        box->setObjectName(QStringLiteral("column_") + SiteExport::fieldKey(field));
        auto* label = new QLabel(fieldLabel(field), this);
        label->setBuddy(box);
        box->setAccessibleName(label->text().remove(u'&').remove(u':'));
        form->addRow(label, box);
        m_columns.insert(field, box);
        connect(box, &QComboBox::currentIndexChanged, this, &QWizardPage::completeChanged);
    }
    m_profile->setObjectName(QStringLiteral("newClientProfile"));
    auto* profileLabel = new QLabel(SiteImportWizard::tr("&Profile of new clients:"), this);
    profileLabel->setBuddy(m_profile);
    m_profile->setAccessibleName(SiteImportWizard::tr("Profile of new clients"));
    form->addRow(profileLabel, m_profile);
    m_zone->setObjectName(QStringLiteral("timeZone"));
    m_zone->setEditable(true);
    m_zone->setAccessibleName(SiteImportWizard::tr("Time zone of times without one"));
    m_zone->addItem(QStringLiteral("UTC"));
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromLatin1(id));
    auto* zoneLabel = new QLabel(SiteImportWizard::tr("Time &zone of times without one:"), this);
    zoneLabel->setBuddy(m_zone);
    form->addRow(zoneLabel, m_zone);
    connect(m_zone, &QComboBox::currentTextChanged, this, &QWizardPage::completeChanged);
}

void MappingPage::initializePage()
{
    const QStringList header = m_wizard->previewPage()->header();
    for (SiteExport::Field field : SiteExport::fields()) {
        QComboBox* box = m_columns.value(field);
        box->clear();
        if (!SiteExport::isRequired(field))
            box->addItem(SiteImportWizard::tr("(none)"), QString());
        for (const QString& column : header)
            box->addItem(column, column);
        // Remembered first, then the SP2 view's name, then WMI's.
        QStringList wanted = SiteExport::defaultColumns(field);
        const QString remembered = Settings::siteImportColumn(SiteExport::fieldKey(field));
        if (!remembered.isEmpty())
            wanted.prepend(remembered);
        int index = SiteExport::isRequired(field) ? -1 : 0;
        for (const QString& name : wanted) {
            const int found = box->findData(name, Qt::UserRole, Qt::MatchFixedString);
            if (found >= 0) {
                index = found;
                break;
            }
        }
        box->setCurrentIndex(index);
    }
    const QString chosen = m_profile->currentData().toString();
    m_profile->clear();
    m_profile->addItem(SiteImportWizard::tr("(none)"), QString());
    for (const QString& name : InventoryLookups::profileNames(m_wizard->inventory()))
        m_profile->addItem(name, name);
    m_profile->setCurrentIndex(std::max(0, m_profile->findData(chosen)));
}

bool MappingPage::isComplete() const
{
    for (SiteExport::Field field : SiteExport::fields()) {
        if (SiteExport::isRequired(field) && m_columns.value(field)->currentIndex() < 0)
            return false;
    }
    const QString zone = m_zone->currentText().trimmed();
    return zone == u"UTC" || QTimeZone(zone.toUtf8()).isValid();
}

bool MappingPage::validatePage()
{
    for (SiteExport::Field field : SiteExport::fields())
        Settings::setSiteImportColumn(SiteExport::fieldKey(field), m_columns.value(field)->currentData().toString());
    return true;
}

SiteExport::Options MappingPage::options() const
{
    SiteExport::Options options;
    for (SiteExport::Field field : SiteExport::fields()) {
        // "(none)" for an optional field leaves it out.
        options.columns.insert(field, m_columns.value(field)->currentData().toString());
    }
    const QString zone = m_zone->currentText().trimmed();
    if (zone != u"UTC" && QTimeZone(zone.toUtf8()).isValid())
        options.zone = QTimeZone(zone.toUtf8());
    return options;
}

QString MappingPage::profile() const
{
    return m_profile->currentData().toString();
}

} // namespace siteimport
