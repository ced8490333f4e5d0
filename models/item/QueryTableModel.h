#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <QVariant>

class BackgroundTask;
class Inventory;

// A read-only table over one SQL query for the small panes (CAPs, accounts, logon points): the
// scope and the sort order go into the SQL; the rows, a few hundred at most, are held in memory.
// They are read in the background on a connection of their own (the accounts pane counts each
// account's clients, a scan at a million): the old rows stay until the new ones arrive, and a newer
// read supersedes an older one.
class QueryTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Format { Text, Time, Bool, Number };
    struct Column
    {
        QString header;
        QString expression; // over the FROM clause's aliases
        Format format = Format::Text;
    };
    static constexpr int RawRole = Qt::UserRole;

    QueryTableModel(const Inventory& inventory, QString from, QString scopeColumn, QList<Column> columns,
        QObject* parent = nullptr);

    // The sites in scope; empty for all. Nothing is read until this or reload() is called.
    void setScope(const QStringList& sites);
    void reload();
    // Spins the event loop until the latest read has arrived; false on timeout (tests, benchmarks).
    bool waitForIdle(int timeoutMs = 60000);
    bool isLoading() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    const Inventory& m_inventory;
    QString m_from;
    QString m_scopeColumn;
    QList<Column> m_columns;
    QStringList m_scope;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<QVariantList> m_rows;
    bool m_loaded = false;
    BackgroundTask* m_task;
};
