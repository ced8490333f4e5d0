#pragma once

#include "LogEntry.h"

#include <QByteArray>
#include <QTimeZone>

// Reads SMS 2.0 logs ("text $$<COMPONENT><Tue Jan 04 15:19:23.375 2000[ Time Zone]><thread=112 (0x70)>")
// and Configuration Manager logs ("<![LOG[text]LOG]!><time=... date=... component=... type=... thread=...>"),
// detecting the format from the first entry. Works on bytes; a line it cannot read is listed, not fatal.
class QFile;

namespace LogParser {
// Times come out in UTC: a server log's entries name their Windows time zone ("Pacific Standard
// Time", or the daylight name) and are read in it; entries without one (client logs) are read in
// `zone`, the client's site's zone (RULES.md R5.2). Configuration Manager entries carry
// their own bias. An entry naming a zone Qt does not know is unreadable.
LogFile parse(const QByteArray& data, const QTimeZone& zone = QTimeZone::utc());
// The whole of an open log file; a large one is read in two halves on two threads.
QByteArray readFile(QFile& file);
// Finds an error code in a line's text: "#2147942405", "error 2147942405", "0x80070005", "(5)".
std::optional<quint32> findCode(QByteArrayView text);
} // namespace LogParser
