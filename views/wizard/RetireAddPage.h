#pragma once

#include "planning/SiteFacts.h"

#include <QLineEdit>
#include <QStringList>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QListWidget;
class TransitionWizard;

namespace wizard {

// Page 2: what to retire and what to add.
class RetireAddPage final : public QWizardPage
{
public:
    explicit RetireAddPage(TransitionWizard* wizard);

    void initializePage() override { fill(); }

    void fill();

    QStringList retired() const;
    void setRetired(const QStringList& names);
    QStringList added() const;
    void setAdded(const QStringList& names) { m_add->setText(names.join(QStringLiteral(", "))); }
    QStringList pendingRetire() const { return m_pendingRetire; }

    bool validatePage() override;

private:
    // Its dates and, for a CAP, its licences.
    static QString describe(const SiteItem& item, TransitionKind kind);

    TransitionWizard* m_wizard;
    QListWidget* m_retire;
    QLineEdit* m_add;
    QComboBox* m_known;
    QLabel* m_refusal;
    QStringList m_pendingRetire;
};

} // namespace wizard
