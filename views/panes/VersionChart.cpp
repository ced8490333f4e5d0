#include "VersionChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLocale>
#include <QMap>
#include <QStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>

namespace {
QColor servicePackColour(int servicePack)
{
    static const QColor colours[] = {QColor(0x9e, 0x9e, 0x9e), QColor(0x6f, 0xa8, 0xdc), QColor(0x3d, 0x85, 0xc6),
        QColor(0x0b, 0x53, 0x94), QColor(0x07, 0x37, 0x63)};
    return colours[std::clamp(servicePack, 0, 4)];
}
} // namespace

VersionChart::VersionChart(QWidget* parent)
    : QWidget(parent)
    , m_view(new QChartView(this))
{
    m_view->setObjectName(QStringLiteral("versionChartView"));
    m_view->setAccessibleName(tr("Clients by version"));
    m_view->viewport()->setAccessibleName(tr("Clients by version"));
    m_view->setRenderHint(QPainter::Antialiasing);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void VersionChart::setBars(const QList<VersionBar>& bars)
{
    m_bars = bars;
    auto* chart = new QChart;
    chart->setTitle(tr("Clients by version, coloured by service pack; hatched \u26a0: upgrade-blocked at a logon point "
                       "of their site (Q262677). Click a bar to list its clients."));
    chart->legend()->setAlignment(Qt::AlignRight);
    auto* series = new QStackedBarSeries;
    // One set per service pack, and one hatched set per service pack for the clients a logon point
    // of their site would block: the colour keeps the grouping, the hatching and the sign mark it.
    QMap<int, QBarSet*> plain;
    QMap<int, QBarSet*> blocked;
    QStringList categories;
    qint64 highest = 0;
    for (const VersionBar& bar : bars) {
        const int sp = bar.servicePack;
        const QString name = sp == 0 ? tr("RTM") : tr("Service Pack %1").arg(sp);
        if (!plain.contains(sp)) {
            auto* set = new QBarSet(name);
            set->setColor(servicePackColour(sp));
            plain.insert(sp, set);
        }
        if (bar.blockedClients > 0 && !blocked.contains(sp)) {
            auto* set = new QBarSet(tr("%1 \u26a0 blocked").arg(name));
            set->setBrush(QBrush(servicePackColour(sp), Qt::BDiagPattern));
            set->setPen(QPen(QColor(0xc0, 0x39, 0x2b), 2));
            blocked.insert(sp, set);
        }
        categories << bar.version;
        highest = std::max(highest, bar.clients);
    }
    for (const VersionBar& bar : bars) {
        for (auto it = plain.begin(); it != plain.end(); ++it)
            it.value()->append(it.key() == bar.servicePack ? double(bar.clients - bar.blockedClients) : 0.0);
        for (auto it = blocked.begin(); it != blocked.end(); ++it)
            it.value()->append(it.key() == bar.servicePack ? double(bar.blockedClients) : 0.0);
    }
    for (auto it = plain.begin(); it != plain.end(); ++it) {
        series->append(it.value());
        if (QBarSet* b = blocked.value(it.key()))
            series->append(b);
    }
    for (QBarSet* set : series->barSets())
        connect(set, &QBarSet::clicked, this, [this](int index) {
            if (index >= 0 && index < m_bars.size())
                emit versionClicked(m_bars.at(index).version);
        });
    chart->addSeries(series);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(categories);
    axisX->setLabelsAngle(-60);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto* axisY = new QValueAxis;
    axisY->setLabelFormat(QStringLiteral("%d"));
    axisY->setRange(0, std::max<qint64>(1, highest) * 1.1);
    axisY->applyNiceNumbers();
    axisY->setTitleText(tr("clients"));
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    QChart* old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

void VersionChart::activateVersion(const QString& version)
{
    emit versionClicked(version);
}
