#include "TransitionReport.h"

#include "TimelinePicture.h"
#include "csv/CsvWriter.h"
#include "domain/UtcTime.h"
#include "planning/Checklist.h"
#include "planning/ClientRules.h"
#include "planning/PasswordWhatIf.h"
#include "planning/PlanText.h"
#include "planning/SiteFacts.h"
#include "planning/TransitionPlan.h"
#include "store/Inventory.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QHash>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>
#include <QTimeZone>
#include <algorithm>
#include <limits>

namespace TransitionReport {
namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("TransitionReport", text);
}
QString e(const QString& text)
{
    return text.toHtmlEscaped();
}
constexpr int ListedNames = 20;
const QSize TimelineSize(760, 300);

// "2026-12-06T01:00:00Z (Sunday, 6 December 2026, 01:00 UTC)": the ISO form scripts can find, and
// one in the reader's language.
QString when(qint64 t)
{
    return QStringLiteral("%1 (%2)").arg(UtcTime::format(t), UtcTime::longDisplay(t));
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

QString row(const QStringList& cells, bool header = false)
{
    QString html = QStringLiteral("<tr>");
    for (const QString& cell : cells)
        html += header ? QStringLiteral("<th>%1</th>").arg(cell) : QStringLiteral("<td>%1</td>").arg(cell);
    return html + QStringLiteral("</tr>");
}

QString table(const QStringList& header, const QList<QStringList>& rows)
{
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"><thead>")
        + row(header, true) + QStringLiteral("</thead><tbody>");
    for (const QStringList& r : rows)
        html += row(r);
    return html + QStringLiteral("</tbody></table>");
}

QString page(const QString& title, const QString& body)
{
    return QStringLiteral(
        "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta charset=\"utf-8\"/>"
        "<title>%1</title><style>body{font-family:sans-serif;font-size:10pt}"
        "h1{font-size:16pt}h2{font-size:12pt;margin-top:14pt}"
        "th{background:#e8eef5;text-align:left}.safe{font-size:18pt;font-weight:bold;color:#1b5e20}"
        ".none{font-size:18pt;font-weight:bold;color:#b71c1c}.warn{color:#b71c1c}</style></head>"
        "<body>%2</body></html>\n")
        .arg(e(title), body);
}

QString itemWord(TransitionKind kind)
{
    return kind == TransitionKind::Cap ? tr("CAPs") : tr("accounts");
}

QString metaTable(const QList<std::pair<QString, QString>>& rows)
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    for (const auto& [label, value] : rows)
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label, value);
    return html + QStringLiteral("</table>");
}

bool save(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QPageSize pageSizeForLocale()
{
    // Letter where it is the custom, A4 elsewhere.
    switch (QLocale().territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Philippines:
    case QLocale::Chile:
    case QLocale::Colombia:
        return QPageSize(QPageSize::Letter);
    default:
        return QPageSize(QPageSize::A4);
    }
}

// The top of a table row: its cells' first lines, less the padding and the border above them.
qreal rowTop(QAbstractTextDocumentLayout* layout, QTextTable* table, int row)
{
    qreal top = std::numeric_limits<qreal>::max();
    for (int column = 0; column < table->columns(); ++column) {
        const QTextTableCell cell = table->cellAt(row, column);
        if (cell.isValid() && cell.row() == row)
            top = std::min(top, layout->blockBoundingRect(cell.firstCursorPosition().block()).top());
    }
    return top - table->format().cellPadding() - table->format().border();
}

bool writePdf(const QString& html, const QString& title, const QString& footer, const QImage& image,
    const QString& path, QString* error)
{
    QPdfWriter writer(path);
    // QTextDocument lays out in screen pixels; at the writer's default 1200 dpi the text would fill
    // only part of the page width.
    writer.setResolution(96);
    writer.setPageSize(pageSizeForLocale());
    writer.setPageMargins(QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("CapPlanner"));
    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = tr("%1: cannot write the PDF").arg(path);
        return false;
    }
    QTextDocument document;
    document.documentLayout()->setPaintDevice(&writer);
    if (!image.isNull())
        document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("timeline.png")), image);
    document.setHtml(html);
    // Space under every table: Qt's rich text drops the next heading's top margin after a table.
    for (QTextFrame::iterator it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (auto* table = qobject_cast<QTextTable*>(it.currentFrame())) {
            QTextTableFormat format = table->format();
            format.setBottomMargin(std::max<qreal>(format.bottomMargin(), 12));
            table->setFormat(format);
        }
    }
    QFont small = document.defaultFont();
    small.setPointSizeF(8);
    const qreal footerHeight = 2.5 * QFontMetricsF(small, &writer).height();
    const QRectF page(0, 0, writer.width(), writer.height());
    document.setTextWidth(page.width());
    const QList<PdfSlice> slices = pdfSlices(document, page.height() - footerHeight);
    for (qsizetype i = 0; i < slices.size(); ++i) {
        if (i > 0)
            writer.newPage();
        const PdfSlice& slice = slices.at(i);
        painter.save();
        painter.translate(0, -slice.top);
        // One pixel more: the border under a page's last row.
        document.drawContents(&painter, QRectF(0, slice.top, page.width(), slice.bottom - slice.top + 1));
        painter.restore();
        const QRectF line(0, page.height() - footerHeight, page.width(), footerHeight);
        painter.setPen(QColor(0x60, 0x60, 0x60));
        painter.drawLine(line.topLeft() + QPointF(0, footerHeight / 4), line.topRight() + QPointF(0, footerHeight / 4));
        painter.setFont(small);
        const QString number = tr("page %1 of %2").arg(i + 1).arg(slices.size());
        const QRectF text = line.adjusted(0, footerHeight / 4, 0, 0);
        const qreal numberWidth = QFontMetricsF(small, &writer).horizontalAdvance(number) + 20;
        painter.drawText(text.adjusted(0, 0, -numberWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetricsF(small, &writer).elidedText(footer, Qt::ElideMiddle, text.width() - numberWidth));
        painter.drawText(text, Qt::AlignRight | Qt::AlignVCenter, number);
    }
    if (!painter.end() || !QFileInfo(path).exists() || QFileInfo(path).size() == 0) {
        *error = tr("%1: cannot write the PDF").arg(path);
        return false;
    }
    return true;
}

QString dataUri(const QImage& image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

QString recoveryHtml()
{
    return table({tr("Option"), tr("When it applies"), tr("Article")},
        {{tr("Run Smsman or Smsls on the client"),
             tr("Where the site has Logon Client Installation; not for push-installed clients that never log on "
                "to it, nor for upgrade-blocked clients after a site upgrade"),
             QStringLiteral("Q236052, Q235535")},
            {tr("Set Site Config Last Checked older than 60 days"),
                tr("Local administrator on every client: the client uninstalls itself and must then be reinstalled "
                   "by an installation method"),
                QStringLiteral("Q236052")},
            {tr("Enable the Guest account on the CAP servers"),
                tr("First create a new account and delete the one the clients cannot use; then enable Guest for a "
                   "short, bounded time only: a security exposure, on the whole domain when a CAP is a domain "
                   "controller"),
                QStringLiteral("Q236052")},
            {tr("Wait"),
                tr("The orphan uninstalls itself 60 days after its last refresh (never when its Site Config Last "
                   "Checked value is missing); reinstall it then"),
                QStringLiteral("Q227033, Q265358")}});
}
} // namespace

QString htmlPage(const QString& title, const QString& body)
{
    return page(title, body);
}

QString htmlTable(const QStringList& header, const QList<QStringList>& rows)
{
    return table(header, rows);
}

bool saveFile(const QString& path, const QByteArray& bytes, QString* error)
{
    return save(path, bytes, error);
}

bool writeHtmlAsPdf(const QString& html, const QString& title, const QString& path, QString* error)
{
    return writePdf(html, title, title, {}, path, error); // the footer names the document
}

std::optional<Format> formatOf(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"pdf")
        return Format::Pdf;
    if (suffix == u"html" || suffix == u"htm")
        return Format::Html;
    if (suffix == u"csv")
        return Format::Csv;
    return std::nullopt;
}

QList<PdfSlice> pdfSlices(QTextDocument& document, qreal pageHeight)
{
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    const qreal end = document.size().height();
    QList<qreal> breaks;
    bool keepWithPrevious = false;
    for (QTextFrame::iterator it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
        QTextFrame::iterator next = it;
        ++next;
        while (!next.atEnd() && !next.currentFrame() && next.currentBlock().length() <= 1)
            ++next;
        const bool tableNext = !next.atEnd() && qobject_cast<QTextTable*>(next.currentFrame());
        if (QTextFrame* frame = it.currentFrame()) {
            if (!keepWithPrevious)
                breaks << layout->frameBoundingRect(frame).top();
            if (auto* table = qobject_cast<QTextTable*>(frame)) {
                for (int row = 2; row < table->rows(); ++row)
                    breaks << rowTop(layout, table, row);
            }
            keepWithPrevious = false;
            continue;
        }
        const QTextBlock block = it.currentBlock();
        const QRectF rect = layout->blockBoundingRect(block);
        // An empty block (Qt puts one after every table) neither breaks nor keeps.
        if (block.length() <= 1)
            continue;
        // Above the block's top margin: the page's last pixel row is then blank, not the tops of letters.
        if (!keepWithPrevious)
            breaks << std::max<qreal>(0, rect.top() - block.blockFormat().topMargin());
        const QTextLayout* lines = block.layout();
        for (int line = 1; line < lines->lineCount(); ++line)
            breaks << rect.top() + lines->lineAt(line).y();
        keepWithPrevious = block.blockFormat().headingLevel() > 0 || tableNext;
    }
    std::sort(breaks.begin(), breaks.end());
    QList<PdfSlice> slices;
    qreal top = 0;
    while (top < end - 0.5) {
        const qreal limit = top + pageHeight;
        qreal bottom = std::min(limit, end);
        if (limit < end) {
            // The last break that fits, or a cut at the page's end when none does.
            const auto after = std::upper_bound(breaks.cbegin(), breaks.cend(), limit);
            if (after != breaks.cbegin() && *(after - 1) > top + 1)
                bottom = *(after - 1);
        }
        slices.append({top, bottom});
        top = bottom;
    }
    if (slices.isEmpty())
        slices.append({0, end});
    return slices;
}

QImage timeline(const TransitionPlan& plan)
{
    return TimelinePicture::render(plan, TimelineSize, 2.0);
}

QString planHtml(const TransitionPlan& plan, const Context& context, const QString& timelineSource)
{
    const TransitionRequest& r = plan.request;
    const PlanCounts& c = plan.counts;
    const QString title = (r.kind == TransitionKind::Cap ? tr("CAP transition at site %1")
                                                         : tr("Client connection account transition at site %1"))
                              .arg(r.site);
    QString body = QStringLiteral("<h1>%1</h1>").arg(e(title));
    // An unsafe proposed removal must be unmistakable: in red, with the count, before anything else.
    for (const ChecklistStep& step : Checklist::warnings(plan))
        body += QStringLiteral("<p class=\"none\">%1%2</p>")
                    .arg(step.at ? e(when(*step.at)) + QStringLiteral(": ") : QString(), e(step.text));
    body += metaTable({{tr("Inventory"), e(context.inventory)}, {tr("Site"), e(r.site)},
        {tr("Report made"), e(when(context.madeAt))}, {tr("Retire"), e(r.retire.join(QStringLiteral(", ")))},
        {tr("Add"), r.add.isEmpty() ? tr("nothing") : e(r.add.join(QStringLiteral(", ")))},
        {tr("Start (new %1 live)").arg(itemWord(r.kind)), e(when(r.start))},
        {tr("Timing"),
            e(tr("propagation %1 h, CCIM cycle %2 h, retry %3 min, margin %4 h")
                    .arg(r.timing.propagation / 3600.0)
                    .arg(r.timing.ccimCycle / 3600.0)
                    .arg(r.timing.retry / 60.0)
                    .arg(r.timing.margin / 3600.0))}});
    body += QStringLiteral("<h2>%1</h2>").arg(tr("Safe removal date"));
    if (plan.safeRemoval)
        body += QStringLiteral("<p class=\"safe\">%1</p>").arg(e(when(*plan.safeRemoval)));
    else
        body += QStringLiteral("<p class=\"none\">%1</p>")
                    .arg(tr("None: the plan removes every %1 the clients know and adds none, so every pending client "
                            "would be orphaned (Q260824).")
                             .arg(itemWord(r.kind)));
    body += QStringLiteral("<p><img src=\"%1\" width=\"560\" alt=\"%2\"/></p>")
                .arg(timelineSource, tr("Timeline of the clients sure to hold the new list"));

    QList<QStringList> counts {{tr("In scope"), number(c.inScope)},
        {tr("Pending (must refresh before removal)"), number(c.pending)},
        {tr("Exposed (pending, know no %1 that stays: these set the safe date)").arg(itemWord(r.kind)),
            number(c.exposed)},
        {tr("Covered (pending, know a %1 that stays: never at risk)").arg(itemWord(r.kind)), number(c.covered)},
        {tr("Confirmed (already hold the new list)"), number(c.confirmed)},
        {tr("Stale (uninstalled themselves, Q227033)"), number(c.stale)},
        {tr("Unaffected (Windows 9x in an account transition, Q237759)"), number(c.unaffected)}};
    if (r.proposedRemoval || plan.orphansAll)
        counts << QStringList {
            r.proposedRemoval ? tr("At risk if removed at %1").arg(e(when(*r.proposedRemoval))) : tr("At risk"),
            number(c.atRisk)};
    body += QStringLiteral("<h2>%1</h2>").arg(tr("Clients")) + table({tr("Clients"), tr("Count")}, counts);
    if (c.covered > 0)
        body += QStringLiteral("<p>%1</p>").arg(e(PlanText::coveredWhy(plan)));

    QList<QStringList> profiles;
    for (const ProfileDeadline& p : plan.profiles)
        profiles << QStringList {e(p.name.value_or(tr("(no profile: the longest of all)"))), number(p.clients),
            number(p.exposed), e(when(p.deadline))};
    body += QStringLiteral("<h2>%1</h2>").arg(tr("Pending clients by disconnection profile"))
        + table({tr("Profile"), tr("Pending clients"), tr("Exposed"), tr("Sure to hold the new list by")}, profiles);

    body += QStringLiteral("<h2>%1</h2>").arg(tr("Flags"));
    QList<QStringList> blocks;
    for (qsizetype i = 0; i < std::min<qsizetype>(plan.upgradeBlocks.size(), ListedNames); ++i) {
        const UpgradeBlock& b = plan.upgradeBlocks.at(i);
        blocks << QStringList {e(b.client), e(b.clientVersion), e(b.logonPoint), e(b.logonPointVersion)};
    }
    body += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(tr("Upgrade blocks (Boot32wn, Q262677):"),
                    tr("%1 pending clients are significantly older than the SP2 or later Clicore of a logon point "
                       "of the site.")
                        .arg(number(plan.upgradeBlockCount)));
    if (!blocks.isEmpty())
        body += table({tr("Client"), tr("Client version"), tr("Logon point"), tr("Clicore version")}, blocks)
            + (plan.upgradeBlocks.size() > blocks.size()
                    ? QStringLiteral("<p>%1</p>")
                          .arg(tr("\u2026 and %1 more.").arg(number(plan.upgradeBlocks.size() - blocks.size())))
                    : QString());
    QList<QStringList> assignment;
    for (const LogonPointAssignment& a : plan.logonPointAssignment)
        assignment << QStringList {e(a.logonPoint), e(a.site), e(a.siteVersion), e(a.newestVersion)};
    body += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(tr("Logon point assignment:"),
                    assignment.isEmpty() ? tr("every site at the site's logon points is at the newest version.")
                                         : tr("these sites get no new clients through the logon point."));
    if (!assignment.isEmpty())
        body += table({tr("Logon point"), tr("Site"), tr("Site version"), tr("Newest site there")}, assignment);
    QList<QStringList> licences;
    for (const LicenceWarning& w : plan.licenceWarnings)
        licences << QStringList {e(w.cap), number(w.licenses), number(w.expectedConnections)};
    body += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(tr("Licences (Q208618):"),
                    licences.isEmpty() ? tr("no per-server CAP left short of licences at the morning peak.")
                                       : tr("these per-server CAPs will refuse connections at the morning peak."));
    if (!licences.isEmpty())
        body += table({tr("CAP"), tr("Licences"), tr("Expected connections")}, licences);
    QList<QStringList> recovery;
    for (qsizetype i = 0; i < std::min<qsizetype>(plan.noAutomaticRecovery.size(), ListedNames); ++i)
        recovery << QStringList {e(plan.noAutomaticRecovery.at(i).client), e(plan.noAutomaticRecovery.at(i).reason)};
    body += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(tr("No automatic recovery:"),
                    tr("%1 pending clients could not recover by themselves if orphaned.")
                        .arg(number(plan.noAutomaticRecoveryCount)));
    if (!recovery.isEmpty())
        body += table({tr("Client"), tr("Reason")}, recovery)
            + (plan.noAutomaticRecoveryCount > recovery.size()
                    ? QStringLiteral("<p>%1</p>")
                          .arg(tr("\u2026 and %1 more.").arg(number(plan.noAutomaticRecoveryCount - recovery.size())))
                    : QString());
    for (const PlanWarning& w : plan.warnings)
        body += QStringLiteral("<p class=\"warn\">%1</p>").arg(e(w.message));

    body += QStringLiteral("<h2>%1</h2>").arg(tr("Checklist"));
    QList<QStringList> steps;
    for (const ChecklistStep& step : Checklist::steps(plan)) {
        const bool warning = step.severity == ChecklistStep::Severity::Warning;
        const QString open = warning ? QStringLiteral("<span class=\"warn\"><b>") : QString();
        const QString close = warning ? QStringLiteral("</b></span>") : QString();
        steps << QStringList {open + e(step.at ? when(*step.at) : step.period) + close, open + e(step.text) + close};
    }
    body += table({tr("When"), tr("Step")}, steps);
    body += QStringLiteral("<h2>%1</h2>").arg(tr("Clients still unconfirmed at removal")) + recoveryHtml();
    body += QStringLiteral("<h2>%1</h2><p>%2</p>")
                .arg(tr("The rules behind this plan"),
                    tr("Q260824 (gradual transition), Q231232 (23-hour CCIM cycle), Q278856 (propagation), Q236052 "
                       "and Q227033 (hourly retries, 60-day self-uninstall), Q262677 and Q213410 (version "
                       "significance), Q208618, Q226113 and Q205406 (CAP selection and licences), Q237759 (accounts "
                       "and Windows 9x)."));
    return page(title, body);
}

QString whatIfHtml(const PasswordWhatIf& w, const Context& context)
{
    const QString title = tr("What if the password of %1 changes at site %2").arg(w.request.account, w.request.site);
    QString body = QStringLiteral("<h1>%1</h1>").arg(e(title));
    body += metaTable({{tr("Inventory"), e(context.inventory)}, {tr("Report made"), e(when(context.madeAt))},
        {tr("Password change at"), e(when(w.request.at))}});
    body += QStringLiteral("<h2>%1</h2>").arg(tr("Clients"))
        + table({tr("Clients"), tr("Count")},
            {{tr("Orphaned: no valid account left (Q227033)"), number(w.orphaned)},
                {tr("Fallback: reach a CAP through another account"), number(w.fallback)},
                {tr("Unaffected"), number(w.unaffected)}, {tr("Stale"), number(w.stale)}});
    body += QStringLiteral("<p>%1</p>")
                .arg(w.allUpdatedBy ? tr("All fallback clients learn the change by %1.").arg(e(when(*w.allUpdatedBy)))
                                    : tr("No client falls back on another account."));
    body += QStringLiteral("<h2>%1</h2>").arg(tr("Lockout forecast (Q227033, Q237759)"));
    if (!w.lockoutEnabled)
        body += QStringLiteral("<p>%1</p>").arg(tr("Account lockout is off in the site's domain."));
    else if (!w.lockedFrom)
        body += QStringLiteral("<p>%1</p>").arg(tr("No client holds the old password: no lockout."));
    else
        body += QStringLiteral("<p class=\"warn\">%1</p>")
                    .arg(tr("With a threshold of %1 bad attempts the account locks from %2 and re-locks after every "
                            "unlock until %3.")
                             .arg(w.lockoutThreshold)
                             .arg(e(when(*w.lockedFrom)), e(w.lockedUntil ? when(*w.lockedUntil) : tr("never"))));
    if (w.neverUninstall > 0)
        body += QStringLiteral("<p class=\"warn\">%1</p>")
                    .arg(QCoreApplication::translate("TransitionReport",
                        "%Ln orphaned client(s) never uninstall themselves: their Site Config Last Checked value "
                        "is missing (Q265358).",
                        nullptr, int(w.neverUninstall)));
    if (w.selfUninstallBy)
        body += QStringLiteral("<p>%1</p>")
                    .arg(w.neverUninstall > 0
                            ? tr("The other orphaned clients uninstall themselves by %1.")
                                  .arg(e(when(*w.selfUninstallBy)))
                            : tr("The orphaned clients uninstall themselves by %1.").arg(e(when(*w.selfUninstallBy))));
    QList<QStringList> options;
    for (const RecoveryOption& o : w.recovery)
        options << QStringList {e(recoveryMethodName(o.method)), o.available ? tr("applies") : tr("does not apply"),
            number(o.clients), e(o.note)};
    body += QStringLiteral("<h2>%1</h2>").arg(tr("Recovery options"))
        + table({tr("Option"), tr("Applies"), tr("Clients"), tr("Note")}, options);
    body
        += QStringLiteral("<h2>%1</h2><p>%2</p>")
               .arg(tr("The safer alternative (Q237759)"),
                   tr("Do not change the password in place. Add a new account, %1, at %2 and remove %3 at %4, its "
                      "safe removal time.")
                       .arg(e(w.newAccount), e(when(w.addNewAccountAt)), e(w.request.account), e(when(w.removeOldAt))));
    body += QStringLiteral("<h2>%1</h2><p>%2</p>")
                .arg(tr("Rotation"),
                    w.rotationNeeded
                        ? tr("Add a new account every %1 days and keep %2 accounts valid at all times.")
                              .arg(w.cadenceDays)
                              .arg(w.accountsNeeded)
                        : tr("No rotation is needed: the domain's passwords never expire (maximum password age 0, "
                             "Q237759)."));
    return page(title, body);
}

bool writePlan(
    const Inventory& inventory, const TransitionPlan& plan, const Context& context, const QString& path, QString* error)
{
    const auto format = formatOf(path);
    if (!format) {
        *error = tr("%1: unknown report format; use .pdf, .html or .csv").arg(path);
        return false;
    }
    if (*format == Format::Csv)
        return writePlanCsv(inventory, plan, path, {}, error);
    const QImage image = timeline(plan);
    if (*format == Format::Html)
        return save(path, planHtml(plan, context, dataUri(image)).toUtf8(), error);
    const QString name = !context.planName.isEmpty() ? context.planName
        : plan.request.kind == TransitionKind::Cap
        ? tr("CAP transition retiring %1").arg(plan.request.retire.join(QStringLiteral(", ")))
        : tr("account transition retiring %1").arg(plan.request.retire.join(QStringLiteral(", ")));
    return writePdf(planHtml(plan, context, QStringLiteral("timeline.png")), tr("Transition plan"),
        QStringLiteral("%1, %2").arg(plan.request.site, name), image, path, error);
}

bool writeWhatIf(const PasswordWhatIf& whatIf, const Context& context, const QString& path, QString* error)
{
    const auto format = formatOf(path);
    if (!format || *format == Format::Csv) {
        *error = tr("%1: a what-if report is written as .pdf or .html").arg(path);
        return false;
    }
    if (*format == Format::Html)
        return save(path, whatIfHtml(whatIf, context).toUtf8(), error);
    return writePdf(whatIfHtml(whatIf, context), tr("Password what-if"),
        QStringLiteral("%1, %2").arg(
            whatIf.request.site, tr("what if the password of %1 changes").arg(whatIf.request.account)),
        {}, path, error);
}

bool writePlanCsv(const Inventory& inventory, const TransitionPlan& plan, const QString& path,
    const std::function<bool(qint64, qint64)>& progress, QString* error)
{
    const TransitionRequest& r = plan.request;
    QHash<QString, qint64> deadlines;
    std::optional<qint64> noProfileDeadline;
    for (const ProfileDeadline& p : plan.profiles) {
        if (p.name)
            deadlines.insert(*p.name, p.deadline);
        else
            noProfileDeadline = p.deadline;
    }
    const std::optional<SiteFacts> facts = SiteFacts::load(inventory, r.site, error);
    if (!facts)
        return false;
    const std::optional<qint64> newestClicore = facts->newestClicoreKey();
    const Coverage coverage = facts->coverage(r.kind, r.retire, r.start, r.timing.propagation);
    qint64 total = plan.counts.inScope + plan.counts.stale + plan.counts.unaffected;

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    CsvWriter writer(&file);
    writer.writeRecord({QStringLiteral("name"), QStringLiteral("profile"), QStringLiteral("status"),
        QStringLiteral("deadline"), QStringLiteral("flags"), QStringLiteral("exposure")});
    QSqlQuery query = inventory.prepare(QStringLiteral("SELECT name, profile, os, install_method, version_key, "
                                                       "last_refresh_at FROM clients WHERE site = ? ORDER BY name"));
    query.addBindValue(r.site);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    const ClientRules::PlanClassifier classifier(r.kind, r.start, r.timing);
    qint64 written = 0;
    QStringList fields;
    QStringList flags;
    while (query.next()) {
        const QVariant profile = query.value(1);
        const QVariant refresh = query.value(5);
        const QByteArray name = query.value(0).toString().toUtf8();
        const ClientRules::Class status
            = classifier.classify(refresh.isNull() ? std::nullopt : std::optional(refresh.toLongLong()),
                ClientRules::isWin9x(query.value(2).toString()), facts->selfRemoval(name));
        QString deadline;
        QString exposure;
        flags.clear();
        if (status == ClientRules::Class::Pending) {
            const std::optional<qint64> d
                = profile.isNull() ? noProfileDeadline : std::optional(deadlines.value(profile.toString()));
            if (d)
                deadline = UtcTime::format(*d);
            const bool covered
                = coverage.isCovered(name, refresh.isNull() ? std::nullopt : std::optional(refresh.toLongLong()));
            exposure = QLatin1String(ClientRules::exposureName(covered));
            if (!covered && (plan.orphansAll || (r.proposedRemoval && d && *d > *r.proposedRemoval)))
                flags << QStringLiteral("at-risk");
            const bool blocked = ClientRules::isUpgradeBlocked(query.value(4).toLongLong(), newestClicore);
            if (blocked)
                flags << QStringLiteral("upgrade-blocked");
            const QString method = query.value(3).toString();
            const ClientRules::NoRecovery reason = ClientRules::noRecoveryReason(facts->logonInstallation, blocked,
                ClientRules::isPushInstalled(method), ClientRules::isUnknownMethod(method), facts->logonDiscovery);
            if (reason != ClientRules::NoRecovery::None)
                flags << QStringLiteral("no-automatic-recovery:") + QLatin1String(ClientRules::reasonName(reason));
        }
        fields = {query.value(0).toString(), profile.toString(), QLatin1String(ClientRules::className(status)),
            deadline, flags.join(u';'), exposure};
        writer.writeRecord(fields);
        ++written;
        if (progress && written % 50000 == 0 && !progress(written, total)) {
            *error = tr("cancelled");
            return false;
        }
    }
    if (!writer.flush() || !file.commit()) {
        *error = tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
} // namespace TransitionReport
