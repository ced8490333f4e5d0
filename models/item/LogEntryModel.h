#pragma once

#include "logs/LogEntry.h"

#include <QAbstractTableModel>
#include <vector>

// One log, or several merged by time, with filters on text, component, thread and severity. The
// entries stay in memory (a 100 MB log is about a million of them); a filter is one pass over them.
class LogEntryModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Severity, Component, Thread, Code, Text, File, ColumnCount };
    static constexpr int SeverityRole = Qt::UserRole; // LogEntry::Severity as int

    struct Filter
    {
        QString text;
        QString component;
        std::optional<quint32> thread;
        std::optional<LogEntry::Severity> minimumSeverity;
        bool operator==(const Filter&) const = default;
    };

    explicit LogEntryModel(QObject* parent = nullptr);

    // Adds a file's entries (merged with what is there, by time) under a short name.
    void addFile(const QString& name, const QList<LogEntry>& entries);
    // Drops a file's entries (its tab was closed).
    void removeFile(const QString& name);
    // Appends entries read from a growing file.
    void append(const QString& name, const QList<LogEntry>& entries);
    void setFilter(const Filter& filter);
    const Filter& filter() const { return m_filter; }
    QStringList components() const;
    bool showsFiles() const { return m_files.size() > 1; }

    // The next or previous error or warning row from `row`, or -1.
    int findProblem(int row, bool forward) const;
    // The lines of these rows as they would read in a log viewer, for the clipboard.
    QString copyText(const QList<int>& rows) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Item
    {
        LogEntry entry;
        int file = 0;
    };
    bool matches(const Item& item) const;
    void refilter();

    QStringList m_files;
    std::vector<Item> m_items; // sorted by time, stable
    std::vector<int> m_visible;
    Filter m_filter;
};
