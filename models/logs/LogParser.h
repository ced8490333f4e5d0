#pragma once

#include "LogEntry.h"

#include <QByteArray>

// Reads SMS 2.0 logs ("text $$<COMPONENT><Tue Jan 04 15:19:23.375 2000[ Time Zone]><thread=112 (0x70)>")
// and Configuration Manager logs ("<![LOG[text]LOG]!><time=... date=... component=... type=... thread=...>"),
// detecting the format from the first entry. Works on bytes; a line it cannot read is listed, not fatal.
namespace LogParser {
LogFile parse(const QByteArray& data);
// Finds an error code in a line's text: "#2147942405", "error 2147942405", "0x80070005", "(5)".
std::optional<quint32> findCode(QByteArrayView text);
} // namespace LogParser
