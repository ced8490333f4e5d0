#include "CampaignSiteTable.h"

#include "CampaignTimeline.h"
#include "CampaignView.h"
#include "domain/UtcTime.h"

#include <QLocale>
#include <QPixmap>
#include <QTableWidget>

namespace {
QIcon swatch(const QColor& colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(colour);
    return QIcon(pixmap);
}
} // namespace

namespace CampaignSiteTable {
void fill(QTableWidget* table, const QList<CampaignViewRow>& rows, const QList<CampaignDifference>* differences)
{
    const QLocale locale;
    QSignalBlocker blocker(table);
    table->setRowCount(int(rows.size()));
    auto set = [table](int row, int column, const QString& text, Qt::Alignment align = Qt::AlignLeft) {
        auto* item = new QTableWidgetItem(text);
        item->setTextAlignment(align | Qt::AlignVCenter);
        table->setItem(row, column, item);
        return item;
    };
    for (int i = 0; i < rows.size(); ++i) {
        const CampaignViewRow& row = rows.at(i);
        set(i, CampaignView::SiteColumn, row.site);
        QTableWidgetItem* wave = set(i, CampaignView::WaveColumn, row.wave > 0 ? QString::number(row.wave) : QString());
        wave->setIcon(swatch(CampaignTimeline::waveColor(row.wave)));
        set(i, CampaignView::KindColumn, row.kind);
        set(i, CampaignView::StartColumn, UtcTime::shortDisplay(row.start));
        set(i, CampaignView::ListColumn, UtcTime::shortDisplay(row.listReached));
        if (!row.error.isEmpty()) {
            QTableWidgetItem* error = set(i, CampaignView::RemovalColumn, row.error);
            error->setForeground(QColor(0xc0, 0x20, 0x20));
        } else {
            set(i, CampaignView::RemovalColumn,
                row.safeRemoval ? UtcTime::shortDisplay(*row.safeRemoval) : CampaignView::tr("\u26a0 never safe"));
        }
        QStringList changes;
        for (const CampaignDifference& d : differences ? *differences : QList<CampaignDifference>())
            if (d.site.compare(row.site, Qt::CaseInsensitive) == 0)
                changes << CampaignView::tr("%1: %2 \u2192 %3").arg(d.what, d.before, d.after);
        const QString change = !differences ? QString()
            : changes.isEmpty()             ? CampaignView::tr("unchanged")
                                            : changes.join(QStringLiteral("; "));
        QTableWidgetItem* changed = set(i, CampaignView::SavedColumn, change);
        changed->setToolTip(changes.join(u'\n'));
        if (!changes.isEmpty())
            changed->setForeground(QColor(0xb0, 0x60, 0x00));
        set(i, CampaignView::PendingColumn, locale.toString(row.pending), Qt::AlignRight);
        set(i, CampaignView::ExposedColumn, locale.toString(row.exposed), Qt::AlignRight);
        set(i, CampaignView::AtRiskColumn, locale.toString(row.atRisk), Qt::AlignRight);
        set(i, CampaignView::FlagsColumn, row.flags.join(QStringLiteral("; ")))->setToolTip(row.flags.join(u'\n'));
    }
    table->setColumnHidden(CampaignView::SavedColumn, !differences);
    table->resizeColumnsToContents();
}
} // namespace CampaignSiteTable
