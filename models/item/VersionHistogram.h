#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class Inventory;

// The clients of a scope by version, in version order, with what the chart needs to group them
// by service pack and mark the versions a logon point of their site would block (Q262677).
struct VersionBar
{
    QString version;
    int servicePack = 0;
    qint64 clients = 0;
    qint64 blockedClients = 0; // of them, at sites whose logon points serve a significantly newer Clicore
};

QList<VersionBar> versionHistogram(const Inventory& inventory, const QStringList& sites);
