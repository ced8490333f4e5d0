#pragma once

#include "DisplayTime.h"

#include <QDateTime>
#include <QDateTimeEdit>
#include <QTimeZone>

// The wizard pages' time fields: UTC, like the plans.
namespace wizard {
inline QDateTimeEdit* utcEdit(const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* edit = new QDateTimeEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setTimeSpec(Qt::UTC);
    edit->setDisplayFormat(UtcTime::shortEditPattern());
    edit->setCalendarPopup(true);
    return edit;
}

inline qint64 secondsOf(const QDateTimeEdit* edit)
{
    return edit->dateTime().toSecsSinceEpoch();
}

inline void setSeconds(QDateTimeEdit* edit, qint64 t)
{
    edit->setDateTime(QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc()));
}
} // namespace wizard
