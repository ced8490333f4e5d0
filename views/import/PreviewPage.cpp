#include "PreviewPage.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace siteimport {

PreviewPage::PreviewPage(SiteImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_note(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setTitle(SiteImportWizard::tr("Preview"));
    m_note->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("previewNote"));
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setAccessibleName(SiteImportWizard::tr("First rows"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
}

void PreviewPage::initializePage()
{
    m_ok = false;
    m_header.clear();
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    if (m_wizard->source() == SiteImportWizard::Source::Registry)
        showRegistry(m_wizard->registryPaths());
    else
        showExport(m_wizard->exportPath());
    emit completeChanged();
}

bool PreviewPage::isComplete() const
{
    return m_ok;
}

void PreviewPage::showExport(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_note->setText(SiteImportWizard::tr("%1: cannot read: %2").arg(path, file.errorString()));
        return;
    }
    QByteArray head = file.read(HeadBytes);
    // Whole lines only (UTF-16 keeps its own line ends: it is cut at the last "\n\0").
    if (!file.atEnd()) {
        const bool utf16 = head.startsWith("\xFF\xFE");
        const qsizetype end = utf16 ? head.lastIndexOf(QByteArray("\n\0", 2)) : head.lastIndexOf('\n');
        if (end > 0)
            head.truncate(end + (utf16 ? 2 : 1));
    }
    QString error;
    const auto records = SiteExport::preview(head, path, Rows, &m_header, &error);
    if (!records) {
        m_note->setText(error);
        return;
    }
    SiteExport reader(head, path);
    const bool tabs = reader.open(&error) && reader.tabSeparated();
    m_table->setColumnCount(int(m_header.size()) + 1);
    m_table->setHorizontalHeaderLabels(QStringList {SiteImportWizard::tr("Line")} + m_header);
    m_table->setRowCount(int(records->size()));
    for (int row = 0; row < records->size(); ++row) {
        const SiteExport::Record& record = records->at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(QString::number(record.line)));
        for (int column = 0; column < record.cells.size() && column < m_header.size(); ++column)
            m_table->setItem(row, column + 1, new QTableWidgetItem(record.cells.at(column)));
    }
    m_table->verticalHeader()->hide();
    m_note->setText((tabs ? SiteImportWizard::tr("%1: the first %2 rows as read, %3 columns separated by tabs.")
                          : SiteImportWizard::tr("%1: the first %2 rows as read, %3 columns separated by commas."))
                        .arg(QFileInfo(path).fileName())
                        .arg(records->size())
                        .arg(m_header.size()));
    m_ok = true;
}

void PreviewPage::showRegistry(const QStringList& paths)
{
    // Only the first few: a folder of a site's exports holds tens of thousands.
    QStringList files;
    for (const QString& path : paths) {
        if (files.size() >= Rows)
            break;
        if (QFileInfo(path).isFile()) {
            files << path;
            continue;
        }
        QDirIterator it(
            path, {QStringLiteral("*.reg"), QStringLiteral("*.REG")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext() && files.size() < Rows)
            files << it.next();
    }
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({SiteImportWizard::tr("File"), SiteImportWizard::tr("Size")});
    m_table->setRowCount(int(files.size()));
    for (int row = 0; row < files.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(files.at(row)));
        m_table->setItem(row, 1, new QTableWidgetItem(QString::number(QFileInfo(files.at(row)).size())));
    }
    m_note->setText(files.isEmpty() ? SiteImportWizard::tr("No .reg files were found.")
                                    : SiteImportWizard::tr("The first registry exports found:"));
    m_ok = !files.isEmpty();
}

} // namespace siteimport
