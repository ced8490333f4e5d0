#pragma once

#include "item/VersionHistogram.h"

#include <QWidget>

class BackgroundTask;
class QChart;
class QChartView;
class QGraphicsSimpleTextItem;

// The Client versions pane: a bar per version, coloured by service pack, with the clients a logon
// point of their site would block (Q262677) stacked on top, hatched in red over the same colour.
// Each bar is labelled with its count and explains itself in a tooltip. Clicking a bar asks for
// the Clients pane filtered to that version; clicking its hatched part, to its blocked clients.
// Qt Charts stays behind this class, so that it can give way to Qt Graphs.
class VersionChart final : public QWidget
{
    Q_OBJECT
public:
    explicit VersionChart(QWidget* parent = nullptr);

    void setBars(const QList<VersionBar>& bars);
    // Reads the bars of the clients in `scope` (empty for all) of the inventory at `path` on a
    // connection of its own (a GROUP BY over every client in scope); the bars shown stay until the
    // new ones arrive.
    void load(const QString& path, const QStringList& scope);
    const QList<VersionBar>& bars() const { return m_bars; }
    // For tests and the keyboard: as if the bar of this version (or its hatched part) had been clicked.
    void activateVersion(const QString& version, bool blockedOnly = false);
    // The names the legend lists: only series that have a bar.
    QStringList legendNames() const;
    // What hovering over a bar's plain or hatched part says.
    QString toolTipFor(int index, bool blocked) const;
    QChart* chart() const;

    // A round upper end and step for a count axis: 1, 2 or 5 times a power of ten, about five steps.
    static std::pair<qint64, qint64> niceAxis(qint64 highest);

signals:
    void versionClicked(const QString& version, bool blockedOnly);
    void barsChanged();

private:
    void placeCountLabels();

    QChartView* m_view;
    BackgroundTask* m_task;
    QList<VersionBar> m_bars;
    QList<QGraphicsSimpleTextItem*> m_countLabels;
};
