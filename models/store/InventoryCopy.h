#pragma once

#include <QString>
#include <functional>
#include <optional>

class Inventory;

// Copies a whole inventory into an empty one, on either engine (capplanner copy): the eight tables
// through the CSV export and import, so the copy passes the same checks and exports the same
// bytes; then the saved plans and the log findings as they are. One transaction on the target:
// all or nothing.
namespace InventoryCopy {
// Told each table's name as it starts.
using Progress = std::function<void(const QString& table)>;
// Every row written, in all tables.
std::optional<qint64> copy(const Inventory& from, Inventory& to, const Progress& progress, QString* error);
} // namespace InventoryCopy
