#pragma once

#include "store/CsvExporter.h"
#include "store/CsvImporter.h"
#include "store/Inventory.h"
#include "store/TableSpec.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// A throw-away inventory in a temporary folder, filled from CSV text.
class TestInventory
{
public:
    TestInventory()
    {
        QString error;
        m_ok = m_dir.isValid() && m_inventory.open(path(), &error);
        if (!m_ok)
            qWarning("cannot open test inventory: %s", qPrintable(error));
    }

    bool isOpen() const { return m_ok; }
    Inventory& inventory() { return m_inventory; }
    QString path() const { return m_dir.filePath(QStringLiteral("inventory.db")); }
    QString dir() const { return m_dir.path(); }

    CsvImporter::Result import(const QString& table, const QByteArray& csv, const QString& fileName = QString())
    {
        CsvImporter importer(m_inventory);
        return importer.importData(
            *TableSpecs::find(table), csv, fileName.isEmpty() ? table + QStringLiteral(".csv") : fileName);
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
            const CsvImporter::Result result = import(table, file.readAll(), file.fileName());
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
    Inventory m_inventory;
    bool m_ok = false;
};
