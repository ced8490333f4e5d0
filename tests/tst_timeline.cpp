#include "domain/UtcTime.h"
#include "planning/TransitionPlan.h"
#include "report/TimelinePicture.h"

#include <QDateTime>
#include <QImage>
#include <QLocale>
#include <QTest>
#include <QTimeZone>

// The timeline picture: ticks on calendar boundaries, and marker labels clear of the curve.
class TestTimeline : public QObject
{
    Q_OBJECT
private:
    static qint64 at(const char* iso) { return *UtcTime::parse(QString::fromLatin1(iso)); }

    // 100 clients: 20 confirmed at the start, then three profiles' deadlines up to 100 %.
    static TransitionPlan plan(qint64 start, qint64 safe, std::optional<qint64> proposed)
    {
        TransitionPlan p;
        p.request.start = start;
        p.request.proposedRemoval = proposed;
        p.safeRemoval = safe;
        p.counts.inScope = 100;
        p.counts.confirmed = 20;
        p.counts.pending = 80;
        const qint64 span = safe - start;
        p.profiles = {{QStringLiteral("on"), 30, start + span / 4}, {QStringLiteral("night"), 40, start + span / 2},
            {QStringLiteral("holiday"), 10, safe}};
        return p;
    }

    static QDateTime utc(qint64 t) { return QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc()); }

    // The curve's blue, as drawn (antialiasing aside).
    static bool isCurve(QRgb pixel)
    {
        const QColor c(pixel);
        return qAbs(c.red() - 0x0b) < 40 && qAbs(c.green() - 0x53) < 40 && qAbs(c.blue() - 0x94) < 40;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void ticksFallOnCalendarBoundaries_data()
    {
        QTest::addColumn<qint64>("start");
        QTest::addColumn<qint64>("end");
        QTest::addColumn<QString>("unit");
        QTest::newRow("a day and a half") << at("2026-12-01T08:17:00Z") << at("2026-12-02T20:00:00Z") << "6 hours";
        QTest::newRow("a week") << at("2026-12-01T08:17:00Z") << at("2026-12-08T13:33:00Z") << "day";
        QTest::newRow("two weeks") << at("2026-12-01T08:17:00Z") << at("2026-12-15T13:33:00Z") << "day";
        QTest::newRow("two and a half weeks") << at("2026-12-01T08:17:00Z") << at("2026-12-19T13:33:00Z") << "day";
        QTest::newRow("five weeks") << at("2026-12-01T08:17:00Z") << at("2027-01-05T13:33:00Z") << "week";
        QTest::newRow("half a year") << at("2026-12-01T08:17:00Z") << at("2027-06-01T00:00:00Z") << "month";
    }

    void ticksFallOnCalendarBoundaries()
    {
        QFETCH(qint64, start);
        QFETCH(qint64, end);
        QFETCH(QString, unit);
        const QList<TimelinePicture::Tick> ticks = TimelinePicture::ticks(start, end);
        QVERIFY2(ticks.size() >= 3 && ticks.size() <= 9, qPrintable(QString::number(ticks.size())));
        for (const TimelinePicture::Tick& tick : ticks) {
            const QDateTime t = utc(tick.at);
            QVERIFY(tick.at >= start && tick.at <= end);
            QCOMPARE(t.time().minute(), 0);
            if (unit == u"6 hours")
                QCOMPARE(t.time().hour() % 6, 0);
            else
                QCOMPARE(t.time(), QTime(0, 0));
            if (unit == u"week")
                QCOMPARE(t.date().dayOfWeek(), 1);
            if (unit == u"month")
                QCOMPARE(t.date().day(), 1);
            QVERIFY(!tick.label.isEmpty());
        }
        QCOMPARE(TimelinePicture::ticks(at("2026-12-04T00:00:00Z"), at("2026-12-10T00:00:00Z")).first().label,
            QStringLiteral("4 Dec"));
    }

    void labelsStayClearOfTheCurve_data()
    {
        QTest::addColumn<qint64>("proposed");
        const qint64 start = at("2026-12-01T08:00:00Z");
        QTest::newRow("before the first step") << start + 6 * UtcTime::Hour;
        QTest::newRow("in the middle") << at("2026-12-04T10:00:00Z"); // the unsafe 10 Dec of the walkthrough
        QTest::newRow("just before safe") << at("2026-12-15T20:00:00Z");
        QTest::newRow("after safe") << at("2026-12-18T00:00:00Z");
    }

    void labelsStayClearOfTheCurve()
    {
        QFETCH(qint64, proposed);
        const TransitionPlan p = plan(at("2026-12-01T08:00:00Z"), at("2026-12-16T06:00:00Z"), proposed);
        QList<QRectF> labels;
        const QImage image = TimelinePicture::render(p, QSize(640, 240), 1.0, &labels);
        if (qEnvironmentVariableIsSet("TIMELINE_PNG"))
            image.save(qEnvironmentVariable("TIMELINE_PNG") + QString::fromLatin1(QTest::currentDataTag()) + ".png");
        QCOMPARE(labels.size(), 2);
        QVERIFY(!labels.at(0).intersects(labels.at(1)));
        for (const QRectF& box : std::as_const(labels)) {
            int curve = 0;
            int ink = 0;
            const QRect pixels = box.toAlignedRect().intersected(image.rect());
            for (int y = pixels.top(); y <= pixels.bottom(); ++y) {
                for (int x = pixels.left(); x <= pixels.right(); ++x) {
                    const QRgb pixel = image.pixel(x, y);
                    curve += isCurve(pixel);
                    ink += pixel != qRgb(255, 255, 255);
                }
            }
            QVERIFY2(curve == 0, qPrintable(QStringLiteral("%1 curve pixels in a label").arg(curve)));
            QVERIFY(ink > 20); // the label is drawn there
        }
    }
};

QTEST_MAIN(TestTimeline)
#include "tst_timeline.moc"
