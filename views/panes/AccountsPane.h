#pragma once

#include "TablePane.h"

// The accounts of the sites in scope; its context menu asks what a password change would do.
class AccountsPane final : public TablePane
{
    Q_OBJECT
public:
    AccountsPane(
        int index, const QString& title, QueryTableModel* model, const TableSpec* spec, QWidget* parent = nullptr);

signals:
    void whatIfRequested(const QString& account);
};
