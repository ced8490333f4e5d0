#include "VersionChart.h"

#include "store/Inventory.h"
#include "task/BackgroundTask.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QGraphicsSimpleTextItem>
#include <QLabel>
#include <QLegendMarker>
#include <QLocale>
#include <QMap>
#include <QPainter>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QVBoxLayout>

namespace {
QColor servicePackColour(int servicePack)
{
    static const QColor colours[] = {QColor(0x9e, 0x9e, 0x9e), QColor(0x6f, 0xa8, 0xdc), QColor(0x3d, 0x85, 0xc6),
        QColor(0x0b, 0x53, 0x94), QColor(0x07, 0x37, 0x63)};
    return colours[std::clamp(servicePack, 0, 4)];
}

const QColor blockedRed(0xc0, 0x39, 0x2b);

// Red hatching over the service pack's colour: a pattern brush has one colour, a texture keeps both.
QBrush hatched(const QColor& colour)
{
    QPixmap tile(10, 10);
    tile.fill(colour);
    QPainter painter(&tile);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(blockedRed, 2));
    painter.drawLine(QPointF(-1, 11), QPointF(11, -1));
    painter.drawLine(QPointF(-6, 6), QPointF(6, -6));
    painter.drawLine(QPointF(4, 16), QPointF(16, 4));
    return QBrush(tile);
}

QString servicePackName(int servicePack)
{
    return servicePack == 0 ? VersionChart::tr("RTM") : VersionChart::tr("Service Pack %1").arg(servicePack);
}
} // namespace

VersionChart::VersionChart(QWidget* parent)
    : QWidget(parent)
    , m_view(new QChartView(this))
    , m_task(new BackgroundTask(this))
{
    m_view->setObjectName(QStringLiteral("versionChartView"));
    m_view->setAccessibleName(tr("Clients by version"));
    m_view->viewport()->setAccessibleName(tr("Clients by version"));
    m_view->setRenderHint(QPainter::Antialiasing);
    // The legend of the legend, wrapped as the pane narrows (a chart title would be cut).
    auto* explanation
        = new QLabel(tr("Clients by version, coloured by service pack; hatched \u26a0: upgrade-blocked at "
                        "a logon point of their site (Q262677). Click a bar to list its clients, its "
                        "hatched part to list the blocked ones."),
            this);
    explanation->setObjectName(QStringLiteral("versionChartExplanation"));
    explanation->setWordWrap(true);
    explanation->setContentsMargins(8, 6, 8, 0);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(explanation);
    layout->addWidget(m_view, 1);
}

QChart* VersionChart::chart() const
{
    return m_view->chart();
}

std::pair<qint64, qint64> VersionChart::niceAxis(qint64 highest)
{
    highest = std::max<qint64>(highest, 1);
    qint64 step = 1;
    for (qint64 power = 1;; power *= 10) {
        if (const qint64 s = power; highest <= s * 5) {
            step = s;
            break;
        }
        if (const qint64 s = power * 2; highest <= s * 5) {
            step = s;
            break;
        }
        if (const qint64 s = power * 5; highest <= s * 5) {
            step = s;
            break;
        }
    }
    // Room above the highest bar for its count.
    qint64 top = (highest / step + 1) * step;
    return {top, step};
}

void VersionChart::load(const QString& path, const QStringList& scope)
{
    m_task->start([this, path, scope](TaskControl& control) -> BackgroundTask::Delivery {
        Inventory inventory;
        QString error;
        if (!inventory.open(path, &error, false) || control.isCanceled())
            return {};
        return [this, bars = versionHistogram(inventory, scope)] { setBars(bars); };
    });
}

void VersionChart::setBars(const QList<VersionBar>& bars)
{
    m_bars = bars;
    m_countLabels.clear(); // owned by the old chart's scene items
    auto* chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignRight);
    auto* series = new QStackedBarSeries;
    // One set per service pack, and one hatched set per service pack for the clients a logon point
    // of their site would block: the colour keeps the grouping, the hatching and the sign mark it.
    // A set without a bar stays out of the chart, so that the legend lists only what is drawn.
    QMap<int, qint64> plainTotal;
    QMap<int, qint64> blockedTotal;
    QStringList categories;
    qint64 highest = 0;
    for (const VersionBar& bar : bars) {
        plainTotal[bar.servicePack] += bar.clients - bar.blockedClients;
        blockedTotal[bar.servicePack] += bar.blockedClients;
        categories << bar.version;
        highest = std::max(highest, bar.clients);
    }
    auto addSet = [&](int sp, bool blocked) {
        auto* set = new QBarSet(blocked ? tr("%1 \u26a0 blocked").arg(servicePackName(sp)) : servicePackName(sp));
        if (blocked) {
            set->setBrush(hatched(servicePackColour(sp)));
            set->setPen(QPen(blockedRed, 1.5));
        } else {
            set->setColor(servicePackColour(sp));
            set->setPen(Qt::NoPen);
        }
        for (const VersionBar& bar : bars) {
            const qint64 value = bar.servicePack != sp ? 0
                : blocked                              ? bar.blockedClients
                                                       : bar.clients - bar.blockedClients;
            set->append(double(value));
        }
        connect(set, &QBarSet::clicked, this, [this, blocked](int index) {
            if (index >= 0 && index < m_bars.size())
                emit versionClicked(m_bars.at(index).version, blocked);
        });
        connect(set, &QBarSet::hovered, this, [this, blocked](bool over, int index) {
            if (over)
                QToolTip::showText(QCursor::pos(), toolTipFor(index, blocked), m_view);
            else
                QToolTip::hideText();
        });
        series->append(set);
    };
    for (auto it = plainTotal.cbegin(); it != plainTotal.cend(); ++it) {
        if (it.value() > 0)
            addSet(it.key(), false);
        if (blockedTotal.value(it.key()) > 0)
            addSet(it.key(), true);
    }
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(categories);
    axisX->setLabelsAngle(-60);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    // A category axis, so that the numbers read as everywhere else in the console ("20,000").
    const auto [top, step] = niceAxis(highest);
    auto* axisY = new QCategoryAxis;
    axisY->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axisY->setStartValue(0);
    const QLocale locale;
    for (qint64 value = 0; value <= top; value += step)
        axisY->append(locale.toString(value), double(value));
    axisY->setRange(0, double(top));
    axisY->setTitleText(tr("clients"));
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    QChart* old = m_view->chart();
    m_view->setChart(chart);
    delete old;

    for (const VersionBar& bar : bars) {
        auto* label = new QGraphicsSimpleTextItem(locale.toString(bar.clients), chart);
        QFont font = label->font();
        font.setPointSizeF(font.pointSizeF() * 0.9);
        label->setFont(font);
        m_countLabels << label;
    }
    connect(chart, &QChart::plotAreaChanged, this, &VersionChart::placeCountLabels);
    placeCountLabels();
    emit barsChanged();
}

void VersionChart::placeCountLabels()
{
    QChart* chart = m_view->chart();
    if (!chart || chart->series().isEmpty())
        return;
    QAbstractSeries* series = chart->series().first();
    for (qsizetype i = 0; i < m_countLabels.size() && i < m_bars.size(); ++i) {
        QGraphicsSimpleTextItem* label = m_countLabels.at(i);
        const QPointF top = chart->mapToPosition(QPointF(double(i), double(m_bars.at(i).clients)), series);
        const QRectF box = label->boundingRect();
        label->setPos(top.x() - box.width() / 2, top.y() - box.height() - 2);
    }
}

QStringList VersionChart::legendNames() const
{
    QStringList names;
    if (!chart())
        return names;
    for (QLegendMarker* marker : chart()->legend()->markers()) {
        if (marker->isVisible())
            names << marker->label();
    }
    return names;
}

QString VersionChart::toolTipFor(int index, bool blocked) const
{
    if (index < 0 || index >= m_bars.size())
        return {};
    const VersionBar& bar = m_bars.at(index);
    const QLocale locale;
    QString text
        = tr("%1 (%2): %3 clients").arg(bar.version, servicePackName(bar.servicePack), locale.toString(bar.clients));
    if (bar.blockedClients > 0)
        text += u'\n'
            + tr("%1 of them upgrade-blocked at a logon point of their site (Q262677)")
                  .arg(locale.toString(bar.blockedClients));
    text += u'\n'
        + (blocked ? tr("Click to list the blocked clients of this version.")
                   : tr("Click to list the clients of this version."));
    return text;
}

void VersionChart::activateVersion(const QString& version, bool blockedOnly)
{
    emit versionClicked(version, blockedOnly);
}
