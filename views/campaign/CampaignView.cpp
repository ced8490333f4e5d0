#include "CampaignView.h"

#include "CampaignSiteTable.h"
#include "CampaignTimeline.h"
#include "campaign/CampaignCalendar.h"
#include "campaign/CampaignReport.h"
#include "domain/UtcTime.h"
#include "planning/SiteFacts.h"
#include "store/Inventory.h"
#include "task/BackgroundTask.h"

#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>
#include <set>

namespace {
QDateTime utc(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc());
}

} // namespace

CampaignView::CampaignView(Inventory& inventory, QWidget* parent)
    : QWidget(parent)
    , m_inventory(inventory)
    , m_task(new BackgroundTask(this))
    , m_debounce(new QTimer(this))
    , m_timeline(new CampaignTimeline(this))
    , m_legend(new CampaignLegend(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_summary(new QLabel(this))
    , m_message(new QLabel(this))
    , m_start(new QDateTimeEdit(this))
    , m_offset(new QSpinBox(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("campaignView"));
    setWindowTitle(tr("Campaign"));

    auto* zoomOut = new QToolButton(this);
    zoomOut->setText(QStringLiteral("\u2212"));
    zoomOut->setObjectName(QStringLiteral("zoomOut"));
    zoomOut->setToolTip(tr("Zoom out (Ctrl+wheel)"));
    zoomOut->setAccessibleName(tr("Zoom out"));
    auto* zoomIn = new QToolButton(this);
    zoomIn->setText(QStringLiteral("+"));
    zoomIn->setObjectName(QStringLiteral("zoomIn"));
    zoomIn->setToolTip(tr("Zoom in (Ctrl+wheel)"));
    zoomIn->setAccessibleName(tr("Zoom in"));
    auto* fit = new QToolButton(this);
    fit->setText(tr("Fit"));
    fit->setObjectName(QStringLiteral("zoomFit"));
    fit->setToolTip(tr("Show the whole campaign"));
    connect(zoomIn, &QToolButton::clicked, m_timeline, &CampaignTimeline::zoomIn);
    connect(zoomOut, &QToolButton::clicked, m_timeline, &CampaignTimeline::zoomOut);
    connect(fit, &QToolButton::clicked, m_timeline, &CampaignTimeline::zoomToFit);

    m_start->setObjectName(QStringLiteral("siteStart"));
    m_start->setTimeSpec(Qt::UTC);
    m_start->setDisplayFormat(UtcTime::shortEditPattern());
    m_start->setCalendarPopup(true);
    m_start->setAccessibleName(tr("Start of the selected site"));
    m_offset->setObjectName(QStringLiteral("waveOffset"));
    m_offset->setRange(0, 365);
    m_offset->setSuffix(tr(" days"));
    m_offset->setAccessibleName(tr("Days after the previous wave's safe removal"));
    auto* startLabel = new QLabel(tr("&Start:"), this);
    startLabel->setBuddy(m_start);
    auto* offsetLabel = new QLabel(tr("Wave &offset:"), this);
    offsetLabel->setBuddy(m_offset);
    offsetLabel->setToolTip(tr("Days after the previous wave's latest safe removal at which this wave starts"));
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, [this](const QDateTime& at) {
        if (!m_updatingEditors && m_site >= 0)
            setSiteStart(m_site, at.toSecsSinceEpoch());
    });
    connect(m_offset, &QSpinBox::valueChanged, this, [this](int days) {
        if (!m_updatingEditors && m_site >= 0)
            setWaveOffset(m_campaign.sites.at(m_site).wave, days);
    });

    m_progress->setObjectName(QStringLiteral("campaignProgress"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->setAccessibleName(tr("Planning the campaign"));
    m_progress->hide();
    m_cancel->setObjectName(QStringLiteral("cancelRecompute"));
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, &CampaignView::cancel);
    connect(m_task, &BackgroundTask::busyChanged, this, [this](bool busy) {
        m_progress->setVisible(busy);
        m_cancel->setVisible(busy);
    });
    connect(m_task, &BackgroundTask::progressChanged, this, [this](int permille) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(permille);
    });

    auto* tools = new QHBoxLayout;
    tools->addWidget(zoomOut);
    tools->addWidget(zoomIn);
    tools->addWidget(fit);
    tools->addSpacing(12);
    tools->addWidget(startLabel);
    tools->addWidget(m_start);
    tools->addWidget(offsetLabel);
    tools->addWidget(m_offset);
    tools->addStretch(1);
    tools->addWidget(m_progress);
    tools->addWidget(m_cancel);
    const struct
    {
        const char* format;
        QString text;
    } exports[] = {
        {"pdf", tr("PDF\u2026")}, {"html", tr("HTML\u2026")}, {"csv", tr("CSV\u2026")}, {"ics", tr("Calendar\u2026")}};
    for (const auto& e : exports) {
        auto* button = new QPushButton(e.text, this);
        const QString format = QLatin1String(e.format);
        button->setObjectName(QStringLiteral("export-") + format);
        button->setToolTip(format == u"ics" ? tr("Export the campaign's events as an iCalendar file (.ics)")
                                            : tr("Export the campaign report as %1").arg(format.toUpper()));
        connect(button, &QPushButton::clicked, this, [this, format] { chooseExport(format); });
        tools->addWidget(button);
    }

    auto* save = new QPushButton(tr("&Save"), this);
    save->setObjectName(QStringLiteral("saveCampaign"));
    save->setToolTip(tr("Keep the campaign in the inventory: it is listed in the Plans pane"));
    connect(save, &QPushButton::clicked, this, [this] {
        QString error;
        this->save(&error);
    });
    tools->addWidget(save);

    m_table->setObjectName(QStringLiteral("campaignTable"));
    m_table->setAccessibleName(tr("Campaign sites"));
    m_table->setHorizontalHeaderLabels({tr("Site"), tr("Wave"), tr("Kind"), tr("Start"), tr("New list at every CAP"),
        tr("Safe removal"), tr("Change since saved"), tr("Pending"), tr("Exposed"), tr("At risk"), tr("Flags")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { activateSite(row); });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0)
            selectSite(row);
    });
    connect(m_timeline, &CampaignTimeline::rowSelected, this, [this](int row) {
        if (row >= 0)
            selectSite(row);
    });
    connect(m_timeline, &CampaignTimeline::rowActivated, this, &CampaignView::activateSite);

    m_summary->setObjectName(QStringLiteral("campaignSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setObjectName(QStringLiteral("campaignMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* upper = new QWidget(this);
    auto* upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addWidget(m_timeline, 1);
    upperLayout->addWidget(m_legend);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(upper);
    split->addWidget(m_table);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(tools);
    layout->addWidget(split, 1);
    layout->addWidget(m_message);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &CampaignView::recompute);
    updateEditors();
    resize(1100, 720);
}

CampaignView::~CampaignView() = default;

void CampaignView::setCampaign(const Campaign& campaign, const std::optional<SavedCampaign>& saved)
{
    m_campaign = campaign;
    m_saved = saved;
    setWindowTitle(tr("Campaign %1").arg(campaign.name));
    m_site = campaign.sites.isEmpty() ? -1 : 0;
    recompute();
}

void CampaignView::setSiteStart(int site, qint64 start)
{
    if (site < 0 || site >= m_campaign.sites.size() || m_campaign.sites.at(site).request.start == start)
        return;
    m_campaign.sites[site].request.start = start;
    scheduleRecompute();
}

void CampaignView::setWaveOffset(int wave, int days)
{
    bool changed = false;
    for (CampaignSite& site : m_campaign.sites) {
        if (site.wave == wave && site.offsetDays != days) {
            site.offsetDays = days;
            changed = true;
        }
    }
    if (changed)
        scheduleRecompute();
}

void CampaignView::scheduleRecompute()
{
    m_debounce->start();
    // Show at once that the figures are about to change.
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
}

bool CampaignView::isComputing() const
{
    return m_debounce->isActive() || m_task->isBusy();
}

bool CampaignView::waitForResult(int timeoutMs)
{
    QElapsedTimer waited;
    waited.start();
    while (isComputing()) {
        if (waited.elapsed() > timeoutMs)
            return false;
        if (m_task->isBusy())
            m_task->waitForIdle(int(std::max<qint64>(1, timeoutMs - waited.elapsed())));
        else
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    return true;
}

void CampaignView::cancel()
{
    m_debounce->stop();
    m_task->cancel();
    m_progress->hide();
    m_cancel->hide();
    m_message->setText(tr("Planning cancelled: the figures shown are from before the last change."));
}

void CampaignView::recompute()
{
    m_debounce->stop();
    m_message->clear();
    m_progress->setRange(0, 0);
    m_task->start(
        [this, path = m_inventory.path(), campaign = m_campaign](TaskControl& control) -> BackgroundTask::Delivery {
            Inventory inventory; // a connection of this thread's own
            QString error;
            if (!inventory.open(path, &error, false))
                return [this, error] { m_message->setText(error); };
            if (control.isCanceled())
                return {};
            CampaignPlanner planner(inventory);
            planner.setListLimit(200);
            CampaignResult result = planner.plan(campaign);
            if (control.isCanceled())
                return {};
            // The blackouts to shade: every profile of the inventory, read once with any site's facts.
            QHash<QString, DisconnectionProfile> profiles;
            if (!campaign.sites.isEmpty()) {
                if (auto facts = SiteFacts::load(inventory, campaign.sites.constFirst().request.site, &error))
                    profiles = facts->profiles;
            }
            return [this, result = std::move(result), profiles] { showResult(result, profiles); };
        });
}

void CampaignView::showResult(const CampaignResult& result, const QHash<QString, DisconnectionProfile>& profiles)
{
    m_result = result;
    m_rows.clear();
    std::set<int> waves;
    for (const CampaignSiteResult& site : result.sites) {
        CampaignViewRow row;
        const TransitionRequest& request = site.site.request;
        row.site = request.site;
        row.kind = request.kind == TransitionKind::Cap ? tr("CAPs") : tr("accounts");
        row.wave = site.site.wave;
        waves.insert(row.wave);
        row.start = site.start;
        row.listReached = site.start + request.timing.propagation;
        row.error = site.error;
        if (site.plan) {
            const TransitionPlan& plan = *site.plan;
            row.safeRemoval = plan.safeRemoval;
            row.pending = plan.counts.pending;
            row.exposed = plan.counts.exposed;
            row.atRisk = plan.counts.atRisk;
            const QString flags = CampaignReport::flagsText(site.flags);
            if (!flags.isEmpty())
                row.flags << flags;
            for (const ProfileDeadline& profile : plan.profiles) {
                if (!profile.name)
                    continue;
                const auto over = request.blackoutOverrides.constFind(*profile.name);
                row.blackouts << (over != request.blackoutOverrides.cend() ? *over
                                                                           : profiles.value(*profile.name).blackouts);
            }
        } else if (row.error.isEmpty()) {
            row.error = tr("not planned");
        }
        if (m_saved && m_rows.size() < m_saved->figures.size())
            row.savedSafeRemoval = m_saved->figures.at(m_rows.size()).safeRemoval;
        m_rows << row;
    }
    m_differences = m_saved ? CampaignStore::differences(*m_saved, result) : QList<CampaignDifference>();
    m_timeline->setRows(m_rows);
    m_legend->setWaves(QList<int>(waves.begin(), waves.end()));
    m_legend->setShowSaved(m_saved.has_value());
    fillTable();

    const QLocale locale;
    QString summary = tr("<b>%1</b>: %Ln site(s)", nullptr, int(result.sites.size())).arg(result.name.toHtmlEscaped());
    summary += QStringLiteral(" \u00b7 ")
        + (result.end ? tr("all removals safe by %1").arg(UtcTime::longDisplay(*result.end))
                      : tr("<span style='color:#c02020'>no end: a site has no safe removal time</span>"));
    if (const int failed = result.failed(); failed > 0)
        summary += QStringLiteral(" \u00b7 ") + tr("%Ln site(s) not planned", nullptr, failed);
    if (const QString flags = CampaignReport::flagsText(result.flags); !flags.isEmpty())
        summary += QStringLiteral(" \u00b7 ") + flags.toHtmlEscaped();
    if (m_saved) {
        summary += QStringLiteral(" \u00b7 ")
            + (m_differences.isEmpty()
                    ? tr("as saved")
                    : tr("<span style='color:#b06000'>%Ln difference(s) from the saved figures</span>", nullptr,
                        int(m_differences.size())));
        QStringList lines;
        for (const CampaignDifference& d : std::as_const(m_differences))
            lines << tr("%1 %2: %3 \u2192 %4")
                         .arg(d.site.isEmpty() ? tr("campaign") : d.site, d.what, d.before, d.after)
                         .toHtmlEscaped();
        m_summary->setToolTip(lines.join(QStringLiteral("<br>")));
    }
    m_summary->setText(summary);
    updateEditors();
    emit resultChanged();
}

void CampaignView::fillTable()
{
    CampaignSiteTable::fill(m_table, m_rows, m_saved ? &m_differences : nullptr);
    if (m_site >= 0 && m_site < m_table->rowCount())
        m_table->selectRow(m_site);
}

void CampaignView::selectSite(int site)
{
    if (site < 0 || site >= m_campaign.sites.size())
        return;
    m_site = site;
    m_timeline->setSelectedRow(site);
    if (m_table->currentRow() != site) {
        QSignalBlocker blocker(m_table);
        m_table->selectRow(site);
    }
    updateEditors();
}

void CampaignView::updateEditors()
{
    m_updatingEditors = true;
    const bool any = m_site >= 0 && m_site < m_campaign.sites.size();
    m_start->setEnabled(any);
    m_offset->setEnabled(false);
    if (any) {
        const CampaignSite& site = m_campaign.sites.at(m_site);
        m_start->setDateTime(utc(site.request.start));
        // The first wave starts on its own; later ones after the previous wave's end.
        int firstWave = site.wave;
        for (const CampaignSite& other : std::as_const(m_campaign.sites))
            firstWave = std::min(firstWave, other.wave);
        m_offset->setEnabled(site.wave > firstWave);
        m_offset->setValue(site.offsetDays);
    }
    m_updatingEditors = false;
}

TransitionRequest CampaignView::requestOf(int site) const
{
    if (m_result && site >= 0 && site < m_result->sites.size()) {
        TransitionRequest request = m_result->sites.at(site).site.request;
        request.start = m_result->sites.at(site).start;
        request.listLimit = 200;
        return request;
    }
    return site >= 0 && site < m_campaign.sites.size() ? m_campaign.sites.at(site).request : TransitionRequest {};
}

void CampaignView::activateSite(int site)
{
    if (site < 0 || site >= m_campaign.sites.size())
        return;
    selectSite(site);
    emit siteActivated(requestOf(site));
}

QString CampaignView::suggestedFileName(const QString& format, const QString& folder) const
{
    QString name = m_campaign.name.trimmed();
    name.replace(QRegularExpression(QStringLiteral("[^\\w.-]+")), QStringLiteral("-"));
    if (name.isEmpty())
        name = tr("campaign");
    const QString file = name + u'-' + utc(UtcTime::now()).date().toString(Qt::ISODate) + u'.' + format;
    const QString dir = folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : folder;
    return QDir(dir).filePath(file);
}

bool CampaignView::exportTo(const QString& path, QString* error) const
{
    if (!m_result || isComputing()) {
        *error = tr("The campaign is still being planned.");
        return false;
    }
    if (QFileInfo(path).suffix().compare(QStringLiteral("ics"), Qt::CaseInsensitive) == 0)
        return CampaignCalendar::write(*m_result, UtcTime::now(), path, error);
    return CampaignReport::write(*m_result, m_inventory.displayName(), UtcTime::now(), path, error);
}

std::optional<qint64> CampaignView::save(QString* error)
{
    if (!m_result || isComputing()) {
        *error = tr("The campaign is still being planned.");
        return std::nullopt;
    }
    const auto id = CampaignStore(m_inventory).save(*m_result, error);
    if (id) {
        m_message->setText(tr("Saved as campaign %1 in the inventory.").arg(*id));
        emit saved(*id);
    } else {
        m_message->setText(tr("Not saved: %1").arg(*error));
    }
    return id;
}

void CampaignView::chooseExport(const QString& format)
{
    const QString filters = format == u"pdf" ? tr("PDF (*.pdf)")
        : format == u"html"                  ? tr("HTML (*.html)")
        : format == u"csv"                   ? tr("CSV (*.csv)")
                                             : tr("iCalendar (*.ics)");
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export the campaign"), suggestedFileName(format), filters);
    if (path.isEmpty())
        return;
    QString error;
    if (exportTo(path, &error))
        m_message->setText(tr("Saved to %1").arg(QDir::toNativeSeparators(path)));
    else
        m_message->setText(tr("Not exported: %1").arg(error));
}

QString CampaignView::message() const
{
    return m_message->text();
}
