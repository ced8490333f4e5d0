#include "QueryTableModel.h"

#include "domain/UtcTime.h"
#include "store/Inventory.h"

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
{
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
    beginResetModel();
    m_rows.clear();
    QStringList expressions;
    for (const Column& c : std::as_const(m_columns))
        expressions << c.expression;
    QString where;
    if (!m_scope.isEmpty()) {
        QStringList placeholders(m_scope.size(), QStringLiteral("?"));
        where = QStringLiteral(" WHERE %1 IN (%2)").arg(m_scopeColumn, placeholders.join(u','));
    }
    const QString direction = m_sortOrder == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QSqlQuery query = m_inventory.prepare(
        QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4 %5, 1 %5")
            .arg(expressions.join(QStringLiteral(", ")), m_from, where, QString::number(m_sortColumn + 1), direction));
    for (const QString& site : std::as_const(m_scope))
        query.addBindValue(site);
    if (query.exec()) {
        while (query.next()) {
            QVariantList row;
            for (int i = 0; i < m_columns.size(); ++i)
                row << query.value(i);
            m_rows << row;
        }
    }
    endResetModel();
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
