#pragma once

#include "item/VersionHistogram.h"

#include <QWidget>

class QChart;
class QChartView;

// The Client versions pane: a bar per version, coloured by service pack, with the clients a logon
// point of their site would block (Q262677) stacked in red on top. Clicking a bar asks for the
// Clients pane filtered to that version. Qt Charts stays behind this class, so that it can give
// way to Qt Graphs.
class VersionChart final : public QWidget
{
    Q_OBJECT
public:
    explicit VersionChart(QWidget* parent = nullptr);

    void setBars(const QList<VersionBar>& bars);
    const QList<VersionBar>& bars() const { return m_bars; }
    // For tests and the keyboard: as if the bar of this version had been clicked.
    void activateVersion(const QString& version);

signals:
    void versionClicked(const QString& version);

private:
    QChartView* m_view;
    QList<VersionBar> m_bars;
};
