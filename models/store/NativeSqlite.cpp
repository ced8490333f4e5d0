#include "NativeSqlite.h"

#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

namespace {
thread_local const std::function<void(sqlite3_value**)>* currentRow = nullptr;

void eachStep(sqlite3_context*, int, sqlite3_value** values)
{
    if (currentRow)
        (*currentRow)(values);
}

void eachFinal(sqlite3_context* context)
{
    sqlite3_result_null(context);
}

sqlite3* handleOf(const QSqlDatabase& database, QString* error)
{
    const QVariant handle = database.driver() ? database.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        *error = QStringLiteral("not an SQLite connection");
        return nullptr;
    }
    return *static_cast<sqlite3* const*>(handle.data());
}

template <typename RowHandler>
bool run(
    const QSqlDatabase& database, const QString& sql, const QStringList& parameters, QString* error, RowHandler handle)
{
    sqlite3* db = handleOf(database, error);
    if (!db)
        return false;
    sqlite3_stmt* statement = nullptr;
    const QByteArray text = sql.toUtf8();
    int prepared = sqlite3_prepare_v2(db, text.constData(), static_cast<int>(text.size()), &statement, nullptr);
    if (prepared != SQLITE_OK && text.contains("capplanner_each(")) {
        // Registered once per connection, on first use; only our own statements may call it.
        sqlite3_create_function_v2(
            db, "capplanner_each", -1, SQLITE_UTF8 | SQLITE_DIRECTONLY, nullptr, nullptr, eachStep, eachFinal, nullptr);
        prepared = sqlite3_prepare_v2(db, text.constData(), static_cast<int>(text.size()), &statement, nullptr);
    }
    if (prepared != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    for (int i = 0; i < parameters.size(); ++i) {
        const QByteArray value = parameters.at(i).toUtf8();
        sqlite3_bind_text(statement, i + 1, value.constData(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
    }
    int rc;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
        handle(statement);
    if (rc != SQLITE_DONE)
        *error = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(statement);
    return rc == SQLITE_DONE;
}
} // namespace

namespace NativeSqlite {
bool forEachValues(const QSqlDatabase& database, const QString& sql, const QStringList& parameters,
    const std::function<void(sqlite3_value**)>& row, QString* error)
{
    const auto* outer = currentRow;
    currentRow = &row;
    const bool ok = run(database, sql, parameters, error, [](sqlite3_stmt*) {});
    currentRow = outer;
    return ok;
}

bool selectIds(const QSqlDatabase& database, const QString& sql, const QStringList& parameters,
    std::vector<qint64>* ids, QString* error)
{
    ids->clear();
    return run(database, sql, parameters, error,
        [ids](sqlite3_stmt* statement) { ids->push_back(sqlite3_column_int64(statement, 0)); });
}

bool forEachPair(const QSqlDatabase& database, const QString& sql, const QStringList& parameters,
    const std::function<void(qint64, int)>& row, QString* error)
{
    return run(database, sql, parameters, error,
        [&row](sqlite3_stmt* statement) { row(sqlite3_column_int64(statement, 0), sqlite3_column_int(statement, 1)); });
}
} // namespace NativeSqlite
