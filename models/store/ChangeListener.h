#pragma once

#include <QObject>

class Inventory;
class QTimer;

// Other consoles' changes to a server inventory: Qt's PostgreSQL driver LISTENs on
// Inventory::ChangeChannel and reports each NOTIFY through the event loop. Our own changes arrive
// too and are left out (already shown); a burst of changes is told once. On a file nothing is
// told: consoles sharing one refresh by hand.
class ChangeListener final : public QObject
{
    Q_OBJECT
public:
    // Listens on the inventory's own connection; goes before the inventory closes.
    explicit ChangeListener(const Inventory& inventory, QObject* parent = nullptr);
    bool isListening() const { return m_listening; }

signals:
    void othersChanged();

private:
    QTimer* m_burst;
    bool m_listening = false;
};
