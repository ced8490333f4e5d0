#include "LogImportDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

LogImportDialog::LogImportDialog(QWidget* parent)
    : QDialog(parent)
    , m_perClient(new QRadioButton(tr("&Folders of clients: one folder per client, named after it"), this))
    , m_oneClient(new QRadioButton(tr("Logs of &one client:"), this))
    , m_client(new QLineEdit(this))
    , m_paths(new QListWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import Logs"));
    setObjectName(QStringLiteral("logImportDialog"));
    m_perClient->setObjectName(QStringLiteral("perClientFolders"));
    m_oneClient->setObjectName(QStringLiteral("oneClient"));
    m_client->setObjectName(QStringLiteral("clientName"));
    m_client->setPlaceholderText(tr("Client name"));
    m_client->setAccessibleName(tr("Client the logs belong to"));
    m_paths->setObjectName(QStringLiteral("logPaths"));
    m_paths->setAccessibleName(tr("Log files and folders to import"));
    m_paths->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_perClient->setChecked(true);

    auto* explanation = new QLabel(tr("The clients' logs (Ccim32.log, Apm32.log, CcmExec.log\u2026) show when each "
                                      "client last refreshed and why a refresh failed. A later refresh than the "
                                      "inventory knows moves the client's last refresh forward; nothing is imported "
                                      "unless every client's logs are."),
        this);
    explanation->setWordWrap(true);

    auto* addFiles = new QPushButton(tr("Add &Files\u2026"), this);
    addFiles->setObjectName(QStringLiteral("addLogFiles"));
    auto* addFolder = new QPushButton(tr("Add F&older\u2026"), this);
    addFolder->setObjectName(QStringLiteral("addLogFolder"));
    auto* remove = new QPushButton(tr("&Remove"), this);
    remove->setObjectName(QStringLiteral("removeLogPath"));
    auto* pathButtons = new QVBoxLayout;
    pathButtons->addWidget(addFiles);
    pathButtons->addWidget(addFolder);
    pathButtons->addWidget(remove);
    pathButtons->addStretch();
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_paths, 1);
    pathRow->addLayout(pathButtons);

    auto* clientRow = new QHBoxLayout;
    clientRow->addWidget(m_oneClient);
    clientRow->addWidget(m_client, 1);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_perClient);
    layout->addLayout(clientRow);
    layout->addLayout(pathRow, 1);
    layout->addWidget(m_buttons);
    resize(620, 420);

    connect(addFiles, &QPushButton::clicked, this, &LogImportDialog::addFiles);
    connect(addFolder, &QPushButton::clicked, this, &LogImportDialog::addFolder);
    connect(remove, &QPushButton::clicked, this, [this] {
        qDeleteAll(m_paths->selectedItems());
        update();
    });
    connect(m_perClient, &QRadioButton::toggled, this, &LogImportDialog::update);
    connect(m_client, &QLineEdit::textChanged, this, &LogImportDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

QStringList LogImportDialog::paths() const
{
    QStringList result;
    for (int i = 0; i < m_paths->count(); ++i)
        result << m_paths->item(i)->data(Qt::UserRole).toString();
    return result;
}

QString LogImportDialog::client() const
{
    return m_oneClient->isChecked() ? m_client->text().trimmed() : QString();
}

void LogImportDialog::setPaths(const QStringList& paths)
{
    m_paths->clear();
    for (const QString& path : paths) {
        auto* item = new QListWidgetItem(QDir::toNativeSeparators(path), m_paths);
        item->setData(Qt::UserRole, path);
    }
    update();
}

void LogImportDialog::setClient(const QString& client)
{
    m_client->setText(client);
    (client.isEmpty() ? m_perClient : m_oneClient)->setChecked(true);
    update();
}

void LogImportDialog::addFiles()
{
    const QStringList files
        = QFileDialog::getOpenFileNames(this, tr("Add log files"), QString(), tr("Logs (*.log *.lo_);;All files (*)"));
    if (files.isEmpty())
        return;
    // Single files belong to one client.
    m_oneClient->setChecked(true);
    setPaths(paths() + files);
    if (m_client->text().isEmpty())
        m_client->setFocus();
}

void LogImportDialog::addFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Add a folder of logs"));
    if (!folder.isEmpty())
        setPaths(paths() << folder);
}

void LogImportDialog::update()
{
    m_client->setEnabled(m_oneClient->isChecked());
    const bool ready = m_paths->count() > 0 && (m_perClient->isChecked() || !m_client->text().trimmed().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ready);
}
