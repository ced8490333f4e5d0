#pragma once

#include "CampaignRows.h"
#include "campaign/CampaignStore.h"

#include <QWidget>
#include <optional>

class BackgroundTask;
class CampaignLegend;
class CampaignTimeline;
class Inventory;
class QDateTimeEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimer;

// A campaign on one shared time axis (CampaignTimeline) above a table of its sites' dates, counts
// and flags. Changing a site's start or a wave's offset plans the campaign again in the
// background (progress, Cancel); the GUI thread never waits for it. Double-clicking a site opens
// its plan in the wizard (siteActivated).
class CampaignView final : public QWidget
{
    Q_OBJECT
public:
    enum Column {
        SiteColumn,
        WaveColumn,
        KindColumn,
        StartColumn,
        ListColumn,
        RemovalColumn,
        SavedColumn,
        PendingColumn,
        ExposedColumn,
        AtRiskColumn,
        FlagsColumn,
        ColumnCount
    };

    CampaignView(Inventory& inventory, QWidget* parent = nullptr);
    ~CampaignView() override;

    // Plans `campaign` (in the background) and shows it. `saved`, when reopening, holds the
    // figures the campaign was saved with: their differences are shown.
    void setCampaign(const Campaign& campaign, const std::optional<SavedCampaign>& saved = std::nullopt);
    // What changed since the campaign was saved (CampaignStore::differences); empty when new.
    const QList<CampaignDifference>& differences() const { return m_differences; }
    // Saves the campaign as planned now under its name (replacing a campaign of that name).
    std::optional<qint64> save(QString* error);
    const Campaign& campaign() const { return m_campaign; }
    // The latest answer; nothing before the first arrives.
    const std::optional<CampaignResult>& result() const { return m_result; }
    const QList<CampaignViewRow>& rows() const { return m_rows; }

    // Edits that plan again: a site's own start, a wave's offset after the previous wave.
    void setSiteStart(int site, qint64 start);
    void setWaveOffset(int wave, int days);

    bool isComputing() const;
    // Spins the event loop until the latest recompute is shown (tests); false on timeout.
    bool waitForResult(int timeoutMs = 60000);
    void cancel();

    // The request of a site as planned (its planned start), for the wizard.
    TransitionRequest requestOf(int site) const;
    // Opens the wizard on a site of the campaign (as a double-click does).
    void activateSite(int site);

    CampaignTimeline* timeline() const { return m_timeline; }
    QTableWidget* table() const { return m_table; }

    // Where an export of `format` ("pdf", "html", "csv", "ics") is suggested: the campaign's name
    // and today's date, in `folder`.
    QString suggestedFileName(const QString& format, const QString& folder = {}) const;

    // Writes the campaign's report (.pdf, .html, .csv) or calendar (.ics), the format following the
    // path; asks where with chooseExport, which says "saved to" in the view.
    bool exportTo(const QString& path, QString* error) const;
    void chooseExport(const QString& format);
    QString message() const;

signals:
    void siteActivated(const TransitionRequest& request);
    void saved(qint64 id);
    void resultChanged();

private:
    void scheduleRecompute();
    void recompute();
    void showResult(const CampaignResult& result, const QHash<QString, DisconnectionProfile>& profiles);
    void fillTable();
    void selectSite(int site);
    void updateEditors();

    Inventory& m_inventory;
    Campaign m_campaign;
    std::optional<SavedCampaign> m_saved;
    QList<CampaignDifference> m_differences;
    std::optional<CampaignResult> m_result;
    QList<CampaignViewRow> m_rows;
    BackgroundTask* m_task;
    QTimer* m_debounce;
    CampaignTimeline* m_timeline;
    CampaignLegend* m_legend;
    QTableWidget* m_table;
    QLabel* m_summary;
    QLabel* m_message;
    QDateTimeEdit* m_start;
    QSpinBox* m_offset;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    int m_site = -1;
    bool m_updatingEditors = false;
};
