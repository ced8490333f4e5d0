#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QSpinBox;

// File > Connect to Server: the PostgreSQL inventory a team shares, as
// postgresql://user@host:port/database. There is no password field on purpose: libpq reads it from
// ~/.pgpass or PGPASSWORD, and CapPlanner never stores one.
class ConnectServerDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectServerDialog(QWidget* parent = nullptr);

    // The location the fields spell.
    QString location() const;
    // Fills the fields from an earlier location.
    void setLocation(const QString& location);

private:
    void updateLocation();

    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QLabel* m_location;
};
