#include "ResultPage.h"

#include "TransitionWizard.h"
#include "planning/PlanText.h"
#include "report/TimelinePicture.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace wizard {

ResultPage::ResultPage(TransitionWizard* wizard)
    : m_wizard(wizard)
    , m_safe(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_timeline(new QLabel(this))
    , m_removal(utcEdit(QStringLiteral("removalEdit"), TransitionWizard::tr("Proposed removal"), this))
    , m_atRiskCount(new QLabel(this))
    , m_atRisk(new QListWidget(this))
{
    setTitle(TransitionWizard::tr("Safe removal date"));
    m_safe->setObjectName(QStringLiteral("safeDateLabel"));
    m_safe->setWordWrap(true);
    QFont big = m_safe->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_safe->setFont(big);
    m_counts->setObjectName(QStringLiteral("countsLabel"));
    m_counts->setWordWrap(true);
    m_timeline->setObjectName(QStringLiteral("timelineLabel"));
    m_timeline->setAccessibleName(TransitionWizard::tr("Timeline"));
    m_timeline->setMinimumHeight(220);
    m_atRiskCount->setObjectName(QStringLiteral("atRiskLabel"));
    m_atRisk->setObjectName(QStringLiteral("atRiskList"));
    m_atRisk->setAccessibleName(TransitionWizard::tr("Clients at risk"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_safe);
    layout->addWidget(m_counts);
    layout->addWidget(m_timeline);
    auto* row = new QHBoxLayout;
    auto* removalLabel = new QLabel(TransitionWizard::tr("&Proposed removal:"), this);
    removalLabel->setBuddy(m_removal);
    row->addWidget(removalLabel);
    row->addWidget(m_removal);
    row->addWidget(m_atRiskCount, 1);
    layout->addLayout(row);
    layout->addWidget(m_atRisk);
    connect(m_removal, &QDateTimeEdit::dateTimeChanged, this, [this] {
        m_removalChosen = true;
        m_wizard->scheduleRecompute();
    });
    connect(wizard, &TransitionWizard::planChanged, this, &ResultPage::show);
}

std::optional<qint64> ResultPage::removal() const
{
    return m_removalChosen ? std::optional(secondsOf(m_removal)) : std::nullopt;
}

void ResultPage::setRemoval(std::optional<qint64> t)
{
    if (!t)
        return;
    QSignalBlocker block(m_removal);
    setSeconds(m_removal, *t);
    m_removalChosen = true;
}

void ResultPage::show()
{
    const auto& plan = m_wizard->plan();
    if (!plan)
        return;
    // The exact time, for screen readers and tests.
    m_safe->setAccessibleDescription(plan->safeRemoval ? UtcTime::format(*plan->safeRemoval) : QString());
    const std::optional<qint64> proposed = plan->request.proposedRemoval;
    const bool early = plan->safeRemoval && proposed && *proposed < *plan->safeRemoval && plan->counts.atRisk > 0;
    if (early) {
        // A removal before the safe time must be unmistakable, not a green headline (issue 20).
        m_safe->setText(TransitionWizard::tr(
            "\u26a0 Removing at %1 orphans %Ln client(s): safe only from %2", nullptr, int(plan->counts.atRisk))
                            .arg(longUtc(*proposed), longUtc(*plan->safeRemoval)));
        m_safe->setStyleSheet(QStringLiteral("color: #b71c1c"));
    } else if (plan->safeRemoval) {
        m_safe->setText(TransitionWizard::tr("Safe to remove from %1").arg(longUtc(*plan->safeRemoval)));
        m_safe->setStyleSheet(QStringLiteral("color: #1b5e20"));
    } else {
        m_safe->setText(TransitionWizard::tr("\u26a0 No removal time is safe: the plan orphans every pending client"));
        m_safe->setStyleSheet(QStringLiteral("color: #b71c1c"));
    }
    const PlanCounts& c = plan->counts;
    QString counts
        = TransitionWizard::tr(
            "%1 clients must learn the change: %2 pending, %3 confirmed. Left out: %4 stale, %5 unaffected.")
              .arg(QLocale().toString(c.inScope), QLocale().toString(c.pending), QLocale().toString(c.confirmed),
                  QLocale().toString(c.stale), QLocale().toString(c.unaffected));
    // RULES.md R1.4: say how many pending clients are covered and why they are safe.
    if (c.covered > 0)
        counts += u' '
            + TransitionWizard::tr("Of the pending clients, %1 are exposed and set the safe date.")
                  .arg(QLocale().toString(c.exposed))
            + u' ' + PlanText::coveredWhy(*plan);
    m_counts->setText(counts);
    const QSize size(std::max(480, m_timeline->width()), 240);
    m_timeline->setPixmap(QPixmap::fromImage(TimelinePicture::render(*plan, size, devicePixelRatioF())));
    if (!m_removalChosen && plan->safeRemoval) {
        QSignalBlocker block(m_removal);
        setSeconds(m_removal, *plan->safeRemoval);
    }
    m_atRiskCount->setText(plan->request.proposedRemoval || plan->orphansAll
            ? TransitionWizard::tr("%Ln client(s) at risk", nullptr, int(c.atRisk))
            : TransitionWizard::tr("nobody at risk at the safe date"));
    m_atRiskCount->setStyleSheet(c.atRisk > 0 ? QStringLiteral("color: #b71c1c; font-weight: bold") : QString());
    m_atRisk->clear();
    for (const AtRiskClient& client : plan->atRisk)
        m_atRisk->addItem(TransitionWizard::tr("%1 (%2, sure by %3)")
                              .arg(client.client, client.profile.value_or(TransitionWizard::tr("no profile")),
                                  longUtc(client.deadline)));
}

} // namespace wizard
