#pragma once

#include "SiteImportWizard.h"

#include <QWizardPage>

class QLineEdit;
class QListWidget;
class QRadioButton;
class QStackedWidget;

namespace siteimport {

// Page 1: where the evidence comes from: the clients' registry exports, or a site database export.
class SourcePage final : public QWizardPage
{
public:
    explicit SourcePage(SiteImportWizard* wizard);

    SiteImportWizard::Source source() const;
    void setSource(SiteImportWizard::Source source);
    QString exportPath() const;
    void setExportPath(const QString& path);
    QStringList registryPaths() const;
    void addRegistryPaths(const QStringList& paths);

    bool isComplete() const override;

private:
    void chooseExport();
    void chooseRegistryFiles();
    void chooseRegistryFolder();

    QRadioButton* m_database;
    QRadioButton* m_registry;
    QStackedWidget* m_stack;
    QLineEdit* m_exportPath;
    QListWidget* m_registryPaths;
};

} // namespace siteimport
