#pragma once

#include "TimingParameters.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

struct PasswordWhatIfRequest
{
    QString site;
    QString account;
    qint64 at = 0;
    TimingParameters timing;
    // How many names each list holds at most; 0 for none.
    int listLimit = 0;
};

struct RecoveryOption
{
    QString method; // smsman, registry-reset, guest-account, wait
    bool available = false;
    qint64 clients = 0;
    QString note;
};

// Rule 3 of DOMAIN.md: what happens when account A's password changes in place at time T.
struct PasswordWhatIf
{
    PasswordWhatIfRequest request;
    qint64 orphaned = 0;
    qint64 fallback = 0;
    qint64 unaffected = 0;
    qint64 stale = 0;
    qint64 holders = 0; // clients still holding A's old password: orphaned or fallback ones that know A
    std::optional<qint64> allUpdatedBy;
    bool lockoutEnabled = false;
    int lockoutThreshold = 0;
    std::optional<qint64> lockedFrom;
    std::optional<qint64> lockedUntil;
    std::optional<qint64> selfUninstallBy;
    QList<RecoveryOption> recovery;
    qint64 addNewAccountAt = 0;
    qint64 removeOldAt = 0;
    int cadenceDays = 0;
    int accountsNeeded = 2;
    // The first names of each group, by name (request.listLimit).
    QStringList orphanedClients;
    QStringList fallbackClients;
    QStringList unaffectedClients;
    QStringList staleClients;
};

// A recovery method's name for people ("smsman" → "Smsman or Smsls"); JSON keeps the ids.
QString recoveryMethodName(const QString& id);
