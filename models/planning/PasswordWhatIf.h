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

// An account whose old password some clients still hold (Q237759: a client with an invalid password
// locks out every account it knows whose password changed). The what-if's own account comes first.
struct AccountLockout
{
    QString account;
    qint64 changedAt = 0; // the password change: the what-if's time for its own account
    qint64 holders = 0; // NT non-stale clients that know it and refreshed before changedAt + P
    std::optional<qint64> from; // set when the domain locks accounts out
    std::optional<qint64> until;
    bool already = false; // changed before the what-if: may be locking out now
};

// RULES.md R3: what happens when account A's password changes in place at time T.
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
    // The latest self-uninstall of the orphaned clients that remove themselves; neverUninstall counts
    // the orphaned ones without Site Config Last Checked, which never do (Q265358). A lockout's
    // `until` (and delayedUntil) is empty when such a client holds the old password: for good.
    std::optional<qint64> selfUninstallBy;
    qint64 neverUninstall = 0;
    // Every account with holders of an old password, the what-if's first (empty when none holds one).
    QList<AccountLockout> lockouts;
    // Fallback clients whose every remaining valid account is locked out at their deadline; they
    // are updated only when the first of those is free again (delayedUntil: the latest such time).
    qint64 delayedByLockout = 0;
    std::optional<qint64> delayedUntil;
    // Orphaned clients that Logon Discovery gives the new account and password at their next logon
    // (Q237759); upgrade-blocked ones cannot be rescued at logon (Q236052).
    qint64 recoverAtLogon = 0;
    bool logonDiscovery = false;
    QList<RecoveryOption> recovery;
    // The safer alternative's new account, named in the site's pattern (AccountNames::next; free
    // across the domain's accounts, removed ones too).
    QString newAccount;
    qint64 addNewAccountAt = 0;
    qint64 removeOldAt = 0;
    // A maximum password age of 0: passwords never expire and no rotation is needed; cadenceDays and
    // accountsNeeded are then 0 (JSON null).
    bool rotationNeeded = true;
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
