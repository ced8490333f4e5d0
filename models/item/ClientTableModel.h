#pragma once

#include "ClientFilter.h"
#include "planning/TransitionPlan.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <optional>
#include <vector>

class BackgroundTask;
class Inventory;

// The Clients pane over a million rows, in the manner of DB Browser for SQLite: filtering and
// sorting happen in SQL, which yields only the ordered row ids (8 bytes a client); the rows
// themselves are read a page at a time when the view asks for them, and only a bounded number of
// pages is kept, so scrolling to the end never holds the whole table. The ids are fetched by a
// BackgroundTask on a connection of its own (a status sort takes about a second at a million
// clients) and swapped in when they arrive; until then the previous rows stay, and a newer
// filter or sort supersedes an older one that has not arrived yet.
class ClientTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Name,
        Site,
        Os,
        InstallMethod,
        Version,
        Profile,
        LastRefresh,
        Status,
        PlanClass,
        RegistryCaps, // RULES.md R6.1: the CAPs its registry export lists; the tooltip names the sources
        ColumnCount
    };
    static constexpr int PageSize = 256;
    static constexpr int CachedPages = 64;
    static constexpr int RawRole = Qt::UserRole; // the stored value: ISO time, status name

    explicit ClientTableModel(const Inventory& inventory, QObject* parent = nullptr);

    // Nothing is read until the first setFilter() or reload(). Both return at once; the rows
    // follow with modelReset.
    void setFilter(const ClientFilter& filter);
    const ClientFilter& filter() const { return m_filter; }
    // Reads the status rules and the ids again, for after an import or an edit.
    void reload();
    // The PlanClass column: how the plan being edited sees each client of its site (stale,
    // unaffected, confirmed, or pending and then exposed or covered, RULES.md R1.4); empty for
    // other clients and without a plan. Read in the background like the rows.
    void setPlan(const std::optional<TransitionRequest>& plan);
    const std::optional<TransitionRequest>& plan() const { return m_plan; }
    // The SQL of the PlanClass column for `plan` over clients `c`; nothing, with *error, when the
    // site's facts cannot be read.
    static std::optional<QString> planClassSql(
        const Inventory& inventory, const TransitionRequest& plan, QString* error);
    // The time "stale" is measured from (default: now).
    void setReferenceTime(qint64 now);
    QString lastError() const { return m_error; }
    // Whether ids are being fetched; loadingChanged tells when that changes.
    bool isLoading() const;
    // Spins the event loop until the latest fetch has arrived (tests, benchmarks).
    bool waitForIdle(int timeoutMs = 60000);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void loadingChanged(bool loading);

private:
    // What the registry evidence says of a client (RULES.md R6.1, Q265358).
    struct Registry
    {
        bool imported = false; // it has an export at all
        bool capList = false;
        bool lastCheckedMissing = false;
        QString source;
        qint64 importedAt = 0;
        QStringList caps; // in order
        QStringList capSources; // FILE:LINE of each
        QList<qint64> capImportedAt;
    };
    struct Row
    {
        QString name, site, os, installMethod, version, profile, status, planClass;
        std::optional<qint64> lastRefresh;
        Registry registry;
    };
    // What a fetch needs, copied to the worker.
    struct Order
    {
        int column = Name;
        Qt::SortOrder order = Qt::AscendingOrder;
    };
    // Starts fetching the ids; with `loadRules`, the status rules too (reload()).
    void query(bool loadRules = false);
    static bool selectIds(const QSqlDatabase& database, const ClientFilter& filter, const ClientStatusRules& rules,
        Order order, std::vector<qint64>* ids, QString* error);
    // For a status sort or a status filter (wantedRank >= 0).
    static bool selectIdsByStatus(const QSqlDatabase& database, const QString& where, const QStringList& parameters,
        const ClientStatusRules& rules, Order order, int wantedRank, std::vector<qint64>* ids, QString* error);
    // Up to this row id the status sort keeps its ranks in a plain vector (a byte a row).
    static constexpr qint64 MaxDenseRowId = 200'000'000;
    const Row* row(int index) const;
    static QString orderBy(Order order);
    static QVariant planClassData(const QString& value, int role);
    static QVariant registryData(const Registry& registry, int role);
    // The registry evidence of the clients of rows `ids` (row ids, as SQL text), by client name.
    QHash<QString, Registry> registryOf(const QStringList& ids) const;

    const Inventory& m_inventory;
    ClientFilter m_filter;
    ClientStatusRules m_rules;
    std::optional<qint64> m_referenceTime;
    std::optional<TransitionRequest> m_plan;
    QString m_planClassSql = QStringLiteral("NULL");
    Order m_order;
    BackgroundTask* m_task;
    std::vector<qint64> m_ids;
    QString m_error;
    bool m_loaded = false;
    bool m_rulesPending = false;
    mutable QHash<int, QList<Row>> m_pages;
    mutable QList<int> m_pageUse; // least recently used first
};
