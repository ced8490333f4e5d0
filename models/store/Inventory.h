#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

// One inventory on a connection of its own, with the schema migrated to the current version:
// an SQLite file (foreign keys on, WAL), or a PostgreSQL database that a team shares, named
// postgresql://user@host:port/database (the password from ~/.pgpass or PGPASSWORD, never stored).
enum class Engine { Sqlite, Postgres };

class Inventory final
{
public:
    Inventory();
    ~Inventory();
    Q_DISABLE_COPY_MOVE(Inventory)

    // Opens (creating a missing file) and migrates. A file that is not an inventory, or one from a
    // newer CapPlanner, is refused and left untouched. An older one is copied beside itself first.
    bool open(const QString& path, QString* error) { return open(path, true, error); }
    // The same, refusing a file that does not exist yet.
    bool openExisting(const QString& path, QString* error) { return open(path, false, error); }
    // The old argument order, kept only for views/PlanRunner and bench/ until they call
    // openExisting(path, &error); remove it then.
    bool open(const QString& path, QString* error, bool create) { return open(path, create, error); }
    void close();
    bool isOpen() const;

    // The file path or the server location it was opened from.
    QString path() const { return m_path; }
    // "inventory.db", or "capplanner on dbhost": for titles and reports.
    QString displayName() const;
    Engine engine() const { return m_engine; }
    static bool isServerLocation(const QString& location);
    static int busyTimeoutMs();

    // An SQLite error in words an administrator can act on: another program holding the write
    // lock, a read-only or damaged file, a full disk; otherwise SQLite's own text.
    static QString explain(const QSqlError& error);
    QSqlDatabase database() const;

    // Tells the other consoles on a shared (PostgreSQL) inventory that `table` changed: a
    // NOTIFY on ChangeChannel, delivered when the surrounding transaction commits, and not at all
    // if it rolls back. Nothing on SQLite, where consoles refresh by hand (View > Refresh).
    void announceChange(const QString& table) const;
    static constexpr const char* ChangeChannel = "capplanner_changes";

    // A prepared statement on this inventory's connection.
    class QSqlQuery prepare(const QString& sql) const;

    // Raises the page cache for the lifetime of a bulk import, then gives the memory back.
    class BulkWork final
    {
    public:
        explicit BulkWork(const Inventory& inventory);
        ~BulkWork();
        Q_DISABLE_COPY_MOVE(BulkWork)

    private:
        const Inventory& m_inventory;
    };

private:
    // Negative: KiB, as PRAGMA cache_size takes it.
    static constexpr int NormalCacheKiB = -32768;
    static constexpr int BulkCacheKiB = -262144;

    bool open(const QString& path, bool create, QString* error);
    bool openServer(const QString& location, QString* error);
    bool checkAndMigrate(QSqlDatabase& db, QString* error);

    QString m_connectionName;
    QString m_path;
    Engine m_engine = Engine::Sqlite;
};
