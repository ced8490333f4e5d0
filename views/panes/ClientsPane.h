#pragma once

#include "RowPane.h"
#include "item/ClientFilter.h"

#include <QWidget>

class BackgroundTask;
class ClientTableModel;
class Inventory;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class TransitionWizard;

// The Clients pane: a filter bar (name contains, OS, install method, version, profile, status,
// each cleared on its own or all at once) over the SQL-backed client table.
class ClientsPane final : public QWidget, public RowPane
{
    Q_OBJECT
public:
    explicit ClientsPane(const Inventory& inventory, QWidget* parent = nullptr);

    ClientTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    // A row's key is the client's name.
    const TableSpec* spec() const override;
    QStringList keyOfRow(int row) const override;
    int currentRow() const override;
    qint64 shownRows() const override;
    void setScope(const QStringList& sites);
    void setVersionFilter(const QString& version);
    // One of ClientStatusRules::names(), or empty for any status.
    void setStatusFilter(const QString& status);
    void clearFilters();
    void reload();
    void focusNameFilter();
    // While `wizard` is open, the "In the plan" column shows how its plan sees each client.
    void followPlan(TransitionWizard* wizard);

signals:
    void countChanged(qint64 clients);

private:
    void applyFilter();
    // The fixed choices at once; the versions present and the profiles in the background.
    void fillChoices();

    const Inventory& m_inventory;
    ClientTableModel* m_model;
    QTableView* m_view;
    QLineEdit* m_name;
    QComboBox* m_os;
    QComboBox* m_install;
    QComboBox* m_version;
    QComboBox* m_profile;
    QComboBox* m_status;
    QLabel* m_count;
    QStringList m_scope;
    bool m_filling = false;
    BackgroundTask* m_choices;
};
