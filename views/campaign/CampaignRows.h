#pragma once

#include "planning/RemovalDeadline.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// What the campaign view draws and lists of one site: the campaign model's figures for it, in the
// view's own shape so that the drawing does not depend on how the model keeps them.
struct CampaignViewRow
{
    QString site;
    QString kind; // as shown
    int wave = 0; // 0: no wave
    qint64 start = 0;
    qint64 listReached = 0; // the new list at every CAP: the start plus the propagation delay
    std::optional<qint64> safeRemoval; // nothing when no time is safe
    std::optional<qint64> savedSafeRemoval; // as saved, when the campaign was reopened
    QList<Blackout> blackouts; // of the profiles of the site's clients
    qint64 pending = 0;
    qint64 exposed = 0;
    qint64 atRisk = 0;
    QStringList flags; // short, as shown
    QString error; // the site could not be planned
};
