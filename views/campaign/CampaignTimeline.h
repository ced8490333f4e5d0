#pragma once

#include "CampaignRows.h"

#include <QAbstractScrollArea>

// The campaign on one shared time axis: a row per site from its start to its safe removal, a mark
// where the new list reaches the CAPs, the profiles' blackouts shaded, waves coloured and today
// marked by a line. Scrolls both ways; zooms (Ctrl+wheel, zoomIn/zoomOut) from hours up to a whole
// year in view. Drawn with QPainter.
class CampaignTimeline final : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit CampaignTimeline(QWidget* parent = nullptr);

    void setRows(const QList<CampaignViewRow>& rows);
    const QList<CampaignViewRow>& rows() const { return m_rows; }
    void setToday(qint64 today);
    qint64 today() const { return m_today; }

    // Pixels per day; kept between a year across the view and a few hours.
    double pixelsPerDay() const { return m_pixelsPerDay; }
    void setPixelsPerDay(double pixels, int anchorX = -1);
    double minimumPixelsPerDay() const;
    static constexpr double MaximumPixelsPerDay = 480;
    // The time range the rows span, with a margin (and today when close).
    qint64 rangeStart() const { return m_rangeStart; }
    qint64 rangeEnd() const { return m_rangeEnd; }
    // Where a time and a row are drawn, in viewport coordinates (tests, tooltips).
    double xOf(qint64 time) const;
    QRect rowRect(int row) const;
    int rowAt(const QPoint& viewportPos) const;

    int selectedRow() const { return m_selected; }
    void setSelectedRow(int row);
    // The colour of a wave, shared with the legend and the table.
    static QColor waveColor(int wave);

    static constexpr int LabelWidth = 84;
    static constexpr int HeaderHeight = 34;
    static constexpr int RowHeight = 26;

public slots:
    void zoomIn();
    void zoomOut();
    // Fits the whole campaign into the view (at most a year).
    void zoomToFit();

signals:
    void rowSelected(int row);
    void rowActivated(int row);
    void zoomChanged(double pixelsPerDay);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool viewportEvent(QEvent* event) override;

private:
    void updateRange();
    void updateScrollBars();
    QString tooltipAt(const QPoint& pos) const;

    QList<CampaignViewRow> m_rows;
    qint64 m_today = 0;
    qint64 m_rangeStart = 0;
    qint64 m_rangeEnd = 0;
    double m_pixelsPerDay = 40;
    int m_selected = -1;
    bool m_fitted = false;
};

// The key to the timeline's colours and marks, for the waves in use.
class CampaignLegend final : public QWidget
{
    Q_OBJECT
public:
    explicit CampaignLegend(QWidget* parent = nullptr);
    void setWaves(const QList<int>& waves);
    // The mark of the safe removal as saved, for a reopened campaign.
    void setShowSaved(bool show);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QList<int> m_waves;
    bool m_showSaved = false;
};
