#include "FastQuery.h"

#include "NativeSqlite.h"
#include "SqlDialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace FastQuery {
namespace {
// "?2 ... ?1" with [a, b] becomes "? ... ?" with [b, a]: Qt's PostgreSQL driver binds plain
// positional markers only. Quoted literals are skipped.
QSqlQuery preparePortable(const QSqlDatabase& database, const QString& sql, const QStringList& parameters)
{
    QString plain;
    QStringList ordered;
    bool quoted = false;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (c == u'\'')
            quoted = !quoted;
        if (quoted || c != u'?') {
            plain += c;
            continue;
        }
        qsizetype end = i + 1;
        while (end < sql.size() && sql.at(end).isDigit())
            ++end;
        const int number = end > i + 1 ? sql.mid(i + 1, end - i - 1).toInt() : int(ordered.size()) + 1;
        ordered << parameters.value(number - 1);
        plain += u'?';
        i = end - 1;
    }
    QSqlQuery query(database);
    query.setForwardOnly(true);
    query.prepare(plain);
    for (const QString& value : std::as_const(ordered))
        query.addBindValue(value);
    return query;
}

bool run(QSqlQuery& query, QString* error)
{
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}
} // namespace

bool forEachClientOfSite(const QSqlDatabase& database, const QString& columns, const QString& index,
    const QString& site, const std::function<void(const Row&)>& row, QString* error)
{
    if (!SqlDialect::isPostgres(database)) {
        // The aggregate hands over each row's values without a result row going back through the API.
        return NativeSqlite::forEachValues(
            database,
            QStringLiteral("SELECT capplanner_each(%1) FROM clients INDEXED BY %2 WHERE site = ?1").arg(columns, index),
            {site}, [&row](sqlite3_value** values) { row(Row(values)); }, error);
    }
    QSqlQuery query
        = preparePortable(database, QStringLiteral("SELECT %1 FROM clients WHERE site = ?1").arg(columns), {site});
    if (!run(query, error))
        return false;
    constexpr int MaxColumns = 8;
    QByteArray texts[MaxColumns];
    qint64 integers[MaxColumns] = {};
    bool nulls[MaxColumns] = {};
    const int count = std::min(MaxColumns, int(columns.count(u',')) + 1);
    while (query.next()) {
        for (int i = 0; i < count; ++i) {
            const QVariant value = query.value(i);
            nulls[i] = value.isNull();
            if (nulls[i])
                continue;
            if (value.typeId() == QMetaType::QString) {
                texts[i] = value.toString().toUtf8();
            } else {
                integers[i] = value.toLongLong();
                texts[i].clear();
            }
        }
        row(Row(texts, integers, nulls));
    }
    return true;
}

bool selectIds(const QSqlDatabase& database, const QString& sql, const QStringList& parameters,
    std::vector<qint64>* ids, QString* error)
{
    if (!SqlDialect::isPostgres(database))
        return NativeSqlite::selectIds(database, sql, parameters, ids, error);
    ids->clear();
    QSqlQuery query = preparePortable(database, sql, parameters);
    if (!run(query, error))
        return false;
    while (query.next())
        ids->push_back(query.value(0).toLongLong());
    return true;
}

bool forEachPair(const QSqlDatabase& database, const QString& sql, const QStringList& parameters,
    const std::function<void(qint64, int)>& row, QString* error)
{
    if (!SqlDialect::isPostgres(database))
        return NativeSqlite::forEachPair(database, sql, parameters, row, error);
    QSqlQuery query = preparePortable(database, sql, parameters);
    if (!run(query, error))
        return false;
    while (query.next())
        row(query.value(0).toLongLong(), query.value(1).toInt());
    return true;
}
} // namespace FastQuery
