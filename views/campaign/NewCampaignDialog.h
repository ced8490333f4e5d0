#pragma once

#include "campaign/Campaign.h"

#include <QDialog>
#include <optional>

class Inventory;
class QButtonGroup;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

// Plan > New Campaign: a name, the sites (a domain or a branch of the site tree at once), a
// proposal for the common cases (replace the live CAPs with the ones added since a date; rotate
// every site's connection account to a name pattern), and the proposed rows, editable, before the
// campaign is planned.
class NewCampaignDialog final : public QDialog
{
    Q_OBJECT
public:
    enum Proposal { ReplaceCaps, RotateAccounts };
    enum Column { SiteColumn, KindColumn, RetireColumn, AddColumn, StartColumn, WaveColumn, OffsetColumn, ColumnCount };

    NewCampaignDialog(const Inventory& inventory, const QStringList& preselected, QWidget* parent = nullptr);

    void setName(const QString& name);
    QString name() const;
    // Checks exactly these sites in the tree (site codes, any case).
    void setSites(const QStringList& sites);
    QStringList sites() const;
    QTreeWidget* siteTree() const { return m_tree; }
    QTableWidget* table() const { return m_table; }

    void setProposal(Proposal proposal);
    void setSince(qint64 since);
    void setPattern(const QString& pattern);
    void setStart(qint64 start);
    // Sites per wave: 0 puts every site in one wave.
    void setSitesPerWave(int sites, int offsetDays = 1);
    // Fills the table from the chosen proposal for the checked sites; returns the rows proposed.
    int propose();

    // The campaign of the table's rows, or nothing with *error naming the row and column.
    std::optional<Campaign> campaign(QString* error) const;

    void accept() override;

private:
    void fillTree();
    void addRow(const CampaignSite& site);

    const Inventory& m_inventory;
    QLineEdit* m_name;
    QTreeWidget* m_tree;
    QButtonGroup* m_proposal;
    QDateTimeEdit* m_since;
    QLineEdit* m_pattern;
    QDateTimeEdit* m_start;
    QSpinBox* m_perWave;
    QSpinBox* m_offset;
    QTableWidget* m_table;
    QLabel* m_message;
};
