#pragma once

#include <QSqlQuery>
#include <QString>
#include <optional>

class Inventory;

// Evidence of a refresh (a log line, a heartbeat) moves a client's last_refresh_at forward, never
// back: an older proof says nothing new. Shared by every import of evidence.
class RefreshForward final
{
public:
    explicit RefreshForward(const Inventory& inventory);

    // True when `at` (seconds, UTC) was later than the client's recorded refresh, or none was
    // recorded, and the client now holds it; false when it was not later; nothing on an error.
    std::optional<bool> apply(const QString& client, qint64 at, QString* error);

private:
    QSqlQuery m_update;
};
