#include "RetireAddPage.h"

#include "TransitionWizard.h"
#include "domain/UtcTime.h"
#include "planning/SiteFacts.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace wizard {

RetireAddPage::RetireAddPage(TransitionWizard* wizard)
    : m_wizard(wizard)
    , m_retire(new QListWidget(this))
    , m_add(new QLineEdit(this))
    , m_known(new QComboBox(this))
    , m_refusal(new QLabel(this))
{
    setTitle(TransitionWizard::tr("Retire and add"));
    setSubTitle(TransitionWizard::tr("Tick the live ones to retire; name the new ones, from the inventory or new."));
    m_retire->setObjectName(QStringLiteral("retireList"));
    m_retire->setAccessibleName(TransitionWizard::tr("To retire"));
    m_add->setObjectName(QStringLiteral("addEdit"));
    m_add->setAccessibleName(TransitionWizard::tr("To add"));
    m_add->setPlaceholderText(TransitionWizard::tr("new names, separated by commas"));
    m_known->setObjectName(QStringLiteral("knownBox"));
    m_known->setAccessibleName(TransitionWizard::tr("Known in the inventory"));
    auto* pick = new QPushButton(TransitionWizard::tr("A&dd from inventory"), this);
    pick->setObjectName(QStringLiteral("addFromInventoryButton"));
    m_refusal->setObjectName(QStringLiteral("refusalLabel"));
    m_refusal->setWordWrap(true);
    m_refusal->setStyleSheet(QStringLiteral("color: #b03020"));
    m_refusal->hide();
    auto* layout = new QVBoxLayout(this);
    auto* retireLabel = new QLabel(TransitionWizard::tr("&Retire:"), this);
    retireLabel->setBuddy(m_retire);
    layout->addWidget(retireLabel);
    layout->addWidget(m_retire);
    auto* addLabel = new QLabel(TransitionWizard::tr("A&dd:"), this);
    addLabel->setBuddy(m_add);
    layout->addWidget(addLabel);
    layout->addWidget(m_add);
    auto* row = new QHBoxLayout;
    auto* knownLabel = new QLabel(TransitionWizard::tr("&From the inventory:"), this);
    knownLabel->setBuddy(m_known);
    row->addWidget(knownLabel);
    row->addWidget(m_known, 1);
    row->addWidget(pick);
    layout->addLayout(row);
    layout->addWidget(m_refusal);
    connect(pick, &QPushButton::clicked, this, [this] {
        const QString name = m_known->currentData().toString();
        if (name.isEmpty())
            return;
        QStringList names = added();
        if (!names.contains(name))
            names << name;
        m_add->setText(names.join(QStringLiteral(", ")));
    });
    connect(m_retire, &QListWidget::itemChanged, wizard, &TransitionWizard::scheduleRecompute);
    connect(m_add, &QLineEdit::textChanged, wizard, &TransitionWizard::scheduleRecompute);
}

void RetireAddPage::fill()
{
    const QStringList keep = retired();
    const TransitionRequest r = m_wizard->request();
    m_retire->clear();
    m_known->clear();
    // The planner's own facts decide what is live at the start.
    QString error;
    const std::optional<SiteFacts> facts = SiteFacts::load(m_wizard->inventory(), r.site, &error);
    m_refusal->setText(error);
    m_refusal->setVisible(!facts);
    if (!facts)
        return;
    const QStringList added = this->added();
    QSignalBlocker block(m_retire);
    for (const SiteItem& candidate : r.kind == TransitionKind::Cap ? facts->caps : facts->accounts) {
        const QString details = describe(candidate, r.kind);
        // Items the administrator named to add are new, not candidates to retire (issue 20).
        if (candidate.isLiveAt(r.start) && !added.contains(candidate.name, Qt::CaseInsensitive)) {
            auto* item = new QListWidgetItem(candidate.name + QStringLiteral(" \u2014 ") + details, m_retire);
            item->setData(Qt::UserRole, candidate.name);
            item->setToolTip(details);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(keep.contains(candidate.name) ? Qt::Checked : Qt::Unchecked);
        }
        // Live at the start and not retired, or live later: a candidate to add. One removed by the
        // start would be refused (Rule 1).
        if (!keep.contains(candidate.name) && (!candidate.removedAt || *candidate.removedAt > r.start)) {
            m_known->addItem(candidate.name + QStringLiteral(" \u2014 ") + details, candidate.name);
            m_known->setItemData(m_known->count() - 1, details, Qt::ToolTipRole);
        }
    }
    m_known->setEnabled(m_known->count() > 0);
}

QString RetireAddPage::describe(const SiteItem& item, TransitionKind kind)
{
    QString text = TransitionWizard::tr("added %1").arg(UtcTime::shortDisplay(item.addedAt));
    if (item.removedAt)
        text += QStringLiteral(", ") + TransitionWizard::tr("removed %1").arg(UtcTime::shortDisplay(*item.removedAt));
    if (kind == TransitionKind::Cap)
        text += QStringLiteral(", ")
            + (item.licensing == Licensing::PerServer
                    ? TransitionWizard::tr("%Ln licence(s) per server", nullptr, item.licenses)
                    : TransitionWizard::tr("per seat"));
    return text;
}

QStringList RetireAddPage::retired() const
{
    QStringList names;
    for (int i = 0; i < m_retire->count(); ++i) {
        if (m_retire->item(i)->checkState() == Qt::Checked)
            names << m_retire->item(i)->data(Qt::UserRole).toString();
    }
    return names;
}

void RetireAddPage::setRetired(const QStringList& names)
{
    for (int i = 0; i < m_retire->count(); ++i)
        m_retire->item(i)->setCheckState(
            names.contains(m_retire->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    m_pendingRetire = names;
}

QStringList RetireAddPage::added() const
{
    QStringList names;
    for (const QString& part : m_add->text().split(u',', Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            names << part.trimmed();
    }
    return names;
}

bool RetireAddPage::validatePage()
{
    QString why;
    if (retired().isEmpty())
        why = TransitionWizard::tr("Tick at least one to retire.");
    else if (added().isEmpty() && retired().size() == m_retire->count())
        // Q260824: with every CAP or account gone and nothing new, no client can connect.
        why = TransitionWizard::tr("This would remove every %1 the clients know and add none: every client would "
                                   "be orphaned (Q260824). Add the new ones first.")
                  .arg(m_wizard->request().kind == TransitionKind::Cap ? TransitionWizard::tr("CAP")
                                                                       : TransitionWizard::tr("account"));
    m_refusal->setText(why);
    m_refusal->setVisible(!why.isEmpty());
    return why.isEmpty();
}

} // namespace wizard
