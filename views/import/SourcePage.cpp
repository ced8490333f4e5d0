#include "SourcePage.h"

#include "Settings.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace siteimport {

SourcePage::SourcePage(SiteImportWizard* wizard)
    : QWizardPage(wizard)
    , m_database(new QRadioButton(SiteImportWizard::tr("&Site database export: a query result saved as CSV or "
                                                       "tab-separated text (osql, Query Analyzer)"),
          this))
    , m_registry(new QRadioButton(SiteImportWizard::tr("Client &registry exports: .reg files written by regedit /e, "
                                                       "or folders of them"),
          this))
    , m_stack(new QStackedWidget(this))
    , m_exportPath(new QLineEdit(this))
    , m_registryPaths(new QListWidget(this))
{
    setTitle(SiteImportWizard::tr("Source"));
    setSubTitle(SiteImportWizard::tr("What the site already knows about its clients: docs/SITE_DATABASE.md gives the "
                                     "query to run on the site database, docs/EVIDENCE.md the logon-script line "
                                     "that collects the registry exports."));
    m_database->setObjectName(QStringLiteral("sourceDatabase"));
    m_registry->setObjectName(QStringLiteral("sourceRegistry"));
    m_exportPath->setObjectName(QStringLiteral("exportPath"));
    m_exportPath->setAccessibleName(SiteImportWizard::tr("Export file"));
    m_registryPaths->setObjectName(QStringLiteral("registryPaths"));
    m_registryPaths->setAccessibleName(SiteImportWizard::tr("Registry exports"));
    m_database->setChecked(true);

    auto* exportPane = new QWidget(this);
    auto* exportRow = new QHBoxLayout(exportPane);
    auto* exportLabel = new QLabel(SiteImportWizard::tr("E&xport file:"), exportPane);
    exportLabel->setBuddy(m_exportPath);
    auto* browse = new QPushButton(SiteImportWizard::tr("&Browse\u2026"), exportPane);
    exportRow->addWidget(exportLabel);
    exportRow->addWidget(m_exportPath, 1);
    exportRow->addWidget(browse);
    exportRow->setAlignment(Qt::AlignTop);

    auto* registryPane = new QWidget(this);
    auto* registryColumn = new QVBoxLayout(registryPane);
    auto* buttons = new QHBoxLayout;
    auto* addFiles = new QPushButton(SiteImportWizard::tr("Add &Files\u2026"), registryPane);
    auto* addFolder = new QPushButton(SiteImportWizard::tr("Add F&older\u2026"), registryPane);
    auto* remove = new QPushButton(SiteImportWizard::tr("Re&move"), registryPane);
    buttons->addWidget(addFiles);
    buttons->addWidget(addFolder);
    buttons->addWidget(remove);
    buttons->addStretch();
    registryColumn->addWidget(m_registryPaths, 1);
    registryColumn->addLayout(buttons);

    m_stack->addWidget(exportPane);
    m_stack->addWidget(registryPane);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_database);
    layout->addWidget(m_registry);
    layout->addWidget(m_stack, 1);

    connect(m_database, &QRadioButton::toggled, this, [this](bool database) {
        m_stack->setCurrentIndex(database ? 0 : 1);
        emit completeChanged();
    });
    connect(m_exportPath, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(browse, &QPushButton::clicked, this, &SourcePage::chooseExport);
    connect(addFiles, &QPushButton::clicked, this, &SourcePage::chooseRegistryFiles);
    connect(addFolder, &QPushButton::clicked, this, &SourcePage::chooseRegistryFolder);
    connect(remove, &QPushButton::clicked, this, [this] {
        qDeleteAll(m_registryPaths->selectedItems());
        emit completeChanged();
    });
}

SiteImportWizard::Source SourcePage::source() const
{
    return m_registry->isChecked() ? SiteImportWizard::Source::Registry : SiteImportWizard::Source::SiteDatabase;
}

void SourcePage::setSource(SiteImportWizard::Source source)
{
    (source == SiteImportWizard::Source::Registry ? m_registry : m_database)->setChecked(true);
}

QString SourcePage::exportPath() const
{
    return m_exportPath->text().trimmed();
}

void SourcePage::setExportPath(const QString& path)
{
    m_exportPath->setText(path);
}

QStringList SourcePage::registryPaths() const
{
    QStringList paths;
    for (int i = 0; i < m_registryPaths->count(); ++i)
        paths << m_registryPaths->item(i)->text();
    return paths;
}

void SourcePage::addRegistryPaths(const QStringList& paths)
{
    for (const QString& path : paths) {
        if (m_registryPaths->findItems(path, Qt::MatchExactly).isEmpty())
            m_registryPaths->addItem(path);
    }
    emit completeChanged();
}

bool SourcePage::isComplete() const
{
    if (source() == SiteImportWizard::Source::Registry)
        return m_registryPaths->count() > 0;
    return QFileInfo(exportPath()).isFile();
}

void SourcePage::chooseExport()
{
    const QString path = QFileDialog::getOpenFileName(this, SiteImportWizard::tr("Site database export"),
        Settings::siteImportFolder(), SiteImportWizard::tr("Query results (*.csv *.txt *.tsv *.rpt);;All files (*)"));
    if (path.isEmpty())
        return;
    Settings::setSiteImportFolder(QFileInfo(path).absolutePath());
    m_exportPath->setText(path);
}

void SourcePage::chooseRegistryFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, SiteImportWizard::tr("Registry exports"),
        Settings::siteImportFolder(), SiteImportWizard::tr("Registry files (*.reg);;All files (*)"));
    if (paths.isEmpty())
        return;
    Settings::setSiteImportFolder(QFileInfo(paths.first()).absolutePath());
    addRegistryPaths(paths);
}

void SourcePage::chooseRegistryFolder()
{
    const QString path = QFileDialog::getExistingDirectory(
        this, SiteImportWizard::tr("Folder of registry exports"), Settings::siteImportFolder());
    if (path.isEmpty())
        return;
    Settings::setSiteImportFolder(path);
    addRegistryPaths({path});
}

} // namespace siteimport
