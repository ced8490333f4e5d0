#pragma once

#include "PasswordWhatIf.h"

#include <optional>

class Inventory;

// Rule 3 (Q227033, Q237759): counts the clients a password change in place would orphan, lock
// out or leave on another account, from aggregate queries over the site's clients.
class PasswordWhatIfPlanner final
{
public:
    explicit PasswordWhatIfPlanner(const Inventory& inventory);
    std::optional<PasswordWhatIf> evaluate(const PasswordWhatIfRequest& request, QString* error) const;

private:
    const Inventory& m_inventory;
};
