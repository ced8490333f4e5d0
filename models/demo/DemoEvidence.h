#pragma once

#include <QString>

class Inventory;

// A folder of client registry exports (docs/EVIDENCE.md) for a demo inventory: for its first
// `clients` clients by name, one .reg file each, alternately REGEDIT4 and version 5 (UTF-16LE),
// listing the CAPs of its site the client knows from its last refresh (RULES.md R1.2) and that
// refresh as Site Config Last Checked in its site's time zone; every tenth file lacks that value.
namespace DemoEvidence {
// The number of files written; -1 with *error set.
int write(const Inventory& inventory, const QString& folder, int clients, QString* error);
} // namespace DemoEvidence
