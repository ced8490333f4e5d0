#pragma once

#include <QMainWindow>
#include <memory>

class Inventory;
class QLabel;

// The console's main window. The panes over the inventory have their own issue; for now it shows
// what the inventory holds.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    bool openInventory(const QString& path, QString* error);
    Inventory* inventory() const { return m_inventory.get(); }

private:
    void showSummary();

    std::unique_ptr<Inventory> m_inventory;
    QLabel* m_summary;
};
