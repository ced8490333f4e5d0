#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

// What each CSV table holds and how its fields are checked: the contract of the import and export.
enum class FieldType {
    Text, // any text; the key columns must not be empty
    Count, // a whole number >= 0
    Hours, // a number >= 0, fractions allowed
    Bool, // yes/no/true/false/1/0
    Time, // ISO 8601
    Version, // major.minor.build.revision
    Os, // nt4/w2k/win9x
    InstallMethod, // logon/push/manual/unknown
    Licensing, // per-seat/per-server
    SiteRef, // a site code known to the inventory
    ProfileRef, // a disconnection profile known to the inventory
    DomainRef, // a domain known to the inventory
    SiteList, // site codes separated by ';'
    TimeZone, // an IANA time zone name (Europe/Berlin)
};

struct ColumnSpec
{
    QString name;
    FieldType type;
    bool required; // must be in the header and, unless optional(), not empty
    bool optional; // may be empty (stored as NULL or the column's default)
};

struct TableSpec
{
    QString name; // the CSV table name: "logon-points"
    QString sqlTable; // "logon_points"
    QList<ColumnSpec> columns;
    QStringList key; // the columns that identify a row

    const ColumnSpec* column(const QString& name) const;
    QStringList columnNames() const;
    // A key as the store binds it: times (ISO 8601 in the CSV) as epoch seconds.
    QVariantList keyValues(const QStringList& key) const;
};

namespace TableSpecs {
const QList<TableSpec>& all();
const TableSpec* find(const QString& name);
QStringList names();
} // namespace TableSpecs
