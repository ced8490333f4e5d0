#include "SummaryPage.h"

#include "DisplayTime.h"
#include "TransitionWizard.h"
#include "planning/Checklist.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTimeZone>
#include <QUrl>
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
    m_saved->setWordWrap(true);
    m_saved->setAccessibleName(TransitionWizard::tr("Saved plan and exported report"));
    m_saved->setTextInteractionFlags(Qt::TextBrowserInteraction);
    // "Open folder" opens the folder the report went to.
    connect(m_saved, &QLabel::linkActivated, this, [](const QString& link) { QDesktopServices::openUrl(QUrl(link)); });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, TransitionWizard::tr("Export report"),
            suggestedReportPath(), TransitionWizard::tr("PDF (*.pdf);;HTML (*.html);;CSV, one row per client (*.csv)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!exportReport(path, &error))
            QMessageBox::warning(this, TransitionWizard::tr("Export report"), error);
    });
    connect(wizard, &TransitionWizard::planChanged, this, &SummaryPage::show);
}

QString SummaryPage::suggestedReportPath() const
{
    const QString site = m_wizard->request().site;
    const QString date = QDateTime::fromSecsSinceEpoch(UtcTime::now(), QTimeZone::utc()).toString(u"yyyy-MM-dd");
    // A site code is letters and digits; anything else would not do in a file name.
    QString name = QStringLiteral("%1-transition-%2.pdf").arg(site, date);
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    return QDir(folder).filePath(name);
}

bool SummaryPage::exportReport(const QString& path, QString* error)
{
    if (!m_wizard->exportReport(path, error))
        return false;
    const QFileInfo written(path);
    m_saved->setText(TransitionWizard::tr("Report written to %1. <a href=\"%2\">Open folder</a>")
                         .arg(QDir::toNativeSeparators(written.absoluteFilePath()).toHtmlEscaped(),
                             QUrl::fromLocalFile(written.absolutePath()).toString(QUrl::FullyEncoded)));
    m_saved->setToolTip(QDir::toNativeSeparators(written.absoluteFilePath()));
    return true;
}

void SummaryPage::show()
{
    const auto& plan = m_wizard->plan();
    if (!plan)
        return;
    const auto e = [](const QString& text) { return text.toHtmlEscaped(); };
    // RULES.md R7: the dated steps are the report's and the command line's own.
    QString html = QStringLiteral("<ol>");
    for (const ChecklistStep& step : Checklist::steps(*plan)) {
        const bool warning = step.severity == ChecklistStep::Severity::Warning;
        html += QStringLiteral("<li%1><b>%2</b>: %3</li>")
                    .arg(warning ? QStringLiteral(" style=\"color:#b71c1c\"") : QString(),
                        e(step.at ? longUtc(*step.at) : step.period), e(step.text));
    }
    html += QStringLiteral("</ol>");
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
