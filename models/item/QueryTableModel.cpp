#include "QueryTableModel.h"

#include "domain/UtcTime.h"
#include "store/Inventory.h"
#include "task/BackgroundTask.h"

#include <QDateTime>
#include <QLocale>
#include <QSqlQuery>

QueryTableModel::QueryTableModel(
    const Inventory& inventory, QString from, QString scopeColumn, QList<Column> columns, QObject* parent)
    : QAbstractTableModel(parent)
    , m_inventory(inventory)
    , m_from(std::move(from))
    , m_scopeColumn(std::move(scopeColumn))
    , m_columns(std::move(columns))
    , m_task(new BackgroundTask(this))
{
}

bool QueryTableModel::waitForIdle(int timeoutMs)
{
    return m_task->waitForIdle(timeoutMs);
}

bool QueryTableModel::isLoading() const
{
    return m_task->isBusy();
}

void QueryTableModel::setScope(const QStringList& sites)
{
    m_scope = sites;
    reload();
}

void QueryTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columns.size())
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    if (m_loaded)
        reload();
}

void QueryTableModel::reload()
{
    m_loaded = true;
    QStringList expressions;
    for (const Column& c : std::as_const(m_columns))
        expressions << c.expression;
    QString where;
    if (!m_scope.isEmpty()) {
        QStringList placeholders(m_scope.size(), QStringLiteral("?"));
        where = QStringLiteral(" WHERE %1 IN (%2)").arg(m_scopeColumn, placeholders.join(u','));
    }
    const QString direction = m_sortOrder == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString sql
        = QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4 %5, 1 %5")
              .arg(expressions.join(QStringLiteral(", ")), m_from, where, QString::number(m_sortColumn + 1), direction);
    m_task->start([this, path = m_inventory.path(), sql, binds = m_scope, columns = int(m_columns.size())](
                      TaskControl& control) -> BackgroundTask::Delivery {
        Inventory inventory;
        QString error;
        QList<QVariantList> rows;
        // A read that fails shows no rows, as before.
        if (inventory.open(path, &error, false) && !control.isCanceled()) {
            QSqlQuery query = inventory.prepare(sql);
            for (const QString& site : binds)
                query.addBindValue(site);
            if (query.exec()) {
                while (query.next()) {
                    if (control.isCanceled())
                        return {};
                    QVariantList row;
                    row.reserve(columns);
                    for (int i = 0; i < columns; ++i)
                        row << query.value(i);
                    rows << row;
                }
            }
        }
        return [this, rows = std::move(rows)]() mutable {
            beginResetModel();
            m_rows = std::move(rows);
            endResetModel();
        };
    });
}

int QueryTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int QueryTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant QueryTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_columns.size())
        return {};
    const QVariant value = m_rows.at(index.row()).at(index.column());
    const Format format = m_columns.at(index.column()).format;
    if (role == RawRole) {
        if (format == Format::Time && !value.isNull())
            return UtcTime::format(value.toLongLong());
        return value;
    }
    if (role == Qt::TextAlignmentRole && format == Format::Number)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    if (value.isNull())
        return QString();
    switch (format) {
    case Format::Time:
        return UtcTime::shortDisplay(value.toLongLong());
    case Format::Bool:
        return value.toBool() ? tr("yes") : tr("no");
    case Format::Number:
        return QLocale().toString(value.toLongLong());
    case Format::Text:
        break;
    }
    return value.toString();
}

QVariant QueryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_columns.size())
        return m_columns.at(section).header;
    return QAbstractTableModel::headerData(section, orientation, role);
}
