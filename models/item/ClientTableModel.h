#pragma once

#include "ClientFilter.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <optional>
#include <vector>

class Inventory;

// The Clients pane over a million rows, in the manner of DB Browser for SQLite: filtering and
// sorting happen in SQL, which yields only the ordered row ids (8 bytes a client); the rows
// themselves are read a page at a time when the view asks for them, and only a bounded number of
// pages is kept, so scrolling to the end never holds the whole table.
class ClientTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Site, Os, InstallMethod, Version, Profile, LastRefresh, Status, ColumnCount };
    static constexpr int PageSize = 256;
    static constexpr int CachedPages = 64;
    static constexpr int RawRole = Qt::UserRole; // the stored value: ISO time, status name

    explicit ClientTableModel(const Inventory& inventory, QObject* parent = nullptr);

    // Nothing is read until the first setFilter() or reload().
    void setFilter(const ClientFilter& filter);
    const ClientFilter& filter() const { return m_filter; }
    // Reads the status rules and the ids again, for after an import or an edit.
    void reload();
    // The time "stale" is measured from (default: now).
    void setReferenceTime(qint64 now);
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    struct Row
    {
        QString name, site, os, installMethod, version, profile, status;
        std::optional<qint64> lastRefresh;
    };
    void query();
    // For a status sort or a status filter (wantedRank >= 0).
    bool queryByStatus(const QString& where, const QStringList& parameters, int wantedRank);
    // Up to this row id the status sort keeps its ranks in a plain vector (a byte a row).
    static constexpr qint64 MaxDenseRowId = 200'000'000;
    const Row* row(int index) const;
    QString orderBy() const;

    const Inventory& m_inventory;
    ClientFilter m_filter;
    ClientStatusRules m_rules;
    std::optional<qint64> m_referenceTime;
    int m_sortColumn = Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<qint64> m_ids;
    QString m_error;
    bool m_loaded = false;
    mutable QHash<int, QList<Row>> m_pages;
    mutable QList<int> m_pageUse; // least recently used first
};
