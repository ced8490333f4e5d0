#pragma once

#include <QString>
#include <optional>

// Times are kept as seconds since the epoch in UTC, in memory and in the store.
namespace UtcTime {
constexpr qint64 Minute = 60;
constexpr qint64 Hour = 3600;
constexpr qint64 Day = 86400;

// ISO 8601: "2026-12-01T08:00:00Z", with an offset ("+02:00"), without seconds, or with a
// fraction; a time without a zone is taken as UTC. A bare date is midnight UTC.
std::optional<qint64> parse(const QString& text);
// "2026-12-01T08:00:00Z"
QString format(qint64 seconds);
qint64 now();

// For people, in the default locale's language and formats, marked UTC: "Sunday, 6 December 2026,
// 01:00 UTC" (long) or "06.12.2026 01:00 UTC" (short, always with a four-digit year). CSV and JSON
// keep format().
QString longDisplay(qint64 seconds);
QString shortDisplay(qint64 seconds);
// The locale's short date pattern with a four-digit year: "dd.MM.yyyy".
QString shortDatePattern();
// The short format's pattern, for date-time editors: "dd.MM.yyyy HH:mm 'UTC'".
QString shortEditPattern();
} // namespace UtcTime
