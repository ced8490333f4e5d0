#include "FastQuery.h"

#include "NativeSqlite.h"
#include "SqlDialect.h"

#include <QSqlDriver>
#include <QVariant>
#include <libpq-fe.h>

namespace FastQuery {
namespace {
// The libpq connection under Qt's PostgreSQL driver. Like NativeSqlite's handle, used only between
// Qt's own statements on the same thread, for reads whose rows Qt would convert one value at a time.
PGconn* connectionOf(const QSqlDatabase& database, QString* error)
{
    const QVariant handle = database.driver() ? database.driver()->handle() : QVariant();
    // Qt names the type after libpq's struct: "pg_conn*" (PGconn is its typedef).
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0)) {
        *error = QStringLiteral("not a PostgreSQL connection");
        return nullptr;
    }
    return *static_cast<PGconn* const*>(handle.data());
}

// "?1 ... ?2" to "$1 ... $2" (quoted literals skipped); plain "?" are numbered in order.
QByteArray numbered(const QString& sql)
{
    QString out;
    bool quoted = false;
    int next = 1;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (c == u'\'')
            quoted = !quoted;
        if (quoted || c != u'?') {
            out += c;
            continue;
        }
        qsizetype end = i + 1;
        while (end < sql.size() && sql.at(end).isDigit())
            ++end;
        out += u'$' + (end > i + 1 ? sql.mid(i + 1, end - i - 1) : QString::number(next));
        ++next;
        i = end - 1;
    }
    return out.toUtf8();
}

// The whole result in one go, in binary: integers arrive as 8 big-endian bytes, text as its bytes.
struct PgResult
{
    PGresult* result = nullptr;
    ~PgResult() { PQclear(result); }
};

bool pgQuery(
    const QSqlDatabase& database, const QString& sql, const QStringList& parameters, PgResult* out, QString* error)
{
    PGconn* connection = connectionOf(database, error);
    if (!connection)
        return false;
    std::vector<QByteArray> values;
    std::vector<const char*> pointers;
    for (const QString& parameter : parameters)
        values.push_back(parameter.toUtf8());
    for (const QByteArray& value : values)
        pointers.push_back(value.constData());
    out->result = PQexecParams(
        connection, numbered(sql).constData(), int(pointers.size()), nullptr, pointers.data(), nullptr, nullptr, 1);
    if (PQresultStatus(out->result) == PGRES_TUPLES_OK)
        return true;
    *error = QString::fromUtf8(PQresultErrorMessage(out->result)).trimmed();
    return false;
}

qint64 bigEndian(const char* bytes, int size)
{
    quint64 value = 0;
    for (int i = 0; i < size; ++i)
        value = value << 8 | quint8(bytes[i]);
    // 2-, 4- and 8-byte integers: sign-extend the shorter ones.
    const int shift = 64 - 8 * size;
    return size > 0 && size < 8 ? qint64(value << shift) >> shift : qint64(value);
}
} // namespace

bool forEachClientOfSite(const QSqlDatabase& database, const QString& columns, const QString& index,
    const QString& site, const std::function<void(const Row&)>& row, QString* error, Part part)
{
    const bool postgres = SqlDialect::isPostgres(database);
    QString where = QStringLiteral("site = ?1");
    if (part.count > 1) {
        where += postgres ? QStringLiteral(" AND mod(hashtext(name) & 2147483647, %1) = %2")
                          : QStringLiteral(" AND rowid % %1 = %2");
        where = where.arg(part.count).arg(part.index);
    }
    if (!postgres) {
        // The aggregate hands over each row's values without a result row going back through the API.
        return NativeSqlite::forEachValues(
            database,
            QStringLiteral("SELECT capplanner_each(%1) FROM clients INDEXED BY %2 WHERE %3").arg(columns, index, where),
            {site}, [&row](sqlite3_value** values) { row(Row(values)); }, error);
    }
    PgResult result;
    if (!pgQuery(
            database, QStringLiteral("SELECT %1 FROM clients WHERE %2").arg(columns, where), {site}, &result, error))
        return false;
    constexpr int MaxColumns = 8;
    const int count = std::min(MaxColumns, PQnfields(result.result));
    bool isText[MaxColumns] = {};
    for (int i = 0; i < count; ++i)
        isText[i] = PQfformat(result.result, i) == 1 && PQfsize(result.result, i) < 0; // variable length: text
    QByteArray texts[MaxColumns];
    qint64 integers[MaxColumns] = {};
    bool nulls[MaxColumns] = {};
    const int rows = PQntuples(result.result);
    for (int r = 0; r < rows; ++r) {
        for (int i = 0; i < count; ++i) {
            nulls[i] = PQgetisnull(result.result, r, i);
            if (nulls[i])
                continue;
            const char* bytes = PQgetvalue(result.result, r, i);
            const int size = PQgetlength(result.result, r, i);
            if (isText[i])
                texts[i] = QByteArray::fromRawData(bytes, size); // no copy: the result outlives the call
            else
                integers[i] = bigEndian(bytes, size);
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
    PgResult result;
    if (!pgQuery(database, sql, parameters, &result, error))
        return false;
    const int rows = PQntuples(result.result);
    ids->reserve(std::size_t(rows));
    for (int r = 0; r < rows; ++r)
        ids->push_back(bigEndian(PQgetvalue(result.result, r, 0), PQgetlength(result.result, r, 0)));
    return true;
}

bool forEachPair(const QSqlDatabase& database, const QString& sql, const QStringList& parameters,
    const std::function<void(qint64, int)>& row, QString* error)
{
    if (!SqlDialect::isPostgres(database))
        return NativeSqlite::forEachPair(database, sql, parameters, row, error);
    PgResult result;
    if (!pgQuery(database, sql, parameters, &result, error))
        return false;
    const int rows = PQntuples(result.result);
    for (int r = 0; r < rows; ++r)
        row(bigEndian(PQgetvalue(result.result, r, 0), PQgetlength(result.result, r, 0)),
            int(bigEndian(PQgetvalue(result.result, r, 1), PQgetlength(result.result, r, 1))));
    return true;
}
} // namespace FastQuery
