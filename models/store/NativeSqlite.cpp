#include "NativeSqlite.h"

#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

namespace {
template <typename RowHandler>
bool run(
    const QSqlDatabase& database, const QString& sql, const QStringList& parameters, QString* error, RowHandler handle)
{
    const QVariant handleVariant = database.driver() ? database.driver()->handle() : QVariant();
    if (!handleVariant.isValid() || qstrcmp(handleVariant.typeName(), "sqlite3*") != 0) {
        *error = QStringLiteral("not an SQLite connection");
        return false;
    }
    sqlite3* db = *static_cast<sqlite3* const*>(handleVariant.data());
    sqlite3_stmt* statement = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(db, text.constData(), static_cast<int>(text.size()), &statement, nullptr) != SQLITE_OK) {
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
