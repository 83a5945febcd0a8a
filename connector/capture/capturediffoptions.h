// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/eventselector.h"
#include "analysis/funnelquery.h"
#include "capturedifffinding.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Journey {

/*!
 * What CaptureDiffEngine compares and what counts as drift (docs/CAPTURES.md, "Capture diff"). A change is
 * beyond a threshold when it is strictly greater than it: a volume change of exactly 20% with a 20% threshold
 * is not drift. A thresholds file (loadFile()) is a JSON object with any of:
 *
 *     {"volumePercent": 20, "coveragePoints": 10, "conversionPoints": 5, "normalizeVolume": false,
 *      "minimumEvents": 0, "failOn": ["event-removed", …], "ignoreEvents": ["Debug Ping"],
 *      "ignoreProperties": ["properties.build_id"], "funnel": {"steps": "A>B>C", "window": "7d",
 *      "order": "ordered"}}
 */
class CaptureDiffOptions
{
    Q_DECLARE_TR_FUNCTIONS(Journey::CaptureDiffOptions)

public:
    using Kind = CaptureDiffFinding::Kind;

    /// Relative change of an event key's count, in percent, beyond which volume drifts.
    double volumePercent = 20;
    /// Change of a property's coverage, in percentage points, beyond which coverage drifts.
    double coveragePoints = 10;
    /// Change of a funnel step's conversion from the previous step, in percentage points.
    double conversionPoints = 5;
    /// Compare each key's share of all events instead of its count (captures of different lengths).
    bool normalizeVolume = false;
    /// Volume is checked only for keys with at least this many events in the baseline or the candidate.
    qint64 minimumEvents = 0;
    /// The kinds whose findings fail the diff (Error); the others are Info.
    QSet<Kind> failOn = defaultFailOn();
    /// Event keys left out of the comparison.
    QStringList ignoreEvents;
    /// Property paths left out, with everything below them.
    QStringList ignoreProperties;
    /// A funnel to compare; empty for none.
    QList<EventSelector> funnelSteps;
    qint64 funnelWindowMs = 7LL * 86'400'000;
    FunnelQuery::Order funnelOrder = FunnelQuery::Order::Ordered;

    /// Removed events and properties, type changes, required-coverage drops, volume changes and conversion drops.
    static QSet<Kind> defaultFailOn();
    bool fails(Kind kind) const { return failOn.contains(kind); }
    bool ignoresEvent(const QString& key) const { return ignoreEvents.contains(key); }
    bool ignoresProperty(const QString& path) const;
    bool hasFunnel() const { return !funnelSteps.isEmpty(); }
    /// The funnel as FunnelEngine takes it.
    FunnelQuery funnelQuery() const;
    /// "A>B>C" (the steps as written).
    QString funnelText() const;

    /// Whether the options can be used; \a error says which one is wrong.
    bool check(QString* error) const;

    /// Sets what \a json names (the file's shape, above); \a where prefixes errors ("thresholds.json").
    bool load(const QJsonObject& json, const QString& where, QString* error);
    /// load() from a file; errors name the file (and the line of a JSON syntax error).
    bool loadFile(const QString& path, QString* error);
    /// The file's shape, every member set.
    QJsonObject toJson() const;

    /// "A>B>C": 2 to 20 steps (FunnelQuery::parseSteps()).
    bool setFunnel(const QString& steps, QString* error);
    /// "25", "25%" or "12.5": a finite number of 0 or more.
    static bool parseAmount(const QString& text, double& out);
};

} // namespace Journey
