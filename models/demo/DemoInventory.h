#pragma once

#include <QString>

class Inventory;

// A realistic hierarchy for trying the console: two domains (one with lockout), five sites at
// different service packs, per-seat and per-server CAPs, a site with a single connection account,
// shared logon points, NT and 9x clients, profiles from "always on" to a holiday blackout. The same
// seed always gives the same inventory.
class DemoInventory final
{
public:
    // Refreshes are spread over the weeks before this fixed moment, so the demo does not change
    // with the day it is made.
    static QString referenceTime() { return QStringLiteral("2026-12-01T08:00:00Z"); }

    static bool create(Inventory& inventory, qint64 clients, quint32 seed, QString* error);
};
