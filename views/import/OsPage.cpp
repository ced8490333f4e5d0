#include "OsPage.h"

#include "Settings.h"
#include "task/BackgroundTask.h"

#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace siteimport {

OsPage::OsPage(SiteImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_scan(new BackgroundTask(this))
    , m_note(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setTitle(SiteImportWizard::tr("Operating systems"));
    setSubTitle(SiteImportWizard::tr("The family of each operating system the export names. The choices are "
                                     "remembered for the next import."));
    m_scan->setObjectName(QStringLiteral("osScanTask"));
    m_note->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("osNote"));
    m_table->setObjectName(QStringLiteral("osTable"));
    m_table->setAccessibleName(SiteImportWizard::tr("Operating systems and their families"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels(
        {SiteImportWizard::tr("Operating system"), SiteImportWizard::tr("Clients"), SiteImportWizard::tr("Family")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
}

void OsPage::initializePage()
{
    m_scanned = false;
    m_table->setRowCount(0);
    m_note->setText(SiteImportWizard::tr("Reading the export\u2026"));
    emit completeChanged();
    m_scan->start([this, path = m_wizard->exportPath(), options = m_wizard->options()](
                      TaskControl& control) -> BackgroundTask::Delivery {
        QString error;
        QFile file(path);
        std::optional<QList<SiteExport::OsCount>> found;
        if (!file.open(QIODevice::ReadOnly))
            error = SiteImportWizard::tr("%1: cannot read: %2").arg(path, file.errorString());
        else
            found = SiteExport::distinctOs(file.readAll(), path, options, &error,
                [&control](qint64 done, qint64 total) { return control.progress(done, total); });
        return [this, found, error] {
            if (!found) {
                m_note->setText(error);
                return;
            }
            showFound(*found);
        };
    });
}

void OsPage::cleanupPage()
{
    m_scan->cancel();
}

void OsPage::showFound(const QList<SiteExport::OsCount>& found)
{
    const QHash<QString, QString> remembered = Settings::siteImportOsFamilies();
    m_table->setRowCount(int(found.size()));
    for (int row = 0; row < found.size(); ++row) {
        const SiteExport::OsCount& os = found.at(row);
        auto* text = new QTableWidgetItem(os.text);
        text->setData(Qt::UserRole, SiteExport::osKey(os.text));
        m_table->setItem(row, 0, text);
        m_table->setItem(row, 1, new QTableWidgetItem(QString::number(os.rows)));
        auto* family = new QComboBox(m_table);
        family->setObjectName(QStringLiteral("osFamily%1").arg(row));
        family->setAccessibleName(SiteImportWizard::tr("Family of %1").arg(os.text));
        family->addItem(SiteImportWizard::tr("(choose)"), QString());
        for (const QString& name : Enums::osNames())
            family->addItem(Enums::displayOs(name), name);
        QString preset = remembered.value(SiteExport::osKey(os.text));
        if (preset.isEmpty()) {
            if (const auto known = SiteExport::defaultOsFamily(os.text))
                preset = Enums::name(*known);
        }
        family->setCurrentIndex(std::max(0, family->findData(preset)));
        connect(family, &QComboBox::currentIndexChanged, this, &QWizardPage::completeChanged);
        m_table->setCellWidget(row, 2, family);
    }
    m_scanned = true;
    m_note->setText(found.isEmpty() ? SiteImportWizard::tr("The export names no operating system of a client.")
                                    : SiteImportWizard::tr("%1 distinct operating system text(s).").arg(found.size()));
    emit completeChanged();
}

bool OsPage::isComplete() const
{
    if (!m_scanned)
        return false;
    return families().size() == m_table->rowCount();
}

bool OsPage::validatePage()
{
    QHash<QString, QString> remembered = Settings::siteImportOsFamilies();
    const QHash<QString, OsFamily> chosen = families();
    for (auto it = chosen.cbegin(); it != chosen.cend(); ++it)
        remembered.insert(it.key(), Enums::name(it.value()));
    Settings::setSiteImportOsFamilies(remembered);
    return true;
}

QHash<QString, OsFamily> OsPage::families() const
{
    QHash<QString, OsFamily> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto* box = qobject_cast<QComboBox*>(m_table->cellWidget(row, 2));
        const auto family = box ? Enums::parseOs(box->currentData().toString()) : std::nullopt;
        if (family)
            result.insert(m_table->item(row, 0)->data(Qt::UserRole).toString(), *family);
    }
    return result;
}

bool OsPage::waitForIdle(int timeoutMs)
{
    return m_scan->waitForIdle(timeoutMs);
}

} // namespace siteimport
