#pragma once

#include <QSqlDatabase>
#include <QString>

// One inventory: an SQLite file opened through Qt SQL on a connection of its own, with foreign
// keys on, WAL, and the schema migrated to the current version.
class Inventory final
{
public:
    Inventory();
    ~Inventory();
    Q_DISABLE_COPY_MOVE(Inventory)

    // Opens (creating when allowed) and migrates. A file that is not an inventory, or one from a
    // newer CapPlanner, is refused and left untouched. An older one is copied beside itself first.
    bool open(const QString& path, QString* error, bool create = true);
    void close();
    bool isOpen() const;

    QString path() const { return m_path; }
    QSqlDatabase database() const;

    // A prepared statement on this inventory's connection.
    class QSqlQuery prepare(const QString& sql) const;

private:
    QString m_connectionName;
    QString m_path;
};
