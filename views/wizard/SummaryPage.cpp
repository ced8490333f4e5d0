#include "SummaryPage.h"

#include "DisplayTime.h"
#include "TransitionWizard.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace wizard {

SummaryPage::SummaryPage(TransitionWizard* wizard)
    : m_wizard(wizard)
    , m_steps(new QTextBrowser(this))
    , m_saved(new QLabel(this))
{
    setTitle(TransitionWizard::tr("Summary"));
    m_steps->setObjectName(QStringLiteral("stepsText"));
    m_steps->setAccessibleName(TransitionWizard::tr("Steps"));
    m_saved->setObjectName(QStringLiteral("savedLabel"));
    auto* save = new QPushButton(TransitionWizard::tr("&Save plan"), this);
    save->setObjectName(QStringLiteral("savePlanButton"));
    auto* exportButton = new QPushButton(TransitionWizard::tr("&Export report\u2026"), this);
    exportButton->setObjectName(QStringLiteral("exportReportButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_steps);
    auto* row = new QHBoxLayout;
    row->addWidget(save);
    row->addWidget(exportButton);
    row->addWidget(m_saved, 1);
    layout->addLayout(row);
    connect(save, &QPushButton::clicked, this, [this] {
        QString error;
        const auto id = m_wizard->savePlan(&error);
        m_saved->setText(id ? TransitionWizard::tr("Saved as plan %1.").arg(*id) : error);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, TransitionWizard::tr("Export report"),
            QStringLiteral("transition-plan.pdf"),
            TransitionWizard::tr("PDF (*.pdf);;HTML (*.html);;CSV, one row per client (*.csv)"));
        QString error;
        if (!path.isEmpty() && !m_wizard->exportReport(path, &error))
            QMessageBox::warning(this, TransitionWizard::tr("Export report"), error);
    });
    connect(wizard, &TransitionWizard::planChanged, this, &SummaryPage::show);
}

void SummaryPage::show()
{
    const auto& plan = m_wizard->plan();
    if (!plan)
        return;
    const TransitionRequest& r = plan->request;
    const auto e = [](const QString& text) { return text.toHtmlEscaped(); };
    QString html = QStringLiteral("<ol>");
    html += QStringLiteral("<li><b>%1</b>: %2</li>")
                .arg(e(longUtc(r.start)),
                    r.add.isEmpty()
                        ? TransitionWizard::tr("nothing is added")
                        : TransitionWizard::tr("add %1, keep the old ones").arg(e(r.add.join(QStringLiteral(", ")))));
    html += QStringLiteral("<li><b>%1</b>: %2</li>")
                .arg(e(longUtc(r.start + r.timing.propagation)),
                    TransitionWizard::tr("check that the new list reached every CAP (Q278856)"));
    html += QStringLiteral("<li>%1</li>")
                .arg(TransitionWizard::tr("until then, watch the clients' logs and import them: confirmed clients "
                                          "need not be waited for"));
    html += QStringLiteral("<li><b>%1</b>: %2</li>")
                .arg(plan->safeRemoval ? e(longUtc(*plan->safeRemoval)) : TransitionWizard::tr("never"),
                    TransitionWizard::tr("remove %1").arg(e(r.retire.join(QStringLiteral(", ")))));
    html += QStringLiteral("<li>%1</li></ol>")
                .arg(TransitionWizard::tr("clients still unconfirmed then: run Smsman where Logon Client "
                                          "Installation is on, reset Site Config Last Checked, enable Guest briefly, "
                                          "or wait for the 60-day self-uninstall (Q236052, Q237759, Q227033)"));
    if (m_wizard->hasSaved()) {
        const auto saved = m_wizard->savedSafeRemoval();
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(saved == plan->safeRemoval
                            ? TransitionWizard::tr("Unchanged since the plan was saved.")
                            : TransitionWizard::tr("The inventory changed since the plan was saved: the safe date "
                                                   "was %1, it is now %2.")
                                  .arg(saved ? e(longUtc(*saved)) : TransitionWizard::tr("none"),
                                      plan->safeRemoval ? e(longUtc(*plan->safeRemoval))
                                                        : TransitionWizard::tr("none")));
    }
    m_steps->setHtml(html);
}

} // namespace wizard
