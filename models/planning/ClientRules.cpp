#include "ClientRules.h"

namespace ClientRules {
const char* className(Class value)
{
    switch (value) {
    case Class::Stale:
        return "stale";
    case Class::Unaffected:
        return "unaffected";
    case Class::Confirmed:
        return "confirmed";
    case Class::Pending:
        break;
    }
    return "pending";
}

const char* reasonName(NoRecovery reason)
{
    switch (reason) {
    case NoRecovery::NoLogonInstallation:
        return "no-logon-installation";
    case NoRecovery::UpgradeBlocked:
        return "upgrade-blocked";
    case NoRecovery::PushInstalled:
        return "push-installed";
    case NoRecovery::UnknownMethod:
        return "unknown-install-method";
    case NoRecovery::None:
        break;
    }
    return nullptr;
}

const char* paneStatusName(PaneStatus status)
{
    switch (status) {
    case PaneStatus::Stale:
        return "stale";
    case PaneStatus::UpgradeBlocked:
        return "upgrade-blocked";
    case PaneStatus::NoAutomaticRecovery:
        return "no-automatic-recovery";
    case PaneStatus::Ok:
        break;
    }
    return "ok";
}
} // namespace ClientRules
