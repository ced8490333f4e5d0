#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>
#include <functional>
#include <sqlite3.h>
#include <vector>

// The hot read paths (a million ordered ids for the Clients pane, the planners' single pass over a
// site's clients) on either engine: SQLite through its C API (NativeSqlite), PostgreSQL through
// libpq under Qt's driver, or through Qt SQL itself in a build without libpq (CAPPLANNER_LIBPQ=OFF).
// Statements use SQLite's numbered parameters ?1, ?2; the PostgreSQL path renumbers them.
namespace FastQuery {
// One row of a scan, read the same way whichever engine produced it.
class Row
{
public:
    explicit Row(sqlite3_value** values)
        : m_values(values)
    {
    }
    Row(const QByteArray* texts, const qint64* integers, const bool* nulls)
        : m_texts(texts)
        , m_integers(integers)
        , m_nulls(nulls)
    {
    }

    bool isNull(int i) const { return m_values ? sqlite3_value_type(m_values[i]) == SQLITE_NULL : m_nulls[i]; }
    qint64 integer(int i) const { return m_values ? sqlite3_value_int64(m_values[i]) : m_integers[i]; }
    // The text's bytes (UTF-8), valid during the call; `size` is set to their count.
    const char* text(int i, int* size) const
    {
        if (m_values) {
            const auto* bytes = reinterpret_cast<const char*>(sqlite3_value_text(m_values[i]));
            *size = sqlite3_value_bytes(m_values[i]);
            return bytes;
        }
        *size = int(m_texts[i].size());
        return m_texts[i].constData();
    }

private:
    sqlite3_value** m_values = nullptr;
    const QByteArray* m_texts = nullptr;
    const qint64* m_integers = nullptr;
    const bool* m_nulls = nullptr;
};

// One of `count` disjoint parts of a site's clients, for scanning them on several connections at
// once: by row id on SQLite (the covering index holds it), by a hash of the name on PostgreSQL.
struct Part
{
    int index = 0;
    int count = 1;
};

// SELECT `columns` FROM clients WHERE site = ?1 (through `index` on SQLite), calling `row` for each.
bool forEachClientOfSite(const QSqlDatabase& database, const QString& columns, const QString& index,
    const QString& site, const std::function<void(const Row&)>& row, QString* error, Part part = {});
// The first column of every row, as integers.
bool selectIds(const QSqlDatabase& database, const QString& sql, const QStringList& parameters,
    std::vector<qint64>* ids, QString* error);
// The first two integer columns of every row.
bool forEachPair(const QSqlDatabase& database, const QString& sql, const QStringList& parameters,
    const std::function<void(qint64, int)>& row, QString* error);
// Whether a statement on `database` failed because the server went away (stopped, restarted, the
// session ended), not because of what it wrote: by `error`, or by the connection's state after it
// (libpq's CONNECTION_BAD; without libpq, closed). Never on SQLite.
bool connectionLost(const QSqlDatabase& database, const QSqlError& error = {});
} // namespace FastQuery
