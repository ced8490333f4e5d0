#pragma once

#include <QWizardPage>

class QTreeWidget;
class TransitionWizard;

namespace wizard {

// Page 5: the flags, each with a count and a list to drill into.
class FlagsPage final : public QWizardPage
{
public:
    explicit FlagsPage(TransitionWizard* wizard);

    void show();

private:
    TransitionWizard* m_wizard;
    QTreeWidget* m_tree;
};

} // namespace wizard
