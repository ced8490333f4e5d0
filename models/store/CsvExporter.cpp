#include "CsvExporter.h"

#include "Inventory.h"
#include "SqlDialect.h"
#include "TableSpec.h"
#include "csv/CsvWriter.h"
#include "domain/UtcTime.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QString selectSql(const QSqlDatabase& database, const TableSpec& spec, bool byKey)
{
    QStringList expressions;
    for (const ColumnSpec& column : spec.columns) {
        if (column.type == FieldType::SiteList)
            // Sites in the order the logon point lists them.
            expressions << QStringLiteral("(SELECT %1 FROM (SELECT site, position FROM logon_point_sites s "
                                          "WHERE s.server = t.server ORDER BY position) o)")
                               .arg(SqlDialect::joined(database, QStringLiteral("site"), QStringLiteral("';'"),
                                   QStringLiteral("position")));
        else
            expressions << QStringLiteral("t.") + column.name;
    }
    // By the key's bytes on either engine: an inventory exports the same file wherever it lives.
    QStringList order;
    for (const QString& key : spec.key)
        order << (spec.column(key)->type == FieldType::Time
                ? QStringLiteral("t.") + key
                : SqlDialect::byBytes(database, QStringLiteral("t.") + key));
    QString where;
    if (byKey) {
        QStringList parts;
        for (const QString& key : spec.key)
            parts << QStringLiteral("t.%1 = ?").arg(key);
        where = QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    }
    return QStringLiteral("SELECT %1 FROM %2 t%3 ORDER BY %4")
        .arg(expressions.join(QStringLiteral(", ")), spec.sqlTable, where, order.join(QStringLiteral(", ")));
}

QString formatField(FieldType type, const QVariant& value)
{
    if (value.isNull())
        return {};
    switch (type) {
    case FieldType::Time:
        return UtcTime::format(value.toLongLong());
    case FieldType::Bool:
        return value.toInt() ? QStringLiteral("yes") : QStringLiteral("no");
    case FieldType::Hours:
        return QString::number(value.toDouble(), 'g', 15);
    default:
        return value.toString();
    }
}
} // namespace

CsvExporter::CsvExporter(const Inventory& inventory)
    : m_inventory(inventory)
{
}

QStringList CsvExporter::exportOnlyTables()
{
    return {QStringLiteral("client-caps")};
}

bool CsvExporter::exportTable(const QString& table, QIODevice* out, QString* error)
{
    if (table == u"client-caps") {
        const QSqlDatabase database = m_inventory.database();
        QSqlQuery query = m_inventory.prepare(
            QStringLiteral("SELECT client, cap, source, line, imported_at FROM client_cap_evidence ORDER BY %1, %2")
                .arg(SqlDialect::byBytes(database, QStringLiteral("client")),
                    SqlDialect::byBytes(database, QStringLiteral("cap"))));
        if (!query.exec()) {
            *error = query.lastError().text();
            return false;
        }
        CsvWriter writer(out);
        writer.writeRecord(
            {QStringLiteral("client"), QStringLiteral("cap"), QStringLiteral("source"), QStringLiteral("imported_at")});
        while (query.next())
            writer.writeRecord({query.value(0).toString(), query.value(1).toString(),
                QStringLiteral("%1:%2").arg(query.value(2).toString(), query.value(3).toString()),
                UtcTime::format(query.value(4).toLongLong())});
        return writer.flush(error);
    }
    const TableSpec* spec = TableSpecs::find(table);
    if (!spec) {
        *error = QCoreApplication::translate("CsvExporter", "unknown table \"%1\"; the tables are %2")
                     .arg(table, (TableSpecs::names() + exportOnlyTables()).join(QStringLiteral(", ")));
        return false;
    }
    return write(*spec, {}, out, error);
}

bool CsvExporter::exportRow(const TableSpec& spec, const QStringList& key, QIODevice* out, QString* error)
{
    return write(spec, key, out, error);
}

bool CsvExporter::write(const TableSpec& spec, const QStringList& key, QIODevice* out, QString* error)
{
    QSqlQuery query = m_inventory.prepare(selectSql(m_inventory.database(), spec, !key.isEmpty()));
    for (const QVariant& value : spec.keyValues(key))
        query.addBindValue(value);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    CsvWriter writer(out);
    writer.writeRecord(spec.columnNames());
    QStringList fields;
    const qsizetype count = spec.columns.size();
    while (query.next()) {
        fields.clear();
        for (qsizetype i = 0; i < count; ++i)
            fields << formatField(spec.columns.at(i).type, query.value(static_cast<int>(i)));
        writer.writeRecord(fields);
    }
    return writer.flush(error);
}
