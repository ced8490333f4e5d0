#pragma once

#include "ServerDatabases.h"
#include "store/CsvExporter.h"
#include "store/CsvImporter.h"
#include "store/Inventory.h"
#include "store/TableSpec.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// A throw-away inventory filled from CSV text: a file in a temporary folder, or, when ctest runs a
// suite's "_postgres" variant (CAPPLANNER_TEST_ENGINE=postgres), a new database on the test server
// scripts/test-postgres.sh started, dropped afterwards.
class TestInventory
{
public:
    TestInventory()
        : m_location(onServer() ? ServerDatabases::create() : m_dir.filePath(QStringLiteral("inventory.db")))
    {
        QString error;
        m_ok = m_dir.isValid() && !m_location.isEmpty() && m_inventory.open(m_location, &error);
        if (!m_ok)
            qWarning("cannot open test inventory: %s", qPrintable(error));
    }
    ~TestInventory()
    {
        m_inventory.close();
        if (onServer())
            ServerDatabases::drop(m_location);
    }

    // This run's inventories live on the test server.
    static bool onServer() { return qEnvironmentVariable("CAPPLANNER_TEST_ENGINE") == u"postgres"; }

    bool isOpen() const { return m_ok; }
    Inventory& inventory() { return m_inventory; }
    // The file path or the server location.
    QString path() const { return m_location; }
    QString dir() const { return m_dir.path(); }

    struct Imported
    {
        bool ok = false;
        qint64 rows = 0;
        QString error;
    };
    Imported import(const QString& table, const QByteArray& csv, const QString& fileName = QString())
    {
        Imported result;
        const std::optional<qint64> rows
            = CsvImporter(m_inventory)
                  .importData(*TableSpecs::find(table), csv,
                      fileName.isEmpty() ? table + QStringLiteral(".csv") : fileName, &result.error);
        result.ok = rows.has_value();
        result.rows = rows.value_or(0);
        return result;
    }

    QByteArray exportTable(const QString& table)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        CsvExporter(m_inventory).exportTable(table, &buffer, &error);
        return buffer.data();
    }

    // Imports the hand-worked scenario of tests/data/scenario in dependency order.
    bool importScenario()
    {
        const QString folder = qEnvironmentVariable("TEST_DATA") + QStringLiteral("/scenario/");
        for (const QString& table : TableSpecs::names()) {
            QFile file(folder + table + QStringLiteral(".csv"));
            if (!file.open(QIODevice::ReadOnly)) {
                qWarning("missing %s", qPrintable(file.fileName()));
                return false;
            }
            const Imported result = import(table, file.readAll(), file.fileName());
            if (!result.ok) {
                qWarning("%s", qPrintable(result.error));
                return false;
            }
        }
        return true;
    }

    // Every table, for checking that a failed import changed nothing.
    QByteArray exportAll()
    {
        QByteArray all;
        for (const QString& table : TableSpecs::names())
            all += exportTable(table);
        return all;
    }

private:
    QTemporaryDir m_dir;
    QString m_location;
    Inventory m_inventory;
    bool m_ok = false;
};
