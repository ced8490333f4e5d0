#pragma once

#include "item/InventoryLookups.h"

#include <QLabel>
#include <optional>

class BackgroundTask;

// The status bar's counts: the inventory's sites, CAPs, accounts and clients, read in the
// background once per open or reload (count(*) over every client is a scan at a million), and the
// rows the current pane shows.
class StatusCounts final : public QLabel
{
    Q_OBJECT
public:
    explicit StatusCounts(QWidget* parent = nullptr);

    // Reads the counts of the inventory at `path` again; the old ones stay until then.
    void reload(const QString& path);
    // Forgets the counts (another inventory is opened).
    void forget();
    // The rows the current pane shows; none for a pane without rows.
    void setShown(std::optional<qint64> shown);

private:
    void showCounts();

    BackgroundTask* m_task;
    std::optional<InventoryLookups::Counts> m_counts; // read last; none yet or on failure
    QString m_error;
    std::optional<qint64> m_shown;
};
