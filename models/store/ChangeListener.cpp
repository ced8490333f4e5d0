#include "ChangeListener.h"

#include "Inventory.h"

#include <QSqlDriver>
#include <QTimer>

ChangeListener::ChangeListener(const Inventory& inventory, QObject* parent)
    : QObject(parent)
    , m_burst(new QTimer(this))
{
    m_burst->setSingleShot(true);
    m_burst->setInterval(300);
    connect(m_burst, &QTimer::timeout, this, &ChangeListener::othersChanged);
    if (inventory.engine() != Engine::Postgres)
        return;
    QSqlDriver* driver = inventory.database().driver();
    if (!driver->subscribeToNotification(QString::fromLatin1(Inventory::ChangeChannel)))
        return;
    m_listening = true;
    connect(driver, &QSqlDriver::notification, this,
        [this](const QString&, QSqlDriver::NotificationSource source, const QVariant&) {
            if (source != QSqlDriver::SelfSource)
                m_burst->start();
        });
}
