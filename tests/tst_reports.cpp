#include "TestInventory.h"
#include "planning/Checklist.h"
#include "planning/PasswordWhatIfPlanner.h"
#include "planning/TransitionPlanner.h"
#include "report/TimelinePicture.h"
#include "report/TransitionReport.h"

#include <QAbstractTextDocumentLayout>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QXmlStreamReader>

// Reports on the hand-worked scenario (see tst_transitionplanner.cpp): safe removal
// 2026-12-03T09:00:00Z for the CAP plan at S1 retiring CAP1 and adding CAP4 (CAP2 stays, so only c4,
// never refreshed, is exposed; the other six pending clients and the hostile one are covered).
class TestReports : public QObject
{
    Q_OBJECT
private:
    TestInventory m_t;

    TransitionPlan plan(std::optional<qint64> removal = {})
    {
        TransitionRequest r;
        r.site = QStringLiteral("S1");
        r.kind = TransitionKind::Cap;
        r.retire = {QStringLiteral("CAP1")};
        r.add = {QStringLiteral("CAP4")};
        r.start = *UtcTime::parse(QStringLiteral("2026-12-01T08:00:00Z"));
        r.proposedRemoval = removal;
        r.listLimit = 20;
        QString error;
        return TransitionPlanner(m_t.inventory()).plan(r, &error).value_or(TransitionPlan {});
    }

    static QString pdfText(const QString& path)
    {
        QProcess process;
        process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
        process.waitForFinished(60000);
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    TransitionReport::Context context() const { return {QStringLiteral("scenario.db"), 0}; }

private slots:
    void initTestCase()
    {
        QVERIFY(m_t.importScenario());
        // A hostile name in a list the report prints: pending, push-installed.
        QVERIFY(m_t.import(QStringLiteral("clients"),
                       "name,site,os,install_method,version,profile,last_refresh_at\n"
                       "<script>alert(1)</script>,S1,w2k,push,2.00.1493.3000,night,2026-11-30T12:00:00Z\n")
                    .ok);
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
            "pdftotext (poppler-utils) is installed by scripts/install-deps.sh");
    }

    void formatFollowsTheExtension()
    {
        QCOMPARE(TransitionReport::formatOf(QStringLiteral("a.PDF")), TransitionReport::Format::Pdf);
        QCOMPARE(TransitionReport::formatOf(QStringLiteral("a.html")), TransitionReport::Format::Html);
        QCOMPARE(TransitionReport::formatOf(QStringLiteral("a.csv")), TransitionReport::Format::Csv);
        QVERIFY(!TransitionReport::formatOf(QStringLiteral("a.docx")));
    }

    void pdfHoldsTheSafeDateAndPageNumbers()
    {
        const QString path = m_t.dir() + QStringLiteral("/plan.pdf");
        QString error;
        QVERIFY2(TransitionReport::writePlan(m_t.inventory(), plan(), context(), path, &error), qPrintable(error));
        const QString text = pdfText(path);
        QVERIFY2(text.contains(u"2026-12-03T09:00:00Z"), qPrintable(text.left(400)));
        QVERIFY2(text.contains(u"know CAP2, which stays"), qPrintable(text));
        QVERIFY(text.contains(u"CAP transition at site S1"));
        QVERIFY(text.contains(u"Checklist"));
        QVERIFY(text.contains(u"Q260824"));
    }

    // Issue 20: every page says where it belongs and which page of how many it is, and no heading
    // ends a page.
    void pdfPagesNumberThemselvesAndKeepHeadings()
    {
        const QString path = m_t.dir() + QStringLiteral("/pages.pdf");
        QString error;
        QVERIFY2(TransitionReport::writePlan(m_t.inventory(), plan(), context(), path, &error), qPrintable(error));
        QStringList pages = pdfText(path).split(u'\f');
        if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
            pages.removeLast();
        QVERIFY2(pages.size() >= 2, qPrintable(QString::number(pages.size())));
        const QStringList headings {"Safe removal date", "Clients", "Pending clients by disconnection profile", "Flags",
            "Checklist", "Clients still unconfirmed at removal", "The rules behind this plan"};
        for (int i = 0; i < pages.size(); ++i) {
            QStringList lines;
            for (const QString& line : pages.at(i).split(u'\n')) {
                if (!line.trimmed().isEmpty())
                    lines << line.simplified();
            }
            QVERIFY(lines.size() >= 2);
            const QString footer = lines.takeLast();
            const QString number = QStringLiteral("page %1 of %2").arg(i + 1).arg(pages.size());
            QVERIFY2(
                footer.endsWith(number) && footer.startsWith(u"S1, CAP transition retiring CAP1"), qPrintable(footer));
            QVERIFY2(!headings.contains(lines.last()),
                qPrintable(QStringLiteral("page %1 ends with %2").arg(i + 1).arg(lines.last())));
        }
    }

    // Whatever the page height, a page never ends after a heading, between a table's header and its
    // first row, or inside a row.
    void pdfSlicesNeverStrandAHeadingNorSplitARow()
    {
        QString html = QStringLiteral("<body>");
        for (int i = 0; i < 6; ++i)
            html += QStringLiteral("<p>Filler paragraph %1, long enough to wrap over more than one line of the page, "
                                   "so that the heading lands somewhere new for each page height.</p>")
                        .arg(i);
        html += QStringLiteral("<h2>Heading</h2><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                               "width=\"100%\"><thead><tr><th>A</th><th>B</th></tr></thead><tbody>");
        for (int i = 0; i < 12; ++i)
            html += QStringLiteral("<tr><td>row %1</td><td>a note that wraps onto a second line when the column is "
                                   "narrow, as recovery notes do, a note that wraps</td></tr>")
                        .arg(i);
        html += QStringLiteral("</tbody></table><h2>After</h2><p>The end.</p></body>");
        QTextDocument document;
        document.setHtml(html);
        document.setTextWidth(420);
        QAbstractTextDocumentLayout* layout = document.documentLayout();
        QRectF heading;
        QList<QRectF> cells; // the table's cells, header and first row first
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            if (block.blockFormat().headingLevel() > 0 && heading.isNull())
                heading = layout->blockBoundingRect(block);
            if (QTextCursor(block).currentTable())
                cells << layout->blockBoundingRect(block);
        }
        QVERIFY(!heading.isNull() && cells.size() == 26);
        const qreal firstRowBottom = std::max(cells.at(2).bottom(), cells.at(3).bottom());
        int checked = 0;
        for (qreal height = 160; height < 700; height += 7) {
            const QList<TransitionReport::PdfSlice> slices = TransitionReport::pdfSlices(document, height);
            QCOMPARE(slices.first().top, 0.0);
            QCOMPARE(slices.last().bottom, document.size().height());
            for (qsizetype i = 0; i + 1 < slices.size(); ++i) {
                const qreal cut = slices.at(i).bottom;
                QCOMPARE(slices.at(i + 1).top, cut);
                QVERIFY(cut - slices.at(i).top <= height);
                QVERIFY2(cut <= heading.top() + 0.5 || cut >= firstRowBottom,
                    qPrintable(
                        QStringLiteral("height %1: cut at %2, heading at %3").arg(height).arg(cut).arg(heading.top())));
                for (const QRectF& cell : std::as_const(cells))
                    QVERIFY2(cut <= cell.top() || cut >= cell.bottom(),
                        qPrintable(QStringLiteral("height %1: cut at %2 inside a row at %3")
                                       .arg(height)
                                       .arg(cut)
                                       .arg(cell.top())));
                ++checked;
            }
        }
        QVERIFY(checked > 50);
    }

    void htmlIsWellFormedEscapedAndSelfContained()
    {
        const QString path = m_t.dir() + QStringLiteral("/plan.html");
        QString error;
        QVERIFY(TransitionReport::writePlan(m_t.inventory(), plan(), context(), path, &error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray html = file.readAll();
        QXmlStreamReader xml(html);
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(!html.contains("<script>"));
        QVERIFY(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        QVERIFY(html.contains("src=\"data:image/png;base64,"));
        QVERIFY(html.contains("2026-12-03T09:00:00Z"));
        QVERIFY(!html.contains("UNSAFE")); // removed at the safe time
    }

    // Issue 20: removing at 12-03 05:00, before the safe 12-03 09:00, risks the exposed c4.
    void unsafeRemovalIsUnmistakable()
    {
        const TransitionPlan p = plan(*UtcTime::parse(QStringLiteral("2026-12-03T05:00:00Z")));
        const QString html = TransitionReport::planHtml(p, context(), QStringLiteral("timeline.png"));
        const qsizetype warning = html.indexOf(u"UNSAFE");
        QVERIFY(warning > 0);
        // In red, with the count, before the plan's details.
        QVERIFY(warning < html.indexOf(u"<b>Inventory</b>"));
        QVERIFY(html.lastIndexOf(u"class=\"none\"", warning) > html.indexOf(u"<body>"));
        QVERIFY2(html.mid(warning, 200).contains(u"1 exposed client"), qPrintable(html.mid(warning, 200)));
        // The checklist removes at the proposed time, after a warning step.
        const QList<ChecklistStep> steps = Checklist::steps(p);
        qsizetype warnings = 0;
        for (const ChecklistStep& step : steps)
            warnings += step.severity == ChecklistStep::Severity::Warning ? 1 : 0;
        QCOMPARE(warnings, 1);
        QCOMPARE(UtcTime::format(*steps.at(steps.size() - 2).at), QStringLiteral("2026-12-03T05:00:00Z"));
        QCOMPARE(steps.at(steps.size() - 3).severity, ChecklistStep::Severity::Warning);
    }

    void csvHasOneRowPerClientOfTheSite()
    {
        const QString path = m_t.dir() + QStringLiteral("/plan.csv");
        QString error;
        const TransitionPlan p = plan(*UtcTime::parse(QStringLiteral("2026-12-03T05:00:00Z")));
        QVERIFY(TransitionReport::writePlan(m_t.inventory(), p, context(), path, &error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.first().trimmed(), QByteArray("name,profile,status,deadline,flags,exposure"));
        QCOMPARE(lines.size() - 2, 11); // ten scenario clients and the hostile one, then the final empty piece
        QHash<QByteArray, QByteArray> byName;
        for (const QByteArray& line : lines.mid(1)) {
            if (!line.trimmed().isEmpty())
                byName.insert(line.left(line.indexOf(',')), line.trimmed());
        }
        QCOMPARE(byName.value("c5"), QByteArray("c5,on,stale,,,"));
        QCOMPARE(byName.value("c7"), QByteArray("c7,on,confirmed,,,"));
        QCOMPARE(byName.value("c4"), QByteArray("c4,,pending,2026-12-03T09:00:00Z,at-risk,exposed"));
        // c6's deadline passes 05:00, but it knows CAP2, which stays: covered, not at risk.
        QCOMPARE(byName.value("c6"),
            QByteArray("c6,holiday,pending,2026-12-06T01:00:00Z,"
                       "upgrade-blocked;no-automatic-recovery:upgrade-blocked,covered"));
        QCOMPARE(byName.value("c9"),
            QByteArray("c9,night,pending,2026-12-03T01:00:00Z,no-automatic-recovery:push-installed,covered"));
        // The counts agree with the plan's.
        int pending = 0;
        int exposed = 0;
        for (const QByteArray& line : std::as_const(byName)) {
            pending += line.contains(",pending,") ? 1 : 0;
            exposed += line.endsWith(",exposed") ? 1 : 0;
        }
        QCOMPARE(pending, p.counts.pending);
        QCOMPARE(exposed, p.counts.exposed);
    }

    void whatIfReport()
    {
        PasswordWhatIfRequest r;
        r.site = QStringLiteral("S1");
        r.account = QStringLiteral("ACC_A");
        r.at = *UtcTime::parse(QStringLiteral("2026-12-01T08:00:00Z"));
        QString error;
        const auto w = PasswordWhatIfPlanner(m_t.inventory()).evaluate(r, &error);
        QVERIFY(w);
        const QString path = m_t.dir() + QStringLiteral("/whatif.pdf");
        QVERIFY2(TransitionReport::writeWhatIf(*w, context(), path, &error), qPrintable(error));
        const QString text = pdfText(path);
        QVERIFY(text.contains(u"2027-01-23T12:00:00Z")); // locked until the last orphan uninstalls
        QVERIFY(text.contains(u"2026-12-06T01:00:00Z")); // the safer alternative's removal
        QVERIFY(!TransitionReport::writeWhatIf(*w, context(), m_t.dir() + QStringLiteral("/w.csv"), &error));
    }

    void timelineStepsUpAtEachDeadline()
    {
        const QList<TimelinePicture::Step> steps = TimelinePicture::steps(plan());
        // In scope 10 (the hostile client is pending too): 2 confirmed. CAP2 stays, so every pending
        // client that refreshed after CAP2 reached the CAPs is covered and safe from the start (RULES.md
        // R1.4): 7 of 8. Only c4, never refreshed and without a profile, is exposed; it steps up at the
        // no-profile deadline, 12-03 09:00 (S + P + C + the longest D + R).
        QCOMPARE(steps.size(), 2);
        QCOMPARE(UtcTime::format(steps.first().at), QStringLiteral("2026-12-01T08:00:00Z"));
        QCOMPARE(steps.first().share, 0.9);
        QCOMPARE(steps.last().share, 1.0);
        QCOMPARE(UtcTime::format(steps.last().at), QStringLiteral("2026-12-03T09:00:00Z"));
        const TransitionPlan p = plan();
        QCOMPARE(p.counts.covered, 7);
        QCOMPARE(p.counts.exposed, 1);
        QVERIFY(!TimelinePicture::render(p, QSize(600, 240)).isNull());
    }
};

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
