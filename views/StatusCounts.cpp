#include "StatusCounts.h"

#include "store/Inventory.h"
#include "task/BackgroundTask.h"

#include <QCoreApplication>
#include <QLocale>

StatusCounts::StatusCounts(QWidget* parent)
    : QLabel(parent)
    , m_task(new BackgroundTask(this))
{
    setObjectName(QStringLiteral("inventoryCounts"));
}

void StatusCounts::reload(const QString& path)
{
    m_task->start([this, path](TaskControl& control) -> BackgroundTask::Delivery {
        Inventory inventory;
        QString error;
        std::optional<InventoryLookups::Counts> counts;
        if (inventory.open(path, &error, false) && !control.isCanceled())
            counts = InventoryLookups::counts(inventory, &error);
        return [this, counts, error] {
            m_counts = counts;
            m_error = error;
            showCounts();
        };
    });
}

void StatusCounts::forget()
{
    m_task->cancel();
    m_counts.reset();
    m_error.clear();
    showCounts();
}

void StatusCounts::setShown(std::optional<qint64> shown)
{
    m_shown = shown;
    showCounts();
}

void StatusCounts::showCounts()
{
    if (!m_counts) {
        setText(m_error); // empty until the counts arrive
        return;
    }
    const QLocale locale;
    const QString sites = locale.toString(m_counts->sites), caps = locale.toString(m_counts->caps),
                  accounts = locale.toString(m_counts->accounts), clients = locale.toString(m_counts->clients);
    if (!m_shown) {
        setText(
            QCoreApplication::translate("MainWindow", "%1 sites \u00b7 %2 CAPs \u00b7 %3 accounts \u00b7 %4 clients")
                .arg(sites, caps, accounts, clients));
        return;
    }
    setText(QCoreApplication::translate(
        "MainWindow", "%1 sites \u00b7 %2 CAPs \u00b7 %3 accounts \u00b7 %4 clients \u00b7 %5 shown")
                .arg(sites, caps, accounts, clients, locale.toString(*m_shown)));
}
