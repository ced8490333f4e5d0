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
} // namespace UtcTime
