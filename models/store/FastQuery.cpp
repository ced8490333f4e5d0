#include "FastQuery.h"

#include "NativeSqlite.h"
#include "SqlDialect.h"

#include <QSqlDriver>
#include <QVariant>
#ifdef CAPPLANNER_LIBPQ
#include <libpq-fe.h>
#else
#include <QSqlQuery>
#include <QSqlRecord>
#endif

namespace FastQuery {
namespace {
// At most this many columns per row on a server.
constexpr int MaxColumns = 8;

// "?1 ... ?2" to "$1 ... $2" (quoted literals skipped); plain "?" are numbered in order.
QString numbered(const QString& sql)
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
    return out;
}

#ifdef CAPPLANNER_LIBPQ
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

// The whole result in one go, in binary: integers arrive as 8 big-endian bytes, text as its bytes.
struct PgResult
{
    PGresult* result = nullptr;
    ~PgResult() { PQclear(result); }
};

qint64 bigEndian(const char* bytes, int size)
{
    quint64 value = 0;
    for (int i = 0; i < size; ++i)
        value = value << 8 | quint8(bytes[i]);
    // 2-, 4- and 8-byte integers: sign-extend the shorter ones.
    const int shift = 64 - 8 * size;
    return size > 0 && size < 8 ? qint64(value << shift) >> shift : qint64(value);
}

// Every row of `sql` on a PostgreSQL connection, through libpq.
bool serverRows(const QSqlDatabase& database, const QString& sql, const QStringList& parameters,
    const std::function<void(const Row&)>& row, QString* error)
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
    PgResult result;
    result.result = PQexecParams(connection, numbered(sql).toUtf8().constData(), int(pointers.size()), nullptr,
        pointers.data(), nullptr, nullptr, 1);
    if (PQresultStatus(result.result) != PGRES_TUPLES_OK) {
        *error = QString::fromUtf8(PQresultErrorMessage(result.result)).trimmed();
        return false;
    }
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
#else
// Every row of `sql` on a PostgreSQL connection, through Qt SQL (built without libpq). The driver
// passes "$1" through to the server unchanged, so a parameter may be used more than once.
bool serverRows(const QSqlDatabase& database, const QString& sql, const QStringList& parameters,
    const std::function<void(const Row&)>& row, QString* error)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.prepare(numbered(sql))) {
        *error = query.lastError().text();
        return false;
    }
    for (const QString& parameter : parameters)
        query.addBindValue(parameter);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    QByteArray texts[MaxColumns];
    qint64 integers[MaxColumns] = {};
    bool nulls[MaxColumns] = {};
    while (query.next()) {
        const int count = std::min(MaxColumns, query.record().count());
        for (int i = 0; i < count; ++i) {
            const QVariant value = query.value(i);
            nulls[i] = value.isNull();
            if (nulls[i])
                continue;
            if (value.typeId() == QMetaType::QString)
                texts[i] = value.toString().toUtf8();
            else
                integers[i] = value.toLongLong();
        }
        row(Row(texts, integers, nulls));
    }
    if (query.lastError().isValid()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}
#endif
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
    return serverRows(
        database, QStringLiteral("SELECT %1 FROM clients WHERE %2").arg(columns, where), {site}, row, error);
}

bool selectIds(const QSqlDatabase& database, const QString& sql, const QStringList& parameters,
    std::vector<qint64>* ids, QString* error)
{
    if (!SqlDialect::isPostgres(database))
        return NativeSqlite::selectIds(database, sql, parameters, ids, error);
    ids->clear();
    return serverRows(
        database, sql, parameters, [ids](const Row& values) { ids->push_back(values.integer(0)); }, error);
}

bool forEachPair(const QSqlDatabase& database, const QString& sql, const QStringList& parameters,
    const std::function<void(qint64, int)>& row, QString* error)
{
    if (!SqlDialect::isPostgres(database))
        return NativeSqlite::forEachPair(database, sql, parameters, row, error);
    return serverRows(
        database, sql, parameters, [&row](const Row& values) { row(values.integer(0), int(values.integer(1))); },
        error);
}

bool connectionLost(const QSqlDatabase& database, const QSqlError& error)
{
    if (!SqlDialect::isPostgres(database))
        return false;
    const QString state = error.nativeErrorCode();
    if (error.type() == QSqlError::ConnectionError || state.startsWith(u"08") || state == u"57P01" || state == u"57P02"
        || state == u"57P03")
        return true;
    // Qt's driver reports a dropped connection as a statement error with no SQLSTATE ("no
    // connection to the server"): ask libpq.
    if (!database.isOpen())
        return true;
#ifdef CAPPLANNER_LIBPQ
    QString why;
    const PGconn* connection = connectionOf(database, &why);
    return !connection || PQstatus(connection) == CONNECTION_BAD;
#else
    return false;
#endif
}
} // namespace FastQuery
