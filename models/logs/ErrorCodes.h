#pragma once

#include <QString>
#include <optional>

// What the error codes SMS clients log mean (Q236052, Q208618, Q227033), as HRESULTs: a Win32 code
// n is 0x80070000 | n.
namespace ErrorCodes {
quint32 toHresult(quint32 code);
// Nothing for a code we do not know.
std::optional<QString> describe(quint32 code);
} // namespace ErrorCodes
