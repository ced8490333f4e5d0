#include "MainWindow.h"

#include "store/Inventory.h"

#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QSqlQuery>
#include <QStatusBar>

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_inventory(std::make_unique<Inventory>())
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("CapPlanner"));
    setWindowIcon(QIcon(QStringLiteral(":/capplanner.svg")));
    m_summary->setObjectName(QStringLiteral("inventorySummary"));
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summary->setMargin(16);
    m_summary->setTextFormat(Qt::PlainText);
    setCentralWidget(m_summary);
}

MainWindow::~MainWindow() = default;

bool MainWindow::openInventory(const QString& path, QString* error)
{
    if (!m_inventory->open(path, error))
        return false;
    setWindowTitle(tr("%1 - CapPlanner").arg(path));
    statusBar()->showMessage(path);
    showSummary();
    return true;
}

void MainWindow::showSummary()
{
    const struct
    {
        const char* table;
        const char* label;
    } tables[] = {{"domains", QT_TR_NOOP("Domains")}, {"sites", QT_TR_NOOP("Sites")}, {"caps", QT_TR_NOOP("CAPs")},
        {"accounts", QT_TR_NOOP("Client connection accounts")}, {"logon_points", QT_TR_NOOP("Logon points")},
        {"profiles", QT_TR_NOOP("Disconnection profiles")}, {"clients", QT_TR_NOOP("Clients")},
        {"plans", QT_TR_NOOP("Saved plans")}};
    QStringList lines {tr("Inventory: %1").arg(m_inventory->path()), QString()};
    for (const auto& entry : tables) {
        QSqlQuery query
            = m_inventory->prepare(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(entry.table)));
        const qint64 count = query.exec() && query.next() ? query.value(0).toLongLong() : 0;
        lines << QStringLiteral("%1: %2").arg(tr(entry.label), QLocale().toString(count));
    }
    m_summary->setText(lines.join(u'\n'));
}
