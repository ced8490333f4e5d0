#pragma once

#include <QImage>
#include <QList>
#include <QString>
#include <functional>

class Inventory;
class QTextDocument;
struct TransitionPlan;
struct PasswordWhatIf;

// Reports for the change board and for the people doing the work: a transition plan or a
// password what-if as PDF (page size from the locale; site, plan and "page n of m" in the footer), self-contained HTML
// (the timeline inline, every name escaped), or, for a plan, CSV with one row per client of the site.
namespace TransitionReport {
enum class Format { Pdf, Html, Csv };
// From the file name's extension; nothing for an unknown one.
std::optional<Format> formatOf(const QString& path);

struct Context
{
    QString inventory; // the inventory's file name
    qint64 madeAt = 0;
    // The plan's name in the PDF's footer ("plan 7" for a saved one); empty: what it retires.
    QString planName = {};
};

// A PDF's pages as slices of the document laid out as one long page (document pixels): a page
// ends between blocks, between a paragraph's lines or between table rows that fit whole, never
// right after a heading, between a lead-in paragraph and its table, or between a table's header
// and its first row. A piece taller than a page is cut at the page's end.
struct PdfSlice
{
    qreal top = 0;
    qreal bottom = 0;
};
QList<PdfSlice> pdfSlices(QTextDocument& document, qreal pageHeight);

QString planHtml(const TransitionPlan& plan, const Context& context, const QString& timelineSource);
QString whatIfHtml(const PasswordWhatIf& whatIf, const Context& context);
QImage timeline(const TransitionPlan& plan);

bool writePlan(const Inventory& inventory, const TransitionPlan& plan, const Context& context, const QString& path,
    QString* error);
bool writeWhatIf(const PasswordWhatIf& whatIf, const Context& context, const QString& path, QString* error);

// One row per client of the plan's site: name, profile, status (pending, confirmed, stale,
// unaffected: ClientRules::PlanClassifier), deadline, flags, exposure (exposed or covered for a
// pending client, RULES.md R1.4; empty otherwise). `progress` (may be empty) is told rows
// written and the total; false cancels.
bool writePlanCsv(const Inventory& inventory, const TransitionPlan& plan, const QString& path,
    const std::function<bool(qint64, qint64)>& progress, QString* error);
// The machinery, for other reports (the campaign report) that share its look and its writers.
QString htmlPage(const QString& title, const QString& body);
QString htmlTable(const QStringList& header, const QList<QStringList>& rows);
bool saveFile(const QString& path, const QByteArray& bytes, QString* error);
bool writeHtmlAsPdf(const QString& html, const QString& title, const QString& path, QString* error);

// The former argument order, until views/ call the one above.
inline bool writePlanCsv(const Inventory& inventory, const TransitionPlan& plan, const QString& path, QString* error,
    const std::function<bool(qint64, qint64)>& progress = {})
{
    return writePlanCsv(inventory, plan, path, progress, error);
}
} // namespace TransitionReport
