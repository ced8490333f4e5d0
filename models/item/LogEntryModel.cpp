#include "LogEntryModel.h"

#include "domain/UtcTime.h"
#include "logs/ErrorCodes.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>
#include <QSet>
#include <QTimeZone>
#include <algorithm>

LogEntryModel::LogEntryModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void LogEntryModel::addFile(const QString& name, const QList<LogEntry>& entries)
{
    beginResetModel();
    int file = static_cast<int>(m_files.indexOf(name));
    if (file < 0) {
        file = static_cast<int>(m_files.size());
        m_files << name;
    }
    m_items.reserve(m_items.size() + static_cast<std::size_t>(entries.size()));
    const auto middle = static_cast<std::ptrdiff_t>(m_items.size());
    for (const LogEntry& e : entries)
        m_items.push_back(Item {e, file});
    // Each file is in time order already; merging keeps equal times in file order.
    std::stable_sort(m_items.begin() + middle, m_items.end(),
        [](const Item& a, const Item& b) { return a.entry.timeMs < b.entry.timeMs; });
    std::inplace_merge(m_items.begin(), m_items.begin() + middle, m_items.end(),
        [](const Item& a, const Item& b) { return a.entry.timeMs < b.entry.timeMs; });
    refilter();
    endResetModel();
}

void LogEntryModel::removeFile(const QString& name)
{
    const int file = static_cast<int>(m_files.indexOf(name));
    if (file < 0)
        return;
    beginResetModel();
    m_files.removeAt(file);
    std::erase_if(m_items, [file](const Item& item) { return item.file == file; });
    for (Item& item : m_items) {
        if (item.file > file)
            --item.file;
    }
    refilter();
    endResetModel();
}

void LogEntryModel::append(const QString& name, const QList<LogEntry>& entries)
{
    int file = static_cast<int>(m_files.indexOf(name));
    if (file < 0 || m_files.size() > 1) {
        addFile(name, entries); // merged views take the simple way
        return;
    }
    const int first = static_cast<int>(m_visible.size());
    std::vector<int> added;
    for (const LogEntry& e : entries) {
        m_items.push_back(Item {e, file});
        if (matches(m_items.back()))
            added.push_back(static_cast<int>(m_items.size() - 1));
    }
    if (added.empty())
        return;
    beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
    m_visible.insert(m_visible.end(), added.begin(), added.end());
    endInsertRows();
}

void LogEntryModel::setFilter(const Filter& filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    refilter();
    endResetModel();
}

bool LogEntryModel::matches(const Item& item) const
{
    const LogEntry& e = item.entry;
    if (m_filter.minimumSeverity && int(e.severity) < int(*m_filter.minimumSeverity))
        return false;
    if (m_filter.thread && e.thread != *m_filter.thread)
        return false;
    if (!m_filter.component.isEmpty() && e.component != m_filter.component)
        return false;
    return m_filter.text.isEmpty() || e.text().contains(m_filter.text, Qt::CaseInsensitive);
}

void LogEntryModel::refilter()
{
    m_visible.clear();
    m_visible.reserve(m_items.size());
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        if (matches(m_items[i]))
            m_visible.push_back(static_cast<int>(i));
    }
}

QStringList LogEntryModel::components() const
{
    QSet<QString> seen;
    for (const Item& item : m_items)
        seen.insert(item.entry.component);
    QStringList names(seen.begin(), seen.end());
    names.sort();
    return names;
}

int LogEntryModel::findProblem(int row, bool forward) const
{
    const int count = static_cast<int>(m_visible.size());
    for (int r = forward ? row + 1 : row - 1; r >= 0 && r < count; r += forward ? 1 : -1) {
        if (m_items[static_cast<std::size_t>(m_visible[static_cast<std::size_t>(r)])].entry.severity
            != LogEntry::Severity::Info)
            return r;
    }
    return -1;
}

QString LogEntryModel::copyText(const QList<int>& rows) const
{
    QStringList lines;
    for (int row : rows) {
        QStringList cells;
        for (int column = 0; column < ColumnCount; ++column) {
            if (column != File || showsFiles())
                cells << data(index(row, column)).toString();
        }
        lines << cells.join(u'\t');
    }
    return lines.join(u'\n');
}

int LogEntryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_visible.size());
}

int LogEntryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogEntryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Item& item = m_items[static_cast<std::size_t>(m_visible[static_cast<std::size_t>(index.row())])];
    const LogEntry& e = item.entry;
    if (role == SeverityRole)
        return int(e.severity);
    if (role == Qt::BackgroundRole) {
        // The colour repeats what the Severity column says in words.
        if (e.severity == LogEntry::Severity::Error)
            return QBrush(QColor(0xfd, 0xe0, 0xdc));
        if (e.severity == LogEntry::Severity::Warning)
            return QBrush(QColor(0xff, 0xf4, 0xce));
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == Code && e.code)
        return ErrorCodes::describe(*e.code).value_or(QString());
    // The Text column shows one line; the tooltip and the detail view the whole text.
    if (role == Qt::ToolTipRole && index.column() == Text)
        return e.text();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.timeMs, QTimeZone::utc()),
            UtcTime::shortDatePattern() + QStringLiteral(" HH:mm:ss.zzz"));
    case Severity:
        return severityName(e.severity);
    case Component:
        return e.component;
    case Thread:
        return QString::number(e.thread);
    case Code:
        // Decimal as the logs print it ("#2147942405"), the HRESULT beside it as the KB articles do.
        return e.code ? QStringLiteral("%1 (0x%2)").arg(*e.code).arg(*e.code, 8, 16, QLatin1Char('0')) : QString();
    case Text:
        return QString(e.text()).replace(u'\n', QStringLiteral(" \u21b5 "));
    case File:
        return QStringLiteral("%1:%2").arg(m_files.value(item.file)).arg(e.line);
    }
    return {};
}

QVariant LogEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Severity:
        return tr("Severity");
    case Component:
        return tr("Component");
    case Thread:
        return tr("Thread");
    case Code:
        return tr("Code");
    case Text:
        return tr("Text");
    case File:
        return tr("File:line");
    }
    return {};
}
